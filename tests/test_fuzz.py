"""Hostile input (issue 7, proof 2): well over a thousand hostile updates, through the sandbox
with the bot polling and again with the bot in webhook mode, from enrolled officers, a supervisor
of another site, strangers and group chats. Nothing may reach the error handler, nothing may leak
to someone the table does not allow, strangers hear only the polite refusal, and a normal capture
still works afterwards. The generator is seeded, so a failure replays the same way."""

from __future__ import annotations

import logging
import random
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot, Update

from bot.i18n import t
from sandbox.client import ChatReader, Group, Persona, SandboxClient, SandboxError
from sandbox.entities import utf16_len
from sandbox.server import Sandbox
from storage.models import Alert, Entry, InboundMessage
from tests import conftest
from tests.world import ROSTER, World

SEED = 560
HOSTILE_UPDATES = 1_000
MAX_TEXT = 4096  # what a Telegram user can send in one message
WAIT_S = 15.0
DRAIN_S = 180.0
FIRST_FORGED_UPDATE_ID = 900_000_000  # far from the sandbox's own ids (each id is taken once)

SECRET_TEXT = (
    "zqsecret 517204C 4B range 10 min ago he pulled a sharpened toothbrush out of his sock "
    "and waved it at his cellmate"
)
SECRET_DRAFT = "zqdraft 517204C at the gym 5 min ago calm at count"
SHANK = "482913K 4B range 20 min ago hiding something in his waistband, looked like a shank"
# What only the victim's readers may see: her narratives and the offender she wrote about (the
# other site's roster does not hold him).
NARRATIVES = ("zqsecret", "zqdraft")
SECRETS = (*NARRATIVES, "whitehorse, daniel")
OTHER_ROSTER = "".join(line for line in ROSTER.splitlines(keepends=True) if "517204C" not in line)
# A stranger may hear these, in their language, and nothing else.
POLITE = (
    "core.not_enrolled",
    "enrol.invalid_code",
    "enrol.used_code",
    "enrol.expired_code",
    "enrol.other_site",
)

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
PIECES = [
    "482913K",
    "4B range",
    "20 min ago",
    "hier soir vers 21 h",
    "Bouchard",
    "Tremblay",
    "shank",
    "<b>bold</b>",
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    "</i></b><pre>",
    "&amp; &lt; &gt; &#0; &bogus;",
    "*bold* _italic_ `code` ```pre``` [link](http://127.0.0.1/x) ~strike~ ||spoiler||",
    "\\*escaped\\*",
    "{reference} {name} %s %d {0}",
    "' OR 1=1 --",
    "'; DROP TABLE entries; --",
    "مرحبا بالعالم",
    "שלום עולם",
    "🔪",
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "👍🏽",
    "\u0301\u0301\u0301e\u0301",
    "𝕳𝖊𝖑𝖑𝖔",
    "\t\r\n",
    "\x01\x02\x1b[31m\x7f",
    "R-2026-000001",
    "@rapport_test_bot",
]
COMMANDS = [
    "/start",
    "/start AAAAAAAAAA",
    "/start " + "x" * 300,
    "/help",
    "/help@rapport_test_bot",
    "/lang",
    "/lang xx",
    "/lang fr",
    "/lang en",
    "/mine",
    "/show",
    "/show {ref}",
    "/show {ref} v99999999999999999999",
    "/show ' OR 1=1 --",
    "/amend {ref}",
    "/amend R-9999-999999",
    "/offender 517204C",
    "/offender Whitehorse",
    "/offender %",
    "/offender _",
    "/summary",
    "/summary last 99999 years",
    "/summary since 1900-01-01",
    "/briefing",
    "/export 1900-01-01",
    "/onduty",
    "/offduty@rapport_test_bot",
    "/register security_intelligence",
    "/register",
    "/members",
    "/observe",
    "/cancel",
    "/nosuchcommand",
    "/",
    "/" + "a" * 64,
]
CALLBACKS = [
    "cap:{draft}:submit",
    "cap:{record}:same:{record}",
    "cap:{record}:separate",
    "cap:{draft}:edit",
    "cap:{draft}:field:what",
    "cap:{draft}:field:who",
    "cap:{draft}:set_urgency:routine",
    "cap:{draft}:answer:place99",
    "cap:{draft}:cancel",
    "cap:{record}:pdf",
    "cap:{record}:sign",
    "cap:{record}:edit",
    "al:{alert}:ack",
    "al:{alert}:take",
    "al:{alert}:pdf",
    "al:{alert}:details",
    "al:{alert}:ack:extra",
    "al::ack",
    "al:-1:ack",
    "al:99999999999999999999:pdf",
    "cap:99999999999999999999:submit",
    "cap:abc:submit",
    "cap:1",
    "cap:1:",
    "cap:{near}:answer:which:999999X",
    "cap:{near}:answer:place99",
    "cap:{near}:set_urgency:apocalyptic",
    "cap:{near}:same:{near}",
    "cap:{near}:same:99999999999999999999",
    "cap:{near}:separate",
    "cap:{near}:field:when",
    "rt:seen",
    "rt:details",
    "duty:yes",
    "duty:off",
    "",
    "🔪" * 16,
]


