"""Capture under load: N officers each make complete quick captures through the sandbox.

Prints p50/p95/p99 from the officer's message to the bot's card and from Submit to the record
stored, captures per second, and peak memory. Usage:

    .venv/bin/python benchmarks/capture_load.py [--officers 200] [--rate 50] [--captures 2]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import build_application, close_application, open_application
from bot.directory import add_site, import_roster
from bot.settings import Settings
from sandbox.client import SandboxClient
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


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` fall (milliseconds in, milliseconds out)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def main(officers: int, rate: float, captures: int) -> None:
    """Run the load and print the figures."""
    path = Path(tempfile.mkdtemp()) / "bench.db"
    url = f"sqlite+aiosqlite:///{path}"
    await upgrade_async(url)
    engine = create_engine(url)
    sessions = session_factory(engine)
    async with Sandbox(limits=False) as sandbox, SandboxClient(sandbox.url) as client:
        personas = [await client.user(f"Officer{i}") for i in range(officers)]
        async with sessions.begin() as session:
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
        settings = Settings(
            telegram_token=TOKEN,
            telegram_api_url=sandbox.api_url,
            telegram_file_url=sandbox.file_url,
            database_url=url,
            _env_file=None,
        )
        application = build_application(settings, token=TOKEN)
        await open_application(application)
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        to_card: list[float] = []
        to_record: list[float] = []

        async def one(index: int, persona) -> None:
            await asyncio.sleep(index / rate)
            for _ in range(captures):
                start = time.perf_counter()
                await persona.send(MESSAGE.format(fps=f"{400000 + index % 500}K"))
                await persona.next_message(timeout=30)
                to_card.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                await persona.tap("✅ Submit")
                await persona.next_message(timeout=30)
                to_record.append((time.perf_counter() - start) * 1000)

        began = time.perf_counter()
        await asyncio.gather(*(one(i, p) for i, p in enumerate(personas)))
        elapsed = time.perf_counter() - began
        await close_application(application)
    await engine.dispose()
    total = officers * captures
    print(f"officers={officers} captures={total} offered rate={rate}/s elapsed={elapsed:.1f}s")
    print(f"captures/s: {total / elapsed:.1f}")
    for name, values in (("message -> card", to_card), ("Submit -> record", to_record)):
        print(
            f"{name}: p50 {statistics.median(values):.0f} ms, p95 {percentile(values, 0.95):.0f}"
            f" ms, p99 {percentile(values, 0.99):.0f} ms"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (bot + sandbox + driver in one process): {peak:.0f} MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--officers", type=int, default=200)
    parser.add_argument("--rate", type=float, default=50.0, help="officers starting per second")
    parser.add_argument("--captures", type=int, default=2, help="captures per officer")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.officers, arguments.rate, arguments.captures))
