"""The typed callback context (PTB's ``contexttypesbot.py`` pattern): handlers reach the
application's services and the identified actor through it, never through globals."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram.ext import CallbackContext, ExtBot

from bot.inbound import CURRENT, AlreadyHandled, Handling, mark_done
from bot.people.authz import Actor
from bot.runtime.services import Services
from storage import outbox


class RapportContext(
    CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
):
    """The callback context with typed access to our services and the identified actor."""

    _actor: Actor | None = None

    @property
    def actor(self) -> Actor | None:
        """The enrolled staff member who sent the update, once the gate has identified them."""
        handling = CURRENT.get()
        return handling.actor if handling is not None else self._actor

    @actor.setter
    def actor(self, value: Actor | None) -> None:
        handling = CURRENT.get()
        if handling is not None:
            handling.actor = value
        self._actor = value

    @property
    def handling(self) -> Handling | None:
        """The stored update being handled (set by the dispatcher), or None outside one."""
        return CURRENT.get()

    @property
    def services(self) -> Services:
        """The application's services (engine, sessions, settings, clock)."""
        return self.application.bot_data["services"]

    @asynccontextmanager
    async def work(self) -> AsyncIterator[AsyncSession]:
        """One transaction for the update's work, which also marks the update processed.

        The work, its replies (outbox rows) and the mark commit together: a crash leaves all or
        none, so a restarted bot neither loses the update nor does its work twice. A failed unit
        of work marks nothing (the dispatcher settles the update). Once it commits, the delivery
        worker is woken if the work queued messages.
        """
        services, handling = self.services, self.handling
        marked = False
        async with services.sessions.begin() as session:
            yield session
            if handling is not None and not handling.done:
                try:
                    await mark_done(
                        session=session,
                        inbound_id=handling.inbound_id,
                        now=services.clock(),
                        actor=self.actor,
                    )
                except AlreadyHandled:
                    handling.done = True  # by another replica: this work is rolled back
                    raise
                marked = True
            wake = outbox.queued(session)
        if handling is not None:
            handling.done = handling.done or marked
        if wake:
            services.wake_delivery.set()

    @asynccontextmanager
    async def within(self, session: AsyncSession | None) -> AsyncIterator[AsyncSession]:
        """``session`` when the caller is inside its unit of work, else a new ``work()``."""
        if session is not None:
            yield session
            return
        async with self.work() as unit:
            yield unit
