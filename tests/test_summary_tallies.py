"""Summaries over days that are over read stored tallies; they must say what the entries say.

Records are seeded around a clock change, with information about staff, an amendment, a signed
record, drafts and another site. Each figure is counted before any day is sealed (from the
entries alone) and after (tallies for the whole days, entries for the rest), for every kind of
reader and window; site-wide figures are also checked against counts the test works out itself.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.people.directory import add_site
from bot.reports.summary import SEAL_PER_PASS, store_finished_days
from storage import directory, report_tallies, summary_queries
from storage.models import ReportDay, Staff
from storage.report_scope import View
from tests.test_summary import (
    LAST_WEEK,
    NOW,
    OUTSIDE,
    ZONE,
    Fact,
    amend,
    ask,
    fix_clock,
    local,
    seed,
    staffed,
)
from tests.world import World

TZ = "America/Toronto"
ABOUT_STAFF = Fact(
    local(10, 14), "Alex Martin", "priority", concepts=("staff information",),
    routes=("security_intelligence",), fps=("482913K",), staff_concern=True,
)  # fmt: skip
# Sunday 1 November 2026: clocks go back at 02:00, so 01:30 happens twice.
CLOCK_CHANGE = [
    Fact(datetime(2026, 10, 31, 23, 30, tzinfo=ZONE), "Casey Roy", concepts=("debt",)),
    Fact(datetime(2026, 11, 1, 0, 30, tzinfo=ZONE), "Casey Roy", positive=True),
    Fact(datetime(2026, 11, 1, 1, 30, tzinfo=ZONE), "Alex Martin", "priority",
         concepts=("threat",), fps=("398221B",)),
    Fact(datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=ZONE), "Alex Martin", "immediate",
         concepts=("weapon",), routes=("supervisor",), fps=("398221B",), ack_after_s=45),
    Fact(datetime(2026, 11, 1, 23, 30, tzinfo=ZONE), "Casey Roy", kind="observation"),
    Fact(datetime(2026, 11, 2, 0, 10, tzinfo=ZONE), "Alex Martin", concepts=("debt",),
         fps=("398221B",)),
]  # fmt: skip
LATER = [
    Fact(local(11, 10), "Casey Roy", positive=True, fps=("517204C",), status="signed"),
    Fact(local(16, 9), "Casey Roy", "priority", concepts=("contraband",), fps=("398221B",),
         place="4B range", routes=("security_intelligence",)),
    Fact(local(18, 23, 59), "Alex Martin", concepts=("debt",), fps=("398222C",)),
    Fact(local(19, 8), "Alex Martin", "immediate", concepts=("weapon",),
         routes=("security_intelligence", "supervisor"), fps=("398221B",)),
]  # fmt: skip
FACTS = LAST_WEEK + OUTSIDE + [ABOUT_STAFF] + CLOCK_CHANGE + LATER
WINDOWS = {
    "last week": (local(9, 0), local(16, 0)),
    "since monday": (local(16, 0), NOW),
    "a day shift": (local(12, 7), local(12, 19)),
    "last 30 days": (NOW - timedelta(days=30), NOW),
    "the clock change": (datetime(2026, 10, 30, tzinfo=ZONE), datetime(2026, 11, 3, tzinfo=ZONE)),
    "odd hours": (local(9, 13, 30), local(15, 20, 30)),
}


def readers(alex: int) -> dict[str, dict[str, Any]]:
    """Every kind of reader a summary has, as View fields."""
    intelligence = ("security_intelligence",)
    return {
        "manager": {"site_wide": True},
        "manager who writes": {"site_wide": True, "officer_id": alex},
        "manager and intelligence": {"site_wide": True, "routes": intelligence},
        "intelligence": {"routes": intelligence},
        "officer": {"officer_id": alex},
        "case manager": {"caseload": ("482913K",)},
        "unit 4": {"site_wide": True, "unit": "4"},
        "briefing's intelligence line": {"site_wide": True, "routed_to": "security_intelligence"},
    }


async def figures(session: AsyncSession, view: View) -> dict[str, object]:
    """Every figure a summary shows, as plain values."""
    alerts = await summary_queries.alert_times(session=session, view=view)
    repeated = await summary_queries.repeated_negative(
        session=session, view=view, at_least=1, limit=100
    )
    return {
        "days": Counter(
            {
                (d.day, d.urgency, d.kind, d.positive): d.count
                for d in await summary_queries.daily_counts(session=session, view=view)
            }
        ),
        "concepts": Counter(
            dict(await summary_queries.concern_counts(session=session, view=view, limit=100))
        ),
        "routes": Counter(dict(await summary_queries.route_counts(session=session, view=view))),
        "officers": Counter(
            dict(await summary_queries.officer_counts(session=session, view=view, limit=100))
        ),
        "negatives": Counter({o.fps: o.count for o in repeated}),
        "alerts": alerts,
    }


def expected(start: datetime, end: datetime, *, also_by: str | None = None) -> dict[str, Counter]:
    """What a site-wide reader counts, worked out from the facts: first versions submitted or
    signed in the window, without information about staff unless ``also_by`` wrote it."""
    facts = [
        f
        for f in FACTS
        if f.counted and start <= f.at < end and (not f.staff_concern or f.officer == also_by)
    ]
    return {
        "days": Counter(
            (f.at.astimezone(ZONE).date(), f.urgency, f.kind, f.positive) for f in facts
        ),
        "concepts": Counter(c for f in facts for c in f.concepts),
        "routes": Counter(r for f in facts for r in f.routes),
        "officers": Counter(f.officer for f in facts),
        "negatives": Counter(fps for f in facts if not f.positive for fps in set(f.fps)),
    }


async def test_sealed_days_count_what_the_entries_say(world: World) -> None:
    await staffed(world)
    async with world.sessions.begin() as session:
        await add_site(session=session, code="OTH", name="Other", tz=TZ, lang="en")
    ids = await seed(world.sessions, FACTS)
    await seed(world.sessions, LAST_WEEK + CLOCK_CHANGE, site_code="OTH")
    await amend(world.sessions, ids[1], "immediate")  # a second version is never counted
    alex = await world.query(
        lambda s: s.scalar(select(Staff.id).where(Staff.name == "Alex Martin"))
    )
    site = await world.query(lambda s: s.scalar(select(Staff.site_id).where(Staff.id == alex)))

    def view(window: str, reader: str) -> View:
        start, end = WINDOWS[window]
        return View(site_id=site, start=start, end=end, tz=TZ, **readers(alex)[reader])

    pairs = [(window, reader) for window in WINDOWS for reader in readers(alex)]
    from_entries = {}
    async with world.sessions() as session:
        for window, reader in pairs:
            from_entries[window, reader] = await figures(session, view(window, reader))

    since = datetime(2026, 10, 15, tzinfo=ZONE)
    everything = View(site_id=site, start=since, end=NOW, tz=TZ, site_wide=True)
    async with world.sessions.begin() as session:
        sealed = await report_tallies.seal(session=session, view=everything, now=NOW)
    assert sealed == 35  # 15 October to 18 November: today is not over
    async with world.sessions() as session:
        parts = await report_tallies.split(session=session, view=view("last 30 days", "manager"))
        assert parts.runs and len(parts.rest) == 2  # two partial days from the entries
        for window, reader in pairs:
            tallied = await figures(session, view(window, reader))
            assert tallied == from_entries[window, reader], (window, reader)

    for window, (start, end) in WINDOWS.items():
        manager = from_entries[window, "manager"]
        assert {k: manager[k] for k in expected(start, end)} == expected(start, end), window
        writer = from_entries[window, "manager who writes"]
        mine = expected(start, end, also_by="Alex Martin")
        assert {k: writer[k] for k in mine} == mine, window
    last_week = from_entries["last week", "manager and intelligence"]
    assert last_week["concepts"]["staff information"] == 1
    assert from_entries["last week", "manager"]["concepts"]["staff information"] == 0


async def test_a_manager_who_also_writes_sees_their_own_report_about_staff(world: World) -> None:
    manager, writer, sio = await staffed(
        world,
        ("Morgan Lee", "manager"),
        ("Sam Field", "manager"),
        ("Riley Park", "intelligence"),
    )

    async def also_an_officer(session: AsyncSession) -> None:
        staff = await session.scalar(select(Staff).where(Staff.name == "Sam Field"))
        assert staff is not None
        staff.roles = ["manager", "officer"]

    await world.query(also_an_officer)
    theirs = Fact(local(11, 15), "Sam Field", "priority", concepts=("staff information",),
                  routes=("security_intelligence",), staff_concern=True)  # fmt: skip
    await seed(world.sessions, [*LAST_WEEK, theirs])
    fix_clock(world)

    priority = sum(f.urgency == "priority" for f in LAST_WEEK)
    for _ in range(2):  # the first summary seals the week; the second reads only its tallies
        text, _ = await ask(manager, "/summary last week")
        assert f"Entries: {len(LAST_WEEK)}" in text["text"]
        assert f"Priority {priority} ·" in text["text"] and "Sam Field" not in text["text"]
        text, _ = await ask(writer, "/summary last week")
        assert f"Entries: {len(LAST_WEEK) + 1}" in text["text"]
        assert f"Priority {priority + 1} ·" in text["text"] and "• Sam Field — 1" in text["text"]
    sealed = await world.query(lambda s: s.scalar(select(func.count()).select_from(ReportDay)))
    assert sealed == 7

    routed = [f for f in LAST_WEEK if "security_intelligence" in f.routes]
    text, _ = await ask(sio, "/summary last week")
    assert f"Entries: {len(routed) + 1}" in text["text"]


async def test_yesterday_counts_an_entry_committed_just_after_midnight(world: World) -> None:
    """A submit that began at 23:59 may commit after midnight: yesterday is not sealed at once."""
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    await seed(world.sessions, [Fact(local(18, 9), "Casey Roy", positive=True)])
    fix_clock(world, local(19, 0, 20))
    text, _ = await ask(manager, "/summary yesterday")
    assert "Entries: 1" in text["text"]

    await seed(world.sessions, [Fact(local(18, 23, 59), "Alex Martin", "priority")])
    text, _ = await ask(manager, "/summary yesterday")
    assert "Entries: 2" in text["text"]
    fix_clock(world, local(19, 10))
    text, _ = await ask(manager, "/summary yesterday")
    assert "Entries: 2" in text["text"] and "Priority 1" in text["text"]
    sealed = await world.query(lambda s: s.scalars(select(ReportDay.day)))
    assert sealed.all() == [local(18, 0).date()]


async def test_the_schedule_stores_a_backlog_a_month_at_a_time(world: World) -> None:
    """The first run after the upgrade finds months of finished days: each pass stores at most
    ``SEAL_PER_PASS`` of them per site, and in the end every finished day is stored once."""
    await staffed(world)
    long_ago = Fact(datetime(2026, 9, 1, 12, tzinfo=ZONE), "Casey Roy", concepts=("debt",))
    await seed(world.sessions, [long_ago, *FACTS])
    site = await world.query(lambda s: directory.get_site_by_code(session=s, code="TST"))
    passes = []
    while stored := await world.query(
        lambda s: store_finished_days(session=s, site=site, now=NOW)
    ):
        passes.append(stored)
    first, yesterday = long_ago.at.date(), NOW.date() - timedelta(days=1)
    assert passes == [SEAL_PER_PASS, SEAL_PER_PASS, (yesterday - first).days + 1 - 62]
    days = await world.query(lambda s: s.scalars(select(ReportDay.day).order_by(ReportDay.day)))
    assert days.all() == [first + timedelta(days=n) for n in range((yesterday - first).days + 1)]

    alex = await world.query(
        lambda s: s.scalar(select(Staff.id).where(Staff.name == "Alex Martin"))
    )
    site = await world.query(lambda s: s.scalar(select(Staff.site_id).where(Staff.id == alex)))
    since = datetime(2026, 8, 20, tzinfo=ZONE)
    async with world.sessions() as session:
        year = await figures(
            session, View(site_id=site, start=since, end=NOW, tz=TZ, site_wide=True)
        )
    want = expected(since, NOW)  # the facts of FACTS, and the one long ago
    want["days"][long_ago.at.date(), "routine", long_ago.kind, long_ago.positive] += 1
    want["concepts"]["debt"] += 1
    want["officers"]["Casey Roy"] += 1
    assert {k: year[k] for k in want} == want
