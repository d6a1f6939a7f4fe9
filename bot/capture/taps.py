"""What a capture button does: a ``CaptureTap`` carried out.

Buttons on a draft (answer, skip, edit, change urgency, cancel, back) change the entry and show
the next step; "resume" (under /drafts) takes an entry set aside up again; Submit, Sign and PDF
hand over to ``bot.capture.records``, and the answers to "same event?" (asked once a statement is
routed) to ``bot.capture.events``. The entry is looked up and must belong to the person tapping,
so forged callback data acts on nothing it should not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.callback_data import CaptureTap
from bot.capture import drafts, events, records
from bot.capture import offenders as naming
from bot.capture.card import (
    render_answered,
    render_edit_menu,
    render_question,
    render_urgency_menu,
)
from bot.capture.flow import ask, change_urgency, mark_answered, next_step
from bot.capture.questions import EDITABLE, GUIDED_ORDER, KINDS, NONE_OF_THESE, QUESTIONS
from bot.i18n import t
from bot.people.authz import Actor
from bot.refusal import Refusal
from bot.reply import Reply
from bot.triage import URGENCY_RANK, Urgency
from storage import audit, directory, entries
from storage.models import Entry, Site
from storage.vocabulary import EntryStatus


@dataclass(frozen=True)
class TapOutcome:
    """What the chat layer does after a tap: show ``reply``; take the buttons off the tapped
    message unless the reply replaces it or only adds a document beside it; and when a question
    was answered, show ``answered`` in its place (the question and the answer chosen, no
    buttons), so that the chat reads as a record of what was said."""

    reply: Reply
    retire_buttons: bool
    answered: Reply | None = None


async def on_tap(
    *, session: AsyncSession, actor: Actor, tap: CaptureTap, now: datetime
) -> TapOutcome:
    """Carry out a capture button in this unit of work; ``Refusal`` when it cannot be done
    (forged, stale, not theirs)."""
    number, action, argument = tap.entry_id, tap.action, tap.argument
    if not action:
        raise Refusal("capture.already_done")
    if action == "submit":
        reply = await records.submit(session=session, actor=actor, entry_id=number, now=now)
    elif action == "same" and argument.isdigit() and len(argument) <= 18:
        reply = await events.link(
            session=session, actor=actor, entry_id=number, event_id=int(argument), now=now
        )
    elif action == "separate":
        reply = await events.keep_separate(session=session, actor=actor, entry_id=number)
    elif action == "sign":
        reply = await records.sign(session=session, actor=actor, entry_id=number, now=now)
    elif action == "pdf":
        reply = await records.pdf(session=session, actor=actor, entry_id=number)
    elif action == "resume":
        reply = await drafts.resume(session=session, actor=actor, entry_id=number, now=now)
    else:
        entry = await _own_draft(session, actor, number)
        # Read before acting: the answer moves the entry on to its next question.
        answered = await _answered(session, entry, action, argument)
        reply = await _on_draft(
            session=session, actor=actor, entry=entry, action=action, argument=argument, now=now
        )
        return TapOutcome(reply=reply, retire_buttons=not reply.replace, answered=answered)
    return TapOutcome(
        reply=reply,
        retire_buttons=not reply.replace and action != "pdf",
    )


async def _own_draft(session: AsyncSession, actor: Actor, entry_id: int) -> Entry:
    """The tapper's own draft, or a refusal (not theirs, or no longer a draft)."""
    entry = await entries.get(session=session, entry_id=entry_id)
    if entry is None or entry.officer_id != actor.staff_id:
        raise Refusal("capture.not_yours")
    if entry.status != EntryStatus.DRAFT:
        raise Refusal("capture.already_done")
    return entry


async def _answered(session: AsyncSession, entry: Entry, action: str, choice: str) -> Reply | None:
    """The question the tap answers, with the answer chosen; None when the tap answers none
    (or only ticks one of several options, the question staying open)."""
    key = entry.awaiting
    if not key or action not in ("answer", "skip"):
        return None
    question = QUESTIONS[key.removeprefix("edit_")]
    lang = entry.lang
    if action == "skip":
        ticked = [t(lang, f"capture.option.{f}") for f in entry.context_factors]
        label = ", ".join(ticked) if question.multi and ticked else t(lang, "capture.skipped")
    elif question.multi:
        return None
    elif choice in question.options:
        label = t(lang, f"capture.option.{choice}")
    elif key == "which":
        candidates = await naming.candidate_choices(session=session, entry=entry)
        label = next((shown for shown, fps in candidates if fps == choice), "")
    else:
        label = _place(entry, choice) or ""
    return render_answered(entry, key, label) if label else None


