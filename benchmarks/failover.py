"""Failover: replicas of ``rapport run`` on one PostgreSQL, officers submitting immediate items
at a steady rate, the replica that receives from Telegram killed with SIGKILL at random moments.

With long polling the killed replica held the receiver's lock and polled; a standby takes the
lock over. With a webhook every replica serves behind a load balancer (simulated here: round
robin, the next replica when one does not answer) and the killed one had registered the webhook.
Each killed replica is started again a second later and joins as a standby.

Per mode it prints the time from each kill to the next alert delivered to the supervisor (median
and worst), the alerts expected and delivered (lost: target 0), the duplicates users saw (only
messages in flight at a kill may repeat, each marked as a repeat), and the time from each Submit
tap to its alert (the worst is a tap that reached Telegram while nobody received).

    .venv/bin/python benchmarks/failover.py [--replicas 2] [--kills 5] [--rate 1]
        [--modes polling,webhook]

Targets: alerts flowing again <= 5 s after the kill with polling, <= 1 s with a webhook.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp
from aiohttp import web

from benchmarks.harness import BOT, ROOT, bot_env, fresh_postgres, prepare
from bot.notify.delivery import REPEAT_MARK
from sandbox.client import Persona, SandboxClient
from sandbox.server import Sandbox
from tests.conftest import free_port

IMMEDIATE = "{fps} 4B range 10 min ago he pulled a sharpened toothbrush out of his sock"
ALERT = "🚨 IMMEDIATE —"
REFERENCE = re.compile(r"R-\d{4}-\d{6}")
PG_BENCH_DB = "rapport_failover"
SECRET = "failover-bench-secret"
LEADS = "receiver: this replica leads"
SETTLE_S = 90.0


class Balancer:
    """A load balancer in front of the webhook replicas: round robin, and the next replica
    when one refuses the connection or drops it (an update is stored once however often it is
    delivered, so a retry is safe)."""

    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self.port = free_port()
        self._turn = 0
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Balancer:
        app = web.Application()
        app.router.add_post("/{path:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        self._client = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._runner is not None and self._client is not None
        await self._client.close()
        await self._runner.cleanup()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._client is not None
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower().startswith("x-")}
        headers["Content-Type"] = request.headers.get("Content-Type", "application/json")
        for _ in range(len(self.backends)):
            self._turn = (self._turn + 1) % len(self.backends)
            url = f"http://127.0.0.1:{self.backends[self._turn]}{request.path}"
            try:
                async with self._client.post(url, data=body, headers=headers) as answer:
                    return web.Response(status=answer.status)
            except (aiohttp.ClientError, OSError):
                continue
        return web.Response(status=502)


class Replica:
    """One ``rapport run`` process and its log."""

    def __init__(self, number: int, env: dict[str, str], folder: Path) -> None:
        self.number, self.env = number, env
        self.log = folder / f"replica{number}.log"
        self.process: asyncio.subprocess.Process | None = None
        self.starts = 0

    async def start(self) -> None:
        self.starts += 1
        with self.log.open("ab") as sink:
            self.process = await asyncio.create_subprocess_exec(
                *BOT, env=self.env, cwd=ROOT, stdout=sink, stderr=sink
            )

    def leads(self) -> bool:
        """Whether this live replica holds the receiver's lock (its log says so last)."""
        if self.process is None or self.process.returncode is not None:
            return False
        lines = [line for line in self.log.read_text().splitlines() if "receiver:" in line]
        return bool(lines) and LEADS in lines[-1]

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            await self.process.wait()


def _env(sandbox: Sandbox, url: str, webhook: tuple[str, int] | None) -> dict[str, str]:
    settings = {"log_level": "INFO"}
    if webhook is not None:
        public, port = webhook
        settings |= {"webhook_url": public, "webhook_secret": SECRET, "webhook_port": str(port)}
    return bot_env(sandbox, url, **settings)


async def _officer_item(officer: Persona, index: int, taps: dict[str, float]) -> None:
    """One immediate item: the message, the card (however late), one Submit tap."""
    await officer.send(IMMEDIATE.format(fps=f"{400000 + index}K"))
    card = await officer.next_message(timeout=SETTLE_S)
    while "Submit" not in str(card.get("reply_markup")):
        card = await officer.next_message(timeout=SETTLE_S)
    taps[officer.first_name] = time.time()
    await officer.tap("✅ Submit", message=card)


async def _alert_times(client: SandboxClient, supervisor: Persona) -> list[tuple[float, str]]:
    """When each alert reached the supervisor (Telegram accepted it), with its reference."""
    found = []
    for call in await client.calls("sendMessage"):
        text = str(call["params"].get("text", ""))
        match = REFERENCE.search(text)
        to_supervisor = str(call["params"].get("chat_id")) == str(supervisor.id)
        if call["status"] == 200 and to_supervisor and match and ALERT in text:
            found.append((call["time"], match.group(0)))
    return sorted(found)


