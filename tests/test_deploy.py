"""The deployment's files say what the code does: every setting in ``.env.example``, secrets from
systemd's credentials, a unit file systemd accepts, a lock file for every runtime dependency."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot.runtime.settings import CREDENTIALS, Settings, environment_name
from tests.process import RAPPORT

ROOT = Path(__file__).parents[1]
UNIT = ROOT / "deploy" / "rapport.service"
INSTALLED = "/opt/rapport/venv/bin/rapport"  # where docs/deploy.md installs it


def test_env_example_lists_every_setting_with_a_comment() -> None:
    lines = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    listed = {}
    for number, line in enumerate(lines):
        found = re.fullmatch(r"#? ?([A-Z_]+)=.*", line)
        if found:
            listed[found.group(1)] = lines[number - 1]
    expected = {environment_name(name) for name in Settings.model_fields}
    assert sorted(expected - listed.keys()) == [], "settings missing from .env.example"
    assert sorted(listed.keys() - expected) == [], ".env.example lists settings that are gone"
    uncommented = [name for name, before in listed.items() if not before.startswith("# ")]
    assert uncommented == [], "each setting needs a one-line comment above it"


def test_the_token_and_webhook_secret_come_from_systemd_credentials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "telegram_token").write_text("123456:from-a-credential\n", encoding="utf-8")
    (tmp_path / "webhook_secret").write_text("credential-secret\n", encoding="utf-8")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    settings = Settings(_env_file=None)
    assert settings.token() == "123456:from-a-credential"
    assert settings.webhook_secret is not None
    assert settings.webhook_secret.get_secret_value() == "credential-secret"
    assert "from-a-credential" not in repr(settings)
    monkeypatch.setenv("RAPPORT_TELEGRAM_TOKEN", "123456:set-by-hand")
    assert Settings(_env_file=None).token() == "123456:set-by-hand"  # the variable wins


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_accepts_the_unit_without_a_word(tmp_path: Path) -> None:
    """``systemd-analyze verify`` exits 0 even on an unknown or misspelt option, which it only
    mentions: the unit must draw no remark at all. The program is this checkout's, since
    systemd checks that it exists."""
    unit = tmp_path / "rapport.service"
    unit.write_text(UNIT.read_text(encoding="utf-8").replace(INSTALLED, str(RAPPORT)))
    verified = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, check=False
    )
    assert verified.returncode == 0 and verified.stdout + verified.stderr == ""


def test_the_unit_hands_over_the_token_as_a_credential_and_is_hardened() -> None:
    options = {
        line for line in UNIT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    }
    assert f"ExecStart={INSTALLED} run" in options
    assert "LoadCredential=telegram_token:/etc/rapport/telegram_token" in options
    assert "telegram_token" in CREDENTIALS
    assert "RAPPORT_TELEGRAM_TOKEN" not in UNIT.read_text(encoding="utf-8")
    hardening = (
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "ProtectHome=yes",
        "PrivateTmp=yes",
        "DynamicUser=yes",
        "StateDirectory=rapport",
        "CapabilityBoundingSet=",
    )
    assert [option for option in hardening if option not in options] == []


def test_the_lock_file_pins_every_runtime_dependency_within_its_range_with_hashes() -> None:
    """``requirements.lock`` is made from pyproject.toml (``make lock``); a dependency added or
    narrowed there without running it again is caught here."""
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pinned = {
        canonicalize_name(name): version
        for name, version in re.findall(r"^([A-Za-z0-9._-]+)==(\S+) \\$", text, re.MULTILINE)
    }
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in map(Requirement, project["dependencies"]):
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} is not in requirements.lock: run make lock"
        assert requirement.specifier.contains(pinned[name]), f"{name}=={pinned[name]}"
    hashed = re.findall(r"^\S+==\S+ \\\n\s+--hash=sha256:", text, re.MULTILINE)
    assert len(hashed) == len(pinned), "every pin needs its hashes: run make lock"


def test_rapport_admin_runs_a_command_as_the_installed_unit_runs_the_bot(tmp_path: Path) -> None:
    """``deploy/rapport-admin`` reads the unit (``systemctl cat``) and hands its user, state
    directory, settings and credentials to ``systemd-run``: both stand-ins print what they got."""
    (tmp_path / "systemctl").write_text(f"#!/bin/sh\ncat {UNIT}\n")
    (tmp_path / "systemd-run").write_text('#!/bin/sh\nprintf "%s\\n" "$@"\n')
    for tool in ("systemctl", "systemd-run"):
        (tmp_path / tool).chmod(0o755)
    ran = subprocess.run(
        [ROOT / "deploy" / "rapport-admin", "staff", "list", "--name", "Alex Martin"],
        env={"PATH": f"{tmp_path}:/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    words = ran.stdout.splitlines()
    assert words[-5:] == [INSTALLED, "staff", "list", "--name", "Alex Martin"]
    for option in (
        "DynamicUser=yes",
        "User=rapport",
        "StateDirectory=rapport",
        "LoadCredential=telegram_token:/etc/rapport/telegram_token",
        "EnvironmentFile=-/etc/rapport/rapport.env",
        "Environment=RAPPORT_DATABASE_URL=sqlite+aiosqlite:////var/lib/rapport/rapport.db",
    ):
        assert f"--property={option}" in words, option
