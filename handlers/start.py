"""Enrolment and the basics: ``/start CODE``, ``/lang``, ``/help``."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import CommandHandler

from bot.help import help_text
from bot.i18n import pick_language, t
from bot.people.directory import set_language
from bot.people.enrolment import enrol
from bot.refusal import Refusal
from bot.reply import Reply, esc
from handlers.context import RapportContext
from handlers.respond import refusals, respond


async def start(update: Update, context: RapportContext) -> None:
    """Enrol with a one-time code, or greet someone already enrolled."""
    user = update.effective_user
    assert user is not None
    lang = context.actor.lang if context.actor else pick_language(user.language_code)
    if not context.args:
        key = "start.welcome_back" if context.actor else "core.not_enrolled"
        await _tell(update, context, t(lang, key, name=user.first_name))
        return
    services = context.services
    async with context.work() as session:
        try:
            enrolled = await enrol(
                session=session,
                code=context.args[0],
                telegram_user_id=user.id,
                display_name=user.full_name,
                lang=lang,
                now=services.clock(),
            )
        except Refusal as error:
            # Answered inside the transaction: the refusal's audit line is kept with it.
            await _tell(update, context, t(lang, error.key, **error.values), session=session)
            return
        staff = enrolled.staff
        welcome = t(
            staff.lang,
            "start.enrolled",
            name=staff.name,
            roles=", ".join(t(staff.lang, f"role.title.{role}") for role in staff.roles),
            count=len(staff.roles),
        )
        await _tell(
            update,
            context,
            welcome + "\n\n" + help_text(staff.lang, tuple(staff.roles)),
            session=session,
        )


async def _tell(
    update: Update, context: RapportContext, text: str, *, session: AsyncSession | None = None
) -> None:
    """Plain text (not markup) to the user, through the outbox."""
    await respond(update, context, Reply(text=esc(text)), session=session)


async def lang(update: Update, context: RapportContext) -> None:
    """Change the language the bot speaks to this user."""
    actor = context.actor
    assert actor is not None
    choice = (context.args[0] if context.args else "").lower()
    async with refusals(update, context), context.work() as session:
        await set_language(session=session, actor=actor, lang=choice)
        await _tell(update, context, t(choice, "lang.changed"), session=session)


async def help_command(update: Update, context: RapportContext) -> None:
    """List the commands this user's roles allow."""
    actor = context.actor
    assert actor is not None
    await _tell(update, context, help_text(actor.lang, actor.roles))


HANDLERS = [
    CommandHandler("start", start),
    CommandHandler("lang", lang),
    CommandHandler("help", help_command),
]
