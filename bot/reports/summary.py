"""``/summary [period] [unit]``: the state of dynamic security at a glance, in the reader's scope.

The figures are gathered by aggregate queries (``storage.summary_queries``) into a plain
dataclass, then rendered to a text Reply and a chart Reply. Scope comes from one place, the
authorisation table (``bot.people.authz.scopes``): a manager sees the site, a case manager their
caseload, an officer their own entries, intelligence and health what was routed to them.

Information about a staff member is counted for security intelligence (and its author) only, as
``bot.people.authz.may_see`` lets them alone read it (CD 568-2). Other readers get no count of
it, not
even a total: in one site's day, a count, its date on the chart or its reporter's tally would
point at the event and the source, and the SIO is who tells the Institutional Head.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import t
from bot.people.authz import CASELOAD, OWN, SITE, Actor, scopes
from bot.refusal import Refusal
from bot.reply import Reply, esc
from bot.reports.chart import summary_chart
from bot.reports.periods import Period, parse_period
from bot.triage import Urgency
from bot.triage.labels import in_language
from storage import audit, directory, report_tallies, summary_queries
from storage.db import off_the_loop
from storage.models import Site
from storage.report_scope import View, caseload_fps
from storage.summary_queries import AlertTimes, DayCount, OffenderCount
from storage.vocabulary import Role
from storage.zones import local_now

QUIET_DAYS = 7  # design.md: "no recorded interaction for N days"; dynamic security is contact
REPEATED_NEGATIVE = 3
LEADING = 5  # concerns listed
# Days one summary or one scheduler pass stores at most: a backlog (the first year summary after
# the upgrade that added tallies) is stored a month at a time, never in one long transaction
# that would hold SQLite's single connection for seconds.
SEAL_PER_PASS = 31
URGENCIES = tuple(Urgency)  # most urgent first, as reports list them


@dataclass(frozen=True)
class Figures:
    """Everything a summary shows, already counted."""

    site_name: str
    period: Period
    scope: str
    days: tuple[DayCount, ...]
    concerns: tuple[tuple[str, int], ...]  # labels as stored (``leading_concerns`` reads them)
    routes: tuple[tuple[str, int], ...]
    alerts: AlertTimes
    officers: tuple[tuple[str, int], ...] | None
    quiet: tuple[int, tuple[OffenderCount, ...]] | None
    quiet_days: int
    repeated: tuple[OffenderCount, ...]
    ack_timeout_s: int

    @property
    def total(self) -> int:
        """Entries counted in the period."""
        return sum(d.count for d in self.days)

    def by(self, field: str) -> Counter[str]:
        """Entries counted by ``urgency``, ``kind`` or ``positive``."""
        counts: Counter[str] = Counter()
        for day in self.days:
            counts[str(getattr(day, field))] += day.count
        return counts


async def view_for(*, session: AsyncSession, actor: Actor, action: str, period: Period) -> View:
    """What the actor may count for ``action`` over the period: every scope their roles give."""
    granted = scopes(actor, action)
    if not granted:
        raise Refusal("core.not_allowed")
    caseload = None
    if CASELOAD in granted:
        caseload = await caseload_fps(session=session, site_id=actor.site_id, name=actor.name)
    return View(
        site_id=actor.site_id,
        start=period.start,
        end=period.end,
        tz=period.tz,
        site_wide=SITE in granted,
        officer_id=actor.staff_id if OWN in granted or CASELOAD in granted else None,
        routes=tuple(s.split(":", 1)[1] for s in granted if s.startswith("routed:")),
        caseload=caseload,
        unit=period.unit,
    )


async def store_finished_days(*, session: AsyncSession, site: Site, now: datetime) -> int:
    """The scheduler's part: store the site's finished days, ``SEAL_PER_PASS`` at a time (the
    schedule comes back at once while a pass is full), so summaries find them stored: yesterday's
    soon after it ends, a backlog within minutes. Returns how many days this pass stored."""
    first = await report_tallies.first_submitted(session=session, site_id=site.id)
    if first is None:
        return 0
    start = report_tallies.day_start(local_now(site, first).date(), site.zone)
    view = View(site_id=site.id, start=start, end=now, tz=site.tz, site_wide=True)
    async with off_the_loop(session):
        return await report_tallies.seal(session=session, view=view, now=now, limit=SEAL_PER_PASS)


def scope_label(view: View) -> str:
    """The widest scope a view reads, as a catalog key suffix."""
    if view.site_wide:
        return "site"
    if view.caseload is not None:
        return "caseload"
    if view.routes:
        return "routed"
    return "own"


async def gather(
    *,
    session: AsyncSession,
    view: View,
    period: Period,
    per_officer: bool,
    now: datetime,
    quiet_days: int = QUIET_DAYS,
) -> Figures:
    """Count everything a summary shows for one view (the benchmark times exactly this), first
    storing the tallies of its days that are over, so the next summary reads them. Its reads
    can be long (days not tallied yet): on SQLite they run off the event loop."""
    async with off_the_loop(session):
        site = await directory.get_site(session=session, site_id=view.site_id)
        assert site is not None
        await report_tallies.seal(session=session, view=view, now=now, limit=SEAL_PER_PASS)
        roster_scope = view.site_wide or view.caseload is not None
        quiet = None
        if roster_scope:
            count, listed = await summary_queries.quiet_offenders(
                session=session, view=view, since=view.end - timedelta(days=quiet_days)
            )
            quiet = (count, tuple(listed))
        officers = (
            await summary_queries.officer_counts(session=session, view=view)
            if per_officer
            else None
        )
        return Figures(
            site_name=site.name,
            period=period,
            scope=scope_label(view),
            days=tuple(await summary_queries.daily_counts(session=session, view=view)),
            concerns=tuple(await summary_queries.concern_counts(session=session, view=view)),
            routes=tuple(await summary_queries.route_counts(session=session, view=view)),
            alerts=await summary_queries.alert_times(session=session, view=view),
            officers=tuple(officers) if officers is not None else None,
            quiet=quiet,
            quiet_days=quiet_days,
            repeated=tuple(
                await summary_queries.repeated_negative(
                    session=session, view=view, at_least=REPEATED_NEGATIVE
                )
            ),
            ack_timeout_s=site.ack_timeout_s,
        )


def duration(seconds: float | None, lang: str) -> str:
    """A wait as people say it: "45 s", "3 min 20 s", "2 h 05 min"."""
    if seconds is None:
        return "—"
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        minutes, rest = divmod(whole, 60)
        return f"{minutes} min {rest:02d} s" if rest else f"{minutes} min"
    hours, rest = divmod(whole // 60, 60)
    return f"{hours} h {rest:02d} min"


def period_line(period: Period, lang: str) -> str:
    """The period in the site's local time, with the unit filter: whole days as dates ("From
    2026-11-09 to 2026-11-15 inclusive", not "to 2026-11-16 00:00"), else to the minute."""
    zone = period.zone
    start, end = period.start.astimezone(zone), period.end.astimezone(zone)
    if start.time() == end.time() == time(0):
        first, last = period.first_day.isoformat(), period.last_day.isoformat()
        if first == last:
            line = t(lang, "summary.period_day", day=first)
        else:
            line = t(lang, "summary.period_days", first=first, last=last)
    else:
        line = t(
            lang,
            "summary.period",
            start=start.strftime("%Y-%m-%d %H:%M"),
            end=end.strftime("%Y-%m-%d %H:%M"),
        )
    return f"{line} · {t(lang, 'summary.unit', unit=esc(period.unit))}" if period.unit else line


