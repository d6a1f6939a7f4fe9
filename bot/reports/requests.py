"""A summary asked for in words, without the slash: "summary for October", "résumé unité 4B".

A plain message is an observation unless it opens with the word for a summary and what follows
is a few words that state no concern: an officer's note that happens to begin "Summary: he has a
shank" is captured, triaged and alerted like any other, never answered with figures. What
follows the word is read as ``/summary`` reads its words (``bot.reports.periods``).
"""

from __future__ import annotations

import re

from bot.triage import triage
from bot.triage.language import detect_language

_ASKING = re.compile(r"\s*(?:summary|r[eé]sum[eé]|sommaire)(?![\w'’-])[\s:,.-]*", re.IGNORECASE)
MOST_WORDS = 10  # "summary of unit 4B from nov 1 to nov 15" is nine


def summary_words(text: str) -> str | None:
    """The words after "summary" when a plain message asks for one; None when it is not a
    request (it is then an observation, as every other text is)."""
    opening = _ASKING.match(text)
    if opening is None:
        return None
    words = text[opening.end() :].strip()
    if len(words.split()) > MOST_WORDS or triage(words, detect_language(words)).reasons:
        return None
    return words
