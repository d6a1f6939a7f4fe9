"""Summaries, briefings and offender histories, end to end through the sandbox.

Entries are seeded straight into storage from a small table of facts; each test works out what it
expects from that table by itself (plain Counters), never from the code under test.
"""

from __future__ import annotations

import struct
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.people.directory import add_site
from bot.reports.briefing import due_briefings
from sandbox.client import Persona
from storage import directory
from storage.models import Alert, AuditEvent, Entry, EntryOffender, Staff
from tests.world import World

ZONE = ZoneInfo("America/Toronto")
# Thursday 19 November 2026, 10:30 in Toronto: when the managers ask. "Last week" is 9-15 Nov.
NOW = datetime(2026, 11, 19, 10, 30, tzinfo=ZONE)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=ZONE)


@dataclass(frozen=True)
class Fact:
    """One seeded record, as a test reasons about it."""

    at: datetime
    officer: str
    urgency: str = "routine"
    kind: str = "interaction"
    positive: bool = False
    concepts: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()
    fps: tuple[str, ...] = ()
    place: str | None = None
    ack_after_s: int | None = None  # immediate only: None is still open
    status: str = "submitted"
    staff_concern: bool = False

    @property
    def counted(self) -> bool:
        """Whether a summary counts this record at all (submitted or signed)."""
        return self.status in ("submitted", "signed")


LAST_WEEK = [
    Fact(
        local(9, 8),
        "Alex Martin",
        positive=True,
        fps=("482913K",),
        place="4B range",
        routes=("case_management",),
    ),
    Fact(
        local(9, 13),
        "Alex Martin",
        "priority",
        concepts=("contraband", "debt"),
        routes=("security_intelligence",),
        fps=("398221B",),
        place="2A range",
    ),
    Fact(
        local(10, 22),
        "Casey Roy",
        "immediate",
        concepts=("weapon", "threat"),
        routes=("security_intelligence", "supervisor"),
        fps=("398221B",),
        place="2A range",
        ack_after_s=60,
    ),
    Fact(local(11, 9), "Casey Roy", kind="observation", positive=True, place="yard"),
    Fact(
        local(12, 15),
        "Alex Martin",
        "priority",
        concepts=("mental state",),
        routes=("health_services",),
        fps=("482913K",),
        place="4B cell 12",
    ),
    Fact(
        local(12, 16),
        "Alex Martin",
        "immediate",
        concepts=("self-harm",),
        routes=("health_services", "supervisor"),
        fps=("482913K",),
        place="4B cell 12",
        ack_after_s=150,
    ),
    Fact(
        local(13, 3),
        "Casey Roy",
        "immediate",
        concepts=("weapon",),
        routes=("security_intelligence", "supervisor"),
        fps=("398221B",),
        place="gym",
        ack_after_s=400,
    ),
    Fact(
        local(14, 11),
        "Casey Roy",
        kind="observation",
        concepts=("contraband (ruled out)",),
        routes=("security_intelligence",),
        place="unit 3 common room",
    ),
    Fact(
        local(15, 20),
        "Alex Martin",
        "immediate",
        concepts=("fight",),
        routes=("security_intelligence", "supervisor"),
        place="4A range",
    ),
    Fact(
        local(15, 21),
        "Alex Martin",
        positive=True,
        fps=("517204C",),
        place="kitchen",
        routes=("case_management",),
    ),
]
OUTSIDE = [
    Fact(local(8, 23, 30), "Alex Martin", "priority", concepts=("debt",), fps=("398222C",)),
    Fact(local(16, 0, 10), "Casey Roy", "immediate", concepts=("weapon",), ack_after_s=30),
    Fact(local(12, 10), "Alex Martin", status="draft"),
    Fact(local(12, 11), "Alex Martin", status="cancelled"),
]


