"""Group membership as Telegram reports it: the bot added or leaving (``my_chat_member``),
people joining or leaving (a service message, and ``chat_member`` when the bot is an admin)."""

from __future__ import annotations

from typing import Any

from sandbox.messages import store_message
from sandbox.params import bad_request
from sandbox.state import BotState, Chat, User, World

# ChatMemberAdministrator's required rights, as a bot promoted with the defaults has them.
ADMIN_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
}


def bot_member(bot: BotState, chat: Chat) -> dict[str, Any]:
    """The bot's ChatMember object in a group: administrator, member, or left."""
    me = bot.user().as_dict()
    if chat.id in bot.kicked:
        return {"status": "kicked", "user": me, "until_date": 0}
    if chat.id in bot.left:
        return {"status": "left", "user": me}
    if chat.id in bot.admin_of:
        return {"status": "administrator", "user": me, **ADMIN_RIGHTS}
    return {"status": "member", "user": me}


def _changed(
    world: World, chat: Chat, by: User, old: dict[str, Any], new: dict[str, Any]
) -> dict[str, Any]:
    """A ChatMemberUpdated object."""
    return {
        "chat": chat.as_dict(),
        "from": by.as_dict(),
        "date": world.date(),
        "old_chat_member": old,
        "new_chat_member": new,
    }


def _group(chat: Chat) -> None:
    if chat.type == "private":
        raise bad_request("chat member status can't be changed in private chats")


def add_bot(world: World, bot: BotState, chat: Chat, adder: User, *, admin: bool) -> None:
    """A member adds the bot to a group (as an administrator when ``admin``): the bot gets
    ``my_chat_member`` and the "joined" service message, like Telegram sends both."""
    _group(chat)
    if adder.id not in chat.members:
        raise bad_request("user is not a member of the chat")
    old = bot_member(bot, chat)
    bot.left.discard(chat.id)
    bot.kicked.discard(chat.id)
    (bot.admin_of.add if admin else bot.admin_of.discard)(chat.id)
    bot.push("my_chat_member", _changed(world, chat, adder, old, bot_member(bot, chat)))
    service = store_message(world, bot, chat, adder, {"new_chat_members": [bot.user().as_dict()]})
    bot.push("message", dict(service))


def bot_leaves(world: World, bot: BotState, chat: Chat) -> None:
    """leaveChat's side effect: the bot's own ``my_chat_member`` (member -> left)."""
    old = bot_member(bot, chat)
    bot.left.add(chat.id)
    bot.admin_of.discard(chat.id)
    bot.push("my_chat_member", _changed(world, chat, bot.user(), old, bot_member(bot, chat)))


def _status(chat: Chat, user: User) -> dict[str, Any]:
    status = "member" if user.id in chat.members else "left"
    return {"status": status, "user": user.as_dict()}


def user_joins(
    world: World, bot: BotState, chat: Chat, user: User, *, service_message: bool = True
) -> None:
    """A persona joins a group: the service message (none in big supergroups or where admins
    hid join messages), and ``chat_member`` if the bot is admin."""
    _group(chat)
    if user.id in chat.members:
        raise bad_request("user is already a member of the chat")
    old = _status(chat, user)
    chat.members.append(user.id)
    content = {"new_chat_members": [user.as_dict()]} if service_message else None
    _announce(world, bot, chat, user, old, content)


def user_leaves(world: World, bot: BotState, chat: Chat, user: User) -> None:
    """A persona leaves a group: the service message, and ``chat_member`` if the bot is admin."""
    _group(chat)
    if user.id not in chat.members:
        raise bad_request("user is not a member of the chat")
    old = _status(chat, user)
    chat.members.remove(user.id)
    _announce(world, bot, chat, user, old, {"left_chat_member": user.as_dict()})


def _announce(
    world: World,
    bot: BotState,
    chat: Chat,
    user: User,
    old: dict[str, Any],
    content: dict[str, Any] | None,
) -> None:
    if chat.id in bot.left or chat.id in bot.kicked:
        return  # the bot is not there to see it
    # Telegram sends chat_member only to administrators (and only if allowed_updates asks).
    if chat.id in bot.admin_of:
        bot.push("chat_member", _changed(world, chat, user, old, _status(chat, user)))
    if content is not None:
        service = store_message(world, bot, chat, user, content)
        bot.push("message", dict(service))
