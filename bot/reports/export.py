"""Exports: a CSV of a period's records and one PDF holding the period's 0875s, by chat or CLI.

Every export is audited (action ``export``). Someone who is only an admin gets the CSV without
the narrative columns and no 0875 bundle: admins have no access to narratives unless they also
hold another role (design.md, "Users and roles"); ``view_entry`` in the authorisation table is
what says so. Records about a staff member are in no export, from chat or CLI: an export is the
site's view (``site_wide``), which leaves them to security intelligence (CD 568-2), and a file
that leaves the bot must not carry them.
"""

from __future__ import annotations

import asyncio
import csv
import sys
from collections.abc import Callable
from datetime import date, datetime
from io import BytesIO, StringIO
from typing import TextIO
from zoneinfo import ZoneInfo

from pypdf import PdfReader, PdfWriter
from sqlalchemy.ext.asyncio import AsyncSession

from bot.capture.drafting import DraftFacts
from bot.capture.form0875 import render_0875_pdf
from bot.capture.records import facts_of
from bot.i18n import t
from bot.people.authz import SITE, Actor, allowed, scopes
from bot.refusal import Refusal
from bot.reply import Reply
from bot.reports.periods import Period, parse_period, period_between
from storage import audit, directory, export_queries
from storage.db import off_the_loop
from storage.export_queries import Exported, Handling
from storage.report_scope import View

Progress = Callable[[int, int], None]
CHAT_BUNDLE_LIMIT = 200  # 0875s per chat export; the CLI has no limit
LONG_EXPORT = 200  # rows from which the CLI draws a progress bar
# What the officer wrote in their own words (an admin's CSV leaves it out).
NARRATIVE = ("narrative", "quotes", "action_taken", "amendment_reason", "urgency_reason")
# How an immediate record's alert was handled (blank for records that raised none).
ACKNOWLEDGEMENT = (
    "alert_raised_at", "acknowledged_by", "acknowledged_at", "acknowledged_after_s", "escalations",
)  # fmt: skip
COLUMNS = (
    "reference", "version", "status", "submitted_at", "occurred_at", "officer", "kind", "urgency",
    "urgency_suggested", "document", "routes", "reasons", "positive", "place",
    "offenders", *ACKNOWLEDGEMENT, *NARRATIVE,
)  # fmt: skip
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA) else text


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).isoformat(timespec="minutes") if moment else ""


def _acknowledgement(alert: Handling | None, zone: ZoneInfo) -> dict[str, object]:
    if alert is None:
        return {}
    waited = None
    if alert.acknowledged_at is not None:
        waited = round((alert.acknowledged_at - alert.raised_at).total_seconds())
    return {
        "alert_raised_at": _local(alert.raised_at, zone),
        "acknowledged_by": alert.acknowledged_by,
        "acknowledged_at": _local(alert.acknowledged_at, zone),
        "acknowledged_after_s": waited,
        "escalations": alert.escalations,
    }


def _row(record: Exported, zone: ZoneInfo) -> dict[str, object]:
    entry = record.entry
    return {
        **_acknowledgement(record.alert, zone),
        "reference": entry.reference,
        "version": entry.version,
        "status": entry.status,
        "submitted_at": _local(entry.submitted_at, zone),
        "occurred_at": _local(entry.occurred_at, zone),
        "officer": record.officer,
        "kind": entry.kind,
        "urgency": entry.urgency,
        "urgency_suggested": entry.urgency_suggested,
        "urgency_reason": entry.urgency_reason,
        "document": entry.document,
        "routes": ";".join(entry.routes),
        "reasons": " | ".join(entry.reasons),
        "positive": int(entry.positive),
        "place": entry.place,
        "offenders": ";".join(o.fps or o.surname or "?" for o in entry.offenders),
        "narrative": entry.text,
        "quotes": " | ".join(entry.quotes),
        "action_taken": entry.action_taken,
        "amendment_reason": entry.amendment_reason,
    }


async def records_csv(
    *, session: AsyncSession, view: View, narratives: bool, progress: Progress | None = None
) -> tuple[bytes, int]:
    """Every submitted version in the view's window as CSV (UTF-8 with BOM, for spreadsheets)."""
    columns = [c for c in COLUMNS if narratives or c not in NARRATIVE]
    total = await export_queries.count_exported(session=session, view=view)
    zone = view.zone
    out = StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    done = 0
    async with off_the_loop(session):  # a year is a hundred thousand rows
        async for batch in export_queries.exported(session=session, view=view):
            for record in batch:
                row = _row(record, zone)
                writer.writerow([_cell(row.get(c)) for c in columns])
            done += len(batch)
            if progress:
                progress(done, total)
    return out.getvalue().encode("utf-8-sig"), done


