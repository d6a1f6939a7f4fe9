"""The bot in its own process, as a service manager runs it: for the tests that kill it, start
it again or read what it prints (the ``world`` fixture runs it inside the test instead)."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from sandbox.server import Sandbox
from tests.conftest import TEST_TOKEN

RAPPORT = Path(sys.executable).with_name("rapport")


def rapport_env(
    sandbox: Sandbox, database_url: str, token: str, **settings: str
) -> dict[str, str]:
    """The environment of ``rapport run`` against the sandbox and ``database_url``: this
    process's own without its RAPPORT_* variables, then only these settings (``log_level="INFO"``
    is RAPPORT_LOG_LEVEL). No health server on a fixed port: bots side by side would fight over
    it."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    environment |= {
        "RAPPORT_TELEGRAM_TOKEN": token,
        "RAPPORT_TELEGRAM_API_URL": sandbox.api_url,
        "RAPPORT_TELEGRAM_FILE_URL": sandbox.file_url,
        "RAPPORT_DATABASE_URL": database_url,
        "RAPPORT_HTTP_PORT": "0",
    }
    return environment | {f"RAPPORT_{name.upper()}": value for name, value in settings.items()}


async def rapport_run(
    sandbox: Sandbox,
    database_url: str,
    *,
    cwd: Path | None = None,
    output: int = asyncio.subprocess.DEVNULL,
    **settings: str,
) -> asyncio.subprocess.Process:
    """``rapport run`` against the sandbox and the test database, with only these RAPPORT_*
    variables (``log_level="INFO"`` is RAPPORT_LOG_LEVEL); its stdout and stderr together go to
    ``output``. Returns at once: the bot answers once it has started."""
    environment = rapport_env(sandbox, database_url, TEST_TOKEN, **settings)
    return await asyncio.create_subprocess_exec(
        str(RAPPORT),
        "run",
        cwd=cwd,
        env=environment,
        stdout=output,
        stderr=asyncio.subprocess.STDOUT,
    )
