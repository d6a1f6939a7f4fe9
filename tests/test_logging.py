"""Logs: no narrative and no offender name at INFO or above, and the bot token at no level."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
from datetime import datetime

import pytest
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot, Update
from telegram.ext import MessageHandler, filters

from bot.runtime.logs import REDACTED, JsonLines, protect
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


@pytest.mark.parametrize("log_format", ["text", "json"])
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_rapport_run_logs_at_info_without_narrative_name_or_token(
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    sandbox: Sandbox,
    client: SandboxClient,
    log_format: str,
) -> None:
    code = (await enrolment_codes(sessions, "officer"))["officer"]
    officer = await client.user("Alex")
    bot = await rapport_run(
        sandbox,
        database_url,
        output=asyncio.subprocess.PIPE,
        log_level="INFO",
        log_format=log_format,
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
    if log_format == "json":  # one object per line, each with its four fields
        lines = [json.loads(line) for line in log.splitlines()]
        assert all({"time", "level", "logger", "message"} <= line.keys() for line in lines)
        assert any(line["message"].startswith("Rapport is running") for line in lines)
    assert "INFO" in log and "Rapport is running" in log
    assert "HTTP Request" not in log  # httpx's request lines, each with the token in its URL
    for secret in (TEST_TOKEN, "toothbrush", "Bouchard", "BOUCHARD"):
        assert secret not in log


PRIVATE = {"id": 5, "type": "private"}
MALFORMED = [  # shapes Telegram never sends, each carrying an observation's words
    {"message_id": 7, "date": 1_795_000_000, "text": SHANK},  # no chat
    {"message_id": 8, "date": "yesterday", "chat": PRIVATE, "text": SHANK},
    {
        "message_id": 9,
        "date": 1_795_000_000,
        "chat": {"id": 5, "type": "private"},
        "text": [SHANK],
    },
]


def _logged(records: list[logging.LogRecord], level: int = logging.INFO) -> str:
    """Everything the records at ``level`` or above say, tracebacks included, as an operator
    would read it."""
    formatter = logging.Formatter()
    return "\n".join(formatter.format(r) for r in records if r.levelno >= level)


async def test_malformed_updates_and_a_failing_handler_log_no_update_content(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    officer = await world.officer("Alex Martin")

    async def misreads(update: Update, context: object) -> None:
        """A handler with a bug whose exception quotes what it was reading."""
        text = update.message.text if update.message else ""
        if text.endswith("sock"):
            raise ValueError(f"cannot read {text!r}")

    world.application.add_handler(MessageHandler(filters.TEXT, misreads), group=-3)
    for payload in MALFORMED:
        await world.client.raw_update("message", payload)
    await officer.send(SHANK)
    apology = await officer.next_message()
    assert "Sorry, something went wrong" in apology["text"]
    await world.settle(0.5)
    logged = _logged(caplog.records)
    assert "ValueError (message withheld)" in logged and "in misreads" in logged
    assert "toothbrush" not in logged and "Bouchard" not in logged


def test_an_update_python_telegram_bot_cannot_handle_is_withheld_even_at_critical(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Python-telegram-bot's own words when it gives up on an update or on data it received
    (the update, or the raw JSON, as an argument), from ``Application.process_update`` and its
    webhook handler: the content stays out, the update's id stays in."""
    protect(None)
    payload = {"update_id": 41, "message": {"message_id": 7, "date": 1_795_000_000, "text": SHANK}}
    update = Update.de_json(payload, Bot(TEST_TOKEN))
    ptb = logging.getLogger("telegram.ext.Application")
    ptb.critical("Error while building CallbackContext for update %s.", update)
    ptb.critical("Received data was: %r", payload)
    ptb.critical("Received data was: %r", [payload])
    ptb.debug("Received data was: %r", payload)  # DEBUG keeps it, for a developer's machine
    critical = [r.getMessage() for r in caplog.records if r.levelno == logging.CRITICAL]
    assert critical == [
        "Error while building CallbackContext for update <Update 41 withheld>.",
        "Received data was: <data withheld>",
        "Received data was: <data withheld>",
    ]


def test_json_logs_are_one_object_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonLines())
    log = logging.getLogger("rapport.json-test")
    log.addHandler(handler)
    try:
        log.warning("outbox row %s refused: %s", 12, "Chat not found")
        try:
            raise ConnectionError("database went away")
        except ConnectionError:
            log.exception("delivery loop failed; retrying")
    finally:
        log.removeHandler(handler)
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first.keys() == {"time", "level", "logger", "message"}
    assert first["level"] == "WARNING" and first["logger"] == "rapport.json-test"
    assert first["message"] == "outbox row 12 refused: Chat not found"
    assert datetime.fromisoformat(first["time"]).tzinfo is not None
    assert second["exception"].startswith("Traceback (most recent call last):")
    assert second["exception"].endswith("ConnectionError: database went away")
