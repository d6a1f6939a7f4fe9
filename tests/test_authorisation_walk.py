"""The authorisation table walked end to end (issue 7, proof 1): for each role, every command and
button the bot offers, on the reader's own record, on colleagues' records at the same site (one
per route, a caseload one, a staff-information one) and on a record of another site.

What is expected is derived from ``bot.people.authz.TABLE`` (and ``bot.help.COMMANDS`` for which
action a
command needs), so a change of the table moves this test; what happened is judged by what the
user sees: the content arrives, or the polite refusal in their language. Buttons are tapped with
forged callback data where the user never received them. One world per role: about 100 probes
and 10-25 s per role, some 100 s for the seven on SQLite.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.help import COMMANDS
from bot.i18n import t
from bot.people.authz import CASELOAD, ROLES, ROUTED_SI, SITE, TABLE
from sandbox.client import ChatReader, Group, Persona, SandboxClient
from sandbox.server import Sandbox
from storage.models import Alert, Entry, EntryOffender
from tests import conftest
from tests.world import ROSTER, World

ALLOWED, REFUSED = "allowed", "refused"
WAIT_S = 10.0
ME = "Dana Whitfield"  # also the parole officer of 482913K on both rosters
LANGUAGE = {"health": "fr", "admin": "fr"}  # refusals must come in the reader's language
OTHER_SITE = "OTH"
OTHER_ROSTER = ROSTER + "777777X,Zedlitz,Otto,1A,1A-01,,\n"
ACTION_OF = dict(COMMANDS)
SITE_NAME = "TST Institution"
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


Shows = Callable[[dict[str, Any]], bool]


def _body(message: dict[str, Any]) -> str:
    return message.get("text") or message.get("caption") or ""


def _holding(words: str) -> Shows:
    """A message whose text (or caption) holds ``words``."""
    return lambda message: words in _body(message)


def _exactly(text: str) -> Shows:
    """A message that says exactly ``text``."""
    return lambda message: _body(message) == text


def _document(name_part: str) -> Shows:
    """A document whose file name holds ``name_part``."""
    return lambda message: name_part in (message.get("document") or {}).get("file_name", "")


async def _last_id(chat: ChatReader) -> int:
    return max((m["message_id"] for m in await chat.messages()), default=0)


@dataclass
class Walk:
    """One role's walk: the reader, their world, and every outcome seen."""

    world: World
    role: str
    me: Persona
    lang: str
    staff_id: int
    site_id: int
    anchor: dict[str, Any]  # a bot message of the reader's chat to hang forged taps on
    outcomes: list[tuple[str, str, str]] = field(default_factory=list)

    def refusal(self, key: str, **values: object) -> str:
        """A refusal as the reader reads it."""
        return t(self.lang, key, **values)

    def permits(self, action: str | None, record: Record | None = None) -> bool:
        """The table's answer for this reader."""
        return permitted(self.role, action, record, self.site_id)

    def expect(self, what: str, allowed: bool, outcome: str) -> None:
        """Note what should have happened for ``what`` and what the reader saw."""
        self.outcomes.append((what, ALLOWED if allowed else REFUSED, outcome))

    async def command(
        self,
        text: str,
        shows: Shows,
        refusals: set[str],
        *,
        chat: Group | None = None,
    ) -> str:
        """Send ``text`` (in a group when ``chat``); allowed when a message ``shows`` the content,
        refused when it is one of the ``refusals``."""
        reader: ChatReader = chat or self.me
        before = await _last_id(reader)
        if chat is None:
            await self.me.send(text)
        else:
            await self.me.send_to(chat, text)

        async def verdict() -> str | None:
            for message in await reader.messages():
                if message["message_id"] <= before:
                    continue
                if _body(message) in refusals:
                    return REFUSED
                if shows(message):
                    return ALLOWED
            return None

        return await self.world.eventually(verdict, WAIT_S) or "no answer"

    async def tap(
        self,
        data: str,
        refusals: set[str],
        *,
        on: dict[str, Any] | None = None,
        toast: str = "",
        shows: Shows | None = None,
    ) -> str:
        """Tap a button with ``data`` on ``on`` (forged when the reader never got it): refused
        when the answer is one of the ``refusals``; allowed when the answer holds ``toast`` and,
        with ``shows``, a new message shows the content."""
        before = await _last_id(self.me)
        query = await self.me.tap_data(data, on or self.anchor)

        async def answered() -> dict[str, Any] | None:
            answers = await self.me.callback_answers()
            return next((a for a in answers if a["callback_query_id"] == query["id"]), None)

        answer = await self.world.eventually(answered, WAIT_S)
        if answer is None:
            return "no answer"
        if answer["text"] in refusals:
            return REFUSED
        if (toast and toast not in answer["text"]) or (not toast and answer["text"]):
            return f"answered {answer['text']!r}"
        if shows is None:
            return ALLOWED

        async def content() -> bool:
            return any(shows(m) for m in await self.me.messages() if m["message_id"] > before)

        return ALLOWED if await self.world.eventually(content, WAIT_S) else "no content"

    async def cancel(self) -> None:
        """``/cancel`` whatever a probe started, and wait for the answer."""
        done = {self.refusal("capture.cancelled"), self.refusal("capture.nothing_to_cancel")}
        await self.command("/cancel", lambda m: _body(m) in done, set())


