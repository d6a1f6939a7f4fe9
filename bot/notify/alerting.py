"""Alerts: acknowledgement, take-over and escalation when nobody answers (design.md journey 4).

Deadlines are stored with the alert, so escalation survives a restart: whichever process runs
``escalate_due`` next finds what is overdue.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture import events
from bot.capture.card import local_time
from bot.i18n import t
from bot.notify.routing import (
    HEADINGS,
    PRIORITY,
    Recipient,
    alert_buttons,
    chain_length,
    chain_level,
    item_text,
    notify_staff,
    queue_copy,
    send_alert,
)
from bot.people.authz import Actor, RecordScope, may_see
from bot.telegram_limits import TEXT_LIMIT, cut_html, units
from storage import audit, directory, entries, outbox
from storage.models import Alert, OutboxMessage


class AlertError(LookupError):
    """An alert action refused; ``key`` names the message."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


async def _recipients_up_to(session: AsyncSession, site, level: int) -> list[Recipient]:
    seen: dict[int, Recipient] = {}
    for index in range(level + 1):
        for recipient in await chain_level(session=session, site=site, level=index):
            seen.setdefault(recipient.chat_id, recipient)
    return list(seen.values())


async def escalate(*, session: AsyncSession, alert: Alert, now: datetime) -> bool:
    """Repeat the alert and widen it to the next level of the chain that has anyone in it."""
    site = await directory.get_site(session=session, site_id=alert.site_id)
    entry = await entries.get(session=session, entry_id=alert.entry_id)
    assert site is not None and entry is not None
    level, fresh = alert.level, []
    while not fresh and level + 1 < chain_length(site):
        level += 1
        before = {r.chat_id for r in await _recipients_up_to(session, site, level - 1)}
        fresh = [
            r
            for r in await chain_level(session=session, site=site, level=level)
            if r.chat_id not in before
        ]
    if not fresh:
        alert.deadline_at = None  # the whole chain has it; it stays open for summaries
        return False
    alert.level = level
    alert.deadline_at = now + timedelta(seconds=site.ack_timeout_s)
    everyone = await _recipients_up_to(session, site, level)
    await send_alert(
        session=session,
        alert=alert,
        entry=entry,
        site=site,
        recipients=everyone,
        kind="escalation",
        now=now,
    )
    await notify_staff(
        session=session,
        staff_id=entry.officer_id,
        key="alerts.officer_escalated",
        now=now,
        entry_id=entry.id,
        priority=PRIORITY["alert"],
        reference=entry.reference,
        names=", ".join(r.label for r in fresh),
    )
    await audit.record(
        session=session,
        action="alert.escalated",
        reference=entry.reference,
        detail={"level": level},
    )
    return True


async def resend_minimal(*, session: AsyncSession, refused: OutboxMessage, now: datetime) -> bool:
    """Queue an alert or escalation Telegram refused as a bad request again to the same chat,
    in its minimal form (reference, urgency, place and the buttons, no narrative): whatever in
    the narrative Telegram would not take, the supervisor still hears of the alert and can
    acknowledge it, and it stays open, escalating on its deadline. False when there is nothing
    smaller to send: not an open alert, or its minimal form was what Telegram refused."""
    if refused.kind not in HEADINGS or refused.method != "send" or refused.alert_id is None:
        return False
    alert = await outbox.get_alert(session=session, alert_id=refused.alert_id)
    if alert is None or alert.status != "open":
        return False
    site = await directory.get_site(session=session, site_id=alert.site_id)
    entry = await entries.get(session=session, entry_id=alert.entry_id)
    assert site is not None and entry is not None
    staff = await directory.get_staff(session=session, staff_id=refused.recipient_staff_id or 0)
    lang = staff.lang if staff else site.lang
    heading = t(lang, HEADINGS[refused.kind], reference=entry.reference)
    text = await item_text(
        session=session, entry=entry, site=site, lang=lang, heading=heading, minimal=True
    )
    if text == refused.text:
        return False
    await queue_copy(
        session=session,
        site=site,
        entry=entry,
        recipient=Recipient(
            refused.chat_id, refused.recipient_staff_id, refused.recipient_label, lang
        ),
        kind=refused.kind,
        text=text,
        buttons=alert_buttons(alert.id, lang, minimal=True),
        now=now,
        alert_id=alert.id,
    )
    return True


async def escalate_due(*, session: AsyncSession, now: datetime) -> int:
    """Escalate every open alert past its deadline; returns how many moved up."""
    moved = 0
    for alert in await outbox.overdue_alerts(session=session, now=now):
        moved += await escalate(session=session, alert=alert, now=now)
    return moved


