"""The typed callback context (PTB's ``contexttypesbot.py`` pattern): handlers reach the
application's services and the identified actor through it, never through globals."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram.ext import CallbackContext, ExtBot

from bot.authz import Actor
from bot.settings import Settings
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


class RapportContext(
    CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
):
    """The callback context with typed access to our services and the identified actor."""

    actor: Actor | None = None

    @property
    def services(self) -> Services:
        """The application's services (engine, sessions, settings, clock)."""
        return self.application.bot_data["services"]
