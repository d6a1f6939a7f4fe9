"""The facts of an event are read in a bounded number of queries, however many people hear it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.notify.facts import gather
from bot.notify.plan import Occasion, plan_notifications
from storage.models import Channel, Entry, EntryOffender, Offender, Site, Staff

NOW = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
ROUTES = ["case_management", "health_services", "security_intelligence", "supervisor"]


@contextmanager
def counted(session: AsyncSession) -> Iterator[list[str]]:
    """The SQL statements the session runs inside the block."""
    statements: list[str] = []
    engine = session.bind.sync_engine  # type: ignore[union-attr]

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", seen)


async def _site_with(session: AsyncSession, code: str, each_role: int) -> tuple[Site, Entry]:
    """A site with ``each_role`` staff in every role and an immediate entry on two offenders;
    its staff's Telegram ids start at ``each_role`` thousand (unique across the two sites)."""
    site = Site(code=code, name=code, tz="America/Toronto")
    session.add(site)
    await session.flush()
    roles = ["supervisor", "manager", "intelligence", "health", "case_manager", "admin"]
    staff = [
        Staff(
            telegram_user_id=each_role * 1000 + index,
            name=f"{role} {n}",
            roles=[role],
            site_id=site.id,
            on_duty=role == "supervisor",
        )
        for index, (role, n) in enumerate((r, n) for r in roles for n in range(each_role))
    ]
    officer = Staff(telegram_user_id=each_role * 1000 + 999, name="Alex", site_id=site.id)
    session.add_all([*staff, officer])
    session.add(Channel(site_id=site.id, route="health_services", chat_id=-1, title="Health"))
    for fps in ("482913K", "604417C"):
        session.add(
            Offender(site_id=site.id, fps=fps, surname=fps, parole_officer="case_manager 0")
        )
    await session.flush()
    entry = Entry(
        reference=f"R-{code}",
        site_id=site.id,
        officer_id=officer.id,
        urgency="immediate",
        routes=ROUTES,
        text="had a shank",
        offenders=[EntryOffender(fps=fps, name=fps) for fps in ("482913K", "604417C")],
    )
    session.add(entry)
    await session.flush()
    return site, entry


async def test_gathering_the_facts_costs_the_same_for_a_small_site_and_a_large_one(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as session:
        small = await _site_with(session, "SMALL", each_role=1)
        large = await _site_with(session, "LARGE", each_role=12)
        costs = []
        for site, entry in (small, large):
            with counted(session) as statements:
                facts = await gather(
                    session=session, occasion=Occasion.SUBMIT, site=site, now=NOW, entry=entry
                )
            costs.append(len(statements))
            notices = plan_notifications(facts).notices
            # The entry's offenders came with it, and with them their parole officer.
            assert facts.entry is not None and facts.entry.offenders == ("482913K", "604417C")
            assert "case_manager 0" in {n.recipient.label for n in notices if n.route == ROUTES[0]}
    assert costs[0] == costs[1] <= 10
