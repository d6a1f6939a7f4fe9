"""Administration by chat: ``/register ROUTE`` inside a private group."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot import channels
from bot.channels import ChannelError
from bot.context import RapportContext
from handlers.respond import say


async def register(update: Update, context: RapportContext) -> None:
    """Register this group for a route of the admin's site (private groups only)."""
    actor, chat = context.actor, update.effective_chat
    assert actor is not None and chat is not None
    route = (context.args or [""])[0].lower()
    try:
        is_public = chat.type == "channel" or bool(
            chat.username or (await context.bot.get_chat(chat.id)).username
        )
        async with context.services.sessions.begin() as session:
            await channels.register(
                session=session,
                actor=actor,
                chat_id=chat.id,
                chat_type=chat.type,
                title=chat.title or "",
                route=route,
                public=is_public,
                now=context.services.clock(),
            )
    except ChannelError as error:
        await say(update, context, error.key, **error.values)
        return
    await say(update, context, "channels.registered", route=route)


HANDLERS = [CommandHandler("register", register)]
