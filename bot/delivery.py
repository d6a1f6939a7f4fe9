"""Delivery: the worker that empties the outbox, urgent rows first, within Telegram's limits.

It talks to Telegram through a ``Sender`` (the chat layer implements it), and turns Telegram's
answers into three outcomes: try again after ``retry_after`` (429), try again with backoff
(network errors, 5xx), or give up on this recipient (403 blocked, chat not found) and fall through
to the next one, telling the site's admins.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.routing import PRIORITY, notify_staff, route_recipients
from storage import directory, entries, outbox
from storage.models import OutboxMessage

MAX_BACKOFF_S = 60.0
CLAIM_TIMEOUT = timedelta(seconds=60)


class RetryLater(Exception):
    """Telegram said 429: wait ``seconds`` before this chat gets anything else."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


class Transient(Exception):
    """A network error or a 5xx: try again later."""


class Permanent(Exception):
    """This recipient cannot receive (blocked the bot, chat not found, kicked)."""


class Sender(Protocol):
    """What delivery needs from the chat layer."""

    async def send(self, chat_id: int, text: str, buttons: list[list[dict]]) -> int: ...

    async def edit(
        self, chat_id: int, message_id: int, text: str, buttons: list[list[dict]]
    ) -> None: ...

    async def delete(self, chat_id: int, message_id: int) -> None: ...


@dataclass
class RateGate:
    """Telegram's limits as token buckets: ~30 messages/s in all, about one a second per private
    chat after a short burst, 20 a minute per group; plus pauses asked by ``retry_after``."""

    per_second: float = 30.0
    private_burst: int = 3
    private_interval: float = 1.0
    group_per_minute: int = 20
    clock: Callable[[], float] = time.monotonic
    _global: deque[float] = field(default_factory=deque)
    _chats: dict[int, deque[float]] = field(default_factory=dict)
    _blocked: dict[int, float] = field(default_factory=dict)

    def ready(self, chat_id: int) -> bool:
        """Whether a message to ``chat_id`` may go now."""
        now = self.clock()
        if self._blocked.get(chat_id, 0.0) > now:
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
        return len(sent) < cap

    def take(self, chat_id: int) -> None:
        """Count one message to ``chat_id``."""
        now = self.clock()
        self._global.append(now)
        self._chats.setdefault(chat_id, deque()).append(now)
        if len(self._chats) > 50_000:
            self._chats.clear()

    def block(self, chat_id: int, seconds: float) -> None:
        """Hold a chat for ``seconds`` (Telegram's ``retry_after``)."""
        self._blocked[chat_id] = self.clock() + seconds


def backoff(attempts: int) -> float:
    """Seconds before retry number ``attempts`` after a transient failure."""
    return min(0.5 * 2 ** max(attempts - 1, 0), MAX_BACKOFF_S)


async def _perform(session: AsyncSession, sender: Sender, row: OutboxMessage) -> int | None:
    if row.method == "send":
        return await sender.send(row.chat_id, row.text, row.buttons)
    target = await outbox.get(session=session, row_id=row.target_id or 0)
    if target is None or target.status == "failed":
        raise Permanent("target message was never delivered")
    if target.telegram_message_id is None:
        raise RetryLater(0.5)  # the message to change is not out yet; it goes first
    if row.method == "edit":
        await sender.edit(row.chat_id, target.telegram_message_id, row.text, row.buttons)
    else:
        await sender.delete(row.chat_id, target.telegram_message_id)
    return None


async def deliver_due(
    *,
    sessions: async_sessionmaker[AsyncSession],
    sender: Sender,
    gate: RateGate,
    clock: Callable[[], datetime],
    batch: int = 20,
) -> int:
    """Send what is due, most urgent first; returns how many rows were settled."""
    async with sessions.begin() as session:
        rows = await outbox.due(session=session, now=clock(), limit=batch)
    settled = 0
    for row in rows:
        if not gate.ready(row.chat_id):
            continue
        async with sessions.begin() as session:
            if not await outbox.claim(session=session, row_id=row.id, now=clock()):
                continue
        gate.take(row.chat_id)
        async with sessions.begin() as session:
            current = await outbox.get(session=session, row_id=row.id)
            assert current is not None
            try:
                message_id = await _perform(session, sender, current)
            except RetryLater as error:
                gate.block(row.chat_id, error.seconds)
                current.status = "pending"
                current.not_before = clock() + timedelta(seconds=error.seconds)
                continue
            except Transient as error:
                current.attempts += 1
                current.status = "pending"
                current.error = str(error)[:300]
                current.not_before = clock() + timedelta(seconds=backoff(current.attempts))
                continue
            except Permanent as error:
                current.status = "failed"
                current.error = str(error)[:300]
                await fall_through(session=session, row=current, now=clock())
                settled += 1
                continue
            current.status = "sent"
            current.sent_at = clock()
            current.telegram_message_id = message_id or current.telegram_message_id
            settled += 1
    return settled


async def fall_through(*, session: AsyncSession, row: OutboxMessage, now: datetime) -> None:
    """A recipient could not be reached: try the next one and tell the site's admins."""
    if row.method != "send":
        return
    entry = await entries.get(session=session, entry_id=row.entry_id or 0)
    reference = entry.reference if entry else "-"
    if row.site_id is not None:
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
                    reference=reference,
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
        for recipient in await route_recipients(
            session=session, site=site, route=row.route, entry=entry, channels=False
        ):
            await outbox.enqueue(
                session=session,
                message=OutboxMessage(
                    site_id=row.site_id,
                    entry_id=row.entry_id,
                    kind="route",
                    priority=row.priority,
                    route=row.route,
                    chat_id=recipient.chat_id,
                    recipient_staff_id=recipient.staff_id,
                    recipient_label=recipient.label,
                    text=row.text,
                    buttons=row.buttons,
                    created_at=now,
                    delete_after=row.delete_after,
                ),
            )


async def release_stale(*, session: AsyncSession, now: datetime) -> int:
    """Rows claimed by a worker that died are sent again (at most one duplicate)."""
    return await outbox.release_stale_claims(session=session, older_than=now - CLAIM_TIMEOUT)
