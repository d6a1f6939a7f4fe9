"""Triage and extraction: what an observation is about, how urgent, who must hear of it; who,
where and when it names. The engine's public surface; its parts (ontology, lexicon, frames,
scanner, clock, places…) are the modules of this package."""

from bot.triage.engine import (
    ROUTES,
    URGENCY_RANK,
    Triage,
    Urgency,
    clean,
    document_for,
    routes_for,
    triage,
    warm_up,
)

__all__ = [
    "ROUTES",
    "URGENCY_RANK",
    "Triage",
    "Urgency",
    "clean",
    "document_for",
    "routes_for",
    "triage",
    "warm_up",
]
