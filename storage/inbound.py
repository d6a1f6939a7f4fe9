"""Inbound updates, stored verbatim before anything else; an ``update_id`` is taken once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import InboundMessage


async def store_once(*, session: AsyncSession, message: InboundMessage) -> bool:
    """Store an inbound update; False when its ``update_id`` was stored before (a repeat)."""
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    values = {
        column.key: getattr(message, column.key)
        for column in InboundMessage.__table__.columns
        if column.key != "id" and getattr(message, column.key) is not None
    }
    statement = (
        insert(InboundMessage)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["update_id"])
    )
    result = await session.execute(statement)
    return bool(result.rowcount)


async def mark_processed(*, session: AsyncSession, update_id: int, at: datetime) -> None:
    """Note that an update's processing finished."""
    await session.execute(
        update(InboundMessage).where(InboundMessage.update_id == update_id).values(processed_at=at)
    )


async def get_by_update_id(*, session: AsyncSession, update_id: int) -> InboundMessage | None:
    """The stored update with this id."""
    return await session.scalar(
        select(InboundMessage).where(InboundMessage.update_id == update_id)
    )
