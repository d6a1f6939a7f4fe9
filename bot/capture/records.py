"""Records: submit a draft (reference, document, notifications in one transaction), sign off,
read (``/mine``, ``/show``, PDF) and amend. A submitted version is never changed in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture import events
from bot.capture.card import data, local_time
from bot.capture.drafting import DraftFacts, OffenderFact, draft
from bot.capture.flow import ask, next_step
from bot.capture.form0875 import render_0875_pdf
from bot.capture.questions import QUICK_ORDER
from bot.i18n import t
from bot.notify import routing
from bot.people.authz import Actor, RecordScope, may_see
from bot.refusal import Refusal
from bot.reply import Button, Reply, esc
from bot.telegram_limits import cut_text
from storage import audit, directory, entries
from storage.models import Entry, EntryOffender
from storage.vocabulary import RECORDED, EntryStatus, Role
from storage.zones import local_now

_REFERENCE_WIDTH = 6


def format_reference(year: int, number: int) -> str:
    """``R-2026-000123``."""
    return f"R-{year}-{number:0{_REFERENCE_WIDTH}d}"


async def facts_of(*, session: AsyncSession, entry: Entry) -> DraftFacts:
    """Everything a draft may say about a stored entry, and nothing else."""
    site = await directory.get_site(session=session, site_id=entry.site_id)
    officer = await directory.get_staff(session=session, staff_id=entry.officer_id)
    notified = await routing.notifications_of(session=session, entry=entry)
    previous = None
    if entry.previous_id is not None:
        previous = await entries.get(session=session, entry_id=entry.previous_id)
    assert site is not None and officer is not None
    return DraftFacts(
        reference=entry.reference or "",
        version=entry.version,
        lang=entry.lang,
        document=entry.document,
        kind="community_contact" if entry.kind.startswith("community") else entry.kind,
        urgency=entry.urgency,
        routes=tuple(entry.routes),
        site_name=site.name,
        site_tz=site.tz,
        place=entry.place,
        occurred_at=entry.occurred_at,
        written_at=entry.submitted_at or entry.updated_at,
        offenders=tuple(
            OffenderFact(fps=o.fps, name=o.name or o.surname) for o in entry.offenders
        ),
        narrative=entry.text,
        quotes=tuple(entry.quotes),
        action_taken=entry.action_taken,
        context_factors=tuple(entry.context_factors),
        officer_name=officer.name,
        officer_role=next((r for r in officer.roles if r != Role.ADMIN), officer.roles[0]),
        notified=notified,
        urgency_suggested=(
            entry.urgency_suggested if entry.urgency_suggested != entry.urgency else None
        ),
        urgency_reason=entry.urgency_reason,
        amendment_reason=entry.amendment_reason,
        previous_reference_version=previous.version if previous else None,
    )


async def _owned_draft(session: AsyncSession, actor: Actor, entry_id: int) -> Entry:
    entry = await entries.get(session=session, entry_id=entry_id)
    if entry is None or entry.officer_id != actor.staff_id:
        raise Refusal("capture.not_yours")
    return entry


async def submit(*, session: AsyncSession, actor: Actor, entry_id: int, now: datetime) -> Reply:
    """Submit a draft: reference, draft document and notifications, all in this transaction;
    then, with the alert already queued, whether it is about an event already reported
    (``bot.capture.events``)."""
    entry = await _owned_draft(session, actor, entry_id)
    if entry.status != EntryStatus.DRAFT:
        raise Refusal("capture.already_done")
    site = await directory.get_site(session=session, site_id=entry.site_id)
    assert site is not None
    if entry.awaiting:
        return await next_step(session=session, entry=entry, site=site)
    if entry.reference is None:
        year = local_now(site, now).year
        number = await entries.next_reference_number(session=session, year=year)
        entry.reference = format_reference(year, number)
    entry.status = EntryStatus.SUBMITTED
    entry.submitted_at = now
    entry.updated_at = now
    entry.awaiting = None
    await routing.on_submit(session=session, entry=entry, site=site, now=now)
    document = draft(await facts_of(session=session, entry=entry))
    entry.draft_text = document.text
    await audit.record(
        session=session,
        action="entry.submitted" if entry.version == 1 else "entry.amended",
        staff_id=actor.staff_id,
        reference=entry.reference,
        detail={"version": entry.version, "urgency": entry.urgency},
    )
    await events.offer(session=session, actor=actor, entry=entry, now=now)
    return _draft_reply(entry, document.title, document.text, submitted=True)


def _draft_reply(entry: Entry, title: str, text: str, *, submitted: bool) -> Reply:
    lang = entry.lang
    head = t(
        lang,
        "records.submitted" if submitted else "records.showing",
        reference=entry.reference,
        version=entry.version,
        urgency=t(lang, f"urgency.{entry.urgency}"),
    )
    buttons: list[tuple[Button, ...]] = []
    if entry.status == EntryStatus.SUBMITTED and submitted:
        buttons.append((Button(t(lang, "records.sign"), data(entry.id, "sign")),))
    if entry.document == "0875":
        buttons.append((Button(t(lang, "records.pdf"), data(entry.id, "pdf")),))
    return Reply(text=f"{head}\n\n<b>{esc(title)}</b>\n{esc(text)}", buttons=tuple(buttons))


async def sign(*, session: AsyncSession, actor: Actor, entry_id: int, now: datetime) -> Reply:
    """The officer signs off the draft of their submitted record."""
    entry = await _owned_draft(session, actor, entry_id)
    if entry.status != EntryStatus.SUBMITTED:
        raise Refusal("capture.already_done")
    entry.status = EntryStatus.SIGNED
    entry.signed_at = now
    await audit.record(
        session=session, action="entry.signed", staff_id=actor.staff_id, reference=entry.reference
    )
    return Reply(text=t(entry.lang, "records.signed", reference=entry.reference))


async def scope_of(*, session: AsyncSession, entry: Entry) -> RecordScope:
    """Who may see an entry: its officer, its site, its routes, the case managers of its people."""
    managers = await directory.case_managers_of(
        session=session,
        site_id=entry.site_id,
        fps_numbers=[o.fps for o in entry.offenders if o.fps],
    )
    return RecordScope(
        officer_id=entry.officer_id,
        site_id=entry.site_id,
        routes=tuple(entry.routes),
        case_manager_ids=tuple(managers),
        staff_concern=entry.staff_concern,
    )


async def readable(
    *,
    session: AsyncSession,
    actor: Actor,
    reference: str,
    version: int | None = None,
    how: str = "show",
) -> Entry:
    """A record version the actor may see, the read audited; unknown and forbidden look alike."""
    reference = reference.strip().upper()
    entry = (
        await entries.version(session=session, reference=reference, number=version)
        if version
        else await entries.latest_version(session=session, reference=reference)
    )
    if entry is None or entry.status not in RECORDED:
        raise Refusal("records.not_found", reference=reference)
    if not may_see(actor, "view_entry", await scope_of(session=session, entry=entry)):
        await audit.record(
            session=session, action="record.refused", staff_id=actor.staff_id, reference=reference
        )
        raise Refusal("records.not_found", reference=reference)
    await audit.record(
        session=session,
        action=f"record.{how}",
        staff_id=actor.staff_id,
        reference=reference,
        detail={"version": entry.version},
    )
    return entry


async def show(
    *, session: AsyncSession, actor: Actor, reference: str, version: int | None = None
) -> Reply:
    """``/show REF [vN]``: one version of a record, with the list of its versions."""
    entry = await readable(session=session, actor=actor, reference=reference, version=version)
    document = draft(await facts_of(session=session, entry=entry))
    reply = _draft_reply(entry, document.title, document.text, submitted=False)
    history = await entries.versions(session=session, reference=entry.reference or "")
    if len(history) > 1:
        lines = [
            t(
                actor.lang,
                "records.version_line",
                version=v.version,
                at=local_time(v.submitted_at, actor.zone, actor.lang),
            )
            for v in history
        ]
        return Reply(text=f"{reply.text}\n\n" + "\n".join(lines), buttons=reply.buttons)
    return reply


async def pdf(*, session: AsyncSession, actor: Actor, entry_id: int) -> Reply:
    """The 0875 of a record as a PDF document (audited like any read)."""
    stored = await entries.get(session=session, entry_id=entry_id)
    if stored is None or stored.reference is None:
        raise Refusal("records.not_found", reference="?")
    entry = await readable(
        session=session,
        actor=actor,
        reference=stored.reference,
        version=stored.version,
        how="pdf",
    )
    return _pdf_reply(entry, await facts_of(session=session, entry=entry), actor.lang)


def _pdf_reply(entry: Entry, facts: DraftFacts, lang: str) -> Reply:
    """The 0875 of one record version as a PDF document."""
    return Reply(
        text=t(lang, "records.pdf_caption", reference=entry.reference),
        document=render_0875_pdf(facts),
        filename=f"{entry.reference}-v{entry.version}-0875.pdf",
    )


async def mine(*, session: AsyncSession, actor: Actor) -> Reply:
    """``/mine``: the officer's latest records."""
    rows: Sequence[Entry] = await entries.recent_of_officer(
        session=session, officer_id=actor.staff_id
    )
    if not rows:
        return Reply(text=t(actor.lang, "records.none_yet"))
    await audit.record(  # a list with excerpts is a read of each record in it
        session=session,
        action="record.listed",
        staff_id=actor.staff_id,
        detail={"references": [entry.reference for entry in rows]},
    )
    lines = [t(actor.lang, "records.mine_title")]
    for entry in rows:
        summary = cut_text(entry.text.replace("\n", " "), 60)
        lines.append(
            f"{entry.reference} v{entry.version} · {t(actor.lang, f'urgency.{entry.urgency}')}"
            f" · {local_time(entry.submitted_at, actor.zone, actor.lang)} · "
            f"{esc(summary)}"
        )
    return Reply(text="\n".join(lines))


