"""Alerts, routes and digests, seen from the chats of the people concerned (delivery faults:
tests/test_alert_faults.py)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from sandbox.client import ChatReader, Persona, SandboxClient, button_texts
from sandbox.server import Sandbox
from tests import conftest
from tests.world import World

KNIFE = (
    "482913K 4B range 10 min ago he pulled a sharpened toothbrush out of his sock "
    "and waved it at his cellmate"
)
PACKAGE = (
    "482913K 4B range at 1400 he passed a package to another inmate after a visit, "
    "smelled like drugs"
)
MEDS = "482913K 4B range at 1400 he stopped taking his meds and has been withdrawn"
MOVING_OUT = (
    "482913K at 1400 in the interview room he said he will stay at his cousin's place "
    "once he's out"
)
PUNCH = "517204C yard 5 min ago he punched another inmate and threatened staff with a mop handle"
SHEET = "398221B 2A range just now he is tying a sheet to the bars, says he wants to die"
# What minimal disclosure keeps out of alerts and groups: the narrative, the offender, the officer.
DETAILS = ("toothbrush", "Bouchard", "BOUCHARD", "482913K", "Alex Martin")
CLASS = (
    "482913K at 1400 in the school he did well in his literacy class and helped another student"
)
REFERENCE = re.compile(r"R-\d{4}-\d{6}")
WAIT_S = 15.0
# Written for these tests: a row of angry emoji, then what the inmate shouted in Arabic and Hebrew
# (vowel marks and all) at a name with a combining accent; about 4,000 of Telegram's units, which
# Python counts as 2,500 characters.
SHOUTED = "😡" * 80 + " he shouted «قالَ السَّجينُ» «שָׁלוֹם» at Rene\u0301 👨\u200d👩\u200d👧 🇨🇦 👍🏽 "
LAST_WORDS = "then he went back to his cell quietly"
LONG_KNIFE = f"{KNIFE}. {SHOUTED * 17}{LAST_WORDS}"


async def _submit(officer: Persona, text: str) -> str:
    """The officer writes an entry and submits it; returns its reference."""
    card = await _card(officer, text)
    await officer.tap("✅ Submit", message=card)
    return await _reference(officer)


async def _card(officer: Persona, text: str) -> dict[str, Any]:
    """The officer writes an entry; the bot's card for it, with its Submit button."""
    await officer.send(text)
    card = await officer.next_message()
    while "✅ Submit" not in button_texts(card):  # an earlier entry's notice may come first
        card = await officer.next_message()
    return card


async def _reference(officer: Persona) -> str:
    """The reference in the bot's "Submitted" reply to the officer's Submit tap."""
    record = await officer.next_message()
    while "Submitted" not in record["text"]:  # the outbox's "alert sent" may come first
        record = await officer.next_message()
    found = REFERENCE.search(record["text"])
    assert found is not None, record["text"]
    return found.group(0)


def _to(call: dict[str, Any], chat: ChatReader) -> bool:
    """Whether a Bot API call in the sandbox's log was addressed to ``chat``."""
    return str(call["params"].get("chat_id")) == str(chat.chat_id)


async def _with(world: World, chat: ChatReader, *words: str) -> list[dict[str, Any]]:
    """Every message of ``chat`` holding all ``words``, waiting until there is at least one."""

    async def matching() -> list[dict[str, Any]]:
        return [m for m in await chat.messages() if all(w in (m.get("text") or "") for w in words)]

    return await world.eventually(matching, WAIT_S)


def _at_local_hour(hour: int) -> str:
    """A fixed-offset time zone whose local time is now around ``hour`` o'clock."""
    offset = (hour - datetime.now(UTC).hour) % 24
    offset = offset - 24 if offset > 12 else offset
    # Etc/GMT zones count the other way round: UTC+3 is "Etc/GMT-3".
    return f"Etc/GMT{-offset:+d}" if offset else "Etc/UTC"


