"""``rapport doctor`` against a real SQLite database and the sandbox: one line per check, a
verdict on each, and a non-zero exit when anything fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from sandbox.server import Sandbox
from storage.migrate import migration_scripts, upgrade_async
from tests.conftest import TEST_TOKEN
from tests.shell import Operator, Result
from tests.world import World

HEAD = migration_scripts().get_current_head()  # the latest migration


def _lines(result: Result) -> dict[str, tuple[str, str]]:
    """The report as {check: (verdict, what it says)}, the summary line left out."""
    report = {}
    for line in result.out.splitlines()[:-1]:
        verdict, check, says = line[:5].strip(), line[6:34].strip(), line[35:]
        report[check] = (verdict, says)
    return report


def _on_sandbox(operator: Operator, sandbox: Sandbox) -> None:
    operator.monkeypatch.setenv("RAPPORT_TELEGRAM_API_URL", sandbox.api_url)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_ready_site_passes_with_warnings_for_routes_nobody_holds(
    world: World, sandbox: Sandbox, operator: Operator
) -> None:
    await world.supervisor("Jordan Roy")
    _on_sandbox(operator, sandbox)
    operator.monkeypatch.setenv("RAPPORT_TELEGRAM_TOKEN", TEST_TOKEN)
    result = await operator.rapport("doctor")
    report = _lines(result)
    assert result.code == 0, result.out
    verdict, says = report["telegram"]
    assert verdict == "ok" and says.endswith(
        f"answers getMe at {sandbox.api_url} (not Telegram's own Bot API)"
    )
    assert report["clock vs the Bot API"][0] == "ok"
    assert report["database"] == ("ok", "reachable")
    assert report["schema"] == ("ok", f"at head (revision {HEAD})")
    assert report["TST supervisor"] == (
        "ok",
        "1 supervisor staff in private (no group registered)",
    )
    assert report["TST roster"] == ("ok", "4 offenders")
    assert report["TST health_services"] == (
        "warn",
        "reaches nobody: rapport invite --role health --site TST, "
        "or /register health_services in a private group",
    )
    assert report["TST time zone"][1].startswith("America/Toronto, ")
    assert result.out.splitlines()[-1].endswith(" warn, 0 FAIL")
    assert TEST_TOKEN not in result.out


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_site_without_a_supervisor_fails_nobody_would_get_its_alerts(
    world: World, sandbox: Sandbox, operator: Operator
) -> None:
    await world.officer()
    _on_sandbox(operator, sandbox)
    operator.monkeypatch.setenv("RAPPORT_TELEGRAM_TOKEN", TEST_TOKEN)
    result = await operator.rapport("doctor")
    assert result.code == 1
    assert _lines(result)["TST supervisor"][0] == "FAIL"


async def test_no_token_and_a_database_behind_are_failures_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'behind.db'}"
    await upgrade_async(url, "0008")
    operator = Operator(url, monkeypatch)
    _on_sandbox(operator, sandbox)
    result = await operator.rapport("doctor")
    report = _lines(result)
    assert result.code == 1
    assert report["telegram"][0] == "FAIL" and "no bot token" in report["telegram"][1]
    assert report["schema"] == (
        "FAIL",
        f"the database is behind this version of Rapport (at revision 0008, needs {HEAD}): "
        "run rapport db upgrade",
    )
    assert not [check for check in report if check.startswith("TST")]  # no schema to read
    assert result.out.splitlines()[-1] == "3 ok, 0 warn, 2 FAIL"


async def test_a_refused_token_and_bad_settings_each_say_so_in_one_line(
    operator: Operator, sandbox: Sandbox
) -> None:
    _on_sandbox(operator, sandbox)
    operator.monkeypatch.setenv("RAPPORT_TELEGRAM_TOKEN", "not-a-token")
    refused = _lines(await operator.rapport("doctor"))["telegram"]
    assert refused == (
        "FAIL",
        f"the Bot API at {sandbox.api_url} (not Telegram's own Bot API) refused the token "
        "(Unauthorized): check it with @BotFather",
    )
    operator.monkeypatch.setenv("RAPPORT_LOG_FORMAT", "xml")
    result = await operator.rapport("doctor")
    assert result.code == 1
    assert result.out == (
        "FAIL  settings                     RAPPORT_LOG_FORMAT: Input should be 'text' or 'json'\n"
        "0 ok, 0 warn, 1 FAIL\n"
    )
    other = await operator.rapport("staff", "list", "--site", "TST")
    assert other.err == (
        "rapport: RAPPORT_LOG_FORMAT: Input should be 'text' or 'json' "
        "(rapport doctor checks every setting)\n"
    )


async def test_the_token_from_systemd_credentials_reaches_the_bot_api(
    operator: Operator, sandbox: Sandbox, tmp_path: Path
) -> None:
    (tmp_path / "telegram_token").write_text(f"{TEST_TOKEN}\n", encoding="utf-8")
    operator.monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    _on_sandbox(operator, sandbox)
    assert _lines(await operator.rapport("doctor"))["telegram"][0] == "ok"
