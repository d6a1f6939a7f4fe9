"""When it happened: officers' time phrases (English, French) resolved against the arrival time.

Our own rules read the common forms ("1430 hrs", "20 min ago", "hier soir vers 21 h",
"Saturday around 1900"; clocks in ``bot.triage.clock``, durations in ``bot.triage.durations``,
dates in
``bot.triage.dates``), which dateparser misreads ("at 1430" is the year 1430 to it); dateparser
reads
the vaguer phrases ("last week", "le mois dernier"), and is asked only when one is there,
because a call costs milliseconds and this runs on every message. Whatever the phrase, the
answer is never later than the arrival time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from bot.triage import clock, dates, durations

# ---- Lexicon -------------------------------------------------------------------------------

WEEKDAYS = {
    "monday": 0, "lundi": 0, "tuesday": 1, "mardi": 1, "wednesday": 2, "mercredi": 2,
    "thursday": 3, "jeudi": 3, "friday": 4, "vendredi": 4, "saturday": 5, "samedi": 5,
    "sunday": 6, "dimanche": 6,
}  # fmt: skip
# Short forms are also English words ("sat", "wed"): read only after "on" or "last".
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip


@dataclass(frozen=True)
class _Part:
    """A part of the day: a window of hours after midnight (past 24 runs into the next day)."""

    start: int
    end: int
    default: int


_NIGHT = _Part(18, 30, 23)
# Parts of the day, "early" and "late" ones first: the part named first in a text wins, and a
# modifier starts before the word it modifies ("late last night", "en début de soirée").
_EARLY = r"(?:early|t[ôo]t)\s+(?:(?:this|in\s+the|yesterday|ce|le|hier)\s+)?"
_LATE = r"(?:late|tard)\s+(?:(?:this|in\s+the|last|yesterday|ce|le|hier|dans\s+la)\s+)?"
PARTS = (
    (r"(?:wee|small)\s+hours", _Part(0, 6, 3)),
    (r"middle\s+of\s+the\s+(?:night|nite)|milieu\s+de\s+la\s+nuit|pleine\s+nuit",
     _Part(22, 29, 26)),
    (rf"{_EARLY}(?:morning|matin)|au\s+petit\s+matin|d[ée]but\s+de\s+(?:la\s+)?matin[ée]e",
     _Part(0, 10, 6)),
    (rf"{_LATE}(?:morning|matin(?:ée)?)|fin\s+de\s+(?:la\s+)?matin[ée]e", _Part(9, 12, 11)),
    (rf"{_EARLY}afternoon|d[ée]but\s+(?:de\s+l'|d')apr[eè]s[- ]midi", _Part(12, 15, 13)),
    (rf"{_LATE}afternoon|fin\s+(?:de\s+l'|d')apr[eè]s[- ]midi", _Part(15, 18, 16)),
    (rf"{_EARLY}(?:evening|soir(?:ée)?)|d[ée]but\s+de\s+(?:la\s+)?soir[ée]e", _Part(17, 21, 18)),
    (rf"{_LATE}(?:evening|night|soir(?:ée)?|nuit)|late\s+at\s+night"
     r"|fin\s+de\s+(?:la\s+)?soir[ée]e", _Part(21, 27, 23)),
    (r"morning|matin(?:ée|ee)?|this\s+a\.?m\b", _Part(0, 12, 8)),
    (r"afternoon|apr[eè]s[- ]midi|this\s+(?:p\.?m|aft)\b", _Part(12, 18, 14)),
    (r"evening|soir(?:ée|ee)?|tonight|tonite", _Part(17, 30, 19)),
    (r"night|nite|nuit|overnight", _NIGHT),
)  # fmt: skip
# Phrases naming a day by its distance from today; the longest phrases come first.
DAY_OFFSETS = (
    (r"(?:the\s+)?day\s+before\s+yesterday|avant[- ]hier", -2),
    (r"yesterday|yday|hier|last\s+(?:night|nite|evening)"
     r"|la\s+nuit\s+(?:derni[eè]re|pass[eé]e)", -1),
    (r"today|tdy|aujourd'?\s?hui|this\s+(?:morning|afternoon|aft|evening|a\.?m|p\.?m)\b"
     r"|ce\s+matin|cet\s+apr[eè]s[- ]midi|tant[ôo]t|earlier\s+today", 0),
)  # fmt: skip
TONIGHT = re.compile(r"\b(?:tonight|tonite|ce\s+soir|(?:à|a)\s+soir)\b")  # "à soir": Quebec
# "Right now", "en cours": now, whatever clock the note also names.
NOW_PHRASES = re.compile(
    r"\b(?:just\s+now|right\s+now|happening\s+now|as\s+we\s+speak|in\s+progress|moments?\s+ago"
    r"|seconds\s+ago|(?:à|a)\s+l'instant|en\s+ce\s+moment|pr[eé]sentement"
    r"|actuellement|en\s+cours|(?:vient|viens|viennent)\s+de|tout\s+juste)\b"
)
# "He just said", "just found": now only when no time is said ("at supper count he just said").
JUST_DONE = re.compile(
    r"\bjust\s+(?:happened|saw|found|heard|caught|told|said|hit|threw|took|got|came|went|punched"
    r"|dropped|[a-z]+ed\b)"
)

# Numbers that are not times of day: FPS numbers, cells, money, phones, quantities, durations.
NOISE = re.compile(
    r"(?<!\w)\d{6,7}\s?[a-z](?!\w)|(?<![\w:])\d{1,3}-\d{1,3}(?![\w:])|\$\s?\d[\d,.]*"
    r"|\d[\d,.]*\s?(?:\$|dollars?\b|bucks\b)|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|#\s?\d+"
    r"|\b(?:cells?|cellules?|cel|room|chambre|door|porte|bed|lit|bunk|ext|no\.?|n°|bus)\s*\d[\w-]*"
    # Ranges, units and yards have small numbers: four digits that make a 24-hour clock after one
    # ("yard 1430", "range 0915") are the time, as officers write it, not the place's number.
    r"|\b(?:units?|unités?|unite|ranges?|rangées?|rangee|pods?|tiers?|wing|aile|block|bloc|zone"
    r"|secteur|sector|post|poste|gate|yards?|cour|gym|gymnase|towers?|mirador|salle)"
    r"\s*(?!(?:[01]\d|2[0-3])[0-5]\d(?![\w-]))\d[\w-]*"
    r"|\b\d+(?:[.,]\d+)?\s?(?:x|times|fois|reprises|inm?s|inmates?|guys|gars|d[ée]tenus|people"
    r"|personnes|offenders?|staff|officers?|l|ml|mg|g|kg|lbs?|inch(?:es)?|cm|mm|ft|feet|km|%|ans"
    r"|years?|yrs?|months?|mois|nights?|nuits?|sessions?|modules?|pills?|pilules|e|er|ème|eme"
    r"|st|nd|rd|th)\b"
    rf"|\b(?:for|pendant|durant|over|every|each|chaque|toutes\s+les|depuis)\s+(?:the\s+(?:last|past)"
    rf"\s+)?(?:{durations.NUMBER})\s*(?:{durations.UNIT})(?![\w'])"
)
_FUTURE_CLOCK = (
    r"(?:[\s,]+(?:at|around|@|by|à|a|vers|before|after|avant|après)?\s*\d{1,4}"
    r"(?:[:h]\s?\d{2})?(?:\s?h\b|\s?[ap]\.?m\b\.?)?)?"
)
FUTURE = re.compile(
    r"\b(?:tomorrow|tmrw|tmr|(?:apr[eè]s-)?demain|next\s+\w+|coming\s+\w+|semaine\s+prochaine"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+prochain|prochaine?\s+\w+"
    rf"|(?:in|dans|within)\s+(?:{durations.NUMBER})\s*(?:{durations.UNIT})(?![\w']))"
    r"(?:[\s,]+(?:morning|afternoon|evening|night|matin|apr[eè]s[- ]midi|soir|am|pm)\b)?"
    + _FUTURE_CLOCK
)
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WEEKDAY_SHORT = "|".join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True))
WEEKDAY = re.compile(
    rf"\b(?P<last>(?:last|past|previous)\s+)?(?P<on>on\s+)?(?:(?P<day>{_WEEKDAY})"
    rf"|(?P<short>{_WEEKDAY_SHORT})\.?)\b(?P<dernier>\s+(?:derni[eè]re?|pass[ée]e?))?"
)
# "Thursday last week", "jeudi de la semaine dernière": the weekday of the week before this one.
LAST_WEEK = re.compile(
    r"\b(?:last|past|previous)\s+week\b|\bsemaine\s+(?:derni[eè]re|pass[ée]e)\b"
)
# A whole part of the day, a week, or a habit is a span, not a moment: "up all night", "refuses
# his evening meds every day" say no time; a part of the day named beside one is a routine.
SPANS = re.compile(
    r"\b(?:all|the\s+(?:whole|entire)|throughout\s+the)\s+(?:night|nite|day|morning|afternoon"
    r"|evening|shift|week|weekend|month)(?:\s+long)?\b|\btoute\s+la\s+(?:nuit|journ[ée]e"
    r"|matin[ée]e|soir[ée]e|semaine|fin\s+de\s+semaine)\b|\btout\s+(?:l'apr[eè]s[- ]midi"
    r"|le\s+mois)\b|\b(?:every|each|chaque)\s+(?:single\s+)?(?:day|night|morning|afternoon"
    r"|evening|time|shift|jour|nuit|matin|soir|fois|quart)\b|\b(?:tous|toutes)\s+les\s+(?:jours"
    r"|nuits|matins|soirs|fois)\b|\b(?:nightly|daily|lately|ces\s+temps?[- ]ci"
    r"|(?:for|depuis\s+des)\s+(?:days|weeks|jours|semaines))\b"
)
_SPAN_WORDS = frozenset(
    "all whole entire throughout toute tout every each chaque tous toutes nightly daily lately "
    "temps for depuis".split()
)
FALLBACK = re.compile(
    r"\b(?:(?:last|past|previous)\s+(?:week|weekend|month)|la\s+semaine\s+(?:derni[eè]re"
    r"|pass[eé]e)|le\s+mois\s+(?:dernier|pass[eé])|la\s+fin\s+de\s+semaine\s+(?:derni[eè]re"
    r"|pass[eé]e))\b"
)
_LOOKBACK = timedelta(days=400)  # a fallback reading older than this is a misreading
# One scan each: the leftmost phrase wins, and at one place the one listed first.
_PART_PATTERN = re.compile(
    "|".join(rf"(?P<p{index}>\b(?:{pattern})\b)" for index, (pattern, _) in enumerate(PARTS))
)
_DAY_PATTERN = re.compile(
    "|".join(rf"(?P<d{index}>\b(?:{pattern})\b)" for index, (pattern, _) in enumerate(DAY_OFFSETS))
)
_TRANSLATE = str.maketrans(  # non-ASCII characters only: an ASCII text is left as it is
    {"\u2019": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
    | dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff")
)
_DIGIT = re.compile(r"\d")
# Words at least one of which every rule above needs when the text has no digit: most notes
# name no time, and this lets them skip the rules (tests/test_when.py runs the rules' phrases).
# Each rule is tried only when the text has one of its words (texts without a digit).
_NOW_WORDS = frozenset(
    "just right now happening speak progress moment moments seconds instant cours présentement "
    "presentement actuellement vient viens viennent juste".split()
)
_PART_WORDS = frozenset(
    "morning matin matinée matinee am pm a.m p.m afternoon après apres midi evening soir soirée "
    "soiree tonight tonite night nite nuit overnight wee small aft".split()
)
_DAY_WORDS = frozenset("yesterday yday hier today tdy aujourd tantôt tantot".split()) | _PART_WORDS
_WEEKDAY_WORDS = frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBREVIATIONS)
_FALLBACK_WORDS = frozenset("week weekend month semaine mois".split())
# FUTURE is tried only if the text has one of these words, or these letters anywhere (its
# "tomorrow" may run on into a longer word).
_FUTURE_WORDS = frozenset("next coming prochain prochaine in dans within".split())
_FUTURE_PREFIXES = ("tomorrow", "tmr", "demain")
_TIME_WORDS = (
    frozenset({"ago", "y", "fait"})
    | _NOW_WORDS
    | _DAY_WORDS
    | _WEEKDAY_WORDS
    | clock.TRIGGERS
    | _FALLBACK_WORDS
)
_WORDS = re.compile(r"[^\W\d_]+(?:\.[a-z](?!\w))?")

# ---- Reading -------------------------------------------------------------------------------


def _without_future(text: str) -> str:
    """The text with future phrases blanked out, and the clock said right after each one
    ("tomorrow at nine"): what is still to come is not what happened."""
    for match in FUTURE.finditer(text):
        end = match.end() + clock.length_at(text, match.end())
        text = f"{text[: match.start()]}{' ' * (end - match.start())}{text[end:]}"
    return text


def _weekday(text: str) -> re.Match[str] | None:
    """The first weekday named; a short form only after "on" or "last" ("sat" is a verb)."""
    return next(
        (
            match
            for match in WEEKDAY.finditer(text)
            if match.group("day") or match.group("on") or match.group("last")
        ),
        None,
    )


def _weekday_candidates(match: re.Match[str], today: date, text: str) -> tuple[date, ...]:
    """The last two dates with the weekday named (today counts as the most recent, unless it
    is "last Thursday" or "jeudi dernier"); in "last week", that week's."""
    name = match.group("day") or match.group("short")
    weekday = WEEKDAYS.get(name, WEEKDAY_ABBREVIATIONS.get(name, 0))
    if LAST_WEEK.search(text):
        return (today - timedelta(days=today.weekday() + 7 - weekday),)
    recent = today - timedelta(days=(today.weekday() - weekday) % 7)
    if recent == today and (match.group("last") or match.group("dernier")):
        return (today - timedelta(days=7),)
    return (recent, recent - timedelta(days=7))


