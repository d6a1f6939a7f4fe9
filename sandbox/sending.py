"""Bot API methods that send, edit, delete and answer: Telegram's checks and wording."""

from __future__ import annotations

from typing import Any

from sandbox.context import Call, target_chat
from sandbox.entities import EntityError, parse, utf16_len
from sandbox.messages import (
    delete_message,
    document,
    find_message,
    guess_mime,
    is_from_bot,
    photo_size,
    resolve_chat,
    store_message,
)
from sandbox.params import (
    ApiError,
    Upload,
    as_bool,
    as_int,
    as_json,
    as_str,
    bad_request,
    read_markup,
)
from sandbox.state import Chat, StoredFile

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_ANSWER = 200
CALLBACK_TTL_S = 15 * 60
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


def _formatted(call: Call, text_key: str, limit: int, too_long: str) -> tuple[str, list]:
    """Text (or caption) after parse_mode or explicit entities, checked against the limit."""
    raw = as_str(call.params, text_key) or ""
    mode_key = "parse_mode"
    entities_key = "entities" if text_key == "text" else "caption_entities"
    try:
        text, entities = parse(raw, as_str(call.params, mode_key))
    except EntityError as exc:
        raise bad_request(f"can't parse entities: {exc}") from exc
    explicit = as_json(call.params, entities_key)
    if explicit and not as_str(call.params, mode_key):
        entities = explicit
    if utf16_len(text) > limit:
        raise bad_request(too_long)
    return text, entities


def _reply(call: Call, chat: Chat) -> dict[str, Any]:
    """The reply_to_message part, from reply_parameters or the older reply_to_message_id."""
    reply = as_json(call.params, "reply_parameters") or {}
    message_id = reply.get("message_id") or as_int(call.params, "reply_to_message_id")
    if not message_id:
        return {}
    original = find_message(call.bot, chat.id, int(message_id))
    if original is None:
        allow = reply.get("allow_sending_without_reply") or as_bool(
            call.params, "allow_sending_without_reply"
        )
        if allow:
            return {}
        raise bad_request("message to be replied not found")
    return {"reply_to_message": {k: v for k, v in original.items() if k != "reply_to_message"}}


def _send(call: Call, chat: Chat, content: dict[str, Any]) -> dict[str, Any]:
    """Store a bot message after Telegram's flood control lets it through."""
    markup = read_markup(call.params)
    extra = _reply(call, chat)
    if markup and "inline_keyboard" in markup:
        extra["reply_markup"] = markup
    if as_bool(call.params, "protect_content"):
        extra["has_protected_content"] = True
    wait = call.limits.retry_after(call.bot.id or 0, chat.id, private=chat.type == "private")
    if wait:
        raise ApiError(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})
    log = call.bot.log(chat.id)
    if markup and "keyboard" in markup:
        log.keyboard = markup
    elif markup and markup.get("remove_keyboard"):
        log.keyboard = None
    return store_message(call.world, call.bot, chat, call.bot.user(), {**content, **extra})


async def send_message(call: Call) -> dict[str, Any]:
    """sendMessage: text with parse modes, keyboards and replies."""
    chat = target_chat(call)
    text, entities = _formatted(call, "text", MAX_TEXT, "message is too long")
    if not text.strip():
        raise bad_request("message text is empty")
    content: dict[str, Any] = {"text": text}
    if entities:
        content["entities"] = entities
    return _send(call, chat, content)


def _upload(call: Call, field: str, kind: str) -> StoredFile:
    """The file of a send call: a multipart upload, an attach:// part, or a known file_id."""
    value = call.params.get(field)
    if isinstance(value, str) and value.startswith("attach://"):
        value = call.params.get(value.removeprefix("attach://"))
    if isinstance(value, Upload):
        mime = guess_mime(value.filename, value.content_type)
        if kind == "photos" and not mime.startswith("image/"):
            mime = "image/jpeg"
        return call.world.store_file(
            value.data, kind=kind, mime_type=mime, file_name=value.filename
        )
    if isinstance(value, str) and value in call.world.files:
        return call.world.files[value]
    raise bad_request("wrong file identifier/HTTP URL specified")


