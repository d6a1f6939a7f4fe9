"""Queries on group members the bot has seen. Never commits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Channel, GroupMember


async def site_of_chat(*, session: AsyncSession, chat_id: int) -> int | None:
    """The site of a group whose members the bot already records, or None."""
    query = select(GroupMember.site_id).where(GroupMember.chat_id == chat_id).limit(1)
    return await session.scalar(query)


async def note(
    *,
    session: AsyncSession,
    chat_id: int,
    site_id: int,
    telegram_user_id: int,
    name: str,
    is_bot: bool,
    present: bool,
    now: datetime,
) -> None:
    """Record that a member was seen in (or leaving) a group."""
    row = await session.scalar(
        select(GroupMember).where(
            GroupMember.chat_id == chat_id, GroupMember.telegram_user_id == telegram_user_id
        )
    )
    if row is None:
        session.add(
            GroupMember(
                chat_id=chat_id,
                site_id=site_id,
                telegram_user_id=telegram_user_id,
                name=name[:300],
                is_bot=is_bot,
                present=present,
                seen_at=now,
            )
        )
        await session.flush()
        return
    row.site_id, row.name, row.present, row.seen_at = site_id, name[:300] or row.name, present, now


async def present_members(*, session: AsyncSession, chat_id: int) -> Sequence[GroupMember]:
    """The members seen in a group and not seen leaving, by name."""
    query = select(GroupMember).where(
        GroupMember.chat_id == chat_id, GroupMember.present.is_(True)
    )
    return (await session.scalars(query.order_by(GroupMember.name))).all()


async def forget_group(*, session: AsyncSession, chat_id: int) -> None:
    """Drop what was seen in a group the bot is no longer in."""
    await session.execute(delete(GroupMember).where(GroupMember.chat_id == chat_id))


async def registered_groups(*, session: AsyncSession, site_id: int) -> Sequence[Channel]:
    """The channels registered for a site's routes, by title."""
    query = select(Channel).where(Channel.site_id == site_id)
    return (await session.scalars(query.order_by(Channel.title, Channel.route))).all()
