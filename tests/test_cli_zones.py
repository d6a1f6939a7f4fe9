"""`--tz` is checked as the command line is read: one clear line and exit code 2."""

from __future__ import annotations

import pytest

from tests.shell import Operator


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "America", "", "../../etc/passwd"])
@pytest.mark.parametrize("command", [("sites", "add", "KIN", "--name", "Kingston"), ("triage",)])
async def test_an_unknown_zone_is_refused_in_one_line(
    operator: Operator, command: tuple[str, ...], zone: str
) -> None:
    result = await operator.rapport(*command, "--tz", zone)
    assert result.code == 2
    assert (
        result.err == f"rapport: Unknown time zone: {zone}. Use a zone such as America/Toronto.\n"
    )
    assert result.out == ""


async def test_a_real_zone_is_taken(operator: Operator) -> None:
    added = await operator.rapport(
        "sites", "add", "KIN", "--name", "Kingston", "--tz", "Europe/Paris"
    )
    assert added.code == 0 and "site KIN added" in added.out
