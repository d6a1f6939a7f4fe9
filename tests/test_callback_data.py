"""Button payloads: what a button carries comes back as it was packed, and nothing else does."""

from __future__ import annotations

import pytest

from bot.callback_data import (
    AlertAction,
    AlertTap,
    CaptureTap,
    DutyAnswer,
    DutyReply,
    RouteAction,
    RouteTap,
)
from bot.telegram_limits import CALLBACK_DATA_BYTES


@pytest.mark.parametrize(
    ("payload", "packed"),
    [
        (CaptureTap(12, "submit"), "cap:12:submit"),
        (CaptureTap(12, "answer", "which:482913K"), "cap:12:answer:which:482913K"),
        (AlertTap(7, AlertAction.TAKE), "al:7:take"),
        (RouteTap(RouteAction.SEEN), "rt:seen"),
        (DutyAnswer(DutyReply.OFF), "duty:off"),
    ],
)
def test_a_payload_packs_as_the_buttons_already_in_chats_and_reads_back(
    payload: CaptureTap | AlertTap | RouteTap | DutyAnswer, packed: str
) -> None:
    assert payload.pack() == packed
    assert type(payload).unpack(packed) == payload


@pytest.mark.parametrize(
    "data",
    ["al:7:ack:extra", "al::ack", "al:-1:ack", "al:9999999999:pdf", "al:7:snooze", "cap:1", ""],
)
def test_a_forged_or_malformed_payload_is_not_read(data: str) -> None:
    assert not AlertTap.matches(data)
    assert not CaptureTap.matches(data)


def test_a_payload_too_big_for_telegram_fails_where_it_is_built() -> None:
    with pytest.raises(ValueError):
        CaptureTap(1, "answer", "x" * CALLBACK_DATA_BYTES).pack()
