"""Routing: who hears of a submitted entry, and how, as outbox rows in the submit transaction.

Policy (triage-policy.md, "Routes"; design.md journey 4): immediate entries alarm the
supervisor on duty with an acknowledgement asked for; priority items reach their routes at once
without an alarm; routine items wait for the daily digest. Case management goes to the offender's
enrolled parole officer, else to the site's case-management channel; the other routes go to the
route's registered channel, else to the staff holding the route's role.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture.card import local_time
from bot.capture.drafting import Notification
from bot.i18n import t
from bot.people.authz import Actor
from bot.reply import esc
from bot.telegram_limits import TEXT_LIMIT, cut_html, units
from storage import directory, entries, outbox
from storage.models import Alert, Entry, OutboxMessage, Site

# Delivery order: alarms first, then what must be shared this shift, then notices, then digests.
PRIORITY = {
    "alert": 0,
    "escalation": 0,
    "route": 1,
    "update": 1,
    "duty_check": 1,
    "notice": 2,
    "expiry": 2,
    "digest": 3,
}
# Telegram lets a bot delete its own messages for 48 hours: a chat copy must go before that,
# with an hour to spare for a delivery backlog or a restart.
MAX_COPY_TTL = timedelta(hours=47)
ROUTE_ROLES = {
    "security_intelligence": "intelligence",
    "health_services": "health",
    "case_management": "case_manager",
    "supervisor": "supervisor",
}
DEFAULT_CHAIN = ("on_duty_supervisors", "supervisors", "managers")
HEADINGS = {"alert": "alerts.heading", "escalation": "alerts.heading_escalated"}
# An alert or route item leaves room in its message for the line an acknowledgement adds to it
# ("Acknowledged by <a name of up to 200 characters> at 12:34"), so the edit still fits.
_ITEM_LIMIT = TEXT_LIMIT - 320


@dataclass(frozen=True)
class Recipient:
    """A chat to notify: a staff member's private chat or a registered channel."""

    chat_id: int
    staff_id: int | None
    label: str
    lang: str


def _staff_recipients(staff_rows: list) -> list[Recipient]:
    return [
        Recipient(chat_id=s.telegram_user_id, staff_id=s.id, label=s.name, lang=s.lang)
        for s in staff_rows
    ]


async def _reachable(session: AsyncSession, recipients: list[Recipient]) -> list[Recipient]:
    """Leave out whoever is known to have blocked the bot: repeating an alert to them at every
    level would only fail again, and tell the admins again (they were told the first time)."""
    blocked = await outbox.unreachable_chats(
        session=session, chat_ids=[r.chat_id for r in recipients]
    )
    return [r for r in recipients if r.chat_id not in blocked]


async def chain_level(*, session: AsyncSession, site: Site, level: int) -> list[Recipient]:
    """Who one level of the site's escalation chain reaches (empty past the end)."""
    chain = tuple(site.escalation_chain or DEFAULT_CHAIN)
    if level >= len(chain):
        return []
    step = chain[level]
    if step == "on_duty_supervisors":
        rows = await directory.list_staff(
            session=session, site_id=site.id, role="supervisor", on_duty=True
        )
    elif step == "supervisors":
        rows = await directory.list_staff(session=session, site_id=site.id, role="supervisor")
    else:
        rows = await directory.list_staff(session=session, site_id=site.id, role="manager")
    return await _reachable(session, _staff_recipients(rows))


def chain_length(site: Site) -> int:
    """How many levels the site's escalation chain has."""
    return len(tuple(site.escalation_chain or DEFAULT_CHAIN))


async def route_recipients(
    *, session: AsyncSession, site: Site, route: str, entry: Entry, channels: bool = True
) -> list[Recipient]:
    """Who receives an entry's item for one route (``channels=False``: staff only)."""
    if route == "case_management":
        fps = [o.fps for o in await entries.offenders_of(session=session, entry_id=entry.id)]
        ids = await directory.case_managers_of(
            session=session, site_id=site.id, fps_numbers=[f for f in fps if f]
        )
        if ids:
            rows = [await directory.get_staff(session=session, staff_id=i) for i in ids]
            return _staff_recipients([r for r in rows if r and r.active])
    registered = await outbox.channel(session=session, site_id=site.id, route=route)
    if registered is not None and channels:
        label = registered.title or t(site.lang, f"route.{route}")
        return [Recipient(chat_id=registered.chat_id, staff_id=None, label=label, lang=site.lang)]
    if route == "supervisor":
        on_duty = await chain_level(session=session, site=site, level=0)
        return on_duty or await chain_level(session=session, site=site, level=1)
    rows = await directory.list_staff(session=session, site_id=site.id, role=ROUTE_ROLES[route])
    return _staff_recipients(rows)


def _offender_text(names: list[str], lang: str) -> str:
    return ", ".join(esc(n) for n in names) or t(lang, "capture.no_offender")


