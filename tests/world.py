"""The test world: a site, enrolled staff as sandbox personas, and ways to look at what the bot
stored. Tests read like the user's story: ``officer = await world.officer("Alex")``."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import Application

from bot.people.directory import add_site, import_roster
from bot.people.enrolment import create_invite
from sandbox.client import ChatReader, Persona, SandboxClient
from storage import directory
from storage.models import Entry, Site, Staff, utcnow

T = TypeVar("T")

ROSTER = """fps,surname,given_names,unit,cell,parole_officer,release_date
482913K,Bouchard,Marc,4B,4B-12,Dana Whitfield,2027-03-01
517204C,Whitehorse,Daniel,4B,4B-03,,
398221B,Tremblay,Luc,2A,2A-07,,
398222C,Tremblay,Kevin,3C,3C-01,,
"""


async def create_site(
    session: AsyncSession,
    code: str = "TST",
    tz: str = "America/Toronto",
    lang: str = "en",
    *,
    roster: str = ROSTER,
    **settings: Any,
) -> Site:
    """A site with the test roster, as an administrator sets one up; extra keyword arguments
    set site settings."""
    site = await add_site(session=session, code=code, name=f"{code} Institution", tz=tz, lang=lang)
    for name, value in settings.items():
        setattr(site, name, value)
    await import_roster(session=session, site_code=code, text=roster)
    return site


async def enrolment_code(
    session: AsyncSession,
    role: str,
    *,
    site_code: str = "TST",
    name: str | None = None,
    expires_in: timedelta = timedelta(hours=1),
    now: datetime | None = None,
) -> str:
    """A one-time code for ``role``, as ``rapport invite`` makes it: valid an hour from now
    unless told otherwise."""
    return await create_invite(
        session=session,
        site_code=site_code,
        role=role,
        expires_in=expires_in,
        now=now or utcnow(),
        name=name,
    )


async def enrolment_codes(
    sessions: async_sessionmaker[AsyncSession], *roles: str
) -> dict[str, str]:
    """The test site and a code for each role: for a bot run in its own process, where no
    World runs."""
    async with sessions.begin() as session:
        await create_site(session)
        return {role: await enrolment_code(session, role) for role in roles}


def text_update(persona: Persona, update_id: int, message_id: int, text: str) -> dict[str, Any]:
    """A private text message from ``persona`` as Telegram's JSON, for updates handed to the bot
    directly (a redelivery, one stored before a crash, a client other than the sandbox)."""
    chat = {"id": persona.chat_id, "type": "private", "first_name": persona.first_name}
    sender = {"id": persona.id, "is_bot": False, "first_name": persona.first_name}
    message = {"message_id": message_id, "date": 1_795_000_000, "chat": chat, "from": sender}
    return {"update_id": update_id, "message": {**message, "text": text}}


@dataclass
class World:
    """Everything a conversation test needs, around the real running bot."""

    client: SandboxClient
    sessions: async_sessionmaker[AsyncSession]
    application: Application
    site_code: str = "TST"
    people: dict[str, Persona] = field(default_factory=dict)
    clock_offset: timedelta = timedelta()
    webhook_url: str | None = None  # set when the bot runs in webhook mode
    webhook_secret: str | None = None

    async def create_site(
        self,
        code: str = "TST",
        tz: str = "America/Toronto",
        lang: str = "en",
        *,
        roster: str = ROSTER,
        **settings: Any,
    ) -> None:
        """A site with the test roster; extra keyword arguments set site settings."""
        async with self.sessions.begin() as session:
            await create_site(session, code, tz, lang, roster=roster, **settings)
        self.site_code = code

    async def invite(
        self,
        role: str,
        *,
        name: str | None = None,
        site: str | None = None,
        expires_in: timedelta = timedelta(hours=1),
        now: datetime | None = None,
    ) -> str:
        """A one-time enrolment code for ``role`` at the test site (or ``site``)."""
        async with self.sessions.begin() as session:
            return await enrolment_code(
                session,
                role,
                site_code=site or self.site_code,
                name=name,
                expires_in=expires_in,
                now=now,
            )

    async def enrol(
        self,
        name: str,
        role: str,
        *,
        lang: str = "en",
        on_duty: bool = False,
        site: str | None = None,
    ) -> Persona:
        """A persona enrolled through the real ``/start CODE`` conversation."""
        first, _, last = name.partition(" ")
        persona = await self.client.user(first, last_name=last or None, language_code=lang)
        code = await self.invite(role, name=name, site=site)
        await persona.send(f"/start {code}")
        await persona.next_message()
        if on_duty:
            await persona.send("/onduty")
            await persona.next_message()
        self.people[name] = persona
        return persona

    async def officer(self, name: str = "Alex Martin", *, lang: str = "en") -> Persona:
        """An enrolled officer."""
        return await self.enrol(name, "officer", lang=lang)

    async def supervisor(self, name: str = "Jordan Roy", *, on_duty: bool = True) -> Persona:
        """An enrolled Correctional Manager, on duty unless told otherwise."""
        return await self.enrol(name, "supervisor", on_duty=on_duty)

    async def query(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Look at the database as the bot left it."""
        async with self.sessions.begin() as session:
            return await work(session)

    async def entries(self) -> list[Entry]:
        """Every entry row, oldest first."""

        async def rows(session: AsyncSession) -> list[Entry]:
            return list((await session.scalars(select(Entry).order_by(Entry.id))).all())

        return await self.query(rows)

    async def staff(self, persona: Persona) -> Staff:
        """The staff row behind a persona."""

        async def row(session: AsyncSession) -> Staff:
            found = await directory.get_staff_by_telegram_id(
                session=session, telegram_user_id=persona.id
            )
            assert found is not None
            return found

        return await self.query(row)

    async def site(self) -> Site:
        """The test site."""

        async def row(session: AsyncSession) -> Site:
            found = await directory.get_site_by_code(session=session, code=self.site_code)
            assert found is not None
            return found

        return await self.query(row)

    async def update_site(self, **values: Any) -> None:
        """Change site settings while the bot runs (digest time, timeouts...)."""
        async with self.sessions.begin() as session:
            site = await directory.get_site_by_code(session=session, code=self.site_code)
            assert site is not None
            for name, value in values.items():
                setattr(site, name, value)

    def advance_clock(self, by: timedelta) -> None:
        """Move the bot's clock forward while it runs (a long shift, a copy's expiry)."""
        self.clock_offset += by
        self.application.bot_data["services"].clock = lambda: utcnow() + self.clock_offset

    async def eventually(self, check: Callable[[], Awaitable[T]], within: float = 5.0) -> T:
        """Poll ``check`` until it returns something truthy (the bot works in the background)."""
        deadline = asyncio.get_running_loop().time() + within
        while True:
            result = await check()
            if result or asyncio.get_running_loop().time() > deadline:
                return result
            await asyncio.sleep(0.05)

    async def messages_with(
        self, chat: ChatReader, *words: str, within: float = 15.0
    ) -> list[dict[str, Any]]:
        """Every message of ``chat`` whose text or caption holds all ``words``, waiting until
        there is at least one (empty if none came ``within`` seconds)."""

        async def matching() -> list[dict[str, Any]]:
            return [
                m
                for m in await chat.messages()
                if all(w in (m.get("text") or m.get("caption") or "") for w in words)
            ]

        return await self.eventually(matching, within)

    async def receive(self, payload: dict[str, Any]) -> None:
        """Hand the bot an update as its receiver does (a client other than the sandbox, or a
        redelivery): stored first, then handled by the dispatcher."""
        await self.application.bot_data["inbox"].store([payload])

    async def settle(self, seconds: float = 0.3) -> None:
        """Give background delivery a moment (only where a test checks that nothing came)."""
        await asyncio.sleep(seconds)
