"""Quick and guided capture: text from an officer, ``/observe``, ``/cancel``, card buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import capture, records
from bot.authz import allowed
from bot.capture import CaptureError
from bot.context import RapportContext
from bot.records import RecordError
from handlers.respond import respond, retire_buttons, say

PRIVATE = filters.ChatType.PRIVATE


async def text(update: Update, context: RapportContext) -> None:
    """Any text outside a command: a new entry, or the answer to the pending question."""
    actor, message = context.actor, update.effective_message
    assert actor is not None and message is not None and message.text is not None
    if not allowed(actor, "capture"):
        await say(update, context, "core.not_allowed")
        return
    services = context.services
    async with services.sessions.begin() as session:
        reply = await capture.on_text(
            session=session,
            actor=actor,
            text=message.text,
            message_id=message.message_id,
            now=services.clock(),
        )
    await respond(update, context, reply)


async def edited(update: Update, context: RapportContext) -> None:
    """An edited message: the unsubmitted entry it started follows the new text."""
    actor, message = context.actor, update.edited_message
    assert actor is not None and message is not None
    services = context.services
    async with services.sessions.begin() as session:
        reply = await capture.edited(
            session=session,
            actor=actor,
            message_id=message.message_id,
            text=message.text or "",
            now=services.clock(),
        )
    if reply is not None:
        await respond(update, context, reply)


async def observe(update: Update, context: RapportContext) -> None:
    """``/observe``: guided capture, one question at a time."""
    actor = context.actor
    assert actor is not None
    if not allowed(actor, "capture"):
        await say(update, context, "core.not_allowed")
        return
    services = context.services
    async with services.sessions.begin() as session:
        await capture.cancel_active(session=session, actor=actor)
        reply = await capture.start_guided(session=session, actor=actor, now=services.clock())
    await respond(update, context, reply)


async def cancel(update: Update, context: RapportContext) -> None:
    """``/cancel``: drop the entry being captured."""
    actor = context.actor
    assert actor is not None
    async with context.services.sessions.begin() as session:
        dropped = await capture.cancel_active(session=session, actor=actor)
    await say(update, context, "capture.cancelled" if dropped else "capture.nothing_to_cancel")


async def tap(update: Update, context: RapportContext) -> None:
    """A capture button: ``cap:<entry>:<action>[:<argument>]``."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None and query.data is not None
    _, entry_id, action, *rest = [*query.data.split(":", 3), ""][:4]
    argument = rest[0] if rest else ""
    services = context.services
    try:
        async with services.sessions.begin() as session:
            now, number = services.clock(), int(entry_id)
            if action == "submit":
                reply = await records.submit(
                    session=session, actor=actor, entry_id=number, now=now, same_event=argument
                )
            elif action == "sign":
                reply = await records.sign(session=session, actor=actor, entry_id=number, now=now)
            elif action == "pdf":
                reply = await records.pdf(session=session, actor=actor, entry_id=number)
            else:
                reply = await capture.tap(
                    session=session,
                    actor=actor,
                    entry_id=number,
                    action=action,
                    argument=argument,
                    now=now,
                )
    except (CaptureError, RecordError) as error:
        await say(update, context, error.key, **getattr(error, "values", {}))
        return
    await query.answer()
    if action == "submit":
        services.wake_delivery.set()
    if not reply.replace and action != "pdf":
        await retire_buttons(update)
    await respond(update, context, reply)


HANDLERS = [
    CommandHandler("observe", observe, filters=PRIVATE),
    CommandHandler("cancel", cancel, filters=PRIVATE),
    CallbackQueryHandler(tap, pattern=r"^cap:\d+:"),
    MessageHandler(PRIVATE & filters.UpdateType.EDITED_MESSAGE & filters.TEXT, edited),
    MessageHandler(PRIVATE & filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, text),
]
