"""The sandbox answers like Telegram: checked against api.json and PTB's de_json."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import telegram

from sandbox import Sandbox, SandboxClient
from sandbox.botapi import METHODS

SPEC = json.loads((Path(__file__).parents[1] / "sandbox" / "spec" / "api.json").read_text())
TOKEN = "4242:sandbox-conformance"
SCALARS = {
    "Integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "Float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "String": lambda v: isinstance(v, str),
    "Boolean": lambda v: isinstance(v, bool),
    "True": lambda v: v is True,
}


def problems(value: Any, type_name: str, path: str = "result") -> list[str]:
    """What is wrong with ``value`` as an api.json ``type_name`` (empty when it conforms)."""
    if type_name.startswith("Array of "):
        if not isinstance(value, list):
            return [f"{path}: expected {type_name}"]
        inner = type_name.removeprefix("Array of ")
        return [p for i, item in enumerate(value) for p in problems(item, inner, f"{path}[{i}]")]
    if type_name in SCALARS:
        return [] if SCALARS[type_name](value) else [f"{path}: expected {type_name}: {value!r}"]
    spec = SPEC["types"][type_name]
    if "subtypes" in spec:
        return first_fitting(value, spec["subtypes"], path)
    if not isinstance(value, dict):
        return [f"{path}: expected {type_name} object"]
    fields = {field["name"]: field for field in spec.get("fields", [])}
    found = [f"{path}.{name}: not a field of {type_name}" for name in value if name not in fields]
    for name, field in fields.items():
        if name not in value:
            found += [f"{path}.{name}: required by {type_name}"] if field["required"] else []
        else:
            found += first_fitting(value[name], field["types"], f"{path}.{name}")
    return found


def first_fitting(value: Any, type_names: list[str], path: str) -> list[str]:
    """No problems if any of the union's types fits, else the problems of the closest one."""
    attempts = [problems(value, name, path) for name in type_names]
    return [] if any(not a for a in attempts) else min(attempts, key=len)


def assert_returns(method: str, result: Any) -> None:
    """The result has the shape api.json says ``method`` returns."""
    assert first_fitting(result, SPEC["methods"][method]["returns"], method) == []


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
async def bot(sandbox: Sandbox) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(TOKEN, base_url=sandbox.api_url, base_file_url=sandbox.file_url) as b:
        yield b


async def call(sandbox: Sandbox, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
    """A raw Bot API call with a JSON body, as any HTTP client could make it."""
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{sandbox.api_url}{TOKEN}/{method}", json=params) as response,
    ):
        return response.status, await response.json()


async def ok(sandbox: Sandbox, method: str, **params: Any) -> Any:
    """The result of a call that must succeed, checked against api.json."""
    status, body = await call(sandbox, method, **params)
    assert (status, body["ok"]) == (200, True), body
    assert_returns(method, body["result"])
    return body["result"]


def test_the_validator_catches_missing_and_mistyped_fields() -> None:
    assert problems({"id": 1, "is_bot": True, "first_name": "A"}, "User") == []
    assert problems({"id": "1", "is_bot": True, "first_name": "A"}, "User")
    assert problems({"id": 1, "first_name": "A"}, "User")
    assert problems({"id": 1, "is_bot": True, "first_name": "A", "nick": "x"}, "User")
    assert (
        problems([[{"text": "a", "callback_data": "b"}]], "Array of Array of InlineKeyboardButton")
        == []
    )


def test_each_method_requires_exactly_what_api_json_requires() -> None:
    for method in METHODS.values():
        spec = SPEC["methods"][method.name]
        required = {f["name"] for f in spec.get("fields", []) if f["required"]}
        assert set(method.required) == required, method.name


async def test_a_missing_required_parameter_is_refused_with_400(sandbox: Sandbox) -> None:
    for method in METHODS.values():
        for name in method.required:
            params = {other: 1 for other in method.required if other != name}
            status, body = await call(sandbox, method.name, **params)
            assert (status, body["ok"], body["error_code"]) == (400, False, 400), method.name
            assert body["description"].startswith("Bad Request: ")


