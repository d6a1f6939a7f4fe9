"""The alert path under faults: officers submit immediate items at a steady rate while the bot
is killed, the database goes away, Telegram storms 429s, or one chat fails for a minute.

The bot runs as in production (``rapport run``) against the sandbox, on SQLite and PostgreSQL.
Per scenario it prints: updates sent, entries stored and submitted, alerts expected and
delivered, replies expected and delivered (cards and "Submitted" confirmations), duplicates
shown to users (and how many of them were marked as repeats), and the worst alert delay from
the Submit tap to the supervisor's alert.

    .venv/bin/python benchmarks/faults.py [--items 24] [--rate 2] [--databases sqlite,postgresql]
        [--scenarios kills,outage,storm,bad_chat]

Targets: nothing lost in any scenario; duplicates only for messages in flight at a kill, each
marked as a repeat; worst alert delay behind a failing chat <= 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, make_url, select

from benchmarks.harness import fresh_postgres, prepare, start_bot
from bot.notify.audience import Recipient
from bot.notify.bulletin import queue_text
from bot.notify.delivery import REPEAT_MARK
from bot.notify.plan import PRIORITY
from sandbox.client import Persona, SandboxClient
from sandbox.server import Sandbox
from storage import directory
from storage.db import create_engine, session_factory
from storage.models import Entry, utcnow
from storage.vocabulary import MessageKind
from tests.proxy import CuttableProxy

IMMEDIATE = "{fps} 4B range 10 min ago he pulled a sharpened toothbrush out of his sock"
REFERENCE = re.compile(r"R-\d{4}-\d{6}")
CARD = "Here is what I understood"  # the card's first words (its buttons go once tapped)
PG_BENCH_DB = "rapport_faults"
SETTLE_S = 120.0  # how long the scenario waits for everything to arrive after the fault


class Run:
    """One scenario: a fresh database, the bot, officers, a supervisor, and what happened."""

    def __init__(self, sandbox: Sandbox, client: SandboxClient, url: str, folder: Path) -> None:
        self.sandbox, self.client, self.url, self.folder = sandbox, client, url, folder
        self.bot_url = url
        self.log = folder / f"bot-{url.rsplit('/', 1)[-1]}.log"  # kept for a look afterwards
        self.bot: asyncio.subprocess.Process | None = None
        self.taps: dict[str, float] = {}  # officer name -> Submit tap time
        self.updates_sent = 0
        self.officers: list[Persona] = []
        self.supervisor: Persona | None = None

    async def start(self) -> None:
        self.bot = await start_bot(self.sandbox, self.bot_url, self.log)

    async def kill_and_restart(self) -> None:
        assert self.bot is not None
        self.bot.kill()
        await self.bot.wait()
        await self.start()

    async def stop(self) -> None:
        if self.bot is not None and self.bot.returncode is None:
            self.bot.terminate()
            await self.bot.wait()

    async def officer_item(self, officer: Persona, index: int) -> None:
        """One immediate item: the message, the card (however late), one Submit tap."""
        await officer.send(IMMEDIATE.format(fps=f"{400000 + index}K"))
        self.updates_sent += 1
        card = await officer.next_message(timeout=SETTLE_S)
        while "Submit" not in str(card.get("reply_markup")):
            card = await officer.next_message(timeout=SETTLE_S)
        self.taps[officer.first_name] = time.time()
        await officer.tap("✅ Submit", message=card)
        self.updates_sent += 1

    async def report(self, name: str) -> None:
        """Wait for everything to arrive, then print the scenario's line of figures."""
        assert self.supervisor is not None
        deadline = time.monotonic() + SETTLE_S
        while time.monotonic() < deadline:
            submitted = await self._submitted()
            if len(submitted) == len(self.taps) and len(await self._alerts()) == len(self.taps):
                break
            await asyncio.sleep(1.0)
        submitted, alerts = await self._submitted(), await self._alerts()
        entries, done = await self._entries()
        duplicates, marked = await self._duplicates()
        delays = [alerts[ref] - self.taps[who] for who, ref in submitted.items() if ref in alerts]
        worst = f"{max(delays) * 1000:.0f} ms" if delays else "-"
        chats = [await officer.messages() for officer in self.officers]
        cards = sum(any(CARD in (m.get("text") or "") for m in chat) for chat in chats)
        print(
            f"{name:<28} updates {self.updates_sent:>3}  entries {entries:>3} ({done} submitted)"
            f"  alerts {len(alerts):>2}/{len(self.taps):<2}"
            f"  replies {cards + len(submitted):>2}/{len(self.officers) + len(self.taps):<2}"
            f"  duplicates {duplicates} ({marked} marked)  worst alert delay {worst}"
        )

    async def _submitted(self) -> dict[str, str]:
        """Officer name -> the reference of their "Submitted" confirmation."""
        found = {}
        for officer in self.officers:
            for message in await officer.messages():
                match = REFERENCE.search(message.get("text") or "")
                if match and "Submitted" in message["text"]:
                    found[officer.first_name] = match.group(0)
        return found

    async def _alerts(self) -> dict[str, float]:
        """Reference -> when the sandbox first accepted its alert to the supervisor."""
        assert self.supervisor is not None
        received: dict[str, float] = {}
        for call in await self.client.calls("sendMessage"):
            text = str(call["params"].get("text", ""))
            to_supervisor = str(call["params"].get("chat_id")) == str(self.supervisor.id)
            match = REFERENCE.search(text)
            if call["status"] == 200 and to_supervisor and match and "IMMEDIATE" in text:
                received.setdefault(match.group(0), call["time"])
        return received

    async def _entries(self) -> tuple[int, int]:
        engine = create_engine(self.url)
        async with session_factory(engine)() as session:
            total = await session.scalar(select(func.count(Entry.id)))
            done = await session.scalar(
                select(func.count(Entry.id)).where(Entry.status == "submitted")
            )
        await engine.dispose()
        return int(total or 0), int(done or 0)

    async def _duplicates(self) -> tuple[int, int]:
        """Messages a user saw twice (same text in one chat), and how many said they were."""
        duplicates = marked = 0
        assert self.supervisor is not None
        for persona in [*self.officers, self.supervisor]:
            texts = [m.get("text") or "" for m in await persona.messages()]
            plain = Counter(t.removeprefix(f"{REPEAT_MARK} ") for t in texts)
            duplicates += sum(count - 1 for count in plain.values() if count > 1)
            marked += sum(t.startswith(REPEAT_MARK) for t in texts)
        return duplicates, marked


