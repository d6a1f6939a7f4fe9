"""Logs: no narrative and no offender name at INFO or above, and the bot token at no level."""

from __future__ import annotations

import asyncio
import logging
import signal

import pytest
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.runtime.logs import REDACTED, protect
from sandbox.client import SandboxClient
from sandbox.server import Sandbox
from storage.models import Entry
from tests.conftest import TEST_TOKEN
from tests.process import rapport_run
from tests.world import World, enrolment_codes

SHANK = "Bouchard 4B range 10 min ago he pulled a sharpened toothbrush out of his sock"


def _text(record: logging.LogRecord) -> str:
    return "\n".join(
        part for part in (record.getMessage(), record.exc_text, record.stack_info) if part
    )


async def test_a_capture_leaves_no_narrative_name_or_token_in_the_logs(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    officer = await world.officer("Alex Martin")
    supervisor = await world.supervisor("Jordan Roy")
    await officer.send(SHANK)
    card = await officer.next_message()
    assert "Bouchard" in card["text"]
    await officer.tap("✅ Submit")

    async def alerted() -> bool:
        return any("toothbrush" in m["text"] for m in await supervisor.messages())

    assert await world.eventually(alerted, 10.0)
    records = caplog.records
    assert any(record.levelno == logging.DEBUG for record in records), "DEBUG was not captured"
    loud = [_text(r) for r in records if r.levelno >= logging.INFO]
    assert not [text for text in loud if "toothbrush" in text or "Bouchard" in text]
    assert not [_text(r) for r in records if TEST_TOKEN in _text(r)]


def test_the_token_is_blanked_even_in_an_error_with_a_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret = "987654:only-for-this-test-not-a-token"
    protect(secret)
    log = logging.getLogger("rapport.test")
    try:
        raise ConnectionError(f"cannot reach https://api.example.invalid/bot{secret}/getMe")
    except ConnectionError:
        log.exception("request to %s failed", f"/bot{secret}/getMe")
    [record] = caplog.records
    assert secret not in _text(record) and REDACTED in record.getMessage()
    assert secret not in logging.Formatter().format(record)
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING


async def test_a_failed_statement_does_not_quote_its_parameters(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    with pytest.raises(DBAPIError) as failure:
        async with sessions.begin() as session:
            session.add(Entry(site_id=404, officer_id=404, text=SHANK))
    assert "toothbrush" not in str(failure.value)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_rapport_run_logs_at_info_without_narrative_name_or_token(
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    sandbox: Sandbox,
    client: SandboxClient,
) -> None:
    code = (await enrolment_codes(sessions, "officer"))["officer"]
    officer = await client.user("Alex")
    bot = await rapport_run(
        sandbox, database_url, output=asyncio.subprocess.PIPE, log_level="INFO"
    )
    try:
        await officer.send(f"/start {code}")
        await officer.next_message(timeout=30)
        await officer.send(SHANK)
        await officer.next_message(timeout=15)
        await officer.tap("✅ Submit")
        await officer.next_message(timeout=15)
    finally:
        bot.send_signal(signal.SIGTERM)
        out, _ = await bot.communicate()
    log = out.decode()
    assert "INFO" in log and "Rapport is running" in log
    assert "HTTP Request" not in log  # httpx's request lines, each with the token in its URL
    for secret in (TEST_TOKEN, "toothbrush", "Bouchard", "BOUCHARD"):
        assert secret not in log