async def item_text(
    *, session: AsyncSession, entry: Entry, site: Site, lang: str, heading: str, minimal: bool
) -> str:
    """An entry as a recipient reads it, in one message Telegram accepts: only reference,
    urgency and place when ``minimal``; else the details and as much of the narrative as fits,
    with a note that the full text is in the record."""
    place = esc(entry.place or t(lang, "capture.not_recorded"))
    lines = [
        f"<b>{heading}</b>",
        f"{t(lang, 'capture.urgency')}: {t(lang, f'urgency.{entry.urgency}')}",
        f"{t(lang, 'capture.where')}: {place}",
    ]
    if minimal:
        lines.append(t(lang, "alerts.details_on_request"))
        return "\n".join(lines)
    officer = await directory.get_staff(session=session, staff_id=entry.officer_id)
    offenders = await entries.offenders_of(session=session, entry_id=entry.id)
    names = [o.name or o.fps or o.surname or "?" for o in offenders]
    lines += [
        f"{t(lang, 'capture.who')}: {_offender_text(names, lang)}",
        f"{t(lang, 'capture.when')}: {local_time(entry.occurred_at, site.tz, lang)}",
        f"{t(lang, 'alerts.reported_by')}: {esc(officer.name if officer else '?')}",
        f"{t(lang, 'capture.reasons')}: {esc('; '.join(entry.reasons) or '-')}",
    ]
    head = "\n".join(lines)
    # On a line of its own: after right-to-left text, it still reads left to right.
    marker = f"\n{t(lang, 'alerts.full_text_in_record', reference=entry.reference)}"
    narrative = cut_html(esc(entry.text), _ITEM_LIMIT - units(head) - 2, marker)
    # Cut as a whole too, should the details alone not fit (dozens of long offender names).
    return cut_html(f"{head}\n\n{narrative}", _ITEM_LIMIT)


def alert_buttons(alert_id: int, lang: str, *, minimal: bool) -> list[list[dict]]:
    """Acknowledge / Take over / 0875 PDF (and Details in minimal-disclosure mode)."""
    rows = [
        [
            {"label": t(lang, "alerts.acknowledge"), "data": f"al:{alert_id}:ack"},
            {"label": t(lang, "alerts.take_over"), "data": f"al:{alert_id}:take"},
        ],
        [{"label": t(lang, "alerts.pdf"), "data": f"al:{alert_id}:pdf"}],
    ]
    if minimal:
        rows[1].append({"label": t(lang, "alerts.details"), "data": f"al:{alert_id}:details"})
    return rows


def route_buttons(lang: str, *, minimal: bool) -> list[list[dict]]:
    """Seen (and Details in minimal-disclosure mode, shown in the tapper's private chat)."""
    row = [{"label": t(lang, "alerts.seen"), "data": "rt:seen"}]
    if minimal:
        row.append({"label": t(lang, "alerts.details"), "data": "rt:details"})
    return [row]


def copy_expiry(site: Site, now: datetime) -> datetime | None:
    """When a chat copy holding details must be deleted (never past Telegram's 48 hours)."""
    if not site.chat_copy_ttl_s:
        return None
    return now + min(timedelta(seconds=site.chat_copy_ttl_s), MAX_COPY_TTL)


async def queue_copy(
    *,
    session: AsyncSession,
    site: Site,
    entry: Entry,
    recipient: Recipient,
    kind: str,
    text: str,
    buttons: list[list[dict]],
    now: datetime,
    alert_id: int | None = None,
    route: str | None = None,
    replacing: OutboxMessage | None = None,
) -> OutboxMessage:
    """Queue one chat's copy of an entry's item (an alert, its repeat, a route item), or the new
    text of a copy already queued (``replacing``). Every alert and route message is built here,
    so all of them carry the same links to their entry and the site's expiry."""
    return await outbox.enqueue(
        session=session,
        message=OutboxMessage(
            site_id=site.id,
            entry_id=entry.id,
            alert_id=alert_id,
            kind=kind,
            priority=PRIORITY[kind],
            method="send" if replacing is None else "edit",
            target_id=replacing.id if replacing is not None else None,
            route=route,
            chat_id=recipient.chat_id,
            recipient_staff_id=recipient.staff_id,
            recipient_label=recipient.label,
            text=text,
            buttons=buttons,
            created_at=now,
            delete_after=copy_expiry(site, now) if replacing is None else None,
        ),
    )


async def pass_on(
    *,
    session: AsyncSession,
    site: Site,
    entry: Entry,
    item: OutboxMessage,
    now: datetime,
    channels: bool = True,
    skip: Collection[int] = (),
) -> int:
    """Queue a route item that will not reach its chat (a failed channel, a deactivated
    recipient) for the route's recipients instead, as it was written; chats in ``skip`` are
    passed over. Returns how many copies were queued."""
    if item.route is None:
        return 0
    queued = 0
    for recipient in await route_recipients(
        session=session, site=site, route=item.route, entry=entry, channels=channels
    ):
        if recipient.chat_id in skip:
            continue
        await queue_copy(
            session=session,
            site=site,
            entry=entry,
            recipient=recipient,
            kind="route",
            text=item.text,
            buttons=item.buttons,
            now=now,
            route=item.route,
        )
        queued += 1
    return queued


