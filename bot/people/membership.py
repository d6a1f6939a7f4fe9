"""Groups: which ones the bot stays in, and who it has seen there (issue 7 "Where data may go",
issue 5 "Directory").

The bot stays in a group only when an enrolled admin added it, and only a private one; anywhere
else it says one line and leaves, so nobody can pull it into a chat where offender details could
end up. Telegram gives bots no member list: the bot records the members it sees (their messages,
joins, leaves, member updates) in the groups registered for a route or kept by an admin, and
lists for admins those who are not enrolled at the site.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import pick_language, t
from bot.people.authz import Actor, allowed
from bot.people.directory import identify
from bot.refusal import Refusal
from bot.reply import esc
from storage import audit, directory, membership, outbox
from storage.vocabulary import Route


@dataclass(frozen=True)
class Person:
    """A Telegram user seen in a group."""

    telegram_user_id: int
    name: str
    is_bot: bool = False


@dataclass(frozen=True)
class Arrival:
    """The bot's answer to being added to a group: the line to say, in whose language, and
    whether to stay."""

    stay: bool
    lang: str
    text: str


@dataclass(frozen=True)
class GroupView:
    """One group of the site as an admin sees it in ``/members``."""

    chat_id: int
    title: str
    routes: tuple[str, ...]


async def bot_added(
    *,
    session: AsyncSession,
    chat_id: int,
    public: bool,
    adder: Person,
    adder_language: str | None,
    now: datetime,
) -> Arrival:
    """The bot was added to a group: it stays only for an enrolled admin, in a private group."""
    actor = await identify(session=session, telegram_user_id=adder.telegram_user_id)
    lang = actor.lang if actor else pick_language(adder_language)
    stay = actor is not None and allowed(actor, "administer") and not public
    await audit.record(
        session=session,
        action="group.kept" if stay else "group.left",
        staff_id=actor.staff_id if actor else None,
        telegram_user_id=adder.telegram_user_id,
        detail={"chat_id": chat_id, "public": public},
    )
    if not stay:
        key = "groups.public_leaving" if public else "groups.leaving"
        return Arrival(stay=False, lang=lang, text=t(lang, key))
    assert actor is not None
    await _note(session, chat_id, actor.site_id, [adder], present=True, now=now)
    return Arrival(stay=True, lang=lang, text=t(lang, "groups.waiting", routes=", ".join(Route)))


async def bot_removed(*, session: AsyncSession, chat_id: int, by: int | None) -> None:
    """The bot was removed from a group: forget who was seen there, and say so in the audit."""
    await membership.forget_group(session=session, chat_id=chat_id)
    await audit.record(
        session=session, action="group.removed", telegram_user_id=by, detail={"chat_id": chat_id}
    )


async def _site_of(session: AsyncSession, chat_id: int) -> int | None:
    channels = await outbox.channel_by_chat(session=session, chat_id=chat_id)
    if channels:
        return channels[0].site_id
    return await membership.site_of_chat(session=session, chat_id=chat_id)


async def _note(
    session: AsyncSession,
    chat_id: int,
    site_id: int,
    people: Iterable[Person],
    *,
    present: bool,
    now: datetime,
) -> None:
    for person in people:
        await membership.note(
            session=session,
            chat_id=chat_id,
            site_id=site_id,
            telegram_user_id=person.telegram_user_id,
            name=person.name,
            is_bot=person.is_bot,
            present=present,
            now=now,
        )


async def seen(
    *,
    session: AsyncSession,
    chat_id: int,
    people: Iterable[Person],
    present: bool,
    now: datetime,
) -> None:
    """Note members seen in (or leaving) a group the bot keeps; other groups are ignored."""
    site_id = await _site_of(session, chat_id)
    if site_id is not None:
        await _note(session, chat_id, site_id, people, present=present, now=now)


async def site_groups(*, session: AsyncSession, actor: Actor) -> list[GroupView]:
    """The groups registered for the admin's site, one per chat with its routes."""
    if not allowed(actor, "administer"):
        raise Refusal("core.not_allowed")
    groups: dict[int, GroupView] = {}
    for channel in await membership.registered_groups(session=session, site_id=actor.site_id):
        known = groups.get(channel.chat_id)
        routes = (*(known.routes if known else ()), channel.route)
        groups[channel.chat_id] = GroupView(channel.chat_id, channel.title, routes)
    return list(groups.values())


async def not_enrolled_text(
    *,
    session: AsyncSession,
    actor: Actor,
    chat_id: int,
    title: str,
    member_count: int | None,
) -> str:
    """The members of a group seen by the bot who are not active staff of the admin's site."""
    lang = actor.lang
    members = [
        m
        for m in await membership.present_members(session=session, chat_id=chat_id)
        if m.site_id == actor.site_id
    ]
    staff = await directory.active_telegram_ids(
        session=session,
        site_id=actor.site_id,
        telegram_user_ids=[m.telegram_user_id for m in members],
    )
    strangers = [m for m in members if m.telegram_user_id not in staff]
    lines = [
        t(lang, "members.heading", title=esc(title or str(chat_id)))
        if strangers
        else t(lang, "members.none", title=esc(title or str(chat_id)))
    ]
    for member in strangers:
        bot_mark = f" {t(lang, 'members.bot')}" if member.is_bot else ""
        lines.append(f"• {esc(member.name)} (id {member.telegram_user_id}){bot_mark}")
    # Telegram counts the bot itself among the members.
    total = member_count - 1 if member_count else None
    if total is not None and total > len(members):
        lines.append(t(lang, "members.unseen", seen=len(members), total=total))
    return "\n".join(lines)


async def roll_call(
    *,
    session: AsyncSession,
    actor: Actor,
    chat_id: int,
    title: str,
    people: Iterable[Person],
    member_count: int | None,
    now: datetime,
) -> str:
    """Note the people known to be in a just-registered group, then list who is not enrolled."""
    await seen(session=session, chat_id=chat_id, people=people, present=True, now=now)
    return await not_enrolled_text(
        session=session, actor=actor, chat_id=chat_id, title=title, member_count=member_count
    )
