"""Rows by primary key (``storage.lookup.by_id``): what ``session.get`` would return, case by
case, whichever of the two answers it."""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.lookup import by_id
from storage.models import Site

Lookup = Callable[[AsyncSession, int], Awaitable[Site | None]]
LOOKUPS: dict[str, Lookup] = {
    "by_id": lambda session, ident: by_id(session, Site, ident),
    "session.get": lambda session, ident: session.get(Site, ident),
}
_codes = itertools.count(1)


@pytest.fixture(params=LOOKUPS.values(), ids=LOOKUPS.keys())
def lookup(request: pytest.FixtureRequest) -> Lookup:
    """Each test runs with ``by_id`` and with ``session.get``, and expects the same answer."""
    return request.param


async def _site(sessions: async_sessionmaker[AsyncSession]) -> int:
    async with sessions.begin() as session:
        code = f"LK{next(_codes)}"
        site = Site(code=code, name=f"Site {code}", tz="America/Toronto", lang="en")
        session.add(site)
        await session.flush()
        return site.id


async def _name(lookup: Lookup, session: AsyncSession, ident: int) -> str | None:
    found = await lookup(session, ident)
    return None if found is None else found.name


async def test_a_stored_row_is_found_and_then_taken_from_the_session(
    sessions: async_sessionmaker[AsyncSession], lookup: Lookup
) -> None:
    site_id = await _site(sessions)
    async with sessions() as session:
        found = await lookup(session, site_id)
        assert found is not None and found.name.startswith("Site LK")
        assert await lookup(session, site_id) is found
        assert await lookup(session, site_id + 1000) is None


async def test_a_row_added_but_not_flushed_is_found(
    sessions: async_sessionmaker[AsyncSession], lookup: Lookup
) -> None:
    ident = await _site(sessions) + 500
    async with sessions() as session:
        session.add(Site(id=ident, code=f"LK{ident}", name="Pending", tz="UTC", lang="en"))
        assert await _name(lookup, session, ident) == "Pending"
        await session.rollback()


async def test_a_row_deleted_in_the_session_is_found_until_the_delete_is_flushed(
    sessions: async_sessionmaker[AsyncSession], lookup: Lookup
) -> None:
    site_id = await _site(sessions)
    async with sessions() as session:
        site = await lookup(session, site_id)
        await session.delete(site)
        assert await lookup(session, site_id) is site
        await session.flush()
        assert await lookup(session, site_id) is None
        await session.rollback()


async def test_an_expired_row_is_read_again_from_the_database(
    sessions: async_sessionmaker[AsyncSession], lookup: Lookup
) -> None:
    site_id = await _site(sessions)
    async with sessions() as session:
        site = await lookup(session, site_id)
        await session.commit()  # SQLite has one connection: the other session needs it
        async with sessions.begin() as other:
            renamed = await lookup(other, site_id)
            assert renamed is not None
            renamed.name = "Renamed"
        session.expire(site)
        assert await _name(lookup, session, site_id) == "Renamed"
