"""The bot is killed mid-conversation (SIGKILL) and started again: nothing typed is lost."""

from __future__ import annotations

import signal

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.notify.delivery import REPEAT_MARK
from sandbox.client import SandboxClient
from sandbox.server import Sandbox
from tests.process import rapport_run
from tests.world import enrolment_codes


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_sigkill_mid_conversation_loses_nothing(
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    sandbox: Sandbox,
    client: SandboxClient,
) -> None:
    code = (await enrolment_codes(sessions, "officer"))["officer"]
    officer = await client.user("Alex")
    bot = await rapport_run(sandbox, database_url)
    try:
        await officer.send(f"/start {code}")
        await officer.next_message(timeout=30)
        await officer.send("Bouchard was shouting at staff about his canteen order")
        assert "Where did it happen" in (await officer.next_message(timeout=15))["text"]

        bot.send_signal(signal.SIGKILL)
        await bot.wait()
        await officer.send("4B range")  # typed while the bot is down

        bot = await rapport_run(sandbox, database_url)
        question = await officer.next_message(timeout=30)
        if question["text"].startswith(REPEAT_MARK):  # in flight at the kill: said again, marked
            question = await officer.next_message(timeout=30)
        assert "When did it happen" in question["text"]
        await officer.tap("Just now")
        card = await officer.next_message(timeout=15)
        assert "4B range" in card["text"] and "BOUCHARD" in card["text"]
        await officer.tap("✅ Submit")
        assert "Submitted" in (await officer.next_message(timeout=15))["text"]
    finally:
        if bot.returncode is None:
            bot.terminate()
            await bot.wait()
