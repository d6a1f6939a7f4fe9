"""The labels a triage reason opens with ("weapon: 'shank'"), and reading them in either language.

A reason is stored as the officer's card showed it, labelled in the language of the note (a
French note gives "menace : ..."). A report reads reasons from many notes for one reader, so it
reads each label back in the reader's language: one concept, one label (``in_language``).
"""

from __future__ import annotations

import re
from functools import cache

from bot.triage.cues import HARMLESS
from bot.triage.lexicon import CONCEPTS

# (English, French): what a reason's label may add, and the label of the community cue.
QUALIFIERS = {"negated": ("ruled out", "écarté"), "past": ("past", "passé")}
COMMUNITY = ("community supervision", "surveillance dans la collectivité")
LEARNED = ("learned", "appris")  # the second opinion's reason (bot/triage/learned)
_QUALIFIED = re.compile(r"(?P<label>.+?) \((?P<qualifier>[^()]+)\)")


@cache
def _pairs() -> dict[str, tuple[str, str]]:
    """Every label, in either language, to its pair (English, French)."""
    pairs: dict[str, tuple[str, str]] = {}
    for labels in [
        *(c.labels for c in CONCEPTS),
        *(h.labels for h in HARMLESS),
        COMMUNITY,
        LEARNED,
    ]:
        for label in labels:
            pairs[label.casefold()] = labels
    for concept in CONCEPTS:
        for former in concept.former_labels:
            pairs[former.casefold()] = concept.labels
    for labels in QUALIFIERS.values():
        for label in labels:
            pairs[label.casefold()] = labels
    return pairs


def _one(label: str, lang: str) -> str | None:
    pair = _pairs().get(label.strip().casefold())
    return pair[lang == "fr"] if pair else None


def in_language(label: str, lang: str) -> str:
    """A stored reason's label in ``lang`` ("menace (écarté)" -> "threat (ruled out)"); a label
    no concept has is shown as stored."""
    if (whole := _one(label, lang)) is not None:
        return whole
    qualified = _QUALIFIED.fullmatch(label.strip())
    if qualified is not None:
        base, qualifier = _one(qualified["label"], lang), _one(qualified["qualifier"], lang)
        if base is not None and qualifier is not None:
            return f"{base} ({qualifier})"
    return label.strip()


def reason_in_language(reason: str, lang: str) -> str:
    """A stored reason ("menace : 'je vais te planter'") for a reader of ``lang``: its label in
    that language, the officer's words as they wrote them."""
    label, colon, phrase = reason.partition(":")
    if not colon:
        return in_language(reason, lang)
    return f"{in_language(label, lang)}:{phrase}"