async def _button(
    world: World, persona: Persona, suffix: str, *, after: int = 0
) -> dict[str, Any]:
    """The latest message of ``persona``'s chat (after message ``after``) with a button whose
    data ends with ``suffix``."""

    async def find() -> dict[str, Any] | None:
        for message in reversed(await persona.messages()):
            if message["message_id"] <= after:
                break
            rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
            if any(b.get("callback_data", "").endswith(suffix) for row in rows for b in row):
                return message
        return None

    found = await world.eventually(find, WAIT_S)
    assert found is not None, f"no button ending {suffix!r} for {persona}"
    return found


def _data(message: dict[str, Any], suffix: str) -> str:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return next(
        b["callback_data"] for row in rows for b in row if b["callback_data"].endswith(suffix)
    )


async def _write(world: World, persona: Persona, text: str, *, submit: bool) -> None:
    """The persona writes ``text``; with ``submit`` it is submitted."""
    before = await _last_id(persona)
    await persona.send(text)
    card = await _button(world, persona, ":submit", after=before)
    if not submit:
        return
    await persona.tap_data(_data(card, ":submit"), card)

    async def submitted() -> bool:
        entry = next((e for e in await world.entries() if e.text == text), None)
        return entry is not None and entry.status == "submitted"

    assert await world.eventually(submitted, WAIT_S), f"{text!r} was never submitted"


async def _records(world: World, me_staff: int) -> dict[str, Record]:
    """Every record and draft of the walk as stored, by name."""

    async def read(session: AsyncSession) -> dict[str, Record]:
        found = {}
        for name, (_, text) in {**RECORDS, **DRAFTS}.items():
            entry = (await session.scalars(select(Entry).where(Entry.text == text))).first()
            if entry is None:
                continue
            fps = await session.scalars(
                select(EntryOffender.fps).where(EntryOffender.entry_id == entry.id)
            )
            alert = await session.scalar(select(Alert.id).where(Alert.entry_id == entry.id))
            found[name] = Record(
                name=name,
                entry_id=entry.id,
                reference=entry.reference,
                mine=entry.officer_id == me_staff,
                site_id=entry.site_id,
                routes=tuple(entry.routes),
                fps=tuple(f for f in fps if f),
                staff_concern=entry.staff_concern,
                alert_id=alert,
            )
        return found

    return await world.query(read)


