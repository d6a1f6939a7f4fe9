"""'Still on duty?': after a long shift the bot asks; whoever does not answer is set off duty, so
urgent alerts go to someone awake. The bot's clock is moved; the conversation is real."""

from __future__ import annotations

from datetime import timedelta

from sandbox.client import button_texts
from tests.test_alerts import KNIFE, WAIT_S, _submit, _with
from tests.world import World

LONG_SHIFT = timedelta(hours=12, minutes=1)
GRACE = timedelta(minutes=31)


async def test_a_supervisor_who_does_not_answer_is_set_off_duty_and_alerts_go_to_another(
    world: World,
) -> None:
    jordan = await world.supervisor("Jordan Roy")
    sam = await world.supervisor("Sam Okafor", on_duty=False)
    officer = await world.officer()
    world.advance_clock(LONG_SHIFT)
    [question] = await _with(world, jordan, "Still on duty?")
    assert button_texts(question) == ["Yes, still on duty", "Off duty"]
    await sam.send("/onduty")  # the night shift starts
    await sam.next_message()
    world.advance_clock(GRACE)

    assert await _with(world, jordan, "you are now off duty")
    assert not (await world.staff(jordan)).on_duty
    reference = await _submit(officer, KNIFE)
    assert await _with(world, sam, "IMMEDIATE", reference)
    assert await _with(world, officer, reference, "alert sent to Sam Okafor")
    assert not [m for m in await jordan.messages() if reference in m["text"]]


async def test_yes_keeps_the_supervisor_on_duty_until_the_next_long_shift(world: World) -> None:
    jordan = await world.supervisor("Jordan Roy")
    world.advance_clock(LONG_SHIFT)
    [question] = await _with(world, jordan, "Still on duty?")
    await jordan.tap("Yes, still on duty", message=question)

    async def answered() -> bool:
        return "you stay on duty" in (await jordan.message(question["message_id"]))["text"]

    assert await world.eventually(answered, WAIT_S)
    world.advance_clock(GRACE)
    await world.settle(1.0)
    assert (await world.staff(jordan)).on_duty
    assert not [m for m in await jordan.messages() if "you are now off duty" in m["text"]]

    world.advance_clock(LONG_SHIFT)  # one long shift after the answer: asked again

    [second] = await _with(world, jordan, "Still on duty?")
    assert second["message_id"] != question["message_id"]
    await jordan.tap("Off duty", message=second)

    async def off_duty() -> bool:
        return not (await world.staff(jordan)).on_duty

    assert await world.eventually(off_duty, WAIT_S)
