"""Messages in chats: who may send where, storing messages, and the updates they make."""

from __future__ import annotations

import mimetypes
import struct
from typing import Any

from sandbox.entities import detect_commands
from sandbox.params import ApiError, bad_request
from sandbox.state import BotState, Chat, StoredFile, User, World

DELETE_WINDOW_S = 48 * 3600
PLACEHOLDER_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6300010000050001"
    "0d0a2db40000000049454e44ae426082"
)


def resolve_chat(world: World, chat_ref: Any) -> Chat:
    """The chat a chat_id names: a number, or "@username" of a public chat."""
    if isinstance(chat_ref, str) and chat_ref.startswith("@"):
        name = chat_ref[1:].lower()
        for chat in world.chats.values():
            if chat.type != "private" and (chat.username or "").lower() == name:
                return chat
        raise bad_request("chat not found")
    try:
        chat_id = int(chat_ref)
    except (TypeError, ValueError) as exc:
        raise bad_request("chat not found") from exc
    if chat_id not in world.chats:
        raise bad_request("chat not found")
    return world.chats[chat_id]


def check_reachable(bot: BotState, chat: Chat) -> None:
    """Refuse with Telegram's 403 when the user blocked the bot or the bot is out of the group."""
    if chat.type == "private" and chat.id in bot.blocked:
        raise ApiError(403, "Forbidden: bot was blocked by the user")
    kind = "supergroup chat" if chat.type == "supergroup" else "group chat"
    if chat.id in bot.kicked:
        raise ApiError(403, f"Forbidden: bot was kicked from the {kind}")
    if chat.id in bot.left:
        raise ApiError(403, f"Forbidden: bot is not a member of the {kind}")


def store_message(
    world: World, bot: BotState, chat: Chat, sender: User, content: dict[str, Any]
) -> dict[str, Any]:
    """Give a message its id, date, chat and sender, keep it in the chat log, wake readers."""
    log = bot.log(chat.id)
    message = {
        "message_id": log.next_id,
        "from": sender.as_dict(),
        "chat": chat.as_dict(),
        "date": world.date(),
        **content,
    }
    log.next_id += 1
    log.messages[message["message_id"]] = message
    if sender.is_bot:
        log.from_bot.add(message["message_id"])
    log.touch()
    return message


def find_message(bot: BotState, chat_id: int, message_id: int | None) -> dict[str, Any] | None:
    """A message of a chat log by id, or None."""
    log = bot.logs.get(chat_id)
    if log is None or message_id is None:
        return None
    return log.messages.get(message_id)


def is_from_bot(bot: BotState, chat_id: int, message_id: int) -> bool:
    """True if the bot sent this message."""
    log = bot.logs.get(chat_id)
    return log is not None and message_id in log.from_bot


def delete_message(world: World, bot: BotState, chat: Chat, message_id: int) -> None:
    """Remove a message like deleteMessage: own messages, or incoming ones in private chats."""
    message = find_message(bot, chat.id, message_id)
    if message is None:
        raise bad_request("message to delete not found")
    if chat.type != "private" and not is_from_bot(bot, chat.id, message_id):
        raise bad_request("message can't be deleted")
    if world.now() - message["date"] > DELETE_WINDOW_S:
        raise bad_request("message can't be deleted for everyone")
    log = bot.log(chat.id)
    del log.messages[message_id]
    log.from_bot.discard(message_id)
    log.touch()


def user_sends(
    world: World, bot: BotState, user: User, chat: Chat, content: dict[str, Any]
) -> dict[str, Any]:
    """A persona's message: stored in the chat and queued as a ``message`` update."""
    if chat.type != "private" and user.id not in chat.members:
        raise bad_request("user is not a member of the chat")
    if chat.type == "private" and chat.id != user.id:
        raise bad_request("a persona writes only in its own private chat")
    text = content.get("text")
    if isinstance(text, str) and detect_commands(text):
        content = {**content, "entities": detect_commands(text)}
    message = store_message(world, bot, chat, user, content)
    bot.push("message", dict(message))
    return message


def user_edits(
    world: World, bot: BotState, user: User, chat_id: int, message_id: int, text: str
) -> dict[str, Any]:
    """A persona edits its own text message: an ``edited_message`` update."""
    message = find_message(bot, chat_id, message_id)
    if message is None or message["from"]["id"] != user.id or "text" not in message:
        raise bad_request("message to edit not found")
    message["text"] = text
    message.pop("entities", None)
    if detect_commands(text):
        message["entities"] = detect_commands(text)
    message["edit_date"] = world.date()
    bot.log(chat_id).touch()
    bot.push("edited_message", dict(message))
    return message


def user_media(world: World, kind: str, data: bytes | None, file_name: str | None) -> dict:
    """The message content of a photo, sticker, voice note or document a persona sends."""
    if kind == "photo":
        stored = world.store_file(data or PLACEHOLDER_PNG, kind="photos", mime_type="image/png")
        return {"photo": [photo_size(stored)]}
    if kind == "sticker":
        stored = world.store_file(data or b"RIFF", kind="stickers", mime_type="image/webp")
        sticker = {"type": "regular", "width": 512, "height": 512, "emoji": "\U0001f44d"}
        ids = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
        return {"sticker": {**ids, **sticker, "is_animated": False, "is_video": False}}
    if kind == "voice":
        stored = world.store_file(data or b"OggS", kind="voice", mime_type="audio/ogg")
        ids = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
        return {"voice": {**ids, "duration": 3, "mime_type": "audio/ogg", "file_size": 4}}
    if kind == "document":
        stored = world.store_file(
            data or b"", kind="documents", mime_type=guess_mime(file_name), file_name=file_name
        )
        return {"document": document(stored)}
    raise bad_request(f"unknown media kind {kind!r}")


def guess_mime(file_name: str | None, declared: str | None = None) -> str:
    """The MIME type Telegram would report for an uploaded file."""
    if declared and declared != "application/octet-stream":
        return declared
    return mimetypes.guess_type(file_name or "")[0] or "application/octet-stream"


def document(stored: StoredFile) -> dict[str, Any]:
    """The Document object for a stored file."""
    result: dict[str, Any] = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
    if stored.file_name:
        result["file_name"] = stored.file_name
    return {**result, "mime_type": stored.mime_type, "file_size": len(stored.data)}


def photo_size(stored: StoredFile) -> dict[str, Any]:
    """The PhotoSize object for a stored image."""
    width, height = image_size(stored.data)
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.data),
        "width": width,
        "height": height,
    }


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG or JPEG, or a plausible default for anything else."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                break
            marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return width, height
            i += 2 + length
    return 640, 480
