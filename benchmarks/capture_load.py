"""Capture under load: N officers make complete quick captures through the sandbox.

The bot runs as it does in production, ``rapport run`` in its own process (polling, SQLite in
WAL mode); this process plays Telegram (the sandbox) and the officers. Captures are offered at a
fixed rate, each by one of ``--officers`` officers in turn; an officer whose previous capture is
not finished starts late (counted and printed), which is the only way a slow bot slows the load.

Prints p50/p95/p99 from the officer's message to the bot's card and from Submit to the record
stored, captures per second achieved, the bot process's peak RSS and CPU per capture, and the
Bot API calls it made per capture.

    .venv/bin/python benchmarks/capture_load.py [--officers 200] [--rate 50] [--captures 1000]

Target (issue 4) on the 2-core machine with SQLite: p99 <= 300 ms message -> card at 50
captures/s, peak RSS <= 200 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import (
    OFFENDERS,
    capture,
    cpu_seconds,
    peak_rss_mb,
    prepare,
    spread,
    start_bot,
)
from sandbox.client import SandboxClient
from sandbox.server import Sandbox

MESSAGE = "{fps} 4B range at 0930 he refused to return his tray and argued with staff, calm after"


def message(number: int, officers: int) -> str:
    """The ``number``-th capture's text. Its officer (``number % officers``) writes only about
    offenders of their own, so no Submit is asked whether it is "the same event" as another
    officer's entry: every capture ends in its record."""
    own = max(1, OFFENDERS // officers)
    offender = number % officers + officers * (number // officers % own)
    return MESSAGE.format(fps=f"{400000 + offender}K")


async def main(officers: int, rate: float, captures: int, warmup: int) -> None:
    """Run the load and print the figures."""
    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as name:
        await run(Path(name), officers, rate, captures, warmup)


async def run(folder: Path, officers: int, rate: float, captures: int, warmup: int) -> None:
    """The load against a bot on a fresh database in ``folder``."""
    url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    async with Sandbox(limits=False) as sandbox, SandboxClient(sandbox.url) as client:
        personas = (await prepare(url, client, {"officer": officers}))["officer"]
        # The bot's own capacity is measured: Telegram's limits (which would cap any bot's
        # replies at about 30 messages a second) are off in the sandbox, and so in the bot.
        bot = await start_bot(sandbox, url, folder / "bot.log", pace=False)
        try:
            for index in range(warmup):  # the first captures pay for lazy imports and caches
                await capture(personas[index % officers], message(index, officers))
            to_card: list[float] = []
            to_record: list[float] = []
            late: list[float] = []
            calls_before = await api_calls(client)
            cpu_before = cpu_seconds(bot.pid)
            driver_before = time.process_time()
            began = time.perf_counter()

            async def officer(number: int) -> None:
                for k in range(number, captures, officers):
                    due = began + k / rate
                    pause = due - time.perf_counter()
                    if pause > 0:
                        await asyncio.sleep(pause)
                    else:
                        late.append(-pause * 1000)
                    captured = await capture(personas[number], message(k, officers))
                    to_card.append(captured.to_card_ms)
                    to_record.append(captured.to_record_ms)

            await asyncio.gather(*(officer(n) for n in range(min(officers, captures))))
            elapsed = time.perf_counter() - began
            cpu = cpu_seconds(bot.pid) - cpu_before
            driver_cpu = time.process_time() - driver_before
            peak = peak_rss_mb(bot.pid)
            calls = await api_calls(client) - calls_before
        finally:
            bot.terminate()
            await bot.wait()
    print(
        f"officers={officers} captures={captures} (+{warmup} warm-up) offered={rate:g}/s"
        f" elapsed={elapsed:.1f}s"
    )
    print(f"captures/s achieved: {captures / elapsed:.1f}")
    print(spread("message -> card", to_card))
    print(spread("Submit -> record", to_record))
    if late:
        print(f"captures started late (officer still busy): {len(late)}, worst {max(late):.0f} ms")
    print(
        f"bot process: peak RSS {peak:.0f} MB, CPU {cpu * 1000 / captures:.1f} ms per capture,"
        f" busy {100 * cpu / elapsed:.0f}% of one core"
    )
    print(f"sandbox + officers process: CPU {driver_cpu * 1000 / captures:.1f} ms per capture")
    print(
        "Bot API calls per capture: "
        + ", ".join(f"{method} {count / captures:.2f}" for method, count in calls.most_common())
    )


async def api_calls(client: SandboxClient) -> Counter[str]:
    """How many calls of each Bot API method the bot has made so far (each costs it CPU)."""
    return Counter(call["method"] for call in await client.calls())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--officers", type=int, default=200, help=f"at most {OFFENDERS} (the roster)"
    )
    parser.add_argument("--rate", type=float, default=50.0, help="captures offered per second")
    parser.add_argument("--captures", type=int, default=1000, help="captures measured in all")
    parser.add_argument("--warmup", type=int, default=20, help="captures before measuring")
    arguments = parser.parse_args()
    if not 0 < arguments.officers <= OFFENDERS:
        parser.error(f"--officers must be from 1 to {OFFENDERS}")
    asyncio.run(main(arguments.officers, arguments.rate, arguments.captures, arguments.warmup))
