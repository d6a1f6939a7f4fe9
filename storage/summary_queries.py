"""The aggregate counts of ``/summary`` (and the briefing's totals). Never commits.

Counts come from ``storage.report_tallies``: stored tallies for the whole days of the window
that are over, grouped queries over the entries a ``View`` counts (``storage.report_scope``) for
the rest; this module ranks them and puts names to them. Alert times and quiet offenders are
grouped straight from their tables, so a year of a site costs a few thousand rows read, not a
loop over its entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import String, and_, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import report_tallies
from storage.models import Alert, Entry, EntryOffender, Offender, Staff
from storage.report_scope import (
    View,
    contacts,
    dialect_of,
    in_scope,
    roster_name,
    seconds_between,
    unit_match,
)
from storage.report_tallies import CONCEPT, NEGATIVE, OFFICER, ROUTE
from storage.vocabulary import AlertStatus

# Acknowledgement-time bands for the chart: (upper bound in seconds, label).
ACK_BANDS: tuple[tuple[int | None, str], ...] = (
    (60, "<1"),
    (180, "1-3"),
    (300, "3-5"),
    (600, "5-10"),
    (1800, "10-30"),
    (None, "30+"),
)


@dataclass(frozen=True)
class DayCount:
    """Entries of one local day with one urgency, kind and sign."""

    day: date
    urgency: str
    kind: str
    positive: bool
    count: int


@dataclass(frozen=True)
class AlertTimes:
    """Immediate alerts of a window: how many, how fast they were acknowledged, which are open."""

    raised: int
    acknowledged: int
    unacknowledged: int
    median_s: float | None
    slowest_s: float | None
    bands: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class OffenderCount:
    """An offender (FPS and roster name) and a count about them."""

    fps: str
    name: str
    count: int


async def daily_counts(*, session: AsyncSession, view: View) -> list[DayCount]:
    """Entries per local day, urgency, kind and sign (everything the totals and chart need)."""
    rows = await report_tallies.day_counts_source(session=session, view=view)
    keys = (rows.c.day, rows.c.urgency, rows.c.kind, rows.c.positive)
    query = select(*keys, func.sum(rows.c.n).label("n")).group_by(*keys)
    return [
        DayCount(
            date.fromisoformat(str(row.day)),
            row.urgency,
            row.kind,
            bool(row.positive),
            int(row.n),
        )
        for row in (await session.execute(query)).all()
    ]


async def _facet(
    session: AsyncSession, view: View, facet: str, limit: int | None = None
) -> list[tuple[str, int]]:
    """One facet's values and counts, most first (then by value)."""
    rows = await report_tallies.facet_source(session=session, view=view, facet=facet)
    n = func.sum(rows.c.n)
    query = (
        select(rows.c.value, n.label("n"))
        .group_by(rows.c.value)
        .order_by(n.desc(), rows.c.value)
        .limit(limit)
    )
    return [(row.value, int(row.n)) for row in (await session.execute(query)).all()]


async def concern_counts(
    *, session: AsyncSession, view: View, limit: int | None = None
) -> list[tuple[str, int]]:
    """Triage reasons' concept labels as stored, most frequent first (a few dozen at most: a
    report puts each concept's labels of both languages under one, ``bot.triage.labels``)."""
    return await _facet(session, view, CONCEPT, limit)


async def route_counts(*, session: AsyncSession, view: View) -> list[tuple[str, int]]:
    """How many entries went to each route."""
    return await _facet(session, view, ROUTE)


async def officer_counts(
    *, session: AsyncSession, view: View, limit: int = 10
) -> list[tuple[str, int]]:
    """Entries per officer, most first."""
    rows = await report_tallies.facet_source(session=session, view=view, facet=OFFICER)
    counts = select(rows.c.value, func.sum(rows.c.n).label("n")).group_by(rows.c.value).subquery()
    query = (
        select(Staff.name, counts.c.n)
        .join(counts, counts.c.value == cast(Staff.id, String))
        .order_by(counts.c.n.desc(), Staff.name)
        .limit(limit)
    )
    return [(row.name, int(row.n)) for row in (await session.execute(query)).all()]


