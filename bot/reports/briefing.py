"""``/briefing``: the last 24 hours for the morning operations meeting, also sent on a schedule.

Urgent entries and how they were handled, priority items and where they went, alerts still open
and what reached Security Intelligence. Items are shown by reference, place and triage concept,
not narrative: the briefing is read aloud in a meeting, and ``/show REF`` gives the record.

Information about a staff member is left out altogether, counts included: it is for security
intelligence alone (CD 568-2), and in a 24-hour window of one site a count, a time or a reporter
would point at the event. The SIO, not the bot, tells the Institutional Head.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import t
from bot.notify.audience import Recipient
from bot.notify.bulletin import queue_text, sites_due
from bot.notify.plan import PRIORITY
from bot.people.authz import Actor, allowed
from bot.refusal import Refusal
from bot.reply import Reply, esc
from bot.reports.moments import spoken
from bot.reports.periods import Period
from bot.reports.summary import URGENCIES, duration, leading_concerns, period_line
from bot.triage import Urgency
from bot.triage.labels import in_language
from storage import audit, directory, history_queries, summary_queries
from storage.history_queries import Item
from storage.models import Site
from storage.report_scope import View
from storage.vocabulary import MessageKind, Role, Route

WINDOW = timedelta(hours=24)
LISTED = 10


def concepts(item: Item, lang: str, limit: int = 2) -> str:
    """The first triage concepts of an entry, in ``lang`` ("weapon, threat")."""
    found = [in_language(str(reason).split(":", 1)[0], lang) for reason in item.entry.reasons]
    return ", ".join(dict.fromkeys(found[:limit]))


def _handling(item: Item, lang: str) -> str:
    """How an immediate entry's alert was handled."""
    alert = item.alert
    if alert is None:
        return t(lang, "briefing.no_alert")
    if alert.acknowledged_at is None:
        return "⚠️ " + t(lang, "briefing.not_acknowledged")
    key = "briefing.taken_over" if alert.taken_over else "briefing.acknowledged"
    waited = (alert.acknowledged_at - alert.created_at).total_seconds()
    return t(lang, key, name=esc(item.acknowledged_by or "?"), wait=duration(waited, lang))


def _at(item: Item) -> datetime:
    """When a listed entry happened (when it was submitted, if the officer did not say)."""
    moment = item.entry.occurred_at or item.entry.submitted_at
    assert moment is not None  # a counted entry was submitted
    return moment


def _in_order(items: list[Item]) -> list[Item]:
    """A section's first ``LISTED`` items in the order they happened (the sections themselves
    go most urgent first)."""
    return sorted(items[:LISTED], key=_at)


def _line(item: Item, now: datetime, zone: ZoneInfo, lang: str, tail: str) -> str:
    entry = item.entry
    place = esc(entry.place or t(lang, "capture.not_recorded"))
    what = esc(concepts(item, lang)) or t(lang, "briefing.no_concept")
    when = spoken(_at(item), now, zone, lang)
    return f"• {entry.reference} · {when} · {place} · {what} — {tail}"


async def briefing_text(*, session: AsyncSession, site: Site, lang: str, now: datetime) -> str:
    """The briefing of a site for the 24 hours before ``now``, in ``lang`` (HTML)."""
    view = View(site_id=site.id, start=now - WINDOW, end=now, tz=site.tz, site_wide=True)
    days = await summary_queries.daily_counts(session=session, view=view)
    by_urgency = {u: sum(d.count for d in days if d.urgency == u) for u in URGENCIES}
    period = Period(start=view.start, end=view.end, tz=site.tz)
    lines = [
        f"<b>{t(lang, 'briefing.title', site=esc(site.name))}</b>",
        period_line(period, lang),
        t(lang, "briefing.counts", total=sum(by_urgency.values()), **by_urgency),
    ]
    urgent = await history_queries.items(
        session=session, view=view, urgencies=(Urgency.IMMEDIATE,)
    )
    lines += ["", f"<b>{t(lang, 'briefing.urgent', count=by_urgency[Urgency.IMMEDIATE])}</b>"]
    lines += [_line(i, now, site.zone, lang, _handling(i, lang)) for i in _in_order(urgent)]
    priority = await history_queries.items(
        session=session, view=view, urgencies=(Urgency.PRIORITY,)
    )
    lines += ["", f"<b>{t(lang, 'briefing.priority', count=by_urgency[Urgency.PRIORITY])}</b>"]
    for item in _in_order(priority):
        routes = ", ".join(t(lang, f"route.{r}") for r in item.entry.routes)
        lines.append(_line(item, now, site.zone, lang, routes or t(lang, "route.none")))
    waiting = await history_queries.open_alerts(session=session, view=view, limit=100)
    lines += ["", f"<b>{t(lang, 'briefing.open', count=len(waiting))}</b>"]
    for item in _in_order(waiting):
        raised = item.alert.created_at if item.alert else now
        wait = duration((now - raised).total_seconds(), lang)
        lines.append(_line(item, now, site.zone, lang, t(lang, "briefing.waiting", wait=wait)))
    intelligence = replace(view, routed_to=Route.SECURITY_INTELLIGENCE)
    shared = sum(
        d.count for d in await summary_queries.daily_counts(session=session, view=intelligence)
    )
    themes = await summary_queries.concern_counts(session=session, view=intelligence)
    lines += ["", f"<b>{t(lang, 'briefing.intelligence', count=shared)}</b>"]
    lines += [f"• {esc(concept)} — {n}" for concept, n in leading_concerns(themes, lang, 3)]
    return "\n".join(lines)


async def briefing(*, session: AsyncSession, actor: Actor, now: datetime) -> Reply:
    """``/briefing``: the actor's site briefing, for supervisors and managers."""
    if not allowed(actor, "briefing"):
        raise Refusal("core.not_allowed")
    site = await directory.get_site(session=session, site_id=actor.site_id)
    assert site is not None
    await audit.record(session=session, action="briefing", staff_id=actor.staff_id)
    return Reply(text=await briefing_text(session=session, site=site, lang=actor.lang, now=now))


async def due_briefings(*, session: AsyncSession, now: datetime) -> int:
    """Queue each site's briefing to its managers once a local day, at ``site.briefing_time``."""
    queued = 0
    for site in await sites_due(
        session=session, job="briefing", time_of=lambda s: s.briefing_time, now=now
    ):
        texts: dict[str, str] = {}
        for manager in await directory.list_staff(
            session=session, site_id=site.id, role=Role.MANAGER
        ):
            if manager.lang not in texts:
                texts[manager.lang] = await briefing_text(
                    session=session, site=site, lang=manager.lang, now=now
                )
            queued += await queue_text(
                session=session,
                site=site,
                kind=MessageKind.BRIEFING,
                priority=PRIORITY[MessageKind.BRIEFING],
                recipient=Recipient(
                    manager.telegram_user_id, manager.id, manager.name, manager.lang
                ),
                text=texts[manager.lang],
                now=now,
            )
    return queued
