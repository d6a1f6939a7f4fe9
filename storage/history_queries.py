"""Records listed one by one, for the morning briefing and an offender's history. Never commits.

Both read the entries a ``View`` counts (``storage.report_scope``), newest first, with the alert
each raised and who handled it; an offender's history also needs the roster lookup and when
staff last recorded contact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.models import Alert, Entry, EntryOffender, Offender, Staff
from storage.report_scope import View, contacts, counted, dialect_of, in_scope
from storage.vocabulary import AlertStatus


@dataclass(frozen=True)
class Item:
    """One entry as a briefing or history lists it, with its alert and who handled it."""

    entry: Entry
    officer: str
    alert: Alert | None
    acknowledged_by: str | None


async def items(
    *,
    session: AsyncSession,
    view: View,
    urgencies: Sequence[str] | None = None,
    limit: int = 10,
) -> list[Item]:
    """The window's records (first versions), newest first, with their alert and handler."""
    officer, acknowledger = aliased(Staff), aliased(Staff)
    query = (
        select(Entry, officer.name, Alert, acknowledger.name)
        .join(officer, officer.id == Entry.officer_id)
        .outerjoin(Alert, Alert.entry_id == Entry.id)
        .outerjoin(acknowledger, acknowledger.id == Alert.acknowledged_by_id)
        .where(*counted(view, dialect_of(session)))
        .order_by(Entry.submitted_at.desc(), Entry.id.desc())
        .limit(limit)
    )
    if urgencies is not None:
        query = query.where(Entry.urgency.in_(list(urgencies)))
    return [Item(*row) for row in (await session.execute(query)).all()]


async def open_alerts(*, session: AsyncSession, view: View, limit: int = 10) -> list[Item]:
    """Alerts still waiting for an acknowledgement, whenever raised, in the reader's scope."""
    query = (
        select(Entry, Staff.name, Alert)
        .join(Entry, Entry.id == Alert.entry_id)
        .join(Staff, Staff.id == Entry.officer_id)
        .where(*in_scope(view, dialect_of(session)), Alert.status == AlertStatus.OPEN)
        .order_by(Alert.created_at)
        .limit(limit)
    )
    return [Item(e, name, a, None) for e, name, a in (await session.execute(query)).all()]


async def last_interaction(*, session: AsyncSession, site_id: int, fps: str) -> datetime | None:
    """When staff last recorded contact with this offender, whoever wrote it."""
    query = (
        select(func.max(Entry.submitted_at))
        .join(EntryOffender, EntryOffender.entry_id == Entry.id)
        .where(*contacts(site_id), EntryOffender.fps == fps)
    )
    return await session.scalar(query)


async def find_offenders(*, session: AsyncSession, site_id: int, words: str) -> list[Offender]:
    """Roster rows matching an FPS number or a surname (case-insensitive), by surname."""
    key = words.strip()
    query = select(Offender).where(
        Offender.site_id == site_id,
        or_(func.upper(Offender.fps) == key.upper(), func.lower(Offender.surname) == key.lower()),
    )
    return list((await session.scalars(query.order_by(Offender.surname, Offender.fps))).all())
