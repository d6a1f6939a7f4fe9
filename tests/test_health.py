"""Health and metrics over HTTP (docs/monitoring.md), asked of the running bot as a service
manager, a load balancer and Prometheus ask them."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from sandbox.client import SandboxClient
from sandbox.server import Sandbox
from tests import conftest
from tests.process import rapport_run
from tests.test_alert_path import _database_away, cuttable
from tests.test_alerts import KNIFE, _submit
from tests.world import World

# The bound: /readyz says "not ready" within 5 s of the database going away.
TURN_S = 5.0


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    """An HTTP client, as a load balancer or Prometheus is."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        yield session


@pytest.fixture
def http_port() -> int:
    """The port of the bot's health server in these tests."""
    return conftest.free_port()


@pytest.fixture
async def monitored(
    sandbox: Sandbox,
    client: SandboxClient,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    http_port: int,
) -> AsyncIterator[World]:
    """The real bot polling the sandbox, with its health server on ``http_port``."""
    settings = conftest.test_settings(sandbox, database_url, http_port=http_port)
    async with conftest.running_world(sandbox, client, sessions, settings) as world:
        yield world


async def _get(http: aiohttp.ClientSession, url: str) -> tuple[int, Any]:
    """The status and the body (JSON when it is JSON) of a GET."""
    async with http.get(url) as response:
        if response.content_type == "application/json":
            return response.status, await response.json()
        return response.status, await response.text()


async def _scrape(http: aiohttp.ClientSession, port: int) -> dict[tuple[str, str], float]:
    """A Prometheus scrape parsed by prometheus_client's own parser: each sample's value by its
    name and its labels' values (``("rapport_outbox_depth", "alert")``)."""
    status, text = await _get(http, f"http://127.0.0.1:{port}/metrics")
    assert status == 200
    return {
        (sample.name, ",".join(sample.labels.values())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def test_a_polling_bot_says_it_lives_and_is_ready(
    monitored: World, http: aiohttp.ClientSession, http_port: int
) -> None:
    assert await _get(http, f"http://127.0.0.1:{http_port}/healthz") == (200, {"alive": True})
    assert await _get(http, f"http://127.0.0.1:{http_port}/readyz") == (
        200,
        {
            "ready": True,
            "failed": [],
            "checks": {"database": "ok", "migrations": "at head", "receiver": "polling"},
        },
    )


async def test_a_webhook_bot_serves_its_health_on_the_webhook_port(
    webhook_world: World, http: aiohttp.ClientSession
) -> None:
    assert webhook_world.webhook_url is not None
    root = webhook_world.webhook_url.removesuffix("/telegram")
    status, body = await _get(http, f"{root}/readyz")
    assert status == 200 and body["checks"]["receiver"] == "webhook"
    assert (await _get(http, f"{root}/healthz"))[0] == 200


async def test_readyz_turns_not_ready_while_the_database_is_away_and_ready_when_it_returns(
    sandbox: Sandbox,
    client: SandboxClient,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    http: aiohttp.ClientSession,
    http_port: int,
) -> None:
    """PostgreSQL cut off at a proxy, or the SQLite file held locked by another process (the
    bot, whose every unit of work writes, can then do nothing)."""
    async with cuttable(database_url) as (bot_url, proxy):
        settings = conftest.test_settings(sandbox, bot_url, http_port=http_port)
        async with conftest.running_world(sandbox, client, sessions, settings) as world:
            readyz = f"http://127.0.0.1:{http_port}/readyz"

            async def answer(status: int) -> Any:
                found, body = await _get(http, readyz)
                return body if found == status else None

            assert await world.eventually(lambda: answer(200), within=TURN_S)
            async with _database_away(database_url, proxy):
                away = await world.eventually(lambda: answer(503), within=TURN_S)
                assert away is not None, "still ready 5 s after the database went away"
                assert away["failed"] == ["database"]
                assert away["checks"]["database"] == "unreachable"
                # The process itself lives, and says so at once.
                assert (await _get(http, f"http://127.0.0.1:{http_port}/healthz"))[0] == 200
            back = await world.eventually(lambda: answer(200), within=TURN_S)
            assert back is not None, "not ready 5 s after the database came back"


async def test_a_scrape_shows_what_went_through_the_bot(
    monitored: World, http: aiohttp.ClientSession, http_port: int
) -> None:
    """An immediate item whose alert Telegram refuses for a while (502): the scrape shows the
    alert waiting and ageing, the refusals, the escalation, and once delivered the
    acknowledgement."""
    world = monitored
    await world.update_site(ack_timeout_s=1)
    officer = await world.officer()
    supervisor = await world.supervisor("Jordan Roy")
    await world.supervisor("Sam Okafor", on_duty=False)
    await world.client.faults(
        status=502, for_s=4, chat_ids=[supervisor.chat_id], methods=["sendMessage"]
    )
    reference = await _submit(officer, KNIFE)

    async def alert_waiting() -> dict[tuple[str, str], float] | None:
        figures = await _scrape(http, http_port)
        queued = figures[("rapport_outbox_depth", "alert")] >= 1
        ageing = figures[("rapport_oldest_immediate_alert_age_seconds", "")] > 0
        return figures if queued and ageing else None

    figures = await world.eventually(alert_waiting, within=TURN_S)
    assert figures is not None, "the alert refused by Telegram never showed as waiting"
    # Three /start, an /onduty, the officer's message, the Submit tap.
    assert figures[("rapport_updates_received_total", "")] >= 6
    assert figures[("rapport_updates_handled_total", "handled")] >= 6
    assert figures[("rapport_update_handling_seconds_count", "")] >= 6
    assert figures[("rapport_telegram_errors_total", "network")] >= 1
    assert figures[("rapport_ready", "")] == 1
    assert figures[("rapport_receiver", "polling")] == 1
    assert {urgency for name, urgency in figures if name == "rapport_outbox_depth"} == {
        "alert",
        "prompt",
        "notice",
        "digest",
    }

    # The first alert, and its repeat up the chain (Jordan is a supervisor too).
    alert, *_ = await world.messages_with(supervisor, reference, "IMMEDIATE", within=20)
    await supervisor.tap("✅ Acknowledge", message=alert)

    async def settled() -> dict[tuple[str, str], float] | None:
        figures = await _scrape(http, http_port)
        done = figures[("rapport_acknowledgements_total", "acknowledged")] == 1
        return figures if done and figures[("rapport_outbox_depth", "alert")] == 0 else None

    figures = await world.eventually(settled, within=TURN_S)
    assert figures is not None, "the acknowledgement never showed in the metrics"
    assert figures[("rapport_escalations_total", "")] >= 1
    assert figures[("rapport_oldest_immediate_alert_age_seconds", "")] == 0


async def test_a_health_port_already_taken_stops_rapport_run_in_one_line(
    sandbox: Sandbox, database_url: str, tmp_path: Path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        bot = await rapport_run(
            sandbox,
            database_url,
            cwd=tmp_path,
            output=asyncio.subprocess.PIPE,
            http_port=str(port),
        )
        async with asyncio.timeout(60):
            out, _ = await bot.communicate()
    assert bot.returncode == 1
    assert (
        out.decode()
        .strip()
        .splitlines()[-1]
        .startswith(
            f"rapport: Cannot serve health and metrics on 127.0.0.1:{port} (RAPPORT_HTTP_PORT=0"
        )
    )
