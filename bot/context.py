"""The typed callback context (PTB's ``contexttypesbot.py`` pattern): handlers reach the
application's services and the identified actor through it, never through globals."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram.ext import CallbackContext, ExtBot

from bot.authz import Actor
from bot.inbound import mark_done
from bot.rate_limit import RateLimiter
from bot.settings import Settings
from storage import outbox
from storage.models import utcnow


@dataclass
class Services:
    """What handlers and jobs need from the outside world, owned by the application."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    clock: Callable[[], datetime] = utcnow
    wake_delivery: asyncio.Event = field(default_factory=asyncio.Event)
    background: list[asyncio.Task[Any]] = field(default_factory=list)
    limiter: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(
            self.settings.rate_limit_updates, self.settings.rate_limit_window_s
        )


class RapportContext(
    CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
):
    """The callback context with typed access to our services and the identified actor."""

    actor: Actor | None = None
    # The stored update being handled (set by the gate), and whether a unit of work has
    # already marked it processed.
    inbound_id: int | None = None
    done: bool = False

    @property
    def services(self) -> Services:
        """The application's services (engine, sessions, settings, clock)."""
        return self.application.bot_data["services"]

    @asynccontextmanager
    async def work(self) -> AsyncIterator[AsyncSession]:
        """One transaction for the update's work, which also marks the update processed.

        The work and the mark commit together: a crash leaves both or neither, so a restarted
        bot neither loses the update nor does its work twice; and the update costs one
        transaction fewer. A failed unit of work marks nothing (the gate's ``DONE`` does).
        Once it commits, the delivery worker is woken if the work queued notifications.
        """
        services = self.services
        marked = False
        async with services.sessions.begin() as session:
            yield session
            if self.inbound_id is not None and not self.done:
                await mark_done(session=session, inbound_id=self.inbound_id, now=services.clock())
                marked = True
            wake = outbox.queued(session)
        self.done = self.done or marked
        if wake:
            services.wake_delivery.set()
