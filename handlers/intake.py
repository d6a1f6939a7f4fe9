"""How updates come in: received and stored before Telegram is told, then dispatched from the
database to the handlers, in order per sender, each exactly once, replayed after any failure.

Polling advances the offset only past updates committed to the database; the webhook answers
2xx only after the commit (an error otherwise, so Telegram sends again). The dispatcher reads
what is stored and not yet processed: at start (what a crash left), whenever the receiver
stored something, and after a failure on the way (a database error), so nothing stored is ever
left unhandled and a redelivered update is never handled twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import replace
from typing import Any

from aiohttp import web
from telegram import Bot, Update
from telegram.error import Conflict, InvalidToken, NetworkError, TelegramError
from telegram.ext import Application
from telegram.warnings import PTBUserWarning

from bot.i18n import pick_language, t
from bot.inbound import (
    CURRENT,
    MAX_ATTEMPTS,
    Arrival,
    Handling,
    due_updates,
    mark_done,
    note_attempt,
    store_arrivals,
)
from bot.runtime.services import Services
from handlers.gate import arrival_of
from handlers.health import UnloggedProbes

log = logging.getLogger(__name__)
# getUpdates is asked through do_api_request on purpose: its answer is stored as Telegram sent
# it (PTB's get_updates would parse it first, and log a whole unreadable update at CRITICAL).
warnings.filterwarnings("ignore", message=".*Bot.getUpdates.*", category=PTBUserWarning)

# Updates handled at once (across senders; one at a time per sender).
CONCURRENT_UPDATES = 64
# Pauses after a failure, growing to the last: a database outage is waited out, not hammered.
RETRY_PAUSES_S = (0.5, 1.0, 2.0, 5.0)
# Ids handled lately, so a read of the queue begun before their commit does not hand them out
# again (the dispatcher's read and a handler's commit can overlap on PostgreSQL).
RECENT_IDS = 10_000
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def pause_after(failures: int) -> float:
    """Seconds to wait after ``failures`` failures in a row."""
    return RETRY_PAUSES_S[min(max(failures, 1), len(RETRY_PAUSES_S)) - 1]


def arrival_from_json(data: dict[str, Any], bot: Bot) -> Arrival:
    """An update as stored: what the gate reads off it, and its JSON exactly as Telegram sent
    it. A payload PTB cannot read is still stored (as kind "other"), and set aside when handled."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        return replace(arrival_of(Update.de_json(data, bot)), payload=payload)
    except Exception:
        update_id = data.get("update_id") if isinstance(data, dict) else None
        return Arrival(
            update_id=int(update_id) if isinstance(update_id, int) else 0,
            kind="other",
            telegram_user_id=None,
            chat_id=None,
            chat_type=None,
            message_id=None,
            text=None,
            language_code=None,
            payload=payload,
        )


