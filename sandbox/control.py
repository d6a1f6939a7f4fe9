"""The control API (not Telegram's): personas, groups, user actions, chat reading, switches."""

from __future__ import annotations

import asyncio
import base64
import re
import time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiohttp import web

from sandbox.chats import description_of, menu_of
from sandbox.context import CONTEXT, SandboxContext
from sandbox.entities import utf16_len
from sandbox.limits import Faults
from sandbox.members import add_bot, user_joins, user_leaves
from sandbox.messages import (
    find_message,
    is_from_bot,
    resolve_chat,
    user_edits,
    user_media,
    user_sends,
)
from sandbox.params import ApiError, as_bool, as_int, as_str, bad_request, read_params
from sandbox.state import BotState, CallbackRecord, Chat, User

MAX_WAIT_S = 30.0
MAX_USER_TEXT = 4096
# A deep link to a bot with a start parameter (Bot API, "Deep linking").
DEEP_LINK = re.compile(r"https://t\.me/(\w{5,32})\?start=([A-Za-z0-9_-]{1,64})")
routes = web.RouteTableDef()


def _context(request: web.Request) -> SandboxContext:
    return request.app[CONTEXT]


async def _params(request: web.Request) -> dict[str, Any]:
    return await read_params(request)


def _bot(ctx: SandboxContext, params: dict[str, Any]) -> BotState:
    return ctx.world.bot_for_control(as_int(params, "bot_id"))


def _user(ctx: SandboxContext, params: dict[str, Any]) -> User:
    user = ctx.world.users.get(as_int(params, "user_id") or 0)
    if user is None:
        raise ApiError(404, "Not Found: no such persona")
    return user


def _chat(ctx: SandboxContext, params: dict[str, Any], user: User | None = None) -> Chat:
    chat_ref = params.get("chat_id")
    if chat_ref in (None, "") and user is not None:
        chat_ref = user.id
    return resolve_chat(ctx.world, chat_ref)


def _persona(ctx: SandboxContext, user: User) -> dict[str, Any]:
    return {**user.as_dict(), "chat_id": user.id, "note": ctx.world.notes.get(user.id)}


def _group(chat: Chat) -> dict[str, Any]:
    return {**chat.as_dict(), "members": chat.members}


@routes.get("/control/users")
async def list_users(request: web.Request) -> web.Response:
    """Every persona, for the web chat's picker."""
    ctx = _context(request)
    return web.json_response([_persona(ctx, u) for u in ctx.world.users.values()])


@routes.post("/control/users")
async def create_user(request: web.Request) -> web.Response:
    """Create a persona (a Telegram user with a private chat with the bot)."""
    params = await _params(request)
    first_name = as_str(params, "first_name")
    if not first_name:
        raise bad_request("first_name is required")
    ctx = _context(request)
    user = ctx.world.add_user(
        first_name,
        language_code=as_str(params, "language_code") or "en",
        user_id=as_int(params, "user_id"),
        last_name=as_str(params, "last_name"),
        username=as_str(params, "username"),
    )
    note = as_str(params, "note")
    if note:
        ctx.world.notes[user.id] = note
    return web.json_response(_persona(ctx, user))


@routes.get("/control/users/{user_id}/bot")
async def bot_as_seen(request: web.Request) -> web.Response:
    """What a persona sees of the bot before typing: the menu of commands, the description of
    an empty chat and the short description, in the persona's language."""
    params = await _params(request)
    ctx = _context(request)
    user = _user(ctx, {"user_id": request.match_info["user_id"]})
    bot = _bot(ctx, params)
    return web.json_response(
        {
            "commands": menu_of(bot, user),
            "description": description_of(bot, "description", user),
            "short_description": description_of(bot, "short_description", user),
        }
    )


@routes.get("/control/groups")
async def list_groups(request: web.Request) -> web.Response:
    """Every group chat."""
    chats = _context(request).world.chats.values()
    return web.json_response([_group(c) for c in chats if c.type != "private"])


