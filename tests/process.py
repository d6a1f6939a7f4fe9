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
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    environment |= {
        "RAPPORT_TELEGRAM_TOKEN": TEST_TOKEN,
        "RAPPORT_TELEGRAM_API_URL": sandbox.api_url,
        "RAPPORT_TELEGRAM_FILE_URL": sandbox.file_url,
        "RAPPORT_DATABASE_URL": database_url,
        "RAPPORT_HTTP_PORT": "0",  # no health server on a fixed port, which may be taken
    }
    environment |= {f"RAPPORT_{name.upper()}": value for name, value in settings.items()}
    return await asyncio.create_subprocess_exec(
        str(RAPPORT),
        "run",
        cwd=cwd,
        env=environment,
        stdout=output,
        stderr=asyncio.subprocess.STDOUT,
    )
