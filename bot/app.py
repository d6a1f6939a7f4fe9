"""The composition root: builds the Telegram ``Application`` from settings, storage and handlers.

This is the only module of ``bot/`` that imports ``telegram`` and ``handlers``. Resources have one
owner: the engine and session factory are made in ``post_init`` and disposed in ``post_shutdown``,
and handlers reach them through the typed context (``context.services``), never through globals.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import re
import signal
import sys
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, BotCommandScopeDefault
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    ContextTypes,
)

from bot import workers
from bot.context import RapportContext, Services
from bot.extract import warm_up
from bot.i18n import LANGUAGES, t
from bot.logs import protect
from bot.settings import Settings
from handlers import register_all
from handlers.aiohttp_request import AiohttpRequest
from handlers.transport import TelegramSender
from storage.db import create_engine, session_factory
from storage.migrate import upgrade_async

log = logging.getLogger(__name__)

# Commands published with setMyCommands; /help lists those of the user's roles.
PUBLIC_COMMANDS = ("observe", "mine", "summary", "lang", "help", "cancel")
# Only what a handler reads: Telegram then never sends channel posts, polls or inline queries.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member", "chat_member"]


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Processes updates concurrently across users but in order for each user.

    An officer's second message must not overtake their first (the second may answer a question
    the first raised), while one slow officer must not hold up everybody else.
    """

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the update's coroutine under its user's lock."""
        user = getattr(update, "effective_user", None)
        key = user.id if user is not None else 0
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            await coroutine
        if not lock.locked() and len(self._locks) > 10_000:
            self._locks.pop(key, None)

    def turn(self, user_id: int) -> asyncio.Lock:
        """The user's lock: what else is sent to their private chat (the outbox) waits while
        one of their updates is handled, so "alert sent to …" never precedes "Submitted"."""
        return self._locks.setdefault(user_id, asyncio.Lock())

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free."""


async def _post_init(application: Application) -> None:
    settings: Settings = application.bot_data["settings"]
    engine = create_engine(settings.database_url)
    services = Services(settings=settings, engine=engine, sessions=session_factory(engine))
    if "clock" in application.bot_data:
        services.clock = application.bot_data["clock"]
    application.bot_data["services"] = services
    await asyncio.to_thread(warm_up)
    await _publish_commands(application)
    processor = application.update_processor
    turn = processor.turn if isinstance(processor, PerUserUpdateProcessor) else None
    workers.start(services, TelegramSender(application.bot, turn=turn))


async def _publish_commands(application: Application) -> None:
    for lang in LANGUAGES:
        commands = [BotCommand(name, t(lang, f"commands.{name}")) for name in PUBLIC_COMMANDS]
        await application.bot.set_my_commands(
            commands, scope=BotCommandScopeDefault(), language_code=None if lang == "en" else lang
        )


async def _post_stop(application: Application) -> None:
    services: Services | None = application.bot_data.get("services")
    if services is None:
        return
    for task in services.background:
        task.cancel()
    await asyncio.gather(*services.background, return_exceptions=True)
    services.background.clear()


async def _post_shutdown(application: Application) -> None:
    services: Services | None = application.bot_data.get("services")
    if services is not None:
        await services.engine.dispose()


async def open_application(application: Application) -> None:
    """Initialise, make the services, start: what ``run_polling`` does before it polls.

    PTB calls post-init hooks only from its own ``run_*`` loops; serving and tests drive the
    application themselves, so the resources are opened here, in one place.
    """
    await application.initialize()
    try:
        await _post_init(application)
    except BaseException:
        await application.shutdown()
        raise
    await application.start()


async def close_application(application: Application, *, drain_s: float = 5.0) -> None:
    """Stop polling, let in-flight updates finish, stop the workers, then dispose of the engine.

    The order matters: disposing of the engine under a handler still in a database call leaves
    that call waiting for a connection that is gone, and the event loop can never close.
    """
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + drain_s
    while (  # noqa: ASYNC110 - PTB offers no event for "no update in flight"
        application.update_processor.current_concurrent_updates
        or not application.update_queue.empty()
    ) and loop.time() < deadline:
        await asyncio.sleep(0.02)
    if application.running:
        await application.stop()
    await _post_stop(application)
    await application.shutdown()
    await _post_shutdown(application)