async def alert_times(*, session: AsyncSession, view: View) -> AlertTimes:
    """Alerts raised in the window: acknowledgement median, slowest, bands, still open, in one
    pass over the window's alerts (each wait computed once)."""
    dialect = dialect_of(session)
    # Each alert looks its entry up (a few thousand a year); joined, PostgreSQL would rather
    # hash every entry of the site.
    entry_in_scope = (
        select(Entry.id)
        .where(Entry.id == Alert.entry_id, *in_scope(view, dialect))
        .scalar_subquery()
    )
    waits = (
        select(seconds_between(dialect, Alert.acknowledged_at, Alert.created_at).label("s"))
        .where(
            Alert.site_id == view.site_id,
            Alert.created_at >= view.start,
            Alert.created_at < view.end,
            Alert.entry_id == entry_in_scope,
        )
        .cte("waits")
    )
    ranked = (
        select(
            waits.c.s,
            func.row_number().over(order_by=waits.c.s).label("place"),
            func.count().over().label("done"),
        )
        .where(waits.c.s.is_not(None))
        .cte("ranked")
    )
    middle = select(func.avg(ranked.c.s)).where(
        ranked.c.place.in_([(ranked.c.done + 1) // 2, (ranked.c.done + 2) // 2])
    )
    bands = [(waits.c.s < bound, label) for bound, label in ACK_BANDS if bound is not None]
    open_band = (waits.c.s.is_(None), AlertStatus.OPEN)
    band = case(open_band, *bands, else_=ACK_BANDS[-1][1]).label("band")
    rows = (
        await session.execute(
            select(
                band,
                func.count().label("n"),
                func.max(waits.c.s).label("slowest"),
                middle.scalar_subquery().label("median"),
            ).group_by(band)
        )
    ).all()
    counts = {row.band: row.n for row in rows}
    slowest = max((row.slowest for row in rows if row.band != AlertStatus.OPEN), default=None)
    median = next((row.median for row in rows if row.median is not None), None)
    return AlertTimes(
        raised=sum(counts.values()),
        acknowledged=sum(n for label, n in counts.items() if label != AlertStatus.OPEN),
        unacknowledged=counts.get(AlertStatus.OPEN, 0),
        median_s=float(median) if median is not None else None,
        slowest_s=float(slowest) if slowest is not None else None,
        bands=tuple((label, counts.get(label, 0)) for _, label in ACK_BANDS),
    )


async def repeated_negative(
    *, session: AsyncSession, view: View, at_least: int = 3, limit: int = 10
) -> list[OffenderCount]:
    """Offenders named in ``at_least`` or more negative entries of the window."""
    rows = await report_tallies.facet_source(session=session, view=view, facet=NEGATIVE)
    n = func.sum(rows.c.n)
    counts = (
        select(rows.c.value.label("fps"), n.label("n"))
        .group_by(rows.c.value)
        .having(n >= at_least)
        .subquery()
    )
    query = (
        select(counts.c.fps, Offender.surname, Offender.given_names, counts.c.n)
        .outerjoin(Offender, and_(Offender.site_id == view.site_id, Offender.fps == counts.c.fps))
        .order_by(counts.c.n.desc(), counts.c.fps)
        .limit(limit)
    )
    return [
        OffenderCount(row.fps, roster_name(row.surname, row.given_names), int(row.n))
        for row in (await session.execute(query)).all()
    ]


async def quiet_offenders(
    *,
    session: AsyncSession,
    view: View,
    since: datetime,
    limit: int = 10,
) -> tuple[int, list[OffenderCount]]:
    """Roster offenders (the caseload, the unit) nobody recorded an interaction with since
    ``since`` up to the view's end: how many, and the first ``limit`` by surname."""
    contacted = (
        select(EntryOffender.fps)
        .join(Entry, Entry.id == EntryOffender.entry_id)
        .where(
            *contacts(view.site_id),
            Entry.submitted_at >= since,
            Entry.submitted_at < view.end,
            EntryOffender.fps.is_not(None),
        )
    )
    where = [Offender.site_id == view.site_id, Offender.fps.not_in(contacted)]
    if view.caseload is not None:
        where.append(Offender.fps.in_(view.caseload))
    if view.unit is not None:
        where.append(unit_match(dialect_of(session), Offender.unit, view.unit, whole=True))
    rows = (
        await session.execute(
            select(
                Offender.fps,
                Offender.surname,
                Offender.given_names,
                func.count().over().label("total"),  # counted before the limit applies
            )
            .where(*where)
            .order_by(Offender.surname, Offender.fps)
            .limit(limit)
        )
    ).all()
    listed = [OffenderCount(r.fps, roster_name(r.surname, r.given_names), 0) for r in rows]
    return (int(rows[0].total) if rows else 0), listed
