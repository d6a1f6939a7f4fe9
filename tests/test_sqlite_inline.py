"""SQLite run in the event loop's thread: another process's write lock never freezes the bot."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage.db import create_engine, session_factory
from storage.models import Site
from storage.sqlite_inline import connector


@pytest.fixture
def database(tmp_path: Path, sqlite_template: Path) -> Path:
    """A migrated SQLite file of this test's own."""
    path = tmp_path / "rapport.db"
    shutil.copy(sqlite_template, path)
    return path


@pytest.fixture
def other_process(database: Path) -> Iterator[sqlite3.Connection]:
    """A second connection holding the write lock, as the CLI does during a roster import."""
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield holder
    holder.close()


async def test_a_write_waits_for_another_process_while_the_bot_keeps_running(
    database: Path, other_process: sqlite3.Connection
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    sessions = session_factory(engine)

    async def write() -> None:
        async with sessions.begin() as session:
            session.add(Site(code="W", name="Waiting", tz="America/Toronto", lang="en"))

    writer = asyncio.create_task(write())
    ticks = 0
    for _ in range(10):  # the loop turns while the write waits for the lock
        await asyncio.sleep(0.01)
        ticks += 1
    assert ticks == 10 and not writer.done()
    other_process.execute("COMMIT")
    await writer
    async with sessions() as session:
        assert await session.scalar(select(func.count()).where(Site.code == "W")) == 1
    await engine.dispose()


async def test_a_lock_held_past_the_timeout_is_reported_as_locked(
    database: Path, other_process: sqlite3.Connection
) -> None:
    connection = await connector(str(database), busy_timeout_s=0.05)()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        await connection.execute("BEGIN IMMEDIATE")
    await connection.close()
