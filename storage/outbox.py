"""Queries on the outbox, alerts, channels and scheduled runs. Never commits."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Result, and_, bindparam, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Alert, Channel, InboundMessage, OutboxMessage, ScheduledRun
from storage.vocabulary import AlertStatus, OutboxStatus

_QUEUED = "outbox.queued"  # a key of Session.info, set by enqueue

# Built once: the delivery worker looks at the queue whenever something was queued, and every
# submitted draft lists who was told (building a statement costs about as much as running it).
_IS_DUE = (
    OutboxMessage.status == OutboxStatus.PENDING,
    or_(OutboxMessage.not_before.is_(None), OutboxMessage.not_before <= bindparam("now")),
    OutboxMessage.chat_id.not_in(bindparam("skip", expanding=True)),
)
# Each chat's most urgent due row (its oldest at that urgency): what may go now, one per chat,
# so a backlog for a few chats (a flood of refusals, a digest run) never hides the next message
# of another chat behind it; across chats, most urgent first, then oldest first.
_CHAT_URGENCY = (
    select(OutboxMessage.chat_id, func.min(OutboxMessage.priority).label("priority"))
    .where(*_IS_DUE)
    .group_by(OutboxMessage.chat_id)
    .subquery()
)
_CHAT_HEADS = (
    select(func.min(OutboxMessage.id))
    .join(
        _CHAT_URGENCY,
        and_(
            OutboxMessage.chat_id == _CHAT_URGENCY.c.chat_id,
            OutboxMessage.priority == _CHAT_URGENCY.c.priority,
        ),
    )
    .where(*_IS_DUE)
    .group_by(OutboxMessage.chat_id)
)
_DUE = (
    select(OutboxMessage)
    .where(OutboxMessage.id.in_(_CHAT_HEADS))
    .order_by(OutboxMessage.priority, OutboxMessage.id)
    .limit(bindparam("limit"))
)
_OF_ENTRY = (
    select(OutboxMessage)
    .where(
        OutboxMessage.entry_id == bindparam("entry_id"),
        OutboxMessage.method == "send",
        OutboxMessage.kind.in_(("alert", "route", "escalation")),
    )
    .order_by(OutboxMessage.id)
)


async def enqueue(*, session: AsyncSession, message: OutboxMessage) -> OutboxMessage:
    """Add a row to the outbox, in the caller's transaction (``queued`` then says so)."""
    session.add(message)
    await session.flush()
    session.info[_QUEUED] = True
    return message


def queued(session: AsyncSession) -> bool:
    """Whether this session's unit of work put a row in the outbox: the delivery worker is
    woken for it once it commits, and not for the many units of work that queue nothing."""
    return bool(session.info.get(_QUEUED))


async def due(
    *, session: AsyncSession, now: datetime, limit: int = 20, skip_chats: Collection[int] = ()
) -> Sequence[OutboxMessage]:
    """Each chat's most urgent pending row whose time has come, most urgent first, oldest first
    within a priority; none for the chats in ``skip_chats`` (busy or held)."""
    params = {"now": now, "limit": limit, "skip": list(skip_chats)}
    return (await session.scalars(_DUE, params)).all()


def _changed(result: Result[Any]) -> int:
    """How many rows an UPDATE changed (its result is a cursor's, which counts them)."""
    return int(cast(CursorResult[Any], result).rowcount or 0)


async def claim(*, session: AsyncSession, row_id: int, now: datetime) -> bool:
    """Claim a pending row for sending; False when another worker took it first."""
    result = await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == row_id, OutboxMessage.status == OutboxStatus.PENDING)
        .values(status=OutboxStatus.SENDING, claimed_at=now)
    )
    return bool(_changed(result))


async def release(*, session: AsyncSession, row_ids: Sequence[int]) -> None:
    """Put claimed rows back in the queue unsent (their worker stopped before them)."""
    if row_ids:
        await session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id.in_(list(row_ids)), OutboxMessage.status == OutboxStatus.SENDING
            )
            .values(status=OutboxStatus.PENDING, claimed_at=None)
        )


