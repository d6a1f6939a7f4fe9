"""What a typed message is to the entry being captured: more of its narrative, the answer to its
pending question, or an entry of its own.

Telegram sends a text longer than 4,096 UTF-16 units as several messages a moment apart; the
second must not become the place or the time (or a second entry). So a message joins the
narrative when it follows, within ``SPLIT_GAP`` by Telegram's own dates, a message long enough to
have been cut (``SPLIT_FROM``): the dates come from one clock, and only a message near the limit
can have a second part, so an officer who answers quickly is still heard as answering. A typed
answer to "who", "which", "where" or "when" is short and states no concern; anything else sent
while one of them is pending is narrative too (an urgent note sent mid-question is then triaged
with the entry, never filed as its place), unless the question has waited longer than
``LEFT_AFTER``: the note is then an entry of its own, with its own time, and the draft left
waits under /drafts. Joining adds no question: the entry is triaged again and its card (with any
raised urgency) or its pending question follows at once.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from enum import StrEnum

from bot.capture.questions import QUESTIONS
from bot.telegram_limits import units
from bot.triage import triage
from bot.triage.language import detect_language
from storage.models import Entry

SPLIT_FROM = 3_000  # UTF-16 units: clients cut near 4,096, at a paragraph or word boundary
SPLIT_GAP = timedelta(seconds=5)
ANSWER_WORDS = 15
LEFT_AFTER = timedelta(minutes=30)  # a question unanswered this long: the draft was left
_WORD = re.compile(r"\S+")


def note_part(entry: Entry, text: str, sent_at: datetime) -> None:
    """Remember when a message that fed the narrative was sent, if it may have been cut."""
    pending = entry.pending.copy()
    pending.pop("long_part_sent_at", None)
    if units(text) >= SPLIT_FROM:
        pending["long_part_sent_at"] = sent_at.isoformat()
    entry.pending = pending


def _follows_long_part(entry: Entry, sent_at: datetime) -> bool:
    part = entry.pending.get("long_part_sent_at")
    return part is not None and sent_at - datetime.fromisoformat(part) <= SPLIT_GAP


def looks_like_answer(text: str) -> bool:
    """A short answer that states no concern (a place, a time, a name)."""
    if len(_WORD.findall(text)) > ANSWER_WORDS:
        return False
    return not triage(text, detect_language(text)).reasons


class Reading(StrEnum):
    """What a typed message is to the officer's draft."""

    NARRATIVE = "narrative"  # more of what happened
    ANSWER = "answer"  # the answer to the pending question
    NEW = "new"  # an entry of its own


def read_message(entry: Entry | None, text: str, sent_at: datetime) -> Reading:
    """What ``text``, sent at ``sent_at``, is to ``entry`` (the draft being captured, if any)."""
    if entry is None:
        return Reading.NEW
    if _follows_long_part(entry, sent_at):
        return Reading.NARRATIVE
    if not entry.awaiting:
        return Reading.NEW
    key = entry.awaiting.removeprefix("edit_")
    if key not in QUESTIONS or not QUESTIONS[key].short_answer or looks_like_answer(text):
        return Reading.ANSWER
    return Reading.NARRATIVE if sent_at - entry.updated_at <= LEFT_AFTER else Reading.NEW
