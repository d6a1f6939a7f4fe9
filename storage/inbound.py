"""Inbound updates, stored verbatim before anything else; a delivery is taken once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import InboundMessage


async def store_once(*, session: AsyncSession, message: InboundMessage) -> InboundMessage:
    """Store an inbound update unless the same delivery was stored before; the stored row.

    ``message`` is returned (with its id) when it is new, the earlier row when it is a repeat.
    """
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    values = {
        column.key: getattr(message, column.key)
        for column in InboundMessage.__table__.columns
        if column.key != "id" and getattr(message, column.key) is not None
    }
    statement = (
        insert(InboundMessage)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["delivery_key"])
        .returning(InboundMessage.id)
    )
    new_id = await session.scalar(statement)
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
    await session.execute(
        update(InboundMessage).where(InboundMessage.id == inbound_id).values(processed_at=at)
    )
