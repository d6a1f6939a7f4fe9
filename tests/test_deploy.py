"""The deployment's files say what the code does: every setting in ``.env.example``, secrets from
systemd's credentials, a unit file systemd accepts, a lock file for every runtime dependency."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.runtime.settings import Settings, environment_name

ROOT = Path(__file__).parents[1]


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
