"""Alerts and duty: the taps on alerts and route items; ``/onduty``, ``/offduty`` and the
answers to "Still on duty?"."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.callback_data import AlertAction, AlertTap, DutyAnswer, DutyReply, RouteAction, RouteTap
from bot.capture import records
from bot.notify import alerting, duty
from bot.people.authz import allowed
from bot.people.directory import set_duty
from bot.reply import Reply
from bot.telegram_limits import CALLBACK_ANSWER_LIMIT, cut_text
from handlers.context import RapportContext
from handlers.respond import refusals, respond, say


async def alert_tap(update: Update, context: RapportContext) -> None:
    """An alert's buttons: only staff allowed at the alert's site act."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None and query.data is not None
    tap = AlertTap.unpack(query.data)
    services = context.services
    async with refusals(update, context):
        taken = False
        async with context.work() as session:
            if tap.action in (AlertAction.ACK, AlertAction.TAKE):
                note, taken = await alerting.acknowledge(
                    session=session,
                    actor=actor,
                    alert_id=tap.alert_id,
                    take_over=tap.action == AlertAction.TAKE,
                    now=services.clock(),
                )
                reply = None
            else:
                reference = await alerting.entry_of_alert(
                    session=session, actor=actor, alert_id=tap.alert_id
                )
                reply = await records.alert_document(
                    session=session,
                    actor=actor,
                    reference=reference,
                    as_pdf=tap.action == AlertAction.PDF,
                )
                await respond(update, context, reply, private=True, session=session)
        if taken:  # counted once it is committed
            kind = "taken_over" if tap.action == AlertAction.TAKE else "acknowledged"
            services.metrics.acknowledgements.labels(kind).inc()
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
    """The answer to "Still on duty?", shown in place of the question."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None and query.message is not None
    assert query.data is not None
    answer = DutyAnswer.unpack(query.data).answer
    services = context.services
    async with context.work() as session:
        note = await duty.answer(
            session=session,
            actor=actor,
            chat_id=query.message.chat.id,
            message_id=query.message.message_id,
            still_on_duty=answer == DutyReply.YES,
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
    CallbackQueryHandler(alert_tap, pattern=AlertTap.matches),
    CallbackQueryHandler(seen, pattern=RouteTap(RouteAction.SEEN).sent_by),
    CallbackQueryHandler(route_details, pattern=RouteTap(RouteAction.DETAILS).sent_by),
    CallbackQueryHandler(duty_check, pattern=DutyAnswer.matches),
    CommandHandler(["onduty", "offduty"], duty_command, filters=filters.ChatType.PRIVATE),
]
