"""Alerts: acknowledgement, take-over and escalation when nobody answers (design.md journey 4).

Deadlines are stored with the alert, so escalation survives a restart: whichever process runs
``escalate_due`` next finds what is overdue.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture.card import local_time
from bot.i18n import t
from bot.notify.routing import escalate_alert, tell_holder
from bot.notify.writer import notify_staff, replace_copy
from bot.people.authz import Actor, RecordScope, may_see
from bot.refusal import Refusal
from bot.telegram_limits import TEXT_LIMIT, cut_html, units
from storage import audit, directory, entries, outbox
from storage.models import Alert
from storage.vocabulary import AlertStatus


async def escalate(*, session: AsyncSession, alert: Alert, now: datetime) -> bool:
    """Repeat the alert and widen it to the next level of the chain that has anyone in it."""
    level = await escalate_alert(session=session, alert=alert, now=now)
    if level is None:
        return False
    entry = await entries.get(session=session, entry_id=alert.entry_id)
    await audit.record(
        session=session,
        action="alert.escalated",
        reference=entry.reference if entry else None,
        detail={"level": level},
    )
    return True


async def escalate_due(*, session: AsyncSession, now: datetime) -> int:
    """Escalate every open alert past its deadline; returns how many moved up."""
    moved = 0
    for alert in await outbox.overdue_alerts(session=session, now=now):
        moved += await escalate(session=session, alert=alert, now=now)
    return moved


class Acknowledgement(NamedTuple):
    """The tapper's note, and whether the tap gave them the alert (not when it was had)."""

    note: str
    taken: bool


async def acknowledge(
    *, session: AsyncSession, actor: Actor, alert_id: int, take_over: bool, now: datetime
) -> Acknowledgement:
    """Record who has the alert, update every copy, tell the officer and the new holder (of the
    statements linked to the event so far)."""
    alert = await outbox.get_alert(session=session, alert_id=alert_id)
    if alert is None or alert.site_id != actor.site_id:
        raise Refusal("alerts.not_found")
    entry = await entries.get(session=session, entry_id=alert.entry_id)
    assert entry is not None
    scope = RecordScope(entry.officer_id, entry.site_id, tuple(entry.routes), ())
    if not may_see(actor, "acknowledge", scope):
        raise Refusal("core.not_allowed")
    if alert.status != AlertStatus.OPEN and not take_over:
        holder = await directory.get_staff(session=session, staff_id=alert.acknowledged_by_id or 0)
        note = t(actor.lang, "alerts.already", name=holder.name if holder else "?")
        return Acknowledgement(note, taken=False)
    alert.status = AlertStatus.ACKNOWLEDGED
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
    langs = {s.id: s.lang for s in await directory.all_staff(session=session, site_id=site.id)}
    for copy in await outbox.sent_copies(session=session, alert_id=alert.id):
        lang = langs.get(copy.recipient_staff_id or 0, site.lang)
        status = f"\n\n✅ {t(lang, key, name=actor.name, at=at)}"
        await replace_copy(
            session=session,
            copy=copy,
            text=cut_html(copy.text, TEXT_LIMIT - units(status)) + status,
            # Take over stays: another supervisor may still take the alert from whoever has it.
            buttons=[[b for b in row if not b["data"].endswith(":ack")] for row in copy.buttons],
            now=now,
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
    # Whoever has just taken the alert hears of the statements linked to its event so far
    # (linked while nobody had it, or heard by the one before them).
    statements = list(await entries.statements_on(session=session, event=entry))
    if statements:
        await tell_holder(
            session=session,
            holder_id=actor.staff_id,
            event=entry,
            statements=statements,
            now=now,
        )
    return Acknowledgement(t(actor.lang, key, name=actor.name, at=at), taken=True)


async def entry_of_alert(*, session: AsyncSession, actor: Actor, alert_id: int) -> str:
    """The reference of an alert's entry, for PDF and details taps (role checked later)."""
    alert = await outbox.get_alert(session=session, alert_id=alert_id)
    if alert is None or alert.site_id != actor.site_id:
        raise Refusal("alerts.not_found")
    return await _reference(session, alert.entry_id)


async def entry_of_item(
    *, session: AsyncSession, actor: Actor, chat_id: int, message_id: int
) -> str:
    """The reference of the entry behind a route item, for its Details tap (role checked later:
    a member of a route's group sees the details only if their role lets them)."""
    row = await outbox.by_message(session=session, chat_id=chat_id, message_id=message_id)
    if row is None or row.site_id != actor.site_id:
        raise Refusal("alerts.not_found")
    return await _reference(session, row.entry_id or 0)


async def _reference(session: AsyncSession, entry_id: int) -> str:
    entry = await entries.get(session=session, entry_id=entry_id)
    if entry is None or entry.reference is None:
        raise Refusal("alerts.not_found")
    return entry.reference


async def mark_seen(
    *, session: AsyncSession, actor: Actor, chat_id: int, message_id: int, now: datetime
) -> str:
    """A route item's Seen button: who saw it and when, on the message and in the audit."""
    row = await outbox.by_message(session=session, chat_id=chat_id, message_id=message_id)
    if row is None or row.site_id != actor.site_id:
        raise Refusal("alerts.not_found")
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
