"""How long ago: durations as officers write them ("20 min ago", "an hour and a half ago",
"il y a une demi-heure", "ça fait 1 h 30"), in any number word of English or French."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from bot.triage.number_words import SPELLED, alternatives

# Counts of a duration: the number words 1-59 of both languages, and the vaguer ones.
NUMBER_WORDS = SPELLED | {
    "a": 1, "an": 1, "a few": 3, "few": 3, "a couple of": 2, "a couple": 2, "couple of": 2,
    "couple": 2, "several": 3, "half": 0.5, "half an": 0.5, "half a": 0.5, "a half": 0.5,
    "a quarter of an": 0.25, "quarter of an": 0.25, "three quarters of an": 0.75,
    "quelques": 3, "une couple de": 2, "un couple de": 2, "une demi": 0.5, "un quart d'": 0.25,
    "trois quarts d'": 0.75,
}  # fmt: skip
UNIT_MINUTES = {
    "seconds": 1 / 60, "second": 1 / 60, "secondes": 1 / 60, "seconde": 1 / 60, "secs": 1 / 60,
    "sec": 1 / 60, "minutes": 1, "minute": 1, "mins": 1, "min": 1, "mn": 1, "m": 1,
    "demi-heures": 30, "demi-heure": 30, "hours": 60, "hour": 60, "heures": 60, "heure": 60,
    "hrs": 60, "hr": 60, "hres": 60, "hre": 60, "h": 60, "days": 1440, "day": 1440,
    "jours": 1440, "jour": 1440, "weeks": 10080, "week": 10080, "wks": 10080, "wk": 10080,
    "semaines": 10080, "semaine": 10080, "nights": 1440, "night": 1440, "nuits": 1440,
    "nuit": 1440,
}  # fmt: skip
_NIGHTS = frozenset({"nights", "night", "nuits", "nuit"})
NUMBER = rf"\d+(?:[.,]\d+)?|{alternatives(NUMBER_WORDS)}"
UNIT = "|".join(sorted(map(re.escape, UNIT_MINUTES), key=len, reverse=True))
# A unit ends at a non-letter: "1h30" is an hour and thirty minutes.
_ONE_PART = rf"(?:{NUMBER})\s*-?\s*(?:{UNIT})(?![^\W\d_]|')"
_PARTS = re.compile(rf"({NUMBER})\s*-?\s*({UNIT})(?![^\W\d_]|')")
_BARE_MINUTES = re.compile(r"[^\d\s.,]\s*(\d{1,2})$")
# (keywords, pattern): a pattern is tried only when one of its keywords is in the text.
AGO = (
    (
        ("ago",),
        re.compile(
            rf"\b(?P<dur>{_ONE_PART}(?:\s*(?:and|&|,)?\s*(?:{_ONE_PART}|a\s+half|\d+))?)"
            r"(?:\s+or\s+(?:so|two|three|more))?\s+ago\b"
        ),
    ),
    (
        ("y a", "y'a", "ya", "fait"),
        re.compile(
            r"\b(?:(?:il\s+)?y\s*'?\s*a|[çcs]a\s+fait|cela\s+fait)\s+(?:environ\s+|à\s+peu\s+près\s+|a\s+peu\s+pres"
            r"\s+|pr[eè]s\s+de\s+|plus\s+de\s+|moins\s+de\s+|au\s+moins\s+|genre\s+|approx\.?\s+)?"
            rf"(?P<dur>{_ONE_PART}(?:\s*(?:et\s+)?(?:{_ONE_PART}|demie?\b|\d+))?)"
        ),
    ),
)


def _length(phrase: str) -> timedelta:
    """The length of "20 min", "an hour and a half", "1 h 30", "une demi-heure"."""
    minutes = 0.0
    unit = 0.0
    for number, unit_word in _PARTS.findall(phrase):
        unit = UNIT_MINUTES[unit_word]
        value = NUMBER_WORDS.get(" ".join(number.replace("-", " ").split()))
        minutes += (value if value is not None else float(number.replace(",", "."))) * unit
    last = phrase.split()[-1]
    bare = _BARE_MINUTES.search(phrase)
    if last in {"half", "demi", "demie"}:
        minutes += unit / 2
    elif bare and unit == UNIT_MINUTES["h"]:  # "1 h 30", "1h30": the bare number is minutes
        minutes += int(bare.group(1))
    return timedelta(minutes=minutes)


@dataclass(frozen=True)
class Ago:
    """How long before the message something happened, and where the text says so."""

    length: timedelta
    start: int
    end: int
    nights: bool  # counted in nights ("two nights ago"): it happened at night


def ago(text: str) -> Ago | None:
    """How long before the message the lower-case text says it happened, or None."""
    for keywords, pattern in AGO:
        match = pattern.search(text) if any(word in text for word in keywords) else None
        if match:
            phrase = match.group("dur")
            nights = any(unit in _NIGHTS for _, unit in _PARTS.findall(phrase))
            return Ago(_length(phrase), match.start(), match.end(), nights)
    return None
