"""Delivery: the worker that empties the outbox, urgent rows first, within Telegram's limits.

It talks to Telegram through a ``Sender`` (the chat layer implements it), and turns Telegram's
answers into three outcomes: try again after ``retry_after`` (429), try again with backoff
(network errors, 5xx), or give up on this recipient (403 blocked, chat not found) and fall through
to the next one, telling the site's admins once. An alert Telegram refuses as a bad request goes
to the same recipient again in its minimal form (no narrative): the supervisor still hears of it.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.alerting import resend_minimal
from bot.routing import PRIORITY, notify_staff, pass_on
from storage import directory, entries, outbox
from storage.models import OutboxMessage

log = logging.getLogger(__name__)
MAX_BACKOFF_S = 60.0
CLAIM_TIMEOUT = timedelta(seconds=60)
# Admins hear once a day that a recipient cannot be reached, not at every alert and repeat.
FAILURE_NOTICE_EVERY = timedelta(days=1)


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

    async def send(self, chat_id: int, text: str, buttons: list[list[dict]]) -> int: ...

    async def edit(
        self, chat_id: int, message_id: int, text: str, buttons: list[list[dict]]
    ) -> None: ...

    async def delete(self, chat_id: int, message_id: int) -> None: ...


@dataclass
class RateGate:
    """Telegram's limits as sliding windows: ~30 messages/s in all, about one a second per
    private chat after a short burst, 20 a minute per group; plus pauses asked by
    ``retry_after`` and a pause of everything while the Bot API is unreachable.

    The outbox takes 25 of the 30 messages a second, so the replies handlers send directly (a
    card, "Submitted") still get through while a digest backlog drains."""

    per_second: float = 25.0
    private_burst: int = 3
    private_interval: float = 1.0
    group_per_minute: int = 20
    clock: Callable[[], float] = time.monotonic
    _global: deque[float] = field(default_factory=deque)
    _chats: dict[int, deque[float]] = field(default_factory=dict)
    _blocked: dict[int, float] = field(default_factory=dict)
    _held_until: float = 0.0
    _soonest: float = math.inf  # when the first chat refused since ``next_chance`` frees up

    def ready(self, chat_id: int) -> bool:
        """Whether a message to ``chat_id`` may go now."""
        now = self.clock()
        if self._held_until > now:
            return False
        if self._blocked.get(chat_id, 0.0) > now:
            self._soonest = min(self._soonest, self._blocked[chat_id])
            return False
        while self._global and now - self._global[0] >= 1.0:
            self._global.popleft()
        if len(self._global) >= self.per_second:
            return False
        sent = self._chats.get(chat_id)
        if not sent:
            return True
        window, cap = (
            (60.0, self.group_per_minute)
            if chat_id < 0
            else (self.private_interval * self.private_burst, self.private_burst)
        )
        while sent and now - sent[0] >= window:
            sent.popleft()
        if len(sent) >= cap:
            self._soonest = min(self._soonest, sent[0] + window)
            return False
        return True

    def take(self, chat_id: int) -> None:
        """Count one message to ``chat_id``."""
        now = self.clock()
        self._global.append(now)
        self._chats.setdefault(chat_id, deque()).append(now)
        if len(self._chats) > 50_000:
            self._chats.clear()

    def release(self, chat_id: int) -> None:
        """Give back a message counted for ``chat_id`` that Telegram did not accept."""
        sent = self._chats.get(chat_id)
        if sent:
            sent.pop()
            if self._global:
                self._global.pop()

    def until_free(self) -> float:
        """Seconds before the overall limit or a hold lets anything go (0: nothing known)."""
        now = self.clock()
        wait = self._held_until - now
        if len(self._global) >= self.per_second:
            wait = max(wait, self._global[0] + 1.0 - now)
        return max(wait, 0.0)

    def next_chance(self) -> float:
        """Seconds until a message refused since the last call may go (0: none was refused for
        a reason that ends by itself). The delivery worker sleeps at most that long, so an
        alert held by a chat's limit goes the moment the limit allows, not a tick later."""
        soonest, self._soonest = self._soonest, math.inf
        chat_wait = max(soonest - self.clock(), 0.001) if soonest < math.inf else 0.0
        return max(self.until_free(), chat_wait)

    def block(self, chat_id: int, seconds: float) -> None:
        """Hold a chat for ``seconds`` (Telegram's ``retry_after``)."""
        self._blocked[chat_id] = self.clock() + seconds

    def hold(self, seconds: float) -> None:
        """Hold every chat for ``seconds`` (the Bot API failed: what is less urgent must not
        overtake the row that failed while it waits for its retry)."""
        self._held_until = max(self._held_until, self.clock() + seconds)


def backoff(attempts: int) -> float:
    """Seconds before retry number ``attempts`` after a transient failure."""
    return min(0.5 * 2 ** max(attempts - 1, 0), MAX_BACKOFF_S)


@dataclass(frozen=True)
class _Job:
    """A claimed row, read out of its transaction: no database connection is held while
    Telegram answers (SQLite has one, shared by every update the bot handles)."""

    id: int
    method: str
    chat_id: int
    text: str
    buttons: list[list[dict]]
    target_id: int | None
    target_message_id: int | None  # None for an edit or delete: its message never went out


async def _claim(session: AsyncSession, gate: RateGate, now: datetime, batch: int) -> list[_Job]:
    """Claim the most urgent due rows the rate limits let go now."""
    jobs = []
    for row in await outbox.due(session=session, now=now, limit=batch):
        target = None
        if row.method != "send":
            target = await outbox.get(session=session, row_id=row.target_id or 0)
            if target is not None and target.status in ("pending", "sending"):
                continue  # the message to change is not out yet; it goes first
        if not gate.ready(row.chat_id) or not await outbox.claim(
            session=session, row_id=row.id, now=now
        ):
            continue
        gate.take(row.chat_id)
        jobs.append(
            _Job(
                id=row.id,
                method=row.method,
                chat_id=row.chat_id,
                text=row.text,
                buttons=row.buttons,
                target_id=row.target_id,
                target_message_id=target.telegram_message_id if target is not None else None,
            )
        )
    return jobs


