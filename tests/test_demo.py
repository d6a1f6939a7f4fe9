"""``make demo`` as a newcomer meets it: the port it listens on, and a busy port explained."""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from bot.runtime.demo import DEMO_STAFF, main

ROOT = Path(__file__).parents[1]


def test_a_busy_port_is_explained_in_one_line_with_the_way_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(port, f"sqlite+aiosqlite:///{tmp_path / 'demo.db'}")

    said = capsys.readouterr().err.splitlines()
    assert code == 1
    assert len(said) == 1
    assert said[0].startswith(f"rapport: port {port} is in use")
    assert "make demo" in said[0] and "PORT=" in said[0]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_listens_on_the_port_it_is_given() -> None:
    planned = subprocess.run(
        ["make", "-n", "demo", "PORT=8765"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "rapport demo --port 8765" in planned.stdout


def test_every_demo_persona_says_its_role_and_what_to_try() -> None:
    for person in DEMO_STAFF:
        note = person.note()
        role, _, hint = note.partition(". Try: ")
        assert role and hint, note
    roles = {role for person in DEMO_STAFF for role in person.roles}
    assert {"officer", "supervisor", "manager", "admin"} <= roles
