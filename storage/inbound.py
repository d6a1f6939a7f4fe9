"""The inbox: every update stored whole before Telegram is told it arrived, then handled once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

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
_MARK_PROCESSED = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("inbound_id"))
    .values(processed_at=bindparam("at"), staff_id=bindparam("staff_id"))
)
# A stranger's update keeps nothing once handled but the audit line written for it.
_MARK_FORGOTTEN = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("inbound_id"))
    .values(processed_at=bindparam("at"), text=None, payload=None)
)
_NOTE_ATTEMPT = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("inbound_id"))
    .values(attempts=_TABLE.c.attempts + 1)
    .returning(_TABLE.c.attempts)
)
_PENDING = (_TABLE.c.processed_at.is_(None), _TABLE.c.payload.is_not(None))
# Who an update is from, for its place in line: its sender, else its chat.
_SENDER = func.coalesce(_TABLE.c.telegram_user_id, _TABLE.c.chat_id, 0)
# The oldest unhandled update of each sender: a flood from one sender (a hostile one, or a busy
# officer after an outage) never hides another sender's update behind it.
_HEADS = (
    select(
        _TABLE.c.id,
        _TABLE.c.telegram_user_id,
        _TABLE.c.chat_id,
        _TABLE.c.payload,
        _TABLE.c.attempts,
        _TABLE.c.received_at,
    )
    .where(_TABLE.c.id.in_(select(func.min(_TABLE.c.id)).where(*_PENDING).group_by(_SENDER)))
    .order_by(_TABLE.c.id)
    .limit(bindparam("limit"))
)


async def store_once(*, session: AsyncSession, values: dict[str, object]) -> int | None:
    """Store an inbound update unless the same delivery was stored before: its new id, or None
    for a redelivery (Telegram sends an update again until the offset passes it)."""
    stored: int | None = await session.scalar(_STORE[dialect_of(session)], values)
    return stored


async def unhandled_heads(*, session: AsyncSession, limit: int) -> Sequence[Row[*tuple[Any, ...]]]:
    """Each sender's oldest stored update not yet processed, oldest first (id, sender, chat,
    payload, attempts, received_at): what may be handled now, a sender's updates in order."""
    return (await session.execute(_HEADS, {"limit": limit})).all()


async def note_attempt(*, session: AsyncSession, inbound_id: int) -> int:
    """Count one more try at handling an update; how many tries so far."""
    return int(await session.scalar(_NOTE_ATTEMPT, {"inbound_id": inbound_id}) or 0)


async def mark_processed(
    *, session: AsyncSession, inbound_id: int, at: datetime, staff_id: int | None
) -> None:
    """Note that an update's handling finished; a stranger's (no ``staff_id``) is forgotten."""
    if staff_id is None:
        await session.execute(_MARK_FORGOTTEN, {"inbound_id": inbound_id, "at": at})
    else:
        await session.execute(
            _MARK_PROCESSED, {"inbound_id": inbound_id, "at": at, "staff_id": staff_id}
        )
