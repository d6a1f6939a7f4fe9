"""The authorisation table walked through the domain: for each role, every command and button
that names a record or a report, on the reader's own record, on colleagues' records at the same
site (one per route, a caseload one, a staff-information one) and on a record of another site.

What is expected is derived from ``bot.people.authz.TABLE`` (and ``bot.help.COMMANDS`` for which
action a command needs), so a change of the table moves this test. Each request is the domain
function its handler calls, in a unit of work of its own, with the actor the gate would give it
(forged button data included: the payload is whatever a user could send); what happened is what
the user would be shown, the content or a refusal. The chat layer's own checks and wiring are
walked end to end for a few readers in ``test_authorisation_conversations.py``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.callback_data import CaptureTap
from bot.capture import flow, records, taps
from bot.help import COMMANDS, help_text
from bot.i18n import t
from bot.notify import alerting, channels
from bot.people import membership
from bot.people.authz import CASELOAD, ROLES, ROUTED_SI, SITE, TABLE, Actor
from bot.people.directory import actor_of
from bot.refusal import Refusal
from bot.reply import Reply
from bot.reports import briefing, export, offender_history, summary
from storage import directory, entries
from storage.models import Alert, Entry, OutboxMessage, Staff
from storage.vocabulary import EntryStatus
from tests.world import ROSTER, create_site

ALLOWED, REFUSED = "allowed", "refused"
NOW = datetime(2026, 3, 4, 20, 0, tzinfo=UTC)  # mid-afternoon at the sites: "at 1400" is today
ME = "Dana Whitfield"  # also the parole officer of 482913K on both rosters
LANGUAGE = {"health": "fr", "admin": "fr"}
OTHER_SITE = "OTH"
OTHER_ROSTER = ROSTER + "777777X,Zedlitz,Otto,1A,1A-01,,\n"
SITE_NAME = "TST Institution"
ACTION_OF = dict(COMMANDS)
PAROLE_OFFICER = {row["fps"]: row["parole_officer"] for row in csv.DictReader(io.StringIO(ROSTER))}

# record -> (who writes it, the narrative); the first word is the record's marker, so any text
# that carries the narrative (even a short snippet) shows it.
RECORDS = {
    "own": (
        "me",
        "zqown 517204C 4B range 10 min ago he pulled a sharpened toothbrush out of his sock "
        "and waved it at his cellmate",
    ),
    "immediate": (
        "colleague",
        "zqalpha 517204C 4B range 10 min ago he pulled a razor blade out of his sock and waved "
        "it at his cellmate",
    ),
    "intelligence": (
        "colleague",
        "zqbravo 517204C 4B range at 1400 he passed a package to another inmate after a visit, "
        "smelled like drugs",
    ),
    "health": (
        "colleague",
        "zqcharlie 517204C 4B range at 1400 he stopped taking his meds and has been withdrawn",
    ),
    "caseload": (
        "colleague",
        "zqdelta 482913K at 1400 in the interview room he said he will stay at his cousin's "
        "place once he's out",
    ),
    "routine": (
        "colleague",
        "zqecho 517204C at 1400 in the school he did well in his literacy class and helped "
        "another student",
    ),
    "staff": (
        "colleague",
        "zqkilo 517204C told me at 1400 in 4B range that officer Leblanc brings in tobacco for "
        "him and takes money",
    ),
    "other_site": (
        "outsider",
        "zqgolf 517204C 4B range 10 min ago he pulled a shank out of his sock and waved it at "
        "his cellmate",
    ),
}
DRAFTS = {
    "own_draft": ("me", "zqhotel 517204C 4B range 5 min ago calm and polite at count"),
    "colleague_draft": ("colleague", "zqindia 517204C 4B range 5 min ago calm at count"),
    "other_site_draft": ("outsider", "zqjuliet 517204C 4B range 5 min ago calm at count"),
}
# /offender FPS: on my caseload, on the roster but not my caseload, only at the other site.
OFFENDERS = {"caseload": "482913K", "roster": "517204C", "other_site": "777777X"}
DRAFT_BUTTONS = ("edit", "urgency", "field:where", "card", "resume", "submit")


@dataclass(frozen=True)
class Record:
    """What decides who may see one record, read back from what the bot stored."""

    name: str
    entry_id: int
    reference: str | None
    mine: bool
    site_id: int
    routes: tuple[str, ...]
    fps: tuple[str, ...]
    staff_concern: bool
    alert_id: int | None

    @property
    def marker(self) -> str:
        """The word that shows the record's narrative."""
        return {**RECORDS, **DRAFTS}[self.name][1].split()[0]


