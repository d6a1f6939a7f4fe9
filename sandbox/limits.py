"""Telegram's flood limits (switchable) and the fault switches tests and benchmarks flip."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

# Telegram's documented broadcast limits: about 30 messages/s per bot, about one message a second
# per chat beyond a short burst, 20 messages a minute per group.
GLOBAL_RATE = 30.0
GLOBAL_BURST = 30.0
PRIVATE_RATE = 1.0
PRIVATE_BURST = 5.0
GROUP_RATE = 20.0 / 60.0
GROUP_BURST = 20.0
FAULT_EXEMPT = frozenset({"getupdates"})
STATUS_WORDS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class Bucket:
    """A token bucket: ``burst`` messages at once, refilled at ``rate`` per second."""

    rate: float
    burst: float
    tokens: float = -1.0
    stamp: float = 0.0

    def wait_needed(self, now: float) -> float:
        """Seconds until one message fits (0 when it fits now)."""
        if self.tokens < 0:
            self.tokens, self.stamp = self.burst, now
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self) -> None:
        """Spend one message."""
        self.tokens -= 1


@dataclass
class RateLimits:
    """Per-bot flood control over message-sending calls."""

    enabled: bool = True
    global_buckets: dict[int, Bucket] = field(default_factory=dict)
    chat_buckets: dict[tuple[int, int], Bucket] = field(default_factory=dict)

    def retry_after(self, bot_id: int, chat_id: int, *, private: bool) -> int:
        """0 if a message to ``chat_id`` may go now (and count it), else seconds to wait."""
        if not self.enabled:
            return 0
        now = time.monotonic()
        overall = self.global_buckets.setdefault(bot_id, Bucket(GLOBAL_RATE, GLOBAL_BURST))
        rate, burst = (PRIVATE_RATE, PRIVATE_BURST) if private else (GROUP_RATE, GROUP_BURST)
        chat = self.chat_buckets.setdefault((bot_id, chat_id), Bucket(rate, burst))
        wait = max(overall.wait_needed(now), chat.wait_needed(now))
        if wait > 0:
            return max(1, math.ceil(wait))
        overall.take()
        chat.take()
        return 0


@dataclass(frozen=True)
class Failure:
    """What a faulty call answers: an HTTP status, Telegram's words, maybe retry_after."""

    status: int
    description: str
    retry_after: int | None


@dataclass
class Faults:
    """Fault switches: fail the next N calls (or every call for ``for_s`` seconds), drop the next
    N connections, add latency; narrowed to some methods, some chats, or texts holding a word
    (one failing chat, or one message Telegram refuses, beside everything else working)."""

    fail_next: int = 0
    status: int = 500
    retry_after: int = 1
    latency_ms: int = 0
    drop_next: int = 0
    methods: frozenset[str] | None = None
    chat_ids: frozenset[int] | None = None
    contains: str | None = None
    failing_until: float = 0.0  # monotonic time until which every matching call fails

    def applies_to(self, method: str, params: dict | None = None) -> bool:
        """Faults hit the named methods, or all but getUpdates so a poll never eats one unseen;
        with ``chat_ids`` or ``contains``, only calls to those chats or with that text."""
        if self.methods is not None:
            if method.lower() not in self.methods:
                return False
        elif method.lower() in FAULT_EXEMPT:
            return False
        params = params or {}
        if self.chat_ids is not None:
            try:
                if int(params.get("chat_id", 0)) not in self.chat_ids:
                    return False
            except (TypeError, ValueError):
                return False
        if self.contains is not None:
            text = str(params.get("text") or params.get("caption") or "")
            if self.contains not in text:
                return False
        return True

    def take_drop(self, method: str, params: dict | None = None) -> bool:
        """True if this call's connection should be closed without an answer."""
        if self.drop_next > 0 and self.applies_to(method, params):
            self.drop_next -= 1
            return True
        return False

    def take_failure(self, method: str, params: dict | None = None) -> Failure | None:
        """The failure this call should get, if one is armed for it."""
        lasting = self.failing_until > time.monotonic()
        if (self.fail_next <= 0 and not lasting) or not self.applies_to(method, params):
            return None
        if not lasting:
            self.fail_next -= 1
        if self.status == 429:
            text = f"Too Many Requests: retry after {self.retry_after}"
            return Failure(429, text, self.retry_after)
        return Failure(self.status, STATUS_WORDS.get(self.status, "Internal Server Error"), None)
