"""The records an export holds: every submitted version of a window, streamed. Never commits.

Unlike the counts (first versions only), an export carries amendments too: it is the record as
kept. Scope and filters are the ``View``'s (``storage.report_scope``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Entry, Staff
from storage.report_scope import COUNTED, View, dialect_of, in_scope


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
) -> AsyncIterator[list[tuple[Entry, str]]]:
    """Every submitted version of the window's records (with its offenders) and its officer's
    name, oldest first, in batches (an export streams; it never holds the whole site)."""
    query = (
        select(Entry, Staff.name)
        .join(Staff, Staff.id == Entry.officer_id)
        .where(*_exported(view, dialect_of(session), document))
        .order_by(Entry.submitted_at, Entry.id)
        .execution_options(yield_per=batch)
    )
    result = await session.stream(query)
    async for chunk in result.partitions(batch):
        yield [(entry, name) for entry, name in chunk]