def permitted(role: str, action: str | None, record: Record | None, site_id: int) -> bool:
    """The table's answer: whether ``role`` may do ``action`` (on ``record``), in the table's
    own terms (own, caseload, routed:<route>, site)."""
    if action is None:
        return True
    scope = TABLE.get(action, {}).get(role)
    if scope is None:
        return False
    if record is None:
        return True
    if record.site_id != site_id:
        return False
    if record.mine:
        return True
    if record.staff_concern and scope != ROUTED_SI:
        return False  # CD 568-2: information about staff reaches security intelligence only
    if scope == SITE:
        return True
    if scope == CASELOAD:
        return any(PAROLE_OFFICER.get(fps) == ME for fps in record.fps)
    return scope.startswith("routed:") and scope.split(":", 1)[1] in record.routes


def may_look_up(role: str, fps: str) -> bool:
    """``offender_history`` for an offender of the reader's roster (a routed scope may look
    anyone up and sees only what was routed to it; a caseload scope only its own people)."""
    scope = TABLE["offender_history"].get(role)
    if scope is None or fps not in PAROLE_OFFICER:
        return False
    return scope != CASELOAD or PAROLE_OFFICER[fps] == ME


Shows = Callable[[Reply], bool]
Request = Callable[[AsyncSession], Awaitable[object]]  # a Reply, several, or a note


def _holding(words: str) -> Shows:
    return lambda reply: words in reply.text


def _exactly(text: str) -> Shows:
    return lambda reply: reply.text == text


def _document(name_part: str) -> Shows:
    return lambda reply: reply.document is not None and name_part in (reply.filename or "")


def _readable(reply: Reply) -> str:
    """Everything a reply puts in front of its reader: its text and its document's text."""
    if reply.document is None:
        return reply.text
    if (reply.filename or "").endswith(".csv"):
        return f"{reply.text}\n{reply.document.decode('utf-8', errors='replace')}"
    pages = PdfReader(io.BytesIO(reply.document)).pages
    return "\n".join([reply.text, *(page.extract_text() or "" for page in pages)])


@dataclass
class Walk:
    """One role's walk: the reader, their sessions, and every outcome and text seen."""

    sessions: async_sessionmaker[AsyncSession]
    role: str
    me: Actor
    outcomes: list[tuple[str, str, str]] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)

    def permits(self, action: str | None, record: Record | None = None) -> bool:
        """The table's answer for this reader."""
        return permitted(self.role, action, record, self.me.site_id)

    def expect(self, what: str, allowed: bool, outcome: str) -> None:
        """Note what should have happened for ``what`` and what the reader saw."""
        self.outcomes.append((what, ALLOWED if allowed else REFUSED, outcome))

    async def ask(
        self,
        request: Request,
        shows: Shows | None,
        refusals: set[str],
        *,
        refusal_said: str | None = None,
    ) -> str:
        """Run ``request`` as one unit of work: refused when it raises one of the ``refusals``
        (or answers ``refusal_said``), allowed when a reply ``shows`` the content (when
        ``shows`` is None: whatever it answers)."""
        try:
            async with self.sessions.begin() as session:
                answer = await request(session)
        except Refusal as refusal:
            return REFUSED if refusal.key in refusals else f"refused with {refusal.key}"
        replies = answer if isinstance(answer, list) else [answer]
        replies = [r if isinstance(r, Reply) else Reply(text=str(r)) for r in replies]
        self.shown.extend(_readable(reply) for reply in replies)
        if any(reply.text == refusal_said for reply in replies):
            return REFUSED
        if shows is None or any(shows(reply) for reply in replies):
            return ALLOWED
        return f"answered {[reply.text[:80] for reply in replies]!r}"

    async def tap(self, data: str, shows: Shows | None, refusals: set[str]) -> str:
        """A capture button with this (perhaps forged) payload."""

        async def tapped(session: AsyncSession) -> Reply:
            tap = CaptureTap.unpack(data)
            return (await taps.on_tap(session=session, actor=self.me, tap=tap, now=NOW)).reply

        return await self.ask(tapped, shows, refusals)

    async def cancel(self) -> None:
        """``/cancel`` whatever a probe started."""
        async with self.sessions.begin() as session:
            await flow.cancel_active(session=session, actor=self.me)


