"""The bot is killed mid-conversation (SIGKILL) and started again: nothing typed is lost."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from datetime import timedelta

import pytest

from bot.directory import add_site, import_roster
from bot.enrolment import create_invite
from sandbox.client import SandboxClient
from sandbox.server import Sandbox
from storage.db import create_engine, session_factory
from storage.models import utcnow
from tests.conftest import TEST_TOKEN
from tests.world import ROSTER


async def _start_bot(sandbox: Sandbox, database_url: str) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "RAPPORT_TELEGRAM_TOKEN": TEST_TOKEN,
        "RAPPORT_TELEGRAM_API_URL": sandbox.api_url,
        "RAPPORT_TELEGRAM_FILE_URL": sandbox.file_url,
        "RAPPORT_DATABASE_URL": database_url,
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_sigkill_mid_conversation_loses_nothing(database_url: str) -> None:
    engine = create_engine(database_url)
    async with session_factory(engine).begin() as session:
        await add_site(session=session, code="TST", name="Test", tz="America/Toronto", lang="en")
        await import_roster(session=session, site_code="TST", text=ROSTER)
        code = await create_invite(
            session=session,
            site_code="TST",
            role="officer",
            expires_in=timedelta(hours=1),
            now=utcnow(),
        )
    await engine.dispose()
    async with Sandbox(limits=False) as sandbox, SandboxClient(sandbox.url) as client:
        officer = await client.user("Alex")
        bot = await _start_bot(sandbox, database_url)
        try:
            await officer.send(f"/start {code}")
            await officer.next_message(timeout=30)
            await officer.send("Bouchard was shouting at staff about his canteen order")
            assert "Where did it happen" in (await officer.next_message(timeout=15))["text"]

            bot.send_signal(signal.SIGKILL)
            await bot.wait()
            await officer.send("4B range")  # typed while the bot is down

            bot = await _start_bot(sandbox, database_url)
            assert "When did it happen" in (await officer.next_message(timeout=30))["text"]
            await officer.tap("Just now")
            card = await officer.next_message(timeout=15)
            assert "4B range" in card["text"] and "BOUCHARD" in card["text"]
            await officer.tap("✅ Submit")
            assert "Submitted" in (await officer.next_message(timeout=15))["text"]
        finally:
            if bot.returncode is None:
                bot.terminate()
                await bot.wait()
