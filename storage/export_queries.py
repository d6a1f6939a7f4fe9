"""The records an export holds: every submitted version of a window, streamed. Never commits.

Unlike the counts (first versions only), an export carries amendments too: it is the record as
kept. Scope and filters are the ``View``'s (``storage.report_scope``). Each record comes with its
offenders and, when it raised an alert, how the alert was handled.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Alert, AuditEvent, Entry, Staff
from storage.report_scope import COUNTED, View, dialect_of, in_scope

# The audit line of each time an unanswered alert was repeated up the escalation chain
# (bot.notify.alerting.escalate).
ESCALATED = "alert.escalated"


@dataclass(frozen=True)
class Handling:
    """How a record's alert was handled: raised, acknowledged (by whom, when), escalated."""

    raised_at: datetime
    acknowledged_by: str | None
    acknowledged_at: datetime | None
    escalations: int


@dataclass(frozen=True)
class Exported:
    """One record version as an export writes it (its offenders come with the entry)."""

    entry: Entry
    officer: str
    alert: Handling | None


def _exported(view: View, dialect: str, document: str | None) -> list[ColumnElement[bool]]:
    where = [
        *in_scope(view, dialect),
        Entry.status.in_(COUNTED),
        Entry.submitted_at >= view.start,
        Entry.submitted_at < view.end,
    ]
    return [*where, Entry.document == document] if document else where


async def count_exported(*, session: AsyncSession, view: View, document: str | None = None) -> int:
    """How many record versions an export of the window holds."""
    query = (
        select(func.count())
        .select_from(Entry)
        .where(*_exported(view, dialect_of(session), document))
    )
    return int(await session.scalar(query) or 0)


async def exported(
    *, session: AsyncSession, view: View, document: str | None = None, batch: int = 500
) -> AsyncIterator[list[Exported]]:
    """Every submitted version of the window's records (with its offenders), its officer and its
    alert, oldest first, in batches (an export streams; it never holds the whole site)."""
    query = (
        select(Entry, Staff.name)
        .join(Staff, Staff.id == Entry.officer_id)
        .where(*_exported(view, dialect_of(session), document))
        .order_by(Entry.submitted_at, Entry.id)
        .execution_options(yield_per=batch)
    )
    result = await session.stream(query)
    async for chunk in result.partitions(batch):
        alerts = await _handling(session, [entry for entry, _ in chunk])
        yield [Exported(entry, name, alerts.get(entry.id)) for entry, name in chunk]


async def _handling(session: AsyncSession, batch: Sequence[Entry]) -> dict[int, Handling]:
    """The alerts a batch of records raised, by entry id. Escalations are counted per record
    (its reference), the one place the audit names them."""
    rows = (
        await session.execute(
            select(Alert.entry_id, Alert.created_at, Staff.name, Alert.acknowledged_at)
            .outerjoin(Staff, Staff.id == Alert.acknowledged_by_id)
            .where(Alert.entry_id.in_([entry.id for entry in batch]))
        )
    ).all()
    if not rows:
        return {}
    references = {entry.id: entry.reference for entry in batch}
    counted = await session.execute(
        select(AuditEvent.reference, func.count())
        .where(
            AuditEvent.action == ESCALATED,
            AuditEvent.reference.in_([references[row.entry_id] for row in rows]),
        )
        .group_by(AuditEvent.reference)
    )
    escalations: dict[str | None, int] = {reference: n for reference, n in counted.all()}
    return {
        row.entry_id: Handling(
            raised_at=row.created_at,
            acknowledged_by=row.name,
            acknowledged_at=row.acknowledged_at,
            escalations=escalations.get(references[row.entry_id], 0),
        )
        for row in rows
    }