async def _enrolled(
    session: AsyncSession, name: str, role: str, site_code: str, telegram_id: int, lang: str
) -> Actor:
    site = await directory.get_site_by_code(session=session, code=site_code)
    assert site is not None
    staff = Staff(
        telegram_user_id=telegram_id, name=name, roles=[role], site_id=site.id, lang=lang
    )
    await directory.add_staff(session=session, staff=staff)
    return actor_of(staff, site)


async def _write(
    sessions: async_sessionmaker[AsyncSession], author: Actor, text: str, *, submit: bool
) -> None:
    """``author`` sends ``text``; with ``submit`` they tap Submit on its card."""
    async with sessions.begin() as session:
        await flow.on_text(
            session=session, actor=author, text=text, message_id=None, sent_at=NOW, now=NOW
        )
    if not submit:
        return
    async with sessions.begin() as session:
        draft = await entries.active_draft(session=session, officer_id=author.staff_id)
        assert draft is not None
        await records.submit(session=session, actor=author, entry_id=draft.id, now=NOW)
        assert draft.status == EntryStatus.SUBMITTED, f"{text!r} was not ready to submit"


async def _records(sessions: async_sessionmaker[AsyncSession], me: Actor) -> dict[str, Record]:
    """Every record and draft of the walk as stored, by name."""
    found = {}
    async with sessions.begin() as session:
        for name, (_, text) in {**RECORDS, **DRAFTS}.items():
            entry = (await session.scalars(select(Entry).where(Entry.text == text))).first()
            if entry is None:
                continue
            alert = await session.scalar(select(Alert.id).where(Alert.entry_id == entry.id))
            found[name] = Record(
                name=name,
                entry_id=entry.id,
                reference=entry.reference,
                mine=entry.officer_id == me.staff_id,
                site_id=entry.site_id,
                routes=tuple(entry.routes),
                fps=tuple(o.fps for o in entry.offenders if o.fps),
                staff_concern=entry.staff_concern,
                alert_id=alert,
            )
    return found


async def _set_up(
    sessions: async_sessionmaker[AsyncSession], role: str
) -> tuple[Walk, dict[str, Record]]:
    """Two sites; the reader (``role``), a colleague and an officer of the other site, each
    with their records submitted and a draft left open."""
    async with sessions.begin() as session:
        await create_site(session)
        await create_site(session, OTHER_SITE, roster=OTHER_ROSTER)
        me = await _enrolled(session, ME, role, "TST", 101, LANGUAGE.get(role, "en"))
        people = {
            "me": me,
            "colleague": await _enrolled(session, "Alex Martin", "officer", "TST", 102, "en"),
            "outsider": await _enrolled(session, "Chris Noel", "officer", OTHER_SITE, 103, "en"),
        }
    walk = Walk(sessions, role, me)
    for author, text in RECORDS.values():
        if author != "me" or walk.permits("capture"):
            await _write(sessions, people[author], text, submit=True)
    for author, text in DRAFTS.values():
        if author != "me":  # the reader's own draft is written just before its walk
            await _write(sessions, people[author], text, submit=False)
    return walk, await _records(sessions, me)


