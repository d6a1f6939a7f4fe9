"""Exports: the CSV of a period's records and the bundle of its 0875s, by chat and by CLI."""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.people.directory import add_site
from bot.reports.export import LONG_EXPORT, progress_bar
from bot.runtime.cli import main
from bot.runtime.settings import get_settings
from storage.db import create_engine, session_factory
from storage.models import AuditEvent, Entry, Staff
from tests.test_summary import LAST_WEEK, OUTSIDE, amend, fix_clock, seed, staffed
from tests.world import World

ZERO_SIX = [f for f in LAST_WEEK if f.urgency != "routine"]  # the week's 0875s
# The CSV goes out once the 0875s are drawn too: a few seconds when the machine is busy.
EXPORT_WAIT = 30.0


def rows_of(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


async def audit_lines(world: World) -> list[AuditEvent]:
    async def lines(session: AsyncSession) -> list[AuditEvent]:
        query = select(AuditEvent).where(AuditEvent.action == "export").order_by(AuditEvent.id)
        return list((await session.scalars(query)).all())

    return await world.query(lines)


async def test_a_manager_exports_the_weeks_records_and_0875s(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    ids = await seed(world.sessions, LAST_WEEK + OUTSIDE)
    immediate = next(i for i, f in zip(ids, LAST_WEEK, strict=False) if f.urgency == "immediate")
    await amend(world.sessions, immediate, "immediate")
    fix_clock(world)
    await manager.send("/export last week")
    sheet = await manager.next_message(timeout=EXPORT_WAIT)
    bundle = await manager.next_message()

    assert sheet["document"]["file_name"] == "rapport-TST-2026-11-09-2026-11-15.csv"
    rows = rows_of(await manager.download(sheet))
    assert len(rows) == len(LAST_WEEK) + 1  # every submitted version, the amendment too
    assert {r["version"] for r in rows} == {"1", "2"}
    assert rows[0]["narrative"].startswith("Seeded note")
    assert "482913K" in {r["offenders"] for r in rows}

    assert bundle["document"]["file_name"].endswith("-0875.pdf")
    pdf = PdfReader(io.BytesIO(await manager.download(bundle)))
    assert len(pdf.outline) == len(ZERO_SIX) + 1
    assert len(pdf.pages) >= len(ZERO_SIX) + 1

    lines = await audit_lines(world)
    assert [(a.detail["format"], a.detail["rows"]) for a in lines] == [
        ("csv", len(LAST_WEEK) + 1),
        ("pdf", len(ZERO_SIX) + 1),
    ]


async def test_an_admin_gets_the_csv_without_narratives_and_no_bundle(world: World) -> None:
    (admin,) = await staffed(world, ("Pat Admin", "admin"))
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)
    await admin.send("/export last week")
    sheet = await admin.next_message()
    rows = rows_of(await admin.download(sheet))
    assert len(rows) == len(LAST_WEEK)
    assert "narrative" not in rows[0] and "quotes" not in rows[0]
    assert "Seeded note" not in (await admin.download(sheet)).decode("utf-8-sig")
    refusal = await admin.next_message()
    assert "admin role does not give access" in refusal["text"]
    (line,) = await audit_lines(world)
    assert line.detail["narratives"] is False


async def test_the_csv_says_who_acknowledged_each_alert_when_and_after_how_long(
    world: World,
) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)
    await manager.send("/export last week")
    rows = rows_of(await manager.download(await manager.next_message(timeout=EXPORT_WAIT)))
    handled = [
        (r["acknowledged_by"], r["acknowledged_after_s"], r["escalations"])
        for r in rows
        if r["urgency"] == "immediate"
    ]
    waits = [f.ack_after_s for f in LAST_WEEK if f.urgency == "immediate"]
    assert handled == [
        ("Morgan Lee", str(wait), "0") if wait is not None else ("", "", "0") for wait in waits
    ]
    assert all(r["alert_raised_at"] for r in rows if r["urgency"] == "immediate")
    assert all(not r["alert_raised_at"] for r in rows if r["urgency"] != "immediate")


