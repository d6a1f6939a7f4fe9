"""Quick and guided capture: text from an officer, ``/observe``, ``/cancel``, ``/drafts``, card
buttons."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.callback_data import CaptureTap
from bot.capture import drafts as capture_drafts
from bot.capture import flow as capture
from bot.capture import taps as capture_taps
from bot.people.authz import Actor, allowed
from bot.reply import Reply
from handlers.context import RapportContext
from handlers.respond import refusals, respond, respond_if_allowed, retire_buttons, say

PRIVATE = filters.ChatType.PRIVATE


async def text(update: Update, context: RapportContext) -> None:
    """Any text outside a command: a new entry, or the answer to the pending question."""
    actor, message = context.actor, update.message
    assert actor is not None
    if message is None or not message.text:  # the filter saw text; never act on less
        return
    if not allowed(actor, "capture"):
        await say(update, context, "core.not_allowed")
        return
    async with context.work() as session:
        reply = await capture.on_text(
            session=session,
            actor=actor,
            text=message.text,
            message_id=message.message_id,
            sent_at=message.date,
            now=context.services.clock(),
        )
        await respond(update, context, reply, session=session)


async def edited(update: Update, context: RapportContext) -> None:
    """An edited message: the unsubmitted entry it started follows the new text."""
    actor, message = context.actor, update.edited_message
    assert actor is not None and message is not None
    async with context.work() as session:
        reply = await capture.edited(
            session=session,
            actor=actor,
            message_id=message.message_id,
            text=message.text or "",
            now=context.services.clock(),
        )
        if reply is not None:
            await respond(update, context, reply, session=session)


async def observe(update: Update, context: RapportContext) -> None:
    """``/observe``: guided capture, one question at a time."""

    async def guided(session: AsyncSession, actor: Actor) -> Reply:
        await capture.cancel_active(session=session, actor=actor)
        return await capture.start_guided(
            session=session, actor=actor, now=context.services.clock()
        )

    await respond_if_allowed(update, context, "capture", guided)


async def cancel(update: Update, context: RapportContext) -> None:
    """``/cancel``: drop the entry being captured."""
    actor = context.actor
    assert actor is not None
    async with context.work() as session:
        dropped = await capture.cancel_active(session=session, actor=actor)
        key = "capture.cancelled" if dropped else "capture.nothing_to_cancel"
        await say(update, context, key, session=session)


async def drafts(update: Update, context: RapportContext) -> None:
    """``/drafts``: the officer's unfinished and cancelled entries, to take one up again."""
    await respond_if_allowed(
        update,
        context,
        "capture",
        lambda session, actor: capture_drafts.list_drafts(session=session, actor=actor),
    )


async def tap(update: Update, context: RapportContext) -> None:
    """A capture button (``bot.capture.taps``)."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None and query.data is not None
    async with refusals(update, context):
        async with context.work() as session:
            outcome = await capture_taps.on_tap(
                session=session,
                actor=actor,
                tap=CaptureTap.unpack(query.data),
                now=context.services.clock(),
            )
            if outcome.answered is not None:
                await respond(update, context, outcome.answered, session=session)
            elif outcome.retire_buttons:
                await retire_buttons(update, context, session=session)
            await respond(update, context, outcome.reply, session=session)
        await query.answer()


HANDLERS = [
    CommandHandler("observe", observe, filters=PRIVATE),
    CommandHandler("cancel", cancel, filters=PRIVATE),
    CommandHandler("drafts", drafts, filters=PRIVATE),
    CallbackQueryHandler(tap, pattern=CaptureTap.matches),
    MessageHandler(PRIVATE & filters.UpdateType.EDITED_MESSAGE & filters.TEXT, edited),
    MessageHandler(PRIVATE & filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, text),
]