async def _submit_all(run: Run, rate: float) -> None:
    """Every officer makes one immediate item, ``rate`` new items a second."""
    tasks = []
    for index, officer in enumerate(run.officers):
        tasks.append(asyncio.create_task(run.officer_item(officer, index)))
        await asyncio.sleep(1 / rate)
    await asyncio.gather(*tasks)


async def kills(run: Run, rate: float) -> None:
    """SIGKILL at three random moments while officers submit, restarting each time."""
    rng = random.Random(7)
    submitting = asyncio.create_task(_submit_all(run, rate))
    for _ in range(3):
        await asyncio.sleep(rng.uniform(1.0, len(run.officers) / rate / 3))
        await run.kill_and_restart()
    await submitting


async def outage(run: Run, rate: float) -> None:
    """The database away for 20 s (PostgreSQL cut at a proxy) or locked for 40 s (SQLite)."""
    submitting = asyncio.create_task(_submit_all(run, rate))
    await asyncio.sleep(2.0)
    proxy: CuttableProxy | None = getattr(run, "proxy", None)
    if proxy is not None:
        proxy.sever()
        await asyncio.sleep(20.0)
        proxy.restore()
    else:
        path = make_url(run.url).database
        assert path
        other = sqlite3.connect(path, isolation_level=None, timeout=0)
        other.execute("BEGIN EXCLUSIVE")
        await asyncio.sleep(40.0)
        other.execute("ROLLBACK")
        other.close()
    await submitting


async def storm(run: Run, rate: float) -> None:
    """Telegram's limits on, and 60 of the bot's calls answered 429 while officers submit."""
    await run.client.set_limits(True)
    await run.client.faults(fail_next=60, status=429, retry_after=1)
    await _submit_all(run, rate)


async def bad_chat(run: Run, rate: float) -> None:
    """One chat answers 502 for a minute with messages queued for it; alerts go elsewhere, one
    every two seconds at most: Telegram lets one chat (the supervisor's) take about a message a
    second, so a faster stream would measure that limit rather than the failing chat."""
    rate = min(rate, 0.5)
    reader = await run.client.user("FailingReader")
    await run.client.faults(status=502, for_s=60, chat_ids=[reader.id], methods=["sendMessage"])
    engine = create_engine(run.url)
    async with session_factory(engine).begin() as session:
        site = (await directory.list_sites(session=session))[0]
        for day in range(20):
            await queue_text(
                session=session,
                site=site,
                kind=MessageKind.DIGEST,
                priority=PRIORITY[MessageKind.DIGEST],
                recipient=Recipient(chat_id=reader.id, staff_id=None, label="R", lang="en"),
                text=f"Digest {day}",
                now=utcnow(),
            )
    await engine.dispose()
    await asyncio.sleep(3.0)  # its retries are backing off by now
    await _submit_all(run, rate)


SCENARIOS: dict[str, Callable[[Run, float], Awaitable[None]]] = {
    "kill (3 x SIGKILL)": kills,
    "database away": outage,
    "429 storm": storm,
    "one chat failing 60 s": bad_chat,
}


async def _fresh_url(database: str, folder: Path, number: int) -> str:
    if database == "sqlite":
        return f"sqlite+aiosqlite:///{folder / f'faults{number}.db'}"
    return await fresh_postgres(PG_BENCH_DB)


async def main(items: int, rate: float, databases: list[str], only: list[str]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="rapport-faults-"))
    number = 0
    for database in databases:
        print(f"== {database}")
        for name, scenario in SCENARIOS.items():
            if only and scenario.__name__ not in only:
                continue
            number += 1
            url = await _fresh_url(database, folder, number)
            async with Sandbox(limits=False) as sandbox, SandboxClient(sandbox.url) as client:
                people = await prepare(
                    url, client, {"officer": items, "supervisor": 1}, ack_timeout_s=3600
                )
                run = Run(sandbox, client, url, folder)
                run.officers, run.supervisor = people["officer"], people["supervisor"][0]
                proxy_context: Any = None
                if database == "postgresql" and scenario is outage:
                    proxy_context = CuttableProxy("127.0.0.1", 5432)
                    run.proxy = await proxy_context.__aenter__()  # type: ignore[attr-defined]
                    run.bot_url = url.replace("127.0.0.1:5432", f"127.0.0.1:{run.proxy.port}")
                await run.start()
                try:
                    await scenario(run, rate)
                    await run.report(name)
                finally:
                    await run.stop()
                    if proxy_context is not None:
                        await proxy_context.__aexit__(None, None, None)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=24, help="officers, one immediate item each")
    parser.add_argument("--rate", type=float, default=2.0, help="new items per second")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument(
        "--scenarios",
        default="",
        help="some of: " + ", ".join(s.__name__ for s in SCENARIOS.values()),
    )
    arguments = parser.parse_args()
    only = [name for name in arguments.scenarios.split(",") if name]
    asyncio.run(main(arguments.items, arguments.rate, arguments.databases.split(","), only))
