"""Reception of every update: stored whole before Telegram hears it arrived, handled once, in
order per sender, and its sender identified.

The receiver (polling or webhook) calls ``store_arrivals`` and only then advances the offset or
answers 2xx; the dispatcher hands each stored, unprocessed update to the handlers with a
``Handling`` that says which row it is and whether handling must be tried again (a database
error on the way). The unit of work that does the update's work marks it processed in the same
transaction, so a crash leaves both or neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from bot.leases import LEASE
from bot.people.authz import Actor
from bot.people.directory import identify
from bot.rate_limit import Throttle
from storage import audit, inbound

# After this many tries an update that still fails is set aside (processed, on the record), so
# one poisoned update cannot hold back its sender's later ones for ever.
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Arrival:
    """An update as the domain needs it, read off the Telegram object; ``payload`` is its JSON."""

    update_id: int
    kind: str  # "message", "edited_message", "callback_query", "command", "media", "other"
    telegram_user_id: int | None
    chat_id: int | None
    chat_type: str | None
    message_id: int | None
    text: str | None
    language_code: str | None
    payload: str = ""

    @property
    def well_formed(self) -> bool:
        """Whether what was read off the update has the types Telegram's schema gives it (a
        forged update with a list for a chat id would otherwise fail to store, and hold back
        every update polled with it)."""
        ids = (self.telegram_user_id, self.chat_id, self.message_id)
        words = (self.text, self.chat_type, self.language_code)
        return (
            type(self.update_id) is int
            and all(value is None or type(value) is int for value in ids)
            and all(value is None or isinstance(value, str) for value in words)
        )

    @property
    def delivery_key(self) -> str:
        """Equal for a redelivery of this update, different for another update that happens to
        reuse its id (Telegram reuses ids after a quiet week; a restarted server starts at 1)."""
        parts = (self.update_id, self.kind, self.telegram_user_id, self.chat_id, self.message_id)
        return ":".join("" if part is None else str(part) for part in parts)


@dataclass
class Handling:
    """The stored update being handled: set by the dispatcher for the handlers of one update."""

    inbound_id: int
    attempts: int = 0
    received_at: datetime | None = None  # when it arrived: a flood is judged by arrival times
    actor: Actor | None = None  # who sent it, once the gate has identified them
    done: bool = False  # a unit of work marked it processed
    retry: bool = False  # a transient failure (the database): leave it stored, try again


CURRENT: ContextVar[Handling | None] = ContextVar("rapport_handling", default=None)


async def store_arrivals(
    *, session: AsyncSession, arrivals: Sequence[Arrival], now: datetime
) -> int:
    """Store updates as they arrived (a redelivery is stored once); how many were new."""
    new = 0
    for arrival in arrivals:
        stored = await inbound.store_once(
            session=session,
            values={
                "update_id": arrival.update_id,
                "delivery_key": arrival.delivery_key,
                "kind": arrival.kind,
                "telegram_user_id": arrival.telegram_user_id,
                "chat_id": arrival.chat_id,
                "message_id": arrival.message_id,
                "text": arrival.text,
                "payload": arrival.payload,
                "received_at": now,
                "attempts": 0,
            },
        )
        new += stored is not None
    return new


async def identify_sender(*, session: AsyncSession, arrival: Arrival) -> Actor | None:
    """The enrolled staff member behind an update, or None; a stranger's update is audited
    (design.md, enrolment: a stranger leaves "no data stored except an audit line")."""
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
    return actor


async def note_flood(
    *, session: AsyncSession, actor: Actor, arrival: Arrival, throttle: Throttle
) -> None:
    """Audit the start of a flood (without its text): the updates over the limit stay stored,
    are not acted on, and this line says why."""
    await audit.record(
        session=session,
        action="inbound.throttled",
        staff_id=actor.staff_id,
        telegram_user_id=arrival.telegram_user_id,
        detail={"update_id": arrival.update_id, "wait_s": throttle.wait_s},
    )


class AlreadyHandled(Exception):
    """Another replica finished this update first (this one had stalled past its lease): the
    unit of work that found it out is rolled back, so the update's work is done once."""


async def mark_done(
    *, session: AsyncSession, inbound_id: int, now: datetime, actor: Actor | None
) -> None:
    """Note that an update was fully processed (a stranger's keeps no text); raises
    ``AlreadyHandled`` when it had been, so the caller's transaction is undone."""
    marked = await inbound.mark_processed(
        session=session,
        inbound_id=inbound_id,
        at=now,
        staff_id=actor.staff_id if actor is not None else None,
    )
    if not marked:
        raise AlreadyHandled(inbound_id)


async def claim_updates(
    *, session: AsyncSession, replica: str, wall: datetime, limit: int = 500
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Claim for ``replica`` each sender's oldest stored update still to handle that no live
    replica holds, oldest first."""
    return await inbound.claim_heads(
        session=session, replica=replica, now=wall, until=wall + LEASE, limit=limit
    )


async def unhandled(*, session: AsyncSession) -> bool:
    """Whether any stored update is still to handle (here or in another replica)."""
    return bool(await inbound.unhandled_heads(session=session, limit=1))


async def keep_leases(
    *, session: AsyncSession, replica: str, ids: Sequence[int], wall: datetime
) -> None:
    """Renew ``replica``'s hold on the updates it is handling."""
    await inbound.renew(session=session, replica=replica, ids=ids, until=wall + LEASE)


async def try_again_later(*, session: AsyncSession, inbound_id: int, until: datetime) -> int:
    """Count a failed try and leave the update for after ``until``; the tries so far."""
    return await inbound.retry_after(session=session, inbound_id=inbound_id, until=until)
