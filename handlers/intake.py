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
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import replace
from datetime import timedelta
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
    AlreadyHandled,
    Arrival,
    Handling,
    claim_updates,
    keep_leases,
    mark_done,
    store_arrivals,
    try_again_later,
    unhandled,
)
from bot.leases import RENEW_EVERY_S
from bot.runtime.services import ReceiverState, Services
from handlers.gate import arrival_of
from handlers.health import UnloggedProbes
from storage.locks import HeldLock
from storage.models import utcnow

log = logging.getLogger(__name__)
# getUpdates is asked through do_api_request on purpose: its answer is stored as Telegram sent
# it (PTB's get_updates would parse it first, and log a whole unreadable update at CRITICAL).
warnings.filterwarnings("ignore", message=".*Bot.getUpdates.*", category=PTBUserWarning)

# Updates handled at once by one replica (across senders; one at a time per sender).
CONCURRENT_UPDATES = 64
# Pauses after a failure, growing to the last: a database outage is waited out, not hammered.
RETRY_PAUSES_S = (0.5, 1.0, 2.0, 5.0)
# How often a replica looks for updates nobody holds (another replica's, stored and left by its
# death, or due again after a pause) when nothing wakes it.
LOOK_EVERY_S = 0.5
# How often a standby replica asks for the receiver's lock.
STANDBY_LOOK_S = 0.5
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def pause_after(failures: int) -> float:
    """Seconds to wait after ``failures`` failures in a row."""
    return RETRY_PAUSES_S[min(max(failures, 1), len(RETRY_PAUSES_S)) - 1]


def arrival_from_json(data: dict[str, Any], bot: Bot) -> Arrival:
    """An update as stored: what the gate reads off it, and its JSON exactly as Telegram sent
    it. A payload PTB cannot read is still stored (as kind "other"), and set aside when handled."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        arrival = arrival_of(Update.de_json(data, bot))
        if not arrival.well_formed:
            raise ValueError("an update with ids or text of the wrong type")
        return replace(arrival, payload=payload)
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
    """The receiver's way into the database and the dispatcher's way out of it.

    Replicas share the inbox: each claims senders' oldest updates under a lease and renews it
    while it handles them; a dead replica's updates are claimed again once its leases run out.
    """

    def __init__(self, application: Application, services: Services) -> None:
        self._application = application
        self._services = services
        self._wake = asyncio.Event()
        self._held: set[int] = set()  # the updates being handled here, leases renewed
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

    async def keep_leases_forever(self) -> None:
        """Renew this replica's hold on the updates it is handling, every second."""
        services = self._services
        while True:
            if self._held:
                try:
                    async with services.sessions.begin() as session:
                        await keep_leases(
                            session=session,
                            replica=services.replica,
                            ids=list(self._held),
                            wall=utcnow(),
                        )
                except Exception:
                    log.warning("inbox: leases not renewed", exc_info=True)
            await asyncio.sleep(RENEW_EVERY_S)

    async def _dispatch_due(self) -> float:
        """Claim and start the handling of senders' oldest unhandled updates, as many as may
        run at once; seconds until a look is due again (for what another replica stored, or
        left behind when it died, or what may be tried again after a pause)."""
        free = CONCURRENT_UPDATES - len(self._held)
        if free <= 0:
            return LOOK_EVERY_S  # woken sooner when one finishes
        services = self._services
        async with services.sessions.begin() as session:
            rows = await claim_updates(
                session=session, replica=services.replica, wall=utcnow(), limit=free
            )
        for row in rows:  # one per sender: its updates go in order
            self._held.add(row.id)
            handling = Handling(
                inbound_id=row.id, attempts=row.attempts, received_at=row.received_at
            )
            task = asyncio.create_task(self._handle(handling, row.payload))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return LOOK_EVERY_S

    async def _handle(self, handling: Handling, payload: str) -> None:
        """Run one stored update through the handlers and settle it: processed, or tried again
        after a pause, or set aside after ``MAX_ATTEMPTS`` (on the record, in the log)."""
        inbound_id = handling.inbound_id
        started = asyncio.get_running_loop().time()
        try:
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
            # Its lease, no longer renewed, runs out: whichever replica looks then tries again.
            log.warning("inbound %s: could not be settled; retrying", inbound_id, exc_info=True)
        finally:
            self._services.metrics.handling_seconds.observe(
                asyncio.get_running_loop().time() - started
            )
            self._held.discard(inbound_id)
            self._wake.set()

    async def _settle(self, handling: Handling, update: Update | None) -> None:
        services = self._services
        if handling.retry:
            pause = timedelta(seconds=pause_after(handling.attempts + 1))
            async with services.sessions.begin() as session:
                tries = await try_again_later(
                    session=session, inbound_id=handling.inbound_id, until=utcnow() + pause
                )
            if tries < MAX_ATTEMPTS:
                services.metrics.updates_handled.labels("retried").inc()
                return
            log.error("inbound %s failed %s times; set aside", handling.inbound_id, tries)
            await _tell_set_aside(update, handling)
        if not handling.done:
            with contextlib.suppress(AlreadyHandled):  # another replica's mark stands
                async with services.sessions.begin() as session:
                    await mark_done(
                        session=session,
                        inbound_id=handling.inbound_id,
                        now=services.clock(),
                        actor=handling.actor,
                    )
        outcome = "set_aside" if handling.retry or update is None else "handled"
        services.metrics.updates_handled.labels(outcome).inc()

    async def idle(self) -> bool:
        """Whether every stored update has been handled and none is being handled."""
        if self._tasks:
            return False
        async with self._services.sessions() as session:
            return not await unhandled(session=session)

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


