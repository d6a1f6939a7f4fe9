"""The gate every update passes first: identify, hold back floods, refuse strangers; and what
Telegram's update says, read once for the receiver that stores it."""

from __future__ import annotations

from telegram import Message, MessageEntity, Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.help import STRANGER_COMMANDS
from bot.i18n import pick_language, t
from bot.inbound import Arrival, identify_sender, note_flood
from bot.rate_limit import Throttle
from bot.reply import Reply, esc
from bot.runtime.menus import forget_menu
from handlers.context import RapportContext
from handlers.respond import respond, say


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


def _command_of(message: Message | None) -> str:
    """The command a message starts with as Telegram marks it, a ``bot_command`` entity at
    offset 0, like PTB's ``CommandHandler`` (``/start@bot`` is ``/start``), or "".

    Text that merely looks like a command (no entity: a forged update) is not one; were it let
    through as enrolment, a stranger's update would reach the journeys with no actor."""
    if message is None or not message.text or not message.entities:
        return ""
    first = message.entities[0]
    if first.type != MessageEntity.BOT_COMMAND or first.offset != 0:
        return ""
    return message.text[: first.length].split("@")[0]


def _open_to_strangers(update: Update) -> bool:
    """Enrolment (``/start CODE``) and the privacy notice, in a private chat."""
    return bool(
        _command_of(update.message).removeprefix("/") in STRANGER_COMMANDS
        and update.effective_chat
        and update.effective_chat.type == "private"
    )


def _group_may_pass(update: Update, context: RapportContext) -> bool:
    """In groups the bot hears only taps on its own messages and admins' ``/register``."""
    if update.callback_query is not None:
        return True
    return context.actor is not None and _command_of(update.message) == "/register"


def _not_our_button(update: Update) -> bool:
    """A tap no button of the bot can make: without data (PTB would hand it to the first button
    handler whatever its pattern) or on an inline message (the bot sends none)."""
    query = update.callback_query
    return query is not None and (not query.data or query.message is None)


async def gate(update: Update, context: RapportContext) -> None:
    """Identify; hold back floods; strangers get one polite refusal. The update was stored by
    the receiver before it got here; what stops here is marked handled."""
    services = context.services
    arrival, now = arrival_of(update), services.clock()
    async with services.sessions.begin() as session:
        context.actor = await identify_sender(session=session, arrival=arrival)
    if _not_our_button(update) or (
        arrival.chat_type not in (None, "private") and not _group_may_pass(update, context)
    ):
        await _finish(context)
    if arrival.telegram_user_id is not None:
        # Judged by when updates arrived, not when they are handled: a flood handled late (after
        # an outage, a restart) is still a flood, and what it held back stays held back.
        handling = context.handling
        arrived = handling.received_at if handling and handling.received_at else now
        throttle = services.limiter.check(arrival.telegram_user_id, arrived)
        if throttle is not None:
            await _hold_back(update, context, arrival, throttle)
            await _finish(context)
    if context.actor is None and not _open_to_strangers(update):
        await _refuse(update, context)
        await _finish(context)


async def _finish(context: RapportContext) -> None:
    """Mark the update handled and let no further handler see it."""
    async with context.work():
        pass
    raise ApplicationHandlerStop


async def _refuse(update: Update, context: RapportContext) -> None:
    """A stranger: one polite refusal in their Telegram language."""
    user = update.effective_user
    lang = pick_language(user.language_code if user else None)
    if update.callback_query is not None:
        await update.callback_query.answer(t(lang, "core.not_enrolled"), show_alert=True)
    elif update.effective_chat and update.effective_chat.type == "private":
        await respond(update, context, Reply(text=esc(t(lang, "core.not_enrolled"))))
        # Someone deactivated may still have staff commands in their menu: back to a stranger's.
        await forget_menu(context.bot, chat_id=update.effective_chat.id)


async def _hold_back(
    update: Update, context: RapportContext, arrival: Arrival, throttle: Throttle
) -> None:
    """Over the rate limit: the update stays stored but is not acted on; the first of a flood
    from an enrolled user is audited and answered with one polite wait message."""
    actor = context.actor
    if actor is None or not throttle.tell:
        if update.callback_query is not None:
            await update.callback_query.answer()  # stop the client's spinner, say nothing
        return
    async with context.work() as session:
        await note_flood(session=session, actor=actor, arrival=arrival, throttle=throttle)
        await say(update, context, "core.slow_down", session=session, seconds=throttle.wait_s)


async def done(update: Update, context: RapportContext) -> None:
    """Mark the update as fully processed, unless the handler's unit of work already did
    (``RapportContext.work``)."""
    handling = context.handling
    if handling is None or handling.done:
        return
    async with context.work():
        pass


GATE = TypeHandler(Update, gate)
DONE = TypeHandler(Update, done)
