"""The audit log: append-only; nothing here updates or deletes a line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEvent


async def record(
    *,
    session: AsyncSession,
    action: str,
    staff_id: int | None = None,
    telegram_user_id: int | None = None,
    reference: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one audit line in the caller's transaction."""
    session.add(
        AuditEvent(
            action=action,
            staff_id=staff_id,
            telegram_user_id=telegram_user_id,
            reference=reference,
            detail=detail or {},
        )
    )


async def read(
    *,
    session: AsyncSession,
    staff_id: int | None = None,
    reference: str | None = None,
    since: datetime | None = None,
    limit: int = 1000,
) -> Sequence[AuditEvent]:
    """Audit lines, oldest first, filtered by staff member, record reference and start time."""
    query = select(AuditEvent)
    if staff_id is not None:
        query = query.where(AuditEvent.staff_id == staff_id)
    if reference is not None:
        query = query.where(AuditEvent.reference == reference)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    return (await session.scalars(query.order_by(AuditEvent.id).limit(limit))).all()