async def _walk_reports(walk: Walk) -> None:
    """Commands that name no record, allowed or refused by role alone (those the chat layer
    checks itself, capture and duty, are walked end to end)."""
    me, lang = walk.me, walk.me.lang
    not_allowed = {"core.not_allowed"}
    probes: list[tuple[str, Request, Shows | None]] = [
        (
            "/summary today",
            lambda s: summary.summary(session=s, actor=me, words="today", now=NOW),
            _holding(t(lang, "summary.title", site=SITE_NAME)),
        ),
        (
            "/briefing",
            lambda s: briefing.briefing(session=s, actor=me, now=NOW),
            _holding(t(lang, "briefing.title", site=SITE_NAME)),
        ),
        (
            "/export today",
            lambda s: export.export(session=s, actor=me, words="today", now=NOW),
            _document(".csv"),
        ),
        ("/members", lambda s: membership.site_groups(session=s, actor=me), None),
        (
            "/register",
            lambda s: channels.register(
                session=s,
                actor=me,
                chat_id=-1001,
                chat_type="supergroup",
                title="Walk desk",
                route="health_services",
                public=False,
                now=NOW,
            ),
            None,
        ),
    ]
    for text, request, shows in probes:
        command = text.split()[0].removeprefix("/")
        seen = await walk.ask(request, shows, not_allowed)
        walk.expect(text, walk.permits(ACTION_OF[command]), seen)


async def _walk_records(walk: Walk, stored: dict[str, Record]) -> None:
    """Reading, the PDF button, amending, "same event?" and signing off, on each record."""
    me, lang = walk.me, walk.me.lang
    for record in stored.values():
        if record.reference is None:
            continue
        ref, name, number = record.reference, record.name, record.entry_id
        not_found, not_yours = {"records.not_found"}, {"capture.not_yours"}

        seen = await walk.ask(
            lambda s, ref=ref: records.show(session=s, actor=me, reference=ref),
            _holding(record.marker),
            not_found,
        )
        walk.expect(f"/show {name}", walk.permits("view_entry", record), seen)

        seen = await walk.tap(f"cap:{number}:pdf", _document(ref), not_found)
        walk.expect(f"PDF button (cap:pdf) {name}", walk.permits("view_entry", record), seen)

        seen = await walk.ask(
            lambda s, ref=ref: records.start_amendment(
                session=s, actor=me, reference=ref, now=NOW
            ),
            _holding(t(lang, "capture.ask.amend_reason")),
            not_found,
        )
        walk.expect(f"/amend {name}", walk.permits("amend", record), seen)
        await walk.cancel()

        kept = _exactly(t(lang, "records.kept_separate", reference=ref))
        seen = await walk.tap(f"cap:{number}:separate", kept, not_yours)
        walk.expect(f"same event? (cap:separate) {name}", walk.permits("capture", record), seen)

        signed = _exactly(t(lang, "records.signed", reference=ref))
        seen = await walk.tap(f"cap:{number}:sign", signed, not_yours)
        walk.expect(f"sign off (cap:sign) {name}", walk.permits("capture", record), seen)


async def _walk_alerts(walk: Walk, stored: dict[str, Record]) -> None:
    """The alert buttons on each immediate record's alert (forged where never received)."""
    me = walk.me
    refusals = {"alerts.not_found", "core.not_allowed", "records.not_found"}
    for record in stored.values():
        if record.alert_id is None:
            continue
        alert, name = record.alert_id, record.name
        for take_over in (False, True):
            seen = await walk.ask(
                lambda s, alert=alert, take_over=take_over: alerting.acknowledge(
                    session=s, actor=me, alert_id=alert, take_over=take_over, now=NOW
                ),
                _holding(ME),
                refusals,
            )
            action = "take" if take_over else "ack"
            walk.expect(f"al:{action} {name}", walk.permits("acknowledge", record), seen)
        for as_pdf, shows in ((True, _document(record.reference or "?")), (False, None)):

            async def document(
                s: AsyncSession, alert: int = alert, as_pdf: bool = as_pdf
            ) -> Reply:
                reference = await alerting.entry_of_alert(session=s, actor=me, alert_id=alert)
                return await records.alert_document(
                    session=s, actor=me, reference=reference, as_pdf=as_pdf
                )

            seen = await walk.ask(document, shows or _holding(record.marker), refusals)
            action = "pdf" if as_pdf else "details"
            walk.expect(f"al:{action} {name}", walk.permits("view_entry", record), seen)


