"""``rapport backup`` while officers submit, and ``rapport restore``: nothing an officer was told
was submitted before the backup began is missing from the restored database."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from sandbox.client import Persona, SandboxClient, button_texts
from sandbox.server import Sandbox
from storage.models import Entry
from tests import conftest
from tests.shell import Operator

# One offender of the test roster for each officer: no statement is about another's event.
OFFENDERS = ("482913K", "517204C", "398221B", "398222C")
REFERENCE = re.compile(r"R-\d{4}-\d{6}")


async def _submit_until(
    officer: Persona, offender: str, stop: asyncio.Event, told: list[str]
) -> None:
    """Capture and submit, again and again; each reference the officer is shown goes in ``told``
    the moment it arrives."""
    while not stop.is_set():
        await officer.send(f"{offender} at 1400 in the school he did well in his literacy class")
        card = await officer.next_message(timeout=15)
        while "✅ Submit" not in button_texts(card):  # a late message of the previous round
            card = await officer.next_message(timeout=15)
        await officer.tap("✅ Submit", message=card)
        submitted = await officer.next_message(timeout=15)
        while (found := REFERENCE.search(submitted["text"])) is None:
            submitted = await officer.next_message(timeout=15)
        told.append(found.group(0))


async def _references(sessions: async_sessionmaker[AsyncSession]) -> set[str]:
    async with sessions() as session:
        rows = await session.scalars(select(Entry.reference).where(Entry.reference.is_not(None)))
        return {reference for reference in rows if reference}


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_backup_taken_while_officers_submit_restores_all_they_were_told(
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
    sandbox: Sandbox,
    client: SandboxClient,
    operator: Operator,
    tmp_path: Path,
) -> None:
    backup = tmp_path / "backup.db"
    told: list[str] = []
    # The officers are scripts, each round as fast as the bot answers: past ten rounds in ten
    # seconds they would be a flood, and a flood's updates are held back (the limiter has its
    # own test). The backup is what is tested here: the limit is out of the way.
    settings = conftest.test_settings(sandbox, database_url, rate_limit_updates=1_000_000)
    async with conftest.running_world(sandbox, client, sessions, settings) as world:
        stop = asyncio.Event()
        submitting = [
            asyncio.create_task(
                _submit_until(await world.officer(f"Officer {n}"), offender, stop, told)
            )
            for n, offender in enumerate(OFFENDERS)
        ]
        async with asyncio.timeout(60):
            while len(told) < 2 * len(OFFENDERS):
                if failed := [task for task in submitting if task.done()]:
                    await failed[0]  # an officer's journey broke: say how
                await asyncio.sleep(0.05)
        before_backup = set(told)
        taken = await operator.rapport("backup", str(backup))
        during_backup = len(told) - len(before_backup)
        await asyncio.sleep(1.0)  # and they go on after it
        stop.set()
        await asyncio.gather(*submitting)
        refused = await operator.rapport("restore", str(backup))
    assert taken.code == 0 and taken.out.startswith(f"backup written: {backup} ("), taken
    assert refused.code == 2 and "is in use (is rapport run running?)" in refused.err
    after_backup = set(told) - before_backup
    assert after_backup, "nobody submitted after the backup: the test proved nothing"

    await sessions.kw["bind"].dispose()  # the test's own connection, as if the bot were stopped
    restored = await operator.rapport("restore", str(backup))
    assert restored.code == 0, restored
    assert "the database it replaced is kept as" in restored.out
    references = await _references(sessions)
    assert before_backup <= references, sorted(before_backup - references)
    assert references < set(told)  # the backup's moment, not the end: later ones are not there
    print(f"{len(before_backup)} told before, {during_backup} during, {len(told)} in all")


async def test_a_backup_never_replaces_a_file_and_a_restore_takes_only_a_rapport_database(
    operator: Operator, tmp_path: Path
) -> None:
    existing = tmp_path / "monday.db"
    existing.write_bytes(b"an older backup")
    refused = await operator.rapport("backup", str(existing))
    assert refused.code == 2
    assert refused.err == (
        f"rapport: {existing} exists: choose another name (a backup never replaces one)\n"
    )
    assert existing.read_bytes() == b"an older backup"
    not_ours = await operator.rapport("restore", str(existing))
    if operator.database_url.startswith("postgresql"):  # pg_restore's job, said in one line
        assert not_ours.code == 2 and "pg_restore --clean" in not_ours.err
        return
    assert not_ours.code == 2 and "is not a Rapport database" in not_ours.err
