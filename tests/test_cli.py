"""The operator's commands: only ``rapport run`` and ``rapport db upgrade`` change the schema; the
others refuse, in one line, to work on a database that is behind."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from sandbox.client import SandboxClient
from sandbox.server import Sandbox
from storage.migrate import (
    migration_lock,
    migration_scripts,
    schema_state,
    upgrade,
    upgrade_async,
    upgrade_exclusively,
)
from tests.process import RAPPORT, rapport_run
from tests.shell import Operator

BEHIND = "0008"
# The latest migration, whatever it is when the test runs.
HEAD = migration_scripts().get_current_head()


def test_version_prints_the_installed_version() -> None:
    result = subprocess.run([RAPPORT, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout == f"rapport {version('rapport')}\n"


@pytest.fixture
def behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Operator:
    """An operator on a SQLite database migrated up to the release before this one."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'behind.db'}"
    upgrade(url, BEHIND)
    return Operator(url, monkeypatch)


async def test_a_command_on_a_database_behind_refuses_in_one_line(behind: Operator) -> None:
    result = await behind.rapport("sites", "add", "KIN", "--name", "K", "--tz", "America/Toronto")
    assert result.code != 0 and result.out == ""
    assert result.err == (
        "rapport: the database is behind this version of Rapport "
        f"(at revision 0008, needs {HEAD}): run rapport db upgrade\n"
    )
    assert (await schema_state(behind.database_url)).current == (BEHIND,)  # not migrated


async def test_db_check_says_behind_until_db_upgrade_runs(behind: Operator) -> None:
    check = await behind.rapport("db", "check")
    assert check.code == 1 and "run rapport db upgrade" in check.err
    current = await behind.rapport("db", "current")
    assert current.code == 0 and current.out == "0008\n"
    upgraded = await behind.rapport("db", "upgrade")
    assert upgraded.code == 0 and upgraded.out == f"database is up to date (revision {HEAD})\n"
    check = await behind.rapport("db", "check")
    assert check.code == 0 and check.out == f"database is at head (revision {HEAD})\n"
    assert (await behind.rapport("db", "current")).out == f"{HEAD} (head)\n"
    added = await behind.rapport("sites", "add", "KIN", "--name", "K", "--tz", "America/Toronto")
    assert added.code == 0


async def test_db_history_lists_every_migration_and_marks_the_databases(behind: Operator) -> None:
    result = await behind.rapport("db", "history")
    lines = result.out.splitlines()
    assert [line.split()[0] for line in lines] == [f"{n:04d}" for n in range(1, int(HEAD) + 1)]
    assert lines[0] == "0001  initial schema"
    assert lines[7].endswith("<- the database") and lines[8].startswith("0009  inbox payload")
    assert lines[-1].startswith(f"{HEAD}  ") and not lines[-1].endswith("<- the database")


async def test_no_command_creates_a_database_file_by_accident(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "typo.db"
    operator = Operator(f"sqlite+aiosqlite:///{missing}", monkeypatch)
    result = await operator.rapport("staff", "list", "--site", "KIN")
    assert result.code != 0
    assert result.err == (
        f"rapport: no database at {missing} yet: run rapport db upgrade to create it\n"
    )
    assert not missing.exists()
    assert (await operator.rapport("db", "check")).code == 1
    assert not missing.exists()


async def test_an_unreachable_database_is_one_line_with_the_password_hidden(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = "postgresql+asyncpg://rapport:hunter2secret@127.0.0.1:9/rapport"
    operator = Operator(url, monkeypatch)
    for command in (("db", "check"), ("staff", "list", "--site", "KIN"), ("db", "upgrade")):
        result = await operator.rapport(*command)
        assert result.code == 2, result
        assert result.err.startswith(
            "rapport: cannot reach the database postgresql+asyncpg://rapport:***@127.0.0.1:9/"
        )
        assert result.err.count("\n") == 1 and "hunter2secret" not in result.err


async def test_two_upgrades_at_once_on_one_sqlite_file_both_succeed(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
    env = {"RAPPORT_DATABASE_URL": url, "PATH": str(Path(sys.executable).parent)}
    upgrades = [
        await asyncio.create_subprocess_exec(
            str(RAPPORT), "db", "upgrade", env=env, stdout=asyncio.subprocess.PIPE
        )
        for _ in range(2)
    ]
    outs = [(await process.communicate())[0] for process in upgrades]
    assert [process.returncode for process in upgrades] == [0, 0], outs
    assert (await schema_state(url)).at_head


async def test_rapport_run_brings_a_database_behind_up_to_date(
    tmp_path: Path, sandbox: Sandbox, client: SandboxClient
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'behind.db'}"
    await upgrade_async(url, BEHIND)
    bot = await rapport_run(sandbox, url)
    try:

        async def published() -> bool:
            return bool(await client.calls("setMyCommands"))  # after the migration, at start

        for _ in range(200):
            if await published():
                break
            await asyncio.sleep(0.1)
        assert await published()
    finally:
        bot.terminate()
        await bot.wait()
    assert (await schema_state(url)).at_head


async def test_the_migration_at_start_waits_for_the_migration_lock(
    pg_migrated: str | None,
) -> None:
    """While another session holds the lock (a replica migrating), ``rapport run``'s migration
    waits; it proceeds, and finds nothing left to do, once the lock is released. The worker's
    database comes from ``pg_migrated``: this test may be the first of its worker to need it."""
    if not pg_migrated:
        pytest.skip("RAPPORT_TEST_DATABASE_URL is not set")
    async with migration_lock(pg_migrated):
        waiting = asyncio.create_task(upgrade_exclusively(pg_migrated))
        await asyncio.sleep(1.0)
        assert not waiting.done()
    await asyncio.wait_for(waiting, 30)
    assert (await schema_state(pg_migrated)).at_head