async def _perform(sender: Sender, job: _Job) -> int | None:
    if job.method == "send":
        return await sender.send(job.chat_id, job.text, job.buttons)
    if job.target_message_id is None:
        raise Permanent("target message was never delivered")
    if job.method == "edit":
        await sender.edit(job.chat_id, job.target_message_id, job.text, job.buttons)
    else:
        await sender.delete(job.chat_id, job.target_message_id)
    return None


async def _settle(
    session: AsyncSession,
    gate: RateGate,
    job: _Job,
    message_id: int | None,
    failure: Exception | None,
    now: datetime,
) -> int:
    """Record how a claimed row went; returns 1 if it is settled (sent or given up)."""
    row = await outbox.get(session=session, row_id=job.id)
    assert row is not None
    target = await outbox.get(session=session, row_id=job.target_id or 0)
    if failure is not None:
        gate.release(job.chat_id)  # only what Telegram accepted counts against its limits
    if isinstance(failure, RetryLater):
        gate.block(job.chat_id, failure.seconds)
        row.status, row.not_before = "pending", now + timedelta(seconds=failure.seconds)
        return 0
    if isinstance(failure, Transient):
        row.attempts += 1
        pause = backoff(row.attempts)
        row.status, row.error = "pending", str(failure)[:300]
        row.not_before = now + timedelta(seconds=pause)
        gate.hold(pause)
        log.warning("outbox row %s: %s; retry in %.1f s", job.id, failure, pause)
        return 0
    if isinstance(failure, Permanent):
        row.status = "unreachable" if failure.unreachable else "failed"
        row.error = str(failure)[:300]
        log.warning("outbox row %s (%s) refused: %s", job.id, job.method, failure)
        if job.method == "delete" and target is not None:
            # Past Telegram's 48 hours (after a long outage): the copy stays in the chat.
            target.status = "undeletable"
        if not failure.unreachable and await resend_minimal(session=session, refused=row, now=now):
            # The recipient still hears of the alert: nobody to fall through to, no failure to
            # tell the admins of (nor to keep them from hearing of the next one).
            row.status = "replaced"
            return 1
        await fall_through(session=session, row=row, now=now)
        return 1
    row.status, row.sent_at = "sent", now
    row.telegram_message_id = message_id or row.telegram_message_id
    if job.method == "delete" and target is not None:
        target.status = "deleted"
    return 1


async def deliver_due(
    *,
    sessions: async_sessionmaker[AsyncSession],
    sender: Sender,
    gate: RateGate,
    clock: Callable[[], datetime],
    batch: int = 20,
) -> int:
    """Send what is due, most urgent first; returns how many rows were settled."""
    if gate.until_free():
        # Held or at the limit: look at the queue only once something may go, so a row waiting
        # out its backoff is among the due rows when the hold ends, not overtaken then.
        return 0
    async with sessions.begin() as session:
        jobs = await _claim(session, gate, clock(), batch)
    settled = 0
    for index, job in enumerate(jobs):
        message_id, failure = None, None
        try:
            message_id = await _perform(sender, job)
        except (RetryLater, Transient, Permanent) as error:
            failure = error
        async with sessions.begin() as session:
            settled += await _settle(session, gate, job, message_id, failure, clock())
            if isinstance(failure, Transient):
                # The Bot API is failing: what is less urgent waits with this row.
                rest = jobs[index + 1 :]
                await outbox.release(session=session, row_ids=[j.id for j in rest])
                for other in rest:
                    gate.release(other.chat_id)
                break
    return settled


async def fall_through(*, session: AsyncSession, row: OutboxMessage, now: datetime) -> None:
    """A recipient could not be reached: try the next one and tell the site's admins."""
    if row.method != "send":
        return
    entry = await entries.get(session=session, entry_id=row.entry_id or 0)
    told = await outbox.failed_since(
        session=session, chat_id=row.chat_id, since=now - FAILURE_NOTICE_EVERY, other_than=row.id
    )
    if row.site_id is not None and not told:
        for admin in await directory.list_staff(
            session=session, site_id=row.site_id, role="admin"
        ):
            if admin.telegram_user_id != row.chat_id:
                await notify_staff(
                    session=session,
                    staff_id=admin.id,
                    key="alerts.delivery_failed",
                    now=now,
                    priority=PRIORITY["update"],
                    name=row.recipient_label,
                    reference=entry.reference if entry else "-",
                    why=row.error or "",
                )
    if row.kind in ("alert", "escalation") and row.alert_id is not None:
        alert = await outbox.get_alert(session=session, alert_id=row.alert_id)
        if alert is not None and alert.status == "open":
            alert.deadline_at = now  # next level now, not after the timeout
    elif (
        row.kind == "route" and entry is not None and row.route and row.recipient_staff_id is None
    ):
        # The registered channel failed: the route's staff get it in private instead.
        site = await directory.get_site(session=session, site_id=entry.site_id)
        assert site is not None
        await pass_on(session=session, site=site, entry=entry, item=row, now=now, channels=False)


async def release_stale(*, session: AsyncSession, now: datetime) -> int:
    """Rows claimed by a worker that died are sent again (at most one duplicate)."""
    return await outbox.release_stale_claims(session=session, older_than=now - CLAIM_TIMEOUT)
