"""Telegram's limits in Telegram's units: texts measured in UTF-16 code units, callback data in
bytes, and cuts that never leave Telegram (or a reader) half a character, tag or entity."""

from __future__ import annotations

import pytest

from bot.capture.card import data
from bot.capture.questions import QUESTIONS
from bot.notify.duty import duty_buttons
from bot.notify.render import alert_buttons, route_buttons
from bot.reply import Button, esc
from bot.telegram_limits import (
    CALLBACK_DATA_BYTES,
    TEXT_LIMIT,
    callback_data,
    clusters,
    cut_html,
    cut_text,
    data_bytes,
    split_html,
    units,
)
from bot.triage import Urgency
from sandbox.entities import parse

# Written for these tests: a shout, a family, a flag, Arabic and Hebrew with their vowel marks.
ANGRY = "😡"  # outside the Basic Multilingual Plane: one character, two units
FAMILY = "👨\u200d👩\u200d👧"  # three emoji joined by zero-width joiners: one character
THUMB = "👍🏽"  # an emoji and its skin tone
FLAG = "🇨🇦"  # two regional indicators
CAFE = "cafe\u0301"  # "café" with the accent as a combining mark
ARABIC = "قالَ السَّجينُ إنَّهُ سَيَعودُ"  # "the inmate said he will come back", with harakat
HEBREW = "הָאָסִיר אָמַר שָׁלוֹם"  # "the inmate said shalom", with niqqud
LARGEST_ID = 2**63 - 1  # the largest id a BIGINT holds: the longest an id in callback data gets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("officer", 7),
        (ANGRY, 2),
        (FAMILY, 8),
        (THUMB, 4),
        (FLAG, 4),
        (CAFE, 5),
        ("שָׁלוֹם", 7),
        ("", 0),
    ],
)
def test_texts_are_measured_in_utf16_code_units_as_telegram_counts(
    text: str, expected: int
) -> None:
    assert units(text) == expected


def test_two_thousand_emoji_are_too_long_for_telegram_though_python_counts_two_thousand() -> None:
    narrative = ANGRY * 2100
    assert len(narrative) < TEXT_LIMIT < units(narrative)


@pytest.mark.parametrize(
    "text", [THUMB, FAMILY, FLAG + FLAG, CAFE, ARABIC, HEBREW, f"{ANGRY} {ARABIC} {FAMILY}"]
)
def test_clusters_keep_each_user_perceived_character_whole(text: str) -> None:
    pieces = list(clusters(text))
    assert "".join(pieces) == text
    for piece in pieces:
        # Nothing starts with what only modifies the character before it.
        assert piece[0] not in "\u200d\u0301\u064e\u05b8\u05c1🏽"


@pytest.mark.parametrize(
    ("text", "budget", "expected"),
    [
        ("ab" + ANGRY, 3, "ab"),  # one unit short of the emoji: it goes whole, not half
        ("ab" + ANGRY, 4, "ab" + ANGRY),
        (CAFE + " au lait", 4, "caf"),  # the e and its accent go together
        ("hi " + FAMILY, 9, "hi"),
        ("hi " + THUMB, 5, "hi"),  # the thumb keeps its skin tone or goes
        (FLAG + FLAG, 6, FLAG),
        ("مَرْحَبًا", 3, "مَ"),  # a letter keeps its vowel mark
        ("שָׁלוֹם", 2, ""),  # shin, its dot and its vowel are one character
    ],
)
def test_a_cut_never_splits_a_character(text: str, budget: int, expected: str) -> None:
    assert cut_text(text, budget, marker="") == expected


def test_a_text_that_fits_is_not_touched_and_one_that_does_not_ends_with_the_marker() -> None:
    assert cut_text("Acknowledged by Jordan Roy", 200) == "Acknowledged by Jordan Roy"
    toast = cut_text("Acknowledged by " + ANGRY * 150, 200)
    assert units(toast) <= 200
    assert toast.endswith(f"{ANGRY}…")


