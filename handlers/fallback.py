"""What no other handler took: media gets a polite word on what the bot takes, a button the bot
does not know gets an answer; errors get a short apology while the log gets the detail (never
the narrative)."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, MessageHandler, filters

from bot.i18n import pick_language, t
from bot.inbound import AlreadyHandled
from bot.runtime.logs import failure_without_messages
from bot.telegram_limits import CALLBACK_ANSWER_LIMIT, cut_text
from handlers.context import RapportContext
from handlers.respond import say
from storage.db import may_succeed_later

log = logging.getLogger(__name__)

# Telegram's words for a tap answered too late (after a backlog, say) or an edit that changes
# nothing: the user is not served worse by it and the bot is not broken.
_HARMLESS_BAD_REQUESTS = ("query is too old", "query id is invalid", "message is not modified")


async def media(update: Update, context: RapportContext) -> None:
    """Photos, voice, stickers, files: say that only text is recorded."""
    await say(update, context, "core.unsupported_media")


async def unknown_command(update: Update, context: RapportContext) -> None:
    """A command the bot does not know: the help list."""
    await say(update, context, "core.unknown_command")


async def unknown_button(update: Update, context: RapportContext) -> None:
    """A tap whose data no button handler takes (an old keyboard, or forged): say so, so the
    user's spinner stops and nothing else happens."""
    await say(update, context, "fallback.unknown_button")


def is_harmless(error: BaseException | None) -> bool:
    """A Telegram refusal that says the user is out of reach (blocked the bot, removed it from
    the group) or the tap is stale, not that something is broken: there is no one to apologise
    to, and a line in the log without a traceback is enough."""
    if isinstance(error, Forbidden):
        return True
    return isinstance(error, BadRequest) and any(
        words in error.message.lower() for words in _HARMLESS_BAD_REQUESTS
    )


async def on_error(update: object, context: RapportContext) -> None:
    """Catch-all: the user hears a short sentence in their language; the bot never goes silent.

    The update then goes no further: PTB would otherwise run the next handler groups, so a
    failure inside the gate would let an unchecked update reach the journeys.
    """
    error = context.error
    update_id = getattr(update, "update_id", "?")
    if is_harmless(error):
        log.warning("update %s: Telegram refused a reply: %s", update_id, error)
        raise ApplicationHandlerStop
    if isinstance(error, AlreadyHandled):
        log.warning("update %s: handled by another replica first; this work undone", update_id)
        raise ApplicationHandlerStop
    handling = context.handling
    if handling is not None and may_succeed_later(error):
        # The update is stored; it is handled again once the database answers (or once the
        # concurrent work it met is done). The user hears it once, directly: the outbox is in
        # the database that may be failing.
        log.warning("update %s: %s; will retry", update_id, type(error).__name__)
        handling.retry = True
        if handling.attempts == 0 and isinstance(update, Update):
            await _tell_delayed(update, context)
        raise ApplicationHandlerStop
    # Where it broke, not what it said: an exception's message can quote the update.
    log.error(
        "update %s failed: %s",
        update_id,
        failure_without_messages(error) if error else "unknown error",
    )
    log.debug("update %s failed: %r", update_id, error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            if update.effective_chat.type == "private":
                await say(update, context, "core.error")
            elif update.callback_query is not None:
                await update.callback_query.answer()
        except Exception:  # the apology itself failed (Telegram down): the log has it
            log.warning("could not tell the user about the error")
    raise ApplicationHandlerStop


async def _tell_delayed(update: Update, context: RapportContext) -> None:
    """Say that what was sent is kept and will be acted on without being sent again."""
    chat, query = update.effective_chat, update.callback_query
    lang = pick_language(update.effective_user.language_code if update.effective_user else None)
    text = t(context.actor.lang if context.actor else lang, "core.delayed")
    try:
        if query is not None:
            await query.answer(cut_text(text, CALLBACK_ANSWER_LIMIT), show_alert=True)
        elif chat is not None and chat.type == "private":
            await chat.send_message(text)
    except Exception:  # Telegram down too: the update will be answered when it is handled
        log.warning("could not tell the user about the delay")


HANDLERS = [
    MessageHandler(filters.ChatType.PRIVATE & filters.COMMAND, unknown_command),
    MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT, media),
    CallbackQueryHandler(unknown_button),
]
