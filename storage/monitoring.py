"""Queries for health and metrics: the schema's revision, the outbox's depth, the oldest alert
waiting. Each is one small indexed read, made at most once a second. Never commits."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from alembic.script import ScriptDirectory
from sqlalchemy import column, func, inspect, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from storage.migrate import alembic_config
from storage.models import OutboxMessage
from storage.vocabulary import OutboxStatus

_VERSION_TABLE = "alembic_version"
_VERSIONS = table(_VERSION_TABLE, column("version_num"))
# Rows not yet out: waiting (their time may not have come) or in a worker's hands.
_WAITING = (OutboxStatus.PENDING, OutboxStatus.SENDING)
# The alarm itself and its repeats up the chain (the officer's notices share their priority).
_ALERT_KINDS = ("alert", "escalation")
_ALERT_PRIORITY = 0


@cache
def code_revisions() -> frozenset[str]:
    """The migration heads this code was written for (reads the migration scripts: blocking)."""
    return frozenset(ScriptDirectory.from_config(alembic_config("")).get_heads())


async def schema_revisions(*, session: AsyncSession) -> frozenset[str]:
    """The revisions the database is at (empty: never migrated)."""
    connection = await session.connection()
    migrated = await connection.run_sync(lambda sync: inspect(sync).has_table(_VERSION_TABLE))
    if not migrated:
        return frozenset()
    return frozenset((await session.scalars(select(_VERSIONS.c.version_num))).all())


async def outbox_depth(*, session: AsyncSession) -> dict[int, int]:
    """Rows waiting to go or being sent, by priority."""
    query = (
        select(OutboxMessage.priority, func.count())
        .where(OutboxMessage.status.in_(_WAITING))
        .group_by(OutboxMessage.priority)
    )
    return {priority: count for priority, count in (await session.execute(query)).all()}


async def oldest_waiting_alert(*, session: AsyncSession) -> datetime | None:
    """When the oldest immediate alert not yet delivered was queued (None: none waits)."""
    query = select(func.min(OutboxMessage.created_at)).where(
        OutboxMessage.status.in_(_WAITING),
        OutboxMessage.priority == _ALERT_PRIORITY,
        OutboxMessage.kind.in_(_ALERT_KINDS),
    )
    return await session.scalar(query)
