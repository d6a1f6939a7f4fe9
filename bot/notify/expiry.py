"""Chat-copy expiry: the bot deletes its own messages holding offender details from chats after
the site's set time, while the database keeps the record (records are never purged
automatically). Telegram lets a bot delete its messages for 48 hours only, so the time is
capped below that (``bot.telegram_limits.MAX_COPY_TTL``).

Each deletion is an outbox row (``method="delete"``), so it is retried like any message and
survives a restart; the copy goes ``expiring`` -> ``deleted`` (or ``undeletable``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.writer import queue_deletion
from storage import outbox
from storage.vocabulary import OutboxStatus


async def expire_copies(*, session: AsyncSession, now: datetime) -> int:
    """Queue the deletion of every chat copy past its time; returns how many were queued."""
    copies = await outbox.expiring_copies(session=session, now=now)
    for copy in copies:
        copy.status = OutboxStatus.EXPIRING
        await queue_deletion(session=session, copy=copy, now=now)
    return len(copies)
