"""Two ``rapport run`` replicas on one PostgreSQL, both alive, the sandbox as Telegram: every
immediate item alerts once, every escalation fires once, every digest is sent once."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from typing import Any

import aiohttp
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from sandbox.client import Persona, SandboxClient, button_texts
from sandbox.server import Sandbox
from storage.models import Site, utcnow
from tests.conftest import WEBHOOK_SECRET, free_port
from tests.process import rapport_run
from tests.test_alert_path import STARTUP_S, _messages_with
from tests.test_alerts import KNIFE, PUNCH, REFERENCE, SHEET, _submit
from tests.world import create_site, enrolment_code

REPLICAS = 2
DIGEST_HEADING = "Daily digest"
ALERT_HEADING = "🚨 IMMEDIATE —"
ESCALATION_HEADING = "🚨 NOT YET ACKNOWLEDGED —"
ROUTINE = "482913K 4B range at 1400 cell search, nothing found"


async def _quiet_for(personas: list[Persona], seconds: float) -> None:
    """Wait until nobody has received anything for ``seconds`` (late duplicates would show)."""
    last = -1
    while True:
        count = 0
        for persona in personas:
            count += len(await persona.messages())
        if count == last:
            return
        last = count
        await asyncio.sleep(seconds)


async def _ready(port: int) -> None:
    """Wait until the replica serving ``port`` says it is ready (/readyz)."""
    async with aiohttp.ClientSession() as http:
        for _ in range(int(STARTUP_S * 5)):
            with contextlib.suppress(aiohttp.ClientError):
                async with http.get(f"http://127.0.0.1:{port}/readyz") as answer:
                    if answer.status == 200:
                        return
            await asyncio.sleep(0.2)
    raise AssertionError(f"the replica on port {port} never became ready")


def _references(messages: list[dict[str, Any]]) -> Counter[str]:
    return Counter(
        found.group(0) for m in messages if (found := REFERENCE.search(m.get("text") or ""))
    )


def _zone_early_in_its_day() -> str:
    """A fixed-offset time zone where it is about six in the morning now, so that the site's
    digest time (23:59) is far off during the test at whatever hour the tests run: with the site
    in Toronto and its digest six hours ahead, the digest ran at creation whenever six hours
    ahead was past midnight there (it had already come that day), and never again that day."""
    offset = (6 - utcnow().hour + 12) % 24 - 12  # hours east of UTC, -12 to +11
    return f"Etc/GMT{-offset:+d}" if offset else "UTC"


@pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
)
async def test_two_live_replicas_alert_escalate_and_digest_exactly_once(
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    sandbox: Sandbox,
    client: SandboxClient,
) -> None:
    async with sessions.begin() as session:
        await create_site(
            session, tz=_zone_early_in_its_day(), ack_timeout_s=2, digest_time="23:59"
        )
        codes = {
            name: await enrolment_code(session, role, name=name)
            for name, role in (
                ("Alex Martin", "officer"),
                ("Jordan Roy", "supervisor"),
                ("Sam Okafor", "supervisor"),
                ("Riley Chen", "intelligence"),
            )
        }
    people = {
        name: await client.user(name.split()[0], last_name=name.split()[1]) for name in codes
    }
    officer, on_duty, off_duty = (people[n] for n in ("Alex Martin", "Jordan Roy", "Sam Okafor"))
    replicas = [
        # Escalation looks ten times a second in each replica: without the job lock, both
        # replicas escalate the same alerts (seen 3 times in 3 runs).
        await rapport_run(sandbox, database_url, escalation_check_s="0.1")
        for _ in range(REPLICAS)
    ]
    try:
        for name, persona in people.items():
            await persona.send(f"/start {codes[name]}")
            await persona.next_message(timeout=STARTUP_S)
        await on_duty.send("/onduty")
        await on_duty.next_message(timeout=15)

        references = [await _submit(officer, text) for text in (KNIFE, PUNCH, SHEET)]
        for supervisor in (on_duty, off_duty):  # the repeat goes to both, widened
            await _messages_with(supervisor, ESCALATION_HEADING, 30, len(references))

        await officer.send(ROUTINE)
        card = await officer.next_message(timeout=15)
        while "✅ Submit" not in button_texts(card):
            if button_texts(card):
                await officer.tap(button_texts(card)[0], message=card)
            card = await officer.next_message(timeout=15)
        await officer.tap("✅ Submit", message=card)
        # The digest must find the item: a pass that ran before the submit was committed found
        # nothing to send, marked the day as done, and no digest came at all (seen in CI).
        record = await officer.next_message(timeout=15)
        while "Submitted" not in record["text"]:
            record = await officer.next_message(timeout=15)
        async with sessions.begin() as session:
            site = await session.scalar(select(Site))
            assert site is not None
            site.digest_time = "00:00"  # due now: both replicas' schedules see it at once
        digests = await _messages_with(people["Riley Chen"], DIGEST_HEADING, 30, 1)

        await _quiet_for(list(people.values()), 3.0)
        assert all(replica.returncode is None for replica in replicas), "a replica died"
        alerts = await _messages_with(on_duty, ALERT_HEADING, 0, 0)
        assert _references(alerts) == Counter(references), "an alert missing or sent twice"
        for supervisor in (on_duty, off_duty):
            escalations = await _messages_with(supervisor, ESCALATION_HEADING, 0, 0)
            assert _references(escalations) == Counter(references), "an escalation fired twice"
        every_digest = [
            m
            for persona in people.values()
            for m in await _messages_with(persona, DIGEST_HEADING, 0, 0)
        ]
        assert digests
        readers = Counter(m["chat"]["id"] for m in every_digest)
        assert max(readers.values()) == 1, "a digest was sent twice"
    finally:
        for replica in replicas:
            if replica.returncode is None:
                replica.terminate()
                await replica.wait()


@pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
)
async def test_the_survivor_takes_the_webhook_back_when_its_holder_is_killed(
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    sandbox: Sandbox,
    client: SandboxClient,
) -> None:
    """Each replica here has its own public URL (no balancer): the webhook must follow the
    replica that holds the receiver's lock, or nothing would be received after the kill."""
    async with sessions.begin() as session:
        await create_site(session)
        code = await enrolment_code(session, "officer", name="Alex Martin")
    officer = await client.user("Alex", last_name="Martin")
    ports = [free_port() for _ in range(REPLICAS)]
    urls = [f"http://127.0.0.1:{port}/telegram" for port in ports]

    def webhook(number: int) -> dict[str, str]:
        return {
            "webhook_url": urls[number],
            "webhook_port": str(ports[number]),
            "webhook_secret": WEBHOOK_SECRET,
        }

    async def registered() -> list[str]:
        return [str(call["params"].get("url")) for call in await client.calls("setWebhook")]

    first = await rapport_run(sandbox, database_url, **webhook(0))
    second: asyncio.subprocess.Process | None = None
    try:
        await officer.send(f"/start {code}")
        assert "Welcome" in (await officer.next_message(timeout=STARTUP_S))["text"]
        second = await rapport_run(sandbox, database_url, **webhook(1))
        await _ready(ports[1])  # started, serving, standing by
        assert await registered() == [urls[0]], "a standby registered the webhook"

        first.kill()
        await first.wait()
        await officer.send("/help")
        assert "/observe" in (await officer.next_message(timeout=15))["text"]
        assert (await registered())[-1] == urls[1]
    finally:
        for replica in (first, second):
            if replica is not None and replica.returncode is None:
                replica.terminate()
                await replica.wait()
