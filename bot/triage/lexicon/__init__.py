"""Concept lexicons for triage: what officers write, in English and French, and what it means.

Each concept is data (``bot.triage.lexicon.concept``): the urgency it calls for, the routes it
feeds,
labels for the officer's card in both languages, and its set phrases as patterns. The concepts
are filed by family, one module each, and read here in one order (the order breaks ties between
reasons on the card).
"""

from __future__ import annotations

from bot.triage.lexicon import (
    care,
    casework,
    health,
    incidents,
    intelligence,
    security,
    staff,
    violence,
)
from bot.triage.lexicon.concept import Concept

CONCEPTS: tuple[Concept, ...] = (
    *violence.CONCEPTS,
    *health.CONCEPTS,
    *security.CONCEPTS,
    *intelligence.CONCEPTS,
    *incidents.CONCEPTS,
    *staff.CONCEPTS,
    *care.CONCEPTS,
    *casework.CONCEPTS,
)

__all__ = ["CONCEPTS", "Concept"]
