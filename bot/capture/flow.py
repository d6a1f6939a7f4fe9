"""Capture: from an officer's message (or ``/observe``) to a complete draft, a question at a time.

State lives in the entry row (``awaiting``, ``answered``, ``pending``), written in the same
transaction as the answer, so a restart or another replica resumes any capture where it was.
What typed text does is here; what the buttons on cards and questions do is in
``bot.capture.taps``.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture import continuation
from bot.capture import offenders as naming
from bot.capture.card import render_card, render_question
from bot.capture.continuation import Reading
from bot.capture.questions import GUIDED_ORDER, QUICK_ORDER
from bot.i18n import t
from bot.people.authz import Actor
from bot.people.directory import roster_for
from bot.reply import Reply
from bot.triage import Urgency, document_for, routes_for, triage
from bot.triage.extract import Extraction, extract
from bot.triage.language import detect_language
from bot.triage.when import parse_when
from storage import audit, directory, entries
from storage.models import Entry, EntryOffender, Site
from storage.vocabulary import EntryStatus, Route
from storage.zones import local_now

_WORD = re.compile(r"[^\W\d_]{3,}")
_THIN_WORDS = 3  # fewer words than this, and nothing triage recognised: ask what happened
_FIELD_LIMIT = 500


def _default_kind(site: Site) -> str:
    return "community_offender" if site.community else "observation"


def apply_triage(entry: Entry, site: Site) -> None:
    """Triage the narrative (and quotes) and set urgency, routes, document and reasons.

    An urgency the officer set by hand is kept; routes follow it (triage-policy: routes).
    """
    # Quotes typed apart (guided capture) are read too; those found in the text already are.
    text = "\n".join([entry.text, *(q for q in entry.quotes if q not in entry.text)])
    verdict = triage(text, detect_language(text))
    entry.urgency_suggested = verdict.urgency.value
    entry.reasons = list(verdict.reasons)
    entry.staff_concern = verdict.staff_concern
    entry.positive = verdict.positive
    topic = set(verdict.routes) - {Route.SUPERVISOR}
    entry.pending = {
        **entry.pending,
        "topic_routes": sorted(topic),
        "community": verdict.community,
        "unsure": verdict.unsure,
    }
    if "urgency" not in entry.answered:
        entry.urgency = verdict.urgency.value
    _set_routes(entry, site)


def _set_routes(entry: Entry, site: Site) -> None:
    urgency = Urgency(entry.urgency)
    entry.routes = list(
        routes_for(
            urgency,
            set(entry.pending.get("topic_routes", [])),
            community=site.community or bool(entry.pending.get("community")),
            staff_concern=entry.staff_concern,
        )
    )
    entry.document = document_for(urgency)


async def _read(
    session: AsyncSession, site: Site, text: str, now: datetime
) -> tuple[Extraction, list[EntryOffender]]:
    """Extraction of ``text`` at the site, and the offenders it names as entry rows."""
    roster = await roster_for(session=session, site_id=site.id)
    found = extract(text, now=local_now(site, now), tz=site.tz, roster=roster)
    return found, naming.mentions(found, roster)


def _take_place_and_time(entry: Entry, found: Extraction) -> None:
    """Place, time and the words quoted in the message, where the officer has not given them."""
    if not entry.quotes and found.quotes:
        entry.quotes = list(found.quotes)  # the 0875's "What was said", verbatim
    if entry.place is None and found.location:
        entry.place = found.location[:200]
    if entry.occurred_at is None and found.occurred_at is not None:
        entry.occurred_at = found.occurred_at


async def _fill_from_text(
    *, session: AsyncSession, entry: Entry, site: Site, text: str, now: datetime
) -> None:
    """Take offenders, place and time from text for whatever is not already known."""
    found, mentions = await _read(session, site, text, now)
    _take_place_and_time(entry, found)
    if mentions and not entry.offenders:
        entry.offenders = mentions


def is_thin(entry: Entry) -> bool:
    """Too little to know what happened (a bare FPS number and a place, say)."""
    return len(_WORD.findall(entry.text)) < _THIN_WORDS and not entry.reasons


async def start(
    *,
    session: AsyncSession,
    actor: Actor,
    text: str,
    message_id: int | None,
    sent_at: datetime,
    now: datetime,
) -> Reply:
    """Quick capture: a new entry from one message, then the first missing thing or the card.

    The message is read in full before the entry is stored, so the entry is written once (one
    INSERT rather than an INSERT and updates): under load a capture's cost is mostly statements.
    """
    site = await directory.get_site(session=session, site_id=actor.site_id)
    assert site is not None
    found, mentions = await _read(session, site, text, now)
    entry = Entry(
        site_id=site.id,
        officer_id=actor.staff_id,
        lang=actor.lang,
        kind=_default_kind(site),
        text=text[:20_000],
        offenders=mentions,
        source_message_id=message_id,
        awaiting=None,
        answered=[],
        pending={},
        quotes=[],
        created_at=now,
        updated_at=now,
    )
    apply_triage(entry, site)
    continuation.note_part(entry, text, sent_at)
    _take_place_and_time(entry, found)
    await entries.add(session=session, entry=entry)
    return await next_step(session=session, entry=entry, site=site)


async def start_guided(*, session: AsyncSession, actor: Actor, now: datetime) -> Reply:
    """Guided capture (``/observe``): every question of ``GUIDED_ORDER`` in turn."""
    site = await directory.get_site(session=session, site_id=actor.site_id)
    assert site is not None
    entry = await entries.add(
        session=session,
        entry=Entry(
            site_id=site.id,
            officer_id=actor.staff_id,
            lang=actor.lang,
            mode="guided",
            kind=_default_kind(site),
            created_at=now,
            updated_at=now,
        ),
    )
    return await next_step(session=session, entry=entry, site=site)


def _missing(entry: Entry, key: str) -> bool:
    if key == "what":
        return not entry.text.strip() or is_thin(entry)
    if key == "who":
        return not entry.offenders
    if key == "where":
        return entry.place is None
    if key == "when":
        return entry.occurred_at is None
    return True


async def next_step(
    *,
    session: AsyncSession,
    entry: Entry,
    site: Site,
    notice: str | None = None,
) -> Reply:
    """Ask the next thing needed, or show the card when the entry is complete."""
    if naming.ambiguous(entry) is not None:
        return await ask(session, entry, "which", notice=notice)
    order = GUIDED_ORDER if entry.mode == "guided" else QUICK_ORDER
    for key in order:
        if key in entry.answered:
            continue
        if entry.mode == "guided" or _missing(entry, key):
            return await ask(session, entry, key, notice=notice)
    entry.awaiting = None
    return render_card(entry, site.zone, notice=notice)


async def ask(session: AsyncSession, entry: Entry, key: str, notice: str | None = None) -> Reply:
    """Put one question to the officer and remember that the entry waits on it."""
    entry.awaiting = key
    choices: list[tuple[str, str]] = []
    if key == "where":
        places = await entries.recent_places(session=session, officer_id=entry.officer_id)
        choices = [(place, f"place{index}") for index, place in enumerate(places)]
        entry.pending = {**entry.pending, "places": places}
    elif key == "which":
        choices = await naming.candidate_choices(session=session, entry=entry)
    return render_question(entry, key, choices=choices, notice=notice)


async def answer(
    *,
    session: AsyncSession,
    actor: Actor,
    entry: Entry,
    text: str,
    sent_at: datetime,
    now: datetime,
) -> Reply:
    """The officer typed an answer to the question their entry is waiting on."""
    site = await directory.get_site(session=session, site_id=entry.site_id)
    assert site is not None and entry.awaiting is not None
    key = entry.awaiting
    field = key.removeprefix("edit_")
    value = text.strip()
    entry.updated_at = now
    if field == "what":
        entry.text = f"{entry.text}\n{value}".strip() if key == "what" else value
        continuation.note_part(entry, value, sent_at)
        apply_triage(entry, site)
        await _fill_from_text(session=session, entry=entry, site=site, text=value, now=now)
    elif field == "who":
        _, named = await _read(session, site, value, now)
        entry.offenders = named or [naming.as_typed(value)]
    elif field == "which":
        _, named = await _read(session, site, value, now)
        typed = next((offender for offender in named if offender.fps), None)
        if typed is None:
            return await ask(session, entry, key, notice=t(entry.lang, "capture.which_typed"))
        naming.settle(entry, typed)
    elif field == "when":
        moment = parse_when(value, now=local_now(site, now), tz=site.tz)
        if moment is None:
            return await ask(session, entry, key, notice=t(entry.lang, "capture.bad_time"))
        entry.occurred_at = moment
    elif field == "where":
        entry.place = value[:200]
    elif field == "quotes":
        entry.quotes = [*entry.quotes, value[: _FIELD_LIMIT * 4]] if key == "quotes" else [value]
        apply_triage(entry, site)
    elif field == "action":
        entry.action_taken = value[: _FIELD_LIMIT * 4]
    elif field == "urgency_reason":
        # A second lowering (immediate, then priority, then routine) keeps the first reason too.
        reasons = [entry.urgency_reason, value[:_FIELD_LIMIT]]
        entry.urgency_reason = "\n".join(reason for reason in reasons if reason)
        lowered_from = entry.urgency
        change_urgency(entry, site, Urgency(entry.pending.get("urgency_target", entry.urgency)))
        await audit.record(
            session=session,
            action="entry.urgency_lowered",
            staff_id=actor.staff_id,
            detail={
                "entry": entry.id,
                "from": lowered_from,
                "to": entry.urgency,
                "suggested": entry.urgency_suggested,
            },
        )
    elif field == "amend_reason":
        entry.amendment_reason = value[:_FIELD_LIMIT]
    else:
        # kind, factors: only buttons answer these.
        return await ask(session, entry, key, notice=t(entry.lang, "capture.use_buttons"))
    mark_answered(entry, field)
    return await next_step(session=session, entry=entry, site=site)


def mark_answered(entry: Entry, key: str) -> None:
    """Note that ``key`` is answered; the entry waits on nothing until asked again."""
    if key not in entry.answered:
        entry.answered = [*entry.answered, key]
    entry.awaiting = None


def change_urgency(entry: Entry, site: Site, level: Urgency) -> None:
    """Set the urgency by hand (kept over triage's suggestion) and re-route."""
    entry.urgency = level
    if "urgency" not in entry.answered:
        entry.answered = [*entry.answered, "urgency"]
    _set_routes(entry, site)


async def edited(
    *, session: AsyncSession, actor: Actor, message_id: int, text: str, now: datetime
) -> Reply | None:
    """The officer edited the message an unsubmitted entry came from: the entry follows."""
    entry = await entries.by_source_message(
        session=session, officer_id=actor.staff_id, message_id=message_id
    )
    if entry is None or entry.status != EntryStatus.DRAFT:
        return None
    site = await directory.get_site(session=session, site_id=entry.site_id)
    assert site is not None
    entry.text = text[:20_000]
    entry.updated_at = now
    apply_triage(entry, site)
    await _fill_from_text(session=session, entry=entry, site=site, text=text, now=now)
    return await next_step(
        session=session, entry=entry, site=site, notice=t(entry.lang, "capture.updated_from_edit")
    )


async def cancel_active(*, session: AsyncSession, actor: Actor) -> bool:
    """``/cancel``: drop the entry being captured, if any (the typed messages stay stored)."""
    entry = await entries.active_draft(session=session, officer_id=actor.staff_id)
    if entry is None:
        return False
    entry.status = EntryStatus.CANCELLED
    entry.awaiting = None
    return True


async def continue_narrative(
    *, session: AsyncSession, entry: Entry, text: str, sent_at: datetime, now: datetime
) -> Reply:
    """More of what happened (the rest of a message Telegram cut, or a note sent while a short
    question was pending): it joins the narrative, triage reads the whole again, and the card or
    the question still missing follows."""
    site = await directory.get_site(session=session, site_id=entry.site_id)
    assert site is not None
    entry.text = f"{entry.text}\n{text}".strip()[:20_000]
    entry.updated_at = now
    entry.awaiting = None
    continuation.note_part(entry, text, sent_at)
    apply_triage(entry, site)
    await _fill_from_text(session=session, entry=entry, site=site, text=text, now=now)
    notice = t(entry.lang, "capture.added_to_narrative")
    return await next_step(session=session, entry=entry, site=site, notice=notice)


async def on_text(
    *,
    session: AsyncSession,
    actor: Actor,
    text: str,
    message_id: int | None,
    sent_at: datetime,
    now: datetime,
) -> Reply:
    """Any text from an officer: more of the narrative, the answer to a pending question, or a
    new entry (``sent_at``: when Telegram says it was sent)."""
    entry = await entries.active_draft(session=session, officer_id=actor.staff_id)
    reading = continuation.read_message(entry, text, sent_at)
    if entry is not None and reading is Reading.NARRATIVE:
        return await continue_narrative(
            session=session, entry=entry, text=text, sent_at=sent_at, now=now
        )
    if entry is not None and reading is Reading.ANSWER:
        return await answer(
            session=session, actor=actor, entry=entry, text=text, sent_at=sent_at, now=now
        )
    return await start(
        session=session,
        actor=actor,
        text=text,
        message_id=message_id,
        sent_at=sent_at,
        now=now,
    )
