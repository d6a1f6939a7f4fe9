"""The background loops of a running bot: delivery, escalation, and the schedule (digests,
briefings, "Still on duty?" questions, chat-copy expiry, summary tallies of finished days).

Each loop opens a session per unit of work and survives its own errors (logged, never the
narrative), so one bad row never stops alerts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.notify.alerting import escalate_due
from bot.notify.delivery import CLAIM_TIMEOUT, Deliverer, RateGate, Sender, release_stale
from bot.notify.digest import due_digests
from bot.notify.duty import due_duty_checks
from bot.notify.expiry import expire_copies
from bot.reports.briefing import due_briefings
from bot.reports.summary import SEAL_PER_PASS, store_finished_days
from bot.runtime.services import Services
from storage import directory

log = logging.getLogger(__name__)
SCHEDULE_INTERVAL_S = 20.0


async def _forever(name: str, step: Callable[[], Awaitable[float]]) -> None:
    task = asyncio.current_task()
    while True:
        try:
            pause = await step()
        except asyncio.CancelledError:
            raise
        except Exception:
            if task is not None and task.cancelling():
                raise  # the driver turned our cancellation into its own error: stop anyway
            log.exception("%s loop failed; retrying", name)
            pause = 1.0
        if task is not None and task.cancelling():
            # The database driver can absorb a cancellation and return normally: stop anyway.
            raise asyncio.CancelledError
        await asyncio.sleep(pause)


def start(services: Services, sender: Sender) -> None:
    """Start the loops as tasks owned by ``services`` (cancelled in ``post_stop``)."""
    sessions, settings = services.sessions, services.settings
    wake = services.wake_delivery

    def clock() -> datetime:
        return services.clock()  # read at each use: tests move the clock while the bot runs

    deliverer = Deliverer(
        sessions=sessions,
        sender=sender,
        gate=RateGate(pace=settings.telegram_pace),
        clock=clock,
        wake=wake,
    )

    async def deliver() -> float:
        # Cleared before the look, not after: a row committed meanwhile must not wait a tick.
        wake.clear()
        pause = await deliverer.step()
        if not pause:
            return 0.0
        # Nothing more may go now: look again when a send ends, something is queued, or a limit
        # allows (an urgent alert behind a digest backlog takes the next free slot).
        pause = min(pause, settings.delivery_interval_s)
        # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(pause):
                await wake.wait()
        return 0.0

    async def escalate() -> float:
        async with sessions.begin() as session:
            moved = await escalate_due(session=session, now=clock())
        services.metrics.escalations.inc(moved)
        if moved:
            wake.set()
        return settings.escalation_check_s

    async def schedule() -> float:
        async with sessions.begin() as session:
            queued = await due_digests(session=session, now=clock())
            queued += await due_briefings(session=session, now=clock())
            queued += await due_duty_checks(session=session, now=clock())
            queued += await expire_copies(session=session, now=clock())
        if queued:
            wake.set()
        return min(SCHEDULE_INTERVAL_S, settings.escalation_check_s * 4)

    async def tallies() -> float:
        async with sessions() as session:
            sites = await directory.list_sites(session=session)
        full = False
        for site in sites:  # a transaction per site: one site's failure undoes no other's
            async with sessions.begin() as session:
                stored = await store_finished_days(session=session, site=site, now=clock())
            full = full or stored == SEAL_PER_PASS
        return 0.0 if full else settings.tally_interval_s  # a backlog: go on at once

    async def recover() -> None:
        # One delivery worker per database: at start-up every claim is from a dead process.
        async with sessions.begin() as session:
            await release_stale(session=session, now=clock() + CLAIM_TIMEOUT)

    async def delivery_after_recovery() -> None:
        await recover()
        await _forever("delivery", deliver)

    services.background += [
        asyncio.create_task(delivery_after_recovery(), name="rapport-delivery"),
        asyncio.create_task(_forever("escalation", escalate), name="rapport-escalation"),
        asyncio.create_task(_forever("schedule", schedule), name="rapport-schedule"),
        asyncio.create_task(_forever("tallies", tallies), name="rapport-tallies"),
    ]
