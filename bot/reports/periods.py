"""Report periods from natural words, in English or French, as [start, end) in the site's zone.

``/summary last week unit 4`` and ``/summary du 1 au 15 novembre`` both end here. Phrases are
data (the tables below); the code reads them. A period never ends after "now", and a unit filter
("unit 4", "unité 4B") is taken out of the text before the period is read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.refusal import Refusal
from bot.triage.dates import MONTHS
from bot.triage.when import WEEKDAY_ABBREVIATIONS
from bot.triage.when import WEEKDAYS as WEEKDAY_NAMES
from storage.zones import zone_of

SHIFT_STARTS = (time(7, 0), time(19, 0))  # the two 12-hour shifts, local time
MAX_DAYS = 800  # a little over the two years records are kept online

# Month and weekday names are capture's (``bot.triage``): a manager's "october" or "depuis
# lundi" is read by the tables that read an officer's "le 5 octobre" or "since Monday".
WEEKDAYS: dict[str, int] = {**WEEKDAY_NAMES, **WEEKDAY_ABBREVIATIONS}

_Span = tuple[datetime, datetime]


def _midnight(day: date, now: datetime) -> datetime:
    """Local midnight starting ``day``, in the zone of ``now``."""
    return datetime.combine(day, time(0), tzinfo=now.tzinfo)


def _today(now: datetime) -> _Span:
    return _midnight(now.date(), now), now


def _yesterday(now: datetime) -> _Span:
    today = _midnight(now.date(), now)
    return _midnight(now.date() - timedelta(days=1), now), today


def _shift(now: datetime) -> _Span:
    """The 12-hour shift under way: day 07:00-19:00, night 19:00-07:00."""
    starts = [
        datetime.combine(now.date() + timedelta(days=d), s, tzinfo=now.tzinfo)
        for d in (-1, 0)
        for s in SHIFT_STARTS
    ]
    return max(s for s in starts if s <= now), now


def _this_week(now: datetime) -> _Span:
    return _midnight(now.date() - timedelta(days=now.weekday()), now), now


def _last_week(now: datetime) -> _Span:
    monday = now.date() - timedelta(days=now.weekday())
    return _midnight(monday - timedelta(days=7), now), _midnight(monday, now)


def _this_month(now: datetime) -> _Span:
    return _midnight(now.date().replace(day=1), now), now


def _last_month(now: datetime) -> _Span:
    first = now.date().replace(day=1)
    previous = (first - timedelta(days=1)).replace(day=1)
    return _midnight(previous, now), _midnight(first, now)


def _last_24_hours(now: datetime) -> _Span:
    return now - timedelta(hours=24), now


# Whole phrases (accents and apostrophes folded away, spaces collapsed) -> the span they name.
NAMED: dict[str, Callable[[datetime], _Span]] = {
    **dict.fromkeys(("", "today", "aujourd hui", "aujourdhui", "ce jour"), _today),
    **dict.fromkeys(("yesterday", "hier"), _yesterday),
    **dict.fromkeys(
        ("this shift", "shift", "current shift", "ce quart", "quart", "ce quart de travail"),
        _shift,
    ),
    **dict.fromkeys(("this week", "cette semaine"), _this_week),
    **dict.fromkeys(
        (
            "last week",
            "previous week",
            "la semaine derniere",
            "semaine derniere",
            "la semaine passee",
            "semaine passee",
        ),
        _last_week,
    ),
    **dict.fromkeys(("this month", "ce mois", "ce mois ci"), _this_month),
    **dict.fromkeys(
        ("last month", "previous month", "le mois dernier", "mois dernier", "le mois passe"),
        _last_month,
    ),
    **dict.fromkeys(
        (
            "last 24 hours",
            "last 24h",
            "24h",
            "past 24 hours",
            "les dernieres 24 heures",
            "dernieres 24 heures",
            "les 24 dernieres heures",
        ),
        _last_24_hours,
    ),
}

_LAST_DAYS = re.compile(
    r"(?:(?:last|past) (\d{1,3}) days?|(?:les |ces )?(\d{1,3}) derniers jours)"
)
_SINCE = re.compile(r"(?:since|depuis) (?:le |la )?(.+)")
_RANGE = re.compile(
    r"(?:from |du |de |between |entre )?(?:le )?(.+?) (?:to|until|au|a|and|et|-) (?:le )?(.+)"
)
_ON_DAY = re.compile(r"^(?:on|le) ")
_UNIT = re.compile(r"\bunit[eé]?\s*([0-9]{1,3}[a-z]?|[a-z])\b", re.IGNORECASE)
# A unit named alone ("/summary 4B"), read as one only when the words name no period with it.
_BARE_UNIT = re.compile(r"(?<![\w-])([0-9]{1,3}[a-z])(?![\w-])", re.IGNORECASE)
# Words around a period that name none ("summary for October", "résumé du mois d'octobre").
_FILLER = re.compile(
    r"^(?:(?:for|in|of|over|during|the|month|pour|en|de|d|du|des|pendant|sur|mois|le|la)"
    r"(?: |$))+"
)
_MONTH_NAME = re.compile(r"([a-z]+)\.?(?: (\d{4}))?")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:er|st|nd|rd|th)? ([a-z]+)\.?(?: (\d{4}))?")
_MONTH_DAY = re.compile(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?")
_DAY_ONLY = re.compile(r"(\d{1,2})(?:er|st|nd|rd|th)?")


class PeriodError(Refusal):
    """The words do not name a period we can read (or name one in the future): a refusal the
    user reads as "summary.bad_period", which the command line words its own way."""

    def __init__(self, words: str) -> None:
        super().__init__("summary.bad_period")
        self.words = words


@dataclass(frozen=True)
class Period:
    """A reporting window [start, end) in UTC, with the zone it was read in and a unit filter."""

    start: datetime
    end: datetime
    tz: str
    unit: str | None = None

    @property
    def zone(self) -> ZoneInfo:
        """The time zone the period was read in."""
        return zone_of(self.tz)

    @property
    def first_day(self) -> date:
        """The local date the period starts on."""
        return self.start.astimezone(self.zone).date()

    @property
    def last_day(self) -> date:
        """The local date of the period's last moment."""
        return (self.end - timedelta(microseconds=1)).astimezone(self.zone).date()


