"""Readiness: whether this process can do its work now. The database answers within a short
timeout, its schema is the one this code was written for, and the receiver's state is known.

The database is asked at most once a second, however often /readyz and /metrics are called, and
never waited on for more than ``PROBE_TIMEOUT_S``: a stopped or cut-off PostgreSQL, or a SQLite
file another process holds locked, turns the answer to not ready within seconds rather than
hanging the probe (and whoever asks it) with the database.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from bot.runtime.metrics import OutboxReading
from bot.runtime.services import ReceiverState, Services
from storage import monitoring

log = logging.getLogger(__name__)
# Short enough that /readyz turns within 5 s of the database going away (timeout plus the cache).
PROBE_TIMEOUT_S = 2.0
PROBE_EVERY_S = 1.0
RECEIVING = frozenset({ReceiverState.POLLING, ReceiverState.STANDBY, ReceiverState.WEBHOOK})


@dataclass(frozen=True)
class DatabaseLook:
    """What one look at the database found."""

    reachable: bool
    at_head: bool | None = None  # None: not known (the database did not answer)
    outbox: OutboxReading | None = None


@dataclass(frozen=True)
class Readiness:
    """The checks behind /readyz, and the outbox as last read (for the metrics)."""

    database: DatabaseLook
    receiver: str

    @property
    def checks(self) -> dict[str, str]:
        """Each check's state, in words an operator reads in the JSON body."""
        migrations = {True: "at head", False: "not at head", None: "unknown"}
        return {
            "database": "ok" if self.database.reachable else "unreachable",
            "migrations": migrations[self.database.at_head],
            "receiver": self.receiver,
        }

    @property
    def failed(self) -> list[str]:
        """The checks that keep this process from being ready."""
        failing = {
            "database": not self.database.reachable,
            "migrations": self.database.reachable and not self.database.at_head,
            "receiver": self.receiver not in RECEIVING,
        }
        return [check for check, failed in failing.items() if failed]

    @property
    def ready(self) -> bool:
        """Whether every check passes."""
        return not self.failed

    def report(self) -> dict[str, Any]:
        """The JSON body of /readyz."""
        return {"ready": self.ready, "failed": self.failed, "checks": self.checks}


class Probe:
    """Looks at the database for /readyz and /metrics, at most once every ``every_s``; the
    receiver's state is read fresh at each call (it is in memory)."""

    def __init__(
        self,
        services: Services,
        *,
        timeout_s: float = PROBE_TIMEOUT_S,
        every_s: float = PROBE_EVERY_S,
    ) -> None:
        self._services = services
        self._timeout_s = timeout_s
        self._every_s = every_s
        self._lock = asyncio.Lock()
        self._last: DatabaseLook | None = None
        self._last_at = float("-inf")
        self._reading: asyncio.Task[DatabaseLook] | None = None

    async def readiness(self) -> Readiness:
        """The readiness now, from a look at the database at most ``every_s`` old."""
        async with self._lock:  # callers at the same moment share one look
            loop = asyncio.get_running_loop()
            if self._last is None or loop.time() - self._last_at >= self._every_s:
                look = await self._look()
                if self._last is not None and look.reachable != self._last.reachable:
                    log.log(
                        logging.INFO if look.reachable else logging.WARNING,
                        "readiness: the database %s",
                        "answers" if look.reachable else "does not answer",
                    )
                self._last, self._last_at = look, loop.time()
            return Readiness(database=self._last, receiver=self._services.receiver)

    async def _look(self) -> DatabaseLook:
        """A look that gives up after ``timeout_s``. The read runs as a task of its own and is
        not waited for past the timeout, even to clean up: a database that hangs (a cut
        network) can hang a rollback too. One read at a time: a look while the last one is
        still winding down waits for it, not for a new one."""
        if self._reading is None or self._reading.done():
            self._reading = asyncio.create_task(self._read(), name="rapport-readiness")
        reading = self._reading
        await asyncio.wait({reading}, timeout=self._timeout_s)
        if not reading.done() or reading.cancelled():
            reading.cancel()
            return DatabaseLook(reachable=False)
        return reading.result()

    async def _read(self) -> DatabaseLook:
        expected = await asyncio.to_thread(monitoring.code_revisions)
        try:
            async with self._services.sessions() as session:
                revisions = await monitoring.schema_revisions(session=session)
                if revisions != expected:
                    return DatabaseLook(reachable=True, at_head=False)
                outbox = OutboxReading(
                    depth_by_priority=await monitoring.outbox_depth(session=session),
                    oldest_alert_at=await monitoring.oldest_waiting_alert(session=session),
                )
        except Exception:  # whatever the driver raises, the answer is "not ready"
            log.debug("readiness: the database read failed", exc_info=True)
            return DatabaseLook(reachable=False)
        return DatabaseLook(reachable=True, at_head=True, outbox=outbox)