@routes.post("/control/groups")
async def create_group(request: web.Request) -> web.Response:
    """Create a group (or a public supergroup) with these personas and the bot."""
    params = await _params(request)
    ctx = _context(request)
    members = [int(m) for m in params.get("member_ids") or []]
    if any(m not in ctx.world.users for m in members):
        raise bad_request("unknown member")
    title = as_str(params, "title") or "Group"
    chat = ctx.world.add_group(title, members, public=as_bool(params, "public"))
    if "with_bot" in params and not as_bool(params, "with_bot"):
        _bot(ctx, params).left.add(chat.id)  # someone must add the bot (add_bot) first
    return web.json_response(_group(chat))


@routes.post("/control/groups/{chat_id}/bot")
async def add_bot_to_group(request: web.Request) -> web.Response:
    """A member adds the bot to a group (``admin``: as an administrator): my_chat_member."""
    params = await _params(request)
    ctx = _context(request)
    chat = resolve_chat(ctx.world, request.match_info["chat_id"])
    add_bot(ctx.world, _bot(ctx, params), chat, _user(ctx, params), admin=as_bool(params, "admin"))
    return web.json_response(_group(chat))


@routes.post("/control/groups/{chat_id}/members")
async def join_group(request: web.Request) -> web.Response:
    """A persona joins a group: a service message (and chat_member if the bot is an admin)."""
    params = await _params(request)
    ctx = _context(request)
    chat = resolve_chat(ctx.world, request.match_info["chat_id"])
    service_message = as_bool(params, "service_message") if "service_message" in params else True
    user_joins(
        ctx.world, _bot(ctx, params), chat, _user(ctx, params), service_message=service_message
    )
    return web.json_response(_group(chat))


@routes.delete("/control/groups/{chat_id}/members/{user_id}")
async def leave_group(request: web.Request) -> web.Response:
    """A persona leaves a group: a service message (and chat_member if the bot is an admin)."""
    params = await _params(request)
    ctx = _context(request)
    chat = resolve_chat(ctx.world, request.match_info["chat_id"])
    user = _user(ctx, {"user_id": request.match_info["user_id"]})
    user_leaves(ctx.world, _bot(ctx, params), chat, user)
    return web.json_response(_group(chat))


@routes.post("/control/messages")
async def send_as_user(request: web.Request) -> web.Response:
    """A persona writes text (or sends media) in its private chat or a group: a message update."""
    params = await _params(request)
    ctx = _context(request)
    user = _user(ctx, params)
    chat = _chat(ctx, params, user)
    kind = as_str(params, "kind")
    if kind:
        data = base64.b64decode(as_str(params, "data_b64") or "") or None
        content = user_media(ctx.world, kind, data, as_str(params, "file_name"))
    else:
        text = as_str(params, "text") or ""
        if not text:
            raise bad_request("message text is empty")
        # Telegram apps split longer text, so a bot never receives more than 4096 characters.
        if utf16_len(text) > MAX_USER_TEXT:
            raise bad_request("message is too long")
        content = {"text": text}
    return web.json_response(user_sends(ctx.world, _bot(ctx, params), user, chat, content))


@routes.post("/control/links")
async def open_link(request: web.Request) -> web.Response:
    """A persona opens a deep link to the bot (an invitation): the app opens the private chat
    and, on Start, sends ``/start <parameter>``; that message is the answer."""
    params = await _params(request)
    ctx = _context(request)
    user, bot = _user(ctx, params), _bot(ctx, params)
    link = DEEP_LINK.fullmatch(as_str(params, "url") or "")
    if link is None or link[1] != bot.user().username:
        raise bad_request("not a link to this bot with a start parameter")
    chat = ctx.world.chats[user.id]
    return web.json_response(user_sends(ctx.world, bot, user, chat, {"text": f"/start {link[2]}"}))


@routes.post("/control/edits")
async def edit_as_user(request: web.Request) -> web.Response:
    """A persona edits one of its text messages: an edited_message update."""
    params = await _params(request)
    ctx = _context(request)
    user = _user(ctx, params)
    chat = _chat(ctx, params, user)
    message_id = as_int(params, "message_id") or 0
    edited = user_edits(
        ctx.world, _bot(ctx, params), user, chat.id, message_id, as_str(params, "text") or ""
    )
    return web.json_response(edited)


