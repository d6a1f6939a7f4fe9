"""Calendar dates as officers write them ("Feb 3", "le 5 mars", "2026-03-12", "12/03/26",
"on the 14th"): the days they may mean, this year or last, never one still to come."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "janvier": 1, "janv": 1, "february": 2, "feb": 2, "février": 2,
    "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "march": 3, "mar": 3, "mars": 3,
    "april": 4, "apr": 4, "avril": 4, "avr": 4, "may": 5, "mai": 5, "june": 6, "jun": 6,
    "juin": 6, "july": 7, "jul": 7, "juillet": 7, "juil": 7, "august": 8, "aug": 8, "août": 8,
    "aout": 8, "september": 9, "sept": 9, "sep": 9, "septembre": 9, "october": 10, "oct": 10,
    "octobre": 10, "november": 11, "nov": 11, "novembre": 11, "december": 12, "dec": 12,
    "décembre": 12, "decembre": 12, "déc": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_MONTH_WORDS = frozenset(MONTHS)
# (words, pattern): a pattern is tried only if the text has one of its words (or it has none);
# the first pattern that matches gives the date.
DATES: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (_MONTH_WORDS,
     re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                r"(?:,?\s+(?P<year>\d{4})\b)?")),
    (frozenset(),  # always: in "5 dec.a" its month is read, yet the word is "dec.a"
     re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|e)?\s+(?:of\s+)?(?P<month>{_MONTH})\b\.?"
                r"(?:\s+(?P<year>\d{4})\b)?")),
    (frozenset(), re.compile(r"\b(?P<year>20\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b")),
    (frozenset(),
     re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>20\d{2}|\d{2})\b"
                r"(?P<either>)")),
    (frozenset({"the"}), re.compile(r"\bon\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b")),
)  # fmt: skip


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_candidates(groups: dict[str, str | None], today: date) -> tuple[date, ...]:
    """The dates a written date may mean: this year or last, day/month either way round."""
    day = int(groups["day"] or 0)
    month = groups.get("month")
    if month is None:  # "on the 14th": this month or the one before
        before = today.replace(day=1) - timedelta(days=1)
        found = [
            _safe_date(today.year, today.month, day),
            _safe_date(before.year, before.month, day),
        ]
        return tuple(candidate for candidate in found if candidate)
    number = MONTHS[month] if month in MONTHS else int(month)
    readings = (
        [(number, day), (day, number)] if groups.get("either") is not None else [(number, day)]
    )
    year = groups.get("year")
    if year:
        years = [int(year) + (2000 if len(year) == 2 else 0)]
    else:
        # A date without a year is this year's, unless that is still to come.
        years = [today.year if (number, day) <= (today.month, today.day) else today.year - 1]
    found = [_safe_date(y, m, d) for y in years for m, d in readings]
    return tuple(candidate for candidate in found if candidate)


def dates_in(text: str, today: date, words: frozenset[str]) -> tuple[tuple[date, ...] | None, str]:
    """The days the first calendar date in a lower-case text may mean, and the text with that
    date blanked out so that no clock rule reads its numbers (``words``: the text's words)."""
    for needed, pattern in DATES:
        match = pattern.search(text) if not needed or not needed.isdisjoint(words) else None
        if match:
            return (_date_candidates(match.groupdict(), today) or None), _blanked(text, match)
    return None, text


def _blanked(text: str, match: re.Match[str]) -> str:
    """The text with a read phrase blanked out, so that no later rule reads it again."""
    return f"{text[: match.start()]}{' ' * (match.end() - match.start())}{text[match.end() :]}"