def _append(writer: PdfWriter, facts: DraftFacts, title: str) -> None:
    writer.append(PdfReader(BytesIO(render_0875_pdf(facts))), outline_item=title)


def _written(writer: PdfWriter) -> bytes:
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


async def bundle_0875(
    *, session: AsyncSession, view: View, progress: Progress | None = None
) -> tuple[bytes, int]:
    """Every 0875 of the window (each version) in one PDF, a bookmark per record.

    Drawing a form takes a fifth of a second: the drawing and merging run in a worker thread, as
    do the reads, so a chat export of 200 forms never holds the event loop (and urgent alerts)
    for a minute.
    """
    total = await export_queries.count_exported(session=session, view=view, document="0875")
    writer = PdfWriter()
    done = 0
    async with off_the_loop(session):
        async for batch in export_queries.exported(session=session, view=view, document="0875"):
            for record in batch:
                entry = record.entry
                facts = await facts_of(session=session, entry=entry)
                title = f"{entry.reference} v{entry.version}"
                await asyncio.to_thread(_append, writer, facts, title)
                done += 1
            if progress:
                progress(done, total)
    return await asyncio.to_thread(_written, writer), done


def _filename(code: str, period: Period, suffix: str) -> str:
    return f"rapport-{code}-{period.first_day}-{period.last_day}{suffix}"


async def _audit(
    session: AsyncSession,
    staff_id: int | None,
    period: Period,
    fmt: str,
    rows: int,
    **more: object,
) -> None:
    detail = {"format": fmt, "start": period.start.isoformat(), "end": period.end.isoformat(),
              "rows": rows, **more}  # fmt: skip
    await audit.record(session=session, action="export", staff_id=staff_id, detail=detail)


async def export(*, session: AsyncSession, actor: Actor, words: str, now: datetime) -> list[Reply]:
    """``/export [period]``: the CSV, then the 0875 bundle (or why there is none)."""
    if SITE not in scopes(actor, "export"):
        raise Refusal("core.not_allowed")
    period = parse_period(words, now=now, tz=actor.tz)
    site = await directory.get_site(session=session, site_id=actor.site_id)
    assert site is not None
    view = View(
        actor.site_id, period.start, period.end, period.tz, site_wide=True, unit=period.unit
    )
    narratives = allowed(actor, "view_entry")
    lang = actor.lang
    data, rows = await records_csv(session=session, view=view, narratives=narratives)
    await _audit(session, actor.staff_id, period, "csv", rows, narratives=narratives)
    caption = t(
        lang, "export.csv_caption", count=rows, start=period.first_day, end=period.last_day
    )
    replies = [Reply(text=caption, document=data, filename=_filename(site.code, period, ".csv"))]
    if not narratives:
        return [*replies, Reply(text=t(lang, "export.no_bundle_for_admin"))]
    count = await export_queries.count_exported(session=session, view=view, document="0875")
    if count == 0:
        return [*replies, Reply(text=t(lang, "export.no_0875"))]
    if count > CHAT_BUNDLE_LIMIT:
        return [
            *replies,
            Reply(text=t(lang, "export.too_many", count=count, limit=CHAT_BUNDLE_LIMIT)),
        ]
    bundle, rows = await bundle_0875(session=session, view=view)
    await _audit(session, actor.staff_id, period, "pdf", rows)
    caption = t(lang, "export.pdf_caption", count=rows)
    return [
        *replies,
        Reply(text=caption, document=bundle, filename=_filename(site.code, period, "-0875.pdf")),
    ]


async def export_site(
    *,
    session: AsyncSession,
    site_code: str,
    first: date,
    last: date,
    fmt: str,
    now: datetime,
    progress: Progress | None = None,
) -> tuple[bytes, int, str]:
    """``rapport export``: a site's CSV or 0875 bundle for local days first..last, audited."""
    site = await directory.get_site_by_code(session=session, code=site_code)
    if site is None:
        raise Refusal("admin.unknown_site", site=site_code)
    period = period_between(first, last, now=now, tz=site.tz)
    view = View(site.id, period.start, period.end, period.tz, site_wide=True)
    if fmt == "csv":
        data, rows = await records_csv(
            session=session, view=view, narratives=True, progress=progress
        )
    else:
        data, rows = await bundle_0875(session=session, view=view, progress=progress)
    await _audit(session, None, period, fmt, rows, via="cli", site=site.code)
    suffix = ".csv" if fmt == "csv" else "-0875.pdf"
    return data, rows, _filename(site.code, period, suffix)


def progress_bar(stream: TextIO = sys.stderr, width: int = 30) -> Progress:
    """A one-line progress bar for long CLI exports (shown from ``LONG_EXPORT`` rows)."""

    def show(done: int, total: int) -> None:
        if total < LONG_EXPORT:
            return
        filled = width * done // max(total, 1)
        stream.write(f"\rexport [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show
