"""Delivery: the worker that empties the outbox, urgent rows first, within Telegram's limits.

It talks to Telegram through a ``Sender`` (the chat layer implements it), and turns Telegram's
answers into three outcomes: try again after ``retry_after`` (429), try again with backoff
(network errors, 5xx), or give up on this recipient (403 blocked, chat not found) and fall through
to the next one, telling the site's admins once. An alert Telegram refuses as a bad request goes
to the same recipient again in its minimal form (no narrative): the supervisor still hears of it.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.leases import LEASE
from bot.notify import routing
from bot.notify.pacing import RateGate
from bot.notify.plan import PRIORITY
from bot.reply import StoredButtons
from storage import outbox
from storage.models import OutboxMessage, utcnow
from storage.vocabulary import NEW_MESSAGES, MessageKind, OutboxStatus, SendMethod

log = logging.getLogger(__name__)
MAX_BACKOFF_S = 60.0
# How many chats' next messages one look at the queue reads, to share the send slots among.
HEADS_READ = 200
# Before a message that may have reached its chat already (its sender died while Telegram had
# it): the reader sees a repeat for what it is. A sign, not words: it reads in every language.
REPEAT_MARK = "🔁"
# Admins hear once a day that a recipient cannot be reached, not at every alert and repeat.
FAILURE_NOTICE_EVERY = timedelta(days=1)
# Alerts and escalations: rows this urgent have send slots and a share of the rate kept for them
# (``Deliverer.alarm_slots``, ``RateGate.alarm_reserve``), so no backlog ever holds them.
ALARM_PRIORITY = PRIORITY[MessageKind.ALERT]


class RetryLater(Exception):
    """Telegram said 429: wait ``seconds`` before this chat gets anything else."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


class Transient(Exception):
    """A network error or a 5xx: try again later."""


class Permanent(Exception):
    """Telegram refused for good: this message (a bad request) or, when ``unreachable``, every
    message to this recipient (blocked the bot, chat not found, kicked)."""

    def __init__(self, reason: str, *, unreachable: bool = False) -> None:
        super().__init__(reason)
        self.unreachable = unreachable


class Sender(Protocol):
    """What delivery needs from the chat layer."""

    async def send(self, chat_id: int, text: str, buttons: StoredButtons) -> int: ...

    async def edit(
        self, chat_id: int, message_id: int, text: str, buttons: StoredButtons
    ) -> None: ...

    async def delete(self, chat_id: int, message_id: int) -> None: ...

    async def unbutton(self, chat_id: int, message_id: int) -> None: ...

    async def send_file(
        self, chat_id: int, method: str, data: bytes, filename: str | None, caption: str
    ) -> int: ...


def backoff(attempts: int) -> float:
    """Seconds before retry number ``attempts`` after a transient failure."""
    return min(0.5 * 2.0 ** max(attempts - 1, 0), MAX_BACKOFF_S)


@dataclass(frozen=True)
class _Claim:
    """Who claims rows, and the clocks they are claimed by."""

    replica: str
    now: datetime  # the site's clock: when a row is due, when it went
    wall: datetime  # the wall clock, by which leases are kept

    @property
    def until(self) -> datetime:
        return self.wall + LEASE


@dataclass(frozen=True)
class _Job:
    """A claimed row, read out of its transaction: no database connection is held while
    Telegram answers (SQLite has one, shared by every update the bot handles)."""

    id: int
    method: str
    chat_id: int
    text: str
    buttons: StoredButtons
    target_id: int | None
    target_message_id: int | None  # None for an edit or delete: its message never went out
    file_data: bytes | None = None
    file_name: str | None = None
    alarm: bool = False


@dataclass(frozen=True)
class _Room:
    """How many sends may start now: ``slots`` in all, of which ``others`` (0: none) for the
    rows that are not alarms."""

    slots: int
    others: int


