"""Chat-copy expiry: the bot deletes its messages holding offender details after the site's set
time (never later than Telegram's 48 hours allow), and the record stays in the database."""

from __future__ import annotations

from datetime import timedelta

from tests.test_alerts import KNIFE, WAIT_S, _submit, _to, _with
from tests.world import World


async def test_an_alert_leaves_the_chat_after_the_sites_time_and_the_record_stays(
    world: World,
) -> None:
    await world.update_site(chat_copy_ttl_s=3 * 24 * 3600)  # asked for 3 days: 47 hours it is
    officer = await world.officer()
    supervisor = await world.supervisor("Jordan Roy")
    reference = await _submit(officer, KNIFE)
    assert await _with(world, supervisor, "IMMEDIATE", reference)

    world.advance_clock(timedelta(hours=47, minutes=1))

    async def gone() -> bool:
        return not [m for m in await supervisor.messages() if reference in m["text"]]

    assert await world.eventually(gone, WAIT_S), "the alert is still in the chat"
    await supervisor.send(f"/show {reference}")
    assert await _with(world, supervisor, reference, "sharpened toothbrush")


async def test_a_copy_telegram_no_longer_lets_the_bot_delete_is_tried_once(world: World) -> None:
    await world.update_site(chat_copy_ttl_s=3600)
    officer = await world.officer()
    supervisor = await world.supervisor("Jordan Roy")
    reference = await _submit(officer, KNIFE)
    [alert] = await _with(world, supervisor, "IMMEDIATE", reference)

    # The bot was down for two days: the message is now past Telegram's 48 hours.
    await world.client.advance_clock(49 * 3600)
    world.advance_clock(timedelta(hours=49))

    async def refused() -> list[dict]:
        calls = await world.client.calls("deleteMessage")
        return [c for c in calls if _to(c, supervisor) and c["status"] == 400]

    assert await world.eventually(refused, WAIT_S)
    await world.settle(1.0)
    assert len([c for c in await world.client.calls("deleteMessage") if _to(c, supervisor)]) == 1
    assert await supervisor.message(alert["message_id"])
