"""The services a running bot owns (engine, sessions, settings, clock, background tasks):
made once at start, disposed of at stop, reached by handlers through their context and by the
workers directly, never through globals."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.leases import replica_id
from bot.rate_limit import RateLimiter
from bot.runtime.settings import Settings
from storage.models import utcnow


@dataclass
class Services:
    """What handlers and jobs need from the outside world, owned by the application."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    clock: Callable[[], datetime] = utcnow
    # This process among the replicas sharing the database: the owner of its leases.
    replica: str = field(default_factory=replica_id)
    # How this replica receives from Telegram: "starting", "polling" (it holds the receiver's
    # lock), "standby" (another replica polls) or "webhook" (it serves pushes).
    receiver: str = "starting"
    wake_delivery: asyncio.Event = field(default_factory=asyncio.Event)
    background: list[asyncio.Task[Any]] = field(default_factory=list)
    # Polling and the dispatcher: stopped first, so nothing new starts while the bot drains.
    receiving: list[asyncio.Task[Any]] = field(default_factory=list)
    limiter: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(
            self.settings.rate_limit_updates, self.settings.rate_limit_window_s
        )
