"""Alert latency: from the officer's Submit tap to the supervisor receiving the alert.

The bot runs as in production (``rapport run``, polling, SQLite); this process plays Telegram
(the sandbox) and the staff. "Received" is when the sandbox got the bot's sendMessage to the
supervisor's chat (its call log), on the same wall clock as the tap. Three phases:

1. idle: immediate entries one after another, nothing else going on;
2. under capture load: the same while other officers make routine captures at ``--load``/s;
3. urgent-first under saturation: Telegram's limits on, ``--backlog`` digest messages queued
   behind them, then immediate entries: time until the supervisor has each alert.

    .venv/bin/python benchmarks/alert_latency.py [--alerts 40] [--load 50] [--backlog 2000]

Targets: p99 <= 250 ms idle; urgent-first <= 100 ms (the alert takes a send slot and a share of
the rate kept for alarms: it waits for no digest message).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from benchmarks.harness import (
    SITE,
    capture,
    cpu_seconds,
    peak_rss_mb,
    percentile,
    prepare,
    spread,
    start_bot,
)
from bot.notify.audience import Recipient
from bot.notify.bulletin import queue_text
from bot.notify.plan import PRIORITY
from sandbox.client import Persona, SandboxClient
from sandbox.server import Sandbox
from storage import directory
from storage.db import create_engine, session_factory
from storage.models import OutboxMessage, utcnow
from storage.vocabulary import MessageKind

IMMEDIATE = "{fps} 4B range 10 min ago he pulled a sharpened toothbrush out of his sock"
ROUTINE = "{fps} 4B range at 0930 he refused to return his tray and argued with staff, calm after"
REFERENCE = re.compile(r"R-\d{4}-\d{6}")
ALERT_SPACING_S = 1.1  # Telegram allows about one message a second to one chat
MEASURED_OFFICERS = 20
# Officers making the routine load, each one capture at a time: at most this many captures are
# in flight, so a slow bot sees the load capped rather than the driver's connections run out.
LOAD_OFFICERS = 60
TARGET_IDLE_P99_MS = 250.0
TARGET_URGENT_MS = 100.0  # no wait for the backlog's rate or slots: the bot's own work only


class Alerts:
    """Immediate entries by a pool of officers, each timed from Submit to the supervisor."""

    def __init__(self, client: SandboxClient, officers: list[Persona], supervisor: Persona):
        self.client = client
        self.officers = officers
        self.supervisor = supervisor
        self.made = 0
        self.to_record: list[float] = []  # Submit -> the officer's record, for comparison

    async def one(self) -> tuple[str, float]:
        """An immediate entry on an offender of its own; (reference, Submit tap time)."""
        officer = self.officers[self.made % len(self.officers)]
        fps = f"{400300 + self.made % 200}K"  # the load uses 400000-400299: no "same event?"
        self.made += 1
        captured = await capture(officer, IMMEDIATE.format(fps=fps))
        found = REFERENCE.search(captured.record["text"])
        assert found is not None, captured.record["text"]
        self.to_record.append(captured.to_record_ms)
        return found.group(0), captured.submitted_at

    async def series(self, count: int) -> list[tuple[str, float]]:
        """``count`` entries, one per ``ALERT_SPACING_S``."""
        made = []
        for _ in range(count):
            began = time.perf_counter()
            made.append(await self.one())
            await asyncio.sleep(max(0.0, ALERT_SPACING_S - (time.perf_counter() - began)))
        return made

    async def latencies(self, made: list[tuple[str, float]]) -> list[float]:
        """Milliseconds from each Submit tap to the sandbox receiving its alert (waiting for
        alerts still on their way)."""
        async with asyncio.timeout(60):
            while True:
                received = await self._received()
                if all(reference in received for reference, _ in made):
                    return [(received[reference] - tapped) * 1000 for reference, tapped in made]
                await asyncio.sleep(0.5)

    async def _received(self) -> dict[str, float]:
        """When the sandbox got each alert to the supervisor, by reference."""
        received: dict[str, float] = {}
        for call in await self.client.calls("sendMessage"):
            text = str(call["params"].get("text", ""))
            if call["status"] == 200 and str(call["params"]["chat_id"]) == str(self.supervisor.id):
                found = REFERENCE.search(text)
                if found and "IMMEDIATE" in text:
                    received.setdefault(found.group(0), call["time"])
        return received


async def routine_load(
    officers: list[Persona], rate: float, stop: asyncio.Event, completed: list[float]
) -> None:
    """Routine captures offered at ``rate`` per second (open loop) until ``stop``; the moment
    each one completes goes to ``completed``. An officer still busy skips their turn."""
    began = time.perf_counter()
    busy: set[int] = set()
    tasks: set[asyncio.Task[None]] = set()

    async def one(index: int) -> None:
        try:
            await capture(
                officers[index % len(officers)], ROUTINE.format(fps=f"{400000 + index % 300}K")
            )
            completed.append(time.perf_counter())
        finally:
            busy.discard(index % len(officers))

    index = 0
    while not stop.is_set():
        await asyncio.sleep(max(0.0, began + index / rate - time.perf_counter()))
        if index % len(officers) not in busy:
            busy.add(index % len(officers))
            task = asyncio.create_task(one(index))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        index += 1
    await asyncio.gather(*tasks)


async def queue_digests(url: str, readers: list[Persona]) -> None:
    """A morning's digest run: one digest message for each reader, all at once."""
    engine = create_engine(url)
    async with session_factory(engine).begin() as session:
        site = await directory.get_site_by_code(session=session, code=SITE)
        assert site is not None
        for reader in readers:
            await queue_text(
                session=session,
                site=site,
                kind=MessageKind.DIGEST,
                priority=PRIORITY[MessageKind.DIGEST],
                recipient=Recipient(
                    chat_id=reader.id, staff_id=None, label=reader.first_name, lang="en"
                ),
                text=f"Daily digest for {reader.first_name}: 3 routine item(s)",
                now=utcnow(),
            )
    await engine.dispose()


