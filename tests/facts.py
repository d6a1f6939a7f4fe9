"""Factories for the facts a drafted record is made from, shared by the drafting and PDF tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.capture.drafting import DraftFacts, Notification, OffenderFact


def draft_facts(**changes: object) -> DraftFacts:
    """A complete priority observation on a range, as the capture flow would hand it over;
    keyword arguments change any field."""
    facts = DraftFacts(
        reference="R-2026-000123",
        version=1,
        lang="en",
        document="0875",
        kind="observation",
        urgency="priority",
        routes=("security_intelligence",),
        site_name="Pine Ridge Institution",
        site_tz="America/Toronto",
        place="Unit 2 east range",
        occurred_at=datetime(2026, 11, 23, 19, 30, tzinfo=UTC),
        written_at=datetime(2026, 11, 23, 19, 52, tzinfo=UTC),
        offenders=(OffenderFact(fps="604417C", name="OKAFOR, Daniel"),),
        narrative="Watched him pass a folded paper to the cleaner twice during count.",
        quotes=("It's just a letter for my cousin",),
        action_taken="Informed the CM and noted the cleaner's cell.",
        context_factors=("communication_style",),
        officer_name="P. Gagnon",
        officer_role="officer",
        notified=(
            Notification("CM on duty: L. Bergeron", datetime(2026, 11, 23, 20, 1, tzinfo=UTC)),
        ),
        urgency_suggested=None,
        urgency_reason=None,
        amendment_reason=None,
        previous_reference_version=None,
    )
    return replace(facts, **changes)
