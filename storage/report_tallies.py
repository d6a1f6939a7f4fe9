"""Where a summary's counts come from: stored tallies for the whole days that are over, the
entries for the rest of the window. Never commits.

Once a site's local day is over, what a site-wide summary counts of it is counted from the
entries once and stored ("sealed"): entries by urgency, kind and sign (``DayTally``), and by
facet (``FacetTally``): per officer, per triage concept, per route, and negative entries naming
each offender. A year then reads a few thousand tally rows instead of grouping a hundred thousand
entries five times; the partial first and last days, today and days not sealed yet are counted
from the entries by the same statements, so both parts count alike.

Why after the day rather than at each submit: an entry is submitted at "now"
(``bot.capture.records.submit``) and a submitted version never changes but to be signed (still
counted)
or amended (a new version, never counted), so a day that is over keeps its counts. Nothing is
added to the capture path and no two submits wait on one tally row; ``SEALED_AFTER`` leaves a
submit that began before midnight the time to commit.

Tallies hold exactly what the site scope counts: first versions, counted statuses, no
information about staff (CD 568-2). A view with a unit, offender or route filter, or without the
site scope, is counted from the entries; a site-wide reader who may also see information about
staff (their own, or what reached security intelligence) gets that part from the entries. A
site's zone is set when the site is added and never changes, so its local days are the tallies'.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    JSON,
    ColumnElement,
    Select,
    String,
    Text,
    cast,
    false,
    func,
    literal,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import Subquery

from storage.models import DayTally, Entry, EntryOffender, FacetTally, ReportDay
from storage.report_scope import (
    STAFF_CONCERN_ROUTE,
    View,
    counted,
    dialect_of,
    json_elements,
    local_day,
    reason_concept,
)

OFFICER, CONCEPT, ROUTE, NEGATIVE = "officer", "concept", "route", "negative"
# A statement of any columns: the parts of a figure (counted and tallied) have different shapes.
AnySelect = Select[*tuple[Any, ...]]
SEALED_AFTER = timedelta(hours=1)
ONE_DAY = timedelta(days=1)


def day_counts_statement(view: View, dialect: str) -> Select[Any]:
    """Entries per local day, urgency, kind and sign (columns day, urgency, kind, positive, n)."""
    day = local_day(dialect, Entry.submitted_at, view).label("day")
    return (
        select(day, Entry.urgency, Entry.kind, Entry.positive, func.count().label("n"))
        .where(*counted(view, dialect))
        .group_by(day, Entry.urgency, Entry.kind, Entry.positive)
    )


def _officers(view: View, dialect: str, keys: list[Any]) -> Select[Any]:
    value = cast(Entry.officer_id, String).label("value")
    return (
        select(*keys, value, func.count().label("n"))
        .where(*counted(view, dialect))
        .group_by(*keys, value)
    )


def _concepts(view: View, dialect: str, keys: list[Any]) -> Select[Any]:
    reasons = json_elements(dialect, Entry.reasons)
    value = reason_concept(dialect, reasons.c.value).label("value")
    return (
        select(*keys, value, func.count().label("n"))
        .select_from(Entry)
        .join(reasons, true())
        .where(*counted(view, dialect))
        .group_by(*keys, value)
    )


def _routes(view: View, dialect: str, keys: list[Any]) -> Select[Any]:
    """Grouped by route set first (there are few), then each set's routes."""
    routes = cast(Entry.routes, Text)
    sets = (
        select(*keys, routes.label("routes"), func.count().label("n"))
        .where(*counted(view, dialect))
        .group_by(*keys, routes)
        .subquery()
    )
    elements = json_elements(
        dialect, cast(sets.c.routes, JSON) if dialect == "postgresql" else sets.c.routes
    )
    outer = [sets.c.day] if keys else []
    return (
        select(*outer, elements.c.value.label("value"), func.sum(sets.c.n).label("n"))
        .select_from(sets)
        .join(elements, true())
        .group_by(*outer, elements.c.value)
    )


