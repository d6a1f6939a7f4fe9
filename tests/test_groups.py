"""Groups: the bot stays only where an enrolled admin put it; admins see who is not enrolled."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sandbox.client import ChatReader
from storage.models import AuditEvent
from tests.world import World

KNIFE = "482913K 4B range 10 min ago he pulled a sharpened toothbrush out of his sock"
WAIT_S = 10.0


async def _left(world: World, chat_id: int) -> bool:
    calls = await world.client.calls("leaveChat")
    return any(str(call["params"].get("chat_id")) == str(chat_id) for call in calls)


async def _texts(chat: ChatReader) -> list[str]:
    return [m.get("text") or "" for m in await chat.messages()]


async def _with(world: World, chat: ChatReader, *words: str) -> list[dict[str, Any]]:
    async def matching() -> list[dict[str, Any]]:
        return [m for m in await chat.messages() if all(w in (m.get("text") or "") for w in words)]

    return await world.eventually(matching, WAIT_S)


async def test_a_stranger_adding_the_bot_gets_one_line_and_the_bot_leaves(world: World) -> None:
    stranger = await world.client.user("Kim", language_code="fr")
    group = await world.client.group("Amis", [stranger], with_bot=False)
    await group.add_bot(stranger)

    line = await group.next_message()
    assert "je quitte ce groupe" in line["text"]
    assert await world.eventually(lambda: _left(world, group.id), WAIT_S)
    assert len(await group.messages()) == 1

    async def audited(session):
        return (await session.scalars(select(AuditEvent.action))).all()

    assert "group.left" in await world.query(audited)


async def test_an_enrolled_officer_cannot_keep_the_bot_in_a_group_either(world: World) -> None:
    officer = await world.officer("Alex Martin")
    group = await world.client.group("Range 4B", [officer], with_bot=False)
    await group.add_bot(officer)

    assert "I am leaving this group" in (await group.next_message())["text"]
    assert await world.eventually(lambda: _left(world, group.id), WAIT_S)


async def test_a_public_group_is_left_even_when_an_admin_adds_the_bot(world: World) -> None:
    admin = await world.enrol("Robin Chen", "admin")
    group = await world.client.group("Open forum", [admin], public=True, with_bot=False)
    await group.add_bot(admin)

    assert "public groups" in (await group.next_message())["text"]
    assert await world.eventually(lambda: _left(world, group.id), WAIT_S)


async def test_an_admins_group_lists_members_who_are_not_enrolled(world: World) -> None:
    admin = await world.enrol("Robin Chen", "admin")
    analyst = await world.enrol("Riley Park", "intelligence")
    silent = await world.client.user("Silent", last_name="Member")
    group = await world.client.group("SIO desk", [admin, analyst, silent], with_bot=False)
    await group.add_bot(admin)
    assert "/register" in (await group.next_message())["text"]

    visitor = await world.client.user("Casey", last_name="Visitor")
    await group.join(visitor)
    await analyst.send_to(group, "/help")
    officer = await world.officer()
    await officer.send(KNIFE)
    await officer.next_message()
    await officer.tap("✅ Submit")
    assert await _with(world, officer, "Submitted")

    await admin.send_to(group, "/register security_intelligence")
    answer = await group.next_message()
    assert "now receives the security_intelligence items" in answer["text"]
    assert "Casey Visitor" in answer["text"]
    assert "Riley Park" not in answer["text"] and "Robin Chen" not in answer["text"]
    assert "I have seen 3 of its 4 members" in answer["text"]
    assert not any("482913K" in text or "toothbrush" in text for text in await _texts(group))

    await group.leave(visitor)
    await admin.send("/members")
    listing = await admin.next_message()
    assert "SIO desk" in listing["text"] and "is enrolled" in listing["text"]
    assert "Casey" not in listing["text"]


async def test_an_admin_bot_sees_joins_without_service_messages(world: World) -> None:
    admin = await world.enrol("Robin Chen", "admin")
    group = await world.client.group("Health desk", [admin], with_bot=False)
    await group.add_bot(admin, admin=True)
    await group.next_message()
    await admin.send_to(group, "/register health_services")
    await group.next_message()

    nurse = await world.enrol("Morgan Diallo", "health")
    outsider = await world.client.user("Jamie", last_name="Outside")
    for persona in (nurse, outsider):
        await group.join(persona, service_message=False)  # as in a big supergroup

    async def listed() -> str:
        await admin.send("/members")
        text = (await admin.next_message())["text"]
        return text if "Jamie Outside" in text else ""

    text = await world.eventually(listed, WAIT_S)
    assert "Jamie Outside" in text and "Morgan Diallo" not in text


async def test_members_is_for_admins_only(world: World) -> None:
    officer = await world.officer()
    await officer.send("/members")
    assert "your role does not allow" in (await officer.next_message())["text"]
