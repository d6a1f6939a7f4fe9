"""The aggregate counts of ``/summary`` (and the briefing's totals). Never commits.

Each function is one grouped query over the entries a ``View`` counts (``storage.report_scope``),
so a year of a site costs a few index scans, not a loop over its rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import JSON, Text, and_, case, cast, false, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Alert, Entry, EntryOffender, Offender, Staff
from storage.report_scope import (
    View,
    contacts,
    counted,
    dialect_of,
    in_scope,
    json_elements,
    local_day,
    reason_concept,
    roster_name,
    seconds_between,
    unit_match,
)

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
    dialect = dialect_of(session)
    day = local_day(dialect, Entry.submitted_at, view).label("day")
    query = (
        select(day, Entry.urgency, Entry.kind, Entry.positive, func.count().label("n"))
        .where(*counted(view, dialect))
        .group_by(day, Entry.urgency, Entry.kind, Entry.positive)
    )
    return [
        DayCount(
            date.fromisoformat(str(row.day)), row.urgency, row.kind, bool(row.positive), row.n
        )
        for row in (await session.execute(query)).all()
    ]


async def concern_counts(
    *, session: AsyncSession, view: View, limit: int = 5
) -> list[tuple[str, int]]:
    """The leading concerns: triage reasons' concepts, most frequent first."""
    dialect = dialect_of(session)
    reasons = json_elements(dialect, Entry.reasons)
    concept = reason_concept(dialect, reasons.c.value).label("concept")
    query = (
        select(concept, func.count().label("n"))
        .select_from(Entry)
        .join(reasons, true())
        .where(*counted(view, dialect))
        .group_by(concept)
        .order_by(func.count().desc(), concept)
        .limit(limit)
    )
    return [(row.concept, row.n) for row in (await session.execute(query)).all()]


async def route_counts(*, session: AsyncSession, view: View) -> list[tuple[str, int]]:
    """How many entries went to each route (grouped by route set first: there are few)."""
    dialect = dialect_of(session)
    sets = (
        select(cast(Entry.routes, Text).label("routes"), func.count().label("n"))
        .where(*counted(view, dialect))
        .group_by(cast(Entry.routes, Text))
        .subquery()
    )
    routes = json_elements(
        dialect, cast(sets.c.routes, JSON) if dialect == "postgresql" else sets.c.routes
    )
    route = routes.c.value.label("route")
    query = (
        select(route, func.sum(sets.c.n).label("n"))
        .select_from(sets)
        .join(routes, true())
        .group_by(route)
        .order_by(func.sum(sets.c.n).desc(), route)
    )
    return [(row.route, int(row.n)) for row in (await session.execute(query)).all()]


async def officer_counts(
    *, session: AsyncSession, view: View, limit: int = 10
) -> list[tuple[str, int]]:
    """Entries per officer, most first."""
    counts = (
        select(Entry.officer_id, func.count().label("n"))
        .where(*counted(view, dialect_of(session)))
        .group_by(Entry.officer_id)
        .subquery()
    )
    query = (
        select(Staff.name, counts.c.n)
        .join(counts, counts.c.officer_id == Staff.id)
        .order_by(counts.c.n.desc(), Staff.name)
        .limit(limit)
    )
    return [(row.name, row.n) for row in (await session.execute(query)).all()]


async def alert_times(*, session: AsyncSession, view: View) -> AlertTimes:
    """Alerts raised in the window: acknowledgement median, slowest, bands, still open."""
    dialect = dialect_of(session)
    waited = seconds_between(dialect, Alert.acknowledged_at, Alert.created_at)
    where = [
        *in_scope(view, dialect),
        Alert.site_id == view.site_id,
        Alert.created_at >= view.start,
        Alert.created_at < view.end,
    ]
    bands = [(waited < bound, label) for bound, label in ACK_BANDS if bound is not None]
    band = case((Alert.acknowledged_at.is_(None), "open"), *bands, else_=ACK_BANDS[-1][1]).label(
        "band"
    )
    rows = (
        await session.execute(
            select(band, func.count().label("n"), func.max(waited).label("slowest"))
            .join(Entry, Entry.id == Alert.entry_id)
            .where(*where)
            .group_by(band)
        )
    ).all()
    counts = {row.band: row.n for row in rows}
    done = sum(n for label, n in counts.items() if label != "open")
    slowest = max((row.slowest for row in rows if row.band != "open"), default=None)
    median = None
    if done:
        middle = (
            select(waited.label("s"))
            .join(Entry, Entry.id == Alert.entry_id)
            .where(*where, Alert.acknowledged_at.is_not(None))
            .order_by(waited)
            .offset((done - 1) // 2)
            .limit(2 - done % 2)
        )
        values = [float(v) for v in (await session.scalars(middle)).all()]
        median = sum(values) / len(values)
    return AlertTimes(
        raised=sum(counts.values()),
        acknowledged=done,
        unacknowledged=counts.get("open", 0),
        median_s=median,
        slowest_s=float(slowest) if slowest is not None else None,
        bands=tuple((label, counts.get(label, 0)) for _, label in ACK_BANDS),
    )


async def repeated_negative(
    *, session: AsyncSession, view: View, at_least: int = 3, limit: int = 10
) -> list[OffenderCount]:
    """Offenders named in ``at_least`` or more negative entries of the window."""
    dialect = dialect_of(session)
    entries_naming = func.count(EntryOffender.entry_id.distinct())  # an entry counts once
    counts = (
        select(EntryOffender.fps, entries_naming.label("n"))
        .join(Entry, Entry.id == EntryOffender.entry_id)
        .where(*counted(view, dialect), Entry.positive == false(), EntryOffender.fps.is_not(None))
        .group_by(EntryOffender.fps)
        .having(entries_naming >= at_least)
        .subquery()
    )
    query = (
        select(counts.c.fps, Offender.surname, Offender.given_names, counts.c.n)
        .outerjoin(Offender, and_(Offender.site_id == view.site_id, Offender.fps == counts.c.fps))
        .order_by(counts.c.n.desc(), counts.c.fps)
        .limit(limit)
    )
    return [
        OffenderCount(row.fps, roster_name(row.surname, row.given_names), row.n)
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
    total = await session.scalar(select(func.count()).select_from(Offender).where(*where))
    rows = await session.execute(
        select(Offender.fps, Offender.surname, Offender.given_names)
        .where(*where)
        .order_by(Offender.surname, Offender.fps)
        .limit(limit)
    )
    listed = [OffenderCount(r.fps, roster_name(r.surname, r.given_names), 0) for r in rows]
    return int(total or 0), listed
