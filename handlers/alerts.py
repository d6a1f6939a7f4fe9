"""Alerts and duty: the taps on alerts and route items; ``/onduty``, ``/offduty`` and the
answers to "Still on duty?"."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.capture import records
from bot.notify import alerting, duty
from bot.people.authz import allowed
from bot.people.directory import set_duty
from bot.reply import Reply
from bot.telegram_limits import CALLBACK_ANSWER_LIMIT, cut_text
from handlers.context import RapportContext
from handlers.respond import refusals, respond, say


async def alert_tap(update: Update, context: RapportContext) -> None:
    """``al:<alert>:ack|take|pdf|details``: only staff allowed at the alert's site act."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None and query.data is not None
    _, alert_id, action = query.data.split(":", 2)
    services = context.services
    async with refusals(update, context):
        async with context.work() as session:
            if action in ("ack", "take"):
                note = await alerting.acknowledge(
                    session=session,
                    actor=actor,
                    alert_id=int(alert_id),
                    take_over=action == "take",
                    now=services.clock(),
                )
                reply = None
            else:
                reference = await alerting.entry_of_alert(
                    session=session, actor=actor, alert_id=int(alert_id)
                )
                reply = await records.alert_document(
                    session=session, actor=actor, reference=reference, as_pdf=action == "pdf"
                )
                await respond(update, context, reply, private=True, session=session)
        await query.answer(cut_text(note, CALLBACK_ANSWER_LIMIT) if reply is None else None)


async def seen(update: Update, context: RapportContext) -> None:
    """A route item's Seen button."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None and query.message is not None
    services = context.services
    async with refusals(update, context):
        async with context.work() as session:
            note = await alerting.mark_seen(
                session=session,
                actor=actor,
                chat_id=query.message.chat.id,
                message_id=query.message.message_id,
                now=services.clock(),
            )
        await query.answer(cut_text(note, CALLBACK_ANSWER_LIMIT))


async def route_details(update: Update, context: RapportContext) -> None:
    """A route item's Details button (minimal disclosure): the record in the tapper's private
    chat after the role check, never in the group the item sits in."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None and query.message is not None
    async with refusals(update, context):
        async with context.work() as session:
            reference = await alerting.entry_of_item(
                session=session,
                actor=actor,
                chat_id=query.message.chat.id,
                message_id=query.message.message_id,
            )
            reply = await records.alert_document(
                session=session, actor=actor, reference=reference, as_pdf=False
            )
            await respond(update, context, reply, private=True, session=session)
        await query.answer()


async def duty_check(update: Update, context: RapportContext) -> None:
    """``duty:yes|off``: the answer to "Still on duty?", shown in place of the question."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None and query.message is not None
    services = context.services
    async with context.work() as session:
        note = await duty.answer(
            session=session,
            actor=actor,
            chat_id=query.message.chat.id,
            message_id=query.message.message_id,
            still_on_duty=query.data == "duty:yes",
            now=services.clock(),
        )
        await respond(update, context, Reply(text=note, replace=True), session=session)
    await query.answer()


async def duty_command(update: Update, context: RapportContext) -> None:
    """``/onduty`` and ``/offduty``: who receives urgent alerts first."""
    actor, message = context.actor, update.effective_message
    assert actor is not None and message is not None and message.text is not None
    if not allowed(actor, "duty"):
        await say(update, context, "core.not_allowed")
        return
    on = message.text.split()[0].split("@")[0].lower() == "/onduty"
    services = context.services
    async with context.work() as session:
        await set_duty(session=session, actor=actor, on_duty=on, now=services.clock())
        await say(update, context, "duty.on" if on else "duty.off", session=session)


HANDLERS = [
    CallbackQueryHandler(alert_tap, pattern=r"^al:\d{1,9}:(ack|take|pdf|details)$"),
    CallbackQueryHandler(seen, pattern=r"^rt:seen$"),
    CallbackQueryHandler(route_details, pattern=r"^rt:details$"),
    CallbackQueryHandler(duty_check, pattern=r"^duty:(yes|off)$"),
    CommandHandler(["onduty", "offduty"], duty_command, filters=filters.ChatType.PRIVATE),
]