def leading_concerns(
    counts: Sequence[tuple[str, int]], lang: str, limit: int = LEADING
) -> list[tuple[str, int]]:
    """The most frequent concerns, each concept once, under its label in ``lang`` (a French
    note's "menace" and an English note's "threat" are one row)."""
    merged: Counter[str] = Counter()
    for label, count in counts:
        merged[in_language(label, lang)] += count
    return sorted(merged.items(), key=lambda row: (-row[1], row[0]))[:limit]


def _counts_line(lang: str, table: str, keys: tuple[str, ...], counts: Counter[str]) -> str:
    return " · ".join(f"{t(lang, f'{table}.{key}')} {counts[key]}" for key in keys if counts[key])


def _alert_lines(alerts: AlertTimes, lang: str) -> list[str]:
    if not alerts.raised:
        return [t(lang, "summary.no_alerts")]
    lines = [f"<b>{t(lang, 'summary.alerts', count=alerts.raised)}</b>"]
    if alerts.acknowledged:
        lines.append(
            t(
                lang,
                "summary.ack_times",
                count=alerts.acknowledged,
                median=duration(alerts.median_s, lang),
                slowest=duration(alerts.slowest_s, lang),
            )
        )
    if alerts.unacknowledged:
        lines.append("⚠️ " + t(lang, "summary.unacknowledged", count=alerts.unacknowledged))
    return lines


