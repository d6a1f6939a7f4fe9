"""Alerts and duty: the taps on alerts and route items; ``/onduty`` and ``/offduty``."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot import alerting, records
from bot.alerting import AlertError
from bot.authz import allowed
from bot.context import RapportContext
from bot.directory import set_duty
from bot.records import RecordError
from handlers.respond import respond, say


async def alert_tap(update: Update, context: RapportContext) -> None:
    """``al:<alert>:ack|take|pdf|details``: only staff allowed at the alert's site act."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None and query.data is not None
    _, alert_id, action = query.data.split(":", 2)
    services = context.services
    try:
        async with services.sessions.begin() as session:
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
    except (AlertError, RecordError) as error:
        await say(update, context, error.key, **error.values)
        return
    services.wake_delivery.set()
    if reply is None:
        await query.answer(note[:190])
        return
    await query.answer()
    await respond(update, context, reply, private=True)


async def seen(update: Update, context: RapportContext) -> None:
    """A route item's Seen button."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None and query.message is not None
    services = context.services
    try:
        async with services.sessions.begin() as session:
            note = await alerting.mark_seen(
                session=session,
                actor=actor,
                chat_id=query.message.chat.id,
                message_id=query.message.message_id,
                now=services.clock(),
            )
    except AlertError as error:
        await say(update, context, error.key)
        return
    await query.answer(note[:190])


async def duty(update: Update, context: RapportContext) -> None:
    """``/onduty`` and ``/offduty``: who receives urgent alerts first."""
    actor, message = context.actor, update.effective_message
    assert actor is not None and message is not None and message.text is not None
    if not allowed(actor, "duty"):
        await say(update, context, "core.not_allowed")
        return
    on = message.text.split()[0].split("@")[0].lower() == "/onduty"
    services = context.services
    async with services.sessions.begin() as session:
        await set_duty(session=session, actor=actor, on_duty=on, now=services.clock())
    await say(update, context, "duty.on" if on else "duty.off")


HANDLERS = [
    CallbackQueryHandler(alert_tap, pattern=r"^al:\d+:(ack|take|pdf|details)$"),
    CallbackQueryHandler(seen, pattern=r"^rt:seen$"),
    CommandHandler(["onduty", "offduty"], duty, filters=filters.ChatType.PRIVATE),
]