async def send_alert(
    *,
    session: AsyncSession,
    alert: Alert,
    entry: Entry,
    site: Site,
    recipients: list[Recipient],
    kind: str,
    now: datetime,
) -> None:
    """Queue the alert card to each recipient (first sending or an escalation's repeat)."""
    for recipient in recipients:
        heading = t(recipient.lang, HEADINGS[kind], reference=entry.reference)
        await queue_copy(
            session=session,
            site=site,
            entry=entry,
            recipient=recipient,
            kind=kind,
            text=await item_text(
                session=session,
                entry=entry,
                site=site,
                lang=recipient.lang,
                heading=heading,
                minimal=site.minimal_disclosure,
            ),
            buttons=alert_buttons(alert.id, recipient.lang, minimal=site.minimal_disclosure),
            now=now,
            alert_id=alert.id,
        )


async def notify_staff(
    *,
    session: AsyncSession,
    staff_id: int,
    key: str,
    now: datetime,
    entry_id: int | None = None,
    priority: int = PRIORITY["update"],
    kind: str = "notice",
    buttons: list[list[dict]] | None = None,
    **values: object,
) -> OutboxMessage | None:
    """Queue a short message from the catalog to one staff member, in their language."""
    staff = await directory.get_staff(session=session, staff_id=staff_id)
    if staff is None or not staff.active:
        return None
    return await outbox.enqueue(
        session=session,
        message=OutboxMessage(
            site_id=staff.site_id,
            entry_id=entry_id,
            kind=kind,
            priority=priority,
            chat_id=staff.telegram_user_id,
            recipient_staff_id=staff.id,
            recipient_label=staff.name,
            # A notice naming every recipient of an escalation could outgrow one message.
            text=cut_html(t(staff.lang, key, **values), TEXT_LIMIT),
            buttons=buttons or [],
            created_at=now,
        ),
    )


async def _raise_alert(
    session: AsyncSession, entry: Entry, site: Site, actor: Actor, now: datetime
) -> None:
    alert = await outbox.add_alert(
        session=session,
        alert=Alert(
            entry_id=entry.id,
            site_id=site.id,
            deadline_at=now + timedelta(seconds=site.ack_timeout_s),
            created_at=now,
        ),
    )
    level, recipients = 0, []
    while not recipients and level < chain_length(site):
        recipients = await chain_level(session=session, site=site, level=level)
        level += 1
    alert.level = max(level - 1, 0)
    await send_alert(
        session=session,
        alert=alert,
        entry=entry,
        site=site,
        recipients=recipients,
        kind="alert",
        now=now,
    )
    names = ", ".join(r.label for r in recipients) or t(actor.lang, "alerts.nobody")
    await notify_staff(
        session=session,
        staff_id=actor.staff_id,
        key="alerts.officer_sent",
        now=now,
        entry_id=entry.id,
        # After the "Submitted" reply it follows (replies go at REPLY_PRIORITY).
        priority=PRIORITY["notice"],
        reference=entry.reference,
        names=names,
    )


async def _share(
    session: AsyncSession, entry: Entry, site: Site, routes: list[str], key: str, now: datetime
) -> None:
    for route in routes:
        for recipient in await route_recipients(
            session=session, site=site, route=route, entry=entry
        ):
            heading = t(
                recipient.lang,
                key,
                reference=entry.reference,
                route=t(recipient.lang, f"route.{route}"),
            )
            await queue_copy(
                session=session,
                site=site,
                entry=entry,
                recipient=recipient,
                kind="route",
                text=await item_text(
                    session=session,
                    entry=entry,
                    site=site,
                    lang=recipient.lang,
                    heading=heading,
                    minimal=site.minimal_disclosure,
                ),
                buttons=route_buttons(recipient.lang, minimal=site.minimal_disclosure),
                now=now,
                route=route,
            )


async def on_submit(
    *, session: AsyncSession, entry: Entry, site: Site, actor: Actor, now: datetime
) -> None:
    """Write every notification a submitted entry calls for, in the submit transaction.

    An entry is routed as it stands: whether it is a further statement on an event already
    reported is asked only afterwards (``bot.capture.events``), so no question holds back its
    alert.
    """
    shared = [r for r in entry.routes if r != "supervisor"]
    if entry.version > 1:
        if entry.urgency != "routine":
            await _share(session, entry, site, shared, "alerts.amended_heading", now)
        return
    if entry.urgency == "immediate":
        await _raise_alert(session, entry, site, actor, now)
        await _share(session, entry, site, shared, "alerts.route_heading", now)
    elif entry.urgency == "priority":
        await _share(session, entry, site, list(entry.routes), "alerts.route_heading", now)


async def notifications_of(*, session: AsyncSession, entry: Entry) -> tuple[Notification, ...]:
    """Who was (or is being) told of an entry, and when: for the 0875's "notified" block."""
    rows = await outbox.of_entry(session=session, entry_id=entry.id)
    seen: dict[str, Notification] = {}
    for row in rows:
        if row.recipient_label not in seen or (row.sent_at and not seen[row.recipient_label].at):
            seen[row.recipient_label] = Notification(recipient=row.recipient_label, at=row.sent_at)
    return tuple(seen.values())
