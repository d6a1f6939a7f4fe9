"""Engine and sessions: SQLite in WAL mode with ``BEGIN IMMEDIATE`` writes, or PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)


def is_sqlite(url: str) -> bool:
    """Whether a database URL names SQLite."""
    return url.startswith("sqlite")


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """An async engine for ``url``, with SQLite set up for concurrent writers.

    A plain deferred ``BEGIN`` upgrades to a write lock mid-transaction and fails with "database
    is locked" when two writers meet; ``BEGIN IMMEDIATE`` takes the lock up front and waits for
    ``busy_timeout`` instead (the SQLAlchemy pysqlite/aiosqlite recipe).

    SQLite takes one writer at a time, and every unit of work here writes, so a process keeps a
    single connection: transactions queue for it in the event loop and start the moment the
    previous one ends, where several connections would contend for the file lock in SQLite's
    busy handler, which sleeps in steps of up to 100 ms. ``busy_timeout`` still covers other
    processes (the CLI while the bot runs).
    """
    # hide_parameters: a failed statement is logged with its error, and its parameters would
    # carry narratives and offender names into the log (SECURITY.md, "Logs").
    if not is_sqlite(url):
        return create_async_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)
    engine = create_async_engine(
        url,
        echo=echo,
        connect_args={"timeout": 30},
        pool_size=1,
        max_overflow=0,
        hide_parameters=True,
    )

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
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