async def seed(
    sessions: async_sessionmaker[AsyncSession], facts: list[Fact], *, site_code: str = "TST"
) -> list[int]:
    """Store the facts as entries (with offenders and alerts); returns the entry ids."""
    ids = []
    async with sessions.begin() as session:
        site = await directory.get_site_by_code(session=session, code=site_code)
        assert site is not None
        staff = {s.name: s.id for s in (await session.scalars(select(Staff))).all()}
        count = await session.scalar(select(Entry.id).order_by(Entry.id.desc()).limit(1)) or 0
        for number, fact in enumerate(facts, start=count + 1):
            at = fact.at.astimezone(UTC)
            entry = Entry(
                reference=f"R-2026-{number:06d}" if fact.status != "draft" else None,
                site_id=site.id, officer_id=staff[fact.officer], status=fact.status,
                kind=fact.kind, text=f"Seeded note {number} about the range.",
                place=fact.place, occurred_at=at, urgency=fact.urgency,
                urgency_suggested=fact.urgency, routes=list(fact.routes),
                document="log" if fact.urgency == "routine" else "0875",
                reasons=[f"{c}: seeded words" for c in fact.concepts], positive=fact.positive,
                staff_concern=fact.staff_concern, created_at=at, updated_at=at,
                submitted_at=at if fact.counted else None,
                offenders=[EntryOffender(fps=fps, on_roster=True) for fps in fact.fps],
            )  # fmt: skip
            session.add(entry)
            await session.flush()
            ids.append(entry.id)
            if fact.urgency == "immediate" and fact.counted:
                acked = fact.ack_after_s is not None
                session.add(Alert(
                    entry_id=entry.id, site_id=site.id, created_at=at,
                    status="acknowledged" if acked else "open",
                    acknowledged_at=at + timedelta(seconds=fact.ack_after_s) if acked else None,
                    acknowledged_by_id=staff.get("Morgan Lee") if acked else None,
                ))  # fmt: skip
    return ids


async def amend(sessions: async_sessionmaker[AsyncSession], entry_id: int, urgency: str) -> None:
    """A second version of a record, as an amendment stores it."""
    async with sessions.begin() as session:
        first = await session.get(Entry, entry_id)
        assert first is not None
        session.add(Entry(
            reference=first.reference, version=2, previous_id=first.id, site_id=first.site_id,
            officer_id=first.officer_id, status="submitted", kind=first.kind, text=first.text,
            urgency=urgency, document=first.document, routes=list(first.routes),
            reasons=list(first.reasons), positive=first.positive,
            submitted_at=first.submitted_at + timedelta(hours=1),
        ))  # fmt: skip


def fix_clock(world: World, moment: datetime = NOW) -> None:
    """The bot reads "now" from its clock: pin it so periods are the test's."""
    world.application.bot_data["services"].clock = lambda: moment


async def ask(person: Persona, command: str) -> tuple[dict, dict]:
    """Send a /summary and read its two messages: the text and the chart."""
    await person.send(command)
    return await person.next_message(), await person.next_message()


async def staffed(world: World, *roles: tuple[str, str], lang: str = "en") -> list[Persona]:
    """Enrol the two officers of the seeds, plus the given (name, role) people. The site's
    briefing goes out at the day's last minute, so the scheduled one never lands between a
    manager's question and its answer once a test pins the clock to a new day (the test of the
    schedule sets its own time)."""
    await world.update_site(briefing_time="23:59")
    await world.officer("Alex Martin")
    await world.officer("Casey Roy")
    return [await world.enrol(name, role, lang=lang) for name, role in roles]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


