"""The delivery worker's way out: sends, edits and deletes over the Bot API, and Telegram's
errors translated into the three outcomes delivery understands."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.notify.delivery import Permanent, RetryLater, Transient
from bot.reply import Button, StoredButtons

# Bad requests that mean the recipient is gone, not that this one message was wrong.
_PERMANENT_BAD_REQUESTS = ("chat not found", "user not found", "bot was kicked", "chat_id")


def keyboard(
    rows: StoredButtons | tuple[tuple[Button, ...], ...],
) -> InlineKeyboardMarkup | None:
    """Inline keyboard from stored button rows ({label, data}) or domain ``Button`` rows."""
    built = [
        [
            InlineKeyboardButton(b["label"], callback_data=b["data"])
            if isinstance(b, dict)
            else InlineKeyboardButton(b.label, callback_data=b.data)
            for b in row
        ]
        for row in rows
        if row
    ]
    return InlineKeyboardMarkup(built) if built else None


class TelegramSender:
    """``bot.notify.delivery.Sender`` over python-telegram-bot's ``Bot``."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def send(self, chat_id: int, text: str, buttons: StoredButtons) -> int:
        """Send one message; its Telegram message id."""
        async with _translated():
            message = await self._bot.send_message(
                chat_id, text, parse_mode=ParseMode.HTML, reply_markup=keyboard(buttons)
            )
        return message.message_id

    async def edit(self, chat_id: int, message_id: int, text: str, buttons: StoredButtons) -> None:
        """Change a message we sent (an acknowledgement, say)."""
        try:
            async with _translated():
                await self._bot.edit_message_text(
                    text,
                    chat_id=chat_id,
                    message_id=message_id,
                    parse_mode=ParseMode.HTML,
                    reply_markup=keyboard(buttons),
                )
        except Permanent as error:
            if "not modified" not in str(error):
                raise

    async def send_file(
        self, chat_id: int, method: str, data: bytes, filename: str | None, caption: str
    ) -> int:
        """Send a reply's document or chart with its caption; its Telegram message id."""
        async with _translated():
            if method == "photo":
                message = await self._bot.send_photo(
                    chat_id, BytesIO(data), caption=caption, parse_mode=ParseMode.HTML
                )
            else:
                message = await self._bot.send_document(
                    chat_id,
                    BytesIO(data),
                    filename=filename,
                    caption=caption,
                    parse_mode=ParseMode.HTML,
                )
        return message.message_id

    async def unbutton(self, chat_id: int, message_id: int) -> None:
        """Take the buttons off a message (a tapped card: the same tap cannot be made twice)."""
        try:
            async with _translated():
                await self._bot.edit_message_reply_markup(
                    chat_id=chat_id, message_id=message_id, reply_markup=None
                )
        except Permanent as error:
            if "not modified" not in str(error) and "not found" not in str(error):
                raise

    async def delete(self, chat_id: int, message_id: int) -> None:
        """Remove a message we sent (chat-copy expiry)."""
        try:
            async with _translated():
                await self._bot.delete_message(chat_id, message_id)
        except Permanent as error:
            if "not found" not in str(error):
                raise


class _translated:
    """Maps PTB's exceptions to delivery's outcomes."""

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, kind: type | None, error: BaseException | None, _tb: object) -> bool:
        if error is None:
            return False
        if isinstance(error, RetryAfter):
            wait = error.retry_after  # seconds, or a timedelta once PTB_TIMEDELTA is set
            raise RetryLater(wait.total_seconds() if isinstance(wait, timedelta) else float(wait))
        if isinstance(error, Forbidden):
            raise Permanent(error.message, unreachable=True) from error
        if isinstance(error, BadRequest):
            gone = any(words in error.message.lower() for words in _PERMANENT_BAD_REQUESTS)
            raise Permanent(error.message, unreachable=gone) from error
        if isinstance(error, TimedOut | NetworkError):
            raise Transient(str(error)) from error
        return False
