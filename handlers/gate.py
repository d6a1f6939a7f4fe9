"""The gate every update passes first: store verbatim, drop repeats, identify, refuse strangers."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.context import RapportContext
from bot.i18n import pick_language, t
from bot.inbound import Arrival, Reception, mark_done, receive


def arrival_of(update: Update) -> Arrival:
    """Read what the domain needs off a Telegram update."""
    message = update.effective_message
    user = update.effective_user
    chat = update.effective_chat
    text = None
    kind = "other"
    if update.callback_query is not None:
        kind, text = "callback_query", update.callback_query.data
    elif update.edited_message is not None:
        kind, text = "edited_message", update.edited_message.text
    elif message is not None:
        text = message.text or message.caption
        kind = "command" if (message.text or "").startswith("/") else "message"
        if message.text is None:
            kind = "media"
    return Arrival(
        update_id=update.update_id,
        kind=kind,
        telegram_user_id=user.id if user else None,
        chat_id=chat.id if chat else None,
        chat_type=chat.type if chat else None,
        message_id=message.message_id if message else None,
        text=text,
        language_code=user.language_code if user else None,
    )


def _is_enrolment(update: Update) -> bool:
    message = update.message
    return bool(
        message
        and message.text
        and message.text.split(maxsplit=1)[0].split("@")[0] == "/start"
        and update.effective_chat
        and update.effective_chat.type == "private"
    )


def _group_may_pass(update: Update, reception: Reception) -> bool:
    """In groups the bot hears only taps on its own messages and admins' ``/register``."""
    if update.callback_query is not None:
        return True
    message = update.message
    return bool(
        reception.actor is not None
        and message is not None
        and message.text
        and message.text.split(maxsplit=1)[0].split("@")[0] == "/register"
    )


async def gate(update: Update, context: RapportContext) -> None:
    """Store, deduplicate and identify; strangers get one polite refusal and nothing else."""
    services = context.services
    arrival = arrival_of(update)
    async with services.sessions.begin() as session:
        reception = await receive(session=session, arrival=arrival, now=services.clock())
    if reception.repeat:
        raise ApplicationHandlerStop
    context.actor = reception.actor
    if arrival.chat_type not in (None, "private") and not _group_may_pass(update, reception):
        raise ApplicationHandlerStop
    if reception.actor is None and not _is_enrolment(update):
        lang = pick_language(arrival.language_code)
        if update.callback_query is not None:
            await update.callback_query.answer(t(lang, "core.not_enrolled"), show_alert=True)
        elif update.effective_chat and update.effective_chat.type == "private":
            await update.effective_chat.send_message(t(lang, "core.not_enrolled"))
        raise ApplicationHandlerStop


async def done(update: Update, context: RapportContext) -> None:
    """Mark an enrolled user's update as fully processed (a later repeat is then ignored)."""
    if context.actor is None:
        return
    services = context.services
    async with services.sessions.begin() as session:
        await mark_done(session=session, update_id=update.update_id, now=services.clock())


GATE = TypeHandler(Update, gate)
DONE = TypeHandler(Update, done)
