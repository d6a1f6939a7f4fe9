"""Routing, the shell: for each event, gather its facts, plan who hears what, write the rows.

The decisions are in ``bot.notify.plan`` (pure, tested as tables); the facts are read in
``bot.notify.facts``; the rows are built in ``bot.notify.writer``. Every function here is the
same three steps for one occasion, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture.drafting import Notification
from bot.notify.facts import Facts, gather
from bot.notify.plan import Occasion, Plan, plan_notifications
from bot.notify.render import text_of
from bot.notify.writer import open_alert, write
from storage import directory, entries, outbox
from storage.models import Alert, Entry, OutboxMessage, Site
from storage.vocabulary import SendMethod

__all__ = [
    "escalate_alert",
    "fall_through",
    "notifications_of",
    "on_submit",
    "redirect",
    "resend_minimal",
    "tell_holder",
]


async def _decide(
    *, session: AsyncSession, occasion: Occasion, site: Site, now: datetime, **known: Any
) -> tuple[Facts, Plan]:
    """The facts of one occasion (``known``: what the caller already has) and the plan."""
    facts = await gather(session=session, occasion=occasion, site=site, now=now, **known)
    return facts, plan_notifications(facts)


async def on_submit(*, session: AsyncSession, entry: Entry, site: Site, now: datetime) -> None:
    """Write every notification a submitted entry calls for, in the submit transaction.

    An entry is routed as it stands: whether it is a further statement on an event already
    reported is asked only afterwards (``bot.capture.events``), so no question holds back its
    alert.
    """
    facts, plan = await _decide(
        session=session, occasion=Occasion.SUBMIT, site=site, now=now, entry=entry
    )
    alert = await open_alert(session=session, facts=facts, move=plan.alert) if plan.alert else None
    await write(session=session, facts=facts, plan=plan, alert_id=alert.id if alert else None)


async def escalate_alert(*, session: AsyncSession, alert: Alert, now: datetime) -> int | None:
    """Repeat an unanswered alert to the next level of the chain that has anyone new in it;
    the level it reached, or None when the whole chain has it (it escalates no further)."""
    site = await directory.get_site(session=session, site_id=alert.site_id)
    entry = await entries.get(session=session, entry_id=alert.entry_id)
    assert site is not None and entry is not None
    facts, plan = await _decide(
        session=session, occasion=Occasion.ESCALATION, site=site, now=now, entry=entry, alert=alert
    )
    assert plan.alert is not None
    alert.level, alert.deadline_at = plan.alert.level, plan.alert.deadline
    if plan.alert.deadline is None:
        return None
    await write(session=session, facts=facts, plan=plan, alert_id=alert.id)
    return alert.level


async def fall_through(
    *, session: AsyncSession, row: OutboxMessage, now: datetime, admins_told: bool
) -> None:
    """A message Telegram refused for good: the admins hear of it (unless ``admins_told``), an
    unanswered alert escalates now, a failed channel's item goes to the route's staff."""
    if row.site_id is None:
        return
    site = await directory.get_site(session=session, site_id=row.site_id)
    assert site is not None
    entry = await entries.get(session=session, entry_id=row.entry_id or 0)
    alert = await outbox.get_alert(session=session, alert_id=row.alert_id or 0)
    facts, plan = await _decide(
        session=session,
        occasion=Occasion.FALL_THROUGH,
        site=site,
        now=now,
        entry=entry,
        alert=alert,
        undelivered=row,
        admins_told=admins_told,
    )
    if alert is not None and plan.alert is not None:
        alert.deadline_at = plan.alert.deadline
    await write(session=session, facts=facts, plan=plan)


async def resend_minimal(*, session: AsyncSession, refused: OutboxMessage, now: datetime) -> bool:
    """Queue an alert Telegram refused as a bad request again to the same chat, in its minimal
    form. False when there is nothing smaller to send: not an open alert, or its minimal form
    was what Telegram refused."""
    if refused.method != SendMethod.SEND or refused.alert_id is None:
        return False
    alert = await outbox.get_alert(session=session, alert_id=refused.alert_id)
    if alert is None:
        return False
    site = await directory.get_site(session=session, site_id=alert.site_id)
    entry = await entries.get(session=session, entry_id=alert.entry_id)
    assert site is not None and entry is not None
    facts, plan = await _decide(
        session=session,
        occasion=Occasion.REFUSED,
        site=site,
        now=now,
        entry=entry,
        alert=alert,
        undelivered=refused,
    )
    if not plan.notices or text_of(facts, plan.notices[0]) == refused.text:
        return False
    await write(session=session, facts=facts, plan=plan, alert_id=alert.id)
    return True


async def redirect(
    *, session: AsyncSession, row: OutboxMessage, now: datetime, skip: Collection[int]
) -> int:
    """Queue a route item its deactivated recipient will not get for the route's other
    recipients (chats in ``skip`` have it already); returns how many copies were queued."""
    entry = await entries.get(session=session, entry_id=row.entry_id or 0)
    site = await directory.get_site(session=session, site_id=row.site_id or 0)
    if entry is None or site is None:
        return 0
    facts, plan = await _decide(
        session=session,
        occasion=Occasion.REDIRECT,
        site=site,
        now=now,
        entry=entry,
        undelivered=row,
        skip=frozenset(skip),
    )
    return await write(session=session, facts=facts, plan=plan)


async def tell_holder(
    *,
    session: AsyncSession,
    holder_id: int,
    event: Entry,
    statements: list[Entry],
    now: datetime,
) -> None:
    """Tell whoever has an event's alert of the statements linked to it."""
    site = await directory.get_site(session=session, site_id=event.site_id)
    assert site is not None
    facts, plan = await _decide(
        session=session,
        occasion=Occasion.FURTHER_STATEMENT,
        site=site,
        now=now,
        entry=event,
        holder_id=holder_id,
        statements=tuple((s.id, s.reference or "") for s in statements),
    )
    await write(session=session, facts=facts, plan=plan)


async def notifications_of(*, session: AsyncSession, entry: Entry) -> tuple[Notification, ...]:
    """Who was (or is being) told of an entry, and when: for the 0875's "notified" block."""
    rows = await outbox.of_entry(session=session, entry_id=entry.id)
    seen: dict[str, Notification] = {}
    for row in rows:
        if row.recipient_label not in seen or (row.sent_at and not seen[row.recipient_label].at):
            seen[row.recipient_label] = Notification(recipient=row.recipient_label, at=row.sent_at)
    return tuple(seen.values())