async def _walk_offenders(walk: Walk) -> None:
    """``/offender FPS``: on the reader's caseload, on the roster only, at another site only."""
    me = walk.me
    for name, fps in OFFENDERS.items():
        seen = await walk.ask(
            lambda s, fps=fps: offender_history.offender_history(
                session=s, actor=me, words=fps, now=NOW
            ),
            _holding(f"({fps})"),
            {"core.not_allowed", "offender.not_found"},
            refusal_said=t(me.lang, "offender.not_found", words=fps),
        )
        walk.expect(f"/offender {name}", may_look_up(walk.role, fps), seen)


async def _walk_forged_route_taps(walk: Walk) -> None:
    """Seen and Details on a message that is no route item of the reader's site."""
    me, chat = walk.me, walk.me.telegram_user_id
    requests: dict[str, Request] = {
        "seen": lambda s: alerting.mark_seen(
            session=s, actor=me, chat_id=chat, message_id=1, now=NOW
        ),
        "details": lambda s: alerting.entry_of_item(
            session=s, actor=me, chat_id=chat, message_id=1
        ),
    }
    for action, request in requests.items():
        seen = await walk.ask(request, None, {"alerts.not_found"})
        walk.expect(f"rt:{action} forged on another message", False, seen)


async def _walk_drafts(walk: Walk) -> None:
    """Capture-card buttons on the reader's draft and, forged, on others' drafts."""
    if walk.permits("capture"):
        await _write(walk.sessions, walk.me, DRAFTS["own_draft"][1], submit=False)
    stored = await _records(walk.sessions, walk.me)
    for name in DRAFTS:
        if name not in stored:
            continue
        draft = stored[name]
        for action in DRAFT_BUTTONS:
            seen = await walk.tap(f"cap:{draft.entry_id}:{action}", None, {"capture.not_yours"})
            walk.expect(f"cap:{action} {name}", walk.permits("capture", draft), seen)


async def _notices_to(walk: Walk) -> list[str]:
    """Every message queued for the reader's chat (alerts, route items, notices)."""
    async with walk.sessions.begin() as session:
        query = select(OutboxMessage.text).where(OutboxMessage.chat_id == walk.me.telegram_user_id)
        return list((await session.scalars(query)).all())


@pytest.mark.parametrize("role", ROLES)
async def test_each_role_sees_and_does_exactly_what_the_table_allows(
    sessions: async_sessionmaker[AsyncSession], role: str
) -> None:
    walk, stored = await _set_up(sessions, role)
    await _walk_reports(walk)
    await _walk_records(walk, stored)
    await _walk_alerts(walk, stored)
    await _walk_offenders(walk)
    await _walk_forged_route_taps(walk)
    await _walk_drafts(walk)

    shown = "\n".join([*walk.shown, *await _notices_to(walk)])
    for record in stored.values():
        leaked = ALLOWED if record.marker in shown else REFUSED
        if not walk.permits("view_entry", record):
            walk.expect(f"{record.name}'s narrative anywhere the reader looks", False, leaked)

    wrong = [f"{what}: the table says {want}, saw {got}" for what, want, got in walk.outcomes
             if want != got]  # fmt: skip
    assert not wrong, f"{role}: {len(wrong)} of {len(walk.outcomes)} wrong\n" + "\n".join(wrong)


@pytest.mark.parametrize("role", ROLES)
def test_help_lists_exactly_the_commands_the_table_allows(role: str) -> None:
    listing = help_text(LANGUAGE.get(role, "en"), (role,))
    listed = {command for command, _ in COMMANDS if f"/{command} — " in listing}
    assert listed == {command for command, action in COMMANDS if permitted(role, action, None, 0)}
