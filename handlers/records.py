"""Reading and amending records: ``/mine``, ``/show REF [vN]``, ``/amend REF``."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import CommandHandler, filters

from bot.capture import records
from handlers.context import RapportContext
from handlers.respond import refusals, respond, respond_if_allowed, say

PRIVATE = filters.ChatType.PRIVATE
_VERSION = re.compile(r"^v(\d{1,4})$", re.IGNORECASE)


async def mine(update: Update, context: RapportContext) -> None:
    """The officer's latest records (for those who capture: the table's ``capture`` row)."""
    await respond_if_allowed(
        update,
        context,
        "capture",
        lambda session, actor: records.mine(session=session, actor=actor),
    )


async def show(update: Update, context: RapportContext) -> None:
    """One record (its newest version, or ``vN``), to those allowed to see it."""
    actor, args = context.actor, context.args or []
    assert actor is not None
    version = _VERSION.match(args[1]) if len(args) > 1 else None
    if not args:
        await say(update, context, "records.show_usage")
        return
    async with refusals(update, context), context.work() as session:
        reply = await records.show(
            session=session,
            actor=actor,
            reference=args[0],
            version=int(version.group(1)) if version else None,
        )
        await respond(update, context, reply, session=session)


async def amend(update: Update, context: RapportContext) -> None:
    """Start a new version of one of the officer's records."""
    actor, args = context.actor, context.args or []
    assert actor is not None
    if not args:
        await say(update, context, "records.amend_usage")
        return
    services = context.services
    async with refusals(update, context), context.work() as session:
        reply = await records.start_amendment(
            session=session, actor=actor, reference=args[0], now=services.clock()
        )
        await respond(update, context, reply, session=session)


HANDLERS = [
    CommandHandler("mine", mine, filters=PRIVATE),
    CommandHandler("show", show, filters=PRIVATE),
    CommandHandler("amend", amend, filters=PRIVATE),
]