async def test_a_manager_sees_last_weeks_figures_counted_once(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    ids = await seed(world.sessions, LAST_WEEK + OUTSIDE)
    await amend(world.sessions, ids[0], "priority")  # an amendment adds no entry
    fix_clock(world)
    text, chart = await ask(manager, "/summary last week")
    body = text["text"]

    counted = [f for f in LAST_WEEK if f.status == "submitted"]
    urgencies = Counter(f.urgency for f in counted)
    assert "From 2026-11-09 to 2026-11-15 inclusive" in body
    assert f"Entries: {len(counted)}" in body
    assert (
        f"Immediate {urgencies['immediate']} · Priority {urgencies['priority']} · "
        f"Routine {urgencies['routine']}" in body
    )
    kinds = Counter(f.kind for f in counted)
    assert f"Interactions {kinds['interaction']} · Observations {kinds['observation']}" in body
    positive = sum(f.positive for f in counted)
    assert f"Positive {positive} · Negative {len(counted) - positive}" in body
    concepts = Counter(c for f in counted for c in f.concepts)
    top, n = concepts.most_common(1)[0]
    assert f"• {top} — {n}" in body
    routes = Counter(r for f in counted for r in f.routes)
    assert f"• Security Intelligence — {routes['security_intelligence']}" in body
    assert f"Immediate alerts: {urgencies['immediate']}" in body
    waits = sorted(f.ack_after_s for f in counted if f.ack_after_s is not None)
    assert waits == [60, 150, 400]
    assert "Acknowledged: 3 · median 2 min 30 s · slowest 6 min 40 s" in body
    assert "Still unacknowledged: 1" in body
    per_officer = Counter(f.officer for f in counted)
    assert f"• Alex Martin — {per_officer['Alex Martin']}" in body
    assert f"• Casey Roy — {per_officer['Casey Roy']}" in body
    seen = {fps for f in counted for fps in f.fps}
    quiet = {"482913K", "517204C", "398221B", "398222C"} - seen
    assert f"No recorded interaction for 7 days: {len(quiet)} on the roster" in body
    assert all(f"({fps})" in body for fps in quiet)
    negatives = Counter(fps for f in counted if not f.positive for fps in f.fps)
    repeated = {fps for fps, n in negatives.items() if n >= 3}
    assert repeated == {"398221B"}
    assert "• TREMBLAY, Luc (398221B) — 3" in body

    assert "photo" in chart
    png = await manager.download(chart)
    width, height = png_size(png)
    assert 600 <= width <= 1600 and 800 <= height <= 2000
    assert 5_000 < len(png) < 1_000_000


async def test_the_summary_speaks_french(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"), lang="fr")
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)
    text, chart = await ask(manager, "/summary la semaine dernière")
    body = text["text"]
    assert "Sommaire, TST Institution" in body
    assert f"Inscriptions\u00a0: {len(LAST_WEEK)}" in body
    assert "Du 2026-11-09 au 2026-11-15 inclusivement" in body
    assert "Alertes immédiates\u00a0: 4" in body
    assert "délais de prise en charge" in chart["caption"]


async def test_a_case_manager_never_sees_another_caseload(world: World) -> None:
    # The roster gives 482913K to Dana Whitfield; Chris Nolan has nobody on it yet.
    dana, chris = await staffed(
        world, ("Dana Whitfield", "case_manager"), ("Chris Nolan", "case_manager")
    )
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)

    hers = [f for f in LAST_WEEK if "482913K" in f.fps]
    text, _ = await ask(dana, "/summary last week")
    assert "Scope: your caseload" in text["text"]
    assert f"Entries: {len(hers)}" in text["text"]
    assert "398221B" not in text["text"] and "TREMBLAY" not in text["text"]

    await chris.send("/summary last week")
    text = await chris.next_message()
    assert "No entries in this period." in text["text"]
    assert "482913K" not in text["text"] and "BOUCHARD" not in text["text"]


async def test_an_empty_period_is_said_in_words_without_a_chart(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)
    await manager.send("/summary october")
    text = await manager.next_message()
    assert "No entries in this period." in text["text"] and "No immediate alerts." in text["text"]
    await world.settle()
    assert [m for m in await manager.messages() if "photo" in m] == []