# The error a row keeps when its worker died while Telegram had it: it may have gone already.
INTERRUPTED = "interrupted"


async def release_stale_claims(*, session: AsyncSession, older_than: datetime) -> int:
    """Put back rows claimed by a worker that died before confirming; they are sent again,
    marked as possible repeats (at most one duplicate, for a crash between Telegram accepting
    and the row being marked)."""
    result = await session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.claimed_at <= older_than
        )
        .values(status=OutboxStatus.PENDING, claimed_at=None, error=INTERRUPTED)
    )
    return _changed(result)


async def get(*, session: AsyncSession, row_id: int) -> OutboxMessage | None:
    """The outbox row with this id."""
    return await session.get(OutboxMessage, row_id)


async def of_entry(*, session: AsyncSession, entry_id: int) -> Sequence[OutboxMessage]:
    """The sends caused by an entry (for "who was notified and when")."""
    return (await session.scalars(_OF_ENTRY, {"entry_id": entry_id})).all()


async def sent_copies(*, session: AsyncSession, alert_id: int) -> Sequence[OutboxMessage]:
    """Every alert message of an alert (first and repeated) still in its chat, to update them."""
    query = select(OutboxMessage).where(
        OutboxMessage.alert_id == alert_id,
        OutboxMessage.method == "send",
        OutboxMessage.kind.in_(("alert", "escalation")),
        OutboxMessage.status.not_in((OutboxStatus.EXPIRING, OutboxStatus.DELETED)),
    )
    return (await session.scalars(query.order_by(OutboxMessage.id))).all()


async def add_alert(*, session: AsyncSession, alert: Alert) -> Alert:
    """Store a new alert."""
    session.add(alert)
    await session.flush()
    return alert


async def get_alert(*, session: AsyncSession, alert_id: int) -> Alert | None:
    """The alert with this id."""
    return await session.get(Alert, alert_id)


async def alert_of_entry(*, session: AsyncSession, entry_id: int) -> Alert | None:
    """The alert raised for an entry, if any, locked until the transaction ends (PostgreSQL;
    SQLite writes one transaction at a time): an acknowledgement of it waits, or is waited for.
    """
    return await session.scalar(select(Alert).where(Alert.entry_id == entry_id).with_for_update())


async def overdue_alerts(*, session: AsyncSession, now: datetime) -> Sequence[Alert]:
    """Open alerts whose acknowledgement deadline has passed."""
    query = select(Alert).where(
        Alert.status == AlertStatus.OPEN, Alert.deadline_at.is_not(None), Alert.deadline_at <= now
    )
    return (await session.scalars(query.order_by(Alert.id))).all()


async def channel(*, session: AsyncSession, site_id: int, route: str) -> Channel | None:
    """The channel registered for a route at a site."""
    return await session.scalar(
        select(Channel).where(Channel.site_id == site_id, Channel.route == route)
    )


async def channel_by_chat(*, session: AsyncSession, chat_id: int) -> Sequence[Channel]:
    """The routes a chat is registered for."""
    return (await session.scalars(select(Channel).where(Channel.chat_id == chat_id))).all()


async def save_channel(*, session: AsyncSession, channel: Channel) -> Channel:
    """Register (or re-register) a chat for a route."""
    existing = await session.scalar(
        select(Channel).where(Channel.site_id == channel.site_id, Channel.route == channel.route)
    )
    if existing is not None:
        existing.chat_id = channel.chat_id
        existing.title = channel.title
        existing.registered_by_id = channel.registered_by_id
        existing.registered_at = channel.registered_at
        return existing
    session.add(channel)
    await session.flush()
    return channel


