"""Events: statements by several officers on one event, linked after each has been routed.

Nothing stands between an immediate item and its alert (design.md, principles): a statement is
routed on its own when submitted (its own alert, route items or digest), and only then is its
officer asked whether it is about an event another officer reported in the last hour. The
answer may come at any time; it links the two records and tells whoever has the event's alert.
It never routes, holds back, merges or silences anything.

An immediate statement linked to an event keeps its own alert, acknowledged and escalated on its
own: an acknowledgement says that someone has read *that* statement, so one tap on the event's
card must not answer for a statement its holder has not seen.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture.card import data
from bot.i18n import t
from bot.notify.plan import PRIORITY
from bot.notify.routing import tell_holder
from bot.notify.writer import notify_staff
from bot.people.authz import Actor
from bot.refusal import Refusal
from bot.reply import Reply
from storage import audit, entries, outbox
from storage.models import Entry
from storage.vocabulary import RECORDED, MessageKind

SAME_EVENT_WINDOW = timedelta(hours=1)  # design: "an entry from another officer in the last hour"


async def _event_for(*, session: AsyncSession, entry: Entry) -> Entry | None:
    """The event a submitted statement may be about: another officer's entry submitted in the
    hour before it naming one of its offenders or, when that entry is itself a further statement,
    the first entry of its event (links always point there, so its holder hears of them all).

    A statement about a staff member is never offered: linking it would tell the event's holder
    of it, and it is for security intelligence only (CD 568-2).
    """
    if entry.version != 1 or entry.staff_concern or entry.submitted_at is None:
        return None
    first = await entries.same_event_candidate(
        session=session,
        site_id=entry.site_id,
        officer_id=entry.officer_id,
        fps_numbers=[o.fps for o in entry.offenders if o.fps],
        since=entry.submitted_at - SAME_EVENT_WINDOW,
        until=entry.submitted_at,
    )
    if first is None or first.related_entry_id is None:
        return first
    return await entries.get(session=session, entry_id=first.related_entry_id)


async def offer(
    *,
    session: AsyncSession,
    actor: Actor,
    entry: Entry,
    now: datetime,
) -> None:
    """Ask the officer whether their statement, just routed, is about an event already reported.

    The question is a message of its own, queued in the submit transaction behind the alert and
    route items: a tap takes the buttons off its message, so answering it and signing the draft
    off stay two taps that neither undoes, and either may wait.
    """
    event = await _event_for(session=session, entry=entry)
    if event is None:
        return
    lang, same = actor.lang, data(entry.id, "same", str(event.id))
    await notify_staff(
        session=session,
        staff_id=actor.staff_id,
        key="records.same_event",
        now=now,
        entry_id=entry.id,
        priority=PRIORITY[MessageKind.NOTICE],
        buttons=[
            [{"label": t(lang, "records.same_event_yes"), "data": same}],
            [{"label": t(lang, "records.same_event_no"), "data": data(entry.id, "separate")}],
        ],
        reference=entry.reference,
        event=event.reference,
    )


async def _own_statement(session: AsyncSession, actor: Actor, entry_id: int) -> Entry:
    entry = await entries.get(session=session, entry_id=entry_id)
    if entry is None or entry.officer_id != actor.staff_id:
        raise Refusal("capture.not_yours")
    if entry.status not in RECORDED or entry.reference is None:
        raise Refusal("capture.already_done")
    return entry


async def link(
    *, session: AsyncSession, actor: Actor, entry_id: int, event_id: int, now: datetime
) -> Reply:
    """The answer "same event": the statement is recorded as one on the event, the link audited
    and the holder of the event's alert told; its text and routing stay as submitted.

    The link is the entry's ``related_entry_id``, set on every version of the record: like its
    status, it is a fact about the record learnt after submission, not part of what the officer
    wrote, and a statement belongs to at most one event, so one column holds every case (and
    amendments already carry it to their new version).
    """
    entry = await _own_statement(session, actor, entry_id)
    event = await _event_for(session=session, entry=entry)
    if event is None or event.id != event_id:
        raise Refusal("capture.already_done")
    reply = Reply(
        text=t(actor.lang, "records.linked", reference=entry.reference, event=event.reference)
    )
    if entry.related_entry_id == event.id:
        return reply
    # Locked first: an acknowledgement at the same moment either is seen here (its holder is
    # told now) or sees this link (``bot.notify.alerting.acknowledge``), never neither.
    alert = await outbox.alert_of_entry(session=session, entry_id=event.id)
    assert entry.reference is not None  # a recorded statement has one (_own_statement)
    await entries.link_to_event(session=session, reference=entry.reference, event_id=event.id)
    await audit.record(
        session=session,
        action="entry.linked",
        staff_id=actor.staff_id,
        reference=entry.reference,
        detail={"event": event.reference},
    )
    if alert is not None and alert.acknowledged_by_id is not None:
        await tell_holder(
            session=session,
            holder_id=alert.acknowledged_by_id,
            event=event,
            statements=[entry],
            now=now,
        )
    return reply


async def keep_separate(*, session: AsyncSession, actor: Actor, entry_id: int) -> Reply:
    """The answer "a separate event": nothing changes, and the officer is told so."""
    entry = await _own_statement(session, actor, entry_id)
    return Reply(text=t(actor.lang, "records.kept_separate", reference=entry.reference))
