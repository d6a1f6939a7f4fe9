"""Bot API methods about chats, commands and files: read-mostly, in Telegram's shapes."""

from __future__ import annotations

import json
import re
from typing import Any

from sandbox.context import Call, target_chat
from sandbox.members import bot_leaves, bot_member
from sandbox.params import as_int, as_json, as_str, bad_request
from sandbox.state import BotState, Chat, User

COMMAND = re.compile(r"[a-z0-9_]{1,32}")
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
SCOPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
NO_GIFTS = {
    "unlimited_gifts": False,
    "limited_gifts": False,
    "unique_gifts": False,
    "premium_subscription": False,
    "gifts_from_channels": False,
}


DESCRIPTION_LIMITS = {"description": 512, "short_description": 120}


def _scope_name(scope: dict[str, Any]) -> str:
    return json.dumps(scope, sort_keys=True)


def _language(call: Call) -> str:
    language = as_str(call.params, "language_code") or ""
    if language and not re.fullmatch(r"[a-z]{2}", language):
        raise bad_request("invalid language code specified")
    return language


def _scope_key(call: Call) -> tuple[str, str]:
    scope = as_json(call.params, "scope") or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in SCOPES:
        raise bad_request("can't parse BotCommandScope JSON object")
    if scope["type"].startswith("chat") and "chat_id" not in scope:
        raise bad_request("chat_id is empty")
    return _scope_name(scope), _language(call)


def menu_of(bot: BotState, user: User) -> list[dict[str, Any]]:
    """The commands a user sees in the bot's menu in their private chat: the first list set of
    Telegram's order (Bot API, "Determining list of commands"): this chat in the user's
    language, this chat, all private chats in the language, all private chats, the default
    scope in the language, the default scope."""
    language = (user.language_code or "").split("-")[0].lower()
    scopes = (
        {"type": "chat", "chat_id": user.id},
        {"type": "all_private_chats"},
        {"type": "default"},
    )
    for scope in scopes:
        for key in ((_scope_name(scope), language), (_scope_name(scope), "")):
            if key in bot.commands:
                return bot.commands[key]
    return []


def description_of(bot: BotState, kind: str, user: User) -> str:
    """The description (or short description) a user sees: the one for their language, else
    the one for all languages."""
    language = (user.language_code or "").split("-")[0].lower()
    return bot.descriptions.get((kind, language)) or bot.descriptions.get((kind, ""), "")


async def set_my_commands(call: Call) -> bool:
    """setMyCommands: per scope and language, each command checked like Telegram."""
    commands = as_json(call.params, "commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("can't parse commands JSON object")
    for command in commands:
        if not isinstance(command, dict) or not COMMAND.fullmatch(str(command.get("command"))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description") or "")) <= 256:
            raise bad_request("command description is empty")
    clean = [{"command": c["command"], "description": c["description"]} for c in commands]
    call.bot.commands[_scope_key(call)] = clean
    return True


async def get_my_commands(call: Call) -> list[dict[str, Any]]:
    """getMyCommands: the list set for exactly this scope and language."""
    return call.bot.commands.get(_scope_key(call), [])


async def delete_my_commands(call: Call) -> bool:
    """deleteMyCommands: forget the list for this scope and language."""
    call.bot.commands.pop(_scope_key(call), None)
    return True


def _set_description(call: Call, kind: str) -> bool:
    text = as_str(call.params, kind) or ""
    if len(text) > DESCRIPTION_LIMITS[kind]:
        raise bad_request(f"{kind.upper()}_INVALID")
    key = (kind, _language(call))
    if text:
        call.bot.descriptions[key] = text
    else:
        call.bot.descriptions.pop(key, None)
    return True


async def set_my_description(call: Call) -> bool:
    """setMyDescription: the text of an empty chat ("What can this bot do?"), per language."""
    return _set_description(call, "description")


async def get_my_description(call: Call) -> dict[str, Any]:
    """getMyDescription: the description set for exactly this language."""
    return {"description": call.bot.descriptions.get(("description", _language(call)), "")}


async def set_my_short_description(call: Call) -> bool:
    """setMyShortDescription: the bot's profile line and share text, per language."""
    return _set_description(call, "short_description")


async def get_my_short_description(call: Call) -> dict[str, Any]:
    """getMyShortDescription: the short description set for exactly this language."""
    key = ("short_description", _language(call))
    return {"short_description": call.bot.descriptions.get(key, "")}


async def get_file(call: Call) -> dict[str, Any]:
    """getFile: the File with its download path."""
    stored = call.world.files.get(as_str(call.params, "file_id") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    return stored.as_file()


async def send_chat_action(call: Call) -> bool:
    """sendChatAction: "typing" and friends; nothing to show but the call log."""
    target_chat(call)
    if as_str(call.params, "action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


async def leave_chat(call: Call) -> bool:
    """leaveChat: the bot leaves a group (a ``my_chat_member`` update); later sends get 403."""
    chat = target_chat(call)
    if chat.type == "private":
        raise bad_request("chat member status can't be changed in private chats")
    bot_leaves(call.world, call.bot, chat)
    return True


async def get_chat(call: Call) -> dict[str, Any]:
    """getChat: the ChatFullInfo of a chat the bot can see."""
    chat = target_chat(call)
    return {**chat.as_dict(), "accent_color_id": 0, "max_reaction_count": 11} | {
        "accepted_gift_types": NO_GIFTS
    }


def _member(call: Call, chat: Chat, user_id: int) -> dict[str, Any]:
    if user_id == call.bot.id:
        return bot_member(call.bot, chat)
    user = call.world.users.get(user_id)
    if user is None:
        raise bad_request("user not found")
    if user_id not in chat.members:
        return {"status": "left", "user": user.as_dict()}
    if chat.type != "private" and chat.members[0] == user_id:
        return {"status": "creator", "user": user.as_dict(), "is_anonymous": False}
    return {"status": "member", "user": user.as_dict()}


async def get_chat_member(call: Call) -> dict[str, Any]:
    """getChatMember: creator, member or left."""
    chat = target_chat(call)
    return _member(call, chat, as_int(call.params, "user_id") or 0)


async def get_chat_member_count(call: Call) -> int:
    """getChatMemberCount: personas plus the bot."""
    chat = target_chat(call)
    return len(chat.members) + 1


async def get_chat_administrators(call: Call) -> list[dict[str, Any]]:
    """getChatAdministrators: the group's creator, and the bot if it was made an admin."""
    chat = target_chat(call)
    if chat.type == "private":
        raise bad_request("there are no administrators in the private chat")
    admins = [_member(call, chat, chat.members[0])] if chat.members else []
    return admins + ([bot_member(call.bot, chat)] if chat.id in call.bot.admin_of else [])
