"""An amendment starts from what the record said, as a new draft version of its own."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.capture.records import amendment_of
from storage.models import Entry
from storage.vocabulary import EntryStatus

SUBMITTED = datetime(2026, 3, 12, 14, 30, tzinfo=UTC)
NOW = datetime(2026, 3, 13, 9, 0, tzinfo=UTC)


def _record() -> Entry:
    return Entry(
        id=41,
        reference="R-2026-000041",
        version=2,
        site_id=1,
        officer_id=7,
        status=EntryStatus.SIGNED,
        lang="en",
        text="482913K in 4B range said he would get even",
        quotes=["I'll get even"],
        place="4B range",
        urgency="priority",
        routes=["security_intelligence"],
        amendment_reason="wrong range",
        submitted_at=SUBMITTED,
        signed_at=SUBMITTED,
    )


def test_an_amendment_keeps_what_was_written_and_how_it_was_triaged() -> None:
    record = _record()
    amendment = amendment_of(record, lang="fr", now=NOW)
    assert (amendment.reference, amendment.text, amendment.place) == (
        record.reference,
        record.text,
        record.place,
    )
    assert (amendment.urgency, amendment.routes, amendment.quotes) == (
        "priority",
        ["security_intelligence"],
        ["I'll get even"],
    )


def test_an_amendment_is_a_new_unsubmitted_version_that_shares_no_list_with_the_record() -> None:
    record = _record()
    amendment = amendment_of(record, lang="fr", now=NOW)
    assert (amendment.version, amendment.previous_id, amendment.lang) == (3, 41, "fr")
    assert amendment.id is None and amendment.status is None  # a draft once stored
    assert amendment.submitted_at is None and amendment.signed_at is None
    assert amendment.amendment_reason is None
    amendment.quotes.append("more")
    assert record.quotes == ["I'll get even"]
