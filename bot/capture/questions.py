"""The questions capture may ask, as data: a policy change is a data change (HMPPS style).

Quick capture asks only the essentials that are missing; guided capture (``/observe``) walks
``GUIDED_ORDER``. Each question names its catalog prompt, its one-tap options and whether it may
be skipped. Context factors are those CD 560 asks staff to consider.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Question:
    """One thing capture may ask for."""

    key: str
    options: tuple[str, ...] = ()  # choice keys offered as buttons (labels from the catalog)
    skippable: bool = False
    multi: bool = False  # several options may be toggled, then "Done"
    short_answer: bool = False  # typed, it is a few words (bot.capture.continuation)


KINDS = (
    "interaction",
    "observation",
    "community_offender",
    "community_collateral",
    "community_police",
)
CONTEXT_FACTORS = (
    "communication_style",
    "learning_deficits",
    "mental_health",
    "gender_needs",
    "aboriginal_social_history",
)

NONE_OF_THESE = "none_of_these"  # under "which one?": the name is kept as typed

QUESTIONS: dict[str, Question] = {
    "kind": Question("kind", options=KINDS),
    "who": Question("who", options=("none",), short_answer=True),
    # options after the roster's candidates
    "which": Question("which", options=(NONE_OF_THESE,), short_answer=True),
    "when": Question("when", options=("now",), short_answer=True),
    "where": Question("where", short_answer=True),  # options are the officer's recent places
    "what": Question("what", options=("guided",)),
    "quotes": Question("quotes", skippable=True),
    "action": Question("action", skippable=True),
    "factors": Question("factors", options=CONTEXT_FACTORS, skippable=True, multi=True),
    "urgency_reason": Question("urgency_reason"),
    "amend_reason": Question("amend_reason"),
}

QUICK_ORDER = ("what", "who", "where", "when")
GUIDED_ORDER = ("kind", "who", "when", "where", "what", "quotes", "action", "factors")
EDITABLE = ("who", "where", "when", "what", "quotes", "action")