async def start_amendment(
    *, session: AsyncSession, actor: Actor, reference: str, now: datetime
) -> Reply:
    """``/amend REF``: a new draft version of the officer's own record, asking the reason first."""
    latest = await entries.latest_version(session=session, reference=reference.strip().upper())
    if latest is None or latest.officer_id != actor.staff_id:
        raise Refusal("records.not_found", reference=reference)
    active = await entries.active_draft(session=session, officer_id=actor.staff_id)
    if active is not None:
        active.status = EntryStatus.CANCELLED
    amendment = await entries.add(
        session=session, entry=amendment_of(latest, lang=actor.lang, now=now)
    )
    return await ask(session, amendment, "amend_reason")


# What a new version does not take from the one it amends: its identity, its state in capture
# and review, and its times. Everything else (what was written and how it was triaged) it starts
# from, so a column added to entries is carried over unless it is named here.
_OWN_TO_A_VERSION = frozenset(
    {
        "id",
        "version",
        "previous_id",
        "status",
        "mode",
        "awaiting",
        "answered",
        "lang",
        "amendment_reason",
        "draft_text",
        "source_message_id",
        "created_at",
        "updated_at",
        "submitted_at",
        "signed_at",
    }
)


def amendment_of(entry: Entry, *, lang: str, now: datetime) -> Entry:
    """A new draft version of ``entry``, in the officer's language, that asks only why it is
    amended before showing the card (quick questions and urgency count as answered). It names
    the same offenders in rows of its own, which its draft may change."""
    return Entry(
        **entry.columns(leaving=_OWN_TO_A_VERSION),
        offenders=[
            EntryOffender(**named.columns(leaving=("id", "entry_id"))) for named in entry.offenders
        ],
        version=entry.version + 1,
        previous_id=entry.id,
        mode="amend",
        answered=[*QUICK_ORDER, "urgency"],
        lang=lang,
        created_at=now,
        updated_at=now,
    )


async def alert_document(
    *, session: AsyncSession, actor: Actor, reference: str, as_pdf: bool
) -> Reply:
    """An alert's record for its recipient: the 0875 PDF, or the details in minimal mode."""
    entry = await readable(
        session=session, actor=actor, reference=reference, how="pdf" if as_pdf else "details"
    )
    facts = await facts_of(session=session, entry=entry)
    if as_pdf:
        return _pdf_reply(entry, facts, actor.lang)
    document = draft(facts)
    return Reply(text=f"<b>{esc(document.title)}</b>\n{esc(document.text)}")
