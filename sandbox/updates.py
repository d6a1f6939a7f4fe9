"""Getting updates to the bot: getUpdates long polling, or pushing to a webhook."""

from __future__ import annotations

import asyncio
import contextlib
import re
from typing import Any

import aiohttp

from sandbox.params import ApiError, as_bool, as_int, as_json, as_str, bad_request
from sandbox.state import BotState, Webhook, World

MAX_POLL_TIMEOUT_S = 50
# Telegram leaves these out unless allowed_updates names them.
OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
RETRY_FIRST_S = 0.05
RETRY_MAX_S = 2.0


def _kind(update: dict[str, Any]) -> str:
    return next(key for key in update if key != "update_id")


def _wanted(bot: BotState, update: dict[str, Any]) -> bool:
    kind = _kind(update)
    if bot.allowed_updates:
        return kind in bot.allowed_updates
    return kind not in OPT_IN_UPDATES


def pending(bot: BotState, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` queued updates the bot wants; unwanted ones are dropped, like Telegram."""
    if any(not _wanted(bot, update) for update in bot.updates):
        kept = [update for update in bot.updates if _wanted(bot, update)]
        bot.updates.clear()
        bot.updates.extend(kept)
    return [bot.updates[i] for i in range(min(limit, len(bot.updates)))]


def confirm(bot: BotState, offset: int | None) -> None:
    """Forget updates below ``offset``; a negative offset keeps only the last -offset ones."""
    if offset is None or offset == 0:
        return
    if offset < 0:
        while len(bot.updates) > -offset:
            bot.updates.popleft()
        return
    while bot.updates and bot.updates[0]["update_id"] < offset:
        bot.updates.popleft()


async def get_updates(world: World, bot: BotState, params: dict[str, Any]) -> list[dict]:
    """Long polling: answer as soon as updates exist, or empty after ``timeout`` seconds."""
    if bot.webhook is not None:
        raise ApiError(409, CONFLICT_WEBHOOK)
    limit = max(1, min(100, as_int(params, "limit", 100) or 100))
    timeout = max(0, min(MAX_POLL_TIMEOUT_S, as_int(params, "timeout", 0) or 0))
    allowed = as_json(params, "allowed_updates")
    if isinstance(allowed, list):
        bot.allowed_updates = [str(kind) for kind in allowed]
    confirm(bot, as_int(params, "offset"))
    # Telegram ends the earlier long poll with 409 when a newer one arrives.
    bot.poll_id += 1
    mine = bot.poll_id
    bot.wake.notify()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        ready = pending(bot, limit)
        if ready or world.closing:
            return ready
        remaining = deadline - loop.time()
        if remaining <= 0:
            return []
        await bot.wake.wait(remaining)
        if bot.poll_id != mine:
            raise ApiError(409, CONFLICT_POLL)
        if bot.webhook is not None:
            raise ApiError(409, CONFLICT_WEBHOOK)


def set_webhook(
    world: World, bot: BotState, params: dict[str, Any], pusher: WebhookPusher
) -> bool:
    """setWebhook: remember the URL and secret and start pushing."""
    url = as_str(params, "url") or ""
    if as_bool(params, "drop_pending_updates"):
        bot.updates.clear()
    allowed = as_json(params, "allowed_updates")
    if isinstance(allowed, list):
        bot.allowed_updates = [str(kind) for kind in allowed]
    if not url:
        bot.webhook = None
        return True
    if not url.startswith(("http://", "https://")):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = as_str(params, "secret_token")
    if secret is not None and not SECRET_TOKEN.fullmatch(secret):
        raise bad_request("secret token contains unallowed characters")
    bot.webhook = Webhook(url, secret, as_int(params, "max_connections", 40) or 40)
    bot.wake.notify()
    pusher.ensure(world, bot)
    return True


def delete_webhook(bot: BotState, params: dict[str, Any]) -> bool:
    """deleteWebhook: stop pushing; getUpdates works again."""
    if as_bool(params, "drop_pending_updates"):
        bot.updates.clear()
    bot.webhook = None
    bot.wake.notify()
    return True


def webhook_info(bot: BotState) -> dict[str, Any]:
    """getWebhookInfo: the WebhookInfo object."""
    info: dict[str, Any] = {
        "url": bot.webhook.url if bot.webhook else "",
        "has_custom_certificate": False,
        "pending_update_count": len(bot.updates),
    }
    if bot.webhook is not None:
        info["max_connections"] = bot.webhook.max_connections
        if bot.webhook.last_error_date is not None:
            info["last_error_date"] = bot.webhook.last_error_date
            info["last_error_message"] = bot.webhook.last_error_message
    if bot.allowed_updates:
        info["allowed_updates"] = bot.allowed_updates
    return info


class WebhookPusher:
    """Pushes each bot's updates to its webhook in order, retrying a failed delivery."""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None
        self._tasks: dict[int, asyncio.Task[None]] = {}

    def ensure(self, world: World, bot: BotState) -> None:
        """Start the delivery loop for ``bot`` unless it runs already."""
        key = id(bot)
        task = self._tasks.get(key)
        if task is None or task.done():
            self._tasks[key] = asyncio.create_task(self._deliver(world, bot))

    async def close(self) -> None:
        """Stop every delivery loop and close the HTTP client."""
        for task in self._tasks.values():
            task.cancel()
        for task in self._tasks.values():
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _deliver(self, world: World, bot: BotState) -> None:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        delay = RETRY_FIRST_S
        while bot.webhook is not None and not world.closing:
            ready = pending(bot, 1)
            if not ready:
                await bot.wake.wait(1.0)
                continue
            hook, update = bot.webhook, ready[0]
            error = await self._post(hook, update)
            if error is None:
                if bot.updates and bot.updates[0] is update:
                    bot.updates.popleft()
                delay = RETRY_FIRST_S
                continue
            hook.last_error_date, hook.last_error_message = world.date(), error
            await asyncio.sleep(delay)
            delay = min(RETRY_MAX_S, delay * 2)

    async def _post(self, hook: Webhook, update: dict[str, Any]) -> str | None:
        """Deliver one update; None on success, else Telegram's wording of the failure."""
        assert self._session is not None
        headers = {SECRET_HEADER: hook.secret_token} if hook.secret_token else {}
        try:
            async with self._session.post(hook.url, json=update, headers=headers) as response:
                if 200 <= response.status < 300:
                    return None
                return f"Wrong response from the webhook: {response.status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            return f"Connection failed: {exc.__class__.__name__}"
