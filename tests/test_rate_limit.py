"""The per-user rate limit: a flood is stored, not processed, and answered with one polite wait
message in the sender's language; once the window has passed, capture works again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.rate_limit import RateLimiter
from sandbox.client import Persona, SandboxClient
from sandbox.server import Sandbox
from storage.models import AuditEvent, InboundMessage
from tests import conftest
from tests.world import World

FLOOD = 30
WAIT = "Everything is saved, but I will not act on what you send for"


async def _inbound(world: World, persona: Persona) -> list[InboundMessage]:
    async def rows(session: AsyncSession) -> list[InboundMessage]:
        query = select(InboundMessage).where(InboundMessage.telegram_user_id == persona.id)
        return list((await session.scalars(query.order_by(InboundMessage.update_id))).all())

    return await world.query(rows)


async def _flood(world: World, persona: Persona, count: int) -> list[InboundMessage]:
    """``count`` messages as fast as the persona can send them; every one of them stored."""
    before = len(await _inbound(world, persona))
    for number in range(count):
        await persona.send(f"482913K 4B range at 0930 pacing by the door, note {number}")

    async def stored() -> list[InboundMessage]:
        rows = (await _inbound(world, persona))[before:]
        return rows if len(rows) == count else []

    rows = await world.eventually(stored, within=60)
    assert len(rows) == count, "every message of the flood is stored"
    return rows


async def _until_wait_message(persona: Persona) -> dict:
    """The bot's replies, in order, up to its wait message."""
    for _ in range(FLOOD):
        message = await persona.next_message(timeout=30)
        if "faster than I can take" in message["text"] or "plus vite" in message["text"]:
            return message
        assert "Here is what I understood" in message["text"]
    raise AssertionError("no wait message")


async def test_a_flood_is_stored_answered_once_and_capture_works_after_the_window(
    world: World,
) -> None:
    officer = await world.officer()
    rows = await _flood(world, officer, FLOOD)

    wait = await _until_wait_message(officer)
    assert WAIT in wait["text"]
    assert sum(WAIT in m.get("text", "") for m in await officer.messages()) == 1
    held = [row for row in rows if row.processed_at is None]
    assert held and held == rows[-len(held) :], "what came after the limit is kept, unprocessed"
    assert all(row.text and row.text.startswith("482913K") for row in held)

    async def audited(session: AsyncSession) -> list[AuditEvent]:
        query = select(AuditEvent).where(AuditEvent.action == "inbound.throttled")
        return list((await session.scalars(query)).all())

    [line] = await world.query(audited)
    assert "pacing" not in str(line.detail), "the audit line carries no narrative"

    world.advance_clock(timedelta(seconds=11))
    await officer.send("517204C on the yard at 1400 refused to come in when called, calm")
    card = await officer.next_message(timeout=15)
    assert "Here is what I understood" in card["text"] and "517204C" in card["text"]
    await officer.tap("✅ Submit", message=card)
    assert "Submitted" in (await officer.next_message(timeout=15))["text"]


@pytest.fixture
async def strict_world(
    sandbox: Sandbox,
    client: SandboxClient,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[World]:
    """The bot with a limit of three updates in ten seconds."""
    settings = conftest.test_settings(sandbox, database_url, rate_limit_updates=3)
    async with conftest.running_world(sandbox, client, sessions, settings) as running:
        yield running


async def test_the_wait_message_is_in_the_officers_language(strict_world: World) -> None:
    officer = await strict_world.officer("Chloé Lavoie", lang="fr")
    await _flood(strict_world, officer, 6)
    # /start counted too: two captures get their card, the third message is told to wait.
    for _ in range(2):
        assert "Voici ce que j'ai compris" in (await officer.next_message(timeout=15))["text"]
    wait = await officer.next_message(timeout=15)
    assert "Tout est enregistré, mais je ne traiterai rien pendant" in wait["text"]


def test_the_limiter_counts_a_sliding_window_and_tells_once_per_flood() -> None:
    limiter = RateLimiter(limit=3, window_s=10)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    at = [start + timedelta(seconds=second) for second in (0, 1, 2, 3, 4)]
    assert [limiter.check(7, moment) for moment in at[:3]] == [None, None, None]
    first, second = limiter.check(7, at[3]), limiter.check(7, at[4])
    assert first is not None and first.tell and first.wait_s == 8
    assert second is not None and not second.tell
    assert limiter.check(8, at[4]) is None, "another user is not held back"
    assert limiter.check(7, start + timedelta(seconds=14)) is None, "the window has passed"
    again = [limiter.check(7, start + timedelta(seconds=14.1 + n / 10)) for n in range(3)]
    assert again[-1] is not None and again[-1].tell, "a new flood is told again"
