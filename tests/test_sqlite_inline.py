"""SQLite run in the event loop's thread: another process's write lock never freezes the bot."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from storage.db import create_engine, off_the_loop, session_factory
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
    await asyncio.sleep(0.1)  # the loop turns: SQLite's busy handler would hold it right here
    assert not writer.done()  # still waiting for the lock, not failed
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


async def test_a_long_read_off_the_loop_leaves_the_bot_running(database: Path) -> None:
    """A year's export or summary reads for seconds: meanwhile the loop must go on (polling,
    alerts), so such reads run their statements on a worker thread."""
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    released = threading.Event()

    def held() -> int:  # a statement that lasts until the test lets it finish
        return 1 if released.wait(5) else 0

    async def long_read() -> int | None:
        async with session_factory(engine)() as session:
            connection = await session.connection()
            driver = (await connection.get_raw_connection()).driver_connection
            driver.sqlite.create_function("held", 0, held)
            async with off_the_loop(session):
                return await session.scalar(text("SELECT held()"))

    reading = asyncio.create_task(long_read())
    await asyncio.sleep(0.05)  # on the loop's thread, the read would hold the loop right here
    released.set()
    assert await reading == 1
    await engine.dispose()