def render(figures: Figures, lang: str) -> str:
    """The summary's text, in the reader's language (HTML)."""
    lines = [
        f"<b>{t(lang, 'summary.title', site=esc(figures.site_name))}</b>",
        period_line(figures.period, lang),
        t(lang, f"summary.scope.{figures.scope}"),
        "",
    ]
    if not figures.total:
        lines.append(t(lang, "summary.no_entries"))
    else:
        kinds = tuple(sorted(figures.by("kind")))
        signs = figures.by("positive")
        lines += [
            f"<b>{t(lang, 'summary.entries', count=figures.total)}</b>",
            _counts_line(lang, "draft.urgency", URGENCIES, figures.by("urgency")),
            _counts_line(lang, "summary.kind", kinds, figures.by("kind")),
            t(lang, "summary.signs", positive=signs["True"], negative=signs["False"]),
        ]
    if figures.concerns:
        lines += ["", f"<b>{t(lang, 'summary.concerns')}</b>"]
        lines += [f"• {esc(c)} — {n}" for c, n in leading_concerns(figures.concerns, lang)]
    if figures.routes:
        lines += ["", f"<b>{t(lang, 'summary.routes')}</b>"]
        lines += [f"• {t(lang, f'route.{route}')} — {n}" for route, n in figures.routes]
    lines += ["", *_alert_lines(figures.alerts, lang)]
    if figures.officers:
        lines += ["", f"<b>{t(lang, 'summary.officers')}</b>"]
        lines += [f"• {esc(name)} — {n}" for name, n in figures.officers]
    if figures.quiet is not None:
        count, listed = figures.quiet
        lines += ["", f"<b>{t(lang, 'summary.quiet', days=figures.quiet_days, count=count)}</b>"]
        lines += [f"• {esc(o.name)} ({o.fps})" for o in listed]
        if count > len(listed):
            lines.append(t(lang, "summary.and_more", count=count - len(listed)))
    if figures.repeated:
        lines += ["", f"<b>{t(lang, 'summary.repeated', count=REPEATED_NEGATIVE)}</b>"]
        lines += [f"• {esc(o.name)} ({o.fps}) — {o.count}" for o in figures.repeated]
    return "\n".join(lines)


def chart_of(figures: Figures, lang: str) -> bytes:
    """The summary's chart PNG."""
    return summary_chart(
        days=figures.days,
        first=figures.period.first_day,
        last=figures.period.last_day,
        bands=figures.alerts.bands,
        open_alerts=figures.alerts.unacknowledged,
        median_label=duration(figures.alerts.median_s, lang),
        timeout_s=figures.ack_timeout_s,
        target_label=duration(figures.ack_timeout_s, lang),
        lang=lang,
    )


async def summary(
    *, session: AsyncSession, actor: Actor, words: str, now: datetime
) -> list[Reply]:
    """``/summary``: the text, then the chart (Telegram captions stop at 1,024 characters); a
    period with nothing in it is said in words, with no empty chart."""
    period = parse_period(words, now=now, tz=actor.tz)
    view = await view_for(session=session, actor=actor, action="summary", period=period)
    figures = await gather(
        session=session,
        view=view,
        period=period,
        per_officer=Role.MANAGER in actor.roles,
        now=now,
    )
    await audit.record(
        session=session,
        action="summary",
        staff_id=actor.staff_id,
        detail={
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "unit": period.unit,
            "scope": figures.scope,
        },
    )
    text = Reply(text=render(figures, actor.lang))
    if not figures.total and not figures.alerts.raised:
        return [text]
    chart = await asyncio.to_thread(chart_of, figures, actor.lang)
    return [text, Reply(text=t(actor.lang, "summary.chart_caption"), photo=chart)]
