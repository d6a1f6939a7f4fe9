"""The Bot API method table: each method, its handler, and what api.json says it requires."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sandbox import updates
from sandbox.chats import (
    delete_my_commands,
    get_chat,
    get_chat_administrators,
    get_chat_member,
    get_chat_member_count,
    get_file,
    get_my_commands,
    get_my_description,
    get_my_short_description,
    leave_chat,
    send_chat_action,
    set_my_commands,
    set_my_description,
    set_my_short_description,
)
from sandbox.context import Call
from sandbox.sending import (
    answer_callback_query,
    delete_message_call,
    edit_message_reply_markup,
    edit_message_text,
    send_document,
    send_message,
    send_photo,
)

Handler = Callable[[Call], Awaitable[Any]]


@dataclass(frozen=True)
class Method:
    """A Bot API method: its handler and the parameters api.json marks as required."""

    name: str
    handler: Handler
    required: tuple[str, ...] = ()


async def get_me(call: Call) -> dict[str, Any]:
    """The bot's own User, with the getMe-only capability fields."""
    return {
        **call.bot.user().as_dict(),
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


async def close_or_log_out(call: Call) -> bool:
    """close / logOut: accepted, nothing to release in memory."""
    return True


async def get_updates(call: Call) -> list[dict[str, Any]]:
    """getUpdates: long polling, see sandbox.updates."""
    return await updates.get_updates(call.world, call.bot, call.params)


async def set_webhook(call: Call) -> bool:
    """setWebhook: start pushing updates to the URL (an empty URL removes the webhook)."""
    return updates.set_webhook(call.world, call.bot, call.params, call.webhooks)


async def delete_webhook(call: Call) -> bool:
    """deleteWebhook: back to getUpdates, optionally dropping what is pending."""
    return updates.delete_webhook(call.bot, call.params)


async def get_webhook_info(call: Call) -> dict[str, Any]:
    """getWebhookInfo: the URL, pending count and last delivery error."""
    return updates.webhook_info(call.bot)


METHODS: dict[str, Method] = {
    method.name.lower(): method
    for method in (
        Method("getMe", get_me),
        Method("getUpdates", get_updates),
        Method("setWebhook", set_webhook, ("url",)),
        Method("deleteWebhook", delete_webhook),
        Method("getWebhookInfo", get_webhook_info),
        Method("sendMessage", send_message, ("chat_id", "text")),
        Method("editMessageText", edit_message_text),
        Method("editMessageReplyMarkup", edit_message_reply_markup),
        Method("deleteMessage", delete_message_call, ("chat_id", "message_id")),
        Method("answerCallbackQuery", answer_callback_query, ("callback_query_id",)),
        Method("sendDocument", send_document, ("chat_id", "document")),
        Method("sendPhoto", send_photo, ("chat_id", "photo")),
        Method("setMyCommands", set_my_commands, ("commands",)),
        Method("getMyCommands", get_my_commands),
        Method("deleteMyCommands", delete_my_commands),
        Method("setMyDescription", set_my_description),
        Method("getMyDescription", get_my_description),
        Method("setMyShortDescription", set_my_short_description),
        Method("getMyShortDescription", get_my_short_description),
        Method("getFile", get_file, ("file_id",)),
        Method("sendChatAction", send_chat_action, ("chat_id", "action")),
        Method("leaveChat", leave_chat, ("chat_id",)),
        Method("getChat", get_chat, ("chat_id",)),
        Method("getChatMember", get_chat_member, ("chat_id", "user_id")),
        Method("getChatMemberCount", get_chat_member_count, ("chat_id",)),
        Method("getChatAdministrators", get_chat_administrators, ("chat_id",)),
        Method("close", close_or_log_out),
        Method("logOut", close_or_log_out),
    )
}
