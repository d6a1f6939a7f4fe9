"""What one running sandbox holds (world, limits, faults, call log), and one Bot API call."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from sandbox.limits import Faults, RateLimits
from sandbox.messages import check_reachable, resolve_chat
from sandbox.state import BotState, Chat, World
from sandbox.updates import WebhookPusher

CALL_LOG_SIZE = 200_000


@dataclass
class SandboxContext:
    """Per-sandbox state shared by the Bot API, the control API and the web page."""

    world: World = field(default_factory=World)
    limits: RateLimits = field(default_factory=RateLimits)
    faults: Faults = field(default_factory=Faults)
    calls: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=CALL_LOG_SIZE))
    webhooks: WebhookPusher = field(default_factory=WebhookPusher)


CONTEXT = web.AppKey("sandbox_context", SandboxContext)


@dataclass(frozen=True)
class Call:
    """One Bot API call: the sandbox state it acts on and its parameters."""

    world: World
    bot: BotState
    params: dict[str, Any]
    limits: RateLimits
    webhooks: WebhookPusher


def target_chat(call: Call) -> Chat:
    """The chat named by chat_id, if the bot may still write there."""
    chat = resolve_chat(call.world, call.params.get("chat_id"))
    check_reachable(call.bot, chat)
    return chat