@dataclass(frozen=True)
class _Day:
    day: int
    month: int | None
    year: int | None


def fold(text: str) -> str:
    """Lower case, accents and apostrophes gone, spaces collapsed: how phrases are compared."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’`]", " ", text)
    return " ".join(text.replace(",", " ").split())


def split_unit(text: str) -> tuple[str, str | None]:
    """The text without its unit filter, and the unit ("unit 4b" -> "4B"), if any."""
    return _without(text, _UNIT.search(text))


def _without(text: str, found: re.Match[str] | None) -> tuple[str, str | None]:
    if found is None:
        return text, None
    rest = f"{text[: found.start()]} {text[found.end() :]}"
    return " ".join(rest.split()), found.group(1).upper()


def _readings(text: str) -> list[tuple[str, str | None]]:
    """The ways to split the words into a period and a unit, the likelier first: "unit 4B"
    wherever it is; else the words as they are; else a lone "4B" as the unit."""
    rest, unit = split_unit(text)
    if unit is not None:
        return [(rest, unit)]
    bare = _BARE_UNIT.search(text)
    return [(text, None), _without(text, bare)] if bare else [(text, None)]


def _day_of(words: str) -> _Day | None:
    """A date as written: ``2026-11-01``, ``nov 1``, ``1er novembre 2026``, or a bare ``15``."""
    if match := _ISO.fullmatch(words):
        return _Day(int(match[3]), int(match[2]), int(match[1]))
    if (match := _DAY_MONTH.fullmatch(words)) and match[2] in MONTHS:
        return _Day(int(match[1]), MONTHS[match[2]], int(match[3]) if match[3] else None)
    if (match := _MONTH_DAY.fullmatch(words)) and match[1] in MONTHS:
        return _Day(int(match[2]), MONTHS[match[1]], int(match[3]) if match[3] else None)
    if match := _DAY_ONLY.fullmatch(words):
        return _Day(int(match[1]), None, None)
    return None


def _calendar(day: _Day, month: int, year: int) -> date:
    try:
        return date(year, month, day.day)
    except ValueError as error:
        raise PeriodError(str(error)) from error


def _resolve(first: _Day, last: _Day, today: date) -> tuple[date, date]:
    """Both ends as dates: a missing month is borrowed from the other end; a missing year is this
    year unless that puts the start in the future ("du 1 au 15 novembre" read in January)."""
    month_first = first.month or last.month
    month_last = last.month or first.month
    if month_first is None or month_last is None:
        raise PeriodError("no month")
    year = first.year or last.year or today.year
    start = _calendar(first, month_first, year)
    if first.year is None and last.year is None and start > today:
        start = _calendar(first, month_first, year - 1)
    end = _calendar(last, month_last, last.year or start.year)
    if end < start and last.year is None:
        end = _calendar(last, month_last, start.year + 1)
    return start, end


def _dated(words: str, now: datetime) -> _Span | None:
    """Spans written with dates: "from nov 1 to nov 15", "since nov 3", "le 4 novembre"."""
    today = now.date()
    if match := _SINCE.fullmatch(words):
        target = match[1]
        if target in WEEKDAYS:
            back = (today.weekday() - WEEKDAYS[target]) % 7
            return _midnight(today - timedelta(days=back), now), now
        day = _day_of(target)
        if day is None or day.month is None:
            return None
        start, _ = _resolve(day, day, today)
        return _midnight(start, now), now
    if (match := _RANGE.fullmatch(words)) and (ends := (_day_of(match[1]), _day_of(match[2]))):
        if ends[0] is not None and ends[1] is not None:
            start, end = _resolve(ends[0], ends[1], today)
            next_day = end + timedelta(days=1)
            return _midnight(start, now), _midnight(next_day, now)
    day = _day_of(_ON_DAY.sub("", words))
    if day is not None and day.month is not None:
        start, _ = _resolve(day, day, today)
        return _midnight(start, now), _midnight(start + timedelta(days=1), now)
    return None


def _month(words: str, now: datetime) -> _Span | None:
    """A month named alone ("october", "octobre 2025"): the latest one begun, unless a year is
    given."""
    match = _MONTH_NAME.fullmatch(words)
    if match is None or match[1] not in MONTHS:
        return None
    month = MONTHS[match[1]]
    year = int(match[2]) if match[2] else now.year - (month > now.month)
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return _midnight(first, now), _midnight(following, now)


def _read_span(words: str, now: datetime) -> _Span | None:
    if words in NAMED:
        return NAMED[words](now)
    if match := _LAST_DAYS.fullmatch(words):
        days = int(match[1] or match[2])
        if not 1 <= days <= MAX_DAYS:
            raise PeriodError(words)
        first = now.date() - timedelta(days=days - 1)
        return _midnight(first, now), now
    return _month(words, now) or _dated(words, now)


def _span(words: str, now: datetime) -> _Span:
    """The span the folded words name, with or without the words around it that name none."""
    for candidate in dict.fromkeys((words, _FILLER.sub("", words).strip())):
        if (span := _read_span(candidate, now)) is not None:
            return span
    raise PeriodError(words)


def _span_and_unit(text: str, now: datetime) -> tuple[_Span, str | None]:
    """The first reading of the words that names a period, with its unit."""
    for rest, unit in _readings(unicodedata.normalize("NFC", text)):
        try:
            return _span(fold(rest), now), unit
        except PeriodError:
            continue
    raise PeriodError(text)


def parse_period(text: str, *, now: datetime, tz: str) -> Period:
    """The period (and unit filter) named by ``text``, read at ``now`` in the zone ``tz``.

    Empty text is today. The end is never later than ``now``; a period that would start in the
    future, end before it starts or last longer than ``MAX_DAYS`` is refused with PeriodError.
    """
    local_now = now.astimezone(zone_of(tz))
    (start, end), unit = _span_and_unit(text, local_now)
    end = min(end, local_now)
    if start >= end or (end - start).days > MAX_DAYS:
        raise PeriodError(text)
    return Period(start=start.astimezone(UTC), end=end.astimezone(UTC), tz=tz, unit=unit)


def period_between(first: date, last: date, *, now: datetime, tz: str) -> Period:
    """The local days ``first`` to ``last`` inclusive (the CLI's ``--from``/``--to``)."""
    local_now = now.astimezone(zone_of(tz))
    start = _midnight(first, local_now)
    end = min(_midnight(last + timedelta(days=1), local_now), local_now)
    if start >= end:
        raise PeriodError(f"{first} {last}")
    return Period(start=start.astimezone(UTC), end=end.astimezone(UTC), tz=tz)