@dataclass
class Cast:
    """Who takes part: the victim and what she wrote, the hostile and the strangers."""

    victim: Persona
    officer: Persona  # enrolled at the victim's site, may not read her records
    outsider: Persona  # an officer of another site
    foreign_supervisor: Persona  # a supervisor of another site
    strangers: list[Persona]
    group: Group  # a private group of the site, not registered
    draft_id: int
    record_id: int
    alert_id: int
    reference: str

    @property
    def hostile(self) -> list[Persona]:
        """Everyone but the victim."""
        return [self.officer, self.outsider, self.foreign_supervisor, *self.strangers]


def _user(persona: Persona) -> dict[str, Any]:
    return {
        "id": persona.id,
        "is_bot": False,
        "first_name": persona.first_name,
        "language_code": persona.language_code,
    }


def _private(persona: Persona) -> dict[str, Any]:
    return {"id": persona.id, "type": "private", "first_name": persona.first_name}


def _fit(text: str) -> str:
    """``text`` cut to what one Telegram message holds (4096 UTF-16 units), never empty."""
    while utf16_len(text) > MAX_TEXT:
        text = text[: len(text) - max(1, (utf16_len(text) - MAX_TEXT) // 2)]
    return text or "."


class Fuzzer:
    """Makes and sends hostile updates, every choice from one seeded generator."""

    def __init__(self, cast: Cast, post_raw: Callable[[str, dict], Awaitable]) -> None:
        self.cast = cast
        self.rng = random.Random(SEED)
        self.post_raw = post_raw
        self.sent = 0
        self.next_message_id = 500_000

    def text(self) -> str:
        """Hostile text: markup, zero-width and bidi characters, emoji, huge, or a command."""
        rng = self.rng
        kind = rng.choice(["mix", "mix", "command", "huge", "invisible", "emoji"])
        if kind == "command":
            return rng.choice(COMMANDS).format(ref=self.cast.reference)
        if kind == "huge":
            return _fit(" ".join(rng.choice(PIECES) for _ in range(2_000)))
        if kind == "invisible":
            return "".join(rng.choice(ZERO_WIDTH + BIDI) for _ in range(rng.randint(1, 50)))
        if kind == "emoji":
            return "".join(rng.choice(["🔪", "👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🙂"]) for _ in range(30))
        words = [rng.choice(PIECES) for _ in range(rng.randint(1, 12))]
        glue = rng.choice([" ", ZERO_WIDTH[0], BIDI[4], "\n"])
        return _fit(glue.join(words))

    def callback_data(self) -> str:
        """Forged callback data: others' drafts, records and alerts, junk, 64 random bytes."""
        rng = self.rng
        if rng.random() < 0.1:
            return "".join(chr(rng.randint(33, 126)) for _ in range(64))
        return rng.choice(CALLBACKS).format(
            draft=self.cast.draft_id,
            record=self.cast.record_id,
            alert=self.cast.alert_id,
            near=rng.randint(1, self.cast.draft_id + 400),  # often the tapper's own drafts
        )

    async def one(self) -> None:
        """One hostile update of a randomly chosen shape."""
        rng, cast = self.rng, self.cast
        who = rng.choice(cast.hostile)
        shape = rng.choices(
            ["text", "group", "tap", "edit", "media", "raw"], weights=[40, 6, 25, 6, 5, 18]
        )[0]
        if shape == "text":
            await who.send(self.text())
        elif shape == "group":
            member = rng.choice([cast.officer, cast.strangers[0]])
            await member.send_to(cast.group, self.text())
        elif shape == "tap":
            await self.tap(who)
        elif shape == "edit":
            await self.edit(who)
        elif shape == "media":
            await rng.choice([who.send_photo, who.send_sticker, who.send_voice])()
        else:
            await self.raw(who)
        self.sent += 1

    async def tap(self, who: Persona) -> None:
        """A forged tap on a bot message of the tapper's private chat or of the group."""
        chats: list[ChatReader] = [who]
        if who is self.cast.officer or who is self.cast.strangers[0]:
            chats.append(self.cast.group)
        chat = self.rng.choice(chats)
        messages = await chat.messages()
        if not messages:
            await who.send(self.text())
            return
        await who.tap_data(self.callback_data(), self.rng.choice(messages))

    async def edit(self, who: Persona) -> None:
        """An edit of one of the user's messages (the sandbox keeps both sides of the chat)."""
        history = await who.client.request("GET", f"/control/chats/{who.chat_id}/history")
        mine = [m for m in history["messages"] if m["from"]["id"] == who.id and "text" in m]
        if not mine:
            await who.send(self.text())
            return
        await who.edit(self.rng.choice(mine), self.text())

    async def raw(self, who: Persona) -> None:
        """An update of a shape the bot has no handler for, or one Telegram rarely sends."""
        self.next_message_id += 1
        kind, payload = self.rng.choice(self.shapes(who, self.next_message_id))
        await self.post_raw(kind, payload)

    def shapes(self, who: Persona, mid: int) -> list[tuple[str, dict[str, Any]]]:
        """Every unexpected shape, as Telegram would send it from ``who``."""
        date = 1_700_000_000
        user, chat = _user(who), _private(who)
        group = {"id": self.cast.group.id, "type": "group", "title": self.cast.group.title}
        channel = {"id": -1_009_999_999_999, "type": "channel", "title": "Leaks"}
        poll = {
            "id": str(mid),
            "question": self.text()[:300],
            "options": [
                {"persistent_id": "a", "text": "a", "voter_count": 0},
                {"persistent_id": "b", "text": "b", "voter_count": 1},
            ],
            "total_voter_count": 1,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
            "allows_revoting": False,
            "members_only": False,
        }
        member = {"user": user, "status": "member"}
        shapes = [
            ("channel_post", {"message_id": mid, "chat": channel, "date": date,
                              "sender_chat": channel, "text": self.text()}),
            ("edited_channel_post", {"message_id": mid, "chat": channel, "date": date,
                                     "edit_date": date, "text": self.text()}),
            ("poll", poll),
            ("poll_answer", {"poll_id": str(mid), "user": user, "option_ids": [0],
                             "option_persistent_ids": ["a"]}),
            ("inline_query", {"id": str(mid), "from": user, "query": self.text()[:256],
                              "offset": ""}),
            ("chosen_inline_result", {"result_id": "1", "from": user, "query": "x"}),
            ("my_chat_member", {"chat": chat, "from": user, "date": date,
                                "old_chat_member": member,
                                "new_chat_member": {"user": user, "status": "kicked",
                                                    "until_date": 0}}),
            ("chat_join_request", {"chat": group, "from": user, "user_chat_id": who.id,
                                   "date": date}),
            ("message", {"message_id": mid, "from": user, "chat": chat, "date": date,
                         "location": {"latitude": 44.2, "longitude": -76.5}}),
            ("message", {"message_id": mid, "from": user, "chat": chat, "date": date,
                         "contact": {"phone_number": "+15555550100", "first_name": "X"}}),
            ("message", {"message_id": mid, "from": user, "chat": chat, "date": date,
                         "dice": {"emoji": "🎲", "value": 6}}),
            ("message", {"message_id": mid, "from": user, "chat": chat, "date": date,
                         "poll": poll}),
            ("message", {"message_id": mid, "from": user, "chat": chat, "date": date,
                         "text": self.text(), "forward_origin": {"type": "hidden_user",
                         "sender_user_name": "Someone", "date": date}}),
            ("message", {"message_id": mid, "from": user, "chat": chat, "date": date,
                         "text": self.text(), "reply_to_message": {"message_id": 1,
                         "chat": chat, "date": date, "text": "old"}}),
            ("message", {"message_id": mid, "from": user, "chat": group, "date": date,
                         "new_chat_members": [user]}),
            ("message", {"message_id": mid, "chat": group, "date": date,
                         "sender_chat": group, "text": "/register security_intelligence"}),
            ("edited_message", {"message_id": mid, "from": user, "chat": chat, "date": date,
                                "edit_date": date, "text": self.text()}),
            ("edited_message", {"message_id": mid, "from": user, "chat": chat, "date": date,
                                "edit_date": date, "photo": []}),
            ("callback_query", {"id": str(mid), "from": user, "chat_instance": "1",
                                "inline_message_id": "AAAA", "data": self.callback_data()}),
            ("callback_query", {"id": str(mid), "from": user, "chat_instance": "1",
                                "message": {"message_id": 1, "chat": chat, "date": 0},
                                "data": self.callback_data()}),
            ("callback_query", {"id": str(mid), "from": user, "chat_instance": "1",
                                "game_short_name": "snake"}),
            ("message_reaction", {"chat": chat, "message_id": 1, "user": user, "date": date,
                                  "old_reaction": [], "new_reaction": [{"type": "emoji",
                                  "emoji": "👍"}]}),
        ]  # fmt: skip
        return shapes


async def _stage(world: World) -> Cast:
    """The victim's submitted record (with its alert) and open draft; the hostile cast."""
    await world.create_site("OTH", roster=OTHER_ROSTER)
    world.site_code = "TST"
    victim = await world.enrol("Sam Victim", "officer")
    await victim.send(SECRET_TEXT)
    await victim.next_message()
    await victim.tap("✅ Submit")
    await victim.send(SECRET_DRAFT)

    async def staged(session: AsyncSession) -> tuple[Entry, Entry, int] | None:
        rows = {e.text: e for e in (await session.scalars(select(Entry))).all()}
        record, draft = rows.get(SECRET_TEXT), rows.get(SECRET_DRAFT)
        if record is None or draft is None or record.reference is None:
            return None
        alert = await session.scalar(select(Alert.id).where(Alert.entry_id == record.id))
        return (record, draft, alert) if alert else None

    found = await world.eventually(lambda: world.query(staged), WAIT_S)
    assert found is not None, "the victim's record and draft were never stored"
    record, draft, alert = found
    officer = await world.officer("Alex Martin")
    strangers = [
        await world.client.user("Eve", language_code="en"),
        await world.client.user("Ève", language_code="fr"),
        await world.client.user("Mallory", language_code="ar"),
    ]
    for stranger in strangers:  # each stranger has a refusal in their chat to tap on
        await stranger.send("hello")
        await stranger.next_message()
    return Cast(
        victim=victim,
        officer=officer,
        outsider=await world.enrol("Chris Noel", "officer", site="OTH"),
        foreign_supervisor=await world.enrol("Pat Roy", "supervisor", site="OTH"),
        strangers=strangers,
        group=await world.client.group("Range 4B staff", [officer, strangers[0]]),
        draft_id=draft.id,
        record_id=record.id,
        alert_id=alert,
        reference=record.reference or "",
    )


async def _idle(world: World) -> bool:
    """Every update delivered to the bot and handled (the delivery worker may still send)."""
    info = await world.application.bot.get_webhook_info()
    return info.pending_update_count == 0 and await world.application.bot_data["inbox"].idle()


def _polite(text: str, lang: str) -> bool:
    return any(text == t(lang, key) for key in POLITE)


async def _assert_nothing_leaked(world: World, cast: Cast) -> None:
    """No hostile chat (nor the group) holds the victim's narratives or her offender's name;
    strangers heard only polite refusals (or nothing); the victim's draft, record and alert are
    untouched. The roster is not secret from an officer of the same site: naming 517204C (the
    fuzz sends "/offender 517204C" as plain text too) rightly shows him the roster name."""
    for chat in [*cast.hostile, cast.group]:
        secrets = NARRATIVES if chat is cast.officer else SECRETS
        for message in await chat.messages():
            body = (message.get("text") or message.get("caption") or "").casefold()
            assert not [s for s in secrets if s in body], (chat, body[:300])
    for stranger in cast.strangers:
        lang = "fr" if stranger.language_code == "fr" else "en"
        for message in await stranger.messages():
            assert _polite(message.get("text") or "", lang), message
        for answer in await stranger.callback_answers():
            assert not answer["text"] or _polite(answer["text"], lang), answer

    async def victims(session: AsyncSession) -> tuple[str, str, str, str]:
        record = await session.get(Entry, cast.record_id)
        draft = await session.get(Entry, cast.draft_id)
        alert = await session.get(Alert, cast.alert_id)
        assert record is not None and draft is not None and alert is not None
        return record.status, draft.status, draft.text, alert.status

    assert await world.query(victims) == ("submitted", "draft", SECRET_DRAFT, "open")


async def _a_normal_capture_works(world: World) -> None:
    """A newly enrolled officer captures and submits as if nothing happened."""
    officer = await world.officer("Robin Lee")
    await officer.send(SHANK)
    card = await officer.next_message(WAIT_S)
    assert "BOUCHARD, Marc (482913K)" in card["text"] and "IMMEDIATE" in card["text"]
    await officer.tap("✅ Submit")

    async def submitted() -> bool:
        return any("Submitted" in (m.get("text") or "") for m in await officer.messages())

    assert await world.eventually(submitted, WAIT_S)


async def _fuzz(world: World, post_raw: Callable[[str, dict], Awaitable]) -> Cast:
    cast = await _stage(world)
    fuzzer = Fuzzer(cast, post_raw)
    while fuzzer.sent < HOSTILE_UPDATES:
        try:
            await fuzzer.one()
        except SandboxError as error:  # the sandbox refuses what Telegram would refuse
            assert "too long" in str(error) or "not found" in str(error).lower(), error
    assert await world.eventually(lambda: _idle(world), DRAIN_S), "the bot never caught up"
    return cast


def test_every_unexpected_shape_is_one_telegram_could_send() -> None:
    """A shape Telegram could not send would stall polling (PTB parses a whole batch at once)
    rather than test the bot: each one must parse as the Bot API's Update."""
    client = SandboxClient("http://127.0.0.1:9")
    eve = Persona(client, {"id": 7, "chat_id": 7, "first_name": "Eve", "language_code": "fr"})
    group = Group(client, -5_000_001, "Range 4B staff")
    cast = Cast(eve, eve, eve, eve, [eve], group, 2, 1, 1, "R-2026-000001")
    fuzzer = Fuzzer(cast, client.raw_update)
    bot = Bot(conftest.TEST_TOKEN)
    for number, (kind, payload) in enumerate(fuzzer.shapes(eve, 1), start=1):
        update = Update.de_json({"update_id": number, kind: payload}, bot)
        assert update is not None and getattr(update, kind) is not None, kind


@pytest.fixture
def errors(caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    """Everything logged at ERROR or above while the test ran (the error handler logs there)."""
    caplog.set_level(logging.WARNING)
    return lambda: sorted({_described(r) for r in caplog.records if r.levelno >= logging.ERROR})


def _described(record: logging.LogRecord) -> str:
    """A logged error in one line: the logger, the exception and where it was raised."""
    if not record.exc_info or record.exc_info[1] is None:
        return f"{record.name}: {record.getMessage()}"
    error = record.exc_info[1]
    [*_, last] = traceback.extract_tb(error.__traceback__) or [None]
    where = f" at {last.filename.rpartition('/main/')[2]}:{last.lineno}" if last else ""
    return f"{record.name}: {type(error).__name__}: {error}{where}"


@pytest.fixture
async def fuzz_world(
    sandbox: Sandbox,
    client: SandboxClient,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[World]:
    """The bot polling, with the per-user rate limit out of the way so that every hostile
    update reaches the handlers (the limiter has its own test)."""
    settings = conftest.test_settings(sandbox, database_url, rate_limit_updates=1_000_000)
    async with conftest.running_world(sandbox, client, sessions, settings) as world:
        yield world


@pytest.fixture
async def fuzz_webhook_world(
    sandbox: Sandbox,
    client: SandboxClient,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[World]:
    """The same in webhook mode."""
    settings = conftest.webhook_settings(sandbox, database_url, rate_limit_updates=1_000_000)
    async with conftest.running_world(sandbox, client, sessions, settings) as world:
        yield world


async def test_a_thousand_hostile_updates_through_the_sandbox_break_and_leak_nothing(
    fuzz_world: World, errors: Callable[[], list[str]]
) -> None:
    cast = await _fuzz(fuzz_world, fuzz_world.client.raw_update)
    assert not errors(), "\n".join(errors())
    await _assert_nothing_leaked(fuzz_world, cast)
    await _a_normal_capture_works(fuzz_world)
    assert not errors(), "\n".join(errors())


async def test_a_thousand_hostile_updates_through_the_webhook_break_and_leak_nothing(
    fuzz_webhook_world: World, errors: Callable[[], list[str]]
) -> None:
    world = fuzz_webhook_world
    assert world.webhook_url and world.webhook_secret
    forged_ids = iter(range(FIRST_FORGED_UPDATE_ID, FIRST_FORGED_UPDATE_ID + 10 * HOSTILE_UPDATES))
    async with aiohttp.ClientSession() as http:

        async def post_raw(kind: str, payload: dict[str, Any]) -> None:
            """Shapes Telegram filters out for this bot are posted as if Telegram sent them."""
            body = {"update_id": next(forged_ids), kind: payload}
            headers = {"X-Telegram-Bot-Api-Secret-Token": world.webhook_secret or ""}
            async with http.post(world.webhook_url or "", json=body, headers=headers) as answer:
                assert answer.status == 200, (answer.status, body)

        cast = await _fuzz(world, post_raw)
    assert not errors(), "\n".join(errors())
    await _assert_nothing_leaked(world, cast)
    await _a_normal_capture_works(world)
    assert not errors(), "\n".join(errors())


async def test_posts_to_the_webhook_without_the_right_secret_are_refused_and_change_nothing(
    webhook_world: World,
) -> None:
    world = webhook_world
    officer = await world.officer("Alex Martin")
    assert world.webhook_url and world.webhook_secret
    forged = {
        "update_id": FIRST_FORGED_UPDATE_ID,
        "message": {
            "message_id": 77,
            "from": {"id": officer.id, "is_bot": False, "first_name": "Alex"},
            "chat": {"id": officer.id, "type": "private", "first_name": "Alex"},
            "date": 1_700_000_000,
            "text": "zqforged " + SHANK,
        },
    }
    wrong = [
        None,
        "",
        "wrong",
        world.webhook_secret + "x",
        world.webhook_secret.upper(),
        "a" * 257,
    ]
    before = len(await officer.messages())
    async with aiohttp.ClientSession() as http:
        for secret in wrong:
            headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
            for body in (forged, {"junk": True}):
                async with http.post(world.webhook_url, json=body, headers=headers) as answer:
                    assert answer.status == 403, (secret, answer.status)
            async with http.post(world.webhook_url, data="{not json", headers=headers) as answer:
                assert answer.status == 403

    await officer.send("/help")  # something the bot surely answers, after the forgeries
    await officer.next_message()

    async def forged_rows(session: AsyncSession) -> int:
        query = select(InboundMessage).where(InboundMessage.update_id == forged["update_id"])
        return len((await session.scalars(query)).all())

    assert await world.query(forged_rows) == 0
    assert all("zqforged" not in e.text for e in await world.entries())
    assert len(await officer.messages()) == before + 1


async def test_a_button_no_handler_knows_gets_a_polite_answer(world: World) -> None:
    officer = await world.officer()
    welcome = (await officer.messages())[-1]
    for data in ("zz:1", "cap:99999999999999999999:submit", "al:1234567890:ack"):
        await officer.tap_data(data, welcome)
    unknown = t("en", "fallback.unknown_button")

    async def all_answered() -> bool:
        return [a["text"] for a in await officer.callback_answers()] == [unknown] * 3

    assert await world.eventually(all_answered)


async def test_a_stranger_tap_too_old_to_answer_goes_no_further(
    world: World, errors: Callable[[], list[str]]
) -> None:
    """The gate's refusal fails (Telegram says the query is too old); the tap must still stop
    there, not reach the alert handler with nobody identified."""
    stranger = await world.client.user("Eve")
    await stranger.send("hello")
    refusal = await stranger.next_message()
    user = {"id": stranger.id, "is_bot": False, "first_name": "Eve", "language_code": "en"}
    tap = {"id": "424242", "from": user, "chat_instance": "1", "message": refusal}
    await world.client.raw_update("callback_query", {**tap, "data": "al:1:ack"})
    await stranger.send("still there?")
    assert (await stranger.next_message())["text"] == t("en", "core.not_enrolled")
    assert len(await stranger.messages()) == 2
    assert not errors(), "\n".join(errors())


async def test_an_update_with_ids_of_the_wrong_type_holds_back_no_other(world: World) -> None:
    """Telegram never sends a list for a chat id, but a forged or broken update may: it is kept
    (as unreadable) and the updates polled with it and after it are handled as usual."""
    officer = await world.officer()
    forged = {"message_id": 1, "date": 1, "chat": {"id": [1, 2], "type": "private"}, "text": "x"}
    await world.client.raw_update("message", forged)
    await officer.send("/help")
    assert "/observe" in (await officer.next_message())["text"]
