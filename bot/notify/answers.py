"""Replies to a user's update as outbox rows, written in the unit of work that handled it.

A card, a question or "Submitted R-…" is then as durable as an alert: it commits with what it
reports and with the mark that the update was handled, so a kill or a 429 after the commit
delays it but never loses it, and a kill before the commit leaves the update to be handled again
(design.md: "Say saved or sent only when it is true").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.plan import PRIORITY
from bot.notify.writer import queue_row
from bot.reply import Button, Reply, StoredButtons
from bot.telegram_limits import CAPTION_LIMIT, cut_html, split_html
from storage.vocabulary import MessageKind, SendMethod


def stored_buttons(rows: tuple[tuple[Button, ...], ...]) -> StoredButtons:
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
    """Queue ``reply`` to a chat: its file with the text as caption; or the text in as many
    messages as Telegram's length limit asks (buttons on the last); or, with
    ``replacing_message_id``, as the new text of that message when it fits in one."""
    row = _Row(session, chat_id, now, staff_id, site_id)
    if reply.document is not None or reply.photo is not None:
        method = SendMethod.DOCUMENT if reply.document is not None else SendMethod.PHOTO
        await row.add(
            method,
            cut_html(reply.text, CAPTION_LIMIT),
            [],
            file_data=reply.document if reply.document is not None else reply.photo,
            file_name=reply.filename,
        )
        return
    buttons = stored_buttons(reply.buttons)
    chunks = split_html(reply.text)
    if replacing_message_id is not None and len(chunks) == 1:
        await row.add(SendMethod.EDIT, chunks[0], buttons, message_id=replacing_message_id)
        return
    for index, chunk in enumerate(chunks):
        await row.add(SendMethod.SEND, chunk, buttons if index == len(chunks) - 1 else [])


async def queue_unbutton(
    *, session: AsyncSession, chat_id: int, message_id: int, now: datetime
) -> None:
    """Queue taking the buttons off a tapped message, so the same tap cannot be made twice."""
    await _Row(session, chat_id, now, None, None).add(
        SendMethod.UNBUTTON, "", [], message_id=message_id
    )


@dataclass(frozen=True)
class _Row:
    """What every reply row of one chat shares."""

    session: AsyncSession
    chat_id: int
    now: datetime
    staff_id: int | None
    site_id: int | None

    async def add(
        self,
        method: SendMethod,
        text: str,
        buttons: StoredButtons,
        *,
        message_id: int | None = None,
        file_data: bytes | None = None,
        file_name: str | None = None,
    ) -> None:
        await queue_row(
            session=self.session,
            kind=MessageKind.REPLY,
            priority=PRIORITY[MessageKind.REPLY],
            chat_id=self.chat_id,
            now=self.now,
            site_id=self.site_id,
            method=method,
            recipient_staff_id=self.staff_id,
            text=text,
            buttons=buttons,
            # An edit of a message the user already has names it directly.
            telegram_message_id=message_id,
            file_data=file_data,
            file_name=file_name,
        )
