"""The audit trail as an operator reads it (``rapport audit``): one line per event, newest last.

The log itself is append-only (storage/audit.py); this module only filters and formats it.
"""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass, replace
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from bot.people.enrolment import parse_duration
from bot.refusal import Refusal
from storage import audit, directory, entries, outbox
from storage.models import AuditEvent
from storage.zones import zone_of

REFERENCE = re.compile(r"^R-\d{4}-\d{6}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class AuditQuery:
    """What the operator asked for; every filter is optional."""

    staff: str | None = None
    reference: str | None = None
    since: str | None = None
    site: str | None = None
    limit: int = 1000


@dataclass(frozen=True)
class AuditLine:
    """One event as the table shows it."""

    at: str
    staff: str
    action: str
    reference: str
    detail: str


def parse_since(text: str, *, now: datetime, tz: str) -> datetime:
    """``24h``/``30m``/``7d`` back from now, a date (local midnight), or an ISO 8601 time."""
    text = text.strip()
    if _DATE.match(text):
        day = datetime.fromisoformat(text).date()
        return datetime.combine(day, time(0), tzinfo=zone_of(tz))
    try:
        return now - parse_duration(text)
    except Refusal:
        pass
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise Refusal("audit.bad_since", value=text) from error
    return moment if moment.tzinfo else moment.replace(tzinfo=zone_of(tz))


def _value(value: object) -> str:
    return ",".join(str(item) for item in value) if isinstance(value, list) else str(value)


def _line(event: AuditEvent, names: dict[int, str]) -> AuditLine:
    """An event as a table line (its time is filled in once all lines are sorted). The staff
    column names the staff member, else a stranger's Telegram id, else "-" (the bot's doing)."""
    if event.staff_id is not None:
        who = names[event.staff_id]
    elif event.telegram_user_id is not None:
        who = f"tg:{event.telegram_user_id}"
    else:
        who = "-"
    detail = " ".join(f"{key}={_value(value)}" for key, value in (event.detail or {}).items())
    return AuditLine("", who, event.action, event.reference or "-", detail)


async def _people(session: AsyncSession, words: str) -> tuple[list[int], list[int]]:
    """The staff ids and Telegram ids ``--staff`` names; digits may also be a stranger's id."""
    people = await directory.staff_matching(session=session, words=words)
    if not people and not words.strip().isdigit():
        raise Refusal("staff.unknown_anywhere", who=words)
    telegram_ids = [person.telegram_user_id for person in people]
    if words.strip().isdigit():
        telegram_ids.append(int(words))  # a stranger is known by their Telegram id alone
    return [person.id for person in people], telegram_ids


async def _deliveries(
    session: AsyncSession, reference: str, since: datetime | None, staff_ids: list[int] | None
) -> list[tuple[datetime, AuditLine]]:
    """The alert and route messages that carried a record to a chat, from the outbox.

    Delivery is recorded there (recipient, time, Telegram's message id) in the same table the
    worker works from, so the audit trail of a record reads it rather than copying it.
    """
    found = []
    for version in await entries.versions(session=session, reference=reference):
        for row in await outbox.of_entry(session=session, entry_id=version.id):
            if row.sent_at is None or (since is not None and row.sent_at < since):
                continue
            if staff_ids is not None and row.recipient_staff_id not in staff_ids:
                continue
            detail = f"kind={row.kind} version={version.version} chat={row.chat_id}"
            line = AuditLine("", row.recipient_label, "record.sent", reference, detail)
            found.append((row.sent_at, line))
    return found


async def audit_trail(
    *, session: AsyncSession, query: AuditQuery, now: datetime
) -> tuple[list[AuditLine], str]:
    """The audit lines the query selects, oldest first, and the zone their times are shown in
    (the site's with ``--site``, else UTC). With ``--ref``, the deliveries of the record too."""
    site_id, tz = None, "UTC"
    if query.site:
        site = await directory.get_site_by_code(session=session, code=query.site)
        if site is None:
            raise Refusal("admin.unknown_site", site=query.site)
        site_id, tz = site.id, site.tz
    staff_ids = telegram_ids = None
    if query.staff:
        staff_ids, telegram_ids = await _people(session, query.staff)
    reference = query.reference.strip().upper() if query.reference else None
    if reference is not None and not REFERENCE.match(reference):
        raise Refusal("audit.bad_reference", value=query.reference)
    since = parse_since(query.since, now=now, tz=tz) if query.since else None
    events = await audit.read(
        session=session,
        staff_ids=staff_ids,
        telegram_user_ids=telegram_ids,
        reference=reference,
        since=since,
        site_id=site_id,
        limit=query.limit,
    )
    names: dict[int, str] = {}
    for staff_id in {event.staff_id for event in events if event.staff_id is not None}:
        person = await directory.get_staff(session=session, staff_id=staff_id)
        names[staff_id] = person.name if person else f"#{staff_id}"
    dated = [(event.at, _line(event, names)) for event in events]
    if reference is not None:
        dated += await _deliveries(session, reference, since, staff_ids)
    zone = zone_of(tz)
    dated.sort(key=lambda pair: pair[0])
    return [replace(line, at=f"{at.astimezone(zone):%Y-%m-%d %H:%M:%S}") for at, line in dated], tz


def format_table(lines: list[AuditLine], tz: str) -> str:
    """The lines as a plain-text table with a header, columns aligned, detail last."""
    header = AuditLine(f"time ({tz})", "staff", "action", "reference", "detail")
    rows = [astuple(line) for line in [header, *lines]]
    widths = [max(len(row[index]) for row in rows) for index in range(len(rows[0]) - 1)]
    return "\n".join(
        "  ".join([*(c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)), row[-1]]).rstrip()
        for row in rows
    )