class Inbox:
    """The receiver's way into the database and the dispatcher's way out of it."""

    def __init__(self, application: Application, services: Services) -> None:
        self._application = application
        self._services = services
        self._wake = asyncio.Event()
        self._busy_senders: set[int] = set()
        self._retry_at: dict[int, float] = {}
        self._recent: OrderedDict[int, None] = OrderedDict()
        self._slots = asyncio.Semaphore(CONCURRENT_UPDATES)
        self._tasks: set[asyncio.Task[None]] = set()

    async def store(self, raw: list[dict[str, Any]]) -> None:
        """Store updates as Telegram sent them (raises if the database fails: nothing stored)."""
        arrivals = [arrival_from_json(data, self._application.bot) for data in raw]
        services = self._services
        async with services.sessions.begin() as session:
            await store_arrivals(session=session, arrivals=arrivals, now=services.clock())
        services.metrics.updates_received.inc(len(arrivals))
        self._wake.set()

    async def dispatch_forever(self) -> None:
        """Hand stored, unprocessed updates to the handlers, oldest first per sender."""
        failures = 0
        while True:
            self._wake.clear()
            try:
                pause = await self._dispatch_due()
                failures = 0
            except Exception:
                failures += 1
                log.warning("inbox: cannot read stored updates; retrying", exc_info=True)
                pause = pause_after(failures)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(pause):
                    await self._wake.wait()

    async def _dispatch_due(self) -> float:
        """Start the handling of each sender's oldest unhandled update; seconds until a look is
        due again (a retry's time, or a slow look for what another replica may have stored)."""
        async with self._services.sessions() as session:
            rows = await due_updates(session=session)
        loop = asyncio.get_running_loop()
        now, next_retry = loop.time(), 1.0
        for row in rows:  # one per sender: its updates go in order
            sender = row.telegram_user_id or row.chat_id or 0
            if sender in self._busy_senders or row.id in self._recent:
                continue
            retry = self._retry_at.get(row.id, 0.0)
            if retry > now:
                next_retry = min(next_retry, retry - now)
                continue
            self._busy_senders.add(sender)
            handling = Handling(
                inbound_id=row.id, attempts=row.attempts, received_at=row.received_at
            )
            task = asyncio.create_task(self._handle(handling, sender, row.payload))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return next_retry

    async def _handle(self, handling: Handling, sender: int, payload: str) -> None:
        """Run one stored update through the handlers and settle it: processed, or tried again
        after a pause, or set aside after ``MAX_ATTEMPTS`` (on the record, in the log)."""
        inbound_id = handling.inbound_id
        started = asyncio.get_running_loop().time()
        try:
            async with self._slots:
                CURRENT.set(handling)  # this task's own context: the handlers see it
                try:
                    update = Update.de_json(json.loads(payload), self._application.bot)
                except Exception:
                    log.error("inbound %s: not an update Rapport can read; set aside", inbound_id)
                    update = None
                if update is not None:
                    await self._application.process_update(update)
                await self._settle(handling, update)
        except Exception:
            log.warning("inbound %s: could not be settled; retrying", inbound_id, exc_info=True)
            self._retry(inbound_id, handling.attempts + 1)
        finally:
            self._services.metrics.handling_seconds.observe(
                asyncio.get_running_loop().time() - started
            )
            self._busy_senders.discard(sender)
            self._wake.set()

    async def _settle(self, handling: Handling, update: Update | None) -> None:
        services = self._services
        if handling.retry:
            async with services.sessions.begin() as session:
                tries = await note_attempt(session=session, inbound_id=handling.inbound_id)
            if tries < MAX_ATTEMPTS:
                self._retry(handling.inbound_id, tries)
                return
            log.error("inbound %s failed %s times; set aside", handling.inbound_id, tries)
            await _tell_set_aside(update, handling)
        if not handling.done:
            async with services.sessions.begin() as session:
                await mark_done(
                    session=session,
                    inbound_id=handling.inbound_id,
                    now=services.clock(),
                    actor=handling.actor,
                )
        self._retry_at.pop(handling.inbound_id, None)
        outcome = "set_aside" if handling.retry or update is None else "handled"
        services.metrics.updates_handled.labels(outcome).inc()
        self._recent[handling.inbound_id] = None
        if len(self._recent) > RECENT_IDS:
            self._recent.popitem(last=False)

    def _retry(self, inbound_id: int, tries: int) -> None:
        self._services.metrics.updates_handled.labels("retried").inc()
        loop = asyncio.get_running_loop()
        self._retry_at[inbound_id] = loop.time() + pause_after(tries)

    async def idle(self) -> bool:
        """Whether every stored update has been handled and none is being handled."""
        if self._tasks:
            return False
        async with self._services.sessions() as session:
            return not await due_updates(session=session, limit=1)

    async def drain(self, timeout_s: float) -> None:
        """Wait (at most ``timeout_s``) for the updates being handled to finish."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout_s)


async def _tell_set_aside(update: Update | None, handling: Handling) -> None:
    """The sender was told it would be handled by itself; now it will not be: say so, so they
    send it again (the update stays on the record)."""
    chat = update.effective_chat if update is not None else None
    if chat is None or chat.type != "private":
        return
    user = update.effective_user if update is not None else None
    lang = (
        handling.actor.lang
        if handling.actor
        else pick_language(user.language_code if user else None)
    )
    with contextlib.suppress(TelegramError):
        await chat.send_message(t(lang, "core.error"))


async def poll_forever(
    bot: Bot, inbox: Inbox, *, timeout_s: int, allowed_updates: list[str]
) -> None:
    """Long polling: the offset moves past updates only once they are stored, so a crash or a
    database outage makes Telegram send them again rather than lose them."""
    offset: int | None = None
    failures = 0
    with contextlib.suppress(TelegramError):
        await bot.delete_webhook()  # getUpdates is refused while a webhook is set
    while True:
        try:
            raw = await bot.do_api_request(
                "getUpdates",
                api_kwargs={
                    "offset": offset,
                    "timeout": timeout_s,
                    "allowed_updates": allowed_updates,
                },
                read_timeout=timeout_s + 10,
            )
            if raw:
                await inbox.store(list(raw))
                offset = max(int(data["update_id"]) for data in raw) + 1
            failures = 0
        except asyncio.CancelledError:
            raise
        except InvalidToken:
            raise
        except Conflict as error:  # another poller (or a webhook) holds the bot
            failures += 1
            log.warning("getUpdates refused: %s", error)
            await asyncio.sleep(pause_after(failures))
        except (NetworkError, TelegramError) as error:
            failures += 1
            log.warning("getUpdates failed: %s", error)
            await asyncio.sleep(pause_after(failures))
        except Exception:
            failures += 1
            log.warning("updates not stored; Telegram will send them again", exc_info=True)
            await asyncio.sleep(pause_after(failures))


def webhook_app(
    inbox: Inbox, *, path: str, secret: str, bot: Bot, routes: Iterable[web.RouteDef] = ()
) -> web.Application:
    """The webhook endpoint: 200 only once the update is stored; 403 without the secret. Also
    serves ``routes`` (health and metrics)."""

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return web.Response(status=403)
        try:
            data = await request.json()
        except ValueError:
            return web.Response(status=400)
        if not isinstance(data, dict):
            return web.Response(status=400)
        try:
            await inbox.store([data])
        except Exception:
            log.warning("webhook update not stored; Telegram will send it again", exc_info=True)
            return web.Response(status=503)
        return web.Response(status=200)

    app = web.Application()
    app.router.add_post(f"/{path.strip('/')}", receive)
    app.add_routes(routes)
    return app


async def serve_webhook(
    inbox: Inbox,
    *,
    bot: Bot,
    listen: str,
    port: int,
    path: str,
    url: str,
    secret: str,
    allowed_updates: list[str],
    routes: Iterable[web.RouteDef] = (),
) -> Callable[[], Awaitable[None]]:
    """Listen, then ask Telegram to push to ``url``; the function that stops listening."""
    runner = web.AppRunner(
        webhook_app(inbox, path=path, secret=secret, bot=bot, routes=routes),
        access_log_class=UnloggedProbes,
    )
    await runner.setup()
    site = web.TCPSite(runner, listen, port)
    try:
        await site.start()
        await bot.set_webhook(url, secret_token=secret, allowed_updates=allowed_updates)
    except BaseException:
        await runner.cleanup()
        raise
    return runner.cleanup
