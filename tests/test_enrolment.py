"""Enrolment: codes, strangers, languages, help."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from storage.models import AuditEvent, InboundMessage, utcnow
from tests.world import World


async def test_an_officer_enrols_with_a_code_and_sees_their_commands(world: World) -> None:
    officer = await world.client.user("Alex", language_code="en")
    code = await world.invite("officer", name="Alex Martin")
    await officer.send(f"/start {code}")
    welcome = await officer.next_message()
    assert "Welcome Alex Martin" in welcome["text"]
    assert "/observe" in welcome["text"]
    assert "/export" not in welcome["text"]
    staff = await world.staff(officer)
    assert staff.roles == ["officer"]


async def test_a_used_code_is_refused(world: World) -> None:
    code = await world.invite("officer")
    first = await world.client.user("First")
    await first.send(f"/start {code}")
    await first.next_message()
    second = await world.client.user("Second")
    await second.send(f"/start {code}")
    refusal = await second.next_message()
    assert "already been used" in refusal["text"]


async def test_an_expired_code_is_refused_in_french(world: World) -> None:
    code = await world.invite(
        "officer", expires_in=timedelta(minutes=1), now=utcnow() - timedelta(minutes=5)
    )
    person = await world.client.user("Marie", language_code="fr-CA")
    await person.send(f"/start {code}")
    refusal = await person.next_message()
    assert "expiré" in refusal["text"]


async def test_a_stranger_is_refused_politely_and_nothing_is_stored(world: World) -> None:
    stranger = await world.client.user("Stranger", language_code="fr")
    await stranger.send("482913K a une lame dans sa cellule")
    refusal = await stranger.next_message()
    assert "réservé au personnel correctionnel" in refusal["text"]
    await world.settle(0.2)
    assert await stranger.messages() == [refusal]

    async def stored(session):
        texts = (await session.scalars(select(InboundMessage.text))).all()
        audit = (await session.scalars(select(AuditEvent.action))).all()
        return texts, audit

    texts, audit = await world.query(stored)
    assert not any("lame" in (text or "") for text in texts)
    assert "inbound.stranger" in audit


async def test_a_start_without_telegrams_command_mark_is_no_enrolment(world: World) -> None:
    """Telegram marks every command with a bot_command entity; a forged "/start" without one
    is a stranger's plain text: refused politely, never handed on as an enrolment."""
    stranger = await world.client.user("Mallory", language_code="en")
    await world.client.raw_update(
        "message",
        {
            "message_id": 7,
            "date": 1_795_000_000,
            "chat": {"id": stranger.chat_id, "type": "private", "first_name": "Mallory"},
            "from": {"id": stranger.id, "is_bot": False, "first_name": "Mallory"},
            "text": "/start 482913K 4B range shank",
        },
    )
    refusal = await stranger.next_message()
    assert "only for enrolled correctional staff" in refusal["text"]
    await world.settle(0.2)
    assert await world.entries() == []


async def test_lang_switches_the_bot_to_french(world: World) -> None:
    officer = await world.officer()
    await officer.send("/lang fr")
    assert "français" in (await officer.next_message())["text"]
    await officer.send("/help")
    assert "Ce que je peux faire" in (await officer.next_message())["text"]
