"""Rows by primary key (``storage.lookup.by_id``): what ``session.get`` would return."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.lookup import by_id
from storage.models import Site, Staff


async def _site(sessions: async_sessionmaker[AsyncSession], code: str) -> int:
    async with sessions.begin() as session:
        site = Site(code=code, name=f"Site {code}", tz="America/Toronto", lang="en")
        session.add(site)
        await session.flush()
        return site.id


async def test_a_row_is_found_by_its_id_and_a_missing_id_finds_nothing(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    site_id = await _site(sessions, "LK1")
    async with sessions() as session:
        found = await by_id(session, Site, site_id)
        assert found is not None and found.code == "LK1"
        assert await by_id(session, Site, site_id) is found  # from the identity map now
        assert await by_id(session, Site, site_id + 1000) is None


async def test_an_expired_row_is_read_again_from_the_database(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    site_id = await _site(sessions, "LK2")
    async with sessions() as session:
        site = await by_id(session, Site, site_id)
        assert site is not None
        await session.commit()  # SQLite has one connection: the other session needs it
        async with sessions.begin() as other:
            (await by_id(other, Site, site_id)).name = "Renamed"  # type: ignore[union-attr]
        session.expire(site)
        again = await by_id(session, Site, site_id)
        assert again is site and site.name == "Renamed"


async def test_a_lookup_writes_nothing_the_session_holds(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """Like ``session.get``: a row added but not flushed stays pending."""
    site_id = await _site(sessions, "LK3")
    async with sessions() as session:
        pending = Staff(telegram_user_id=777_001, name="Pending Person", roles=["officer"])
        session.add(pending)
        assert await by_id(session, Site, site_id) is not None
        assert pending in session.new
