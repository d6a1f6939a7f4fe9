"""Record references: unique and in order, even for the first submits of a year made at once."""

from __future__ import annotations

import asyncio

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import entries


async def test_the_first_submits_of_a_year_made_at_once_get_one_number_each(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """Two officers submitting the year's first records together once collided creating the
    year's counter (PostgreSQL): one Submit failed."""

    async def one() -> int:
        async with sessions.begin() as session:
            number = await entries.next_reference_number(session=session, year=2031)
            await asyncio.sleep(0.05)  # hold the transaction while the other one starts
            return number

    numbers = await asyncio.gather(*(one() for _ in range(4)))
    assert sorted(numbers) == [1, 2, 3, 4]
    async with sessions.begin() as session:
        assert await entries.next_reference_number(session=session, year=2031) == 5
        assert await entries.next_reference_number(session=session, year=2032) == 1
