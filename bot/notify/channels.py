"""Channels: private groups an admin registers to receive one route's items at their site."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.people.authz import Actor, allowed
from bot.refusal import Refusal
from bot.triage import ROUTES
from storage import audit, outbox
from storage.models import Channel


async def register(
    *,
    session: AsyncSession,
    actor: Actor,
    chat_id: int,
    chat_type: str,
    title: str,
    route: str,
    public: bool,
    now: datetime,
) -> Channel:
    """Register a chat for a route: admins only, in a private group, for a known route."""
    if not allowed(actor, "administer"):
        raise Refusal("core.not_allowed")
    if chat_type not in ("group", "supergroup"):
        raise Refusal("channels.group_only")
    if public:
        raise Refusal("channels.public_refused")
    if route not in ROUTES:
        raise Refusal("channels.usage", routes=", ".join(ROUTES))
    channel = await outbox.save_channel(
        session=session,
        channel=Channel(
            site_id=actor.site_id,
            route=route,
            chat_id=chat_id,
            title=title[:200],
            registered_by_id=actor.staff_id,
            registered_at=now,
        ),
    )
    await audit.record(
        session=session,
        action="channel.registered",
        staff_id=actor.staff_id,
        detail={"route": route, "chat_id": chat_id},
    )
    return channel