@routes.post("/control/taps")
async def tap(request: web.Request) -> web.Response:
    """A persona taps an inline button: a callback_query update carrying the bot's message."""
    params = await _params(request)
    ctx = _context(request)
    user, bot = _user(ctx, params), _bot(ctx, params)
    chat = _chat(ctx, params, user)
    message_id = as_int(params, "message_id") or 0
    message = find_message(bot, chat.id, message_id)
    if message is None or not is_from_bot(bot, chat.id, message_id):
        raise ApiError(404, "Not Found: no such bot message in this chat")
    if chat.type != "private" and user.id not in chat.members:
        raise bad_request("user is not a member of the chat")
    query_id = f"{ctx.world.serial()}{user.id % 10_000:04d}"
    query = {
        "id": query_id,
        "from": user.as_dict(),
        "message": dict(message),
        "chat_instance": ctx.world.chat_instance(chat.id),
        "data": as_str(params, "data") or "",
    }
    bot.callbacks[query_id] = CallbackRecord(query_id, user.id, ctx.world.now())
    bot.push("callback_query", query)
    return web.json_response(query)


@routes.get("/control/chats/{chat_id}/messages")
async def bot_messages(request: web.Request) -> web.Response:
    """The bot's messages in a chat after ``after``; waits up to ``wait`` s for one to arrive."""
    params = await _params(request)
    ctx = _context(request)
    bot = _bot(ctx, params)
    chat = resolve_chat(ctx.world, request.match_info["chat_id"])
    after = as_int(params, "after", 0) or 0
    wait = min(MAX_WAIT_S, float(params.get("wait") or 0))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    log = bot.log(chat.id)
    found = log.bot_messages(after)
    while not found and loop.time() < deadline and not ctx.world.closing:
        await log.changes.wait(deadline - loop.time())
        found = log.bot_messages(after)
    limit = as_int(params, "limit")
    return web.json_response(found[:limit] if limit else found)


@routes.get("/control/chats/{chat_id}/messages/{message_id}")
async def one_message(request: web.Request) -> web.Response:
    """One message of a chat, as it is now."""
    params = await _params(request)
    ctx = _context(request)
    chat = resolve_chat(ctx.world, request.match_info["chat_id"])
    message = find_message(_bot(ctx, params), chat.id, int(request.match_info["message_id"]))
    if message is None:
        raise ApiError(404, "Not Found: no such message (deleted?)")
    return web.json_response(message)


@routes.get("/control/chats/{chat_id}/history")
async def history(request: web.Request) -> web.Response:
    """Everything in a chat (both sides) and its reply keyboard; waits while unchanged."""
    params = await _params(request)
    ctx = _context(request)
    bot = _bot(ctx, params)
    log = bot.log(resolve_chat(ctx.world, request.match_info["chat_id"]).id)
    since = as_int(params, "since", -1)
    wait = min(MAX_WAIT_S, float(params.get("wait") or 0))
    if log.version == since and wait > 0 and not ctx.world.closing:
        await log.changes.wait(wait)
    return web.json_response(
        {
            "version": log.version,
            "messages": list(log.messages.values()),
            "from_bot": sorted(log.from_bot),
            "keyboard": log.keyboard,
        }
    )


@routes.get("/control/files/{file_id}")
async def file_content(request: web.Request) -> web.Response:
    """The bytes of a file, for tests and the web chat's links and images."""
    stored = _context(request).world.files.get(request.match_info["file_id"])
    if stored is None:
        raise ApiError(404, "Not Found: no such file")
    headers = {}
    if stored.file_name:
        headers["Content-Disposition"] = f'inline; filename="{stored.file_name}"'
    return web.Response(body=stored.data, content_type=stored.mime_type, headers=headers)


@routes.get("/control/time_zone")
async def time_zone(request: web.Request) -> web.Response:
    """The zone the web chat shows times in (null: the browser's)."""
    return web.json_response({"time_zone": _context(request).world.time_zone})


@routes.post("/control/time_zone")
async def set_time_zone(request: web.Request) -> web.Response:
    """Show the web chat's times in this IANA zone (the demo site's), whatever the browser's."""
    params = await _params(request)
    zone = as_str(params, "time_zone") or None
    if zone is not None:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise bad_request(f"unknown time zone: {zone}") from error
    _context(request).world.time_zone = zone
    return web.json_response({"time_zone": zone})


