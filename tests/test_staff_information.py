"""Information about a staff member reaches security intelligence alone (CD 568-2).

An officer reports a colleague bringing tobacco in for an offender. The Security Intelligence
Officer reads it in their summary and the offender's history; the manager's summary, briefing,
export (CSV and 0875 bundle) and offender history show neither the record nor a count of it,
while a record on the same offender that managers may see shows as usual.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader

from tests.test_export import EXPORT_WAIT
from tests.test_summary import Fact, ask, fix_clock, seed, staffed
from tests.world import World

REFERENCE = re.compile(r"R-\d{4}-\d{6}")
ABOUT_STAFF = "482913K 4B range 10 min ago officer Gagnon has been bringing in tobacco for him"


async def test_information_about_staff_reaches_security_intelligence_alone(world: World) -> None:
    manager, sio = await staffed(world, ("Morgan Lee", "manager"), ("Riley Park", "intelligence"))
    alex = world.people["Alex Martin"]
    now = datetime.now(UTC)
    fix_clock(world, now)
    await alex.send(ABOUT_STAFF)
    await alex.next_message()
    await alex.tap("✅ Submit")
    reference = REFERENCE.search((await alex.next_message())["text"]).group(0)
    assert "Gagnon" in (await sio.next_message())["text"]  # routed to the SIO at once
    # A record on the same offender that managers may see, seeded after (seeds number their
    # references by row id).
    seen = Fact(now - timedelta(hours=2), "Casey Roy", "priority", concepts=("mental state",),
                routes=("health_services",), fps=("482913K",), place="4B cell 12")  # fmt: skip
    await seed(world.sessions, [seen])
    about_staff, visible = await world.entries()
    assert about_staff.reference == reference and about_staff.staff_concern
    fix_clock(world, now + timedelta(seconds=1))

    text, _ = await ask(manager, "/summary last 24 hours")
    body = text["text"]
    assert "Entries: 1" in body and "Priority 1" in body
    assert "staff information" not in body and "Security Intelligence" not in body
    assert "Alex Martin" not in body  # who reported is no count of theirs either

    await manager.send("/briefing")
    body = (await manager.next_message())["text"]
    assert "1 entries" in body and visible.reference in body
    assert reference not in body and "tobacco" not in body
    assert "Routed to Security Intelligence: 0" in body

    await manager.send("/export last 24 hours")
    sheet = await manager.next_message(timeout=EXPORT_WAIT)
    table = (await manager.download(sheet)).decode("utf-8-sig")
    assert visible.reference in table
    assert reference not in table and "Gagnon" not in table
    bundle = PdfReader(io.BytesIO(await manager.download(await manager.next_message())))
    assert [item.title for item in bundle.outline] == [f"{visible.reference} v1"]
    assert "Gagnon" not in "".join(page.extract_text() for page in bundle.pages)

    await manager.send("/offender 482913K")
    body = (await manager.next_message())["text"]
    assert visible.reference in body and "Casey Roy" in body
    assert reference not in body and "Gagnon" not in body

    text, _ = await ask(sio, "/summary last 24 hours")
    assert "Entries: 1" in text["text"] and "staff information — 1" in text["text"]
    await sio.send("/offender 482913K")
    body = (await sio.next_message())["text"]
    assert reference in body and "Gagnon" in body


async def test_a_colleague_naming_the_same_offender_is_not_told_of_it(world: World) -> None:
    """The same-event offer would reveal the report, perhaps to the colleague it is about."""
    alex = await world.officer("Alex Martin")
    chris = await world.officer("Chris Gagnon")
    await alex.send(ABOUT_STAFF)
    await alex.next_message()
    await alex.tap("✅ Submit")
    await alex.next_message()
    await chris.send("482913K 4B range 5 min ago asked me about his canteen order, calm")
    await chris.next_message()
    await chris.tap("✅ Submit")
    assert "Submitted" in (await chris.next_message())["text"]
    await world.settle(1.0)
    assert not [m for m in await chris.messages() if "same event" in m["text"]]
    [_, mine] = await world.entries()
    assert mine.related_entry_id is None


async def test_information_about_staff_is_never_offered_as_a_further_statement(
    world: World,
) -> None:
    """Linking it would tell whoever has the event's alert: it is for security intelligence."""
    alex = await world.officer("Alex Martin")
    chris = await world.officer("Chris Doe")
    await alex.send("482913K 4B range 10 min ago asked me about his canteen order, calm")
    await alex.next_message()
    await alex.tap("✅ Submit")
    await alex.next_message()
    await chris.send(ABOUT_STAFF)
    await chris.next_message()
    await chris.tap("✅ Submit")
    assert "Submitted" in (await chris.next_message())["text"]
    await world.settle(1.0)
    assert not [m for m in await chris.messages() if "same event" in m["text"]]
