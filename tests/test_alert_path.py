"""From an officer's tap to the supervisor's phone under faults: the bot killed at any moment,
the database away, one chat failing, flood control. Nothing is lost, nothing is said to be
saved that was not, and no failing chat holds back an alert to another."""

from __future__ import annotations

import asyncio
import json
import random
import signal
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from sqlalchemy import make_url, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.inbound import Arrival, store_arrivals
from sandbox.client import Persona, SandboxClient, button_texts
from sandbox.server import Sandbox
from storage.models import Entry, InboundMessage, utcnow
from tests import conftest
from tests.process import rapport_run
from tests.proxy import CuttableProxy
from tests.test_alert_faults import _queue_digests
from tests.test_alerts import KNIFE, PUNCH, REFERENCE, SHEET, _submit
from tests.world import World, enrolment_code, enrolment_codes, text_update

STARTUP_S = 40.0
# Officers' immediate items on three different offenders (no same-event link between them).
IMMEDIATE = (KNIFE, PUNCH, SHEET)


async def _messages_with(
    persona: Persona, word: str, within: float, count: int = 1
) -> list[dict[str, Any]]:
    """The persona's messages holding ``word``, waiting up to ``within`` seconds for
    ``count`` of them."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        found = [m for m in await persona.messages() if word in (m.get("text") or "")]
        if len(found) >= count or asyncio.get_running_loop().time() > deadline:
            return found
        await asyncio.sleep(0.1)


@pytest.mark.parametrize("seed", [1, 2])
async def test_every_submit_tap_ends_in_a_record_and_an_alert_when_the_bot_is_killed(
    seed: int,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    sandbox: Sandbox,
    client: SandboxClient,
) -> None:
    rng = random.Random(seed)
    codes = await enrolment_codes(sessions, "supervisor")
    async with sessions.begin() as session:
        officer_codes = [await enrolment_code(session, "officer") for _ in IMMEDIATE]
    supervisor = await client.user("Jordan", last_name="Roy")
    officers = [await client.user(name) for name in ("Alex", "Sam", "Chloe")]
    bot = await rapport_run(sandbox, database_url)
    try:
        await supervisor.send(f"/start {codes['supervisor']}")
        await supervisor.next_message(timeout=STARTUP_S)
        await supervisor.send("/onduty")
        await supervisor.next_message(timeout=15)
        for officer, code in zip(officers, officer_codes, strict=True):
            await officer.send(f"/start {code}")
            await officer.next_message(timeout=15)
        for officer, text in zip(officers, IMMEDIATE, strict=True):
            await officer.send(text)
            card = await officer.next_message(timeout=15)
            assert "✅ Submit" in button_texts(card)
            await officer.tap("✅ Submit", message=card)
            # Killed somewhere between the tap and its alert: storing, handling or sending.
            await asyncio.sleep(rng.uniform(0.0, 0.4))
            bot.send_signal(signal.SIGKILL)
            await bot.wait()
            bot = await rapport_run(sandbox, database_url)

        for officer in officers:
            [submitted, *repeats] = await _messages_with(officer, "Submitted", STARTUP_S)
            reference = REFERENCE.search(submitted["text"])
            assert reference is not None
            alerts = await _messages_with(supervisor, reference.group(0), 15)
            assert alerts and "IMMEDIATE" in alerts[0]["text"]
            # Only a message in flight at the kill may come twice, and it says so.
            assert all(m["text"].startswith("🔁") for m in repeats + alerts[1:])
        async with sessions() as session:
            statuses = (await session.scalars(select(Entry.status))).all()
        assert statuses == ["submitted"] * len(officers)
    finally:
        if bot.returncode is None:
            bot.terminate()
            await bot.wait()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_an_update_stored_before_a_crash_is_handled_at_the_next_start(
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    sandbox: Sandbox,
    client: SandboxClient,
) -> None:
    code = (await enrolment_codes(sessions, "officer"))["officer"]
    officer = await client.user("Alex")
    bot = await rapport_run(sandbox, database_url)
    try:
        await officer.send(f"/start {code}")
        await officer.next_message(timeout=STARTUP_S)
        await asyncio.sleep(0.5)  # the welcome is settled: only the stored update is pending
    finally:
        bot.send_signal(signal.SIGKILL)
        await bot.wait()
    # What the receiver stored just before the process died, Telegram already told.
    payload = text_update(officer, 777_001, 777, "517204C at 1000 in the library reading quietly")
    async with sessions.begin() as session:
        await store_arrivals(
            session=session,
            arrivals=[
                Arrival(
                    update_id=777_001,
                    kind="message",
                    telegram_user_id=officer.id,
                    chat_id=officer.chat_id,
                    chat_type="private",
                    message_id=777,
                    text=payload["message"]["text"],
                    language_code=None,
                    payload=json.dumps(payload),
                )
            ],
            now=utcnow(),
        )
    bot = await rapport_run(sandbox, database_url)
    try:
        card = await officer.next_message(timeout=STARTUP_S)
        assert "library" in card["text"] and "✅ Submit" in button_texts(card)
        async with sessions() as session:
            row = await session.scalar(
                select(InboundMessage).where(InboundMessage.update_id == 777_001)
            )
        assert row is not None and row.processed_at is not None
    finally:
        bot.terminate()
        await bot.wait()


@asynccontextmanager
async def _database_away(database_url: str, proxy: CuttableProxy | None) -> AsyncIterator[None]:
    """PostgreSQL cut off at the proxy, or the SQLite file locked by another process."""
    if proxy is not None:
        proxy.sever()
        try:
            yield
        finally:
            proxy.restore()
        return
    path = make_url(database_url).database
    assert path
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_nothing_sent_while_the_database_is_away_is_lost_or_falsely_saved(
    mode: str,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    sandbox: Sandbox,
    client: SandboxClient,
) -> None:
    """Polling keeps the offset where it was; the webhook answers 503, so the sandbox, as
    Telegram does, sends the update again later."""
    postgres = database_url.startswith("postgresql")
    if mode == "webhook" and not postgres:
        pytest.skip("the webhook's refusal is the same on both databases: PostgreSQL is quicker")
    async with cuttable(database_url) as (bot_url, proxy):
        settings = (conftest.webhook_settings if mode == "webhook" else conftest.test_settings)(
            sandbox, bot_url
        )
        async with conftest.running_world(sandbox, client, sessions, settings) as world:
            officer = await world.officer()
            supervisor = await world.supervisor()
            away_s = 20.0 if postgres else 40.0  # SQLite: past the bot's 30 s wait for a lock
            before = len(await officer.messages())
            async with _database_away(database_url, proxy):
                await officer.send(KNIFE)
                await officer.send("517204C at 1000 in the gym lifting weights calmly")
                await asyncio.sleep(away_s)
                said = [m["text"] for m in (await officer.messages())[before:]]
                assert not any("saved" in text.lower() for text in said), said
            card = await _card(officer)
            assert "toothbrush" in card["text"]
            reference = await _submit_card(officer, card)
            alert = await world.messages_with(supervisor, reference, within=30)
            assert alert and "IMMEDIATE" in alert[0]["text"]
            texts = [entry.text for entry in await world.entries()]
            assert texts == [KNIFE, "517204C at 1000 in the gym lifting weights calmly"]


@asynccontextmanager
async def cuttable(database_url: str) -> AsyncIterator[tuple[str, CuttableProxy | None]]:
    """The database URL for the bot, and the proxy a test cuts to take PostgreSQL away (none
    for SQLite, which ``_database_away`` locks instead)."""
    if not database_url.startswith("postgresql"):
        yield database_url, None
        return
    url = make_url(database_url)
    async with CuttableProxy(url.host or "127.0.0.1", url.port or 5432) as proxy:
        proxied = url.set(host="127.0.0.1", port=proxy.port)
        yield proxied.render_as_string(hide_password=False), proxy


async def _card(officer: Persona) -> dict[str, Any]:
    """The officer's latest capture card, waiting for it."""
    for _ in range(10):
        message = await officer.next_message(timeout=45)
        if "✅ Submit" in button_texts(message):
            return message
    raise AssertionError("no capture card came")