def _caption(call: Call) -> dict[str, Any]:
    caption, entities = _formatted(call, "caption", MAX_CAPTION, "message caption is too long")
    content: dict[str, Any] = {}
    if caption:
        content["caption"] = caption
    if entities:
        content["caption_entities"] = entities
    return content


async def send_document(call: Call) -> dict[str, Any]:
    """sendDocument: a multipart upload or a file_id re-send, with an optional caption."""
    chat = target_chat(call)
    stored = _upload(call, "document", "documents")
    return _send(call, chat, {"document": document(stored), **_caption(call)})


async def send_photo(call: Call) -> dict[str, Any]:
    """sendPhoto: an image upload or file_id re-send."""
    chat = target_chat(call)
    stored = _upload(call, "photo", "photos")
    return _send(call, chat, {"photo": [photo_size(stored)], **_caption(call)})


def _own_message(call: Call) -> tuple[Chat, dict[str, Any]]:
    """The bot message an edit call names, or Telegram's refusal."""
    if call.params.get("inline_message_id"):
        raise bad_request("MESSAGE_ID_INVALID")
    chat = target_chat(call)
    message_id = as_int(call.params, "message_id")
    message = find_message(call.bot, chat.id, message_id)
    if message is None or message_id is None:
        raise bad_request("message to edit not found")
    if not is_from_bot(call.bot, chat.id, message_id):
        raise bad_request("message can't be edited")
    return chat, message


def _edited(call: Call, chat: Chat, message: dict[str, Any], changes: dict[str, Any]) -> dict:
    """Apply an edit unless nothing changes (Telegram's "message is not modified")."""
    markup = read_markup(call.params)
    if markup is not None and "inline_keyboard" not in markup:
        raise bad_request("inline keyboard expected")
    changes["reply_markup"] = markup
    if all(message.get(key) == value for key, value in changes.items()):
        raise bad_request(NOT_MODIFIED)
    for key, value in changes.items():
        if value:
            message[key] = value
        else:
            message.pop(key, None)
    message["edit_date"] = call.world.date()
    call.bot.log(chat.id).touch()
    return message


async def edit_message_text(call: Call) -> dict[str, Any]:
    """editMessageText: new text; the inline keyboard goes unless it is sent again."""
    chat, message = _own_message(call)
    if "text" not in message:
        raise bad_request("there is no text in the message to edit")
    text, entities = _formatted(call, "text", MAX_TEXT, "message is too long")
    if not text.strip():
        raise bad_request("message text is empty")
    return _edited(call, chat, message, {"text": text, "entities": entities or None})


async def edit_message_reply_markup(call: Call) -> dict[str, Any]:
    """editMessageReplyMarkup: replace or remove the inline keyboard."""
    chat, message = _own_message(call)
    return _edited(call, chat, message, {})


async def delete_message_call(call: Call) -> bool:
    """deleteMessage: own messages (and incoming ones in private chats) within 48 hours."""
    chat = resolve_chat(call.world, call.params.get("chat_id"))
    delete_message(call.world, call.bot, chat, as_int(call.params, "message_id") or 0)
    return True


async def answer_callback_query(call: Call) -> bool:
    """answerCallbackQuery: once per query, while the query is fresh; a toast of at most 200
    characters (UTF-16 units, as everywhere in Telegram)."""
    record = call.bot.callbacks.get(as_str(call.params, "callback_query_id") or "")
    too_old = record is None or call.world.now() - record.created > CALLBACK_TTL_S
    if record is None or too_old or record.answer is not None:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    text = as_str(call.params, "text") or ""
    if utf16_len(text) > MAX_CALLBACK_ANSWER:
        raise bad_request("MESSAGE_TOO_LONG")
    record.answer = {
        "callback_query_id": record.id,
        "text": text,
        "show_alert": as_bool(call.params, "show_alert"),
        "url": as_str(call.params, "url"),
    }
    return True