async def run_mode(mode: str, replicas: int, kills: int, rate: float, seed: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix=f"rapport-failover-{mode}-"))
    url = await fresh_postgres(PG_BENCH_DB)
    items = int(rate * (kills * 9 + 10))
    rng = random.Random(seed)
    async with Sandbox(limits=False) as sandbox, SandboxClient(sandbox.url) as client:
        people = await prepare(url, client, {"officer": items, "supervisor": 1})
        officers, supervisor = people["officer"], people["supervisor"][0]
        ports = [free_port() for _ in range(replicas)]
        balancer = Balancer(ports) if mode == "webhook" else None
        if balancer is not None:
            await balancer.__aenter__()
        public = f"http://127.0.0.1:{balancer.port}/telegram" if balancer else ""
        group = [
            Replica(n, _env(sandbox, url, (public, ports[n]) if balancer else None), folder)
            for n in range(replicas)
        ]
        taps: dict[str, float] = {}
        killed_at: list[float] = []
        try:
            for replica in group:
                await replica.start()
                await asyncio.sleep(1.0)  # the first to start leads
            for _ in range(300):  # the first replica leads within a minute
                if any(replica.leads() for replica in group):
                    break
                await asyncio.sleep(0.2)
            await asyncio.sleep(2.0)

            async def submit_all() -> None:
                tasks = []
                for index, officer in enumerate(officers):
                    tasks.append(asyncio.create_task(_officer_item(officer, index, taps)))
                    await asyncio.sleep(1 / rate)
                await asyncio.gather(*tasks)

            submitting = asyncio.create_task(submit_all())
            await asyncio.sleep(5.0)
            for _ in range(kills):
                leader = next((r for r in group if r.leads()), None)
                if leader is None:  # still being taken over: look again shortly
                    await asyncio.sleep(1.0)
                    continue
                killed_at.append(time.time())
                leader.kill()
                await asyncio.sleep(1.0)
                await leader.start()  # back as a standby
                await asyncio.sleep(rng.uniform(6.0, 9.0))
            await submitting
            deadline = time.monotonic() + SETTLE_S
            while time.monotonic() < deadline:
                if len({ref for _, ref in await _alert_times(client, supervisor)}) >= len(taps):
                    break
                await asyncio.sleep(1.0)
            await asyncio.sleep(3.0)  # late duplicates would show by now
            await _report(mode, client, officers, supervisor, taps, killed_at)
        finally:
            for replica in group:
                await replica.stop()
            if balancer is not None:
                await balancer.__aexit__(None, None, None)


async def _report(
    mode: str,
    client: SandboxClient,
    officers: list[Persona],
    supervisor: Persona,
    taps: dict[str, float],
    killed_at: list[float],
) -> None:
    alerts = await _alert_times(client, supervisor)
    gaps = []
    for kill in killed_at:
        after = [at for at, _ in alerts if at > kill]
        gaps.append(after[0] - kill if after else float("inf"))
    duplicates = marked = 0
    for persona in [*officers, supervisor]:
        texts = [m.get("text") or "" for m in await persona.messages()]
        plain = Counter(t.removeprefix(f"{REPEAT_MARK} ") for t in texts)
        duplicates += sum(count - 1 for count in plain.values() if count > 1)
        marked += sum(t.startswith(REPEAT_MARK) for t in texts)
    delivered = len({ref for _, ref in alerts})
    first_alert = {}
    for at, ref in alerts:
        first_alert.setdefault(ref, at)
    submitted = await _submitted(officers)
    delays = [first_alert[ref] - taps[who] for who, ref in submitted.items() if ref in first_alert]
    print(
        f"{mode:<8} kills {len(killed_at)}  kill -> next alert: median"
        f" {statistics.median(gaps):.2f} s, worst {max(gaps):.2f} s"
        f"  alerts {delivered}/{len(taps)} (lost {len(taps) - delivered})"
        f"  duplicates {duplicates} ({marked} marked as repeats)"
        f"  Submit tap -> alert: median {statistics.median(delays):.2f} s,"
        f" worst {max(delays):.2f} s"
    )


async def _submitted(officers: list[Persona]) -> dict[str, str]:
    """Officer name -> the reference of their "Submitted" confirmation."""
    found = {}
    for officer in officers:
        for message in await officer.messages():
            match = REFERENCE.search(message.get("text") or "")
            if match and "Submitted" in message["text"]:
                found[officer.first_name] = match.group(0)
    return found


async def main(replicas: int, kills: int, rate: float, modes: list[str]) -> None:
    for number, mode in enumerate(modes):
        await run_mode(mode, replicas, kills, rate, seed=number + 1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--rate", type=float, default=1.0, help="new immediate items a second")
    parser.add_argument("--modes", default="polling,webhook")
    arguments = parser.parse_args()
    asyncio.run(
        main(arguments.replicas, arguments.kills, arguments.rate, arguments.modes.split(","))
    )
