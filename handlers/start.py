"""Enrolment and the basics: ``/start CODE`` (typed, or from an invitation's link), ``/lang``
(typed or with its buttons), ``/help``, ``/privacy``. Each keeps the user's command menu in step
with their roles and language."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.callback_data import LanguageChoice
from bot.help import help_text
from bot.i18n import pick_language, t
from bot.people.authz import Actor
from bot.people.directory import language_picker, set_language
from bot.people.enrolment import enrol
from bot.people.privacy import privacy_notice
from bot.refusal import Refusal
from bot.reply import Reply, esc
from bot.runtime.menus import publish_menu
from handlers.context import RapportContext
from handlers.respond import refusals, respond

PRIVATE = filters.ChatType.PRIVATE


async def start(update: Update, context: RapportContext) -> None:
    """Enrol with a one-time code, or greet someone already enrolled."""
    user = update.effective_user
    assert user is not None
    actor = context.actor
    lang = actor.lang if actor else pick_language(user.language_code)
    if not context.args:
        key = "start.welcome_back" if actor else "core.not_enrolled"
        await _tell(update, context, t(lang, key, name=user.first_name))
        if actor is not None:  # a menu lost, or kept from before a deactivation, comes back
            await publish_menu(context.bot, chat_id=user.id, roles=actor.roles, lang=actor.lang)
        return
    async with context.work() as session:
        try:
            enrolled = await enrol(
                session=session,
                code=context.args[0],
                telegram_user_id=user.id,
                display_name=user.full_name,
                lang=lang,
                now=context.services.clock(),
            )
        except Refusal as error:
            # Answered inside the transaction: the refusal's audit line is kept with it.
            await _tell(update, context, t(lang, error.key, **error.values), session=session)
            return
        staff = enrolled.staff
        roles, lang = tuple(staff.roles), staff.lang
        await _tell(update, context, _welcome(lang, staff.name, roles), session=session)
    await publish_menu(context.bot, chat_id=user.id, roles=roles, lang=lang)


def _welcome(lang: str, name: str, roles: tuple[str, ...]) -> str:
    """The enrolment welcome: the roles by their titles, then what they may do."""
    titles = ", ".join(t(lang, f"role.title.{role}") for role in roles)
    welcome = t(lang, "start.enrolled", name=name, roles=titles, count=len(roles))
    return welcome + "\n\n" + help_text(lang, roles)


async def _tell(
    update: Update, context: RapportContext, text: str, *, session: AsyncSession | None = None
) -> None:
    """Plain text (not markup) to the user, through the outbox."""
    await respond(update, context, Reply(text=esc(text)), session=session)


async def lang(update: Update, context: RapportContext) -> None:
    """``/lang fr`` changes the language at once; ``/lang`` alone offers the languages."""
    actor = context.actor
    assert actor is not None
    if not context.args:
        await respond(update, context, language_picker(actor.lang))
        return
    async with refusals(update, context):
        await _change_language(update, context, actor, context.args[0].lower())


async def lang_tap(update: Update, context: RapportContext) -> None:
    """A button of the language picker: the picker becomes the confirmation."""
    actor, query = context.actor, update.callback_query
    assert actor is not None and query is not None
    async with refusals(update, context):
        choice = LanguageChoice.unpack(str(query.data)).lang
        await _change_language(update, context, actor, choice)
        await query.answer()


async def _change_language(
    update: Update, context: RapportContext, actor: Actor, choice: str
) -> None:
    """Store the choice, confirm it in the new language, and describe the menu in it."""
    async with context.work() as session:
        await set_language(session=session, actor=actor, lang=choice)
        changed = Reply(text=esc(t(choice, "lang.changed")), replace=True)
        await respond(update, context, changed, session=session)
    await publish_menu(context.bot, chat_id=actor.telegram_user_id, roles=actor.roles, lang=choice)


async def help_command(update: Update, context: RapportContext) -> None:
    """List the commands this user's roles allow."""
    actor = context.actor
    assert actor is not None
    await _tell(update, context, help_text(actor.lang, actor.roles))


async def privacy(update: Update, context: RapportContext) -> None:
    """The Privacy Act notice, for staff and for someone not enrolled yet alike."""
    user = update.effective_user
    assert user is not None
    actor = context.actor
    lang = actor.lang if actor else pick_language(user.language_code)
    async with context.work() as session:
        notice = await privacy_notice(session=session, actor=actor, lang=lang)
        await respond(update, context, Reply(text=notice), session=session)


HANDLERS = [
    CommandHandler("start", start),
    CommandHandler("lang", lang),
    CallbackQueryHandler(lang_tap, pattern=LanguageChoice.matches),
    CommandHandler("help", help_command),
    CommandHandler("privacy", privacy, filters=PRIVATE),
]
