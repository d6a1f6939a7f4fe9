"""The daily digest: routine items reach their routes once a day, at the site's digest time.

Nobody is paged for routine items (triage-policy.md, "routine"); each recipient gets one message
listing what concerns them since the previous day. A line reaches a recipient through the entry's
routes only, so information about a staff member, routed to security intelligence alone
(``bot.triage.routes_for``, CD 568-2), is in no one else's digest.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture.card import local_time
from bot.i18n import t
from bot.notify.audience import Recipient
from bot.notify.bulletin import queue_text, sites_due
from bot.notify.facts import entry_facts, gather
from bot.notify.plan import PRIORITY, Occasion, plan_notifications
from bot.reply import esc
from bot.telegram_limits import cut_text
from storage import entries
from storage.models import Site
from storage.vocabulary import MessageKind, Urgency

_LINE_TEXT = 200


async def digest_for_site(*, session: AsyncSession, site: Site, now: datetime) -> int:
    """Queue the site's digest of the last 24 hours; returns how many messages were queued."""
    items = await entries.submitted_between(
        session=session,
        site_id=site.id,
        start=now - timedelta(days=1),
        end=now,
        urgency=Urgency.ROUTINE,
    )
    lines: dict[int, tuple[Recipient, list[str]]] = {}
    base = await gather(session=session, occasion=Occasion.DIGEST, site=site, now=now)
    for entry in items:
        facts = replace(base, entry=await entry_facts(session=session, entry=entry))
        for notice in plan_notifications(facts).notices:
            recipient = notice.recipient
            _, bucket = lines.setdefault(recipient.chat_id, (recipient, []))
            text = cut_text(entry.text.replace("\n", " "), _LINE_TEXT)
            place = esc(entry.place or t(recipient.lang, "capture.not_recorded"))
            when = local_time(entry.occurred_at or entry.submitted_at, site.tz, recipient.lang)
            bucket.append(f"• {entry.reference} · {when} · {place} — {esc(text)}")
    queued = 0
    for recipient, bucket in lines.values():
        heading = t(recipient.lang, "digest.heading", site=esc(site.name), count=len(bucket))
        queued += await queue_text(
            session=session,
            site=site,
            kind=MessageKind.DIGEST,
            priority=PRIORITY[MessageKind.DIGEST],
            recipient=recipient,
            text="\n".join([f"<b>{heading}</b>", *bucket]),
            now=now,
        )
    return queued


async def due_digests(*, session: AsyncSession, now: datetime) -> int:
    """Queue each site's digest once a day, when its digest time has come."""
    queued = 0
    for site in await sites_due(
        session=session, job="digest", time_of=lambda s: s.digest_time, now=now
    ):
        queued += await digest_for_site(session=session, site=site, now=now)
    return queued
