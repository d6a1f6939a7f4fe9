"""Groups: the bot added to or removed from a group, members seen there, and ``/members``.

``WATCHERS`` run before the gate (handlers/__init__.py): who adds the bot to a group, or joins or
writes in one, may be anybody, enrolled or not, and the gate stops such updates. They store no
text, only who was seen where.
"""

from __future__ import annotations

import contextlib

from telegram import ChatMember, Update, User
from telegram.error import TelegramError
from telegram.ext import ChatMemberHandler, CommandHandler, MessageHandler, filters

from bot.people import membership
from bot.people.membership import Person
from bot.reply import Reply
from handlers.context import RapportContext
from handlers.respond import refusals, respond, say

_INSIDE = (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER)


def _inside(member: ChatMember) -> bool:
    return member.status in _INSIDE or bool(getattr(member, "is_member", False))


def person(user: User) -> Person:
    """The domain's view of a Telegram user seen in a group."""
    return Person(telegram_user_id=user.id, name=user.full_name, is_bot=user.is_bot)


async def bot_membership(update: Update, context: RapportContext) -> None:
    """``my_chat_member``: added by an enrolled admin to a private group, stay; else leave."""
    change = update.my_chat_member
    assert change is not None
    chat, services = change.chat, context.services
    if chat.type == "private":
        return  # a user blocking or unblocking the bot: delivery handles the 403
    now_in, was_in = _inside(change.new_chat_member), _inside(change.old_chat_member)
    if now_in and not was_in:
        async with services.sessions.begin() as session:
            arrival = await membership.bot_added(
                session=session,
                chat_id=chat.id,
                public=chat.type == "channel" or bool(chat.username),
                adder=person(change.from_user),
                adder_language=change.from_user.language_code,
                now=services.clock(),
            )
        with contextlib.suppress(TelegramError):  # leave even if the group muted the bot
            await chat.send_message(arrival.text)
        if not arrival.stay:
            await chat.leave()
    elif was_in and not now_in and change.from_user.id != context.bot.id:
        # Removed by someone (leaving on its own, the bot already wrote its audit line).
        async with services.sessions.begin() as session:
            await membership.bot_removed(session=session, chat_id=chat.id, by=change.from_user.id)


async def member_update(update: Update, context: RapportContext) -> None:
    """``chat_member`` (sent to group admins only): someone joined or left a kept group."""
    change = update.chat_member
    assert change is not None
    services = context.services
    async with services.sessions.begin() as session:
        await membership.seen(
            session=session,
            chat_id=change.chat.id,
            people=[person(change.new_chat_member.user)],
            present=_inside(change.new_chat_member),
            now=services.clock(),
        )


async def group_message(update: Update, context: RapportContext) -> None:
    """Any group message: its sender and whoever joined are present, whoever left is not."""
    message = update.message
    assert message is not None
    services, me = context.services, context.bot.id
    gone = [u for u in (message.left_chat_member,) if u is not None and u.id != me]
    here = [
        u
        for u in (message.from_user, *message.new_chat_members)
        if u is not None and u.id != me and u not in gone
    ]
    async with services.sessions.begin() as session:
        for users, present in ((here, True), (gone, False)):
            await membership.seen(
                session=session,
                chat_id=message.chat.id,
                people=[person(u) for u in users],
                present=present,
                now=services.clock(),
            )


async def member_count(context: RapportContext, chat_id: int) -> int | None:
    """How many members Telegram says a group has (None if the bot cannot ask any more)."""
    try:
        return await context.bot.get_chat_member_count(chat_id)
    except TelegramError:
        return None


async def members(update: Update, context: RapportContext) -> None:
    """``/members``: for each group registered for the admin's site, who is not enrolled."""
    actor, services = context.actor, context.services
    assert actor is not None
    async with refusals(update, context):
        async with services.sessions.begin() as session:
            groups = await membership.site_groups(session=session, actor=actor)
        if not groups:
            await say(update, context, "members.no_groups")
        for group in groups:
            count = await member_count(context, group.chat_id)
            async with services.sessions.begin() as session:
                text = await membership.not_enrolled_text(
                    session=session,
                    actor=actor,
                    chat_id=group.chat_id,
                    title=group.title,
                    member_count=count,
                )
            await respond(update, context, Reply(text=text))


WATCHERS = [
    ChatMemberHandler(bot_membership, ChatMemberHandler.MY_CHAT_MEMBER),
    ChatMemberHandler(member_update, ChatMemberHandler.CHAT_MEMBER),
    MessageHandler(filters.ChatType.GROUPS & filters.UpdateType.MESSAGE, group_message),
]
HANDLERS = [CommandHandler("members", members, filters=filters.ChatType.PRIVATE)]
