"""The sandbox is a development tool, not part of an installed Rapport: installed without its
source checkout, ``rapport demo`` and ``rapport sandbox`` say in one line where they run."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.runtime import demo
from tests.shell import Operator


@pytest.mark.parametrize("command", ["demo", "sandbox"])
async def test_without_a_source_checkout_the_demo_says_where_it_runs(
    operator: Operator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str
) -> None:
    monkeypatch.setattr(demo, "CHECKOUT", tmp_path)  # as in site-packages: no sandbox beside bot
    result = await operator.rapport(command, "--port", "1")
    assert result.code == 2
    assert result.err == (
        f"rapport {command}: needs the sandbox, which comes with a source checkout only: "
        "clone Rapport, then run make demo\n"
    )