async def _claim(
    session: AsyncSession, gate: RateGate, claim: _Claim, room: _Room, busy: set[int]
) -> list[_Job]:
    """Claim the most urgent due rows the rate limits let go now, one per chat, none for a chat
    that is ``busy`` (a send to it in flight here or, under a live lease, in another replica) or
    held (its own back-off or limit). With no ``room.others``, only alarms are looked for."""
    jobs: list[_Job] = []
    others = 0
    skip = busy | gate.held_chats()
    heads = await outbox.due(
        session=session,
        due_at=claim.now,
        now=claim.wall,
        limit=HEADS_READ,
        skip_chats=skip,
        priority_up_to=None if room.others else ALARM_PRIORITY,
    )
    # Within an urgency, the chat served longest ago goes first (round robin): a chat with a
    # long backlog takes its turn and lets the next chat's first message through.
    for row in sorted(heads, key=lambda r: (r.priority, gate.last_sent(r.chat_id), r.id)):
        alarm = row.priority <= ALARM_PRIORITY
        if len(jobs) >= room.slots or (not alarm and others >= room.others):
            break  # most urgent first: no row further on may go either
        target = None
        if row.target_id is not None:
            target = await outbox.get(session=session, row_id=row.target_id)
            if target is not None and target.status in (
                OutboxStatus.PENDING,
                OutboxStatus.SENDING,
            ):
                continue  # the message to change is not out yet; it goes first
        new_message = row.method in NEW_MESSAGES
        ready = gate.ready(row.chat_id, new_message=new_message, alarm=alarm)
        if not ready or not await outbox.claim(
            session=session, row_id=row.id, replica=claim.replica, at=claim.now, until=claim.until
        ):
            continue
        if new_message:
            gate.take(row.chat_id)
        others += not alarm
        repeat = row.error == outbox.INTERRUPTED and row.method in NEW_MESSAGES
        jobs.append(
            _Job(
                id=row.id,
                method=row.method,
                chat_id=row.chat_id,
                text=f"{REPEAT_MARK} {row.text}" if repeat else row.text,
                buttons=row.buttons,
                target_id=row.target_id,
                # An edit of a message the user already had (a tapped card) names it directly.
                target_message_id=(
                    target.telegram_message_id
                    if target is not None
                    else (row.telegram_message_id if row.method not in NEW_MESSAGES else None)
                ),
                file_data=row.file_data,
                file_name=row.file_name,
                alarm=alarm,
            )
        )
    return jobs


async def _perform(sender: Sender, job: _Job) -> int | None:
    if job.method == SendMethod.SEND:
        return await sender.send(job.chat_id, job.text, job.buttons)
    if job.method in (SendMethod.DOCUMENT, SendMethod.PHOTO):
        assert job.file_data is not None
        return await sender.send_file(
            job.chat_id, job.method, job.file_data, job.file_name, job.text
        )
    if job.target_message_id is None:
        raise Permanent("target message was never delivered")
    if job.method == SendMethod.EDIT:
        await sender.edit(job.chat_id, job.target_message_id, job.text, job.buttons)
    elif job.method == SendMethod.UNBUTTON:
        await sender.unbutton(job.chat_id, job.target_message_id)
    else:
        await sender.delete(job.chat_id, job.target_message_id)
    return None


async def _settle(
    session: AsyncSession,
    gate: RateGate,
    job: _Job,
    message_id: int | None,
    failure: Exception | None,
    claim: _Claim,
) -> None:
    """Record how a claimed row went. A failure holds back only this row's chat: no single
    failing chat delays the others."""
    now = claim.now
    row = await outbox.held(session=session, row_id=job.id, replica=claim.replica)
    if row is None:
        # Another replica took the row over while this one stalled past its lease: it sends
        # the row again (marked as a possible repeat) and records that send.
        log.warning("outbox row %s: lease lost before its send was recorded", job.id)
        return
    target = await outbox.get(session=session, row_id=job.target_id or 0)
    if failure is not None and job.method in NEW_MESSAGES:
        gate.release(job.chat_id)  # only what Telegram accepted counts against its limits
    if isinstance(failure, RetryLater):
        gate.block(job.chat_id, failure.seconds)
        row.status, row.not_before = OutboxStatus.PENDING, now + timedelta(seconds=failure.seconds)
        row.claimed_at = row.claimed_by = row.lease_until = None
        return
    if isinstance(failure, Transient):
        row.attempts += 1
        pause = backoff(row.attempts)
        row.status, row.error = OutboxStatus.PENDING, str(failure)[:300]
        row.not_before = now + timedelta(seconds=pause)
        row.claimed_at = row.claimed_by = row.lease_until = None
        gate.block(job.chat_id, pause)
        log.warning("outbox row %s: %s; retry in %.1f s", job.id, failure, pause)
        return
    if isinstance(failure, Permanent):
        row.status = OutboxStatus.UNREACHABLE if failure.unreachable else OutboxStatus.FAILED
        row.error = str(failure)[:300]
        log.warning("outbox row %s (%s) refused: %s", job.id, job.method, failure)
        if job.method == SendMethod.DELETE and target is not None:
            # Past Telegram's 48 hours (after a long outage): the copy stays in the chat.
            target.status = OutboxStatus.UNDELETABLE
        if not failure.unreachable and await routing.resend_minimal(
            session=session, refused=row, now=now
        ):
            # The recipient still hears of the alert: nobody to fall through to, no failure to
            # tell the admins of (nor to keep them from hearing of the next one).
            row.status = OutboxStatus.REPLACED
            return
        await fall_through(session=session, row=row, now=now)
        return
    row.status, row.sent_at = OutboxStatus.SENT, now
    if job.method in NEW_MESSAGES:
        row.telegram_message_id = message_id
    if job.method == SendMethod.DELETE and target is not None:
        target.status = OutboxStatus.DELETED


