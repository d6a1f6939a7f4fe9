"""Reception of every update: stored verbatim first, taken once, and its sender identified."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.authz import Actor
from bot.directory import identify
from bot.rate_limit import Throttle
from storage import audit, inbound
from storage.models import InboundMessage


@dataclass(frozen=True)
class Arrival:
    """An update as the domain needs it, read off the Telegram object by the gate handler."""

    update_id: int
    kind: str  # "message", "edited_message", "callback_query", "command", "media", "other"
    telegram_user_id: int | None
    chat_id: int | None
    chat_type: str | None
    message_id: int | None
    text: str | None
    language_code: str | None

    @property
    def delivery_key(self) -> str:
        """Equal for a redelivery of this update, different for another update that happens to
        reuse its id (Telegram reuses ids after a quiet week; a restarted server starts at 1)."""
        parts = (self.update_id, self.kind, self.telegram_user_id, self.chat_id, self.message_id)
        return ":".join("" if part is None else str(part) for part in parts)


@dataclass(frozen=True)
class Reception:
    """What the gate decided: who it is, and whether the update is new."""

    actor: Actor | None
    repeat: bool
    inbound_id: int | None = None  # the stored update, for marking it processed


async def receive(*, session: AsyncSession, arrival: Arrival, now: datetime) -> Reception:
    """Store an enrolled user's update verbatim before anything else; spot repeats.

    Nothing a stranger sends is stored but an audit line (design.md, enrolment: "no data
    stored except an audit line").
    """
    actor = None
    if arrival.telegram_user_id is not None:
        actor = await identify(session=session, telegram_user_id=arrival.telegram_user_id)
    if actor is None:
        await audit.record(
            session=session,
            action="inbound.stranger",
            telegram_user_id=arrival.telegram_user_id,
            detail={"kind": arrival.kind, "chat_type": arrival.chat_type},
        )
        return Reception(actor=None, repeat=False)
    stored = await inbound.store_once(
        session=session,
        message=InboundMessage(
            update_id=arrival.update_id,
            delivery_key=arrival.delivery_key,
            kind=arrival.kind,
            telegram_user_id=arrival.telegram_user_id,
            chat_id=arrival.chat_id,
            message_id=arrival.message_id,
            staff_id=actor.staff_id,
            text=arrival.text,
            received_at=now,
        ),
    )
    # A stored update that never finished (the bot died mid-way) is processed again, not dropped.
    return Reception(actor=actor, repeat=stored.processed_at is not None, inbound_id=stored.id)


async def note_flood(
    *, session: AsyncSession, actor: Actor, arrival: Arrival, throttle: Throttle
) -> None:
    """Audit the start of a flood (without its text): the updates over the limit stay stored
    and unprocessed, and this line says why."""
    await audit.record(
        session=session,
        action="inbound.throttled",
        staff_id=actor.staff_id,
        telegram_user_id=arrival.telegram_user_id,
        detail={"update_id": arrival.update_id, "wait_s": throttle.wait_s},
    )


async def mark_done(*, session: AsyncSession, inbound_id: int, now: datetime) -> None:
    """Note that an update was fully processed."""
    await inbound.mark_processed(session=session, inbound_id=inbound_id, at=now)
