"""Webhook mode (issue 2): ``rapport run`` with RAPPORT_WEBHOOK_URL and RAPPORT_WEBHOOK_SECRET
against the sandbox, which pushes every update to the bot with the secret-token header."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.directory import add_site, import_roster
from bot.enrolment import create_invite
from sandbox.client import ChatReader, SandboxClient
from sandbox.server import Sandbox
from storage.models import utcnow
from tests.conftest import TEST_TOKEN, WEBHOOK_SECRET, free_port
from tests.world import ROSTER, World

SHANK = "482913K 4B range 20 min ago hiding something in his waistband, looked like a shank"
RAPPORT = Path(sys.executable).with_name("rapport")
STARTUP_S = 60.0


async def _invite(sessions: async_sessionmaker[AsyncSession]) -> str:
    """A site with the test roster and an officer's enrolment code, as an administrator sets up."""
    async with sessions.begin() as session:
        await add_site(session=session, code="TST", name="TST Institution", tz="UTC", lang="en")
        await import_roster(session=session, site_code="TST", text=ROSTER)
        return await create_invite(
            session=session,
            site_code="TST",
            role="officer",
            expires_in=timedelta(hours=1),
            now=utcnow(),
            name="Alex Martin",
        )


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


async def _rapport_run(sandbox: Sandbox, database_url: str, cwd: Path, **env: str) -> RunningBot:
    """``rapport run`` in its own process against the sandbox, with these RAPPORT_* variables."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    environment |= {
        "RAPPORT_TELEGRAM_TOKEN": TEST_TOKEN,
        "RAPPORT_TELEGRAM_API_URL": sandbox.api_url,
        "RAPPORT_DATABASE_URL": database_url,
    }
    environment |= {f"RAPPORT_{name.upper()}": value for name, value in env.items()}
    process = await asyncio.create_subprocess_exec(
        str(RAPPORT),
        "run",
        cwd=cwd,  # no stray .env is read
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    return RunningBot(process)


@pytest.fixture
async def rapport_run(
    sandbox: Sandbox, database_url: str, tmp_path: Path
) -> AsyncIterator[tuple[RunningBot, str]]:
    """``rapport run`` in webhook mode against the sandbox; yields it and its webhook URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/hooks/telegram"
    bot = await _rapport_run(
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
    rapport_run: tuple[RunningBot, str],
    client: SandboxClient,
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    bot, url = rapport_run
    code = await _invite(sessions)
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
    bot = await _rapport_run(sandbox, database_url, tmp_path, webhook_url=url)
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
