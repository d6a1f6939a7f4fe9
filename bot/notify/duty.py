"""The duty check: at the end of a long shift the bot asks an on-duty supervisor "Still on
duty?"; without an answer in time it sets them off duty and tells them, so urgent alerts go to
someone awake rather than to a phone left in a locker (issue 5, "Directory").

The questions are outbox rows (``MessageKind.DUTY_CHECK``); an answer is recorded on the question
(``seen_at``), so whichever process runs the check next knows where each shift stands.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.callback_data import DutyAnswer, DutyReply
from bot.capture.card import local_time
from bot.i18n import t
from bot.notify.plan import PRIORITY
from bot.notify.writer import notify_staff
from bot.people.authz import Actor
from bot.people.directory import set_duty
from bot.reply import StoredButtons
from storage import audit, directory, outbox
from storage.models import Site, Staff
from storage.vocabulary import MessageKind


def duty_buttons(lang: str) -> StoredButtons:
    """Yes / Off duty under the question."""
    return [
        [
            {"label": t(lang, "duty_check.yes"), "data": DutyAnswer(DutyReply.YES).pack()},
            {"label": t(lang, "duty_check.off"), "data": DutyAnswer(DutyReply.OFF).pack()},
        ]
    ]


async def due_duty_checks(*, session: AsyncSession, now: datetime) -> int:
    """Ask whoever has been on duty long enough, end the shift of whoever did not answer in
    time; returns how many messages were queued."""
    queued = 0
    for site in await directory.list_sites(session=session):
        for staff in await directory.list_staff(session=session, site_id=site.id, on_duty=True):
            queued += await _check(session, site, staff, now)
    return queued


async def _check(session: AsyncSession, site: Site, staff: Staff, now: datetime) -> int:
    if staff.on_duty_since is None:
        return 0
    asked = await outbox.last_duty_check(
        session=session, staff_id=staff.id, since=staff.on_duty_since
    )
    grace = timedelta(seconds=site.duty_check_grace_s)
    if asked is None or asked.seen_at is not None:
        # A "yes" starts the count again: the next question comes one long shift later.
        counted_from = staff.on_duty_since if asked is None else asked.seen_at
        assert counted_from is not None
        if now < counted_from + timedelta(seconds=site.duty_check_after_s):
            return 0
        await notify_staff(
            session=session,
            staff_id=staff.id,
            key="duty_check.question",
            now=now,
            kind=MessageKind.DUTY_CHECK,
            priority=PRIORITY[MessageKind.DUTY_CHECK],
            buttons=duty_buttons(staff.lang),
            since=local_time(staff.on_duty_since, site.tz, staff.lang),
            minutes=int(grace.total_seconds() // 60),
        )
        return 1
    if now < asked.created_at + grace:
        return 0
    await directory.set_on_duty(session=session, staff=staff, on_duty=False, now=now)
    await audit.record(session=session, action="duty.off_unanswered", staff_id=staff.id)
    await notify_staff(
        session=session,
        staff_id=staff.id,
        key="duty_check.ended",
        now=now,
        priority=PRIORITY[MessageKind.DUTY_CHECK],
        minutes=int(grace.total_seconds() // 60),
    )
    return 1


async def answer(
    *,
    session: AsyncSession,
    actor: Actor,
    chat_id: int,
    message_id: int,
    still_on_duty: bool,
    now: datetime,
) -> str:
    """A tap on Yes or Off duty under the question; returns what replaces the question."""
    asked = await outbox.by_message(session=session, chat_id=chat_id, message_id=message_id)
    staff = await directory.get_staff(session=session, staff_id=actor.staff_id)
    if (
        asked is None
        or asked.kind != MessageKind.DUTY_CHECK
        or asked.recipient_staff_id != actor.staff_id
        or asked.seen_at is not None
        or staff is None
        or not staff.on_duty
        or (staff.on_duty_since or now) > asked.created_at
    ):
        return t(actor.lang, "duty_check.expired")
    asked.seen_by_id, asked.seen_at = actor.staff_id, now
    if still_on_duty:
        await audit.record(session=session, action="duty.confirmed", staff_id=actor.staff_id)
        return t(actor.lang, "duty_check.kept")
    await set_duty(session=session, actor=actor, on_duty=False, now=now)
    return t(actor.lang, "duty.off")
