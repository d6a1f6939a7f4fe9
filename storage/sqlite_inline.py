"""SQLite driven from the event loop's own thread, behind the async interface SQLAlchemy's
aiosqlite dialect expects.

aiosqlite runs every call on a worker thread: each statement is several hand-offs between that
thread and the event loop, and under load each hand-off waits for the loop and for the GIL, so a
transaction holds the single connection (``storage.db``) for many loop turns and everybody else
queues behind it (``benchmarks/capture_load.py`` measured a capture costing ~50 ms of CPU and
seconds of queueing at 20 captures a second). SQLite's own work for our statements is
microseconds: done inline, a unit of work runs from ``BEGIN`` to ``COMMIT`` without giving the
loop away, except while it waits for HTTP.

Two things must not block the loop. SQLite's lock wait: another process (the CLI) holding the
write lock. The connection has no busy handler (``busy_timeout`` 0); a statement that finds the
database locked sleeps on the loop and tries again, for up to ``busy_timeout_s``. And long reads
(a year's export, a summary over days not yet tallied, a tallies pass): inside
``storage.db.off_the_loop`` the connection runs its calls on a worker thread, as aiosqlite did,
so the bot keeps polling, sending and escalating meanwhile.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
_FIRST_PAUSE_S = 0.001
_LONGEST_PAUSE_S = 0.05


def _is_busy(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _BUSY_CODES


class InlineCursor:
    """An aiosqlite-shaped cursor whose coroutines finish without suspending (unless locked)."""

    def __init__(self, connection: InlineConnection) -> None:
        self._connection = connection
        self._cursor = connection.sqlite.cursor()

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> InlineCursor:
        await self._connection.run(self._cursor.execute, sql, parameters)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> InlineCursor:
        rows = list(parameters)  # a retry must see the same rows again
        await self._connection.run(self._cursor.executemany, sql, rows)
        return self

    async def fetchone(self) -> Any:
        return await self._connection.call(self._cursor.fetchone)

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        size = self._cursor.arraysize if size is None else size
        return await self._connection.call(self._cursor.fetchmany, size)

    async def fetchall(self) -> list[Any]:
        return await self._connection.call(self._cursor.fetchall)

    async def close(self) -> None:
        self._cursor.close()


class InlineConnection:
    """An aiosqlite-shaped connection over a plain ``sqlite3`` connection."""

    def __init__(self, sqlite: sqlite3.Connection, busy_timeout_s: float) -> None:
        self.sqlite = sqlite
        self.busy_timeout_s = busy_timeout_s
        self.offload = False  # set by ``storage.db.off_the_loop`` for long reads
        self._open = True

    @property
    def _connection(self) -> sqlite3.Connection | None:
        # SQLAlchemy's adapter asks aiosqlite's private attribute whether the connection is open.
        return self.sqlite if self._open else None

    async def call(self, function: Callable[..., T], *arguments: Any) -> T:
        """``function(*arguments)``: here, or on a worker thread while ``offload`` is set."""
        if self.offload:
            return await asyncio.to_thread(function, *arguments)
        return function(*arguments)

    @property
    def isolation_level(self) -> str | None:
        return self.sqlite.isolation_level

    async def run(self, call: Callable[..., T], *arguments: Any) -> T:
        """``call(*arguments)`` now; while another process holds the lock, retry after a pause
        on the loop (never SQLite's busy handler, which would block the loop)."""
        deadline = time.monotonic() + self.busy_timeout_s
        pause = _FIRST_PAUSE_S
        while True:
            try:
                return await self.call(call, *arguments)
            except sqlite3.OperationalError as error:
                if not _is_busy(error) or time.monotonic() + pause > deadline:
                    raise
            await asyncio.sleep(pause)
            pause = min(pause * 2, _LONGEST_PAUSE_S)

    def cursor(self) -> InlineCursor:
        return InlineCursor(self)

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> InlineCursor:
        return await self.cursor().execute(sql, parameters)

    async def commit(self) -> None:
        await self.run(self.sqlite.commit)

    async def rollback(self) -> None:
        self.sqlite.rollback()

    async def close(self) -> None:
        self._open = False
        self.sqlite.close()

    async def create_function(self, *arguments: Any, **options: Any) -> None:
        self.sqlite.create_function(*arguments, **options)

    def stop(self) -> None:
        """Terminate (SQLAlchemy's hard close)."""
        self._open = False
        self.sqlite.close()


def connector(path: str, *, busy_timeout_s: float = 30.0) -> Callable[[], Any]:
    """The ``async_creator`` for ``create_async_engine``: an inline connection to ``path`` in
    autocommit mode (SQLAlchemy's ``BEGIN IMMEDIATE`` event opens every transaction)."""

    async def connect() -> InlineConnection:
        # One task uses the connection at a time (the pool holds one), on the loop's thread or,
        # inside ``off_the_loop``, on a worker thread: hence check_same_thread off.
        sqlite = sqlite3.connect(path, isolation_level=None, timeout=0, check_same_thread=False)
        return InlineConnection(sqlite, busy_timeout_s)

    return connect
