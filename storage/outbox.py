"""Queries on the outbox, alerts, channels and scheduled runs. Never commits."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import changed
from storage.models import Alert, Channel, InboundMessage, OutboxMessage, ScheduledRun
from storage.vocabulary import (
    ALARMS,
    NOTIFICATIONS,
    AlertStatus,
    MessageKind,
    OutboxStatus,
    SendMethod,
)

_QUEUED = "outbox.queued"  # a key of Session.info, set by enqueue
_ANY_PRIORITY = 2**31 - 1  # the largest INTEGER of both databases: no row is left out

# Built once: the delivery worker looks at the queue whenever something was queued, and every
# submitted draft lists who was told (building a statement costs about as much as running it).
# A chat with a message on its way (claimed by a live replica) gets nothing else meanwhile: one
# message at a time per chat, in order, across replicas.
_CHATS_BEING_SENT_TO = select(OutboxMessage.chat_id).where(
    OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.lease_until > bindparam("now")
)
_IS_DUE = (
    OutboxMessage.status == OutboxStatus.PENDING,
    OutboxMessage.priority <= bindparam("up_to"),
    or_(OutboxMessage.not_before.is_(None), OutboxMessage.not_before <= bindparam("due_at")),
    OutboxMessage.chat_id.not_in(bindparam("skip", expanding=True)),
    OutboxMessage.chat_id.not_in(_CHATS_BEING_SENT_TO),
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
# Locked as read, SKIP LOCKED: replicas looking at once get different chats' heads instead of
# waiting for each other (SQLite, one writer at a time, has no row locks).
_DUE = (
    select(OutboxMessage)
    .where(OutboxMessage.id.in_(_CHAT_HEADS))
    .order_by(OutboxMessage.priority, OutboxMessage.id)
    .limit(bindparam("limit"))
    .with_for_update(skip_locked=True, of=OutboxMessage)
)
_OF_ENTRY = (
    select(OutboxMessage)
    .where(
        OutboxMessage.entry_id == bindparam("entry_id"),
        OutboxMessage.method == SendMethod.SEND,
        OutboxMessage.kind.in_(NOTIFICATIONS),
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
    *,
    session: AsyncSession,
    due_at: datetime,
    now: datetime,
    limit: int = 20,
    skip_chats: Collection[int] = (),
    priority_up_to: int | None = None,
) -> Sequence[OutboxMessage]:
    """Each chat's most urgent pending row whose time (``due_at``, the site's clock) has come,
    most urgent first, oldest first within a priority, locked until the transaction ends; none
    for the chats in ``skip_chats`` (busy or held here) or with a send under a live lease at
    ``now`` (the wall clock leases are kept by). With ``priority_up_to``, only the rows that
    urgent or more (a number that low or lower), found by the index however long the queue."""
    params = {
        "due_at": due_at,
        "now": now,
        "limit": limit,
        "skip": list(skip_chats),
        "up_to": _ANY_PRIORITY if priority_up_to is None else priority_up_to,
    }
    return (await session.scalars(_DUE, params)).all()


async def claim(
    *, session: AsyncSession, row_id: int, replica: str, at: datetime, until: datetime
) -> bool:
    """Claim a pending row for ``replica`` to send, held until ``until``; False when another
    replica took it first."""
    result = await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == row_id, OutboxMessage.status == OutboxStatus.PENDING)
        .values(status=OutboxStatus.SENDING, claimed_at=at, claimed_by=replica, lease_until=until)
    )
    return bool(changed(result))


async def renew(
    *, session: AsyncSession, replica: str, ids: Sequence[int], until: datetime
) -> None:
    """Extend ``replica``'s hold on the rows it is sending."""
    if ids:
        await session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id.in_(list(ids)),
                OutboxMessage.claimed_by == replica,
                OutboxMessage.status == OutboxStatus.SENDING,
            )
            .values(lease_until=until)
        )


async def held(*, session: AsyncSession, row_id: int, replica: str) -> OutboxMessage | None:
    """The row ``replica`` claimed, locked, for recording how its send went; None when another
    replica has taken it over since (this one stalled past its lease: the other sends it)."""
    row = await session.get(OutboxMessage, row_id, with_for_update=True, populate_existing=True)
    if row is None or row.claimed_by != replica:
        return None
    if row.status not in (OutboxStatus.SENDING, OutboxStatus.PENDING):
        return None
    return row


# The error a row keeps when its sender's lease ran out while Telegram had it: it may have gone
# already.
INTERRUPTED = "interrupted"


async def release_expired(*, session: AsyncSession, now: datetime) -> int:
    """Put back rows whose lease ran out (their replica died or stalled): they are sent again,
    marked as possible repeats (at most one duplicate, for a death between Telegram accepting
    and the row being marked). A live replica's rows, renewed every second, are never touched."""
    result = await session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.status == OutboxStatus.SENDING,
            or_(OutboxMessage.lease_until.is_(None), OutboxMessage.lease_until <= now),
        )
        .values(status=OutboxStatus.PENDING, error=INTERRUPTED)
    )
    return changed(result)


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
        OutboxMessage.method == SendMethod.SEND,
        OutboxMessage.kind.in_(ALARMS),
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
        OutboxMessage.method == SendMethod.SEND,
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
        OutboxMessage.kind == MessageKind.DUTY_CHECK,
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
        OutboxMessage.method == SendMethod.SEND,
    )
    return await session.scalar(query.limit(1))