@dataclass(frozen=True)
class _Reading:
    """What the rules read from one text: candidate days, part of the day, time of day."""

    days: tuple[date, ...] | None
    part: _Part | None
    clock: clock.Clock | None


def _first_part(text: str) -> _Part | None:
    """The part of the day named first: the observation usually comes before the back-story."""
    match = _PART_PATTERN.search(text)
    return PARTS[int(match.lastgroup[1:])][1] if match and match.lastgroup else None


def _read(text: str, now: datetime, words: frozenset[str]) -> _Reading:
    """The day, part of day and clock a normalised text names."""
    today = now.date()
    digits = _DIGIT.search(text) is not None
    days, text = dates.dates_in(text, today, words) if digits else (None, text)
    if digits:
        text = NOISE.sub(lambda match: " " * len(match.group()), text)
    if not _FUTURE_WORDS.isdisjoint(words) or any(word in text for word in _FUTURE_PREFIXES):
        text = _without_future(text)
    spans = 0
    if not _SPAN_WORDS.isdisjoint(words):
        text, spans = SPANS.subn(lambda match: " " * len(match.group()), text)
    # Most numbers are not times ("482913K", "cell 2-14", "3 guys"): with them blanked out,
    # the clock patterns are tried only if a digit is left.
    digits = digits and _DIGIT.search(text) is not None
    part = _first_part(text) if not _PART_WORDS.isdisjoint(words) else None
    named_day = not (_DAY_WORDS.isdisjoint(words) and _WEEKDAY_WORDS.isdisjoint(words))
    if days is None and named_day:
        if TONIGHT.search(text):
            days = (today if now.hour >= 6 else today - timedelta(days=1),)
        else:
            # The day named first: "last Tuesday at 4:40 ... the source told me today".
            offset = _DAY_PATTERN.search(text)
            weekday = _weekday(text)
            if weekday and (offset is None or weekday.start() < offset.start()):
                days = _weekday_candidates(weekday, today, text)
            elif offset and offset.lastgroup:
                days = (today + timedelta(days=DAY_OFFSETS[int(offset.lastgroup[1:])][1]),)
    said = clock.first_clock(text, words, digits)
    if spans and days is None and said is None:
        part = None  # "his evening meds, all week": a routine, not a moment
    return _Reading(days, part, said)