async def acknowledge(
    *, session: AsyncSession, actor: Actor, alert_id: int, take_over: bool, now: datetime
) -> str:
    """Record who has the alert, update every copy, tell the officer and the new holder (of the
    statements linked to the event so far); returns the tapper's note."""
    alert = await outbox.get_alert(session=session, alert_id=alert_id)
    if alert is None or alert.site_id != actor.site_id:
        raise AlertError("alerts.not_found")
    entry = await entries.get(session=session, entry_id=alert.entry_id)
    assert entry is not None
    scope = RecordScope(entry.officer_id, entry.site_id, tuple(entry.routes), ())
    if not may_see(actor, "acknowledge", scope):
        raise AlertError("core.not_allowed")
    if alert.status != "open" and not take_over:
        holder = await directory.get_staff(session=session, staff_id=alert.acknowledged_by_id or 0)
        return t(actor.lang, "alerts.already", name=holder.name if holder else "?")
    alert.status = "acknowledged"
    alert.acknowledged_by_id = actor.staff_id
    alert.acknowledged_at = alert.acknowledged_at if alert.acknowledged_at and take_over else now
    alert.taken_over = take_over
    alert.deadline_at = None
    await audit.record(
        session=session,
        action="alert.taken_over" if take_over else "alert.acknowledged",
        staff_id=actor.staff_id,
        reference=entry.reference,
    )
    site = await directory.get_site(session=session, site_id=alert.site_id)
    assert site is not None
    at = local_time(now, site.tz, actor.lang)[-5:]
    key = "alerts.taken_over_by" if take_over else "alerts.acknowledged_by"
    for copy in await outbox.sent_copies(session=session, alert_id=alert.id):
        staff = await directory.get_staff(session=session, staff_id=copy.recipient_staff_id or 0)
        lang = staff.lang if staff else site.lang
        status = f"\n\n✅ {t(lang, key, name=actor.name, at=at)}"
        await queue_copy(
            session=session,
            site=site,
            entry=entry,
            recipient=Recipient(copy.chat_id, copy.recipient_staff_id, copy.recipient_label, lang),
            kind="update",
            text=cut_html(copy.text, TEXT_LIMIT - units(status)) + status,
            # Take over stays: another supervisor may still take the alert from whoever has it.
            buttons=[[b for b in row if not b["data"].endswith(":ack")] for row in copy.buttons],
            now=now,
            alert_id=alert.id,
            replacing=copy,
        )
    await notify_staff(
        session=session,
        staff_id=entry.officer_id,
        key="alerts.officer_taken_over" if take_over else "alerts.officer_acknowledged",
        now=now,
        entry_id=entry.id,
        reference=entry.reference,
        name=actor.name,
        at=at,
    )
    await events.tell_new_holder(session=session, holder_id=actor.staff_id, event=entry, now=now)
    return t(actor.lang, key, name=actor.name, at=at)


async def entry_of_alert(*, session: AsyncSession, actor: Actor, alert_id: int) -> str:
    """The reference of an alert's entry, for PDF and details taps (role checked later)."""
    alert = await outbox.get_alert(session=session, alert_id=alert_id)
    if alert is None or alert.site_id != actor.site_id:
        raise AlertError("alerts.not_found")
    return await _reference(session, alert.entry_id)


async def entry_of_item(
    *, session: AsyncSession, actor: Actor, chat_id: int, message_id: int
) -> str:
    """The reference of the entry behind a route item, for its Details tap (role checked later:
    a member of a route's group sees the details only if their role lets them)."""
    row = await outbox.by_message(session=session, chat_id=chat_id, message_id=message_id)
    if row is None or row.site_id != actor.site_id:
        raise AlertError("alerts.not_found")
    return await _reference(session, row.entry_id or 0)


async def _reference(session: AsyncSession, entry_id: int) -> str:
    entry = await entries.get(session=session, entry_id=entry_id)
    if entry is None or entry.reference is None:
        raise AlertError("alerts.not_found")
    return entry.reference


async def mark_seen(
    *, session: AsyncSession, actor: Actor, chat_id: int, message_id: int, now: datetime
) -> str:
    """A route item's Seen button: who saw it and when, on the message and in the audit."""
    row = await outbox.by_message(session=session, chat_id=chat_id, message_id=message_id)
    if row is None or row.site_id != actor.site_id:
        raise AlertError("alerts.not_found")
    if row.seen_by_id is None:
        row.seen_by_id, row.seen_at = actor.staff_id, now
        entry = await entries.get(session=session, entry_id=row.entry_id or 0)
        await audit.record(
            session=session,
            action="route.seen",
            staff_id=actor.staff_id,
            reference=entry.reference if entry else None,
        )
    site = await directory.get_site(session=session, site_id=actor.site_id)
    at = local_time(row.seen_at, site.tz if site else "UTC", actor.lang)[-5:]
    return t(actor.lang, "alerts.seen_by", name=actor.name, at=at)
