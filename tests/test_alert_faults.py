"""Alerts through Telegram's bad days: server errors, flood waits, dropped connections, latency,
a digest backlog held by the rate limit or filling every send slot, and the bot killed with
alerts still to send."""

from __future__ import annotations

import asyncio
import math
import signal
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.notify.audience import Recipient
from bot.notify.bulletin import queue_text
from bot.notify.delivery import Deliverer
from bot.notify.pacing import RateGate
from bot.notify.plan import PRIORITY
from bot.reply import StoredButtons
from sandbox.client import Persona, SandboxClient, button_texts
from sandbox.server import Sandbox
from storage import outbox
from storage.models import OutboxMessage, utcnow
from storage.vocabulary import MessageKind
from tests.process import rapport_run
from tests.test_alerts import DETAILS, KNIFE, WAIT_S, _card, _reference, _submit, _to, _with
from tests.world import World, enrolment_codes

FAULTS = {
    "server errors": {"fail_next": 3, "status": 500},
    "flood waits": {"fail_next": 2, "status": 429, "retry_after": 1},
    "dropped connections": {"drop_next": 3},
    "latency": {"latency_ms": 300},
}


async def _queue_digests(world: World, readers: list[Persona]) -> None:
    """A backlog of digest messages, as a morning's digest run leaves them for many staff."""
    site = await world.site()
    async with world.sessions.begin() as session:
        for reader in readers:
            await queue_text(
                session=session,
                site=site,
                kind=MessageKind.DIGEST,
                priority=PRIORITY[MessageKind.DIGEST],
                recipient=Recipient(
                    chat_id=reader.id, staff_id=None, label=reader.first_name, lang="en"
                ),
                text=f"Daily digest for {reader.first_name}",
                now=utcnow(),
            )


@pytest.mark.parametrize("fault", FAULTS.values(), ids=list(FAULTS))
async def test_an_escalation_reaches_everyone_once_and_first_through_faults(
    world: World, fault: dict[str, int]
) -> None:
    officer = await world.officer()
    on_duty = await world.supervisor("Jordan Roy")
    off_duty = await world.supervisor("Sam Okafor", on_duty=False)
    readers = [await world.client.user(f"Reader{i}") for i in range(10)]
    reference = await _submit(officer, KNIFE)
    assert await _with(world, on_duty, "IMMEDIATE", reference)
    assert await _with(world, officer, reference, "alert sent to Jordan Roy")
    # Only the delivery worker sends from here on, so every armed fault hits an outbox row.
    await world.client.faults(methods=None if "latency_ms" in fault else ["sendMessage"], **fault)
    world.advance_clock(timedelta(minutes=3))  # nobody acknowledged: the escalation is due
    failures = fault.get("fail_next") or fault.get("drop_next") or 0
    if failures:
        await _refused(world.client, on_duty, fault.get("status", 0))
    await _queue_digests(world, readers)  # less urgent work arrives while Telegram fails

    assert await _with(world, off_duty, "NOT YET ACKNOWLEDGED", reference)
    assert await _with(world, on_duty, "NOT YET ACKNOWLEDGED", reference)
    assert await _with(world, officer, reference, "escalated to Sam Okafor")
    for reader in readers:
        assert await _with(world, reader, "Daily digest")
    await world.settle(1.0)
    assert len([m for m in await off_duty.messages() if reference in m["text"]]) == 1
    assert len([m for m in await on_duty.messages() if reference in m["text"]]) == 2
    for reader in readers:
        assert len(await reader.messages()) == 1
    calls = await world.client.calls("sendMessage")
    assert len([c for c in calls if c["status"] != 200]) == failures
    if fault.get("status") == 429:
        return  # a flood wait holds one chat only: the others rightly go on meanwhile
    # A chat whose send failed waits alone, for its own short back-off, then goes before any
    # less urgent message: no escalation waited for the digests queued meanwhile.
    for chat in (on_duty, off_duty, officer):
        tries = [c for c in calls if _to(c, chat) and reference in c["params"]["text"]]
        refused = [c["time"] for c in tries if c["status"] != 200]
        sent = [
            c["time"] for c in tries if c["status"] == 200 and "NOT YET" in c["params"]["text"]
        ]
        if refused and sent:
            assert max(sent) - min(refused) < 5.0