async def digests_waiting(url: str) -> int:
    """Digest messages still in the outbox."""
    engine = create_engine(url)
    async with session_factory(engine).begin() as session:
        waiting = await session.scalar(
            select(func.count()).where(
                OutboxMessage.kind == "digest", OutboxMessage.status == "pending"
            )
        )
    await engine.dispose()
    return int(waiting or 0)


def progress(phase: str) -> None:
    """Say which phase runs (on stderr: the figures stay alone on stdout)."""
    print(f"... {phase}", file=sys.stderr, flush=True)


async def main(alerts: int, load: float, backlog: int, urgent: int) -> None:
    """Run the three phases and print the figures."""
    folder = Path(tempfile.mkdtemp(prefix="rapport-bench-"))
    url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    async with Sandbox(limits=False) as sandbox, SandboxClient(sandbox.url) as client:
        people = await prepare(
            url,
            client,
            {"officer": MEASURED_OFFICERS + LOAD_OFFICERS, "supervisor": 1},
            ack_timeout_s=3600,
        )
        measured, loaders = (
            people["officer"][:MEASURED_OFFICERS],
            people["officer"][MEASURED_OFFICERS:],
        )
        pool = Alerts(client, measured, people["supervisor"][0])
        bot = await start_bot(sandbox, url, folder / "bot.log")
        try:
            progress("warm-up, then idle")
            await pool.series(5)  # warm-up: lazy imports, caches, connections
            idle = await pool.latencies(await pool.series(alerts))

            idle_record, pool.to_record = pool.to_record[5:], []
            progress("under capture load")
            stop, completed = asyncio.Event(), []
            loading = asyncio.create_task(routine_load(loaders, load, stop, completed))
            await asyncio.sleep(2.0)
            began, cpu_before = time.perf_counter(), cpu_seconds(bot.pid)
            loaded_made = await pool.series(alerts)
            elapsed, cpu = time.perf_counter() - began, cpu_seconds(bot.pid) - cpu_before
            stop.set()
            await loading
            loaded = await pool.latencies(loaded_made)
            loaded_record = list(pool.to_record)
            captured = len([t for t in completed if began <= t <= began + elapsed])

            progress(f"urgent-first behind {backlog} digest messages")
            await client.set_limits(True)
            readers = [await client.user(f"Reader{i}") for i in range(backlog)]
            await queue_digests(url, readers)
            await asyncio.sleep(3.0)  # the backlog drains at Telegram's pace from here on
            urgent_made, waiting = [], []
            for _ in range(urgent):
                waiting.append(await digests_waiting(url))
                urgent_made += await pool.series(1)
                await asyncio.sleep(1.0)
            saturated = await pool.latencies(urgent_made)
            peak = peak_rss_mb(bot.pid)
        finally:
            bot.terminate()
            await bot.wait()
    print(spread("idle: Submit -> supervisor has the alert", idle))
    print(spread("  (idle: Submit -> officer has the record)", idle_record))
    print(spread("under load: Submit -> supervisor has the alert", loaded))
    print(spread("  (under load: Submit -> officer has the record)", loaded_record))
    print(
        f"  load: routine captures offered {load:g}/s, completed {captured / elapsed:.1f}/s"
        f" over the {elapsed:.0f} s measured;"
        f" bot busy {100 * cpu / elapsed:.0f}% of one core"
    )
    print(spread("urgent-first: Submit -> supervisor has the alert", saturated))
    print(f"  each alert, in order: {', '.join(f'{ms:.0f}' for ms in saturated)} ms")
    print(f"  digest messages still queued when each entry was made: {waiting}")
    print(f"bot process peak RSS {peak:.0f} MB")
    idle_p99 = percentile(idle, 0.99)
    print(
        f"targets: idle p99 {idle_p99:.0f} ms <= {TARGET_IDLE_P99_MS:.0f} ms:"
        f" {'met' if idle_p99 <= TARGET_IDLE_P99_MS else 'NOT met'};"
        f" urgent-first max {max(saturated):.0f} ms <= {TARGET_URGENT_MS:.0f} ms:"
        f" {'met' if max(saturated) <= TARGET_URGENT_MS else 'NOT met'}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--alerts", type=int, default=40, help="alerts timed per phase")
    parser.add_argument("--load", type=float, default=50.0, help="routine captures per second")
    parser.add_argument("--backlog", type=int, default=2000, help="digest messages queued")
    parser.add_argument("--urgent", type=int, default=5, help="alerts timed behind the backlog")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.alerts, arguments.load, arguments.backlog, arguments.urgent))