async def test_an_immediate_entry_alerts_the_supervisor_who_acknowledges_it(world: World) -> None:
    officer = await world.officer("Alex Martin")
    supervisor = await world.supervisor("Jordan Roy")
    reference = await _submit(officer, KNIFE)

    [alert] = await _with(world, supervisor, reference)
    assert "IMMEDIATE" in alert["text"]
    assert "4B range" in alert["text"]
    assert "sharpened toothbrush" in alert["text"]
    assert button_texts(alert) == ["✅ Acknowledge", "🙋 Take over", "📄 0875 PDF"]
    assert await _with(world, officer, reference, "alert sent to Jordan Roy")

    await supervisor.tap("✅ Acknowledge", message=alert)

    async def updated() -> dict[str, Any] | None:
        current = await supervisor.message(alert["message_id"])
        return current if "Acknowledged by Jordan Roy" in current["text"] else None

    current = await world.eventually(updated, WAIT_S)
    assert current is not None, "the alert card was never marked acknowledged"
    assert "✅ Acknowledge" not in button_texts(current)
    assert await _with(world, officer, reference, "acknowledged by Jordan Roy")


async def test_an_immediate_item_of_4000_units_of_emoji_and_rtl_text_reaches_everyone(
    world: World,
) -> None:
    await world.update_site(ack_timeout_s=1)
    analyst = await world.enrol("Riley Chen", "intelligence")
    officer = await world.officer("Alex Martin")
    on_duty = await world.supervisor("Jordan Roy")
    off_duty = await world.supervisor("Sam Okafor", on_duty=False)
    reference = await _submit(officer, LONG_KNIFE)
    marker = f"… (full text in record {reference})"

    [alert] = await _with(world, on_duty, "IMMEDIATE", reference)
    assert "sharpened toothbrush" in alert["text"] and "שָׁלוֹם" in alert["text"]
    assert alert["text"].endswith(marker) and LAST_WORDS not in alert["text"]
    assert await _with(world, officer, reference, "alert sent to Jordan Roy")
    assert await _with(world, analyst, reference, "sharpened toothbrush", marker)
    assert await _with(world, off_duty, "NOT YET ACKNOWLEDGED", reference, marker)
    assert await _with(world, officer, reference, "escalated to Sam Okafor")

    await on_duty.tap("✅ Acknowledge", message=alert)

    async def acknowledged() -> bool:
        current = await on_duty.message(alert["message_id"])
        return marker in current["text"] and "Acknowledged by Jordan Roy" in current["text"]

    assert await world.eventually(acknowledged, WAIT_S), "the long alert was never updated"
    refused = [c for c in await world.client.calls() if c["status"] != 200]
    assert refused == [], "Telegram refused a message the bot built"


