"""Queries on entries and the offenders they name. Never commits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.lookup import by_id
from storage.models import Entry, EntryOffender, Offender, ReferenceCounter, Site
from storage.report_scope import dialect_of
from storage.vocabulary import RECORDED, EntryStatus

# The statements every capture runs are built once: building one (and its cache key) costs
# about as much as running it, and under load a capture's cost is mostly statements.
# The draft being captured is the one last worked on: a draft taken up again from /drafts, or
# an older card tapped, is the one the next typed answer belongs to.
_ACTIVE_DRAFT = (
    select(Entry)
    .where(Entry.officer_id == bindparam("officer_id"), Entry.status == EntryStatus.DRAFT)
    .order_by(Entry.updated_at.desc(), Entry.id.desc())
    .limit(1)
)
# One statement whether or not the year has a counter yet: two first submits of a year at the
# same moment (two officers, two replicas) must not both try to create it.
_NEXT_REFERENCE = {
    dialect: upsert(ReferenceCounter)
    .values(year=bindparam("counter_year"), last=1)
    .on_conflict_do_update(
        index_elements=[ReferenceCounter.year], set_={"last": ReferenceCounter.last + 1}
    )
    .returning(ReferenceCounter.last)
    for dialect, upsert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))
}
_SAME_EVENT = (
    select(Entry)
    .join(EntryOffender, EntryOffender.entry_id == Entry.id)
    .where(
        Entry.site_id == bindparam("site_id"),
        Entry.officer_id != bindparam("officer_id"),
        Entry.status.in_(RECORDED),
        Entry.version == 1,
        Entry.staff_concern.is_(False),
        Entry.submitted_at >= bindparam("since"),
        Entry.submitted_at <= bindparam("until"),
        EntryOffender.fps.in_(bindparam("fps_numbers", expanding=True)),
    )
    .order_by(Entry.submitted_at)
    .limit(1)
)
_ROSTER_STAMP = select(Site.roster_version).where(Site.id == bindparam("site_id"))


async def get(*, session: AsyncSession, entry_id: int) -> Entry | None:
    """The entry with this id."""
    return await by_id(session, Entry, entry_id)


async def active_draft(*, session: AsyncSession, officer_id: int) -> Entry | None:
    """The officer's entry being captured, if any (at most one at a time)."""
    return await session.scalar(_ACTIVE_DRAFT, {"officer_id": officer_id})


async def set_aside(*, session: AsyncSession, officer_id: int, limit: int) -> Sequence[Entry]:
    """The officer's unfinished and cancelled entries that hold some text, last worked on
    first (new entries only: an amendment is started again with /amend)."""
    query = (
        select(Entry)
        .where(
            Entry.officer_id == officer_id,
            Entry.status.in_((EntryStatus.DRAFT, EntryStatus.CANCELLED)),
            Entry.reference.is_(None),
            Entry.text != "",
        )
        .order_by(Entry.updated_at.desc(), Entry.id.desc())
        .limit(limit)
    )
    return (await session.scalars(query)).all()


async def by_source_message(
    *, session: AsyncSession, officer_id: int, message_id: int
) -> Entry | None:
    """The entry started by one of the officer's Telegram messages."""
    query = select(Entry).where(
        Entry.officer_id == officer_id, Entry.source_message_id == message_id
    )
    return await session.scalar(query.order_by(Entry.id.desc()).limit(1))


async def add(*, session: AsyncSession, entry: Entry) -> Entry:
    """Add an entry, with the offenders it names, and give it its id."""
    session.add(entry)
    await session.flush()
    return entry


async def next_reference_number(*, session: AsyncSession, year: int) -> int:
    """The next reference number of ``year``, unique across concurrent submits.

    The upsert takes the row lock (PostgreSQL) or runs under BEGIN IMMEDIATE (SQLite), so two
    submits never get the same number, and the year's first two never collide creating it.
    """
    statement = _NEXT_REFERENCE[dialect_of(session)]
    return int(await session.scalar(statement, {"counter_year": year}) or 0)


async def latest_version(*, session: AsyncSession, reference: str) -> Entry | None:
    """The newest submitted version of a record."""
    query = (
        select(Entry)
        .where(Entry.reference == reference, Entry.status.in_(RECORDED))
        .order_by(Entry.version.desc())
        .limit(1)
    )
    return await session.scalar(query)