async def test_an_alert_overtakes_a_digest_backlog_held_by_the_rate_limit(world: World) -> None:
    officer = await world.officer()
    supervisor = await world.supervisor("Jordan Roy")
    readers = [await world.client.user(f"Reader{i}") for i in range(120)]
    await world.client.set_limits(True)
    card = await _card(officer, KNIFE)
    # The backlog is queued just before the tap, so it stands however long the conversation
    # took on a loaded machine (queued earlier, it drains while the officer is still typing).
    await _queue_digests(world, readers)
    await officer.tap("✅ Submit", message=card)
    reference = await _reference(officer)
    assert await _with(world, supervisor, "IMMEDIATE", reference)
    sent = [c for c in await world.client.calls("sendMessage") if c["status"] == 200]
    alert = next(i for i, c in enumerate(sent) if _to(c, supervisor) and reference in str(c))
    digests_before = [c for c in sent[:alert] if "Daily digest" in c["params"]["text"]]
    assert len(digests_before) < len(readers) // 2, "the alert waited behind the backlog"

    async def drained() -> bool:
        calls = await world.client.calls("sendMessage")
        return sum("Daily digest" in c["params"]["text"] for c in calls if c["status"] == 200) >= (
            len(readers)
        )

    assert await world.eventually(drained, 30.0)
    for reader in readers:
        assert len(await reader.messages()) == 1


class _SlowTelegram:
    """A Bot API that takes every message at once and answers only when told to (``answer``):
    the sends it holds keep their slots meanwhile."""

    def __init__(self) -> None:
        self.received: list[int] = []  # the chats, in the order their messages reached it
        self.answer = asyncio.Event()

    async def send(self, chat_id: int, text: str, buttons: StoredButtons) -> int:
        self.received.append(chat_id)
        await self.answer.wait()
        return len(self.received)

    async def edit(self, chat_id: int, message_id: int, text: str, buttons: StoredButtons) -> None:
        raise AssertionError("nothing here is edited")

    async def delete(self, chat_id: int, message_id: int) -> None:
        raise AssertionError("nothing here is deleted")

    async def unbutton(self, chat_id: int, message_id: int) -> None:
        raise AssertionError("nothing here is unbuttoned")

    async def send_file(
        self, chat_id: int, method: str, data: bytes, filename: str | None, caption: str
    ) -> int:
        raise AssertionError("no file is sent here")


SUPERVISOR_CHAT, READER_CHATS = 900, range(1000, 1040)


async def _queue(
    sessions: async_sessionmaker[AsyncSession], kind: MessageKind, *chats: int
) -> None:
    async with sessions.begin() as session:
        for chat in chats:
            await outbox.enqueue(
                session=session,
                message=OutboxMessage(kind=kind, priority=PRIORITY[kind], chat_id=chat, text=kind),
            )