async def mark_run(*, session: AsyncSession, site_id: int, job: str, local_date: date) -> bool:
    """Record that a scheduled job ran for a site on a date; False if it already had."""
    exists = await session.scalar(
        select(ScheduledRun.id).where(
            and_(
                ScheduledRun.site_id == site_id,
                ScheduledRun.job == job,
                ScheduledRun.local_date == local_date,
            )
        )
    )
    if exists is not None:
        return False
    session.add(ScheduledRun(site_id=site_id, job=job, local_date=local_date))
    await session.flush()
    return True


async def expiring_copies(
    *, session: AsyncSession, now: datetime, limit: int = 100
) -> Sequence[OutboxMessage]:
    """Sent messages holding offender details whose chat copy must now be deleted (even past
    Telegram's 48 hours, after an outage: the refusal is then recorded rather than guessed)."""
    query = select(OutboxMessage).where(
        OutboxMessage.status == OutboxStatus.SENT,
        OutboxMessage.delete_after.is_not(None),
        OutboxMessage.delete_after <= now,
    )
    return (await session.scalars(query.order_by(OutboxMessage.delete_after).limit(limit))).all()


async def unreachable_chats(*, session: AsyncSession, chat_ids: Sequence[int]) -> set[int]:
    """Which of these chats are known to refuse the bot: the last attempt there found it blocked
    (or gone), and nothing has been delivered there or received from there since."""
    if not chat_ids:
        return set()
    failed = await _latest(
        session,
        OutboxMessage.chat_id,
        OutboxMessage.claimed_at,
        OutboxMessage.chat_id.in_(list(chat_ids)),
        OutboxMessage.status == OutboxStatus.UNREACHABLE,
    )
    if not failed:
        return set()
    delivered = await _latest(
        session,
        OutboxMessage.chat_id,
        OutboxMessage.sent_at,
        OutboxMessage.chat_id.in_(list(failed)),
    )
    heard = await _latest(
        session,
        InboundMessage.chat_id,
        InboundMessage.received_at,
        InboundMessage.chat_id.in_(list(failed)),
    )
    return {
        chat
        for chat, at in failed.items()
        if all(later is None or later < at for later in (delivered.get(chat), heard.get(chat)))
    }


async def _latest(
    session: AsyncSession, key: Any, moment: Any, *conditions: Any
) -> dict[int, datetime]:
    """The latest ``moment`` per ``key`` among the rows meeting ``conditions``."""
    query = select(key, func.max(moment)).where(moment.is_not(None), *conditions).group_by(key)
    return dict((await session.execute(query)).all())


async def failed_since(
    *, session: AsyncSession, chat_id: int, since: datetime, other_than: int
) -> bool:
    """Whether another send to this chat failed since ``since`` (its admins were told then)."""
    query = select(OutboxMessage.id).where(
        OutboxMessage.chat_id == chat_id,
        OutboxMessage.status.in_((OutboxStatus.FAILED, OutboxStatus.UNREACHABLE)),
        OutboxMessage.method == "send",
        OutboxMessage.claimed_at >= since,
        OutboxMessage.id != other_than,
    )
    return await session.scalar(query.limit(1)) is not None


async def last_duty_check(
    *, session: AsyncSession, staff_id: int, since: datetime
) -> OutboxMessage | None:
    """The latest "Still on duty?" question put to a staff member since ``since``."""
    query = select(OutboxMessage).where(
        OutboxMessage.recipient_staff_id == staff_id,
        OutboxMessage.kind == "duty_check",
        OutboxMessage.created_at >= since,
    )
    return await session.scalar(query.order_by(OutboxMessage.id.desc()).limit(1))


async def by_message(
    *, session: AsyncSession, chat_id: int, message_id: int
) -> OutboxMessage | None:
    """The sent row behind a Telegram message (for taps on it)."""
    query = select(OutboxMessage).where(
        OutboxMessage.chat_id == chat_id,
        OutboxMessage.telegram_message_id == message_id,
        OutboxMessage.method == "send",
    )
    return await session.scalar(query.limit(1))