@dataclass
class Deliverer:
    """The delivery worker: urgent rows first, one message at a time per chat, many chats at
    once. A chat that is slow or failing holds only itself: the next free send slot goes to
    the most urgent row of any other chat, so an alert is never queued behind it. Nor behind a
    backlog: the other rows never take the last ``alarm_slots`` send slots nor the gate's alarm
    reserve, so an alert committed while a digest run drains goes at once.

    Replicas share the outbox: each claims the rows it sends under a lease (``replica``) and
    renews it while it lives (``keep_leases``); a dead replica's rows go back to the queue when
    their lease runs out and whichever replica looks next sends them."""

    sessions: async_sessionmaker[AsyncSession]
    sender: Sender
    gate: RateGate
    clock: Callable[[], datetime]
    replica: str = "local"
    wall_clock: Callable[[], datetime] = utcnow
    concurrency: int = 16
    alarm_slots: int = 2  # of ``concurrency``, never taken by the other rows
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    _in_flight: dict[int, tuple[_Job, asyncio.Task[None]]] = field(default_factory=dict)

    def _claim_now(self) -> _Claim:
        return _Claim(replica=self.replica, now=self.clock(), wall=self.wall_clock())

    async def step(self) -> float:
        """Start what may go now; the longest wait before looking again (0: look again now)."""
        slots = self.concurrency - len(self._in_flight)
        if slots <= 0:
            return math.inf  # woken when a send finishes
        if wait := self.gate.until_free(alarm=True):
            return wait  # not even an alarm may go before then
        # The other rows keep off the last ``alarm_slots`` slots and the gate's alarm reserve:
        # while their share is used up only alarms are looked for, and the others wait for a
        # send to end (which wakes the worker) or for their share of the rate.
        others_sending = sum(not job.alarm for job, _ in self._in_flight.values())
        others = min(slots, self.concurrency - self.alarm_slots - others_sending)
        others_wait = self.gate.until_free() if others > 0 else math.inf
        room = _Room(slots=slots, others=0 if others_wait else others)
        async with self.sessions.begin() as session:
            jobs = await _claim(session, self.gate, self._claim_now(), room, set(self._in_flight))
        for job in jobs:
            task = asyncio.create_task(self._deliver(job), name=f"rapport-send-{job.id}")
            self._in_flight[job.chat_id] = (job, task)
        if jobs:
            return 0.0
        return min(self.gate.next_chance() or math.inf, others_wait or math.inf)

    async def keep_leases(self) -> int:
        """Renew this replica's leases on the sends in flight, and put back in the queue the
        rows whose lease ran out elsewhere (a dead replica's); how many were put back."""
        wall = self.wall_clock()
        ids = [job.id for job, _ in self._in_flight.values()]
        async with self.sessions.begin() as session:
            await outbox.renew(session=session, replica=self.replica, ids=ids, until=wall + LEASE)
            released = await outbox.release_expired(session=session, now=wall)
        if released:
            log.warning("outbox: %s sends of a replica that stopped are queued again", released)
            self.wake.set()
        return released

    async def _deliver(self, job: _Job) -> None:
        message_id, failure = None, None
        try:
            try:
                message_id = await _perform(self.sender, job)
            except (RetryLater, Transient, Permanent) as error:
                failure = error
            async with self.sessions.begin() as session:
                await _settle(session, self.gate, job, message_id, failure, self._claim_now())
        except Exception:
            # The row stays claimed; its lease runs out and it is sent again, marked.
            log.exception("outbox row %s could not be settled", job.id)
        finally:
            self._in_flight.pop(job.chat_id, None)
            self.wake.set()

    async def drain(self) -> None:
        """Wait for the sends in flight (the bot is stopping)."""
        if self._in_flight:
            await asyncio.wait({task for _, task in self._in_flight.values()}, timeout=5.0)


async def fall_through(*, session: AsyncSession, row: OutboxMessage, now: datetime) -> None:
    """A recipient could not be reached: try the next one and tell the site's admins (once a
    day per chat, not at every alert and repeat)."""
    if row.method != SendMethod.SEND:
        return
    told = await outbox.failed_since(
        session=session, chat_id=row.chat_id, since=now - FAILURE_NOTICE_EVERY, other_than=row.id
    )
    await routing.fall_through(session=session, row=row, now=now, admins_told=bool(told))