async def test_an_alert_goes_while_a_digest_backlog_holds_every_other_send_slot(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    telegram = _SlowTelegram()
    deliverer = Deliverer(
        sessions=sessions,
        sender=telegram,
        gate=RateGate(pace=False),
        clock=utcnow,
        concurrency=4,
        alarm_slots=1,
    )
    await _queue(sessions, MessageKind.DIGEST, *READER_CHATS)
    await deliverer.step()
    await asyncio.sleep(0)  # the sends start
    assert len(telegram.received) == 3, "the digests keep off the alarm's slot"
    assert await deliverer.step() == math.inf  # the digests wait for a send to end

    await _queue(sessions, MessageKind.ALERT, SUPERVISOR_CHAT)
    await deliverer.step()
    await asyncio.sleep(0)
    assert telegram.received[-1] == SUPERVISOR_CHAT, "the alert waited for a digest's slot"
    telegram.answer.set()
    await deliverer.drain()


async def test_an_alert_takes_the_next_message_of_the_rate_ahead_of_a_digest_backlog(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    telegram, now = _SlowTelegram(), [100.0]
    telegram.answer.set()
    gate = RateGate(clock=lambda: now[0])
    deliverer = Deliverer(sessions=sessions, sender=telegram, gate=gate, clock=utcnow)
    await _queue(sessions, MessageKind.DIGEST, *READER_CHATS)
    while not await deliverer.step():  # the clock stands still: a second's share, at once
        await deliverer.drain()
    share = len(telegram.received)
    assert share == gate.per_second - gate.alarm_reserve

    await _queue(sessions, MessageKind.ALERT, SUPERVISOR_CHAT)
    assert await deliverer.step() == 0.0  # the alert takes the reserve: no wait for the window
    await deliverer.drain()
    assert telegram.received[share:] == [SUPERVISOR_CHAT]
    assert await deliverer.step() == pytest.approx(1.0)  # the digests wait for their share
    assert len(telegram.received) == share + 1


async def test_with_telegrams_limits_off_a_burst_of_replies_goes_without_a_pause(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """Against a Bot API without limits (``telegram_pace`` off: the sandbox, the benchmarks) no
    reply waits for the rate. A gate that counted the messages anyway held every chat's reply
    for up to a second once 25 had gone, and so hid how fast the bot answers."""
    telegram, now = _SlowTelegram(), [100.0]
    telegram.answer.set()
    gate = RateGate(pace=False, clock=lambda: now[0])
    deliverer = Deliverer(sessions=sessions, sender=telegram, gate=gate, clock=utcnow)
    await _queue(sessions, MessageKind.REPLY, *READER_CHATS)
    while len(telegram.received) < len(READER_CHATS):  # the clock stands still: all at once
        assert await deliverer.step() == 0.0, "a reply waited for a limit that is off"
        await deliverer.drain()


async def test_an_alert_telegram_refuses_reaches_the_supervisor_in_its_minimal_form(
    world: World,
) -> None:
    officer = await world.officer("Alex Martin")
    on_duty = await world.supervisor("Jordan Roy")
    off_duty = await world.supervisor("Sam Okafor", on_duty=False)
    admin = await world.enrol("Robin Chen", "admin")
    # Telegram refuses the alert for something in its narrative, and only that message.
    await world.client.faults(
        fail_next=1,
        status=400,
        contains="toothbrush",
        chat_ids=[on_duty.id],
        methods=["sendMessage"],
    )
    reference = await _submit(officer, KNIFE)

    [alert] = await _with(world, on_duty, f"IMMEDIATE — {reference}")
    assert "4B range" in alert["text"]
    for detail in DETAILS:
        assert detail not in alert["text"]
    assert button_texts(alert) == ["✅ Acknowledge", "🙋 Take over", "📄 0875 PDF", "🔎 Details"]
    assert await _with(world, officer, reference, "alert sent to Jordan Roy")
    await _refused(world.client, on_duty, 400)
    await world.settle(1.0)
    up_the_chain = [m for m in await off_duty.messages() if reference in m["text"]]
    assert not up_the_chain, "Jordan has the alert: it waits for his acknowledgement"

    world.advance_clock(timedelta(minutes=4))  # nobody acknowledged: the escalation goes on
    assert await _with(world, off_duty, "NOT YET ACKNOWLEDGED", reference, "toothbrush")
    assert await _with(world, on_duty, "NOT YET ACKNOWLEDGED", reference, "toothbrush")
    assert await _with(world, officer, reference, "escalated to Sam Okafor")

    await on_duty.tap("✅ Acknowledge", message=alert)
    assert await _with(world, officer, reference, "acknowledged by Jordan Roy")

    async def acknowledged() -> bool:
        current = await on_duty.message(alert["message_id"])
        return "Acknowledged by Jordan Roy" in current["text"]

    assert await world.eventually(acknowledged, WAIT_S)
    assert not [m for m in await admin.messages() if "Could not deliver" in m["text"]]


async def test_an_alert_refused_even_in_its_minimal_form_goes_to_the_next_in_line(
    world: World,
) -> None:
    officer = await world.officer("Alex Martin")
    on_duty = await world.supervisor("Jordan Roy")
    off_duty = await world.supervisor("Sam Okafor", on_duty=False)
    admin = await world.enrol("Robin Chen", "admin")
    await world.client.faults(
        fail_next=2, status=400, chat_ids=[on_duty.id], methods=["sendMessage"]
    )
    reference = await _submit(officer, KNIFE)

    # The site's timeout is 3 minutes: the fall-through does not wait for it.
    assert await _with(world, off_duty, "NOT YET ACKNOWLEDGED", reference, "toothbrush")
    assert await _with(world, admin, "Could not deliver", reference, "Jordan Roy")
    assert await _with(world, on_duty, "NOT YET ACKNOWLEDGED", reference)  # the repeat went
    await world.settle(1.0)
    tries = [c["status"] for c in await world.client.calls("sendMessage") if _to(c, on_duty)]
    assert tries.count(400) == 2, "the alert, then its minimal form, then no more"


async def _refused(client: SandboxClient, chat: Persona, status: int) -> None:
    """Wait until the sandbox has refused a message to ``chat`` with ``status``."""
    async with asyncio.timeout(WAIT_S):
        while True:
            calls = await client.calls("sendMessage")
            if any(_to(c, chat) and c["status"] == status for c in calls):
                return
            await asyncio.sleep(0.1)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_an_alert_still_unsent_when_the_bot_is_killed_goes_out_after_restart(
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    sandbox: Sandbox,
    client: SandboxClient,
) -> None:
    codes = await enrolment_codes(sessions, "officer", "supervisor")
    officer, supervisor = await client.user("Alex"), await client.user("Jordan")
    bot = await rapport_run(sandbox, database_url)
    try:
        for persona, role in ((officer, "officer"), (supervisor, "supervisor")):
            await persona.send(f"/start {codes[role]}")
            await persona.next_message(timeout=30)
        await supervisor.send("/onduty")
        await supervisor.next_message(timeout=15)
        await officer.send(KNIFE)
        await officer.next_message(timeout=15)

        # Telegram fails while the officer submits: the alert waits in the outbox.
        await client.faults(fail_next=100_000, status=502, methods=["sendMessage"])
        await officer.tap("✅ Submit")
        await _refused(client, supervisor, 502)
        bot.send_signal(signal.SIGKILL)
        await bot.wait()
        await client.faults()

        bot = await rapport_run(sandbox, database_url)
        alert = await supervisor.next_message(timeout=30)
        assert "IMMEDIATE" in alert["text"] and "sharpened toothbrush" in alert["text"]
        # The "Submitted" reply failed with the alert: it comes after the restart, with the
        # outbox's notice that the alert went out. The reply comes from the stored tap handled
        # again, the notice from the outbox, which starts first: either may arrive first (seen
        # both ways under load), and each says only what is true.
        texts = [(await officer.next_message(timeout=15))["text"] for _ in range(2)]
        assert any("Submitted" in text for text in texts), texts
        assert any("alert sent to Jordan" in text for text in texts), texts
        await asyncio.sleep(1.0)
        alerts = [m for m in await supervisor.messages() if "IMMEDIATE" in m["text"]]
        assert len(alerts) == 1
    finally:
        if bot.returncode is None:
            bot.terminate()
            await bot.wait()