async def test_each_concern_is_one_row_in_the_readers_language(world: World) -> None:
    english, french = await staffed(
        world, ("Morgan Lee", "manager"), ("Sam Gagnon", "manager"), lang="en"
    )
    await seed(
        world.sessions,
        [
            Fact(local(10, 9), "Alex Martin", "immediate", concepts=("threat",)),
            Fact(local(11, 9), "Casey Roy", "immediate", concepts=("menace",)),
            Fact(local(12, 9), "Alex Martin", "priority", concepts=("menaces",)),
            Fact(local(13, 9), "Casey Roy", "priority", concepts=("propos menaçants",)),
            Fact(local(14, 9), "Casey Roy", concepts=("arme (écarté)", "weapon (ruled out)")),
        ],
    )
    fix_clock(world)
    text, _ = await ask(english, "/summary last week")
    concerns = text["text"].split("Leading concerns\n", 1)[1].split("\n\n", 1)[0]
    assert concerns.splitlines() == [
        "• threat — 2",
        "• threatening talk — 2",
        "• weapon (ruled out) — 2",
    ]
    await french.send("/lang fr")
    await french.next_message()
    text, _ = await ask(french, "/summary la semaine dernière")
    concerns = text["text"].split("Préoccupations principales\n", 1)[1].split("\n\n", 1)[0]
    assert concerns.splitlines() == [
        "• arme (écarté) — 2",
        "• menace — 2",
        "• propos menaçants — 2",
    ]


async def test_an_officer_sees_only_their_own_activity(world: World) -> None:
    await staffed(world)
    alex = world.people["Alex Martin"]
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)
    text, _ = await ask(alex, "/summary last week")
    own = [f for f in LAST_WEEK if f.officer == "Alex Martin"]
    assert "Scope: your own entries." in text["text"]
    assert f"Entries: {len(own)}" in text["text"]
    assert "Entries per officer" not in text["text"]
    assert "No recorded interaction" not in text["text"]


async def test_intelligence_sees_only_items_routed_to_security_intelligence(world: World) -> None:
    (sio,) = await staffed(world, ("Riley Park", "intelligence"))
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)
    text, _ = await ask(sio, "/summary last week")
    routed = [f for f in LAST_WEEK if "security_intelligence" in f.routes]
    assert f"Entries: {len(routed)}" in text["text"]
    assert "self-harm" not in text["text"]


async def test_a_unit_filter_counts_the_units_people_and_places(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)
    text, _ = await ask(manager, "/summary last week unit 4")
    # 482913K and 517204C live on 4B; "4A range" and "4B ..." are places on unit 4.
    unit_people = {"482913K", "517204C"}
    expected = [
        f for f in LAST_WEEK
        if unit_people & set(f.fps) or (f.place or "").upper().startswith(("4A", "4B"))
    ]  # fmt: skip
    assert "unit 4" in text["text"]
    assert f"Entries: {len(expected)}" in text["text"]


def examples_in(answer: dict) -> list[str]:
    return [line for line in answer["text"].splitlines() if line.startswith("/summary")]


OCTOBER = [
    Fact(datetime(2026, 10, 14, 9, 0, tzinfo=ZONE), "Alex Martin", place="4B range"),
    Fact(datetime(2026, 10, 30, 22, 0, tzinfo=ZONE), "Casey Roy", "priority", place="gym"),
]
UNIT_4B = [
    f for f in LAST_WEEK
    if {"482913K", "517204C"} & set(f.fps) or (f.place or "").upper().startswith("4B")
]  # fmt: skip


