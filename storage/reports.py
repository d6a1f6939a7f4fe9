"""Aggregate reads for summaries, briefings, offender histories and exports. Never commits.

Counts are grouped in SQL, never by looping over rows in Python, and the same statements run on
SQLite and PostgreSQL; where the dialects differ (JSON arrays, local dates, durations, patterns)
a small expression builder below picks the form. A record counts once: its first version.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    JSON,
    ColumnElement,
    Text,
    and_,
    case,
    cast,
    false,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.models import Alert, Entry, EntryOffender, Offender, Staff

COUNTED = ("submitted", "signed")
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
class View:
    """Which entries a report reads: one site, a window, and the reader's scope (any of them)."""

    site_id: int
    start: datetime
    end: datetime
    tz: str
    site_wide: bool = False
    officer_id: int | None = None
    routes: tuple[str, ...] = ()
    caseload: tuple[str, ...] | None = None  # FPS numbers of a case manager's caseload
    unit: str | None = None
    fps: str | None = None  # one offender's history


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


@dataclass(frozen=True)
class Item:
    """One entry as a briefing or history lists it, with its alert and who handled it."""

    entry: Entry
    officer: str
    alert: Alert | None
    acknowledged_by: str | None


def _dialect(session: AsyncSession) -> str:
    return session.get_bind().dialect.name


def _elements(dialect: str, column: Any) -> Any:
    """The strings of a JSON array column, as a table with one ``value`` column."""
    name = "json_array_elements_text" if dialect == "postgresql" else "json_each"
    return getattr(func, name)(column).table_valued("value")


def _concept(dialect: str, value: Any) -> ColumnElement[str]:
    """The concept part of a triage reason ("weapon: shank" -> "weapon")."""
    if dialect == "postgresql":
        return func.trim(func.split_part(value, ":", 1))
    colon = func.instr(value, ":")
    return func.trim(case((colon > 0, func.substr(value, 1, colon - 1)), else_=value))