def build_application(
    settings: Settings, *, token: str, clock: Callable[[], datetime] | None = None
) -> Application:
    """The bot, ready to ``initialize``/``start``, talking to ``settings.telegram_api_url``."""
    protect(token)  # before the first request: every request URL holds the token
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.file_url())
        .context_types(ContextTypes(context=RapportContext))
        .concurrent_updates(PerUserUpdateProcessor())
        .request(AiohttpRequest(pool_size=32))
        .get_updates_request(AiohttpRequest(pool_size=1))
        .build()
    )
    application.bot_data["settings"] = settings
    if clock is not None:
        application.bot_data["clock"] = clock
    register_all(application)
    return application


class StartupError(RuntimeError):
    """The bot cannot start; the message is the one line the operator reads."""


# Telegram's rule for setWebhook's secret_token.
WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


def webhook_secret(settings: Settings) -> str:
    """The secret Telegram must send with every webhook request (webhook mode refuses to start
    without one: anybody who finds the URL could otherwise post forged updates)."""
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not secret:
        raise StartupError("Webhook mode needs RAPPORT_WEBHOOK_SECRET.")
    if not WEBHOOK_SECRET.fullmatch(secret):
        raise StartupError(
            "RAPPORT_WEBHOOK_SECRET must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -."
        )
    return secret


async def start_webhook(application: Application, settings: Settings) -> None:
    """Listen on ``webhook_listen:webhook_port`` at the path of ``webhook_url`` (a reverse proxy
    forwards the public URL unchanged) and tell Telegram to push there with the secret."""
    assert application.updater is not None and settings.webhook_url
    try:
        await application.updater.start_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=urlsplit(settings.webhook_url).path.strip("/"),
            webhook_url=settings.webhook_url,
            secret_token=webhook_secret(settings),
            allowed_updates=ALLOWED_UPDATES,
        )
    except TelegramError as error:
        raise StartupError(f"The Bot API refused the webhook: {error}") from error
    except OSError as error:
        raise StartupError(
            f"Cannot listen on {settings.webhook_listen}:{settings.webhook_port}: {error}"
        ) from error


async def serve(settings: Settings, *, stop: asyncio.Event | None = None) -> None:
    """Migrate the database, start the bot (webhook if configured, else polling), run until
    ``stop`` is set or SIGINT/SIGTERM arrives, then shut down cleanly."""
    token = settings.token()
    if not token:
        raise StartupError(
            "No bot token: set RAPPORT_TELEGRAM_TOKEN (or RAPPORT_TELEGRAM_TOKEN_FILE)."
        )
    if settings.webhook_url:
        webhook_secret(settings)
    await upgrade_async(settings.database_url)
    application = build_application(settings, token=token)
    try:
        await open_application(application)
    except InvalidToken as error:
        raise StartupError(
            f"The Bot API at {settings.telegram_api_url} refused the token."
        ) from error
    except (NetworkError, TelegramError, OSError) as error:
        raise StartupError(
            f"Cannot reach the Bot API at {settings.telegram_api_url}: {error}"
        ) from error
    # What is loaded by now, warm-up included (modules, lexicons, dateparser's data), lives as
    # long as the process: kept out of the collector's reach, a full collection no longer walks
    # a quarter of a million objects, a pause of up to 120 ms under load on the 2-core target
    # (issue 4). Here, once per process: tests open many bots in one process, without serve().
    gc.collect()
    gc.freeze()
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    try:
        assert application.updater is not None
        if settings.webhook_url:
            await start_webhook(application, settings)
        else:
            await application.updater.start_polling(timeout=10, allowed_updates=ALLOWED_UPDATES)
        log.info("Rapport is running (%s)", "webhook" if settings.webhook_url else "polling")
        await stop.wait()
    finally:
        await close_application(application)


def run(settings: Settings) -> int:
    """``rapport run``: the exit code for the shell."""
    try:
        asyncio.run(serve(settings))
    except StartupError as error:
        print(f"rapport: {error}", file=sys.stderr)
        return 1
    return 0