async def test_a_manager_asks_in_words_without_the_slash(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    await seed(world.sessions, LAST_WEEK + OCTOBER)
    fix_clock(world)
    for words, period, count in [
        ("summary for October", "From 2026-10-01 to 2026-10-31 inclusive", len(OCTOBER)),
        ("/summary october", "From 2026-10-01 to 2026-10-31 inclusive", len(OCTOBER)),
        ("summary last week", "From 2026-11-09 to 2026-11-15 inclusive", len(LAST_WEEK)),
        ("summary unit 4B last week", "unit 4B", len(UNIT_4B)),
        ("/summary 4B last week", "unit 4B", len(UNIT_4B)),
    ]:
        text, _ = await ask(manager, words)
        assert period in text["text"] and f"Entries: {count}" in text["text"], words
    await manager.send("summary unit 4B this month")
    this_month = (await manager.next_message())["text"]
    assert "From 2026-11-01" in this_month and "unit 4B" in this_month
    await manager.next_message()
    await manager.send("summary for the blue moon")
    assert examples_in(await manager.next_message()) == [
        "/summary last week",
        "/summary october unit 4B",
    ]
    assert len(await world.entries()) == len(LAST_WEEK + OCTOBER)  # none of it was captured


async def test_a_french_manager_asks_in_words(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"), lang="fr")
    await seed(world.sessions, LAST_WEEK + OCTOBER)
    fix_clock(world)
    text, _ = await ask(manager, "résumé d'octobre")
    assert "Du 2026-10-01 au 2026-10-31 inclusivement" in text["text"]
    assert f"Inscriptions\u00a0: {len(OCTOBER)}" in text["text"]
    await manager.send("résumé unité 4B")
    today = await manager.next_message()
    assert "unité 4B" in today["text"] and "Aucune inscription" in today["text"]


async def test_a_note_that_opens_with_summary_is_still_an_observation(world: World) -> None:
    officer = await world.officer()
    supervisor = await world.supervisor()
    await officer.send("Summary: 482913K has a shank in 4B range right now")
    card = await officer.next_message()
    assert "Here is what I understood" in card["text"] and "IMMEDIATE" in card["text"]
    await officer.tap("✅ Submit", message=card)
    assert await world.messages_with(supervisor, "IMMEDIATE", "482913K")


async def test_a_period_i_cannot_read_gets_two_examples_that_work(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)
    await manager.send("/summary next blue moon")
    answer = await manager.next_message()
    assert "could not read that period" in answer["text"]
    assert examples_in(answer) == ["/summary last week", "/summary october unit 4B"]
    text, _ = await ask(manager, "/summary last week")
    assert f"Entries: {len(LAST_WEEK)}" in text["text"]
    await manager.send("/summary october unit 4B")
    assert "Summary, TST Institution" in (await manager.next_message())["text"]

    await manager.send("/lang fr")
    await manager.next_message()
    await manager.send("/summary la semaine prochaine")
    answer = await manager.next_message()
    assert examples_in(answer) == ["/summary la semaine dernière", "/summary octobre unité 4B"]
    text, _ = await ask(manager, "/summary la semaine dernière")
    assert f"Inscriptions\u00a0: {len(LAST_WEEK)}" in text["text"]


async def test_a_captured_entry_counts_in_todays_summary(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    alex = world.people["Alex Martin"]
    captured = datetime.now(UTC)
    fix_clock(world, captured)
    await alex.send(
        "482913K 4B range 10 min ago chatted about his welding course, in good spirits"
    )
    await alex.next_message()
    await alex.tap("✅ Submit")
    await alex.next_message()
    fix_clock(world, captured + timedelta(seconds=1))
    text, _ = await ask(manager, "/summary today")
    assert "Entries: 1" in text["text"]
    assert "• Alex Martin — 1" in text["text"]


async def test_roles_without_summaries_are_refused(world: World) -> None:
    admin = await world.enrol("Pat Admin", "admin")
    await admin.send("/summary")
    assert "does not allow" in (await admin.next_message())["text"]
    await admin.send("/briefing")
    assert "does not allow" in (await admin.next_message())["text"]


async def test_the_briefing_lists_urgent_items_and_their_handling(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world, local(16, 7, 0))  # the morning after Sunday 15 Nov
    await manager.send("/briefing")
    body = (await manager.next_message())["text"]
    day = [f for f in LAST_WEEK if f.at >= local(15, 7, 0)]
    assert "Morning briefing, TST Institution" in body
    assert f"{len(day)} entries" in body
    assert "Immediate: 1" in body
    assert "not acknowledged yet" in body
    assert "Alerts still open: 1" in body
    assert "Routed to Security Intelligence: 1" in body


NIGHT = [
    Fact(local(16, 3), "Alex Martin", "immediate", concepts=("fight",), place="2A range"),
    Fact(local(15, 22), "Casey Roy", "immediate", concepts=("weapon",), place="gym",
         ack_after_s=120),
    Fact(local(16, 1), "Casey Roy", "priority", concepts=("drugs",), place="yard"),
    Fact(local(15, 9), "Alex Martin", "priority", concepts=("contraband",), place="visits"),
    Fact(local(13, 3), "Casey Roy", "immediate", concepts=("weapon",), place="4B range"),
]  # fmt: skip


async def test_the_briefing_says_when_in_words_and_lists_each_section_in_time_order(
    world: World,
) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    await seed(world.sessions, NIGHT)
    fix_clock(world, local(16, 7, 0))
    await manager.send("/briefing")
    body = (await manager.next_message())["text"]
    items = [line.split(" · ")[1] for line in body.splitlines() if line.startswith("• R-")]
    assert items == [
        "yesterday 22:00",  # immediate, in the order they happened
        "today 03:00",
        "yesterday 09:00",  # priority
        "today 01:00",
        "2026-11-13 03:00",  # alerts still open, the oldest first
        "today 03:00",
    ]
    assert "days ago" not in body


async def test_an_offender_seen_today_is_not_seen_0_days_ago(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    await seed(world.sessions, [Fact(local(19, 9), "Alex Martin", fps=("517204C",))])
    fix_clock(world)
    await manager.send("/offender 517204C")
    body = (await manager.next_message())["text"]
    assert "Last recorded interaction: today 09:00\n" in body
    assert "days ago" not in body


async def test_the_briefing_reaches_managers_on_schedule_once_a_day(world: World) -> None:
    manager, supervisor = await staffed(
        world, ("Morgan Lee", "manager"), ("Jordan Roy", "supervisor")
    )
    await seed(world.sessions, LAST_WEEK)
    await world.update_site(briefing_time="07:30")
    before, at = local(16, 7, 0), local(16, 7, 31)
    queued = []
    for moment in (before, at, at + timedelta(minutes=5)):
        queued.append(await world.query(lambda s, m=moment: due_briefings(session=s, now=m)))
    assert queued == [0, 1, 0]
    briefing = await manager.next_message()
    assert "Morning briefing" in briefing["text"]
    await world.settle()
    assert not any(
        "Morning briefing" in (m.get("text") or "") for m in await supervisor.messages()
    )


async def test_an_offender_history_is_shown_and_audited(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)
    await manager.send("/offender 398221b")
    body = (await manager.next_message())["text"]
    his = [f for f in LAST_WEEK if "398221B" in f.fps]
    assert "TREMBLAY, Luc (398221B)" in body
    assert "Last recorded interaction: 2026-11-13 03:00 (6 days ago)" in body
    urgencies = Counter(f.urgency for f in his)
    assert (
        f"2026-11: Immediate {urgencies['immediate']} · Priority {urgencies['priority']}" in body
    )
    assert "Casey Roy" in body

    await manager.send("/offender tremblay")
    several = (await manager.next_message())["text"]
    assert "398221B" in several and "398222C" in several

    reads = await world.query(
        lambda s: s.scalars(select(AuditEvent).where(AuditEvent.action == "offender.read"))
    )
    assert [event.detail["fps"] for event in reads.all()] == ["398221B"]


async def test_a_case_manager_cannot_open_someone_elses_offender(world: World) -> None:
    (dana,) = await staffed(world, ("Dana Whitfield", "case_manager"))
    await seed(world.sessions, LAST_WEEK)
    fix_clock(world)
    await dana.send("/offender 398221B")
    assert "found no offender" in (await dana.next_message())["text"]
    await dana.send("/offender Bouchard")
    assert "BOUCHARD, Marc (482913K)" in (await dana.next_message())["text"]
    actions = await world.query(
        lambda s: s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("offender.%")))
    )
    assert actions.all() == ["offender.refused", "offender.read"]


async def test_another_sites_entries_never_count(world: World) -> None:
    (manager,) = await staffed(world, ("Morgan Lee", "manager"))
    async with world.sessions.begin() as session:
        await add_site(session=session, code="OTH", name="Other", tz="America/Toronto", lang="en")
    await seed(world.sessions, LAST_WEEK)
    await seed(world.sessions, LAST_WEEK, site_code="OTH")
    fix_clock(world)
    text, _ = await ask(manager, "/summary last week")
    assert f"Entries: {len(LAST_WEEK)}" in text["text"]
