"""`rapport audit`: who did and read what, one line per event, newest last."""

from __future__ import annotations

import re

import pytest

from tests.shell import Operator
from tests.world import World

KNIFE = (
    "482913K 4B range 10 min ago he pulled a sharpened toothbrush out of his sock "
    "and waved it at his cellmate"
)
REFERENCE = re.compile(r"R-\d{4}-\d{6}")


def _rows(table: str) -> list[list[str]]:
    """The table's lines as cells (split on the two-space gaps), header left out."""
    return [re.split(r"\s{2,}", line.strip()) for line in table.splitlines()[1:]]


async def test_a_records_trail_shows_each_read_in_order(world: World, operator: Operator) -> None:
    officer = await world.officer("Alex Martin")
    supervisor = await world.supervisor("Jordan Roy")
    await officer.send(KNIFE)
    await officer.next_message()
    await officer.tap("✅ Submit")
    [submitted] = await world.messages_with(officer, "Submitted")
    found = REFERENCE.search(submitted["text"])
    assert found is not None
    reference = found.group(0)
    [alert] = await world.messages_with(supervisor, "IMMEDIATE", reference)
    await supervisor.tap("📄 0875 PDF", message=alert)
    assert await world.messages_with(supervisor, f"{reference}")
    await supervisor.send(f"/show {reference}")
    assert await world.messages_with(supervisor, "Statement/Observation Report")
    await supervisor.tap("✅ Acknowledge", message=alert)
    assert await world.messages_with(officer, "acknowledged by Jordan Roy")
    await officer.send("/mine")
    assert await world.messages_with(officer, reference, "v1")

    trail = await operator.rapport("audit", "--ref", reference.lower(), "--site", "TST")
    assert trail.code == 0, trail.err
    assert trail.out.splitlines()[0].startswith("time (America/Toronto)")
    lines = [(row[1], row[2]) for row in _rows(trail.out)]
    assert lines == [
        ("Alex Martin", "entry.submitted"),
        ("Jordan Roy", "record.sent"),
        ("Jordan Roy", "record.pdf"),
        ("Jordan Roy", "record.show"),
        ("Jordan Roy", "alert.acknowledged"),
    ]
    assert all(row[3] == reference for row in _rows(trail.out))

    mine = await operator.rapport("audit", "--staff", "Alex Martin", "--since", "1h")
    actions = [row[2] for row in _rows(mine.out)]
    # Before the code was redeemed, the same Telegram user was a stranger at the gate.
    assert actions[:2] == ["inbound.stranger", "enrol.enrolled"]
    assert actions[-1] == "record.listed"
    assert "Jordan Roy" not in mine.out
    assert "toothbrush" not in trail.out + mine.out


async def test_a_stranger_is_found_by_telegram_id(world: World, operator: Operator) -> None:
    stranger = await world.client.user("Stranger")
    await stranger.send("/start NOT-A-CODE")
    await stranger.next_message()

    trail = await operator.rapport("audit", "--staff", str(stranger.id))
    assert [row[2] for row in _rows(trail.out)] == ["inbound.stranger", "enrol.refused"]
    assert all(row[1] == f"tg:{stranger.id}" for row in _rows(trail.out))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--ref", "R-26-1"), "Not a record reference"),
        (("--since", "last tuesday"), "Not a start time"),
        (("--staff", "Nobody Here"), "No staff member matches"),
        (("--site", "NOPE"), "Unknown site"),
    ],
)
async def test_a_bad_filter_is_one_line_and_exit_code_2(
    world: World, operator: Operator, args: tuple[str, ...], words: str
) -> None:
    result = await operator.rapport("audit", *args)
    assert result.code == 2 and words in result.err and result.err.count("\n") == 1