async def lead_when_chosen(
    lock: HeldLock,
    services: Services,
    *,
    role: ReceiverState,
    lead: Callable[[], Awaitable[None]],
) -> None:
    """Among replicas, one receives from Telegram: whoever holds ``lock`` runs ``lead`` (polls,
    or keeps the webhook registered), the others stand by and ask for the lock twice a second,
    so one takes over as soon as the holder's database session ends (its process died, or it
    lost the database). ``lead`` returns when the lock is lost. With a webhook every replica
    serves pushes whether it holds the lock or not."""
    waiting = ReceiverState.STANDBY if role == ReceiverState.POLLING else role
    failures = 0
    while True:
        try:
            chosen = await lock.try_acquire()
            failures = 0
        except Exception:
            failures += 1
            log.warning("receiver: cannot ask for the lock; retrying", exc_info=failures == 1)
            chosen = False
        if not chosen:
            if services.receiver != waiting:
                log.info("receiver: standing by (another replica leads)")
            services.receiver = waiting
            await asyncio.sleep(pause_after(failures) if failures else STANDBY_LOOK_S)
            continue
        services.receiver = role
        log.info("receiver: this replica leads (%s)", role)
        try:
            await lead()
        finally:
            await lock.release()
        log.warning("receiver: lock lost; standing by")


async def poll_forever(
    bot: Bot,
    inbox: Inbox,
    *,
    timeout_s: int,
    allowed_updates: list[str],
    holding: Callable[[], Awaitable[bool]],
) -> None:
    """Long polling while ``holding`` says this replica holds the receiver's lock: the offset
    moves past updates only once they are stored, so a crash or a database outage makes
    Telegram send them again rather than lose them."""
    offset: int | None = None
    failures = 0
    with contextlib.suppress(TelegramError):
        await bot.delete_webhook()  # getUpdates is refused while a webhook is set
    while await holding():
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


async def keep_webhook(
    register: Callable[[], Awaitable[object]],
    *,
    registered: bool,
    holding: Callable[[], Awaitable[bool]],
) -> None:
    """While this replica holds the receiver's lock: register the webhook (unless already done
    at start), again after a refusal, then hold on. A replica that takes the lock over
    registers it anew, so the webhook never stays with a replica that is gone."""
    failures = 0
    while await holding():
        if not registered:
            try:
                await register()
                registered, failures = True, 0
            except TelegramError as error:
                failures += 1
                log.warning("setWebhook failed: %s", error)
                await asyncio.sleep(pause_after(failures))
                continue
        await asyncio.sleep(RENEW_EVERY_S)


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
    secret: str,
    routes: Iterable[web.RouteDef] = (),
) -> Callable[[], Awaitable[None]]:
    """Listen for Telegram's pushes (every replica does, behind a load balancer), and serve
    ``routes``; the function that stops listening. Registering the webhook is the receiver's
    lock holder's job."""
    runner = web.AppRunner(
        webhook_app(inbox, path=path, secret=secret, bot=bot, routes=routes),
        access_log_class=UnloggedProbes,
    )
    await runner.setup()
    site = web.TCPSite(runner, listen, port)
    try:
        await site.start()
    except BaseException:
        await runner.cleanup()
        raise
    return runner.cleanup
