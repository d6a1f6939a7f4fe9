"""Work is claimed, not assumed: two replicas on one database never take the same send or the
same update while both live, and a dead replica's work is taken over once its leases run out."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.inbound import AlreadyHandled, claim_updates, mark_done
from bot.leases import LEASE
from storage import inbound, outbox
from storage.models import InboundMessage, OutboxMessage, utcnow
from storage.vocabulary import OutboxStatus

A, B = "host-a:1:aa", "host-b:2:bb"
SUPERVISOR, OFFICER = 501, 502


async def _queue(sessions: async_sessionmaker[AsyncSession], *chats: int) -> None:
    async with sessions.begin() as session:
        for number, chat in enumerate(chats):
            await outbox.enqueue(
                session=session,
                message=OutboxMessage(kind="alert", priority=0, chat_id=chat, text=f"m{number}"),
            )


async def _claim_sends(
    sessions: async_sessionmaker[AsyncSession], replica: str, wall: datetime
) -> list[OutboxMessage]:
    now = utcnow()
    claimed = []
    async with sessions.begin() as session:
        for row in await outbox.due(session=session, due_at=now, now=wall, limit=10):
            if await outbox.claim(
                session=session, row_id=row.id, replica=replica, at=now, until=wall + LEASE
            ):
                claimed.append(row)
    return claimed


async def test_a_chat_with_a_send_under_a_live_lease_gets_nothing_from_another_replica(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _queue(sessions, SUPERVISOR, SUPERVISOR, OFFICER)
    wall = utcnow()
    first = await _claim_sends(sessions, A, wall)
    assert sorted(row.chat_id for row in first) == [SUPERVISOR, OFFICER]
    # B looks while A's sends are on their way: the supervisor's second message waits its turn.
    assert await _claim_sends(sessions, B, wall + timedelta(seconds=1)) == []
    async with sessions.begin() as session:
        assert await outbox.release_expired(session=session, now=wall + timedelta(seconds=1)) == 0


async def test_a_dead_replicas_sends_are_taken_over_marked_once_its_leases_run_out(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _queue(sessions, SUPERVISOR)
    wall = utcnow()
    [row] = await _claim_sends(sessions, A, wall)
    later = wall + LEASE + timedelta(seconds=1)  # A died: nobody renewed
    async with sessions.begin() as session:
        assert await outbox.release_expired(session=session, now=later) == 1
    [again] = await _claim_sends(sessions, B, later)
    assert again.id == row.id and again.error == outbox.INTERRUPTED  # sent marked as a repeat
    async with sessions.begin() as session:
        # A wakes up and tries to record its send: the row is B's now.
        assert await outbox.held(session=session, row_id=row.id, replica=A) is None
        mine = await outbox.held(session=session, row_id=row.id, replica=B)
        assert mine is not None and mine.status == OutboxStatus.SENDING


async def test_a_live_replica_that_renews_keeps_its_sends(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _queue(sessions, SUPERVISOR)
    wall = utcnow()
    [row] = await _claim_sends(sessions, A, wall)
    renewed = wall + LEASE - timedelta(seconds=1)
    async with sessions.begin() as session:
        await outbox.renew(session=session, replica=A, ids=[row.id], until=renewed + LEASE)
        await outbox.renew(session=session, replica=B, ids=[row.id], until=wall)  # not B's
    async with sessions.begin() as session:
        assert await outbox.release_expired(session=session, now=wall + LEASE) == 0


async def _store_updates(sessions: async_sessionmaker[AsyncSession], *senders: int) -> None:
    async with sessions.begin() as session:
        for number, sender in enumerate(senders):
            await inbound.store_once(
                session=session,
                values={
                    "update_id": number,
                    "delivery_key": f"key{number}",
                    "kind": "message",
                    "telegram_user_id": sender,
                    "chat_id": sender,
                    "payload": "{}",
                    "received_at": utcnow(),
                    "attempts": 0,
                },
            )


async def test_each_senders_updates_go_to_one_replica_in_order(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _store_updates(sessions, OFFICER, OFFICER, SUPERVISOR)
    wall = utcnow()
    async with sessions.begin() as session:
        claimed = await claim_updates(session=session, replica=A, wall=wall)
    assert [row.telegram_user_id for row in claimed] == [OFFICER, SUPERVISOR]
    async with sessions.begin() as session:  # the officer's second update waits for the first
        assert await claim_updates(session=session, replica=B, wall=wall) == []
    async with sessions.begin() as session:
        await mark_done(session=session, inbound_id=claimed[0].id, now=wall, actor=None)
    async with sessions.begin() as session:
        [second] = await claim_updates(session=session, replica=B, wall=wall)
    assert second.telegram_user_id == OFFICER and second.id > claimed[0].id


async def test_a_dead_replicas_update_is_handled_once_by_another(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _store_updates(sessions, OFFICER)
    wall = utcnow()
    async with sessions.begin() as session:
        [first] = await claim_updates(session=session, replica=A, wall=wall)
    later = wall + LEASE + timedelta(seconds=1)
    async with sessions.begin() as session:
        [taken] = await claim_updates(session=session, replica=B, wall=later)
    assert taken.id == first.id
    async with sessions.begin() as session:
        await mark_done(session=session, inbound_id=taken.id, now=later, actor=None)
    # A was only stalled: its late unit of work finds the update handled and is undone.
    with pytest.raises(AlreadyHandled):
        async with sessions.begin() as session:
            await mark_done(session=session, inbound_id=first.id, now=later, actor=None)
    async with sessions() as session:
        handled = await session.scalar(
            select(InboundMessage.processed_at).where(InboundMessage.id == first.id)
        )
    assert handled is not None
