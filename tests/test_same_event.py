"""A second officer reports on the same offender within the hour: their statement is routed at
once, and whether it is the same event is asked afterwards, answered whenever they like."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from sandbox.client import Persona, button_texts
from storage.models import AuditEvent
from tests.world import World

KNIFE = (
    "482913K 4B range 10 min ago he pulled a sharpened toothbrush out of his sock "
    "and waved it at his cellmate"
)
SWING = "482913K 4B range 5 min ago I saw him swing a sharpened toothbrush at his cellmate"
CALM = "482913K 4B range 5 min ago he sat calmly on his bunk afterwards and talked with me"
REFERENCE = re.compile(r"R-\d{4}-\d{6}")
ALERT_BUTTONS = ["✅ Acknowledge", "🙋 Take over", "📄 0875 PDF"]
SAME = "🔗 Same event: link my statement"
SEPARATE = "A separate event"


async def _submit(officer: Persona, text: str) -> str:
    """The officer writes an entry and taps Submit, once; returns its reference."""
    await officer.send(text)
    card = await officer.next_message()
    while "✅ Submit" not in button_texts(card):  # an earlier entry's notice may come first
        card = await officer.next_message()
    await officer.tap("✅ Submit", message=card)
    record = await officer.next_message()
    while "Submitted" not in record["text"]:
        record = await officer.next_message()
    found = REFERENCE.search(record["text"])
    assert found is not None, record["text"]
    return found.group(0)


async def _acknowledge(world: World, supervisor: Persona, reference: str) -> None:
    """The supervisor acknowledges the alert on ``reference`` and the officer is told so."""
    [alert] = await world.messages_with(supervisor, "IMMEDIATE", reference)
    await supervisor.tap("✅ Acknowledge", message=alert)
    assert await world.messages_with(supervisor, "Acknowledged by", reference)


async def _question(world: World, officer: Persona, event: str) -> dict[str, Any]:
    """The officer's "same event?" question about ``event``."""
    [question] = await world.messages_with(officer, "same event", event)
    return question


async def test_a_second_officers_immediate_item_alerts_at_once_and_escalates_unanswered(
    world: World,
) -> None:
    alex = await world.officer("Alex Martin")
    chris = await world.officer("Chris Doe")
    jordan = await world.supervisor("Jordan Roy")
    sam = await world.supervisor("Sam Okafor", on_duty=False)
    event = await _submit(alex, KNIFE)
    await _acknowledge(world, jordan, event)

    statement = await _submit(chris, SWING)
    [alert] = await world.messages_with(jordan, "IMMEDIATE", statement)
    assert button_texts(alert) == ALERT_BUTTONS
    assert await world.messages_with(chris, statement, "alert sent to Jordan Roy")
    question = await _question(world, chris, event)
    assert statement in question["text"]
    assert button_texts(question) == [SAME, SEPARATE]

    world.advance_clock(timedelta(minutes=4))  # Chris never answers; nobody acknowledges
    assert await world.messages_with(sam, "NOT YET ACKNOWLEDGED", statement)
    assert await world.messages_with(jordan, "NOT YET ACKNOWLEDGED", statement)
    assert await world.messages_with(chris, statement, "escalated to Sam Okafor")
    assert not [m for m in await sam.messages() if event in m["text"]]


async def test_linking_minutes_later_tells_the_supervisor_who_has_the_event(world: World) -> None:
    alex = await world.officer("Alex Martin")
    chris = await world.officer("Chris Doe")
    jordan = await world.supervisor("Jordan Roy")
    event = await _submit(alex, KNIFE)
    await _acknowledge(world, jordan, event)
    await jordan.send("/offduty")
    assert await world.messages_with(jordan, "off duty")

    statement = await _submit(chris, CALM)  # routine: otherwise only the digest has it
    question = await _question(world, chris, event)
    world.advance_clock(timedelta(minutes=20))
    await chris.tap(SAME, message=question)

    assert await world.messages_with(chris, statement, "is linked to", event)
    [notice] = await world.messages_with(jordan, "Further statement", event, statement)
    assert f"/show {statement}" in notice["text"]
    assert button_texts(await chris.message(question["message_id"])) == []
    first, second = await world.entries()
    assert second.related_entry_id == first.id
    assert second.text == CALM

    async def links(session: AsyncSession) -> list[AuditEvent]:
        query = select(AuditEvent).where(AuditEvent.action == "entry.linked")
        return list((await session.scalars(query)).all())

    [audited] = await world.query(links)
    assert audited.reference == statement and audited.detail == {"event": event}


async def test_a_linked_immediate_statement_keeps_its_own_alert_not_a_seen_receipt(
    world: World,
) -> None:
    alex = await world.officer("Alex Martin")
    chris = await world.officer("Chris Doe")
    jordan = await world.supervisor("Jordan Roy")
    event = await _submit(alex, KNIFE)
    statement = await _submit(chris, SWING)
    await chris.tap(SAME, message=await _question(world, chris, event))
    assert await world.messages_with(chris, statement, "is linked to", event)

    await world.settle(1.0)
    copies = [m for m in await jordan.messages() if statement in m["text"]]
    assert [button_texts(m) for m in copies] == [ALERT_BUTTONS]
    await _acknowledge(world, jordan, statement)
    assert await world.messages_with(chris, statement, "acknowledged by Jordan Roy")

    # The event's alert was still open when the statement was linked: whoever takes it hears.
    await _acknowledge(world, jordan, event)
    assert await world.messages_with(jordan, "Further statement", event, statement)


async def test_a_separate_event_links_nothing_and_tells_nobody(world: World) -> None:
    alex = await world.officer("Alex Martin")
    chris = await world.officer("Chris Doe")
    jordan = await world.supervisor("Jordan Roy")
    event = await _submit(alex, KNIFE)
    await _acknowledge(world, jordan, event)
    statement = await _submit(chris, CALM)
    await chris.tap(SEPARATE, message=await _question(world, chris, event))

    assert await world.messages_with(chris, statement, "stays a separate event")
    await world.settle(1.0)
    assert not [m for m in await jordan.messages() if statement in m["text"]]
    _, second = await world.entries()
    assert second.related_entry_id is None
