"""An administrator changes a site's alerting and privacy settings from the shell, while the bot
runs: the next alert follows them, bad values change nothing, and every change is audited."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture.offenders import roster_name
from bot.people.directory import roster_for
from storage.db import create_engine, session_factory
from storage.models import AuditEvent
from tests.shell import Operator
from tests.world import ROSTER, World, create_site

KNIFE = "482913K 4B range 10 min ago he pulled a sharpened toothbrush out of his sock"


async def test_minimal_disclosure_switched_on_from_the_shell_holds_for_the_next_alert(
    world: World, operator: Operator
) -> None:
    officer = await world.officer("Alex Martin")
    supervisor = await world.supervisor("Jordan Roy")
    changed = await operator.rapport(
        "sites", "set", "TST", "--minimal-disclosure", "on", "--ack-timeout", "2m"
    )
    assert changed.code == 0, changed.err
    assert (
        "--minimal-disclosure   on" in changed.out and "--ack-timeout          2m" in changed.out
    )

    await officer.send(KNIFE)
    await officer.next_message()
    await officer.tap("✅ Submit")
    alert = await supervisor.next_message(timeout=15)
    assert "IMMEDIATE" in alert["text"] and "4B range" in alert["text"]
    assert "toothbrush" not in alert["text"] and "482913K" not in alert["text"]
    assert (await world.site()).ack_timeout_s == 120


@pytest.mark.parametrize(
    "option, value, why",
    [
        ("--chat-copy-ttl", "3d", "outside 1m..47h"),
        ("--ack-timeout", "soon", "not a duration"),
        ("--digest-time", "25:00", "not a time of day"),
        ("--minimal-disclosure", "maybe", "use on or off"),
        ("--escalation-chain", "supervisors,wardens", "comma-separated list"),
    ],
)
async def test_a_bad_value_is_refused_in_one_line_and_nothing_changes(
    world: World, operator: Operator, option: str, value: str, why: str
) -> None:
    refused = await operator.rapport(
        "sites", "set", "TST", "--minimal-disclosure", "on", option, value
    )
    assert refused.code == 2 and why in refused.err and refused.err.count("\n") == 1
    site = await world.site()
    assert site.minimal_disclosure is False and site.chat_copy_ttl_s is None


async def test_every_change_is_audited_with_old_and_new_values(
    world: World, operator: Operator
) -> None:
    await operator.rapport("sites", "set", "TST", "--chat-copy-ttl", "24h")
    await operator.rapport("sites", "set", "TST", "--chat-copy-ttl", "off")
    shown = await operator.rapport("sites", "show", "TST")
    assert "--chat-copy-ttl        off" in shown.out
    assert "on_duty_supervisors,supervisors,managers" in shown.out  # the default chain, spelled

    async def changes(session: AsyncSession) -> list[dict[str, list[str]]]:
        query = select(AuditEvent).where(AuditEvent.action == "site.settings_changed")
        return [event.detail["changes"] for event in (await session.scalars(query)).all()]

    assert await world.query(changes) == [
        {"chat-copy-ttl": ["off", "1d"]},
        {"chat-copy-ttl": ["1d", "off"]},
    ]
    unknown = await operator.rapport("sites", "show", "NOPE")
    assert unknown.code == 2 and "Unknown site: NOPE." in unknown.err


async def test_a_roster_is_never_read_from_another_database(
    tmp_path: Path, sqlite_template: Path
) -> None:
    """Two databases number their sites and roster versions alike (a database emptied and filled
    again does): each site's offenders are still its own."""
    rosters = []
    for name, roster in (("a", ROSTER), ("b", ROSTER.replace("Whitehorse,Daniel", "Roy,Paul"))):
        path = tmp_path / f"{name}.db"
        shutil.copy(sqlite_template, path)
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        async with session_factory(engine).begin() as session:
            site = await create_site(session, roster=roster)
        async with session_factory(engine)() as session:
            found = await roster_for(session=session, site_id=site.id)
            rosters.append(roster_name(found.by_fps("517204C")))
        await engine.dispose()
    assert rosters == ["WHITEHORSE, Daniel", "ROY, Paul"]
