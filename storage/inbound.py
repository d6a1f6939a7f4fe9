"""The inbox: every update stored whole before Telegram is told it arrived, then handled once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import changed
from storage.models import InboundMessage
from storage.report_scope import dialect_of

# Every update runs these, so they are built once (building a statement costs about as much as
# running it), on the table: no ORM unit of work for a row nobody reads back as an object.
_TABLE = InboundMessage.metadata.tables[InboundMessage.__tablename__]
_STORE = {
    dialect: insert(_TABLE)
    .on_conflict_do_nothing(index_elements=["delivery_key"])
    .returning(_TABLE.c.id)
    for dialect, insert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))
}
# Only once: a replica that lost its hold on an update (stalled past its lease) and finishes it
# after another replica did finds nothing to mark, and its unit of work is rolled back.
_NOT_YET_PROCESSED = (_TABLE.c.id == bindparam("inbound_id"), _TABLE.c.processed_at.is_(None))
_MARK_PROCESSED = (
    update(_TABLE)
    .where(*_NOT_YET_PROCESSED)
    .values(processed_at=bindparam("at"), staff_id=bindparam("staff_id"))
)
# A stranger's update keeps nothing once handled but the audit line written for it.
_MARK_FORGOTTEN = (
    update(_TABLE)
    .where(*_NOT_YET_PROCESSED)
    .values(processed_at=bindparam("at"), text=None, payload=None)
)
_PENDING = (_TABLE.c.processed_at.is_(None), _TABLE.c.payload.is_not(None))
# Who an update is from, for its place in line: its sender, else its chat.
_SENDER = func.coalesce(_TABLE.c.telegram_user_id, _TABLE.c.chat_id, 0)
# The oldest unhandled update of each sender: a flood from one sender (a hostile one, or a busy
# officer after an outage) never hides another sender's update behind it. Only a sender's
# oldest is ever handed out, so its updates are handled in order whichever replica takes them.
_OLDEST_OF_EACH_SENDER = select(func.min(_TABLE.c.id)).where(*_PENDING).group_by(_SENDER)
_COLUMNS = (
    _TABLE.c.id,
    _TABLE.c.telegram_user_id,
    _TABLE.c.chat_id,
    _TABLE.c.payload,
    _TABLE.c.attempts,
    _TABLE.c.received_at,
)
_HEADS = (
    select(*_COLUMNS)
    .where(_TABLE.c.id.in_(_OLDEST_OF_EACH_SENDER))
    .order_by(_TABLE.c.id)
    .limit(bindparam("limit"))
)
# Claimed for one replica: heads nobody holds (no lease, or one run out: its replica died, or
# its pause after a failure is over). SKIP LOCKED: replicas claiming at once take different
# heads instead of waiting for each other (SQLite, one writer at a time, has no row locks).
_CLAIM = (
    update(_TABLE)
    .where(
        _TABLE.c.id.in_(
            select(_TABLE.c.id)
            .where(
                _TABLE.c.id.in_(_OLDEST_OF_EACH_SENDER),
                *_PENDING,
                or_(_TABLE.c.lease_until.is_(None), _TABLE.c.lease_until <= bindparam("now")),
            )
            .order_by(_TABLE.c.id)
            .limit(bindparam("limit"))
            .with_for_update(skip_locked=True)
        )
    )
    .values(claimed_by=bindparam("replica"), lease_until=bindparam("until"))
    .returning(*_COLUMNS)
)
_RENEW = (
    update(_TABLE)
    .where(
        _TABLE.c.id.in_(bindparam("ids", expanding=True)),
        _TABLE.c.claimed_by == bindparam("replica"),
        _TABLE.c.processed_at.is_(None),
    )
    .values(lease_until=bindparam("until"))
)
# A failed try: counted, and its update left to whoever looks after the pause.
_RETRY_AFTER = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("inbound_id"))
    .values(attempts=_TABLE.c.attempts + 1, claimed_by=None, lease_until=bindparam("until"))
    .returning(_TABLE.c.attempts)
)


async def store_once(*, session: AsyncSession, values: dict[str, object]) -> int | None:
    """Store an inbound update unless the same delivery was stored before: its new id, or None
    for a redelivery (Telegram sends an update again until the offset passes it)."""
    stored: int | None = await session.scalar(_STORE[dialect_of(session)], values)
    return stored


async def unhandled_heads(*, session: AsyncSession, limit: int) -> Sequence[Row[*tuple[Any, ...]]]:
    """Each sender's oldest stored update not yet processed, oldest first (id, sender, chat,
    payload, attempts, received_at), held by a replica or not."""
    return (await session.execute(_HEADS, {"limit": limit})).all()


async def claim_heads(
    *, session: AsyncSession, replica: str, now: datetime, until: datetime, limit: int
) -> list[Row[*tuple[Any, ...]]]:
    """Claim for ``replica`` until ``until`` each sender's oldest unhandled update that no live
    replica holds, oldest first (the same columns as ``unhandled_heads``)."""
    params = {"replica": replica, "now": now, "until": until, "limit": limit}
    rows = (await session.execute(_CLAIM, params)).all()
    return sorted(rows, key=lambda row: row.id)


async def renew(
    *, session: AsyncSession, replica: str, ids: Sequence[int], until: datetime
) -> None:
    """Extend ``replica``'s hold on the updates it is handling."""
    if ids:
        await session.execute(_RENEW, {"replica": replica, "ids": list(ids), "until": until})


async def retry_after(*, session: AsyncSession, inbound_id: int, until: datetime) -> int:
    """Count a failed try and leave the update to whichever replica looks after ``until``; how
    many tries so far."""
    params = {"inbound_id": inbound_id, "until": until}
    return int(await session.scalar(_RETRY_AFTER, params) or 0)


async def mark_processed(
    *, session: AsyncSession, inbound_id: int, at: datetime, staff_id: int | None
) -> bool:
    """Note that an update's handling finished (a stranger's is forgotten); False when it had
    been marked already (by another replica)."""
    if staff_id is None:
        result = await session.execute(_MARK_FORGOTTEN, {"inbound_id": inbound_id, "at": at})
    else:
        result = await session.execute(
            _MARK_PROCESSED, {"inbound_id": inbound_id, "at": at, "staff_id": staff_id}
        )
    return changed(result) > 0
