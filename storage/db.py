"""Engine and sessions: SQLite in WAL mode with ``BEGIN IMMEDIATE`` writes, or PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, cast

from sqlalchemy import CursorResult, Result, event, exc, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.sqlite_inline import InlineConnection, connector

# PostgreSQL: seconds to open a connection, to wait for one from the pool, and for one statement
# (the longest is a year's export, far below it).
PG_CONNECT_TIMEOUT_S = 5
PG_POOL_TIMEOUT_S = 10
PG_COMMAND_TIMEOUT_S = 120


def is_sqlite(url: str) -> bool:
    """Whether a database URL names SQLite."""
    return url.startswith("sqlite")


def is_unavailable(error: BaseException | None) -> bool:
    """Whether ``error`` says the database could not be reached or was busy (stopped, cut off,
    locked past the wait), not that the work itself was wrong: the work is then tried again."""
    if isinstance(error, exc.DBAPIError) and error.connection_invalidated:
        return True
    if isinstance(error, exc.OperationalError | exc.InterfaceError | exc.DisconnectionError):
        return True
    if isinstance(error, exc.TimeoutError | TimeoutError | ConnectionError | OSError):
        return True
    cause = error.__cause__ if error is not None else None
    return cause is not None and cause is not error and is_unavailable(cause)


# PostgreSQL's "try again" codes: a serialization failure, a deadlock.
_RETRY_SQLSTATES = frozenset({"40001", "40P01"})


def may_succeed_later(error: BaseException | None) -> bool:
    """Whether the unit of work that raised ``error`` may succeed if done again: the database
    was away (``is_unavailable``), or a concurrent unit of work got there first (a unique key
    created at the same moment, a serialization failure, a deadlock). It rolled back whole, so
    doing it again is safe."""
    if is_unavailable(error) or isinstance(error, exc.IntegrityError):
        return True
    orig = getattr(error, "orig", None)
    return getattr(orig, "sqlstate", None) in _RETRY_SQLSTATES


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """An async engine for ``url``, with SQLite set up for concurrent writers.

    A plain deferred ``BEGIN`` upgrades to a write lock mid-transaction and fails with "database
    is locked" when two writers meet; ``BEGIN IMMEDIATE`` takes the lock up front (the
    SQLAlchemy pysqlite/aiosqlite recipe), and a lock held by another process (the CLI while the
    bot runs) is waited for on the event loop (``storage.sqlite_inline``).

    SQLite takes one writer at a time, and every unit of work here writes, so a process keeps a
    single connection, driven from the event loop's thread: a unit of work runs from ``BEGIN``
    to ``COMMIT`` without handing each statement to a worker thread, and the next one starts the
    moment it ends.
    """
    # hide_parameters: a failed statement is logged with its error, and its parameters would
    # carry narratives and offender names into the log (SECURITY.md, "Logs").
    if not is_sqlite(url):
        return create_async_engine(
            url,
            echo=echo,
            pool_pre_ping=True,
            hide_parameters=True,
            pool_timeout=PG_POOL_TIMEOUT_S,
            # A server that stops answering (a cut network) fails the call instead of hanging it.
            connect_args={
                "timeout": PG_CONNECT_TIMEOUT_S,
                "command_timeout": PG_COMMAND_TIMEOUT_S,
            },
        )
    engine = create_async_engine(
        url,
        echo=echo,
        async_creator=connector(make_url(url).database or ":memory:"),
        pool_size=1,
        max_overflow=0,
        hide_parameters=True,
    )

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Under WAL, NORMAL skips the fsync at each commit: a committed transaction is in the
        # WAL file and survives the process being killed (SIGKILL, a crash), which is what
        # "nothing lost" asks; only a power cut or an OS crash could lose the last commits.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions for one unit of work each (one update, one job)."""
    return async_sessionmaker(engine, expire_on_commit=False)


@asynccontextmanager
async def off_the_loop(session: AsyncSession) -> AsyncIterator[None]:
    """Run the session's SQLite statements on a worker thread meanwhile: for long reads (a
    year's export, a summary over days not yet tallied, a tallies pass), which would otherwise
    stop the bot's polling, deliveries and escalations until they end. PostgreSQL's driver never
    blocks the loop: nothing to do there."""
    connection = await session.connection()
    driver = (await connection.get_raw_connection()).driver_connection
    if not isinstance(driver, InlineConnection):
        yield
        return
    driver.offload = True
    try:
        yield
    finally:
        driver.offload = False


def changed(result: Result[Any]) -> int:
    """How many rows an UPDATE changed (its result is a cursor's, which counts them)."""
    return int(cast(CursorResult[Any], result).rowcount or 0)
