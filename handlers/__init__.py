"""Telegram handlers, thin: read the update, check who may do it, call one function of ``bot/``,
reply. ``register_all`` is the bot's table of contents: the order in which handlers are tried."""

from __future__ import annotations

from telegram.ext import Application

from handlers import admin, alerts, capture, fallback, gate, membership, records, start, summary

ROUTERS = [start, admin, membership, alerts, records, summary, capture, fallback]


def register_all(application: Application) -> None:
    """Group watchers before the gate (who adds the bot to a group or writes there may be anyone;
    they store no text), the gate, every journey in order, the catch-all last, then the error
    handler."""
    application.add_handlers(membership.WATCHERS, group=-2)
    application.add_handler(gate.GATE, group=-1)
    for module in ROUTERS:
        application.add_handlers(module.HANDLERS, group=0)
    application.add_handler(gate.DONE, group=1)
    application.add_error_handler(fallback.on_error)