# ---- Resolving -----------------------------------------------------------------------------


def _local(moment: datetime, zone: ZoneInfo, fold: int = 0) -> datetime:
    """A wall-clock time in the zone, made real (a time skipped by DST moves forward)."""
    return datetime.fromtimestamp(moment.replace(tzinfo=zone, fold=fold).timestamp(), zone)


def _moments(reading: _Reading, part: _Part | None, now: datetime) -> list[datetime]:
    """Wall-clock moments on the candidate days that fit the part of day and the clock."""
    today = now.date()
    wall_now = now.replace(tzinfo=None)
    moments: list[datetime] = []
    for day in reading.days or (today, today - timedelta(days=1)):
        midnight = datetime.combine(day, time())
        start = midnight + timedelta(hours=part.start if part else 0)
        end = midnight + timedelta(hours=part.end if part else 24)
        if reading.clock is None:
            if start <= wall_now:
                default = midnight + timedelta(hours=part.default if part else 12)
                moments.append(wall_now if day == today and not part else min(default, wall_now))
            continue
        said = reading.clock
        hours = {said.hour}
        # A part of the day picks the half of an hour up to 12, unless the clock's own words did.
        if said.twelve_hour or (part and said.hour <= 12 and not said.half_given):
            hours.add((said.hour + 12) % 24)
        for shift in (0, 1):
            for hour in hours:
                moment = midnight + timedelta(days=shift, hours=hour, minutes=said.minute)
                if start <= moment < end:
                    moments.append(moment)
    return moments


