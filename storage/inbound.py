"""Inbound updates, stored verbatim before anything else; a delivery is taken once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import InboundMessage

# Every update runs these two, so they are built once (building a statement costs about as much
# as running it), on the table: no ORM unit of work for a row nobody reads back as an object.
_TABLE = InboundMessage.__table__
_STORE = {
    dialect: insert(_TABLE)
    .on_conflict_do_nothing(index_elements=["delivery_key"])
    .returning(_TABLE.c.id)
    for dialect, insert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))
}
_MARK_PROCESSED = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("inbound_id"))
    .values(processed_at=bindparam("at"))
)


async def store_once(*, session: AsyncSession, message: InboundMessage) -> InboundMessage:
    """Store an inbound update unless the same delivery was stored before; the stored row.

    ``message`` is returned (with its id) when it is new, the earlier row when it is a repeat.
    """
    values = {
        column.key: getattr(message, column.key)
        for column in _TABLE.columns
        if column.key != "id" and getattr(message, column.key) is not None
    }
    new_id = await session.scalar(_STORE[session.bind.dialect.name], values)
    if new_id is not None:
        message.id = new_id
        return message
    stored = await session.scalar(
        select(InboundMessage).where(InboundMessage.delivery_key == message.delivery_key)
    )
    assert stored is not None, "a conflicting row exists inside this transaction"
    return stored


async def mark_processed(*, session: AsyncSession, inbound_id: int, at: datetime) -> None:
    """Note that an update's processing finished."""
    await session.execute(_MARK_PROCESSED, {"inbound_id": inbound_id, "at": at})
