"""Daily bulletins (the routine digest, the morning briefing): when a site's is due, and how its
text is queued.

Both run once a local day from the scheduled worker, at a time the site sets, and go out through
the outbox like every notification (design.md: a crash never loses or duplicates one).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.audience import Recipient
from bot.notify.writer import queue_message
from bot.telegram_limits import split_html
from storage import directory, outbox
from storage.models import Site
from storage.vocabulary import MessageKind
from storage.zones import local_now


def is_due(site: Site, at: str, now: datetime) -> bool:
    """Whether the site's local time has reached ``at`` ("HH:MM") today."""
    return local_now(site, now).strftime("%H:%M") >= at


async def sites_due(
    *, session: AsyncSession, job: str, time_of: Callable[[Site], str], now: datetime
) -> list[Site]:
    """The sites whose ``job`` time has come today and that had not run it yet today; each is
    marked as run, so a second call the same local day returns none of them."""
    due = []
    for site in await directory.list_sites(session=session):
        if not is_due(site, time_of(site), now):
            continue
        today = local_now(site, now).date()
        if await outbox.mark_run(session=session, site_id=site.id, job=job, local_date=today):
            due.append(site)
    return due


async def queue_text(
    *,
    session: AsyncSession,
    site: Site,
    kind: MessageKind,
    priority: int,
    recipient: Recipient,
    text: str,
    now: datetime,
) -> int:
    """Queue a bulletin's HTML text to one recipient, in as many messages as Telegram's length
    limit asks; returns how many."""
    chunks = split_html(text)
    for chunk in chunks:
        await queue_message(
            session=session,
            site_id=site.id,
            kind=kind,
            priority=priority,
            recipient=recipient,
            text=chunk,
            now=now,
        )
    return len(chunks)
