"""Per-user rate limit (issue 7, "Limits"): a flood is stored but not processed, and its sender
is told once, politely, how long to wait.

Every update counts (messages, edits, taps): each one costs the bot the same work. The default,
20 updates in 10 seconds, is far above what a person typing and tapping does, even through a
guided capture, and far below what a script or a stuck client sends. An update over the limit
has already been stored verbatim by the gate; it is left unprocessed (``processed_at`` empty),
so what was sent stays in the database and is never acted on behind the officer's back.

The counts live in memory: they protect this process, and forgetting them on a restart is
harmless, since what the user sent is in the database whatever the limiter decided.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from datetime import datetime

_FORGET_AFTER_USERS = 10_000  # past this many tracked users, idle ones are dropped


@dataclass(frozen=True)
class Throttle:
    """An update over the limit: the sender may go on in ``wait_s`` seconds; ``tell`` is true
    for the first update of a flood only, so the wait message is sent once."""

    wait_s: int
    tell: bool


class RateLimiter:
    """At most ``limit`` updates per user in any ``window_s`` seconds."""

    def __init__(self, limit: int, window_s: float) -> None:
        self.limit = limit
        self.window_s = window_s
        self._seen: dict[int, deque[float]] = {}
        self._told: set[int] = set()

    def check(self, user_id: int, now: datetime) -> Throttle | None:
        """Count an update from ``user_id`` at ``now``; None when it is within the limit."""
        moment = now.timestamp()
        seen = self._seen.setdefault(user_id, deque())
        while seen and moment - seen[0] >= self.window_s:
            seen.popleft()
        seen.append(moment)
        if len(seen) <= self.limit:
            self._told.discard(user_id)
            self._forget_idle(moment)
            return None
        # Updates sent during the flood count too: the sender may go on once enough of the
        # window's updates have aged out for the next one to be within the limit.
        free_at = seen[len(seen) - self.limit] + self.window_s
        tell = user_id not in self._told
        self._told.add(user_id)
        return Throttle(wait_s=max(1, math.ceil(free_at - moment)), tell=tell)

    def _forget_idle(self, moment: float) -> None:
        if len(self._seen) <= _FORGET_AFTER_USERS:
            return
        idle = [user for user, seen in self._seen.items() if moment - seen[-1] >= self.window_s]
        for user in idle:
            del self._seen[user]
            self._told.discard(user)
