"""SECURITY.md's authorisation table is the one the code enforces (bot/people/authz.py)."""

from __future__ import annotations

from pathlib import Path

from bot.people.authz import ROLES, TABLE

DOC = Path(__file__).parents[1] / "SECURITY.md"
START, END = "<!-- authz-table:start -->", "<!-- authz-table:end -->"


def table_markdown() -> str:
    """``bot.people.authz.TABLE`` as the Markdown table SECURITY.md shows (``—``: not allowed)."""
    lines = [
        "| action | " + " | ".join(ROLES) + " |",
        "|---|" + "---|" * len(ROLES),
        *(
            f"| `{action}` | " + " | ".join(row.get(role, "—") for role in ROLES) + " |"
            for action, row in TABLE.items()
        ),
    ]
    return "\n".join(lines)


def test_the_documented_table_is_the_enforced_table() -> None:
    text = DOC.read_text(encoding="utf-8")
    documented = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert documented == table_markdown(), (
        f"SECURITY.md's table differs from bot/people/authz.py; paste this between the markers:\n"
        f"{table_markdown()}"
    )
