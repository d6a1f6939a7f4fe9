"""The daily digest: routine items reach their routes once a day, at the site's digest time.

Nobody is paged for routine items (triage-policy.md, "routine"); each recipient gets one message
listing what concerns them since the previous day.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.card import local_time
from bot.i18n import t
from bot.reply import esc, split_html
from bot.routing import PRIORITY, Recipient, route_recipients
from storage import directory, entries, outbox
from storage.models import OutboxMessage, Site

_LINE_TEXT = 200


async def digest_for_site(*, session: AsyncSession, site: Site, now: datetime) -> int:
    """Queue the site's digest of the last 24 hours; returns how many messages were queued."""
    items = await entries.submitted_between(
        session=session,
        site_id=site.id,
        start=now - timedelta(days=1),
        end=now,
        urgency="routine",
    )
    lines: dict[int, tuple[Recipient, list[str]]] = {}
    for entry in items:
        for route in entry.routes:
            for recipient in await route_recipients(
                session=session, site=site, route=route, entry=entry
            ):
                _, bucket = lines.setdefault(recipient.chat_id, (recipient, []))
                text = entry.text.replace("\n", " ")
                more = "…" if len(text) > _LINE_TEXT else ""
                place = esc(entry.place or t(recipient.lang, "capture.not_recorded"))
                when = local_time(entry.occurred_at or entry.submitted_at, site.tz, recipient.lang)
                bucket.append(
                    f"• {entry.reference} · {when} · {place} — {esc(text[:_LINE_TEXT])}{more}"
                )
    queued = 0
    for recipient, bucket in lines.values():
        heading = t(recipient.lang, "digest.heading", site=esc(site.name), count=len(bucket))
        for chunk in split_html("\n".join([f"<b>{heading}</b>", *bucket])):
            await outbox.enqueue(
                session=session,
                message=OutboxMessage(
                    site_id=site.id,
                    kind="digest",
                    priority=PRIORITY["digest"],
                    chat_id=recipient.chat_id,
                    recipient_staff_id=recipient.staff_id,
                    recipient_label=recipient.label,
                    text=chunk,
                    created_at=now,
                ),
            )
            queued += 1
    return queued


def is_due(site: Site, at: str, now: datetime) -> bool:
    """Whether the site's local time has reached ``at`` ("HH:MM") today."""
    return now.astimezone(ZoneInfo(site.tz)).strftime("%H:%M") >= at


async def due_digests(*, session: AsyncSession, now: datetime) -> int:
    """Queue each site's digest once a day, when its digest time has come."""
    queued = 0
    for site in await directory.list_sites(session=session):
        if not is_due(site, site.digest_time, now):
            continue
        today = now.astimezone(ZoneInfo(site.tz)).date()
        if await outbox.mark_run(session=session, site_id=site.id, job="digest", local_date=today):
            queued += await digest_for_site(session=session, site=site, now=now)
    return queued