@pytest.mark.parametrize(
    ("html", "budget", "expected"),
    [
        (esc("Tom & Jerry"), 8, "Tom…"),  # the cut falls inside &amp;: it goes whole
        (esc("a <b> tag"), 6, "a…"),
        ("<b>Knife</b> in 4B", 10, "<b>Kn</b>…"),  # the bold closes before the cut
        ("In 4B <b>knife</b>", 10, "In 4B…"),  # nothing would be bold: no empty tag
        ("x" * 20, 20, "x" * 20),
    ],
)
def test_html_is_cut_between_tags_entities_and_characters(
    html: str, budget: int, expected: str
) -> None:
    assert cut_html(html, budget) == expected
    parse(cut_html(html, budget), "HTML")  # Telegram's parser accepts it


def test_a_cut_narrative_fits_with_its_marker() -> None:
    narrative = esc(f"{ARABIC} & {HEBREW} {FAMILY} {CAFE} ") * 200
    marker = "\n… (full text in record R-2026-000123)"
    cut = cut_html(narrative, 3000, marker)
    assert units(cut) <= 3000
    assert cut.endswith(marker)
    text, _ = parse(cut, "HTML")
    assert text.startswith(ARABIC + " & " + HEBREW)


MIXED = "\n".join(
    [f"<b>Daily digest — {FLAG} 4B</b>"]
    + [
        f"• R-2026-{n:06d} · {esc(ARABIC)} {ANGRY} {esc('<shank> & ' + HEBREW)} {FAMILY} {CAFE}"
        for n in range(120)
    ]
    + [f"<b>{esc(ARABIC * 40)} {THUMB * 300}</b>"]  # one bold line longer than a message
)


@pytest.mark.parametrize("budget", [TEXT_LIMIT, 1024, 300])
def test_a_long_text_is_split_into_messages_telegram_accepts_losing_nothing(budget: int) -> None:
    chunks = split_html(MIXED, budget)
    assert len(chunks) > 1
    shown = ""
    for chunk in chunks:
        assert units(chunk) <= budget
        text, _ = parse(chunk, "HTML")  # balanced tags, whole entities
        assert text.strip()
        shown += text
    whole, _ = parse(MIXED, "HTML")
    assert "".join(shown.split()) == "".join(whole.split())


def test_a_text_that_fits_one_message_stays_one_message() -> None:
    assert split_html("<b>Daily digest</b>\n• R-2026-000001") == [
        "<b>Daily digest</b>\n• R-2026-000001"
    ]


def test_messages_are_cut_at_line_ends_where_possible() -> None:
    lines = [f"• R-2026-{n:06d} {ANGRY * 10}" for n in range(200)]
    chunks = split_html("\n".join(lines), 1000)
    assert all(units(c) <= 1000 for c in chunks)
    assert [line for chunk in chunks for line in chunk.split("\n")] == lines


def test_callback_data_is_measured_in_bytes_and_refused_past_64() -> None:
    assert data_bytes("al:1:ack") == 8
    assert data_bytes("é") == 2
    assert callback_data("x" * CALLBACK_DATA_BYTES) == "x" * CALLBACK_DATA_BYTES
    with pytest.raises(ValueError):
        callback_data("é" * 33)
    with pytest.raises(ValueError):
        Button("Go", "")


CAPTURE_ARGUMENTS = [
    ("answer", option) for question in QUESTIONS.values() for option in question.options
] + [
    ("answer", "place2"),
    ("answer", "9999999Z" * 2),  # the longest FPS number a roster holds (16 characters)
    ("submit", "separate"),
    ("submit", "same"),
    ("sign", ""),
    ("pdf", ""),
    *[("set_urgency", urgency) for urgency in Urgency],
    *[("field", f) for f in ("who", "where", "when", "what", "quotes", "action")],
]


@pytest.mark.parametrize(
    "payload",
    [data(LARGEST_ID, action, argument) for action, argument in CAPTURE_ARGUMENTS]
    + [
        button["data"]
        for lang in ("en", "fr")
        for rows in (
            alert_buttons(LARGEST_ID, lang, minimal=True),
            route_buttons(lang, minimal=True),
            duty_buttons(lang),
        )
        for row in rows
        for button in row
    ],
)
def test_every_button_the_bot_builds_carries_data_telegram_accepts(payload: str) -> None:
    assert 1 <= data_bytes(payload) <= CALLBACK_DATA_BYTES