async def test_what_a_tap_queues_goes_out_at_once_not_at_the_next_look_at_the_queue(
    sandbox: Sandbox,
    client: SandboxClient,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """A unit of work that queued notifications wakes the delivery worker once it commits: with
    the worker looking at the queue only every minute, the alert and the acknowledged card
    still arrive within seconds."""
    settings = conftest.test_settings(sandbox, database_url, delivery_interval_s=60.0)
    async with conftest.running_world(sandbox, client, sessions, settings) as world:
        officer = await world.officer("Alex Martin")
        supervisor = await world.supervisor("Jordan Roy")
        reference = await _submit(officer, KNIFE)
        [alert] = await _with(world, supervisor, reference)
        await supervisor.tap("✅ Acknowledge", message=alert)
        assert await _with(world, officer, reference, "acknowledged by Jordan Roy")


async def test_an_unacknowledged_alert_climbs_the_chain_to_the_managers(world: World) -> None:
    await world.update_site(ack_timeout_s=1)
    officer = await world.officer("Alex Martin")
    on_duty = await world.supervisor("Jordan Roy")
    off_duty = await world.supervisor("Sam Okafor", on_duty=False)
    manager = await world.enrol("Pat Gagnon", "manager")
    reference = await _submit(officer, KNIFE)

    assert await _with(world, on_duty, "IMMEDIATE", reference)
    assert await _with(world, off_duty, "NOT YET ACKNOWLEDGED", reference)
    assert await _with(world, officer, reference, "escalated to Sam Okafor")
    assert await _with(world, manager, "NOT YET ACKNOWLEDGED", reference)
    assert await _with(world, officer, reference, "escalated to Pat Gagnon")
    assert await _with(world, on_duty, "NOT YET ACKNOWLEDGED", reference)


async def test_a_priority_item_reaches_the_intelligence_channel_with_a_seen_button(
    world: World,
) -> None:
    admin = await world.enrol("Robin Chen", "admin")
    channel = await world.client.group("SIO desk", [admin])
    await admin.send_to(channel, "/register security_intelligence")
    assert "security_intelligence" in (await channel.next_message())["text"]
    officer = await world.officer()
    reference = await _submit(officer, PACKAGE)

    [item] = await _with(world, channel, reference)
    assert "Priority" in item["text"] and "package" in item["text"]
    assert button_texts(item) == ["👁 Seen"]


async def test_a_health_item_reaches_health_staff_when_no_channel_is_registered(
    world: World,
) -> None:
    nurse = await world.enrol("Morgan Diallo", "health")
    officer = await world.officer()
    reference = await _submit(officer, MEDS)

    [item] = await _with(world, nurse, reference)
    assert "stopped taking his meds" in item["text"]
    assert button_texts(item) == ["👁 Seen"]


async def test_routine_casework_waits_for_the_parole_officers_daily_digest(world: World) -> None:
    # A site where it is now about 03:00 and the digest is at 07:00: nothing is due yet.
    await world.create_site(code="DIG", tz=_at_local_hour(3))
    parole_officer = await world.enrol("Dana Whitfield", "case_manager")
    officer = await world.officer()
    reference = await _submit(officer, CLASS)
    await world.settle(1.0)
    assert not [m for m in await parole_officer.messages() if reference in m["text"]]

    await world.update_site(digest_time="00:00")
    [digest] = await _with(world, parole_officer, "Daily digest", reference)
    assert "literacy class" in digest["text"]


async def test_the_parole_officer_from_the_roster_gets_new_information_before_release(
    world: World,
) -> None:
    parole_officer = await world.enrol("Dana Whitfield", "case_manager")
    other = await world.enrol("Kim Lavoie", "case_manager")
    officer = await world.officer()
    reference = await _submit(officer, MOVING_OUT)

    [item] = await _with(world, parole_officer, reference)
    assert "cousin's place" in item["text"]
    assert not [m for m in await other.messages() if reference in m["text"]]


async def test_a_supervisor_who_blocked_the_bot_is_skipped_and_the_admin_told_once(
    world: World,
) -> None:
    officer = await world.officer()
    blocked = await world.supervisor("Jordan Roy")
    backup = await world.supervisor("Sam Okafor", on_duty=False)
    manager = await world.enrol("Pat Gagnon", "manager")
    admin = await world.enrol("Robin Chen", "admin")
    await blocked.block_bot()
    first = await _submit(officer, KNIFE)

    # The site's timeout is 3 minutes: the fall-through does not wait for it.
    assert await _with(world, backup, first)
    assert await _with(world, admin, "Could not deliver", first, "Jordan Roy")
    world.advance_clock(timedelta(minutes=4))  # nobody acknowledged: up to the manager
    assert await _with(world, manager, "NOT YET ACKNOWLEDGED", first)
    assert await _with(world, backup, "NOT YET ACKNOWLEDGED", first)
    second = await _submit(officer, PUNCH)
    assert await _with(world, officer, second, "alert sent to Sam Okafor")
    assert await _with(world, backup, "IMMEDIATE", second)
    await world.settle(1.0)
    tries = [c for c in await world.client.calls("sendMessage") if _to(c, blocked)]
    alerts = [c["status"] for c in tries if first in c["params"]["text"] or second in str(c)]
    assert alerts == [403], "a known-blocked supervisor is not retried"
    assert len(await _with(world, admin, "Could not deliver")) == 1

    # Jordan unblocks the bot and writes to it: alerts reach him again.
    await blocked.unblock_bot()
    await blocked.send("/onduty")
    await blocked.next_message()
    third = await _submit(officer, SHEET)
    assert await _with(world, blocked, "IMMEDIATE", third)


async def test_a_second_supervisor_takes_over_an_acknowledged_alert(world: World) -> None:
    officer = await world.officer()
    jordan = await world.supervisor("Jordan Roy")
    sam = await world.supervisor("Sam Okafor")
    reference = await _submit(officer, KNIFE)
    [first_copy] = await _with(world, jordan, reference)
    [second_copy] = await _with(world, sam, reference)

    await jordan.tap("✅ Acknowledge", message=first_copy)
    [acknowledged] = await _with(world, sam, reference, "Acknowledged by Jordan Roy")
    assert button_texts(acknowledged) == ["🙋 Take over", "📄 0875 PDF"]
    await sam.tap("🙋 Take over", message=acknowledged)

    assert await _with(world, officer, reference, "taken over by Sam Okafor")
    for chat, copy in ((jordan, first_copy), (sam, second_copy)):

        async def taken_over(chat: Persona = chat, copy: dict[str, Any] = copy) -> bool:
            current = await chat.message(copy["message_id"])
            return "Taken over by Sam Okafor" in current["text"]

        assert await world.eventually(taken_over, WAIT_S), f"{chat} still shows the old state"


async def test_minimal_disclosure_keeps_details_out_of_alerts_and_groups(world: World) -> None:
    await world.update_site(minimal_disclosure=True)
    admin = await world.enrol("Robin Chen", "admin")
    analyst = await world.enrol("Riley Chen", "intelligence")
    desk = await world.client.group("SIO desk", [admin, analyst])
    await admin.send_to(desk, "/register security_intelligence")
    await desk.next_message()
    officer = await world.officer("Alex Martin")
    supervisor = await world.supervisor("Jordan Roy")
    reference = await _submit(officer, KNIFE)

    [alert] = await _with(world, supervisor, reference)
    assert "IMMEDIATE" in alert["text"] and "4B range" in alert["text"]
    for detail in DETAILS:
        assert detail not in alert["text"]
    assert button_texts(alert) == ["✅ Acknowledge", "🙋 Take over", "📄 0875 PDF", "🔎 Details"]
    await supervisor.tap("🔎 Details", message=alert)
    assert await _with(world, supervisor, "sharpened toothbrush")

    [item] = await _with(world, desk, reference)
    assert button_texts(item) == ["👁 Seen", "🔎 Details"]
    await analyst.tap("🔎 Details", message=item)
    assert await _with(world, analyst, "sharpened toothbrush")
    await admin.tap("🔎 Details", message=item)  # admins see no narratives

    async def refused() -> bool:
        return any("no record" in a["text"] for a in await admin.callback_answers())

    assert await world.eventually(refused, WAIT_S)
    for message in await desk.messages() + await admin.messages():
        for detail in DETAILS:
            assert detail not in message["text"]


async def test_the_alert_brings_the_0875_as_a_pdf(world: World) -> None:
    officer = await world.officer()
    supervisor = await world.supervisor("Jordan Roy")
    reference = await _submit(officer, KNIFE)
    [alert] = await _with(world, supervisor, reference)

    await supervisor.tap("📄 0875 PDF", message=alert)

    async def document() -> list[dict[str, Any]]:
        return [m for m in await supervisor.messages() if "document" in m]

    [pdf] = await world.eventually(document, WAIT_S)
    assert pdf["document"]["file_name"].startswith(reference)
    assert pdf["document"]["file_name"].endswith("0875.pdf")
    assert (await supervisor.download(pdf)).startswith(b"%PDF")
