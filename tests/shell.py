"""The operator at a shell: runs ``rapport`` commands against the test database while the bot
runs, as an administrator would in another terminal."""

from __future__ import annotations

import asyncio
import contextlib
import io
from dataclasses import dataclass

import pytest

from bot.runtime.cli import main
from bot.runtime.settings import get_settings


@dataclass(frozen=True)
class Result:
    """What a command did: its exit code and what it printed."""

    code: int
    out: str
    err: str


@dataclass
class Operator:
    """Runs ``rapport ARGS`` in a worker thread (the CLI runs its own event loop)."""

    database_url: str
    monkeypatch: pytest.MonkeyPatch

    async def rapport(self, *args: str) -> Result:
        """``rapport ARGS``; argparse's exit (code 2) is returned like any other."""
        self.monkeypatch.setenv("RAPPORT_DATABASE_URL", self.database_url)
        get_settings.cache_clear()
        out, err = io.StringIO(), io.StringIO()

        def run() -> int:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    return main(list(args))
                except SystemExit as stop:
                    return int(stop.code or 0)

        try:
            code = await asyncio.to_thread(run)
        finally:
            get_settings.cache_clear()
        return Result(code, out.getvalue(), err.getvalue())