@routes.post("/control/faults")
async def set_faults(request: web.Request) -> web.Response:
    """Arm the fault switches (replacing the previous ones)."""
    params = await _params(request)
    methods, chat_ids = params.get("methods"), params.get("chat_ids")
    for_s = float(params.get("for_s") or 0)
    ctx = _context(request)
    ctx.faults = Faults(
        fail_next=as_int(params, "fail_next", 0) or 0,
        status=as_int(params, "status", 500) or 500,
        retry_after=as_int(params, "retry_after", 1) or 1,
        latency_ms=as_int(params, "latency_ms", 0) or 0,
        drop_next=as_int(params, "drop_next", 0) or 0,
        methods=frozenset(m.lower() for m in methods) if methods else None,
        chat_ids=frozenset(int(c) for c in chat_ids) if chat_ids else None,
        contains=params.get("contains") or None,
        failing_until=time.monotonic() + for_s if for_s > 0 else 0.0,
    )
    return web.json_response({"ok": True})


@routes.post("/control/limits")
async def set_limits(request: web.Request) -> web.Response:
    """Switch Telegram's flood limits on or off."""
    params = await _params(request)
    _context(request).limits.enabled = as_bool(params, "enabled")
    return web.json_response({"enabled": _context(request).limits.enabled})


@routes.get("/control/calls")
async def calls(request: web.Request) -> web.Response:
    """The log of Bot API calls, optionally of one method."""
    method = (request.query.get("method") or "").lower()
    log = _context(request).calls
    return web.json_response([c for c in log if not method or c["method"].lower() == method])


@routes.post("/control/block")
async def block(request: web.Request) -> web.Response:
    """A persona blocks (or unblocks) the bot: sends to it get 403, a my_chat_member update."""
    params = await _params(request)
    ctx = _context(request)
    user, bot = _user(ctx, params), _bot(ctx, params)
    blocked = as_bool(params, "blocked") if "blocked" in params else True
    statuses = ({"status": "member"}, {"status": "kicked", "until_date": 0})
    old, new = statuses if blocked else statuses[::-1]
    (bot.blocked.add if blocked else bot.blocked.discard)(user.id)
    me = bot.user().as_dict()
    update = {
        "chat": ctx.world.chats[user.id].as_dict(),
        "from": user.as_dict(),
        "date": ctx.world.date(),
        "old_chat_member": {**old, "user": me},
        "new_chat_member": {**new, "user": me},
    }
    bot.push("my_chat_member", update)
    return web.json_response({"blocked": blocked})


@routes.post("/control/kick")
async def kick(request: web.Request) -> web.Response:
    """The bot is removed from a group: later sends there get 403."""
    params = await _params(request)
    ctx = _context(request)
    chat = _chat(ctx, params)
    _bot(ctx, params).kicked.add(chat.id)
    return web.json_response({"kicked": chat.id})


@routes.get("/control/callback_answers")
async def callback_answers(request: web.Request) -> web.Response:
    """What the bot answered to a persona's taps (answerCallbackQuery), in tap order."""
    params = await _params(request)
    ctx = _context(request)
    user_id = as_int(params, "user_id")
    records = _bot(ctx, params).callbacks.values()
    return web.json_response([r.answer for r in records if r.user_id == user_id and r.answer])


@routes.post("/control/clock")
async def advance_clock(request: web.Request) -> web.Response:
    """Move sandbox time forward (for the 48-hour delete window and stale callback queries)."""
    params = await _params(request)
    ctx = _context(request)
    ctx.world.clock_offset += float(params.get("advance_s") or 0)
    return web.json_response({"now": ctx.world.now()})


@routes.post("/control/updates")
async def raw_update(request: web.Request) -> web.Response:
    """Queue an update of any kind and shape, unchecked (a channel post, a poll, an edit of a
    message that never existed...): for tests of what the bot survives, never for the chat page."""
    params = await _params(request)
    ctx = _context(request)
    kind, payload = as_str(params, "kind"), params.get("payload")
    if not kind or kind == "update_id" or not isinstance(payload, dict):
        raise bad_request("kind and an object payload are required")
    return web.json_response(_bot(ctx, params).push(kind, payload))
