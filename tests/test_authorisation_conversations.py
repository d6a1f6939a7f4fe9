"""Who may do what, end to end: the chat layer's own checks (capture and duty), refusals in the
reader's language, forged buttons, and alerts and route items reaching the right people.

The authorisation table itself is walked role by role through the domain in
``test_authorisation_walk.py``; these conversations hold the wiring around it honest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import t
from sandbox.client import Persona
from storage.models import Alert, Entry
from tests.world import World

NARRATIVE = (
    "zqalpha 517204C 4B range 10 min ago he pulled a razor blade out of his sock and waved it "
    "at his cellmate"
)
MARKER = NARRATIVE.split()[0]


@dataclass(frozen=True)
class Reported:
    """A colleague's immediate record, as stored."""

    reference: str
    entry_id: int
    alert_id: int


async def _colleague_reports(world: World) -> Reported:
    """Alex Martin, an officer, reports a razor blade and submits it."""
    alex = await world.officer("Alex Martin")
    await alex.send(NARRATIVE)
    await alex.next_message()
    await alex.tap("✅ Submit")
    await alex.next_message()

    async def stored(session: AsyncSession) -> Reported:
        entry = (await session.scalars(select(Entry).where(Entry.text == NARRATIVE))).one()
        alert = await session.scalar(select(Alert.id).where(Alert.entry_id == entry.id))
        assert entry.reference is not None and alert is not None
        return Reported(entry.reference, entry.id, alert)

    return await world.query(stored)


async def _answer_to(world: World, persona: Persona, text: str) -> str:
    """What the bot says next to ``persona`` after ``text``."""
    await persona.send(text)
    return (await persona.next_message())["text"]


async def _forged(persona: Persona, data: str) -> dict[str, Any]:
    """A tap with ``data`` on the persona's latest message, which never carried it."""
    [*_, anchor] = await persona.messages()
    return await persona.tap_data(data, anchor)


async def _toast(world: World, persona: Persona, query: dict[str, Any]) -> str:
    """The bot's answer to one tap (the toast the persona sees)."""

    async def answered() -> str | None:
        answers = await persona.callback_answers()
        return next((a["text"] for a in answers if a["callback_query_id"] == query["id"]), None)

    toast = await world.eventually(answered)
    assert toast is not None, f"no answer to {query['data']}"
    return toast


async def _chat_text(persona: Persona) -> str:
    return "\n".join(m.get("text") or m.get("caption") or "" for m in await persona.messages())


async def test_an_officer_is_told_politely_what_their_role_does_not_allow(world: World) -> None:
    reported = await _colleague_reports(world)
    dana = await world.officer("Dana Whitfield")
    no = t("en", "core.not_allowed")

    card = await _answer_to(world, dana, "517204C 4B range 5 min ago calm and polite at count")
    assert t("en", "capture.card_title") in card
    assert await _answer_to(world, dana, "/onduty") == no
    assert await _answer_to(world, dana, "/export today") == no
    assert await _answer_to(world, dana, f"/show {reported.reference}") == t(
        "en", "records.not_found", reference=reported.reference
    )
    forged_ack = await _forged(dana, f"al:{reported.alert_id}:ack")
    assert await _toast(world, dana, forged_ack) == no
    forged_details = await _forged(dana, f"al:{reported.alert_id}:details")
    assert await _toast(world, dana, forged_details) == t(
        "en", "records.not_found", reference=reported.reference
    )
    forged_sign = await _forged(dana, f"cap:{reported.entry_id}:sign")
    assert await _toast(world, dana, forged_sign) == t("en", "capture.not_yours")
    assert MARKER not in await _chat_text(dana)


async def test_an_admin_administers_in_french_and_reads_no_narrative(world: World) -> None:
    reported = await _colleague_reports(world)
    ada = await world.enrol("Ada Roy", "admin", lang="fr")
    no = t("fr", "core.not_allowed")

    assert await _answer_to(world, ada, "517204C 4B range 5 min ago calm at count") == no
    assert await _answer_to(world, ada, "/observe") == no
    assert await _answer_to(world, ada, "/mine") == no
    assert await _answer_to(world, ada, "/drafts") == no
    assert await _answer_to(world, ada, f"/show {reported.reference}") == t(
        "fr", "records.not_found", reference=reported.reference
    )
    assert await _answer_to(world, ada, "/members") == t("fr", "members.no_groups")
    desk = await world.client.group("Bureau santé", [ada])
    await ada.send_to(desk, "/register health_services")
    registered = await desk.next_message()
    assert t("fr", "channels.registered", route="health_services") in registered["text"]
    assert MARKER not in await _chat_text(ada)


async def test_the_supervisor_on_duty_acknowledges_and_reads_the_record(world: World) -> None:
    jordan = await world.supervisor("Jordan Roy")
    reported = await _colleague_reports(world)
    alert = await jordan.next_message()
    assert reported.reference in alert["text"]

    acknowledged = await jordan.tap(t("en", "alerts.acknowledge"), message=alert)
    assert "Jordan Roy" in await _toast(world, jordan, acknowledged)
    await jordan.tap(t("en", "alerts.pdf"), message=alert)
    document = await jordan.next_message()
    assert reported.reference in document["document"]["file_name"]
    shown = await _answer_to(world, jordan, f"/show {reported.reference}")
    assert MARKER in shown
    assert await _answer_to(world, jordan, "/offduty") == t("en", "duty.off")


async def test_security_intelligence_marks_its_route_item_seen(world: World) -> None:
    riley = await world.enrol("Riley Chen", "intelligence")
    reported = await _colleague_reports(world)
    item = await riley.next_message()
    assert reported.reference in item["text"]
    seen = await riley.tap(t("en", "alerts.seen"), message=item)
    assert (await _toast(world, riley, seen)).startswith("Seen by Riley Chen")
