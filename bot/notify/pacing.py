"""Pacing: Telegram's sending limits, kept by the bot before Telegram has to ask (a 429 holds a
chat for at least a second, and an alert must not be the message that meets it)."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class RateGate:
    """Telegram's limits as sliding windows: ~30 messages/s in all, about one a second per
    private chat after a short burst, 20 a minute per group; plus one chat's pause asked by
    ``retry_after`` or its back-off after a failure.

    The outbox takes 25 of the 30 messages a second, so what handlers send directly (a file, a
    group's welcome) still gets through while a digest backlog drains. Of those 25, the last
    ``alarm_reserve`` of any second are for alarms only: a backlog takes its share in bursts (a
    second's worth at once, then nothing until the first of them leaves the window), and an
    alert committed just after a burst would otherwise wait for it, up to a second."""

    per_second: float = 25.0
    alarm_reserve: int = 3
    private_burst: int = 3
    private_interval: float = 1.0
    group_per_minute: int = 20
    pace: bool = True  # off only against a Bot API without limits (the sandbox with them off)
    clock: Callable[[], float] = time.monotonic
    _global: deque[float] = field(default_factory=deque)
    _chats: dict[int, deque[float]] = field(default_factory=dict)
    _blocked: dict[int, float] = field(default_factory=dict)
    _soonest: float = math.inf  # when the first message refused since ``next_chance`` may go

    def ready(self, chat_id: int, *, new_message: bool = True, alarm: bool = False) -> bool:
        """Whether a message to ``chat_id`` may go now (an ``alarm`` may take the reserve).
        Telegram's flood limits count new messages; a change to one already sent (an edit,
        buttons taken off) waits only for a pause Telegram asked of the chat."""
        now = self.clock()
        if self._blocked.get(chat_id, 0.0) > now:
            self._soonest = min(self._soonest, self._blocked[chat_id])
            return False
        if not new_message or not self.pace:
            return True
        if wait := self.until_free(alarm=alarm):
            self._soonest = min(self._soonest, now + wait)
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
        """Count one message to ``chat_id``. The overall window keeps the last second's only,
        trimmed here as it grows: with pacing off nothing else looks at it."""
        now = self.clock()
        while self._global and now - self._global[0] >= 1.0:
            self._global.popleft()
        self._global.append(now)
        sent = self._chats.setdefault(chat_id, deque())
        while sent and now - sent[0] >= 60.0:  # no window is longer than a group's minute
            sent.popleft()
        sent.append(now)
        if len(self._chats) > 50_000:
            self._chats.clear()

    def release(self, chat_id: int) -> None:
        """Give back a message counted for ``chat_id`` that Telegram did not accept."""
        sent = self._chats.get(chat_id)
        if sent:
            sent.pop()
            if self._global:
                self._global.pop()

    def last_sent(self, chat_id: int) -> float:
        """When a message last went to ``chat_id`` (minus infinity: not lately)."""
        sent = self._chats.get(chat_id)
        return sent[-1] if sent else -math.inf

    def until_free(self, *, alarm: bool = False) -> float:
        """Seconds before the overall limit lets a message go, an ``alarm`` counting the
        reserve as free (0: one may go now)."""
        cap = math.ceil(self.per_second) - (0 if alarm else self.alarm_reserve)
        if not self.pace or len(self._global) < cap:
            return 0.0
        # Free once the message that put the window at its cap has left it.
        return max(self._global[len(self._global) - cap] + 1.0 - self.clock(), 0.0)

    def next_chance(self) -> float:
        """Seconds until the first message refused since the last call may go (0: none was
        refused for a reason that ends by itself). The delivery worker sleeps at most that long,
        so an alert held by a chat's limit goes the moment the limit allows, not a tick later."""
        soonest, self._soonest = self._soonest, math.inf
        return max(soonest - self.clock(), 0.001) if soonest < math.inf else 0.0

    def block(self, chat_id: int, seconds: float) -> None:
        """Hold one chat for ``seconds`` (Telegram's ``retry_after``, or its back-off after a
        failure): the others go on."""
        self._blocked[chat_id] = self.clock() + seconds
        self._soonest = min(self._soonest, self._blocked[chat_id])

    def held_chats(self) -> set[int]:
        """The chats held now, left out of the queue read so they cannot crowd it."""
        now = self.clock()
        for chat_id in [c for c, until in self._blocked.items() if until <= now]:
            del self._blocked[chat_id]
        return set(self._blocked)
