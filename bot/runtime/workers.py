"""The background loops of a running bot: delivery, escalation, and the schedule (digests,
briefings, "Still on duty?" questions, chat-copy expiry, summary tallies of finished days).

Each loop opens a session per unit of work and survives its own errors (logged, never the
narrative), so one bad row never stops alerts.

Replicas run the same loops. Delivery shares the outbox by leases (bot/leases.py). Each
scheduled job runs in one transaction under an advisory lock of that transaction
(``pg_try_advisory_xact_lock``): a replica that finds the lock taken skips its turn. A lock
rather than a conditional update per row, because these jobs read and then decide over many
rows (who is overdue, who was asked lately, what a day's tallies are): the lock makes the whole
read-decide-write one step across replicas, and PostgreSQL lets it go at commit, rollback or a
replica's death, so no job waits for a dead replica. Each job's own marks (an escalation's
level, a digest's scheduled run, a copy's "expiring") then keep it from being done twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.leases import RENEW_EVERY_S
from bot.notify.alerting import escalate_due
from bot.notify.delivery import Deliverer, Sender
from bot.notify.digest import due_digests
from bot.notify.duty import due_duty_checks
from bot.notify.expiry import expire_copies
from bot.notify.pacing import RateGate
from bot.reports.briefing import due_briefings
from bot.reports.summary import SEAL_PER_PASS, store_finished_days
from bot.runtime.services import Services
from storage import directory, locks

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
        replica=services.replica,
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

    async def leases() -> float:
        await deliverer.keep_leases()
        return RENEW_EVERY_S

    async def escalate() -> float:
        async with sessions.begin() as session:
            if not await locks.try_for_transaction(session=session, name="escalation"):
                return settings.escalation_check_s
            moved = await escalate_due(session=session, now=clock())
        services.metrics.escalations.inc(moved)
        if moved:
            wake.set()
        return settings.escalation_check_s

    async def schedule() -> float:
        pause = min(SCHEDULE_INTERVAL_S, settings.escalation_check_s * 4)
        async with sessions.begin() as session:
            if not await locks.try_for_transaction(session=session, name="schedule"):
                return pause
            queued = await due_digests(session=session, now=clock())
            queued += await due_briefings(session=session, now=clock())
            queued += await due_duty_checks(session=session, now=clock())
            queued += await expire_copies(session=session, now=clock())
        if queued:
            wake.set()
        return pause

    async def tallies() -> float:
        async with sessions() as session:
            sites = await directory.list_sites(session=session)
        full = False
        for site in sites:  # a transaction per site: one site's failure undoes no other's
            async with sessions.begin() as session:
                if not await locks.try_for_transaction(session=session, name=f"tallies:{site.id}"):
                    continue
                stored = await store_finished_days(session=session, site=site, now=clock())
            full = full or stored == SEAL_PER_PASS
        return 0.0 if full else settings.tally_interval_s  # a backlog: go on at once

    services.background += [
        asyncio.create_task(_forever("delivery", deliver), name="rapport-delivery"),
        asyncio.create_task(_forever("leases", leases), name="rapport-leases"),
        asyncio.create_task(_forever("escalation", escalate), name="rapport-escalation"),
        asyncio.create_task(_forever("schedule", schedule), name="rapport-schedule"),
        asyncio.create_task(_forever("tallies", tallies), name="rapport-tallies"),
    ]