async def test_an_unknown_method_is_404_not_found(sandbox: Sandbox) -> None:
    status, body = await call(sandbox, "sendTelepathy", chat_id=1)
    assert (status, body) == (404, {"ok": False, "error_code": 404, "description": "Not Found"})


async def test_a_malformed_token_is_401_unauthorized(sandbox: Sandbox) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{sandbox.api_url}not-a-token/getMe") as response:
            body = await response.json()
    assert (response.status, body["description"]) == (401, "Unauthorized")


async def test_parameters_are_read_from_json_form_multipart_and_query(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    url = f"{sandbox.api_url}{TOKEN}/sendMessage"
    form = aiohttp.FormData({"chat_id": str(ann.id), "text": "multipart"})
    form._is_multipart = True
    async with aiohttp.ClientSession() as session:
        for kwargs in (
            {"json": {"chat_id": ann.id, "text": "json"}},
            {"data": {"chat_id": str(ann.id), "text": "form"}},
            {"data": form},
            {"params": {"chat_id": str(ann.id), "text": "query"}},
        ):
            async with session.post(url, **kwargs) as response:
                assert response.status == 200, await response.text()
    assert [m["text"] for m in await ann.messages()] == ["json", "form", "multipart", "query"]


async def test_get_me_and_updates_conform_and_round_trip(
    sandbox: Sandbox, client: SandboxClient, bot: telegram.Bot
) -> None:
    assert_returns("getMe", (await call(sandbox, "getMe"))[1]["result"])
    ann = await client.user("Ann", last_name="Lee", username="ann_l", language_code="fr")
    first = await ann.send("/start ABC123")
    await ann.edit(first, "/start XYZ")
    card = await ok(
        sandbox,
        "sendMessage",
        chat_id=ann.id,
        text="Card",
        reply_markup={"inline_keyboard": [[{"text": "Submit", "callback_data": "submit:1"}]]},
    )
    await ann.tap("Submit", message=card)
    await ann.send_photo()
    await ann.send_document("notes.txt", b"written notes")
    updates = await ok(sandbox, "getUpdates", timeout=0)
    kinds = [next(k for k in u if k != "update_id") for u in updates]
    assert kinds == ["message", "edited_message", "callback_query", "message", "message"]
    assert [u["update_id"] for u in updates] == sorted({u["update_id"] for u in updates})
    parsed = [telegram.Update.de_json(u, bot) for u in updates]
    assert parsed[0].message.text == "/start ABC123"
    assert parsed[0].message.entities[0].type == "bot_command"
    assert parsed[1].edited_message.text == "/start XYZ"
    assert parsed[2].callback_query.data == "submit:1"
    assert parsed[2].callback_query.message.message_id == card["message_id"]
    assert parsed[3].message.photo and parsed[4].message.document.file_name == "notes.txt"


async def test_get_updates_offset_confirms_and_limit_caps(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    for text in ("one", "two", "three"):
        await ann.send(text)
    first = await ok(sandbox, "getUpdates", limit=2)
    assert [u["message"]["text"] for u in first] == ["one", "two"]
    rest = await ok(sandbox, "getUpdates", offset=first[-1]["update_id"] + 1)
    assert [u["message"]["text"] for u in rest] == ["three"]
    assert await ok(sandbox, "getUpdates", offset=rest[-1]["update_id"] + 1) == []


async def test_send_message_conforms_with_html_keyboard_and_reply(
    sandbox: Sandbox, client: SandboxClient, bot: telegram.Bot
) -> None:
    ann = await client.user("Ann")
    asked = await ann.send("a question")
    result = await ok(
        sandbox,
        "sendMessage",
        chat_id=ann.id,
        text="<b>Urgent</b> &amp; <i>routed</i> to <a href='https://example.org'>SIO</a>",
        parse_mode="HTML",
        reply_parameters={"message_id": asked["message_id"]},
        link_preview_options={"is_disabled": True},
        disable_notification=True,
        reply_markup={"inline_keyboard": [[{"text": "Acknowledge", "callback_data": "ack"}]]},
    )
    message = telegram.Message.de_json(result, bot)
    assert message.text == "Urgent & routed to SIO"
    assert [e.type for e in message.entities] == ["bold", "italic", "text_link"]
    assert message.reply_to_message.text == "a question"
    assert message.reply_markup.inline_keyboard[0][0].callback_data == "ack"
    keyboard = {"keyboard": [["Yes", "No"]], "resize_keyboard": True}
    plain = await ok(sandbox, "sendMessage", chat_id=ann.id, text="Pick", reply_markup=keyboard)
    assert "reply_markup" not in plain
    removed = {"remove_keyboard": True}
    await ok(sandbox, "sendMessage", chat_id=ann.id, text="Done", reply_markup=removed)


async def test_markdown_v2_is_parsed_and_unescaped_reserved_characters_refused(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    sent = await ok(
        sandbox,
        "sendMessage",
        chat_id=ann.id,
        text="*Unit 4B* at 14:30\\.",
        parse_mode="MarkdownV2",
    )
    assert sent["text"] == "Unit 4B at 14:30."
    status, body = await call(
        sandbox, "sendMessage", chat_id=ann.id, text="Unit 4B.", parse_mode="MarkdownV2"
    )
    assert status == 400
    assert body["description"].startswith("Bad Request: can't parse entities: Character '.'")


async def test_edits_conform_and_drop_the_keyboard_unless_resent(
    sandbox: Sandbox, client: SandboxClient, bot: telegram.Bot
) -> None:
    ann = await client.user("Ann")
    keyboard = {"inline_keyboard": [[{"text": "Submit", "callback_data": "s"}]]}
    sent = await ok(sandbox, "sendMessage", chat_id=ann.id, text="Draft", reply_markup=keyboard)
    ids = {"chat_id": ann.id, "message_id": sent["message_id"]}
    kept = await ok(sandbox, "editMessageText", **ids, text="Draft v2", reply_markup=keyboard)
    assert telegram.Message.de_json(kept, bot).edit_date is not None
    gone = await ok(sandbox, "editMessageText", **ids, text="Submitted")
    assert "reply_markup" not in gone
    back = await ok(sandbox, "editMessageReplyMarkup", **ids, reply_markup=keyboard)
    assert back["reply_markup"] == keyboard
    status, body = await call(sandbox, "editMessageReplyMarkup", **ids, reply_markup=keyboard)
    assert status == 400 and body["description"].startswith("Bad Request: message is not modified")
    status, body = await call(sandbox, "editMessageText", chat_id=ann.id, message_id=999, text="x")
    assert body["description"] == "Bad Request: message to edit not found"
    assert (await ann.message(sent["message_id"]))["text"] == "Submitted"


async def test_delete_message_within_48_hours_only(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    first = await ok(sandbox, "sendMessage", chat_id=ann.id, text="temporary")
    second = await ok(sandbox, "sendMessage", chat_id=ann.id, text="kept for two days")
    assert await ok(sandbox, "deleteMessage", chat_id=ann.id, message_id=first["message_id"])
    status, body = await call(
        sandbox, "deleteMessage", chat_id=ann.id, message_id=first["message_id"]
    )
    assert (status, body["description"]) == (400, "Bad Request: message to delete not found")
    await client.advance_clock(49 * 3600)
    status, body = await call(
        sandbox, "deleteMessage", chat_id=ann.id, message_id=second["message_id"]
    )
    assert status == 400 and "can't be deleted" in body["description"]
    assert [m["text"] for m in await ann.messages()] == ["kept for two days"]


async def test_documents_and_photos_upload_resend_and_download(
    client: SandboxClient, bot: telegram.Bot
) -> None:
    ann = await client.user("Ann")
    pdf = b"%PDF-1.4 statement observation report"
    sent = await bot.send_document(
        ann.id, pdf, filename="0875.pdf", caption="<b>Draft</b>", parse_mode="HTML"
    )
    assert_returns("sendDocument", sent.to_dict())
    assert (sent.document.file_name, sent.document.mime_type) == ("0875.pdf", "application/pdf")
    assert sent.caption == "Draft" and sent.caption_entities[0].type == "bold"
    again = await bot.send_document(ann.id, sent.document.file_id)
    assert again.document.file_id == sent.document.file_id
    file = await bot.get_file(sent.document.file_id)
    assert_returns("getFile", file.to_dict() | {"file_path": "documents/x"})
    assert bytes(await file.download_as_bytearray()) == pdf
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000200000001008060000")
    photo = await bot.send_photo(ann.id, png + b"\0" * 32)
    assert (photo.photo[-1].width, photo.photo[-1].height) == (32, 16)
    messages = await ann.messages()
    assert await ann.download(messages[0]) == pdf
    assert (await ann.download(messages[-1])).startswith(png)


async def test_caption_over_1024_characters_is_refused(
    sandbox: Sandbox, client: SandboxClient, bot: telegram.Bot
) -> None:
    ann = await client.user("Ann")
    with pytest.raises(telegram.error.BadRequest, match="caption is too long"):
        await bot.send_document(ann.id, b"x", filename="a.txt", caption="c" * 1025)


async def test_commands_are_kept_per_scope_and_language(bot: telegram.Bot) -> None:
    everyone = [telegram.BotCommand("help", "Help")]
    french = [telegram.BotCommand("aide", "Aide")]
    private = telegram.BotCommandScopeAllPrivateChats()
    assert await bot.set_my_commands(everyone)
    assert await bot.set_my_commands(french, scope=private, language_code="fr")
    assert await bot.get_my_commands() == tuple(everyone)
    assert await bot.get_my_commands(scope=private, language_code="fr") == tuple(french)
    assert await bot.get_my_commands(scope=private) == ()
    with pytest.raises(telegram.error.BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([telegram.BotCommand("Bad Command", "x")])
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()


async def test_a_persona_sees_the_first_command_list_of_telegrams_order(
    bot: telegram.Bot, client: SandboxClient
) -> None:
    ann, marie = await client.user("Ann"), await client.user("Marie", language_code="fr-CA")
    await bot.set_my_commands([telegram.BotCommand("start", "Start")])
    await bot.set_my_commands([telegram.BotCommand("start", "Démarrer")], language_code="fr")
    assert await ann.menu() == ["start"]
    assert (await marie.bot_profile())["commands"] == [
        {"command": "start", "description": "Démarrer"}
    ]
    mine = [telegram.BotCommand("observe", "Observe"), telegram.BotCommand("help", "Help")]
    await bot.set_my_commands(mine, scope=telegram.BotCommandScopeChat(ann.id))
    assert await ann.menu() == ["observe", "help"]
    assert await marie.menu() == ["start"]
    assert await bot.delete_my_commands(scope=telegram.BotCommandScopeChat(ann.id))
    assert await ann.menu() == ["start"]


async def test_descriptions_are_kept_per_language(
    sandbox: Sandbox, bot: telegram.Bot, client: SandboxClient
) -> None:
    ann, marie = await client.user("Ann"), await client.user("Marie", language_code="fr")
    assert await bot.set_my_description("Records observations.")
    assert await bot.set_my_description("Consigne les observations.", language_code="fr")
    assert await bot.set_my_short_description("Observation reports")
    assert (await bot.get_my_description(language_code="fr")).description == (
        "Consigne les observations."
    )
    assert (await bot.get_my_short_description()).short_description == "Observation reports"
    assert (await ann.bot_profile())["description"] == "Records observations."
    assert (await marie.bot_profile())["description"] == "Consigne les observations."
    assert (await marie.bot_profile())["short_description"] == "Observation reports"
    assert await ok(sandbox, "getMyShortDescription", language_code="fr") == {
        "short_description": ""
    }
    with pytest.raises(telegram.error.BadRequest, match=r"(?i)short_description_invalid"):
        await bot.set_my_short_description("x" * 121)


async def test_chat_methods_conform(sandbox: Sandbox, client: SandboxClient) -> None:
    ann, ben = await client.user("Ann"), await client.user("Ben")
    team = await client.group("Unit 4 managers", [ann, ben])
    for chat_id in (ann.id, team.id):
        await ok(sandbox, "getChat", chat_id=chat_id)
        await ok(sandbox, "getChatMemberCount", chat_id=chat_id)
        await ok(sandbox, "sendChatAction", chat_id=chat_id, action="typing")
    owner = await ok(sandbox, "getChatMember", chat_id=team.id, user_id=ann.id)
    member = await ok(sandbox, "getChatMember", chat_id=team.id, user_id=ben.id)
    assert (owner["status"], member["status"]) == ("creator", "member")
    admins = await ok(sandbox, "getChatAdministrators", chat_id=team.id)
    assert [a["user"]["id"] for a in admins] == [ann.id]
    assert await ok(sandbox, "leaveChat", chat_id=team.id) is True
    status, body = await call(sandbox, "sendMessage", chat_id=team.id, text="still here?")
    assert (status, body["description"]) == (
        403,
        "Forbidden: bot is not a member of the group chat",
    )
    status, body = await call(sandbox, "getChat", chat_id=987654321)
    assert (status, body["description"]) == (400, "Bad Request: chat not found")


async def test_webhook_methods_conform(sandbox: Sandbox) -> None:
    info = await ok(sandbox, "getWebhookInfo")
    assert info["url"] == ""
    assert await ok(sandbox, "setWebhook", url="http://127.0.0.1:9/hook", secret_token="s3cret")
    assert (await ok(sandbox, "getWebhookInfo"))["url"] == "http://127.0.0.1:9/hook"
    assert await ok(sandbox, "deleteWebhook", drop_pending_updates=True)
    assert await ok(sandbox, "close") and await ok(sandbox, "logOut")


async def test_answer_callback_query_once_per_query(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    keyboard = {"inline_keyboard": [[{"text": "Cancel", "callback_data": "cancel"}]]}
    await ok(sandbox, "sendMessage", chat_id=ann.id, text="Entry", reply_markup=keyboard)
    query = await ann.tap("Cancel")
    assert await ok(sandbox, "answerCallbackQuery", callback_query_id=query["id"], text="Done")
    status, body = await call(sandbox, "answerCallbackQuery", callback_query_id=query["id"])
    assert status == 400 and "query is too old" in body["description"]
    assert [a["text"] for a in await ann.callback_answers()] == ["Done"]


async def test_membership_updates_conform(
    sandbox: Sandbox, client: SandboxClient, bot: telegram.Bot
) -> None:
    ann, ben = await client.user("Ann"), await client.user("Ben")
    team = await client.group("Unit 4 managers", [ann], with_bot=False)
    status, body = await call(sandbox, "sendMessage", chat_id=team.id, text="before")
    assert (status, body["description"]) == (
        403,
        "Forbidden: bot is not a member of the group chat",
    )
    await team.add_bot(ann, admin=True)
    await team.join(ben)
    await team.leave(ben)
    me = await ok(sandbox, "getChatMember", chat_id=team.id, user_id=bot.id)
    assert me["status"] == "administrator"
    admins = await ok(sandbox, "getChatAdministrators", chat_id=team.id)
    assert [a["user"]["id"] for a in admins] == [ann.id, bot.id]
    assert await ok(sandbox, "leaveChat", chat_id=team.id) is True

    every_kind = ["message", "my_chat_member", "chat_member"]
    updates = await ok(sandbox, "getUpdates", allowed_updates=every_kind)
    kinds = [next(k for k in u if k != "update_id") for u in updates]
    assert kinds == [
        "my_chat_member",
        "message",
        "chat_member",
        "message",
        "chat_member",
        "message",
        "my_chat_member",
    ]
    added, joined_bot, joined, _, left, gone, leaving = (
        telegram.Update.de_json(u, bot) for u in updates
    )
    assert added.my_chat_member.from_user.id == ann.id
    assert (
        added.my_chat_member.old_chat_member.status,
        added.my_chat_member.new_chat_member.status,
    ) == ("left", "administrator")
    assert joined_bot.message.new_chat_members[0].id == bot.id
    assert joined.chat_member.new_chat_member.user.id == ben.id
    assert left.chat_member.new_chat_member.status == "left"
    assert gone.message.left_chat_member.id == ben.id
    assert leaving.my_chat_member.new_chat_member.status == "left"


async def test_chat_member_updates_are_only_sent_when_asked_for(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann, ben = await client.user("Ann"), await client.user("Ben")
    team = await client.group("Unit 4 managers", [ann], with_bot=False)
    await team.add_bot(ann, admin=True)
    await team.join(ben, service_message=False)
    updates = await ok(sandbox, "getUpdates")
    assert [next(k for k in u if k != "update_id") for u in updates] == [
        "my_chat_member",
        "message",
    ]