def _negatives(view: View, dialect: str, keys: list[Any]) -> Select[Any]:
    entries_naming = func.count(EntryOffender.entry_id.distinct())  # an entry counts once
    return (
        select(*keys, EntryOffender.fps.label("value"), entries_naming.label("n"))
        .select_from(EntryOffender)
        .join(Entry, Entry.id == EntryOffender.entry_id)
        .where(*counted(view, dialect), Entry.positive == false(), EntryOffender.fps.is_not(None))
        .group_by(*keys, EntryOffender.fps)
    )


FACETS: dict[str, Callable[[View, str, list[Any]], Select[Any]]] = {
    OFFICER: _officers,  # value: the officer's staff id
    CONCEPT: _concepts,  # value: a triage reason's concept, once per reason
    ROUTE: _routes,  # value: a route
    NEGATIVE: _negatives,  # value: an FPS number named in negative entries
}


def facet_statement(facet: str, view: View, dialect: str, *, by_day: bool) -> Select[Any]:
    """Entries per value of one facet (columns value, n; day first when ``by_day``)."""
    keys = [local_day(dialect, Entry.submitted_at, view).label("day")] if by_day else []
    return FACETS[facet](view, dialect, keys)


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """When a local day begins, in UTC."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def whole_days(view: View) -> list[date]:
    """The local days lying wholly inside the view's window: every day between the local dates
    of its start and end, and the first one too when the window starts at its midnight."""
    zone = view.zone
    first, last = view.start.astimezone(zone).date(), view.end.astimezone(zone).date()
    skip = 0 if day_start(first, view.zone) == view.start else 1
    return [first + timedelta(days=n) for n in range(skip, (last - first).days)]


def _runs(days: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) runs."""
    runs: list[tuple[date, date]] = []
    for day in sorted(days):
        if runs and runs[-1][1] + ONE_DAY == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def tallied(view: View) -> bool:
    """Whether tallies can count a view: the site scope and no filter."""
    return (
        view.site_wide
        and view.unit is None
        and view.fps is None
        and view.routed_to is None
        and not view.about_staff_only
    )


async def _sealed(session: AsyncSession, site_id: int, days: list[date]) -> set[date]:
    if not days:
        return set()
    query = select(ReportDay.day).where(
        ReportDay.site_id == site_id, ReportDay.day.between(days[0], days[-1])
    )
    return set((await session.scalars(query)).all())


@dataclass(frozen=True)
class Split:
    """A view counted in two parts: runs of sealed days from the tallies, views of the rest from
    the entries."""

    runs: tuple[tuple[date, date], ...]
    rest: tuple[View, ...]


async def split(*, session: AsyncSession, view: View) -> Split:
    """Which parts of a view the tallies count, and which the entries."""
    if not tallied(view):
        return Split((), (view,))
    runs = _runs(await _sealed(session, view.site_id, whole_days(view)))
    spans = [(day_start(a, view.zone), day_start(b + ONE_DAY, view.zone)) for a, b in runs]
    rest, moment = [], view.start
    for start, end in spans:
        if moment < start:
            rest.append(replace(view, start=moment, end=start))
        moment = end
    if moment < view.end:
        rest.append(replace(view, start=moment, end=view.end))
    if view.officer_id is not None or STAFF_CONCERN_ROUTE in view.routes:
        rest += [
            replace(view, start=start, end=end, site_wide=False, about_staff_only=True)
            for start, end in spans
        ]
    return Split(tuple(runs), tuple(rest))


async def first_submitted(*, session: AsyncSession, site_id: int) -> datetime | None:
    """When the site's first counted entry was submitted (where its days to seal begin)."""
    return await session.scalar(
        select(func.min(Entry.submitted_at)).where(
            Entry.site_id == site_id, Entry.submitted_at.is_not(None)
        )
    )


def _in_runs(column: Any, runs: tuple[tuple[date, date], ...]) -> ColumnElement[bool]:
    return or_(*(column.between(first, last) for first, last in runs))


def _source(statements: list[AnySelect]) -> Subquery:
    """The parts' rows as one table: a figure groups them once more, to sum the parts."""
    return (statements[0] if len(statements) == 1 else union_all(*statements)).subquery()


