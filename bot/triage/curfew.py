"""A return before curfew, told by its two clocks: "rentré à 21h, couvre-feu 23h".

The curfew frame (``bot.triage.ontology``) reads a curfew and a return ("back at", "rentré") in
one sentence as a curfew missed unless the note says it was kept; officers often say so with the
two times alone. A return whose clock is at or before the curfew's, in the same sentence, kept
it. A clock that may be either half of the day is read in the evening from 6 to 11 and in the
night after it from 12 to 5, and clocks before 06:00 belong to that night (a curfew of 11 is
missed by a return at 12:30 or at 2:15).
"""

from __future__ import annotations

import re

from bot.triage.clock import Clock, first_clock, length_at
from bot.triage.cues import sentence_of

_RETURN = re.compile(
    r"\b(back|in|returned|came (back|in)|got (back|in)|signed (back )?in|rentre\w*|revenue?s?|"
    r"arrivee?s?)\s+(at|a|à|vers|around|@)?\s*"
)
_CURFEW = re.compile(r"\b(curfew|couvre[- ]feu)\s*(is|was|at|a|à|de|est|:|=)?\s*")
_NIGHT_ENDS = 6 * 60


def _minutes(lower: str, start: int) -> int | None:
    """The clock that starts at ``start``, in minutes from the day's midnight (the night after
    counted on past 24:00), if one does."""
    length = length_at(lower, start)
    if not length:
        return None
    phrase = lower[start : start + length]
    clock: Clock | None = first_clock(phrase, frozenset(phrase.split()), True)
    if clock is None:
        return None
    hour = clock.hour
    if clock.twelve_hour:  # "back at 9, curfew 10": evening; "12:30", "2:15": the night after
        hour = 0 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour
    minutes = hour * 60 + clock.minute
    return minutes + 24 * 60 if minutes < _NIGHT_ENDS else minutes


def kept(lower: str, starts: list[int]) -> list[tuple[int, int]]:
    """Where a sentence tells a return no later than its curfew (the return's words)."""
    curfews: dict[int, int] = {}
    for found in _CURFEW.finditer(lower):
        at = _minutes(lower, found.end())
        if at is not None:
            curfews.setdefault(sentence_of(starts, found.start()), at)
    spans = []
    for found in _RETURN.finditer(lower):
        sentence = sentence_of(starts, found.start())
        at = _minutes(lower, found.end()) if sentence in curfews else None
        if at is not None and at <= curfews[sentence]:
            spans.append((found.start(), found.end()))
    return spans
