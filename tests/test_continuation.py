"""What a typed message is to the draft being captured: a table a policy reader can check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.capture.continuation import SPLIT_FROM, Reading, note_part, read_message
from storage.models import Entry

SENT = datetime(2026, 11, 19, 15, 0, tzinfo=UTC)
LONG = "He talked about his appeal. " * (SPLIT_FROM // 20)
SHORT = "He talked about his appeal."
NARRATIVE, ANSWER, NEW = Reading.NARRATIVE, Reading.ANSWER, Reading.NEW
WANDERING = (
    "he then told me that his cellie owes money to the guys on 2A and that it will end badly"
)


def draft(awaiting: str | None, first: str) -> Entry:
    """A draft that was written (and asked its question) at ``SENT``."""
    entry = Entry(text=first, awaiting=awaiting, pending={}, updated_at=SENT)
    note_part(entry, first, SENT)
    return entry


@pytest.mark.parametrize(
    ("first", "awaiting", "text", "seconds_later", "reading"),
    [
        # The rest of a message Telegram cut: it follows a long one within seconds.
        (LONG, "where", "kitchen servery", 1, NARRATIVE),
        (LONG, None, "and then he went to bed", 2, NARRATIVE),
        (LONG, "when", "20 min ago", 5, NARRATIVE),
        # An answer typed after reading the question, or after a short message, is an answer.
        (LONG, "where", "kitchen servery", 6, ANSWER),
        (SHORT, "where", "kitchen servery", 1, ANSWER),
        (SHORT, "when", "20 min ago", 1, ANSWER),
        (SHORT, "who", "482913K", 1, ANSWER),
        (SHORT, "which", "398222C", 1, ANSWER),
        # What does not look like an answer to who, which, where or when is more narrative...
        (SHORT, "where", WANDERING, 60, NARRATIVE),
        (SHORT, "where", "he has a shank in his cell", 60, NARRATIVE),
        (SHORT, "edit_where", "he has a shank in his cell", 60, NARRATIVE),
        # ... unless the question was left unanswered: it is then an entry of its own.
        (SHORT, "where", "he has a shank in his cell", 31 * 60, NEW),
        # Free-text questions take any text as their answer; with no question, a new entry.
        (SHORT, "what", "he has a shank in his cell", 60, ANSWER),
        (SHORT, "quotes", "I will stab you", 60, ANSWER),
        (SHORT, "urgency_reason", "it was a comb, not a shank", 60, ANSWER),
        (SHORT, None, "he has a shank in his cell", 60, NEW),
    ],
)
def test_what_a_message_is_to_the_draft(
    first: str, awaiting: str | None, text: str, seconds_later: int, reading: Reading
) -> None:
    entry = draft(awaiting, first)
    assert read_message(entry, text, SENT + timedelta(seconds=seconds_later)) is reading


def test_with_no_draft_every_message_is_a_new_entry() -> None:
    assert read_message(None, "kitchen servery", SENT) is NEW
