"""Replies to a user's update as outbox rows, written in the unit of work that handled it.

A card, a question or "Submitted R-…" is then as durable as an alert: it commits with what it
reports and with the mark that the update was handled, so a kill or a 429 after the commit
delays it but never loses it, and a kill before the commit leaves the update to be handled again
(design.md: "Say saved or sent only when it is true").
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.reply import Button, Reply, split_html
from storage import outbox
from storage.models import OutboxMessage

# Delivery order of a reply: after alerts, before what is shared with routes and notices (the
# officer's "alert sent to …" comes after the "Submitted" it follows).
REPLY_PRIORITY = 1


def stored_buttons(rows: tuple[tuple[Button, ...], ...]) -> list[list[dict]]:
    """Button rows as the outbox stores them."""
    return [[{"label": b.label, "data": b.data} for b in row] for row in rows if row]


async def queue_reply(
    *,
    session: AsyncSession,
    chat_id: int,
    reply: Reply,
    now: datetime,
    staff_id: int | None = None,
    site_id: int | None = None,
    replacing_message_id: int | None = None,
) -> None:
    """Queue ``reply`` to a chat: in as many messages as Telegram's length limit asks (buttons on
    the last), or, with ``replacing_message_id``, as the new text of that message."""
    buttons = stored_buttons(reply.buttons)
    if replacing_message_id is not None:
        chunks = split_html(reply.text)
        if len(chunks) == 1:
            await _enqueue(
                session,
                chat_id,
                "edit",
                chunks[0],
                buttons,
                now,
                staff_id,
                site_id,
                replacing_message_id,
            )
            return
    chunks = split_html(reply.text)
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        await _enqueue(
            session, chat_id, "send", chunk, buttons if last else [], now, staff_id, site_id, None
        )


async def queue_unbutton(
    *, session: AsyncSession, chat_id: int, message_id: int, now: datetime
) -> None:
    """Queue taking the buttons off a tapped message, so the same tap cannot be made twice."""
    await _enqueue(session, chat_id, "unbutton", "", [], now, None, None, message_id)


async def _enqueue(
    session: AsyncSession,
    chat_id: int,
    method: str,
    text: str,
    buttons: list[list[dict]],
    now: datetime,
    staff_id: int | None,
    site_id: int | None,
    message_id: int | None,
) -> None:
    await outbox.enqueue(
        session=session,
        message=OutboxMessage(
            site_id=site_id,
            kind="reply",
            priority=REPLY_PRIORITY,
            method=method,
            chat_id=chat_id,
            recipient_staff_id=staff_id,
            text=text,
            buttons=buttons,
            created_at=now,
            # An edit of a message the user already has names it directly (no outbox row sent it).
            telegram_message_id=message_id,
        ),
    )