async def version(*, session: AsyncSession, reference: str, number: int) -> Entry | None:
    """One version of a record."""
    query = select(Entry).where(Entry.reference == reference, Entry.version == number)
    return await session.scalar(query)


async def versions(*, session: AsyncSession, reference: str) -> Sequence[Entry]:
    """Every submitted version of a record, oldest first."""
    query = select(Entry).where(Entry.reference == reference, Entry.status.in_(RECORDED))
    return (await session.scalars(query.order_by(Entry.version))).all()


async def recent_of_officer(
    *, session: AsyncSession, officer_id: int, limit: int = 10
) -> Sequence[Entry]:
    """The officer's latest submitted records (newest version of each), newest first."""
    newest = (
        select(Entry.reference, func.max(Entry.version).label("version"))
        .where(Entry.officer_id == officer_id, Entry.status.in_(RECORDED))
        .group_by(Entry.reference)
        .subquery()
    )
    query = (
        select(Entry)
        .join(
            newest,
            (Entry.reference == newest.c.reference) & (Entry.version == newest.c.version),
        )
        .order_by(Entry.submitted_at.desc())
        .limit(limit)
    )
    return (await session.scalars(query)).all()


async def recent_places(*, session: AsyncSession, officer_id: int, limit: int = 3) -> list[str]:
    """The officer's most recently used places, for one-tap answers."""
    query = (
        select(Entry.place, func.max(Entry.id).label("last"))
        .where(Entry.officer_id == officer_id, Entry.place.is_not(None))
        .group_by(Entry.place)
        .order_by(func.max(Entry.id).desc())
        .limit(limit)
    )
    return [row.place for row in (await session.execute(query)).all()]


async def same_event_candidate(
    *,
    session: AsyncSession,
    site_id: int,
    officer_id: int,
    fps_numbers: Sequence[str],
    since: datetime,
    until: datetime,
) -> Entry | None:
    """Another officer's first entry submitted at the site between ``since`` and ``until``
    naming one of them (the same one whenever it is asked: a later entry never displaces it).

    Information about a staff member is never offered: telling a colleague it exists could tell
    the very person it is about (it is for security intelligence only).
    """
    if not fps_numbers:
        return None
    values = {
        "site_id": site_id,
        "officer_id": officer_id,
        "since": since,
        "until": until,
        "fps_numbers": list(fps_numbers),
    }
    return await session.scalar(_SAME_EVENT, values)


async def link_to_event(*, session: AsyncSession, reference: str, event_id: int) -> None:
    """Record every version of a record (drafts of an amendment too) as a statement on the
    event whose first entry is ``event_id``."""
    await session.execute(
        update(Entry).where(Entry.reference == reference).values(related_entry_id=event_id)
    )


async def statements_on(*, session: AsyncSession, event: Entry) -> Sequence[Entry]:
    """The records linked to an event as further statements (first versions), oldest first.

    A statement is always submitted after its event, so the site's entries since the event are
    read by index (nothing indexes the link itself, and an alert is answered soon after).
    """
    query = select(Entry).where(
        Entry.site_id == event.site_id,
        Entry.submitted_at >= event.submitted_at,
        Entry.related_entry_id == event.id,
        Entry.version == 1,
        Entry.status.in_(RECORDED),
    )
    return (await session.scalars(query.order_by(Entry.submitted_at))).all()


async def roster_rows(*, session: AsyncSession, site_id: int) -> Sequence[Offender]:
    """A site's roster rows, for building the in-memory roster extraction uses."""
    return (await session.scalars(select(Offender).where(Offender.site_id == site_id))).all()


async def roster_stamp(*, session: AsyncSession, site_id: int) -> int:
    """The site's roster version, to know when a cached roster is stale (one row by key)."""
    version = await session.scalar(_ROSTER_STAMP, {"site_id": site_id})
    return int(version or 0)


async def submitted_between(
    *,
    session: AsyncSession,
    site_id: int,
    start: datetime,
    end: datetime,
    urgency: str | None = None,
) -> Sequence[Entry]:
    """First versions submitted at a site in [start, end), oldest first."""
    query = select(Entry).where(
        Entry.site_id == site_id,
        Entry.version == 1,
        Entry.status.in_(RECORDED),
        Entry.submitted_at >= start,
        Entry.submitted_at < end,
    )
    if urgency is not None:
        query = query.where(Entry.urgency == urgency)
    return (await session.scalars(query.order_by(Entry.submitted_at))).all()