def _zone_offsets(tz: str, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """The zone's UTC offset in minutes over [start, end): (valid until, minutes) pieces."""
    zone = ZoneInfo(tz)

    def minutes(moment: datetime) -> int:
        offset = moment.astimezone(zone).utcoffset()
        return int(offset.total_seconds() // 60) if offset else 0

    pieces: list[tuple[datetime, int]] = []
    moment, current = start, minutes(start)
    while moment < end:
        step = min(moment + timedelta(days=1), end)
        if minutes(step) != current:
            low, high = moment, step  # bisect to the minute of the clock change
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if minutes(middle) == current else (low, middle)
            pieces.append((high, current))
            current = minutes(high)
            step = high
        moment = step
    pieces.append((end, current))
    return pieces


def _local_day(dialect: str, column: Any, view: View) -> Any:
    """The local date of a UTC timestamp in the site's zone (clock changes included)."""
    if dialect == "postgresql":
        return func.date(func.timezone(view.tz, column))
    pieces = _zone_offsets(view.tz, view.start, view.end)
    shifts = [(column < until, literal(f"{minutes:+d} minutes")) for until, minutes in pieces]
    return func.date(
        column, case(*shifts[:-1], else_=shifts[-1][1]) if len(shifts) > 1 else shifts[0][1]
    )


def _seconds(dialect: str, later: Any, earlier: Any) -> Any:
    """Seconds between two timestamps."""
    if dialect == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _unit_match(dialect: str, column: Any, unit: str, *, whole: bool) -> ColumnElement[bool]:
    """Whether a unit (whole value) or a place (a word in it) names ``unit``: "4" is 4, 4A or
    4B but not 40; "4b" is 4B only."""
    token = "".join(c for c in unit.lower() if c.isalnum())
    digit_end = token[-1:].isdigit()
    value = func.lower(column)
    if dialect == "postgresql":
        if whole:
            return value.op("~")(f"^{token}{'[a-z]?' if digit_end else ''}$")
        tail = "[^0-9]" if digit_end else "[^0-9a-z]"
        return value.op("~")(f"(^|[^a-z0-9]){token}({tail}|$)")
    if whole:
        return (
            or_(value == token, value.op("GLOB")(f"{token}[a-z]"))
            if digit_end
            else (value == token)
        )
    tail = "[^0-9]" if digit_end else "[^0-9a-z]"
    padded = literal(" ") + value + literal(" ")
    return padded.op("GLOB")(f"*[^a-z0-9]{token}{tail}*")


def _names(offender_fps: Any) -> Any:
    """Whether an entry names one of these offenders (EXISTS on an alias of its offender rows,
    so it never correlates with an outer query that reads offender rows itself)."""
    named = aliased(EntryOffender)
    return select(named.id).where(named.entry_id == Entry.id, offender_fps(named.fps)).exists()


def _scope(view: View, dialect: str) -> list[ColumnElement[bool]]:
    """The reader's scope and the filters, on ``Entry`` (authz.py: any allowed scope counts)."""
    allowed: list[ColumnElement[bool]] = [true()] if view.site_wide else []
    if view.officer_id is not None:
        allowed.append(Entry.officer_id == view.officer_id)
    for route in view.routes:
        # Route names are quoted JSON strings; none is quoted inside another.
        allowed.append(cast(Entry.routes, Text).like(f'%"{route}"%'))
    if view.caseload is not None:
        caseload = view.caseload
        allowed.append(_names(lambda fps: fps.in_(caseload)) if caseload else false())
    conditions = [Entry.site_id == view.site_id, or_(*allowed) if allowed else false()]
    if view.fps is not None:
        one = view.fps
        conditions.append(_names(lambda fps: fps == one))
    if view.unit is not None:
        named, person = aliased(EntryOffender), aliased(Offender)
        on_unit = (
            select(named.id)
            .join(person, and_(person.site_id == Entry.site_id, person.fps == named.fps))
            .where(
                named.entry_id == Entry.id,
                _unit_match(dialect, person.unit, view.unit, whole=True),
            )
        )
        place = _unit_match(dialect, Entry.place, view.unit, whole=False)
        conditions.append(or_(place, on_unit.exists()))
    return conditions


def _counted(view: View, dialect: str) -> list[ColumnElement[bool]]:
    """Entries a report counts: first versions submitted in the window, in the reader's scope."""
    return [
        *_scope(view, dialect),
        Entry.version == 1,
        Entry.status.in_(COUNTED),
        Entry.submitted_at >= view.start,
        Entry.submitted_at < view.end,
    ]


async def daily_counts(*, session: AsyncSession, view: View) -> list[DayCount]:
    """Entries per local day, urgency, kind and sign (everything the totals and chart need)."""
    dialect = _dialect(session)
    day = _local_day(dialect, Entry.submitted_at, view).label("day")
    query = (
        select(day, Entry.urgency, Entry.kind, Entry.positive, func.count().label("n"))
        .where(*_counted(view, dialect))
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
    dialect = _dialect(session)
    reasons = _elements(dialect, Entry.reasons)
    concept = _concept(dialect, reasons.c.value).label("concept")
    query = (
        select(concept, func.count().label("n"))
        .select_from(Entry)
        .join(reasons, true())
        .where(*_counted(view, dialect))
        .group_by(concept)
        .order_by(func.count().desc(), concept)
        .limit(limit)
    )
    return [(row.concept, row.n) for row in (await session.execute(query)).all()]


async def route_counts(*, session: AsyncSession, view: View) -> list[tuple[str, int]]:
    """How many entries went to each route (grouped by route set first: there are few)."""
    dialect = _dialect(session)
    sets = (
        select(cast(Entry.routes, Text).label("routes"), func.count().label("n"))
        .where(*_counted(view, dialect))
        .group_by(cast(Entry.routes, Text))
        .subquery()
    )
    routes = _elements(
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
        .where(*_counted(view, _dialect(session)))
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


def _alerts_in(view: View, dialect: str) -> list[ColumnElement[bool]]:
    return [
        *_scope(view, dialect),
        Alert.site_id == view.site_id,
        Alert.created_at >= view.start,
        Alert.created_at < view.end,
    ]


async def alert_times(*, session: AsyncSession, view: View) -> AlertTimes:
    """Alerts raised in the window: acknowledgement median, slowest, bands, still open."""
    dialect = _dialect(session)
    waited = _seconds(dialect, Alert.acknowledged_at, Alert.created_at)
    where = _alerts_in(view, dialect)
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
    dialect = _dialect(session)
    named = (  # one row per entry and offender, even if an entry names someone twice
        select(EntryOffender.entry_id, EntryOffender.fps)
        .join(Entry, Entry.id == EntryOffender.entry_id)
        .where(*_counted(view, dialect), Entry.positive == false(), EntryOffender.fps.is_not(None))
        .distinct()
        .subquery()
    )
    counts = (
        select(named.c.fps, func.count().label("n"))
        .group_by(named.c.fps)
        .having(func.count() >= at_least)
        .subquery()
    )
    query = (
        select(counts.c.fps, Offender.surname, Offender.given_names, counts.c.n)
        .outerjoin(Offender, and_(Offender.site_id == view.site_id, Offender.fps == counts.c.fps))
        .order_by(counts.c.n.desc(), counts.c.fps)
        .limit(limit)
    )
    return [
        OffenderCount(row.fps, _roster_name(row.surname, row.given_names), row.n)
        for row in (await session.execute(query)).all()
    ]


def _roster_name(surname: str | None, given: str | None) -> str:
    return f"{(surname or '').upper()}, {given or ''}".strip(", ")


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
            Entry.site_id == view.site_id,
            Entry.status.in_(COUNTED),
            Entry.submitted_at >= since,
            Entry.submitted_at < view.end,
            EntryOffender.fps.is_not(None),
        )
    )
    where = [Offender.site_id == view.site_id, Offender.fps.not_in(contacted)]
    if view.caseload is not None:
        where.append(Offender.fps.in_(view.caseload))
    if view.unit is not None:
        where.append(_unit_match(_dialect(session), Offender.unit, view.unit, whole=True))
    total = await session.scalar(select(func.count()).select_from(Offender).where(*where))
    rows = await session.execute(
        select(Offender.fps, Offender.surname, Offender.given_names)
        .where(*where)
        .order_by(Offender.surname, Offender.fps)
        .limit(limit)
    )
    listed = [OffenderCount(r.fps, _roster_name(r.surname, r.given_names), 0) for r in rows]
    return int(total or 0), listed


async def caseload_fps(*, session: AsyncSession, site_id: int, name: str) -> tuple[str, ...]:
    """FPS numbers of the offenders whose roster parole officer is ``name`` (case-insensitive,
    compared like ``storage.directory.case_managers_of``)."""
    officers = await session.scalars(
        select(Offender.parole_officer)
        .where(Offender.site_id == site_id, Offender.parole_officer.is_not(None))
        .distinct()
    )
    wanted = name.casefold().strip()
    names = [n for n in officers.all() if n and n.casefold().strip() == wanted]
    if not names:
        return ()
    query = select(Offender.fps).where(
        Offender.site_id == site_id, Offender.parole_officer.in_(names)
    )
    return tuple(sorted((await session.scalars(query)).all()))


async def items(
    *,
    session: AsyncSession,
    view: View,
    urgencies: Sequence[str] | None = None,
    limit: int = 10,
) -> list[Item]:
    """The window's records (first versions), newest first, with their alert and handler."""
    dialect = _dialect(session)
    officer, acknowledger = aliased(Staff), aliased(Staff)
    query = (
        select(Entry, officer.name, Alert, acknowledger.name)
        .join(officer, officer.id == Entry.officer_id)
        .outerjoin(Alert, Alert.entry_id == Entry.id)
        .outerjoin(acknowledger, acknowledger.id == Alert.acknowledged_by_id)
        .where(*_counted(view, dialect))
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
        .where(*_scope(view, _dialect(session)), Alert.status == "open")
        .order_by(Alert.created_at)
        .limit(limit)
    )
    return [Item(e, name, a, None) for e, name, a in (await session.execute(query)).all()]


async def last_interaction(*, session: AsyncSession, site_id: int, fps: str) -> datetime | None:
    """When staff last recorded an entry naming this offender, whoever wrote it."""
    query = (
        select(func.max(Entry.submitted_at))
        .join(EntryOffender, EntryOffender.entry_id == Entry.id)
        .where(Entry.site_id == site_id, Entry.status.in_(COUNTED), EntryOffender.fps == fps)
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


def _exported(view: View, dialect: str, document: str | None) -> list[ColumnElement[bool]]:
    where = [
        *_scope(view, dialect),
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
        .where(*_exported(view, _dialect(session), document))
    )
    return int(await session.scalar(query) or 0)


async def exported(
    *, session: AsyncSession, view: View, document: str | None = None, batch: int = 500
) -> AsyncIterator[list[tuple[Entry, str, list[str]]]]:
    """Every submitted version of the window's records with its officer and offenders' FPS
    numbers, oldest first, in batches (an export streams; it never holds the whole site)."""
    query = (
        select(Entry, Staff.name)
        .join(Staff, Staff.id == Entry.officer_id)
        .where(*_exported(view, _dialect(session), document))
        .order_by(Entry.submitted_at, Entry.id)
        .execution_options(yield_per=batch)
    )
    result = await session.stream(query)
    async for chunk in result.partitions(batch):
        ids = [entry.id for entry, _ in chunk]
        named = await session.execute(
            select(EntryOffender.entry_id, EntryOffender.fps, EntryOffender.surname)
            .where(EntryOffender.entry_id.in_(ids))
            .order_by(EntryOffender.id)
        )
        people: dict[int, list[str]] = {}
        for entry_id, fps, surname in named.all():
            people.setdefault(entry_id, []).append(fps or surname or "?")
        yield [(entry, name, people.get(entry.id, [])) for entry, name in chunk]
