"""The persona driver, with the real python-telegram-bot Application talking to the sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from sandbox import Sandbox, SandboxClient, button_texts
from sandbox.messages import store_message

TOKEN = "31337:sandbox-driver"


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greets with the code the persona typed after /start."""
    await update.effective_message.reply_text(f"Welcome, code {context.args[0]}")


async def capture(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers a capture with a card and its buttons."""
    buttons = [[InlineKeyboardButton("Submit", callback_data="submit")]]
    buttons.append([InlineKeyboardButton("Cancel", callback_data="cancel")])
    await update.effective_message.reply_html(
        f"<b>Understood:</b> {update.effective_message.text}",
        reply_markup=InlineKeyboardMarkup(buttons),
    )


async def submitted(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Acknowledges the tap and turns the card into a receipt."""
    query = update.callback_query
    await query.answer("Saved")
    await query.edit_message_text(f"Saved ({query.data})")
    await query.message.reply_document(b"record body", filename="R-2026-000001.txt")


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox(limits=False) as running:
        yield running


@pytest.fixture
async def client(sandbox: Sandbox) -> AsyncIterator[SandboxClient]:
    driver = SandboxClient(sandbox.url)
    yield driver
    await driver.close()


@pytest.fixture
async def app(sandbox: Sandbox) -> AsyncIterator[Application]:
    application = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(sandbox.api_url)
        .base_file_url(sandbox.file_url)
        .build()
    )
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CallbackQueryHandler(submitted))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, capture))
    async with application:
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1)
        yield application
        await application.updater.stop()
        await application.stop()


async def test_an_officer_captures_taps_submit_and_gets_the_record(
    app: Application, client: SandboxClient
) -> None:
    officer = await client.user("Dana", language_code="fr")
    await officer.send("/start K7Q2")
    assert (await officer.next_message())["text"] == "Welcome, code K7Q2"
    await officer.send("4B range, passed a note at lunch")
    card = await officer.next_message()
    assert card["text"] == "Understood: 4B range, passed a note at lunch"
    assert button_texts(card) == ["Submit", "Cancel"]
    await officer.tap("Submit")
    record = await officer.next_message()
    assert record["document"]["file_name"] == "R-2026-000001.txt"
    assert await officer.download(record) == b"record body"
    assert (await officer.message(card["message_id"]))["text"] == "Saved (submit)"
    assert [a["text"] for a in await officer.callback_answers()] == ["Saved"]
    assert [m["message_id"] for m in await officer.messages()][-1] == record["message_id"]


async def test_next_message_times_out_with_the_chat_history(
    app: Application, client: SandboxClient
) -> None:
    officer = await client.user("Sam")
    await officer.send("/start A1")
    await officer.next_message()
    with pytest.raises(TimeoutError) as raised:
        await officer.next_message(timeout=0.3)
    assert "Welcome, code A1" in str(raised.value) and "/start A1" in str(raised.value)


async def test_tap_without_such_a_button_raises(client: SandboxClient) -> None:
    officer = await client.user("Kim")
    with pytest.raises(LookupError):
        await officer.tap("Submit")


async def test_a_forged_callback_reaches_the_bot_as_sent(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    officer = await client.user("Lee")
    await officer.send("hello")
    sandbox_bot = sandbox.context.world.bot_for_control()
    markup = {"inline_keyboard": [[{"text": "Ok", "callback_data": "ok"}]]}
    message = store_message(
        sandbox.context.world,
        sandbox_bot,
        sandbox.context.world.chats[officer.id],
        sandbox_bot.user(),
        {"text": "card", "reply_markup": markup},
    )
    query = await officer.tap_data("approve:999999; DROP TABLE", message)
    assert query["data"] == "approve:999999; DROP TABLE"
    assert sandbox_bot.updates[-1]["callback_query"]["message"]["text"] == "card"


async def test_personas_in_a_group_and_their_media_reach_the_bot(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann, ben = await client.user("Ann"), await client.user("Ben")
    team = await client.group("Unit 4", [ann, ben], public=True)
    assert team.id < 0
    await ann.send_to(team, "/help@rapport_test_bot")
    await ben.send_photo()
    await ben.send_sticker()
    await ben.send_voice()
    await ben.send_document("list.csv", b"a,b\n")
    updates = list(sandbox.context.world.bot_for_control().updates)
    kinds = [
        set(u["message"]) & {"text", "photo", "sticker", "voice", "document"} for u in updates
    ]
    assert kinds == [{"text"}, {"photo"}, {"sticker"}, {"voice"}, {"document"}]
    assert updates[0]["message"]["chat"]["type"] == "supergroup"
    assert updates[0]["message"]["entities"][0]["type"] == "bot_command"


async def test_two_sandboxes_keep_separate_worlds() -> None:
    async with Sandbox() as first, Sandbox() as second:
        assert first.url != second.url
        async with SandboxClient(first.url) as one, SandboxClient(second.url) as two:
            await one.user("Only here")
            assert await one.request("GET", "/control/users")
            assert await two.request("GET", "/control/users") == []


async def test_the_web_chat_page_is_served(sandbox: Sandbox, client: SandboxClient) -> None:
    page = await client.request("GET", "/")
    assert b"Rapport sandbox chat" in page and b"/control/users" in page
