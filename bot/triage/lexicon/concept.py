"""The shape of a concept: urgency, routes and card labels, with the patterns that find it.

Patterns are regular expressions over accent-folded text, any case. A space in a pattern stands for
any run of spaces or quote marks (" ?" for none, or a hyphen), so ``take out`` also matches
``'take out'`` and ``cell ?phone`` matches ``cellphone`` (``bot.triage.scanner``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.vocabulary import Route, Urgency

SI, HS, CM = Route.SECURITY_INTELLIGENCE, Route.HEALTH_SERVICES, Route.CASE_MANAGEMENT
# Out of his supply ("y'a pus de stock", "ran out of his dope"): withdrawal (health services)
# from drugs he had (security intelligence); both concepts read it.
OUT_OF_DOPE = (
    r"((y'?a|il a|a|avait) )?(pu|plus|pus) (de |d')(stock|dope|drogue|pot|speed|fent|poudre)\b"
    r"|(ran|run|running) out of (his |her )?(dope|supply|stash|fent|junk)\b"
)


@dataclass(frozen=True)
class Concept:
    """One thing an officer can report, with the urgency and routes the policy gives it."""

    name: str
    level: Urgency
    routes: frozenset[Route]
    labels: tuple[str, str]  # (English, French), shown on the card before the matched phrase
    patterns: tuple[str, ...]
    community_routes: frozenset[Route] | None = None  # routes when under community supervision
    community_level: Urgency | None = None  # the highest it reaches under community supervision
    # Its route only on routine entries (triage-policy: positive behaviour, programs, work and
    # family go to case management; the med line's everyday business to health services).
    routine_only: bool = False
    figurative: bool = False  # a joke, drill or film about it is harmless
    past_lowers: bool = False  # over and done ("last week") -> priority, not immediate
    vague_lowers: bool = False  # a plan with no time ("one of these days") -> priority
    staff: bool = False  # information about a staff member (CD 568-2)
    screened: bool = False  # ruled out, still the route's business ("no SI" -> health services)
    excludes: tuple[str, ...] = ()  # concepts this one overrides when both are found
    former_labels: tuple[str, ...] = ()  # labels stored reasons still carry (reports read them)


def concept(
    name: str, level: str, routes: set[Route], en: str, fr: str, *pats: str, **kw: Any
) -> Concept:
    """A concept from its name, level (an urgency's word), routes, English and French labels
    and patterns."""
    return Concept(name, Urgency(level), frozenset(routes), (en, fr), pats, **kw)