def _resolve(reading: _Reading, now: datetime, zone: ZoneInfo) -> datetime | None:
    """The most recent moment, not after now, that fits the day, part of day and clock read."""
    part = reading.part
    if part is None and reading.clock and reading.clock.ends_the_day:
        part = _NIGHT
    moments = _moments(reading, part, now)
    if not moments and reading.clock and reading.part and not reading.clock.twelve_hour:
        # "this morning at 1430" contradicts itself: a 24-hour clock is the more precise of the
        # two. "tonight at 9" before 9 pm is not read as 9 am: never the other half of the day.
        moments = _moments(reading, None, now)
    # Compare instants, not wall clocks; try both folds: the autumn hour happens twice.
    real = [_local(moment, zone, fold) for moment in moments for fold in (0, 1)]
    past = [moment for moment in real if moment.timestamp() <= now.timestamp()]
    return max(past, key=datetime.timestamp, default=None)


@cache
def _zone(tz: str) -> ZoneInfo:
    return ZoneInfo(tz)


def _fallback(text: str, words: frozenset[str], now: datetime, zone: ZoneInfo) -> datetime | None:
    """dateparser's reading of the vaguer phrases ("last week"), kept only if plausible; asked
    only when one is there (a call costs milliseconds)."""
    match = FALLBACK.search(text) if not _FALLBACK_WORDS.isdisjoint(words) else None
    if not match:
        return None
    import dateparser

    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    moment = dateparser.parse(match.group(), languages=["en", "fr"], settings=settings)
    if moment is None:
        return None
    local = _local(moment, zone)
    earliest = now.timestamp() - _LOOKBACK.total_seconds()
    return local if earliest <= local.timestamp() <= now.timestamp() else None


