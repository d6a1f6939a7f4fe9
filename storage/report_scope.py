"""Which entries a report reads (``View``), and the SQL pieces every report query shares.

Reports (``summary_queries``, ``history_queries``, ``export_queries``) group and filter in SQL,
never by looping over rows in Python, and the same statements run on SQLite and PostgreSQL;
where the dialects differ (JSON arrays, local dates, durations, patterns) a small expression
builder here picks the form. A record counts once: its first version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Date,
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

from storage.models import Entry, EntryOffender, Offender
from storage.vocabulary import RECORDED, Route
from storage.zones import zone_of

COUNTED = RECORDED
# CD 568-2: information about a staff member reaches security intelligence only.
STAFF_CONCERN_ROUTE = Route.SECURITY_INTELLIGENCE


@dataclass(frozen=True)
class View:
    """Which entries a report reads: one site, a window, the reader's scope (any of them) and
    filters (all of them). Staff-concern records are in the scope of their author and of
    security intelligence only, as ``bot.people.authz.may_see`` says for one record."""

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
    routed_to: str | None = None  # only entries sent to this route
    # Only information about staff: the part of a reader's scope that site tallies leave out.
    about_staff_only: bool = False

    @property
    def zone(self) -> ZoneInfo:
        """The time zone the window's days are read in."""
        return zone_of(self.tz)


def dialect_of(session: AsyncSession) -> str:
    """The session's SQL dialect name ("sqlite", "postgresql")."""
    return session.get_bind().dialect.name


def json_elements(dialect: str, column: Any) -> Any:
    """The strings of a JSON array column, as a table with one ``value`` column."""
    name = "json_array_elements_text" if dialect == "postgresql" else "json_each"
    return getattr(func, name)(column).table_valued("value")


def reason_concept(dialect: str, value: Any) -> ColumnElement[str]:
    """The concept part of a triage reason ("weapon: shank" -> "weapon")."""
    if dialect == "postgresql":
        return func.trim(func.split_part(value, ":", 1))
    colon = func.instr(value, ":")
    return func.trim(case((colon > 0, func.substr(value, 1, colon - 1)), else_=value))


def _zone_offsets(tz: str, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """The zone's UTC offset in minutes over [start, end): (valid until, minutes) pieces."""
    zone = zone_of(tz)

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


def local_day(dialect: str, column: Any, view: View) -> Any:
    """The local date of a UTC timestamp in the site's zone (clock changes included)."""
    if dialect == "postgresql":
        return func.date(func.timezone(view.tz, column), type_=Date)
    pieces = _zone_offsets(view.tz, view.start, view.end)
    shifts = [(column < until, literal(f"{minutes:+d} minutes")) for until, minutes in pieces]
    shift = case(*shifts[:-1], else_=shifts[-1][1]) if len(shifts) > 1 else shifts[0][1]
    return func.date(column, shift, type_=Date)


def seconds_between(dialect: str, later: Any, earlier: Any) -> Any:
    """Seconds between two timestamps."""
    if dialect == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def unit_match(dialect: str, column: Any, unit: str, *, whole: bool) -> ColumnElement[bool]:
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


def _routed(route: str) -> ColumnElement[bool]:
    # Route names are quoted JSON strings; none is quoted inside another.
    return cast(Entry.routes, Text).like(f'%"{route}"%')


def in_scope(view: View, dialect: str) -> list[ColumnElement[bool]]:
    """The reader's scope and the filters, on ``Entry`` (authz.py: any allowed scope counts)."""
    not_about_staff = Entry.staff_concern == false()
    allowed: list[ColumnElement[bool]] = [not_about_staff] if view.site_wide else []
    if view.officer_id is not None:
        allowed.append(Entry.officer_id == view.officer_id)
    for route in view.routes:
        routed = _routed(route)
        allowed.append(routed if route == STAFF_CONCERN_ROUTE else and_(routed, not_about_staff))
    if view.caseload is not None:
        caseload = view.caseload
        on_caseload = _names(lambda fps: fps.in_(caseload)) if caseload else false()
        allowed.append(and_(on_caseload, not_about_staff))
    conditions = [Entry.site_id == view.site_id, or_(*allowed) if allowed else false()]
    if view.routed_to is not None:
        conditions.append(_routed(view.routed_to))
    if view.about_staff_only:
        conditions.append(Entry.staff_concern == true())
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
                unit_match(dialect, person.unit, view.unit, whole=True),
            )
        )
        place = unit_match(dialect, Entry.place, view.unit, whole=False)
        conditions.append(or_(place, on_unit.exists()))
    return conditions


def counted(view: View, dialect: str) -> list[ColumnElement[bool]]:
    """Entries a report counts: first versions submitted in the window, in the reader's scope."""
    return [
        *in_scope(view, dialect),
        Entry.version == 1,
        Entry.status.in_(COUNTED),
        Entry.submitted_at >= view.start,
        Entry.submitted_at < view.end,
    ]


def contacts(site_id: int) -> list[ColumnElement[bool]]:
    """Entries that count as staff contact with the offenders they name (dynamic security is
    regular contact). Information about a staff member is not contact with an offender, and
    its date must not surface where the record itself may not be seen (CD 568-2)."""
    return [
        Entry.site_id == site_id,
        Entry.status.in_(COUNTED),
        Entry.staff_concern == false(),
    ]


def roster_name(surname: str | None, given: str | None) -> str:
    """A roster name as reports print it: "SURNAME, Given"."""
    return f"{(surname or '').upper()}, {given or ''}".strip(", ")


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