async def _submit_card(officer: Persona, card: dict[str, Any]) -> str:
    await officer.tap("✅ Submit", message=card)
    submitted = await _messages_with(officer, "Submitted", 30)
    assert submitted
    found = REFERENCE.search(submitted[0]["text"])
    assert found is not None
    return found.group(0)


async def test_one_failing_chat_does_not_hold_back_an_alert_to_another(world: World) -> None:
    officer = await world.officer()
    supervisor = await world.supervisor()
    failing = [await world.client.user(f"Reader{i}") for i in range(3)]
    # Telegram answers 502 for these chats for a whole minute, while they have messages queued.
    await world.client.faults(
        status=502, for_s=60, chat_ids=[r.id for r in failing], methods=["sendMessage"]
    )
    await _queue_digests(world, failing)
    await world.settle(4.0)  # their retries back off: 0.5, 1, 2 s...
    loop = asyncio.get_running_loop()
    started = loop.time()
    reference = await _submit(officer, KNIFE)
    alert = await world.messages_with(supervisor, reference, within=15)
    # The old global back-off held every chat behind the failing ones for tens of seconds.
    assert alert and loop.time() - started < 5.0
    assert [await reader.messages() for reader in failing] == [[], [], []]


async def test_replies_held_by_flood_control_still_arrive_in_order(world: World) -> None:
    officer = await world.officer()
    supervisor = await world.supervisor()
    await world.client.set_limits(True)
    await world.client.faults(
        fail_next=3, status=429, retry_after=1, chat_ids=[officer.id], methods=["sendMessage"]
    )
    reference = await _submit(officer, KNIFE)
    assert await world.messages_with(supervisor, reference)
    assert await world.messages_with(officer, "alert sent to")
    texts = [m["text"] for m in await officer.messages()]
    submitted = next(i for i, text in enumerate(texts) if "Submitted" in text)
    sent = next(i for i, text in enumerate(texts) if "alert sent to" in text)
    assert submitted < sent  # "alert sent to …" follows the "Submitted" it refers to
    refused = [c for c in await world.client.calls("sendMessage") if c["status"] == 429]
    assert len(refused) == 3  # the card and the confirmation were refused first, then resent
