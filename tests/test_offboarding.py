"""Offboarding: `rapport staff deactivate` withdraws access at once and re-routes what waited."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.capture import flow as capture
from bot.capture import records
from bot.people.directory import actor_of
from bot.people.offboarding import deactivate
from storage import entries
from storage.models import InboundMessage, OutboxMessage, Staff, utcnow
from tests.shell import Operator
from tests.world import World, create_site

KNIFE = (
    "482913K 4B range 10 min ago he pulled a sharpened toothbrush out of his sock "
    "and waved it at his cellmate"
)
MOVING_OUT = (
    "482913K at 1400 in the interview room he said he will stay at his cousin's place "
    "once he's out"
)
WAIT_S = 15.0


async def test_a_deactivated_officer_is_refused_from_the_next_message_on(
    world: World, operator: Operator
) -> None:
    officer = await world.officer("Alex Martin")
    listing = await operator.rapport("staff", "list", "--site", "TST")
    assert "Alex Martin" in listing.out and "active" in listing.out

    done = await operator.rapport("staff", "deactivate", "--name", "alex martin", "--site", "TST")
    assert done.code == 0 and "Alex Martin" in done.out and "deactivated" in done.out
    await officer.send(KNIFE)
    refusal = await officer.next_message()
    assert "only for enrolled correctional staff" in refusal["text"]

    async def stored(session: AsyncSession) -> list[str | None]:
        return list((await session.scalars(select(InboundMessage.text))).all())

    assert not any("toothbrush" in (text or "") for text in await world.query(stored))
    code = await world.invite("officer")
    await officer.send(f"/start {code}")
    assert "access to this assistant was withdrawn" in (await officer.next_message())["text"]
    assert "DEACTIVATED" in (await operator.rapport("staff", "list", "--site", "TST")).out

    back = await operator.rapport("staff", "reactivate", "--name", "Alex Martin", "--site", "TST")
    assert back.code == 0
    await officer.send(KNIFE)
    assert "Submit" in str((await officer.next_message()).get("reply_markup"))


async def test_deactivating_the_supervisor_on_duty_sends_their_open_alert_up_the_chain(
    world: World, operator: Operator
) -> None:
    officer = await world.officer("Alex Martin")
    leaving = await world.supervisor("Jordan Roy")
    backup = await world.supervisor("Sam Okafor", on_duty=False)
    await officer.send(KNIFE)
    await officer.next_message()
    await officer.tap("✅ Submit")
    [alert] = await world.messages_with(leaving, "IMMEDIATE")
    assert not [m for m in await backup.messages() if "toothbrush" in m["text"]]

    staff = await world.staff(leaving)
    done = await operator.rapport(
        "staff", "deactivate", "--telegram-id", str(staff.telegram_user_id), "--site", "tst"
    )
    assert done.code == 0 and "open alerts sent up the chain: 1" in done.out
    # The site's timeout is three minutes: the alert moves now, not after it.
    assert await world.messages_with(backup, "NOT YET ACKNOWLEDGED")
    assert await world.messages_with(officer, "escalated to Sam Okafor")
    assert not (await world.staff(leaving)).on_duty

    await leaving.tap("✅ Acknowledge", message=alert)

    async def answered() -> list[dict[str, Any]]:
        return await leaving.callback_answers()

    [answer] = await world.eventually(answered, WAIT_S)
    assert "only for enrolled correctional staff" in answer["text"]
    trail = await operator.rapport("audit", "--staff", "Jordan Roy", "--site", "TST")
    assert "staff.deactivated" in trail.out and "by=cli" in trail.out


async def test_deactivate_names_exactly_one_person(world: World, operator: Operator) -> None:
    await world.officer("Alex Martin")
    await world.enrol("Alex Martin", "health")
    unknown = await operator.rapport("staff", "deactivate", "--name", "Nobody", "--site", "TST")
    assert unknown.code == 2 and unknown.err.count("\n") == 1 and "No staff member" in unknown.err
    twice = await operator.rapport("staff", "deactivate", "--name", "Alex Martin", "--site", "TST")
    assert twice.code == 2 and "use --telegram-id" in twice.err
    elsewhere = await operator.rapport("staff", "list", "--site", "NOPE")
    assert elsewhere.code == 2 and "Unknown site" in elsewhere.err


async def test_an_item_waiting_for_a_deactivated_parole_officer_goes_to_case_management(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    # No bot runs here, so the parole officer's item stays queued as if Telegram were slow.
    now = utcnow()
    staff = {
        "Alex Martin": "officer",
        "Dana Whitfield": "case_manager",
        "Kim Lavoie": "case_manager",
    }
    async with sessions.begin() as session:
        site = await create_site(session)
        for number, (name, role) in enumerate(staff.items(), start=1):
            session.add(Staff(telegram_user_id=number, name=name, roles=[role], site_id=site.id))
        await session.flush()
        writer = await session.scalar(select(Staff).where(Staff.name == "Alex Martin"))
        assert writer is not None
        officer = actor_of(writer, site)
        await capture.on_text(
            session=session, actor=officer, text=MOVING_OUT, message_id=1, sent_at=now, now=now
        )
        draft = await entries.active_draft(session=session, officer_id=officer.staff_id)
        assert draft is not None
        await records.submit(session=session, actor=officer, entry_id=draft.id, now=now)

    async def route_items() -> list[tuple[str, str]]:
        async with sessions.begin() as session:
            query = select(OutboxMessage).where(OutboxMessage.kind == "route")
            return [(row.recipient_label, row.status) for row in await session.scalars(query)]

    assert await route_items() == [("Dana Whitfield", "pending")]
    async with sessions.begin() as session:
        done = await deactivate(
            session=session, site_code="TST", operator="test", now=now, name="Dana Whitfield"
        )
    assert done.items_resent == 1
    assert await route_items() == [("Dana Whitfield", "failed"), ("Kim Lavoie", "pending")]
