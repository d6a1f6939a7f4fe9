"""Showing domain replies in Telegram: through the outbox, in the unit of work of the update.

Replies (cards, questions, confirmations, documents, charts) and edits of a tapped message are
outbox rows, so they commit with what they report and reach the user in order, after a kill or a
429 all the same. Only a tap's toast goes directly: its query expires within seconds.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update

from bot.i18n import t
from bot.notify.answers import queue_reply, queue_unbutton
from bot.people.authz import Actor, allowed
from bot.refusal import Refusal
from bot.reply import Reply, esc
from bot.telegram_limits import CALLBACK_ANSWER_LIMIT, cut_text
from handlers.context import RapportContext


async def respond(
    update: Update,
    context: RapportContext,
    reply: Reply,
    *,
    private: bool = False,
    session: AsyncSession | None = None,
) -> None:
    """Queue ``reply`` to the chat of ``update`` (or in place of the tapped message); with
    ``private``, to the user's private chat whatever chat the update came from. ``session`` is the
    handler's unit of work, so the reply commits with the work it reports."""
    chat = update.effective_chat
    assert chat is not None
    chat_id = update.effective_user.id if private and update.effective_user else chat.id
    query = update.callback_query
    replacing = None
    if reply.replace and query is not None and query.message is not None:
        replacing = query.message.message_id
    actor = context.actor
    async with context.within(session) as unit:
        await queue_reply(
            session=unit,
            chat_id=chat_id,
            reply=reply,
            now=context.services.clock(),
            staff_id=actor.staff_id if actor else None,
            site_id=actor.site_id if actor else None,
            replacing_message_id=replacing,
        )


async def say(
    update: Update,
    context: RapportContext,
    key: str,
    *,
    session: AsyncSession | None = None,
    **values: object,
) -> None:
    """A short catalog message in the user's language (answering a tap as a toast)."""
    lang = context.actor.lang if context.actor else "en"
    text = t(lang, key, **values)
    if update.callback_query is not None:
        await update.callback_query.answer(cut_text(text, CALLBACK_ANSWER_LIMIT), show_alert=True)
    elif update.effective_chat is not None:
        await respond(update, context, Reply(text=esc(text)), session=session)


async def respond_if_allowed(
    update: Update,
    context: RapportContext,
    action: str,
    flow: Callable[[AsyncSession, Actor], Awaitable[Reply]],
) -> None:
    """Run ``flow`` in one unit of work for an actor whose roles allow ``action`` and queue its
    reply with it; anyone else is told politely that their role does not allow it."""
    actor = context.actor
    assert actor is not None
    if not allowed(actor, action):
        await say(update, context, "core.not_allowed")
        return
    async with context.work() as session:
        await respond(update, context, await flow(session, actor), session=session)


@asynccontextmanager
async def refusals(update: Update, context: RapportContext) -> AsyncIterator[None]:
    """Run a handler's work; a refusal raised in it is said to the user in their language (a
    toast for a tap) and ends the work. Open the unit of work inside, so that it has rolled back
    before the refusal is queued."""
    try:
        yield
    except Refusal as refusal:
        await say(update, context, refusal.key, **refusal.values)


async def retire_buttons(
    update: Update, context: RapportContext, *, session: AsyncSession | None = None
) -> None:
    """Take the buttons off a tapped message so the same tap cannot be made twice."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    async with context.within(session) as unit:
        await queue_unbutton(
            session=unit,
            chat_id=query.message.chat.id,
            message_id=query.message.message_id,
            now=context.services.clock(),
        )
