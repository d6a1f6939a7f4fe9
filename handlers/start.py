"""Enrolment and the basics: ``/start CODE``, ``/lang``, ``/help``."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.context import RapportContext
from bot.directory import DirectoryError, set_language
from bot.enrolment import EnrolmentError, enrol
from bot.help import help_text
from bot.i18n import pick_language, t


async def start(update: Update, context: RapportContext) -> None:
    """Enrol with a one-time code, or greet someone already enrolled."""
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    lang = context.actor.lang if context.actor else pick_language(user.language_code)
    if not context.args:
        key = "start.welcome_back" if context.actor else "core.not_enrolled"
        await chat.send_message(t(lang, key, name=user.first_name))
        return
    services = context.services
    refusal: EnrolmentError | None = None
    async with services.sessions.begin() as session:
        try:
            enrolled = await enrol(
                session=session,
                code=context.args[0],
                telegram_user_id=user.id,
                display_name=user.full_name,
                lang=lang,
                now=services.clock(),
            )
        except EnrolmentError as error:
            refusal = error  # caught inside the transaction: the refusal's audit line is kept
    if refusal is not None:
        await chat.send_message(t(lang, refusal.key, **refusal.values))
        return
    staff = enrolled.staff
    await chat.send_message(
        t(staff.lang, "start.enrolled", name=staff.name, roles=", ".join(staff.roles))
        + "\n\n"
        + help_text(staff.lang, tuple(staff.roles))
    )


async def lang(update: Update, context: RapportContext) -> None:
    """Change the language the bot speaks to this user."""
    actor, chat = context.actor, update.effective_chat
    assert actor is not None and chat is not None
    choice = (context.args[0] if context.args else "").lower()
    try:
        async with context.services.sessions.begin() as session:
            await set_language(session=session, actor=actor, lang=choice)
    except DirectoryError:
        await chat.send_message(t(actor.lang, "lang.usage"))
        return
    await chat.send_message(t(choice, "lang.changed"))


async def help_command(update: Update, context: RapportContext) -> None:
    """List the commands this user's roles allow."""
    actor, chat = context.actor, update.effective_chat
    assert actor is not None and chat is not None
    await chat.send_message(help_text(actor.lang, actor.roles))


HANDLERS = [
    CommandHandler("start", start),
    CommandHandler("lang", lang),
    CommandHandler("help", help_command),
]