def _place(entry: Entry, choice: str) -> str | None:
    """The recent place a "where" button stands for (``place0``, ``place1``…), if any."""
    places = entry.pending.get("places", [])
    index = choice.removeprefix("place")
    if not choice.startswith("place") or not index.isdigit() or int(index) >= len(places):
        return None
    return str(places[int(index)])


async def _on_draft(
    *,
    session: AsyncSession,
    actor: Actor,
    entry: Entry,
    action: str,
    argument: str,
    now: datetime,
) -> Reply:
    """A button on a card or question: answer, skip, edit, change urgency, cancel, back."""
    site = await directory.get_site(session=session, site_id=entry.site_id)
    assert site is not None
    entry.updated_at = now
    if action == "card":
        entry.awaiting = None
        return await next_step(session=session, entry=entry, site=site)
    if action == "edit":
        entry.awaiting = None
        return render_edit_menu(entry)
    if action == "field" and argument in EDITABLE:
        return await ask(session, entry, argument if argument == "who" else f"edit_{argument}")
    if action == "urgency":
        return render_urgency_menu(entry)
    if action == "set_urgency" and argument in URGENCY_RANK:
        return await _tap_urgency(session, entry, site, Urgency(argument), actor)
    if action == "cancel":
        entry.status = EntryStatus.CANCELLED
        entry.awaiting = None
        return Reply(text=t(entry.lang, "capture.cancelled"))
    if action == "skip" and entry.awaiting:
        mark_answered(entry, entry.awaiting)
        return await next_step(session=session, entry=entry, site=site)
    if action == "answer" and entry.awaiting:
        return await _tap_answer(session, entry, site, argument, now)
    raise Refusal("capture.already_done")


async def _tap_urgency(
    session: AsyncSession, entry: Entry, site: Site, level: Urgency, actor: Actor
) -> Reply:
    """Raising is always allowed; every lowering needs a reason (kept with the record)."""
    if URGENCY_RANK[level] < URGENCY_RANK[Urgency(entry.urgency)]:
        entry.pending = {**entry.pending, "urgency_target": level}
        return await ask(session, entry, "urgency_reason")
    change_urgency(entry, site, level)
    await audit.record(
        session=session,
        action="entry.urgency_changed",
        staff_id=actor.staff_id,
        detail={"entry": entry.id, "to": level, "suggested": entry.urgency_suggested},
    )
    return await next_step(session=session, entry=entry, site=site)


async def _tap_answer(
    session: AsyncSession, entry: Entry, site: Site, choice: str, now: datetime
) -> Reply:
    key = entry.awaiting or ""
    if key == "kind" and choice in KINDS:
        entry.kind = choice
    elif key == "who" and choice == "none":
        entry.offenders = []
    elif key == "which" and choice == NONE_OF_THESE:
        naming.keep_as_typed(entry)
        return await next_step(session=session, entry=entry, site=site)
    elif key == "which":
        await naming.choose_candidate(session=session, entry=entry, fps=choice)
        return await next_step(session=session, entry=entry, site=site)
    elif key.removeprefix("edit_") == "when" and choice == "now":
        entry.occurred_at = now
    elif key.removeprefix("edit_") == "where" and (place := _place(entry, choice)):
        entry.place = place
    elif key == "what" and choice == "guided":
        entry.mode = "guided"
        entry.answered = [k for k in entry.answered if k not in GUIDED_ORDER]
        entry.awaiting = None
        return await next_step(session=session, entry=entry, site=site)
    elif key == "factors" and choice in QUESTIONS["factors"].options:
        factors = set(entry.context_factors) ^ {choice}
        entry.context_factors = [f for f in QUESTIONS["factors"].options if f in factors]
        return render_question(entry, "factors", replace=True)
    else:
        raise Refusal("capture.already_done")
    mark_answered(entry, key.removeprefix("edit_"))
    return await next_step(session=session, entry=entry, site=site)
