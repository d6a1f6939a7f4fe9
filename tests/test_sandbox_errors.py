"""The sandbox refuses what Telegram refuses: limits, faults, conflicts, bad content, blocks."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from sandbox import Sandbox, SandboxClient

TOKEN = "777:sandbox-errors"


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox() as running:
        yield running


@pytest.fixture
async def client(sandbox: Sandbox) -> AsyncIterator[SandboxClient]:
    driver = SandboxClient(sandbox.url)
    yield driver
    await driver.close()


async def call(sandbox: Sandbox, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
    """A raw Bot API call with a JSON body."""
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{sandbox.api_url}{TOKEN}/{method}", json=params) as response,
    ):
        return response.status, await response.json()


async def test_a_private_chat_gets_429_with_retry_after_beyond_its_burst(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    answers = [await call(sandbox, "sendMessage", chat_id=ann.id, text=f"n{i}") for i in range(8)]
    refused = [body for status, body in answers if status == 429]
    assert refused, "a burst of 8 to one private chat must hit the flood limit"
    assert refused[0]["description"].startswith("Too Many Requests: retry after ")
    assert refused[0]["parameters"]["retry_after"] >= 1
    sandbox.limits_enabled = False
    status, _ = await call(sandbox, "sendMessage", chat_id=ann.id, text="limits off")
    assert status == 200


async def test_a_group_gets_429_after_twenty_messages_a_minute(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    team = await client.group("Night shift", [ann])
    statuses = [
        (await call(sandbox, "sendMessage", chat_id=team.id, text="x"))[0] for _ in range(21)
    ]
    assert statuses[:20] == [200] * 20 and statuses[20] == 429


async def test_the_bot_gets_429_beyond_thirty_messages_a_second_overall(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    people = [await client.user(f"Officer {i}") for i in range(40)]
    statuses = [(await call(sandbox, "sendMessage", chat_id=p.id, text="hi"))[0] for p in people]
    assert 429 in statuses and statuses[:30] == [200] * 30


async def test_limits_can_be_switched_through_the_control_api(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    await client.set_limits(False)
    ann = await client.user("Ann")
    statuses = [
        (await call(sandbox, "sendMessage", chat_id=ann.id, text="x"))[0] for _ in range(12)
    ]
    assert set(statuses) == {200} and not sandbox.limits_enabled


async def test_fail_next_answers_the_chosen_status_then_recovers(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    await client.faults(fail_next=2, status=502)
    first = await call(sandbox, "sendMessage", chat_id=ann.id, text="one")
    second = await call(sandbox, "getMe")
    third = await call(sandbox, "sendMessage", chat_id=ann.id, text="three")
    assert [first[0], second[0], third[0]] == [502, 502, 200]
    assert first[1] == {"ok": False, "error_code": 502, "description": "Bad Gateway"}
    logged = await client.calls("sendMessage")
    assert [c["status"] for c in logged] == [502, 200]


async def test_a_forced_429_carries_retry_after(sandbox: Sandbox, client: SandboxClient) -> None:
    await client.faults(fail_next=1, status=429, retry_after=7)
    status, body = await call(sandbox, "getMe")
    assert (status, body["parameters"]) == (429, {"retry_after": 7})
    assert body["description"] == "Too Many Requests: retry after 7"


async def test_faults_leave_get_updates_alone_unless_named(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    await client.faults(fail_next=1, status=500)
    assert (await call(sandbox, "getUpdates"))[0] == 200
    assert (await call(sandbox, "getMe"))[0] == 500
    await client.faults(fail_next=1, status=500, methods=["getUpdates"])
    assert (await call(sandbox, "getUpdates"))[0] == 500


async def test_latency_still_answers(sandbox: Sandbox, client: SandboxClient) -> None:
    await client.faults(latency_ms=20)
    assert (await call(sandbox, "getMe"))[0] == 200


async def test_a_dropped_connection_gets_no_answer(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    await client.faults(drop_next=1)
    with pytest.raises(aiohttp.ClientError):
        await call(sandbox, "getMe")
    assert (await call(sandbox, "getMe"))[0] == 200


async def test_a_second_poll_ends_the_first_with_409(sandbox: Sandbox) -> None:
    first = asyncio.create_task(call(sandbox, "getUpdates", timeout=20))
    for _ in range(1000):
        if sandbox.context.world.bots and sandbox.context.world.bots[777].poll_id:
            break
        await asyncio.sleep(0.01)
    second = await call(sandbox, "getUpdates", timeout=0)
    status, body = await asyncio.wait_for(first, 10)
    assert second[0] == 200
    assert (status, body["description"]) == (
        409,
        "Conflict: terminated by other getUpdates request; "
        "make sure that only one bot instance is running",
    )


async def test_get_updates_while_a_webhook_is_set_is_409(sandbox: Sandbox) -> None:
    await call(sandbox, "setWebhook", url="http://127.0.0.1:9/hook")
    status, body = await call(sandbox, "getUpdates")
    assert status == 409 and "use deleteWebhook" in body["description"]
    await call(sandbox, "deleteWebhook")
    assert (await call(sandbox, "getUpdates"))[0] == 200


async def test_updates_are_pushed_to_the_webhook_with_the_secret_and_retried(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []
    attempts = 0

    async def hook(request: web.Request) -> web.Response:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            return web.Response(status=500)
        header = request.headers.get("X-Telegram-Bot-Api-Secret-Token")
        received.append((header, await request.json()))
        return web.Response()

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        ann = await client.user("Ann")
        await call(
            sandbox, "setWebhook", url=f"http://127.0.0.1:{port}/hook", secret_token="tok-1"
        )
        await ann.send("first")
        await ann.send("second")
        for _ in range(500):
            if len(received) == 2:
                break
            await asyncio.sleep(0.01)
        assert [(h, u["message"]["text"]) for h, u in received] == [
            ("tok-1", "first"),
            ("tok-1", "second"),
        ]
        _, info = await call(sandbox, "getWebhookInfo")
        assert info["result"]["pending_update_count"] == 0
        assert "500" in info["result"]["last_error_message"]
    finally:
        await call(sandbox, "deleteWebhook")
        await runner.cleanup()


async def test_callback_data_over_64_bytes_is_refused(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "x" * 65}]]}
    status, body = await call(
        sandbox, "sendMessage", chat_id=ann.id, text="a", reply_markup=markup
    )
    assert (status, body["description"]) == (400, "Bad Request: BUTTON_DATA_INVALID")


async def test_text_over_4096_characters_is_refused(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    sandbox.limits_enabled = False
    ann = await client.user("Ann")
    status, body = await call(sandbox, "sendMessage", chat_id=ann.id, text="y" * 4097)
    assert (status, body["description"]) == (400, "Bad Request: message is too long")
    html = "<b>" + "y" * 4096 + "</b>"
    assert (await call(sandbox, "sendMessage", chat_id=ann.id, text=html, parse_mode="HTML"))[
        0
    ] == 200


async def test_text_is_measured_in_utf16_units_as_telegram_counts_it(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    sandbox.limits_enabled = False
    ann = await client.user("Ann")
    status, body = await call(sandbox, "sendMessage", chat_id=ann.id, text="😡" * 2049)
    assert (status, body["description"]) == (400, "Bad Request: message is too long")
    assert (await call(sandbox, "sendMessage", chat_id=ann.id, text="😡" * 2048))[0] == 200


async def test_a_toast_over_200_units_is_refused(sandbox: Sandbox, client: SandboxClient) -> None:
    ann = await client.user("Ann")
    markup = {"inline_keyboard": [[{"text": "Ack", "callback_data": "ack"}]]}
    await call(sandbox, "sendMessage", chat_id=ann.id, text="alert", reply_markup=markup)
    query = await ann.tap("Ack")
    answer = {"callback_query_id": query["id"], "show_alert": True}
    status, body = await call(sandbox, "answerCallbackQuery", **answer, text="😡" * 101)
    assert (status, body["description"]) == (400, "Bad Request: MESSAGE_TOO_LONG")
    assert (await call(sandbox, "answerCallbackQuery", **answer, text="😡" * 100))[0] == 200


async def test_empty_text_and_bad_html_are_refused_in_telegrams_words(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    _, empty = await call(sandbox, "sendMessage", chat_id=ann.id, text="   ")
    assert empty["description"] == "Bad Request: message text is empty"
    _, html = await call(sandbox, "sendMessage", chat_id=ann.id, text="<b>x", parse_mode="HTML")
    assert html["description"].startswith("Bad Request: can't parse entities: ")
    _, tag = await call(sandbox, "sendMessage", chat_id=ann.id, text="a<br>b", parse_mode="HTML")
    assert 'Unsupported start tag "br"' in tag["description"]


async def test_a_user_who_blocked_the_bot_gives_403(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    await ann.block_bot()
    status, body = await call(sandbox, "sendMessage", chat_id=ann.id, text="alert")
    assert (status, body["description"]) == (403, "Forbidden: bot was blocked by the user")
    await ann.unblock_bot()
    assert (await call(sandbox, "sendMessage", chat_id=ann.id, text="alert"))[0] == 200


async def test_a_group_that_kicked_the_bot_gives_403(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    team = await client.group("Intel", [ann])
    await team.kick_bot()
    status, body = await call(sandbox, "sendMessage", chat_id=team.id, text="digest")
    assert (status, body["description"]) == (403, "Forbidden: bot was kicked from the group chat")


async def test_a_stale_callback_query_cannot_be_answered(
    sandbox: Sandbox, client: SandboxClient
) -> None:
    ann = await client.user("Ann")
    markup = {"inline_keyboard": [[{"text": "Ack", "callback_data": "ack"}]]}
    await call(sandbox, "sendMessage", chat_id=ann.id, text="alert", reply_markup=markup)
    query = await ann.tap("Ack")
    await client.advance_clock(3600)
    status, body = await call(sandbox, "answerCallbackQuery", callback_query_id=query["id"])
    assert status == 400 and body["description"].startswith("Bad Request: query is too old")
