"""Offboarding: a deactivated staff member is refused from their next update on, comes off duty,
and what was on its way to them goes to the next person in line (issue 7, "Deactivated staff").

Refusal needs nothing here: ``bot.people.directory.identify`` knows only active staff, so the gate
treats a deactivated member exactly like a stranger (one "not enrolled" line in their Telegram
language, nothing stored but an audit line). That is deliberate: a lost or handed-on phone learns
nothing about the account it belonged to.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.alerting import escalate
from bot.notify.routing import redirect
from bot.refusal import Refusal
from storage import audit, directory, offboarding, outbox
from storage.models import OutboxMessage, Site, Staff
from storage.vocabulary import ALARMS, UNDELIVERED, MessageKind, OutboxStatus

DEACTIVATED = "recipient deactivated"


@dataclass(frozen=True)
class Offboarded:
    """What a deactivation did, for the operator's one-line answer."""

    name: str
    telegram_user_id: int
    already: bool
    alerts_moved: int  # open alerts sent up the chain because nobody active held them
    items_resent: int  # route items queued for the route's other recipients
    dropped: int  # notices and digests that were only for them


@dataclass(frozen=True)
class StaffLine:
    """One row of ``rapport staff list``."""

    telegram_user_id: int
    name: str
    roles: tuple[str, ...]
    active: bool
    on_duty: bool
    enrolled_at: datetime


async def _site(session: AsyncSession, code: str) -> Site:
    site = await directory.get_site_by_code(session=session, code=code)
    if site is None:
        raise Refusal("admin.unknown_site", site=code)
    return site


async def find_member(
    *,
    session: AsyncSession,
    site_code: str,
    telegram_user_id: int | None = None,
    name: str | None = None,
) -> Staff:
    """Exactly one staff member of the site, by Telegram user id or by name."""
    site = await _site(session, site_code)
    found = await directory.find_staff(
        session=session, site_id=site.id, telegram_user_id=telegram_user_id, name=name
    )
    who = str(telegram_user_id) if telegram_user_id is not None else (name or "")
    if not found:
        raise Refusal("staff.unknown", who=who, site=site.code)
    if len(found) > 1:
        raise Refusal("staff.ambiguous", who=who, count=len(found))
    return found[0]


async def list_members(*, session: AsyncSession, site_code: str) -> list[StaffLine]:
    """Every staff member of a site, active or not, so an admin can find whom to deactivate."""
    site = await _site(session, site_code)
    return [
        StaffLine(
            telegram_user_id=s.telegram_user_id,
            name=s.name,
            roles=tuple(s.roles),
            active=s.active,
            on_duty=s.on_duty,
            enrolled_at=s.created_at,
        )
        for s in await directory.all_staff(session=session, site_id=site.id)
    ]


async def deactivate(
    *,
    session: AsyncSession,
    site_code: str,
    operator: str,
    now: datetime,
    telegram_user_id: int | None = None,
    name: str | None = None,
) -> Offboarded:
    """Withdraw a staff member's access, take them off duty and re-route what awaited them."""
    staff = await find_member(
        session=session, site_code=site_code, telegram_user_id=telegram_user_id, name=name
    )
    already = not staff.active
    staff.active = False
    await directory.set_on_duty(session=session, staff=staff, on_duty=False, now=now)
    moved = resent = dropped = 0
    for row in await offboarding.pending_sends_to(session=session, staff_id=staff.id):
        row.status, row.error = OutboxStatus.FAILED, DEACTIVATED
        if row.kind == MessageKind.ROUTE:
            resent += await _resend_route_item(session, row, now)
        elif row.kind not in ALARMS:
            dropped += 1
    active = {s.id for s in await directory.list_staff(session=session, site_id=staff.site_id)}
    for alert in await offboarding.open_alerts_sent_to(session=session, staff_id=staff.id):
        copies = await outbox.sent_copies(session=session, alert_id=alert.id)
        if not _held_by_someone_active(copies, active):
            moved += await escalate(session=session, alert=alert, now=now)
    await audit.record(
        session=session,
        action="staff.deactivated",
        staff_id=staff.id,
        telegram_user_id=staff.telegram_user_id,
        detail={
            "by": "cli",
            "operator": operator,
            "alerts_moved": moved,
            "items_resent": resent,
            "already": already,
        },
    )
    return Offboarded(staff.name, staff.telegram_user_id, already, moved, resent, dropped)


async def reactivate(
    *,
    session: AsyncSession,
    site_code: str,
    operator: str,
    telegram_user_id: int | None = None,
    name: str | None = None,
) -> Staff:
    """Give a deactivated staff member their access back (off duty: they set /onduty again)."""
    staff = await find_member(
        session=session, site_code=site_code, telegram_user_id=telegram_user_id, name=name
    )
    staff.active = True
    await audit.record(
        session=session,
        action="staff.reactivated",
        staff_id=staff.id,
        telegram_user_id=staff.telegram_user_id,
        detail={"by": "cli", "operator": operator},
    )
    return staff


def _held_by_someone_active(copies: Sequence[OutboxMessage], active: Collection[int]) -> bool:
    """Whether a copy of the alert went (or is going) to an active person or a channel."""
    return any(
        copy.status not in UNDELIVERED
        and (copy.recipient_staff_id is None or copy.recipient_staff_id in active)
        for copy in copies
    )


async def _resend_route_item(session: AsyncSession, row: OutboxMessage, now: datetime) -> int:
    """Queue a route item the deactivated member was to receive for the route's others."""
    already = {
        sent.chat_id
        for sent in await outbox.of_entry(session=session, entry_id=row.entry_id or 0)
        if sent.route == row.route and sent.status not in UNDELIVERED
    }
    return await redirect(session=session, row=row, now=now, skip=already)
