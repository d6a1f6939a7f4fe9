"""Webhook mode (issue 2): ``rapport run`` with RAPPORT_WEBHOOK_URL and RAPPORT_WEBHOOK_SECRET
against the sandbox, which pushes every update to the bot with the secret-token header."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from sandbox.client import ChatReader, SandboxClient
from sandbox.server import Sandbox
from tests.conftest import TEST_TOKEN, WEBHOOK_SECRET, free_port
from tests.process import rapport_run
from tests.world import World, enrolment_codes

SHANK = "482913K 4B range 20 min ago hiding something in his waistband, looked like a shank"
STARTUP_S = 60.0


class RunningBot:
    """``rapport run`` in its own process, its output kept for the end of the test."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.output = ""

    async def stop(self) -> int:
        """SIGTERM, as a service manager stops it; the exit code."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        return await self.exited()

    async def exited(self) -> int:
        """Wait for the process to end by itself; the exit code."""
        async with asyncio.timeout(STARTUP_S):
            out, _ = await self.process.communicate()
        self.output = out.decode(errors="replace")
        assert self.process.returncode is not None
        return self.process.returncode


async def _run(sandbox: Sandbox, database_url: str, cwd: Path, **settings: str) -> RunningBot:
    """``rapport run`` with its output kept, in ``cwd`` (no stray .env is read)."""
    return RunningBot(
        await rapport_run(
            sandbox, database_url, cwd=cwd, output=asyncio.subprocess.PIPE, **settings
        )
    )


@pytest.fixture
async def webhook_bot(
    sandbox: Sandbox, database_url: str, tmp_path: Path
) -> AsyncIterator[tuple[RunningBot, str]]:
    """``rapport run`` in webhook mode against the sandbox; yields it and its webhook URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/hooks/telegram"
    bot = await _run(
        sandbox,
        database_url,
        tmp_path,
        webhook_url=url,
        webhook_secret=WEBHOOK_SECRET,
        webhook_port=str(port),
    )
    try:
        yield bot, url
    finally:
        if bot.process.returncode is None:
            bot.process.kill()
            await bot.process.wait()


async def test_rapport_run_in_webhook_mode_takes_updates_pushed_with_the_secret(
    webhook_bot: tuple[RunningBot, str],
    client: SandboxClient,
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    bot, url = webhook_bot
    code = (await enrolment_codes(sessions, "officer"))["officer"]
    async with asyncio.timeout(STARTUP_S):  # the process imports, migrates, then sets its hook
        while not (calls := await client.calls("setWebhook")):  # noqa: ASYNC110 - another process
            await asyncio.sleep(0.1)
    [registration] = calls
    assert registration["status"] == 200
    assert registration["params"]["url"] == url
    assert registration["params"]["secret_token"] == WEBHOOK_SECRET

    officer = await client.user("Alex", last_name="Martin")
    await officer.send(f"/start {code}")
    assert "Welcome Alex Martin" in (await officer.next_message(15))["text"]
    await officer.send(SHANK)
    card = await officer.next_message(15)
    assert "BOUCHARD, Marc (482913K)" in card["text"] and "IMMEDIATE" in card["text"]
    await officer.tap("✅ Submit")
    record = await officer.next_message(15)
    while "Submitted" not in record["text"]:  # the delivery worker's notice may come first
        record = await officer.next_message(15)

    assert await client.calls("getUpdates") == []
    assert await bot.stop() == 0
    assert "Traceback" not in bot.output
    assert TEST_TOKEN not in bot.output and WEBHOOK_SECRET not in bot.output


async def test_webhook_mode_without_a_secret_refuses_to_start_in_one_line(
    sandbox: Sandbox, database_url: str, tmp_path: Path
) -> None:
    url = f"http://127.0.0.1:{free_port()}/telegram"
    bot = await _run(sandbox, database_url, tmp_path, webhook_url=url)
    assert await bot.exited() == 1
    assert bot.output.strip() == "rapport: Webhook mode needs RAPPORT_WEBHOOK_SECRET."


async def test_in_webhook_mode_the_bot_never_polls_and_a_capture_works(
    webhook_world: World,
) -> None:
    officer = await webhook_world.officer()
    await officer.send(SHANK)
    card = await officer.next_message()
    assert "BOUCHARD, Marc (482913K)" in card["text"]
    await officer.tap("✅ Submit")
    assert await webhook_world.eventually(lambda: _has(officer, "Submitted"))
    client = webhook_world.client
    [registration] = await client.calls("setWebhook")
    assert registration["params"]["secret_token"] == WEBHOOK_SECRET
    assert await client.calls("getUpdates") == []


async def _has(chat: ChatReader, words: str) -> bool:
    return any(words in (m.get("text") or "") for m in await chat.messages())
