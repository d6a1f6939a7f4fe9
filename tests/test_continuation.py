"""Whether a message carries on the narrative: a table a policy reader can check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.capture.continuation import SPLIT_FROM, continues, note_part
from storage.models import Entry

SENT = datetime(2026, 11, 19, 15, 0, tzinfo=UTC)
LONG = "He talked about his appeal. " * (SPLIT_FROM // 20)
SHORT = "He talked about his appeal."


def draft(awaiting: str | None, first: str) -> Entry:
    entry = Entry(text=first, awaiting=awaiting, pending={})
    note_part(entry, first, SENT)
    return entry


@pytest.mark.parametrize(
    ("first", "awaiting", "text", "seconds_later", "joins"),
    [
        # The rest of a message Telegram cut: it follows a long one within seconds.
        (LONG, "where", "kitchen servery", 1, True),
        (LONG, None, "and then he went to bed", 2, True),
        (LONG, "when", "20 min ago", 5, True),
        # An answer typed after reading the question, or after a short message, is an answer.
        (LONG, "where", "kitchen servery", 6, False),
        (SHORT, "where", "kitchen servery", 1, False),
        (SHORT, "when", "20 min ago", 1, False),
        (SHORT, "who", "482913K", 1, False),
        (SHORT, "which", "398222C", 1, False),
        # What does not look like an answer to who, which, where or when joins the narrative.
        (SHORT, "where", "he then told me that his cellie owes money to the guys on 2A and "
                         "that it will end badly for him", 60, True),
        (SHORT, "where", "he has a shank in his cell", 60, True),
        (SHORT, "edit_where", "he has a shank in his cell", 60, True),
        # Free-text questions take any text as their answer; no question, a new entry.
        (SHORT, "what", "he has a shank in his cell", 60, False),
        (SHORT, "quotes", "I will stab you", 60, False),
        (SHORT, "urgency_reason", "it was a comb, not a shank", 60, False),
        (SHORT, None, "he has a shank in his cell", 60, False),
    ],
)  # fmt: skip
def test_what_joins_the_narrative(
    first: str, awaiting: str | None, text: str, seconds_later: int, joins: bool
) -> None:
    entry = draft(awaiting, first)
    assert continues(entry, text, SENT + timedelta(seconds=seconds_later)) is joins
