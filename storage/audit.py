"""The audit log: append-only; nothing here updates or deletes a line."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEvent, Entry, Staff


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
    staff_ids: Collection[int] | None = None,
    telegram_user_ids: Collection[int] | None = None,
    reference: str | None = None,
    since: datetime | None = None,
    site_id: int | None = None,
    limit: int = 1000,
) -> Sequence[AuditEvent]:
    """The newest ``limit`` audit lines matching every filter given, oldest first.

    ``staff_ids`` and ``telegram_user_ids`` together name one person (a line about them carries
    either); ``site_id`` keeps lines about the site's staff or the site's records.
    """
    query = select(AuditEvent)
    if staff_ids is not None or telegram_user_ids is not None:
        query = query.where(
            or_(
                AuditEvent.staff_id.in_(list(staff_ids or ())),
                AuditEvent.telegram_user_id.in_(list(telegram_user_ids or ())),
            )
        )
    if reference is not None:
        query = query.where(AuditEvent.reference == reference)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if site_id is not None:
        site_staff = select(Staff.id).where(Staff.site_id == site_id)
        site_records = select(Entry.reference).where(
            Entry.site_id == site_id, Entry.reference.is_not(None)
        )
        query = query.where(
            or_(AuditEvent.staff_id.in_(site_staff), AuditEvent.reference.in_(site_records))
        )
    newest = await session.scalars(query.order_by(AuditEvent.id.desc()).limit(limit))
    return list(reversed(newest.all()))
