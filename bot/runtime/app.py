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
from urllib.parse import urlsplit

from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ContextTypes,
)

from bot.runtime import workers
from bot.runtime.logs import protect
from bot.runtime.menus import introduce
from bot.runtime.metrics import Metrics
from bot.runtime.services import ReceiverState, Services
from bot.runtime.settings import Settings
from bot.triage import warm_up as warm_up_triage
from bot.triage.extract import warm_up
from handlers import register_all
from handlers.aiohttp_request import AiohttpRequest
from handlers.context import RapportContext
from handlers.health import health_routes, serve_health
from handlers.intake import Inbox, keep_webhook, lead_when_chosen, poll_forever, serve_webhook
from handlers.transport import TelegramSender
from storage.db import create_engine, session_factory
from storage.locks import HeldLock
from storage.migrate import upgrade_exclusively

log = logging.getLogger(__name__)

# Only what a handler reads: Telegram then never sends channel posts, polls or inline queries.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member", "chat_member"]
# Long polling: how long Telegram holds a getUpdates open when there is nothing to send.
POLL_TIMEOUT_S = 10
# The advisory lock held by the replica that receives from Telegram (storage/locks.py).
RECEIVER_LOCK = "receiver"
# How long a stopping bot waits for the updates it is handling (the rest stay stored).
DRAIN_S = 5.0


async def _post_init(application: Application) -> None:
    settings: Settings = application.bot_data["settings"]
    engine = create_engine(settings.database_url)
    services = Services(
        settings=settings,
        engine=engine,
        sessions=session_factory(engine),
        metrics=application.bot_data["metrics"],
    )
    if "clock" in application.bot_data:
        services.clock = application.bot_data["clock"]
    application.bot_data["services"] = services
    # The alert outbox first: an alert stored before a crash goes out while the triage warms up
    # (training the second opinion takes seconds on a slow machine), not after.
    workers.start(services, TelegramSender(application.bot))
    await asyncio.to_thread(warm_up)
    # The lemma dictionaries before the first message; the second opinion trains meanwhile (or
    # loads, kept from an earlier start).
    await asyncio.to_thread(warm_up_triage, background=True, kept_in=settings.model_cache_dir)
    # The menus and descriptions in the background: Telegram may ask to wait, the bot need not.
    services.background.append(
        asyncio.create_task(introduce(application.bot), name="rapport-introduce")
    )
    inbox = Inbox(application, services)
    application.bot_data["inbox"] = inbox
    services.receiving.append(
        asyncio.create_task(inbox.dispatch_forever(), name="rapport-dispatch")
    )
    # Renewed while the bot drains: stopped with the workers, after the updates in hand.
    services.background.append(
        asyncio.create_task(inbox.keep_leases_forever(), name="rapport-inbox-leases")
    )


async def _post_stop(application: Application) -> None:
    services: Services | None = application.bot_data.get("services")
    if services is None:
        return
    for task in services.receiving:
        task.cancel()
    await asyncio.gather(*services.receiving, return_exceptions=True)
    services.receiving.clear()
    lock: HeldLock | None = application.bot_data.pop("receiver_lock", None)
    if lock is not None:
        await lock.release()  # a standby takes over at once
    inbox: Inbox | None = application.bot_data.get("inbox")
    if inbox is not None:
        await inbox.drain(DRAIN_S)
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


async def close_application(application: Application) -> None:
    """Stop receiving, let in-flight updates finish, stop the workers, then dispose of the engine.

    The order matters: disposing of the engine under a handler still in a database call leaves
    that call waiting for a connection that is gone, and the event loop can never close. What is
    stored and not yet handled stays stored: the next start handles it.
    """
    services: Services | None = application.bot_data.get("services")
    if services is not None:
        services.receiver = ReceiverState.STOPPED
    for server in ("stop_webhook", "stop_http"):
        stop_server = application.bot_data.pop(server, None)
        if stop_server is not None:
            await stop_server()
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
    metrics = Metrics()

    def failed(kind: str) -> None:
        metrics.telegram_errors.labels(kind).inc()

    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.file_url())
        .context_types(ContextTypes(context=RapportContext))
        .updater(None)  # updates come through the inbox (handlers.intake), stored first
        .request(AiohttpRequest(pool_size=32, failed=failed))
        .get_updates_request(AiohttpRequest(pool_size=1, failed=failed))
        .build()
    )
    application.bot_data["settings"] = settings
    application.bot_data["metrics"] = metrics  # the application's own registry: Services holds it
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


async def start_receiving(
    application: Application, settings: Settings, *, poll_timeout_s: int = POLL_TIMEOUT_S
) -> None:
    """Receive updates into the inbox: a webhook at ``webhook_listen:webhook_port`` on the path of
    ``webhook_url`` (a reverse proxy or load balancer forwards the public URL unchanged),
    registered with the secret; otherwise long polling. Health and metrics are served on the
    webhook's port, or, when polling, at ``http_host:http_port`` (unless the port is 0).

    Replicas agree through the database on who receives: the holder of the receiver's lock
    polls (the others stand by), or, with a webhook, every replica serves and the holder
    registers the webhook. A first holder is chosen here, so a refused webhook stops the start.
    """
    services: Services = application.bot_data["services"]
    inbox: Inbox = application.bot_data["inbox"]
    bot = application.bot
    lock = HeldLock(services.engine, RECEIVER_LOCK)
    application.bot_data["receiver_lock"] = lock
    if not settings.webhook_url:
        if settings.http_port:
            try:
                application.bot_data["stop_http"] = await serve_health(
                    health_routes(services), host=settings.http_host, port=settings.http_port
                )
            except OSError as error:
                raise StartupError(
                    f"Cannot serve health and metrics on {settings.http_host}:"
                    f"{settings.http_port} (RAPPORT_HTTP_PORT=0 turns them off): {error}"
                ) from error

        def poll() -> Awaitable[None]:
            return poll_forever(
                bot,
                inbox,
                timeout_s=poll_timeout_s,
                allowed_updates=ALLOWED_UPDATES,
                holding=lock.still_held,
            )

        services.receiving.append(
            asyncio.create_task(
                lead_when_chosen(lock, services, role=ReceiverState.POLLING, lead=poll),
                name="rapport-polling",
            )
        )
        return
    secret = webhook_secret(settings)
    try:
        application.bot_data["stop_webhook"] = await serve_webhook(
            inbox,
            bot=bot,
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            path=urlsplit(settings.webhook_url).path,
            secret=secret,
            routes=health_routes(services),
        )
    except OSError as error:
        raise StartupError(
            f"Cannot listen on {settings.webhook_listen}:{settings.webhook_port}: {error}"
        ) from error

    def register() -> Awaitable[bool]:
        return bot.set_webhook(
            settings.webhook_url or "", secret_token=secret, allowed_updates=ALLOWED_UPDATES
        )

    registered = await lock.try_acquire()
    if registered:
        try:
            await register()
        except TelegramError as error:
            raise StartupError(f"The Bot API refused the webhook: {error}") from error

    def hold_webhook() -> Awaitable[None]:
        # Registered above for the first lead only: a lead taken over later registers anew.
        nonlocal registered
        done, registered = registered, False
        return keep_webhook(register, registered=done, holding=lock.still_held)

    services.receiver = ReceiverState.WEBHOOK
    services.receiving.append(
        asyncio.create_task(
            lead_when_chosen(lock, services, role=ReceiverState.WEBHOOK, lead=hold_webhook),
            name="rapport-webhook",
        )
    )


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
    await upgrade_exclusively(settings.database_url)
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
        await start_receiving(application, settings)
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
