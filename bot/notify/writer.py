"""The writer: the one place where outbox rows are built.

A plan's notices, a changed copy, a bulletin's chunks, a reply, a deletion: each becomes an
``OutboxMessage`` here, in the caller's transaction, so every message carries the same links (its
site, entry, alert, recipient) and the delivery worker finds them all in one shape.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import t
from bot.notify.audience import Recipient
from bot.notify.facts import Facts
from bot.notify.plan import PRIORITY, AlertMove, Plan
from bot.notify.render import buttons_of, text_of
from bot.reply import StoredButtons
from bot.telegram_limits import TEXT_LIMIT, cut_html
from storage import directory, outbox
from storage.models import Alert, OutboxMessage
from storage.vocabulary import MessageKind, SendMethod


async def write(
    *, session: AsyncSession, facts: Facts, plan: Plan, alert_id: int | None = None
) -> int:
    """Queue a plan's notices, rendered for each recipient; returns how many."""
    for notice in plan.notices:
        await _enqueue(
            session,
            site_id=facts.site.id,
            entry_id=notice.entry_id,
            alert_id=alert_id if notice.ask_ack else None,
            kind=notice.kind,
            priority=notice.priority,
            route=notice.route,
            recipient=notice.recipient,
            text=text_of(facts, notice),
            buttons=buttons_of(facts, notice, alert_id),
            created_at=facts.now,
            delete_after=notice.expires_at,
        )
    return len(plan.notices)


async def open_alert(*, session: AsyncSession, facts: Facts, move: AlertMove) -> Alert:
    """The alert row a plan raises, at the level and deadline the plan set."""
    assert facts.entry is not None
    return await outbox.add_alert(
        session=session,
        alert=Alert(
            entry_id=facts.entry.id,
            site_id=facts.site.id,
            level=move.level,
            deadline_at=move.deadline,
            created_at=facts.now,
        ),
    )


async def notify_staff(
    *,
    session: AsyncSession,
    staff_id: int,
    key: str,
    now: datetime,
    entry_id: int | None = None,
    priority: int = PRIORITY[MessageKind.UPDATE],
    kind: MessageKind = MessageKind.NOTICE,
    buttons: StoredButtons | None = None,
    **values: object,
) -> OutboxMessage | None:
    """Queue a short message from the catalog to one active staff member, in their language."""
    staff = await directory.get_staff(session=session, staff_id=staff_id)
    if staff is None or not staff.active:
        return None
    return await _enqueue(
        session,
        site_id=staff.site_id,
        entry_id=entry_id,
        kind=kind,
        priority=priority,
        recipient=Recipient(staff.telegram_user_id, staff.id, staff.name, staff.lang),
        text=cut_html(t(staff.lang, key, **values), TEXT_LIMIT),
        buttons=buttons or [],
        created_at=now,
    )


async def replace_copy(
    *,
    session: AsyncSession,
    copy: OutboxMessage,
    text: str,
    buttons: StoredButtons,
    now: datetime,
) -> OutboxMessage:
    """Queue the new text of a chat copy already queued or sent (an alert's "Acknowledged by")."""
    return await _enqueue(
        session,
        site_id=copy.site_id,
        entry_id=copy.entry_id,
        alert_id=copy.alert_id,
        kind=MessageKind.UPDATE,
        priority=PRIORITY[MessageKind.UPDATE],
        method=SendMethod.EDIT,
        target_id=copy.id,
        recipient=_chat_of(copy),
        text=text,
        buttons=buttons,
        created_at=now,
    )


async def queue_message(
    *,
    session: AsyncSession,
    site_id: int | None,
    kind: MessageKind,
    priority: int,
    recipient: Recipient,
    text: str,
    now: datetime,
) -> OutboxMessage:
    """Queue one message of a text already cut to Telegram's limit (a digest's chunk)."""
    return await _enqueue(
        session,
        site_id=site_id,
        kind=kind,
        priority=priority,
        recipient=recipient,
        text=text,
        created_at=now,
    )


async def queue_deletion(*, session: AsyncSession, copy: OutboxMessage, now: datetime) -> None:
    """Queue deleting a chat copy from its chat (the record stays in the database)."""
    await _enqueue(
        session,
        site_id=copy.site_id,
        entry_id=copy.entry_id,
        alert_id=copy.alert_id,
        kind=MessageKind.EXPIRY,
        priority=PRIORITY[MessageKind.EXPIRY],
        method=SendMethod.DELETE,
        target_id=copy.id,
        recipient=_chat_of(copy),
        created_at=now,
    )


async def queue_row(
    *,
    session: AsyncSession,
    kind: MessageKind,
    priority: int,
    chat_id: int,
    now: datetime,
    **row: Any,
) -> OutboxMessage:
    """Queue a message to a chat with no recipient of record (a reply to the user's update)."""
    return await outbox.enqueue(
        session=session,
        message=OutboxMessage(
            kind=kind, priority=priority, chat_id=chat_id, created_at=now, **row
        ),
    )


async def _enqueue(
    session: AsyncSession, *, recipient: Recipient, created_at: datetime, **row: Any
) -> OutboxMessage:
    return await queue_row(
        session=session,
        chat_id=recipient.chat_id,
        now=created_at,
        recipient_staff_id=recipient.staff_id,
        recipient_label=recipient.label,
        **row,
    )


def _chat_of(copy: OutboxMessage) -> Recipient:
    """The chat and recipient of a copy already queued, to change or delete it (its text is
    written already, so no language is needed)."""
    return Recipient(copy.chat_id, copy.recipient_staff_id, copy.recipient_label, lang="")
