"""A word family of the ontology: cue words of one role, in English and in French."""

from __future__ import annotations

from dataclasses import dataclass

NUMBER = "number"  # the family of written numbers, matched by shape (digits) or these words
NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten twenty deux trois quatre cinq six sept huit "
    "neuf dix vingt".split()
)
# Words of force, harm or fear: heard in a note whose incident the engine could not place, they
# ask the officer whether anyone is at risk right now (the officer is the safety net).
ALARM = "alarm"  # its words are in bot.triage.vocabulary.settings


@dataclass(frozen=True)
class Family:
    """Cue words of one role, in English and in French."""

    name: str
    en: tuple[str, ...]
    fr: tuple[str, ...]
    exact: bool = False


def family(name: str, en: str, fr: str, *, exact: bool = False) -> Family:
    """A family from comma-separated cues (a cue of several words matches them in a row)."""
    return Family(
        name,
        tuple(w.strip() for w in en.split(",") if w.strip()),
        tuple(w.strip() for w in fr.split(",") if w.strip()),
        exact,
    )
