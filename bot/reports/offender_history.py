"""``/offender FPS|surname``: one offender's history for those allowed to see it.

Supervisors and managers see every entry of their site naming the offender, except information
about a staff member, which intelligence alone sees (CD 568-2); intelligence what was routed to
it; a case manager only offenders on their own caseload, staff information left out too. Every
read is audited (design.md: "Every read of a record is audited"), refused ones included.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import t
from bot.people.authz import CASELOAD, SITE, Actor, scopes
from bot.refusal import Refusal
from bot.reply import Reply, esc
from bot.reports.moments import days_before, spoken
from bot.reports.summary import URGENCIES
from bot.telegram_limits import cut_text
from storage import audit, history_queries, summary_queries
from storage.history_queries import Item
from storage.models import Offender
from storage.report_scope import View
from storage.summary_queries import DayCount

HISTORY = timedelta(days=365)
LATEST = 5
_SNIPPET = 80


def _months(days: list[DayCount], lang: str) -> list[str]:
    """Entries per month and urgency, oldest month first ("2026-11: Priority 1 · Routine 3")."""
    counts: dict[str, Counter[str]] = {}
    for row in days:
        counts.setdefault(row.day.strftime("%Y-%m"), Counter())[row.urgency] += row.count
    return [
        f"{month}: "
        + " · ".join(f"{t(lang, f'draft.urgency.{u}')} {c[u]}" for u in URGENCIES if c[u])
        for month, c in sorted(counts.items())
    ]


def _contact(item: Item, now: datetime, zone: ZoneInfo, lang: str) -> str:
    entry = item.entry
    text = cut_text(entry.text.replace("\n", " "), _SNIPPET)
    when = spoken(entry.occurred_at or entry.submitted_at, now, zone, lang)
    return (
        f"• {when} · {entry.reference} · {t(lang, f'draft.urgency.{entry.urgency}')} · "
        f"{esc(item.officer)} — {esc(text)}"
    )


def _identity(offender: Offender, lang: str) -> str:
    name = f"{offender.surname.upper()}, {offender.given_names}".strip(", ")
    details = [
        t(lang, "offender.unit", unit=esc(offender.unit or "—"), cell=esc(offender.cell or "—")),
        t(lang, "offender.parole_officer", name=esc(offender.parole_officer or "—")),
    ]
    if offender.release_date:
        details.append(t(lang, "offender.release", date=offender.release_date.isoformat()))
    return f"<b>{esc(name)} ({offender.fps})</b>\n" + " · ".join(details)


async def _find(session: AsyncSession, actor: Actor, words: str) -> Offender:
    found = await history_queries.find_offenders(
        session=session, site_id=actor.site_id, words=words
    )
    if not found:
        raise Refusal("offender.not_found", words=words)
    if len(found) > 1:
        choices = "\n".join(f"• {o.fps} — {o.surname.upper()}, {o.given_names}" for o in found)
        raise Refusal("offender.several", choices=choices)
    return found[0]


async def offender_history(
    *, session: AsyncSession, actor: Actor, words: str, now: datetime
) -> Reply:
    """The history of one offender of the actor's site, in the actor's scope, audited."""
    granted = scopes(actor, "offender_history")
    if not granted:
        raise Refusal("core.not_allowed")
    if not words.strip():
        raise Refusal("offender.usage")
    offender = await _find(session, actor, words)
    own_caseload = (offender.parole_officer or "").casefold().strip() == actor.name.casefold()
    routes = tuple(s.split(":", 1)[1] for s in granted if s.startswith("routed:"))
    if SITE not in granted and not routes and not own_caseload:
        await audit.record(
            session=session,
            action="offender.refused",
            staff_id=actor.staff_id,
            detail={"fps": offender.fps},
        )
        # Answered, not raised: the refusal's audit line must be committed. Same words as an
        # unknown offender, so a roster cannot be probed.
        return Reply(text=t(actor.lang, "offender.not_found", words=esc(words)))
    view = View(
        site_id=actor.site_id,
        start=now - HISTORY,
        end=now,
        tz=actor.tz,
        site_wide=SITE in granted,
        routes=routes,
        caseload=(offender.fps,) if CASELOAD in granted and own_caseload else None,
        fps=offender.fps,
    )
    await audit.record(
        session=session,
        action="offender.read",
        staff_id=actor.staff_id,
        detail={"fps": offender.fps},
    )
    lang, zone = actor.lang, actor.zone
    last = await history_queries.last_interaction(
        session=session, site_id=actor.site_id, fps=offender.fps
    )
    lines = [_identity(offender, lang), ""]
    if last is None:
        lines.append(t(lang, "offender.never"))
    else:
        at, ago = spoken(last, now, zone, lang), days_before(last, now, zone)
        lines.append(
            t(lang, "offender.last_days", at=at, days=ago)
            if ago > 1
            else t(lang, "offender.last", at=at)
        )
    months = _months(await summary_queries.daily_counts(session=session, view=view), lang)
    lines += ["", f"<b>{t(lang, 'offender.over_time')}</b>"]
    lines += months or [t(lang, "offender.none_in_scope")]
    latest = await history_queries.items(session=session, view=view, limit=LATEST)
    if latest:
        lines += ["", f"<b>{t(lang, 'offender.latest')}</b>"]
        lines += [_contact(item, now, zone, lang) for item in latest]
    waiting = await history_queries.open_alerts(session=session, view=view)
    lines += ["", f"<b>{t(lang, 'offender.open', count=len(waiting))}</b>"]
    for item in waiting:
        raised = item.alert.created_at if item.alert else None
        lines.append(f"• {item.entry.reference} · {spoken(raised, now, zone, lang)}")
    return Reply(text="\n".join(lines))
