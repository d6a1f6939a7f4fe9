"""Reports for managers: ``/summary`` (or "summary for October" in words), ``/briefing``,
``/offender``, ``/export``."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Message, Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.people.authz import Actor
from bot.reply import Reply
from bot.reports import briefing as briefing_flow
from bot.reports import export as export_flow
from bot.reports import offender_history as offender_flow
from bot.reports import summary as summary_flow
from bot.reports.requests import summary_words
from handlers.context import RapportContext
from handlers.respond import refusals, respond

PRIVATE = filters.ChatType.PRIVATE


class Flow(Protocol):
    """A report flow of ``bot``: the actor's command words in, the replies out."""

    def __call__(
        self, *, session: AsyncSession, actor: Actor, words: str, now: datetime
    ) -> Awaitable[Reply | list[Reply]]: ...


async def _run(
    update: Update, context: RapportContext, flow: Flow, words: str | None = None
) -> None:
    """Call one report flow with ``words`` (the command's, by default); send its replies in
    order."""
    actor = context.actor
    assert actor is not None
    words = " ".join(context.args or []) if words is None else words
    services = context.services
    async with refusals(update, context), context.work() as session:
        replies = await flow(session=session, actor=actor, words=words, now=services.clock())
        for reply in replies if isinstance(replies, list) else [replies]:
            await respond(update, context, reply, session=session)


async def summary(update: Update, context: RapportContext) -> None:
    """Counts, concerns, alerts and a chart for a period, in the reader's scope."""
    await _run(update, context, summary_flow.summary)


class _AsksForSummary(filters.MessageFilter):
    """A plain message that asks for a summary in words (``bot.reports.requests``)."""

    def filter(self, message: Message) -> bool:
        return message.text is not None and summary_words(message.text) is not None


async def summary_in_words(update: Update, context: RapportContext) -> None:
    """ "summary for October", typed without the slash: ``/summary for October``."""
    assert update.message is not None and update.message.text is not None
    await _run(update, context, summary_flow.summary, summary_words(update.message.text))


async def briefing(update: Update, context: RapportContext) -> None:
    """The last 24 hours for the morning meeting (the command takes no words)."""
    await _run(
        update,
        context,
        lambda *, session, actor, words, now: briefing_flow.briefing(
            session=session, actor=actor, now=now
        ),
    )


async def offender(update: Update, context: RapportContext) -> None:
    """One offender's history, by FPS number or surname."""
    await _run(update, context, offender_flow.offender_history)


async def export(update: Update, context: RapportContext) -> None:
    """The period's records as CSV and its 0875s as one PDF."""
    await _run(update, context, export_flow.export)


HANDLERS = [
    CommandHandler("summary", summary, filters=PRIVATE),
    MessageHandler(
        PRIVATE & filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & _AsksForSummary(),
        summary_in_words,
    ),
    CommandHandler("briefing", briefing, filters=PRIVATE),
    CommandHandler("offender", offender, filters=PRIVATE),
    CommandHandler("export", export, filters=PRIVATE),
]
