"""The services a running bot owns (engine, sessions, settings, clock, metrics, background
tasks): made once at start, disposed of at stop, reached by handlers through their context and
by the workers directly, never through globals."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.leases import replica_id
from bot.rate_limit import RateLimiter
from bot.runtime.settings import Settings
from storage.models import utcnow

if TYPE_CHECKING:  # metrics names the receiver's states: it imports this module
    from bot.runtime.metrics import Metrics


class ReceiverState(StrEnum):
    """How this process receives updates; /readyz needs it known (neither starting nor
    stopped)."""

    STARTING = "starting"
    POLLING = "polling"  # this process asks getUpdates
    STANDBY = "standby"  # another replica polls; this one waits to take over
    WEBHOOK = "webhook"  # Telegram pushes to this process's webhook server
    STOPPED = "stopped"


@dataclass
class Services:
    """What handlers and jobs need from the outside world, owned by the application."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    metrics: Metrics
    clock: Callable[[], datetime] = utcnow
    # This process among the replicas sharing the database: the owner of its leases.
    replica: str = field(default_factory=replica_id)
    wake_delivery: asyncio.Event = field(default_factory=asyncio.Event)
    background: list[asyncio.Task[Any]] = field(default_factory=list)
    # Polling and the dispatcher: stopped first, so nothing new starts while the bot drains.
    receiving: list[asyncio.Task[Any]] = field(default_factory=list)
    limiter: RateLimiter = field(init=False)
    # How this replica receives from Telegram (a ReceiverState): it polls while it holds the
    # receiver's lock, stands by while another replica does, or serves webhook pushes.
    receiver: str = ReceiverState.STARTING

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(
            self.settings.rate_limit_updates, self.settings.rate_limit_window_s
        )
