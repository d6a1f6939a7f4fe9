"""What no other handler took: media gets a polite word on what the bot takes; errors get a
short apology while the log gets the detail (never the narrative)."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.context import RapportContext
from handlers.respond import say

log = logging.getLogger(__name__)


async def media(update: Update, context: RapportContext) -> None:
    """Photos, voice, stickers, files: say that only text is recorded."""
    await say(update, context, "core.unsupported_media")


async def unknown_command(update: Update, context: RapportContext) -> None:
    """A command the bot does not know: the help list."""
    await say(update, context, "core.unknown_command")


async def on_error(update: object, context: RapportContext) -> None:
    """Catch-all: the user hears a short sentence in their language; the bot never goes silent."""
    error = context.error
    log.error(
        "update %s failed: %s",
        getattr(update, "update_id", "?"),
        type(error).__name__,
        exc_info=(type(error), error, error.__traceback__) if error else None,
    )
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            if update.effective_chat.type == "private":
                await say(update, context, "core.error")
            elif update.callback_query is not None:
                await update.callback_query.answer()
        except Exception:  # the apology itself failed (Telegram down): the log has it
            log.warning("could not tell the user about the error")


HANDLERS = [
    MessageHandler(filters.ChatType.PRIVATE & filters.COMMAND, unknown_command),
    MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT, media),
]