async def test_an_escalated_alert_is_counted_in_the_export(world: World) -> None:
    await world.update_site(ack_timeout_s=1)
    officer = await world.officer("Alex Martin")
    supervisor = await world.supervisor("Jordan Roy")
    await world.supervisor("Sam Okafor", on_duty=False)
    manager = await world.enrol("Morgan Lee", "manager")
    await officer.send("482913K 4B range 10 min ago he pulled a shank out of his sock")
    await officer.tap("✅ Submit", message=await officer.next_message())
    assert await world.messages_with(officer, "escalated to Sam Okafor")
    alert = (await world.messages_with(supervisor, "IMMEDIATE"))[0]  # repeated on escalation
    await supervisor.tap("✅ Acknowledge", message=alert)
    assert await world.messages_with(officer, "acknowledged by Jordan Roy")
    await manager.send("/export today")
    [row] = rows_of(await manager.download(await manager.next_message(timeout=EXPORT_WAIT)))
    assert row["acknowledged_by"] == "Jordan Roy"
    assert int(row["escalations"]) >= 1 and int(row["acknowledged_after_s"]) >= 1


async def test_an_officer_may_not_export(world: World) -> None:
    await staffed(world)
    alex = world.people["Alex Martin"]
    await alex.send("/export last week")
    assert "does not allow" in (await alex.next_message())["text"]


async def test_a_formula_in_a_narrative_stays_text_in_the_spreadsheet(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    (entry_id,) = await seed(world.sessions, LAST_WEEK[:1])

    async with world.sessions.begin() as session:
        entry = await session.get(Entry, entry_id)
        assert entry is not None
        entry.text = '=HYPERLINK("http://example.invalid")'

    fix_clock(world)
    await manager.send("/export last week")
    rows = rows_of(await manager.download(await manager.next_message()))
    assert rows[0]["narrative"].startswith("'=")


def test_the_cli_exports_a_sites_days_and_audits_it(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    async def prepare() -> None:
        engine = create_engine(database_url)
        sessions = session_factory(engine)
        async with sessions.begin() as session:
            site = await add_site(session=session, code="TST", name="Test", tz="America/Toronto",
                                  lang="en")  # fmt: skip
            for number, name in enumerate(("Alex Martin", "Casey Roy"), start=1):
                session.add(Staff(telegram_user_id=number, name=name, roles=["officer"],
                                  site_id=site.id))  # fmt: skip
        await seed(sessions, LAST_WEEK + OUTSIDE)
        await engine.dispose()

    asyncio.run(prepare())
    monkeypatch.setenv("RAPPORT_DATABASE_URL", database_url)
    get_settings.cache_clear()
    try:
        out = tmp_path / "week.csv"
        code = main(["export", "--site", "tst", "--from", "2026-11-09", "--to", "2026-11-15",
                     "--format", "csv", "--out", str(out)])  # fmt: skip
        assert code == 0
        assert len(rows_of(out.read_bytes())) == len(LAST_WEEK)
        pdf = tmp_path / "week.pdf"
        code = main(["export", "--site", "TST", "--from", "2026-11-09", "--to", "2026-11-15",
                     "--format", "pdf", "--out", str(pdf)])  # fmt: skip
        assert code == 0
        assert len(PdfReader(pdf).outline) == len(ZERO_SIX)
        assert "exported to" in capsys.readouterr().out
        assert (
            main(["export", "--site", "NOPE", "--from", "2026-11-09", "--to", "2026-11-15"]) == 2
        )
    finally:
        get_settings.cache_clear()

    async def audited() -> list[dict]:
        engine = create_engine(database_url)
        async with session_factory(engine)() as session:
            found = await session.scalars(select(AuditEvent).where(AuditEvent.action == "export"))
            details = [event.detail for event in found.all()]
        await engine.dispose()
        return details

    formats = [(d["format"], d["via"]) for d in asyncio.run(audited())]
    assert formats == [("csv", "cli"), ("pdf", "cli")]


def test_long_cli_exports_draw_a_progress_bar() -> None:
    screen = io.StringIO()
    show = progress_bar(screen, width=10)
    show(LONG_EXPORT // 2, LONG_EXPORT)
    show(LONG_EXPORT, LONG_EXPORT)
    assert f"[#####.....] {LONG_EXPORT // 2}/{LONG_EXPORT}" in screen.getvalue()
    assert screen.getvalue().endswith(f"[##########] {LONG_EXPORT}/{LONG_EXPORT}\n")
    quiet = io.StringIO()
    progress_bar(quiet)(3, 10)
    assert quiet.getvalue() == ""
