"""What the Telegram app shows of the bot before anyone types: each user's command menu (their
roles' commands, in their language) and the bot's descriptions, in English and French.

Telegram picks a user's menu from the first list set in this order: their chat in their app's
language, their chat, ..., the default scope in the app's language, the default scope (Bot API,
"Determining list of commands"). So strangers get the default scope (per app language: enrol,
privacy), and an enrolled user gets a list for their own chat, in the language they chose with
``/lang`` whatever their app's language. A menu is a convenience: it is set after the work it
follows has committed, and failing to set one is logged, never an error for the user.
"""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError

from bot.help import STRANGER_COMMANDS, commands_for, menu
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, t

log = logging.getLogger(__name__)


def _commands(lang: str, commands: tuple[str, ...]) -> list[BotCommand]:
    return [BotCommand(command, meaning) for command, meaning in menu(lang, commands)]


def _language_code(lang: str) -> str | None:
    """The ``language_code`` of a list for ``lang``: none for the default language, so that
    every app language without a list of its own gets it."""
    return None if lang == DEFAULT_LANGUAGE else lang


async def introduce(bot: Bot) -> None:
    """Set the strangers' menu and the descriptions in each language, where they differ from
    what Telegram has (a restart then costs no writes, which Telegram limits)."""
    try:
        for lang in LANGUAGES:
            code = _language_code(lang)
            commands = _commands(lang, STRANGER_COMMANDS)
            shown = await bot.get_my_commands(scope=BotCommandScopeDefault(), language_code=code)
            if list(shown) != commands:
                await bot.set_my_commands(
                    commands, scope=BotCommandScopeDefault(), language_code=code
                )
            description = t(lang, "about.description")
            if (await bot.get_my_description(code)).description != description:
                await bot.set_my_description(description, language_code=code)
            short = t(lang, "about.short_description")
            if (await bot.get_my_short_description(code)).short_description != short:
                await bot.set_my_short_description(short, language_code=code)
    except TelegramError as error:
        log.warning("the bot's menu and descriptions were not set: %s", error)


async def publish_menu(bot: Bot, *, chat_id: int, roles: tuple[str, ...], lang: str) -> None:
    """Show this user the commands of their roles, described in their language."""
    try:
        await bot.set_my_commands(
            _commands(lang, commands_for(roles)), scope=BotCommandScopeChat(chat_id)
        )
    except TelegramError as error:
        log.warning("the menu of chat %s was not set: %s", chat_id, error)


async def forget_menu(bot: Bot, *, chat_id: int) -> None:
    """Back to the strangers' menu (someone no longer enrolled: deactivated)."""
    try:
        await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id))
    except TelegramError as error:
        log.warning("the menu of chat %s was not reset: %s", chat_id, error)
