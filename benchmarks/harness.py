"""What the speed benchmarks share: a bench site with its staff, the bot run as in production
(``rapport run`` in its own process against the sandbox), one quick capture as an officer makes
it, and the figures (percentiles, the bot process's memory and CPU).

The benchmarks play Telegram (the sandbox) and the staff in their own process, so the bot's
figures are its own. A benchmark script puts the repository on ``sys.path`` and imports this as
``benchmarks.harness``.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

from bot.people.directory import add_site, import_roster
from sandbox.client import Persona, SandboxClient
from sandbox.server import Sandbox
from storage import directory
from storage.db import create_engine, session_factory
from storage.migrate import upgrade_async
from storage.models import Staff, utcnow
from tests.process import rapport_env

ROOT = Path(__file__).resolve().parents[1]

TOKEN = "123456:BENCH-token-for-the-sandbox-only"
SITE = "B"
OFFENDERS = 500  # on the roster: 400000K to 400499K
ROSTER = "fps,surname,given_names,unit,cell,parole_officer,release_date\n" + "".join(
    f"{400000 + i}K,Name{i},Given,4B,4B-{i},,\n" for i in range(OFFENDERS)
)
BOT = (sys.executable, "-m", "bot.runtime.cli", "run")
TICKS = os.sysconf("SC_CLK_TCK")
ON_DUTY_ROLES = ("supervisor",)


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` fall (milliseconds in, milliseconds out)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def spread(name: str, values: list[float]) -> str:
    """One line of figures: p50, p95, p99 and max, in milliseconds."""
    return (
        f"{name}: n={len(values)} p50 {statistics.median(values):.0f} ms,"
        f" p95 {percentile(values, 0.95):.0f} ms, p99 {percentile(values, 0.99):.0f} ms,"
        f" max {max(values):.0f} ms"
    )


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


async def prepare(
    url: str, client: SandboxClient, staff: Mapping[str, int], **site_settings: Any
) -> dict[str, list[Persona]]:
    """A migrated database with the bench site, its roster and its staff: ``{"officer": 200,
    "supervisor": 1}`` makes Officer0..Officer199 and Supervisor0 (supervisors on duty).
    Enrolment is not what is measured, so staff rows are written directly."""
    await upgrade_async(url)
    people = {
        role: [await client.user(f"{role.title()}{i}") for i in range(count)]
        for role, count in staff.items()
    }
    engine = create_engine(url)
    async with session_factory(engine).begin() as session:
        site = await add_site(
            session=session, code=SITE, name="Bench", tz="America/Toronto", lang="en"
        )
        for name, value in site_settings.items():
            setattr(site, name, value)
        await import_roster(session=session, site_code=SITE, text=ROSTER)
        for role, personas in people.items():
            for persona in personas:
                await directory.add_staff(
                    session=session,
                    staff=Staff(
                        telegram_user_id=persona.id,
                        name=persona.first_name,
                        roles=[role],
                        site_id=site.id,
                        on_duty=role in ON_DUTY_ROLES,
                        on_duty_since=utcnow() if role in ON_DUTY_ROLES else None,
                    ),
                )
    await engine.dispose()
    return people


def bot_env(sandbox: Sandbox, url: str, **settings: str) -> dict[str, str]:
    """The environment of ``rapport run`` against the sandbox and ``url``, with the bench token
    and these settings (tests/process.py's, shared)."""
    return rapport_env(sandbox, url, TOKEN, **settings)


async def fresh_postgres(name: str) -> str:
    """A new, empty PostgreSQL database ``name`` on this machine (dropped first if it exists):
    the benchmark's own, never the tests' ``test``."""
    connection = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/postgres")
    try:
        await connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        await connection.execute(f"CREATE DATABASE {name}")
    finally:
        await connection.close()
    return f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"


async def start_bot(
    sandbox: Sandbox,
    url: str,
    log: Path,
    command: tuple[str, ...] = BOT,
    *,
    pace: bool = True,
) -> asyncio.subprocess.Process:
    """``rapport run`` (or ``command``) against the sandbox; returns once it polls. Without
    ``pace`` the bot does not keep to Telegram's limits itself (the sandbox's are off)."""
    env = bot_env(sandbox, url, telegram_pace="true" if pace else "false")
    with log.open("wb") as sink:
        bot = await asyncio.create_subprocess_exec(
            *command, env=env, cwd=ROOT, stdout=sink, stderr=sink
        )
    async with SandboxClient(sandbox.url) as control:
        async with asyncio.timeout(60):
            while not await control.calls("getUpdates"):
                if bot.returncode is not None:
                    output = await asyncio.to_thread(log.read_text)
                    raise RuntimeError(f"the bot exited ({log}): {output[-2000:]}")
                await asyncio.sleep(0.1)
    return bot


@dataclass(frozen=True)
class Captured:
    """One quick capture as the officer lived it."""

    card: dict[str, Any]
    record: dict[str, Any]
    to_card_ms: float  # from sending the message to the card
    to_record_ms: float  # from tapping Submit to the record
    submitted_at: float  # the Submit tap, on the wall clock the sandbox's call log uses


async def capture(persona: Persona, text: str) -> Captured:
    """One complete quick capture: the message, the card, Submit, the record."""
    start = time.perf_counter()
    await persona.send(text)
    card = await persona.next_message(timeout=60)
    while "Submit" not in str(card.get("reply_markup")):  # a notice of an earlier entry
        card = await persona.next_message(timeout=60)
    to_card = (time.perf_counter() - start) * 1000
    submitted_at, start = time.time(), time.perf_counter()
    await persona.tap("✅ Submit", message=card)
    record = await persona.next_message(timeout=60)
    while "Submitted" not in record["text"]:  # the outbox's "alert sent" can come first
        record = await persona.next_message(timeout=60)
    return Captured(card, record, to_card, (time.perf_counter() - start) * 1000, submitted_at)