async def day_counts_source(*, session: AsyncSession, view: View) -> Subquery:
    """Rows (day, urgency, kind, positive, n) whose sums per key are the entries a view counts
    per local day, urgency, kind and sign."""
    parts = await split(session=session, view=view)
    statements: list[AnySelect] = [
        day_counts_statement(part, dialect_of(session)) for part in parts.rest
    ]
    if parts.runs:
        tallies = select(
            DayTally.day,
            DayTally.urgency,
            DayTally.kind,
            DayTally.positive,
            DayTally.entries.label("n"),
        ).where(DayTally.site_id == view.site_id, _in_runs(DayTally.day, parts.runs))
        statements.append(tallies)
    return _source(statements)


async def facet_source(*, session: AsyncSession, view: View, facet: str) -> Subquery:
    """Rows (value, n) whose sums per value are the entries a view counts per value of one
    facet (``FACETS``)."""
    parts = await split(session=session, view=view)
    dialect = dialect_of(session)
    statements: list[AnySelect] = [
        facet_statement(facet, part, dialect, by_day=False) for part in parts.rest
    ]
    if parts.runs:
        tallies = select(FacetTally.value, FacetTally.entries.label("n")).where(
            FacetTally.site_id == view.site_id,
            FacetTally.facet == facet,
            _in_runs(FacetTally.day, parts.runs),
        )
        statements.append(tallies)
    return _source(statements)


def _insert(dialect: str, model: Any) -> Any:
    """An INSERT that can skip rows already there (both dialects spell it alike)."""
    return (postgresql if dialect == "postgresql" else sqlite).insert(model)


async def seal(
    *, session: AsyncSession, view: View, now: datetime, limit: int | None = None
) -> int:
    """Store the tallies of the view's whole days that were over ``SEALED_AFTER`` before
    ``now`` and are not stored yet, the oldest ``limit`` of them if given (a backlog is stored
    in short transactions); returns how many days were sealed. A day sealed by a concurrent
    summary is skipped, row by row."""
    if not tallied(view):
        return 0
    days = [d for d in whole_days(view) if day_start(d + ONE_DAY, view.zone) <= now - SEALED_AFTER]
    sealed = await _sealed(session, view.site_id, days)
    runs = _runs([day for day in days if day not in sealed][:limit])
    for first, last in runs:
        await _seal_run(session, view, first, last, now)
    return sum((last - first).days + 1 for first, last in runs)


async def _seal_run(
    session: AsyncSession, view: View, first: date, last: date, now: datetime
) -> None:
    """Count one run of days from the entries, straight into the tally tables."""
    dialect = dialect_of(session)
    site = View(
        site_id=view.site_id,
        start=day_start(first, view.zone),
        end=day_start(last + ONE_DAY, view.zone),
        tz=view.tz,
        site_wide=True,
    )
    days = [
        {"site_id": view.site_id, "day": first + timedelta(days=n), "sealed_at": now}
        for n in range((last - first).days + 1)
    ]
    await session.execute(_insert(dialect, ReportDay).values(days).on_conflict_do_nothing())
    counted_days = day_counts_statement(site, dialect).subquery()
    rows = select(
        literal(view.site_id),
        counted_days.c.day,
        counted_days.c.urgency,
        counted_days.c.kind,
        counted_days.c.positive,
        counted_days.c.n,
    ).where(counted_days.c.day.between(first, last))
    columns = ["site_id", "day", "urgency", "kind", "positive", "entries"]
    await session.execute(
        _insert(dialect, DayTally).from_select(columns, rows).on_conflict_do_nothing()
    )
    for facet in FACETS:
        counts = facet_statement(facet, site, dialect, by_day=True).subquery()
        rows = select(
            literal(view.site_id), literal(facet), counts.c.day, counts.c.value, counts.c.n
        ).where(counts.c.day.between(first, last))
        columns = ["site_id", "facet", "day", "value", "entries"]
        await session.execute(
            _insert(dialect, FacetTally).from_select(columns, rows).on_conflict_do_nothing()
        )
