"""PostgreSQL advisory locks: how replicas agree, through the database they share, on who does
what only one of them may do (poll Telegram, run a scheduled job).

On SQLite there is one process by design (a file on one host, one writer at a time): every lock
is granted at once. Keys are two 32-bit integers, Rapport's namespace and the lock's name
hashed, so no other application on the same PostgreSQL can collide with them.
"""

from __future__ import annotations

import contextlib
import zlib

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from storage.report_scope import dialect_of

_NAMESPACE = 0x52415050  # "RAPP"


def _key(name: str) -> int:
    """A lock's name as a signed 32-bit integer (PostgreSQL's int4), the same on every host."""
    value = zlib.crc32(name.encode())
    return value - 2**32 if value >= 2**31 else value


async def try_for_transaction(*, session: AsyncSession, name: str) -> bool:
    """Take the lock ``name`` until the session's transaction ends, without waiting; False when
    another replica holds it (it is doing the job now: this one skips its turn)."""
    if dialect_of(session) != "postgresql":
        return True
    granted = await session.scalar(
        text("SELECT pg_try_advisory_xact_lock(:namespace, :key)"),
        {"namespace": _NAMESPACE, "key": _key(name)},
    )
    return bool(granted)


class HeldLock:
    """A lock held by a connection of its own for as long as the holder lives: PostgreSQL lets
    it go when that connection ends, so a replica that dies (even by SIGKILL, its socket closed
    by the kernel) frees it at once for a standby."""

    def __init__(self, engine: AsyncEngine, name: str) -> None:
        self._engine = engine
        self._name = name
        self._connection: AsyncConnection | None = None

    @property
    def held(self) -> bool:
        return self._connection is not None or self._engine.dialect.name != "postgresql"

    async def try_acquire(self) -> bool:
        """Take the lock if it is free; False when another replica holds it."""
        if self.held:
            return True
        connection = await self._engine.connect()
        try:
            granted = await connection.scalar(
                text("SELECT pg_try_advisory_lock(:namespace, :key)"),
                {"namespace": _NAMESPACE, "key": _key(self._name)},
            )
            await connection.commit()  # the lock is the session's, not the transaction's
        except BaseException:
            await connection.close()
            raise
        if not granted:
            await connection.close()
            return False
        self._connection = connection
        return True

    async def still_held(self) -> bool:
        """Whether the lock's connection is still alive (a lost connection lost the lock: the
        holder must stop what the lock guards, a standby may already have it)."""
        if self._engine.dialect.name != "postgresql":
            return True
        if self._connection is None:
            return False
        try:
            await self._connection.scalar(text("SELECT 1"))
            await self._connection.commit()
            return True
        except Exception:
            await self.release()
            return False

    async def release(self) -> None:
        """Let the lock go (closing its connection ends the session that holds it)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):  # a connection already gone holds nothing
                await connection.invalidate()  # never back to the pool still holding the lock
            with contextlib.suppress(Exception):
                await connection.close()