@pytest.fixture
async def walk_world(
    sandbox: Sandbox,
    client: SandboxClient,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[World]:
    """The bot with a generous per-user rate limit: the walk is fast on purpose."""
    settings = conftest.test_settings(sandbox, database_url, rate_limit_updates=100_000)
    async with conftest.running_world(sandbox, client, sessions, settings) as world:
        yield world


async def _set_up(world: World, role: str) -> tuple[Walk, dict[str, Record]]:
    """Two sites; the reader (``role``), a colleague and an officer of the other site, each
    with their records submitted and a draft left open."""
    await world.create_site(OTHER_SITE, roster=OTHER_ROSTER)
    world.site_code = "TST"
    lang = LANGUAGE.get(role, "en")
    me = await world.enrol(ME, role, lang=lang)
    people = {
        "me": me,
        "colleague": await world.officer("Alex Martin"),
        "outsider": await world.enrol("Chris Noel", "officer", site=OTHER_SITE),
    }
    writes = permitted(role, "capture", None, 0)
    for author, text in RECORDS.values():
        if author != "me" or writes:
            await _write(world, people[author], text, submit=True)
    for author, text in DRAFTS.values():
        if author != "me":  # the reader's own draft is written just before its walk
            await _write(world, people[author], text, submit=False)
    staff = await world.staff(me)
    [anchor, *_] = await me.messages()  # the enrolment welcome
    walk = Walk(world, role, me, lang, staff.id, staff.site_id, anchor)
    return walk, await _records(world, staff.id)


async def _walk_commands(walk: Walk) -> None:
    """Commands that name no record: allowed or refused by role alone."""
    lang = walk.lang
    not_allowed = {walk.refusal("core.not_allowed")}
    asks = {t(lang, f"capture.ask.{key}") for key in ("what", "who", "when", "where")}
    seen = await walk.command(
        "zqlima 517204C 4B range 5 min ago calm and polite at count",
        lambda m: t(lang, "capture.card_title") in _body(m) or _body(m) in asks,
        not_allowed,
    )
    walk.expect("quick capture (a text)", walk.permits("capture"), seen)
    await walk.cancel()
    probes: list[tuple[str, Shows]] = [
        ("/observe", _holding(t(lang, "capture.ask.kind"))),
        (
            "/mine",
            lambda m: (
                t(lang, "records.mine_title") in _body(m)
                or _body(m) == t(lang, "records.none_yet")
            ),
        ),
        ("/summary today", _holding(t(lang, "summary.title", site=SITE_NAME))),
        ("/briefing", _holding(t(lang, "briefing.title", site=SITE_NAME))),
        ("/export today", _document(".csv")),
        ("/onduty", _exactly(t(lang, "duty.on"))),
        ("/offduty", _exactly(t(lang, "duty.off"))),
        ("/members", _exactly(t(lang, "members.no_groups"))),
        ("/lang fr", _exactly(t("fr", "lang.changed"))),
        (f"/lang {lang}", _exactly(t(lang, "lang.changed"))),
        ("/cancel", _exactly(t(lang, "capture.nothing_to_cancel"))),
    ]
    for text, shows in probes:
        command = text.split()[0].removeprefix("/")
        seen = await walk.command(text, shows, not_allowed)
        walk.expect(text, walk.permits(ACTION_OF[command]), seen)
        if command == "observe":
            await walk.cancel()

    title = t(lang, "help.title")
    walk.expect("/help", True, await walk.command("/help", _holding(title), set()))
    *_, listing = [_body(m) for m in await walk.me.messages() if title in _body(m)]
    offered = set(re.findall(r"^/(\w+)", listing, re.MULTILINE))
    for command, action in COMMANDS:
        shown = ALLOWED if command in offered else REFUSED
        walk.expect(f"/help lists /{command}", walk.permits(action), shown)


async def _walk_records(walk: Walk, records: dict[str, Record]) -> None:
    """Reading, the PDF button, amending and signing off, on each submitted record."""
    lang = walk.lang
    for record in records.values():
        if record.reference is None:
            continue
        ref, marker, name = record.reference, record.marker, record.name
        not_found = {walk.refusal("records.not_found", reference=ref)}

        seen = await walk.command(f"/show {ref}", _holding(marker), not_found)
        walk.expect(f"/show {name}", walk.permits("view_entry", record), seen)

        seen = await walk.tap(f"cap:{record.entry_id}:pdf", not_found, shows=_document(ref))
        walk.expect(f"PDF button (cap:pdf) {name}", walk.permits("view_entry", record), seen)

        amend = t(lang, "capture.ask.amend_reason")
        seen = await walk.command(f"/amend {ref}", _holding(amend), not_found)
        walk.expect(f"/amend {name}", walk.permits("amend", record), seen)
        await walk.cancel()

        separate = t(lang, "records.kept_separate", reference=ref)
        seen = await walk.tap(
            f"cap:{record.entry_id}:separate",
            {walk.refusal("capture.not_yours")},
            shows=_exactly(separate),
        )
        walk.expect(f"same event? (cap:separate) {name}", walk.permits("capture", record), seen)

        signed = t(lang, "records.signed", reference=ref)
        seen = await walk.tap(
            f"cap:{record.entry_id}:sign",
            {walk.refusal("capture.not_yours")},
            shows=_exactly(signed),
        )
        walk.expect(f"sign off (cap:sign) {name}", walk.permits("capture", record), seen)


async def _walk_alerts(walk: Walk, records: dict[str, Record]) -> None:
    """The alert buttons on each immediate record's alert (forged where never received)."""
    for record in records.values():
        if record.alert_id is None:
            continue
        alert, ref, marker, name = record.alert_id, record.reference, record.marker, record.name
        refusals = {
            walk.refusal("alerts.not_found"),
            walk.refusal("core.not_allowed"),
            walk.refusal("records.not_found", reference=ref),
        }
        for action in ("ack", "take"):
            seen = await walk.tap(f"al:{alert}:{action}", refusals, toast=ME)
            walk.expect(f"al:{action} {name}", walk.permits("acknowledge", record), seen)
        seen = await walk.tap(
            f"al:{alert}:pdf",
            refusals,
            shows=_document(ref),
        )
        walk.expect(f"al:pdf {name}", walk.permits("view_entry", record), seen)
        seen = await walk.tap(f"al:{alert}:details", refusals, shows=_holding(marker))
        walk.expect(f"al:details {name}", walk.permits("view_entry", record), seen)


def may_look_up(role: str, fps: str) -> bool:
    """``offender_history`` for an offender of the reader's roster (a routed scope may look
    anyone up and sees only what was routed to it; a caseload scope only its own people)."""
    scope = TABLE["offender_history"].get(role)
    if scope is None or fps not in PAROLE_OFFICER:
        return False
    return scope != CASELOAD or PAROLE_OFFICER[fps] == ME


async def _walk_offenders(walk: Walk) -> None:
    """``/offender FPS``: on the reader's caseload, on the roster only, at another site only."""
    for name, fps in OFFENDERS.items():
        refusals = {
            walk.refusal("core.not_allowed"),
            walk.refusal("offender.not_found", words=fps),
        }
        seen = await walk.command(f"/offender {fps}", _holding(f"({fps})"), refusals)
        walk.expect(f"/offender {name}", may_look_up(walk.role, fps), seen)


async def _walk_route_items(walk: Walk) -> None:
    """Seen on each route item the reader received; Seen and Details forged elsewhere."""
    for message in await walk.me.messages():
        rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        if any(b.get("callback_data") == "rt:seen" for row in rows for b in row):
            seen = await walk.tap("rt:seen", set(), on=message, toast=ME)
            walk.expect(f"rt:seen on the item #{message['message_id']}", True, seen)
    for data in ("rt:seen", "rt:details"):
        seen = await walk.tap(data, {walk.refusal("alerts.not_found")})
        walk.expect(f"{data} forged on another message", False, seen)


async def _walk_drafts(walk: Walk) -> None:
    """Capture-card buttons on the reader's draft and, forged, on others' drafts."""
    if walk.permits("capture"):
        await _write(walk.world, walk.me, DRAFTS["own_draft"][1], submit=False)
    drafts = await _records(walk.world, walk.staff_id)
    for name in DRAFTS:
        if name not in drafts:
            continue
        draft, card = drafts[name], None
        if draft.mine:
            card = await _button(walk.world, walk.me, f"cap:{draft.entry_id}:submit")
        for action in ("edit", "urgency", "field:where", "card", "submit"):
            seen = await walk.tap(
                f"cap:{draft.entry_id}:{action}", {walk.refusal("capture.not_yours")}, on=card
            )
            walk.expect(f"cap:{action} {name}", walk.permits("capture", draft), seen)


async def _walk_registration(walk: Walk) -> None:
    """``/register`` inside a private group (last: it changes where items go)."""
    group = await walk.world.client.group("Walk desk", [walk.me])
    registered = t(walk.lang, "channels.registered", route="health_services")
    seen = await walk.command(
        "/register health_services",
        _holding(registered),
        {walk.refusal("core.not_allowed")},
        chat=group,
    )
    walk.expect("/register in a group", walk.permits(ACTION_OF["register"]), seen)


async def _documents_text(chat: ChatReader) -> str:
    """The text of every CSV and PDF the bot sent to ``chat``."""
    texts = []
    for message in await chat.messages():
        if "document" not in message:
            continue
        data = await chat.download(message)
        if message["document"]["file_name"].endswith(".csv"):
            texts.append(data.decode("utf-8", errors="replace"))
        else:
            reader = PdfReader(io.BytesIO(data))
            texts.extend(page.extract_text() or "" for page in reader.pages)
    return "\n".join(texts)


@pytest.mark.parametrize("role", ROLES)
async def test_each_role_sees_and_does_exactly_what_the_table_allows(
    walk_world: World, role: str
) -> None:
    walk, records = await _set_up(walk_world, role)
    await _walk_commands(walk)
    await _walk_records(walk, records)
    await _walk_alerts(walk, records)
    await _walk_offenders(walk)
    await _walk_route_items(walk)
    await _walk_drafts(walk)
    await _walk_registration(walk)

    shown = "\n".join(_body(m) for m in await walk.me.messages())
    shown += await _documents_text(walk.me)
    for record in records.values():
        leaked = ALLOWED if record.marker in shown else REFUSED
        if not walk.permits("view_entry", record):
            walk.expect(f"{record.name}'s narrative anywhere in the chat", False, leaked)

    wrong = [f"{what}: the table says {want}, saw {got}" for what, want, got in walk.outcomes
             if want != got]  # fmt: skip
    assert not wrong, f"{role}: {len(wrong)} of {len(walk.outcomes)} wrong\n" + "\n".join(wrong)
