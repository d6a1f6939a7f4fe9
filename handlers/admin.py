"""Administration by chat: ``/register ROUTE`` inside a private group; ``/invite ROLE`` in a
private chat."""

from __future__ import annotations

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler, filters

from bot.i18n import t
from bot.notify import channels
from bot.people import membership
from bot.people.invitation import invite_in_chat
from bot.reply import Reply
from handlers.context import RapportContext
from handlers.membership import member_count, person
from handlers.respond import refusals, respond


async def register(update: Update, context: RapportContext) -> None:
    """Register this group for a route of the admin's site (private groups only); the answer
    lists the members seen here who are not enrolled."""
    actor, chat, user = context.actor, update.effective_chat, update.effective_user
    assert actor is not None and chat is not None and user is not None
    route = (context.args or [""])[0].lower()
    services = context.services
    async with refusals(update, context):
        is_public = chat.type == "channel" or bool(
            chat.username or (await context.bot.get_chat(chat.id)).username
        )
        async with services.sessions.begin() as session:
            await channels.register(
                session=session,
                actor=actor,
                chat_id=chat.id,
                chat_type=chat.type,
                title=chat.title or "",
                route=route,
                public=is_public,
                now=services.clock(),
            )
        await _roll_call(update, context, route)


async def _roll_call(update: Update, context: RapportContext, route: str) -> None:
    """Answer a registration with the members seen in the group who are not enrolled."""
    actor, chat, user = context.actor, update.effective_chat, update.effective_user
    assert actor is not None and chat is not None and user is not None
    services = context.services
    try:
        admins = [person(a.user) for a in await chat.get_administrators()]
    except TelegramError:
        admins = []
    count = await member_count(context, chat.id)
    async with context.work() as session:
        listing = await membership.roll_call(
            session=session,
            actor=actor,
            chat_id=chat.id,
            title=chat.title or "",
            people=[person(user), *admins],
            member_count=count,
            now=services.clock(),
        )
        text = t(actor.lang, "channels.registered", route=route)
        await respond(update, context, Reply(text=f"{text}\n\n{listing}"), session=session)


async def invite(update: Update, context: RapportContext) -> None:
    """An enrolment invitation for the admin's site: a QR code with the link and the code."""
    actor = context.actor
    assert actor is not None
    async with refusals(update, context), context.work() as session:
        reply = await invite_in_chat(
            session=session,
            actor=actor,
            words=list(context.args or []),
            bot_username=context.bot.username,
            now=context.services.clock(),
        )
        await respond(update, context, reply, session=session)


HANDLERS = [
    CommandHandler("register", register),
    CommandHandler("invite", invite, filters=filters.ChatType.PRIVATE),
]