def _on_day_back(
    text: str, before: durations.Ago, now: datetime, zone: ZoneInfo, words: frozenset[str]
) -> datetime | None:
    """The clock or part of the day said with "two days ago" / "il y a 3 jours", on that day
    ("2 days ago around 9 pm"; "two nights ago" is at night); None if the text says neither."""
    rest = f"{text[: before.start]}{' ' * (before.end - before.start)}{text[before.end :]}"
    reading = _read(rest, now, words)
    part = reading.part or (_NIGHT if before.nights else None)
    if reading.clock is None and part is None:
        return None
    back = (now.astimezone(UTC) - before.length).astimezone(zone)
    return _resolve(_Reading((back.date(),), part, reading.clock), now, zone)


def parse_when(text: str, *, now: datetime, tz: str) -> datetime | None:
    """When the text says it happened, in zone ``tz``, never after ``now``; None if unsaid."""
    zone = _zone(tz)
    now = now.replace(tzinfo=zone) if now.tzinfo is None else now.astimezone(zone)
    plain = (text if text.isascii() else text.translate(_TRANSLATE)).lower()
    words = frozenset(_WORDS.findall(plain))
    if _TIME_WORDS.isdisjoint(words) and not _DIGIT.search(plain):
        return None
    if (before := durations.ago(plain)) is not None:
        # Subtract in UTC: wall-clock arithmetic would be an hour off across a DST change.
        back = (now.astimezone(UTC) - before.length).astimezone(zone)
        if before.length >= timedelta(days=1):
            return _on_day_back(plain, before, now, zone, words) or back
        return back
    now_words = not _NOW_WORDS.isdisjoint(words)
    if now_words and NOW_PHRASES.search(plain):
        return now
    just_done = now_words and JUST_DONE.search(plain) is not None
    reading = _read(plain, now, words)
    if reading.days is None and reading.part is None and reading.clock is None:
        # "he just told me": now, unless a time was said ("at supper count he just said...").
        return now if just_done else _fallback(plain, words, now, zone)
    return _resolve(reading, now, zone)


def warm_up() -> None:
    """Load dateparser's language data now, so the first officer's message is not the slow one."""
    parse_when("la semaine dernière", now=datetime(2026, 1, 1, 12), tz="UTC")
    parse_when("last week", now=datetime(2026, 1, 1, 12), tz="UTC")
