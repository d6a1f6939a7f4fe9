"""Queries for offboarding: what is still on its way to a staff member. Never commits."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Alert, OutboxMessage
from storage.vocabulary import ALARMS, AlertStatus, OutboxStatus


async def pending_sends_to(*, session: AsyncSession, staff_id: int) -> Sequence[OutboxMessage]:
    """Messages queued for a staff member and not yet claimed by the delivery worker."""
    query = select(OutboxMessage).where(
        OutboxMessage.recipient_staff_id == staff_id,
        OutboxMessage.status == OutboxStatus.PENDING,
        OutboxMessage.method == "send",
    )
    return (await session.scalars(query.order_by(OutboxMessage.id))).all()


async def open_alerts_sent_to(*, session: AsyncSession, staff_id: int) -> Sequence[Alert]:
    """Open (unacknowledged) alerts of which a staff member was sent or is to be sent a copy."""
    copies = select(OutboxMessage.alert_id).where(
        OutboxMessage.recipient_staff_id == staff_id,
        OutboxMessage.alert_id.is_not(None),
        OutboxMessage.kind.in_(ALARMS),
    )
    query = select(Alert).where(Alert.status == AlertStatus.OPEN, Alert.id.in_(copies))
    return (await session.scalars(query.order_by(Alert.id))).all()
