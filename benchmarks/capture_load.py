"""Capture under load: N officers make complete quick captures through the sandbox.

The bot runs as it does in production, ``rapport run`` in its own process (polling, SQLite in
WAL mode); this process plays Telegram (the sandbox) and the officers. Captures are offered at a
fixed rate, each by one of ``--officers`` officers in turn; an officer whose previous capture is
not finished starts late (counted and printed), which is the only way a slow bot slows the load.

Prints p50/p95/p99 from the officer's message to the bot's card and from Submit to the record
stored, captures per second achieved, and the bot process's peak RSS and CPU per capture.

    .venv/bin/python benchmarks/capture_load.py [--officers 200] [--rate 50] [--captures 1000]

Target (issue 4) on the 2-core machine with SQLite: p99 <= 300 ms message -> card at 50
captures/s, peak RSS <= 200 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.directory import add_site, import_roster
from sandbox.client import Persona, SandboxClient
from sandbox.server import Sandbox
from storage import directory
from storage.db import create_engine, session_factory
from storage.migrate import upgrade_async
from storage.models import Staff

TOKEN = "123456:BENCH-token-for-the-sandbox-only"
ROSTER = "fps,surname,given_names,unit,cell,parole_officer,release_date\n" + "".join(
    f"{400000 + i}K,Name{i},Given,4B,4B-{i},,\n" for i in range(500)
)
MESSAGE = "{fps} 4B range at 0930 he refused to return his tray and argued with staff, calm after"
TICKS = os.sysconf("SC_CLK_TCK")
ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` fall (milliseconds in, milliseconds out)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


async def prepare(url: str, client: SandboxClient, officers: int) -> list[Persona]:
    """A migrated database with a site, a roster and ``officers`` enrolled officers."""
    await upgrade_async(url)
    personas = [await client.user(f"Officer{i}") for i in range(officers)]
    engine = create_engine(url)
    async with session_factory(engine).begin() as session:
        site = await add_site(
            session=session, code="B", name="Bench", tz="America/Toronto", lang="en"
        )
        await import_roster(session=session, site_code="B", text=ROSTER)
        for persona in personas:
            await directory.add_staff(
                session=session,
                staff=Staff(
                    telegram_user_id=persona.id,
                    name=persona.first_name,
                    roles=["officer"],
                    site_id=site.id,
                ),
            )
    await engine.dispose()
    return personas


BOT = (sys.executable, "-m", "bot.cli", "run")


async def start_bot(
    sandbox: Sandbox, url: str, log: Path, command: tuple[str, ...] = BOT
) -> asyncio.subprocess.Process:
    """``rapport run`` (or ``command``) against the sandbox; returns once it polls."""
    env = {
        **os.environ,
        "RAPPORT_TELEGRAM_TOKEN": TOKEN,
        "RAPPORT_TELEGRAM_API_URL": sandbox.api_url,
        "RAPPORT_TELEGRAM_FILE_URL": sandbox.file_url,
        "RAPPORT_DATABASE_URL": url,
    }
    with log.open("wb") as sink:
        bot = await asyncio.create_subprocess_exec(
            *command, env=env, cwd=ROOT, stdout=sink, stderr=sink
        )
    async with SandboxClient(sandbox.url) as control:
        async with asyncio.timeout(60):
            while not await control.calls("getUpdates"):
                if bot.returncode is not None:
                    output = await asyncio.to_thread(log.read_text)
                    raise RuntimeError(f"the bot exited: {output[-2000:]}")
                await asyncio.sleep(0.1)
    return bot


async def capture(
    persona: Persona, fps: str, to_card: list[float], to_record: list[float]
) -> None:
    """One complete quick capture: the message, the card, Submit, the record."""
    start = time.perf_counter()
    await persona.send(MESSAGE.format(fps=fps))
    card = await persona.next_message(timeout=60)
    to_card.append((time.perf_counter() - start) * 1000)
    assert "Submit" in str(card.get("reply_markup")), card.get("text")
    start = time.perf_counter()
    await persona.tap("✅ Submit", message=card)
    record = await persona.next_message(timeout=60)
    to_record.append((time.perf_counter() - start) * 1000)
    assert "R-" in record["text"], record["text"]


async def main(officers: int, rate: float, captures: int, warmup: int) -> None:
    """Run the load and print the figures."""
    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as name:
        await run(Path(name), officers, rate, captures, warmup)


async def run(folder: Path, officers: int, rate: float, captures: int, warmup: int) -> None:
    """The load against a bot on a fresh database in ``folder``."""
    url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    async with Sandbox(limits=False) as sandbox, SandboxClient(sandbox.url) as client:
        personas = await prepare(url, client, officers)
        bot = await start_bot(sandbox, url, folder / "bot.log")
        try:
            ignored: list[float] = []
            for index in range(warmup):  # the first captures pay for lazy imports and caches
                await capture(personas[index % officers], "400000K", ignored, ignored)
            to_card: list[float] = []
            to_record: list[float] = []
            late: list[float] = []
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
                    await capture(personas[number], f"{400000 + k % 500}K", to_card, to_record)

            await asyncio.gather(*(officer(n) for n in range(min(officers, captures))))
            elapsed = time.perf_counter() - began
            cpu = cpu_seconds(bot.pid) - cpu_before
            driver_cpu = time.process_time() - driver_before
            peak = peak_rss_mb(bot.pid)
        finally:
            bot.terminate()
            await bot.wait()
    print(
        f"officers={officers} captures={captures} (+{warmup} warm-up) offered={rate:g}/s"
        f" elapsed={elapsed:.1f}s"
    )
    print(f"captures/s achieved: {captures / elapsed:.1f}")
    for name, values in (("message -> card", to_card), ("Submit -> record", to_record)):
        print(
            f"{name}: p50 {statistics.median(values):.0f} ms, p95 {percentile(values, 0.95):.0f}"
            f" ms, p99 {percentile(values, 0.99):.0f} ms, max {max(values):.0f} ms"
        )
    if late:
        print(f"captures started late (officer still busy): {len(late)}, worst {max(late):.0f} ms")
    print(
        f"bot process: peak RSS {peak:.0f} MB, CPU {cpu * 1000 / captures:.1f} ms per capture,"
        f" busy {100 * cpu / elapsed:.0f}% of one core"
    )
    print(f"sandbox + officers process: CPU {driver_cpu * 1000 / captures:.1f} ms per capture")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--officers", type=int, default=200)
    parser.add_argument("--rate", type=float, default=50.0, help="captures offered per second")
    parser.add_argument("--captures", type=int, default=1000, help="captures measured in all")
    parser.add_argument("--warmup", type=int, default=20, help="captures before measuring")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.officers, arguments.rate, arguments.captures, arguments.warmup))
