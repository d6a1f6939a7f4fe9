"""Drafts of a record: the Statement/Observation Report (CSC/SCC 0875) and the log book entry.

The capture flow turns a stored entry into ``DraftFacts``; this module writes the document in the
officer's language from the ``draft.*`` catalog and nothing else. Design: drafts hold only what the
officer supplied; anything absent is shown with the catalog's single "not recorded" mark and listed
in ``Draft.missing``, never guessed. The narrative and quotes are verbatim, never summarised.
``report_0875`` gives the formatted fields once, so the chat text and the PDF
(``bot.capture.form0875``)
cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.i18n import catalog, labelled, t
from bot.triage import URGENCY_RANK, Urgency
from storage.zones import zone_of


@dataclass(frozen=True)
class OffenderFact:
    """One offender named in the entry."""

    fps: str | None
    name: str | None


@dataclass(frozen=True)
class Notification:
    """Someone told about the entry, and when (``at`` is None while the message is pending)."""

    recipient: str
    at: datetime | None


@dataclass(frozen=True)
class DraftFacts:
    """Everything a draft may say: the stored entry as the capture flow hands it over."""

    reference: str
    version: int
    lang: str
    document: str
    kind: str
    urgency: str
    routes: tuple[str, ...]
    site_name: str
    site_tz: str
    place: str | None
    occurred_at: datetime | None
    written_at: datetime
    offenders: tuple[OffenderFact, ...]
    narrative: str
    quotes: tuple[str, ...]
    action_taken: str | None
    context_factors: tuple[str, ...]
    officer_name: str
    officer_role: str
    notified: tuple[Notification, ...]
    urgency_suggested: str | None
    urgency_reason: str | None
    amendment_reason: str | None
    previous_reference_version: int | None


@dataclass(frozen=True)
class Draft:
    """A drafted document as the officer reads it in chat: plain text, escaped by chat."""

    title: str
    text: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Report0875:
    """The 0875's fields, formatted in the officer's language, missing ones already marked."""

    lang: str
    title: str
    reference: str
    version: str
    previous_version: str | None
    amendment_reason: str | None
    site: str
    place: str
    occurred_at: str
    written_at: str
    time_zone: str
    kind: str
    report_type: str
    urgency: str
    urgency_suggested: str | None
    urgency_reason: str | None
    offenders: tuple[tuple[str, str], ...]  # (name, FPS); empty when none was recorded
    narrative: str
    quotes: tuple[str, ...]
    action_taken: str
    context_factors: tuple[str, ...]
    notified: tuple[tuple[str, str], ...]  # (recipient, when sent); empty when none was recorded
    distribution: tuple[str, ...]
    officer_name: str
    officer_role: str
    missing: tuple[str, ...]


# Issue 4: an interaction is written up as a statement, an observation as an observation; a
# community contact is an exchange with the offender, a collateral or police, so a statement.
_REPORT_TYPE = {"interaction": "statement", "observation": "observation"}

# Which facts each document shows, and when each counts as "not recorded" (a data table, so a
# change to the form is a change here).
_ABSENT: dict[str, Callable[[DraftFacts], bool]] = {
    "site_name": lambda f: not f.site_name.strip(),
    "place": lambda f: not (f.place or "").strip(),
    "occurred_at": lambda f: f.occurred_at is None,
    "offenders": lambda f: not f.offenders,
    "offender_name": lambda f: any(not (o.name or "").strip() for o in f.offenders),
    "offender_fps": lambda f: any(not (o.fps or "").strip() for o in f.offenders),
    "narrative": lambda f: not f.narrative.strip(),
    "quotes": lambda f: not f.quotes,
    "action_taken": lambda f: not (f.action_taken or "").strip(),
    "context_factors": lambda f: not f.context_factors,
    "notified": lambda f: not f.notified,
    "officer_name": lambda f: not f.officer_name.strip(),
    "amendment_reason": lambda f: f.version > 1 and not (f.amendment_reason or "").strip(),
    "previous_reference_version": lambda f: f.version > 1 and f.previous_reference_version is None,
    "urgency_reason": lambda f: _lowered(f) and not (f.urgency_reason or "").strip(),
}
_SHOWN = {
    "0875": tuple(_ABSENT),
    "log": (
        "place",
        "occurred_at",
        "offenders",
        "offender_name",
        "offender_fps",
        "narrative",
        "officer_name",
        "amendment_reason",
        "previous_reference_version",
        "urgency_reason",
    ),
}


def draft(facts: DraftFacts) -> Draft:
    """The document the entry calls for: a log book entry for ``log``, otherwise an 0875."""
    return draft_log_entry(facts) if facts.document == "log" else draft_0875(facts)


def draft_0875(facts: DraftFacts) -> Draft:
    """The Statement/Observation Report (CSC/SCC 0875) as plain text for the chat."""
    report = report_0875(facts)
    lang = report.lang
    mark = t(lang, "draft.not_recorded")
    lines = [
        t(lang, "draft.protected"),
        f"{t(lang, 'draft.form_title')} ({t(lang, 'draft.form_number')})",
        _line(
            lang,
            "reference",
            t(lang, "draft.reference_version", reference=report.reference, version=report.version),
        ),
    ]
    if report.previous_version is not None:
        lines.append(_line(lang, "previous_version", report.previous_version))
        lines.append(_line(lang, "amendment_reason", report.amendment_reason or ""))
    lines += [
        _line(lang, "site", report.site),
        _line(lang, "place", report.place),
        _line(lang, "occurred_at", report.occurred_at),
        _line(lang, "written_at", report.written_at),
        _line(lang, "time_zone", report.time_zone),
        _line(lang, "kind", report.kind),
        _line(lang, "urgency", report.urgency),
    ]
    if report.urgency_suggested is not None:
        lines.append(_line(lang, "urgency_suggested", report.urgency_suggested))
    if report.urgency_reason is not None:
        lines.append(_line(lang, "urgency_reason", report.urgency_reason))
    offenders_label = t(lang, "draft.label.offenders", count=len(report.offenders))
    lines.append(t(lang, "draft.heading", label=offenders_label))
    offenders = [_offender_line(lang, name, fps) for name, fps in report.offenders]
    lines += [_item(lang, offender) for offender in offenders or [mark]]
    lines += [t(lang, "draft.heading", label=report.report_type), report.narrative]
    lines.append(t(lang, "draft.heading", label=t(lang, "draft.label.quotes")))
    lines += [_item(lang, quote) for quote in report.quotes]
    lines += [
        _line(lang, "action_taken", report.action_taken),
        _line(lang, "context_factors", t(lang, "draft.joiner").join(report.context_factors)),
        t(lang, "draft.heading", label=t(lang, "draft.label.notified")),
    ]
    notices = [t(lang, "draft.notice", recipient=who, when=when) for who, when in report.notified]
    lines += [_item(lang, notice) for notice in notices or [mark]]
    lines += [
        _line(lang, "distribution", t(lang, "draft.joiner").join(report.distribution)),
        _line(
            lang,
            "officer",
            t(lang, "draft.officer", name=report.officer_name, role=report.officer_role),
        ),
        _line(lang, "signature", t(lang, "draft.blank")),
        _line(lang, "date", t(lang, "draft.blank")),
        "",
        t(lang, "draft.label.review"),
        _line(lang, "reviewed_by", t(lang, "draft.blank")),
        _line(lang, "date", t(lang, "draft.blank")),
        _line(lang, "comments", t(lang, "draft.blank")),
        t(lang, "draft.protected"),
    ]
    return Draft(title=report.title, text="\n".join(lines), missing=report.missing)


def draft_log_entry(facts: DraftFacts) -> Draft:
    """The log book entry: event time (24-hour), place, offender, the officer's words, officer."""
    lang = facts.lang
    mark = t(lang, "draft.not_recorded")
    offenders = t(lang, "draft.joiner").join(
        _offender_line(lang, _shown(lang, o.name), _shown(lang, o.fps)) for o in facts.offenders
    )
    lines = [
        t(
            lang,
            "draft.log_head",
            time=_log_time(facts),
            place=_shown(lang, facts.place),
            offenders=offenders or mark,
        ),
        _shown(lang, facts.narrative),
    ]
    # The log holds what happened; quotes and action are shown only when the officer gave them.
    if facts.quotes:
        quotes = " ".join(t(lang, "draft.quote", quote=quote) for quote in facts.quotes)
        lines.append(_line(lang, "quotes", quotes))
    if (facts.action_taken or "").strip():
        lines.append(_line(lang, "action_taken", facts.action_taken or ""))
    if _lowered(facts):  # a routine entry the officer lowered carries the why with it
        suggested = _label(lang, "urgency", facts.urgency_suggested or "")
        lines.append(_line(lang, "urgency_suggested", suggested))
        lines.append(_line(lang, "urgency_reason", _shown(lang, facts.urgency_reason)))
    if facts.version > 1:
        lines.append(
            _line(lang, "previous_version", _shown(lang, facts.previous_reference_version))
        )
        lines.append(_line(lang, "amendment_reason", _shown(lang, facts.amendment_reason)))
    reference = t(
        lang, "draft.reference_version", reference=facts.reference, version=facts.version
    )
    officer = _line(lang, "log_officer", _shown(lang, facts.officer_name))
    lines.append(t(lang, "draft.log_foot", officer=officer, reference=reference))
    title = t(lang, "draft.title_log", reference=facts.reference, version=facts.version)
    return Draft(title=title, text="\n".join(lines), missing=_missing_fields(facts))


def report_0875(facts: DraftFacts) -> Report0875:
    """The 0875's fields formatted once, for both the chat text and the PDF form."""
    lang = facts.lang
    zone = zone_of(facts.site_tz)
    changed = facts.urgency_suggested is not None and facts.urgency_suggested != facts.urgency
    return Report0875(
        lang=lang,
        title=t(lang, "draft.title_0875", reference=facts.reference, version=facts.version),
        reference=facts.reference,
        version=str(facts.version),
        previous_version=(
            _shown(lang, facts.previous_reference_version) if facts.version > 1 else None
        ),
        amendment_reason=_shown(lang, facts.amendment_reason) if facts.version > 1 else None,
        site=_shown(lang, facts.site_name),
        place=_shown(lang, facts.place),
        occurred_at=_shown(lang, _format_time(facts.occurred_at, zone)),
        written_at=_format_time(facts.written_at, zone),
        time_zone=facts.site_tz,
        kind=_label(lang, "draft.kind", facts.kind),
        report_type=_label(lang, "draft.report_type", _report_type(facts.kind)),
        urgency=_label(lang, "draft.urgency", facts.urgency),
        urgency_suggested=(
            _label(lang, "draft.urgency", facts.urgency_suggested or "") if changed else None
        ),
        urgency_reason=_urgency_reason(facts) if changed else None,
        offenders=tuple((_shown(lang, o.name), _shown(lang, o.fps)) for o in facts.offenders),
        narrative=_shown(lang, facts.narrative),
        quotes=tuple(t(lang, "draft.quote", quote=quote) for quote in facts.quotes)
        or (_shown(lang, None),),
        action_taken=_shown(lang, facts.action_taken),
        context_factors=tuple(_label(lang, "draft.factor", key) for key in facts.context_factors)
        or (_shown(lang, None),),
        notified=tuple(
            (n.recipient, _format_time(n.at, zone) or t(lang, "draft.pending"))
            for n in facts.notified
        ),
        # triage-policy: a general observation can have no route; that is a decision, not a gap.
        distribution=tuple(_label(lang, "draft.route", key) for key in facts.routes)
        or (t(lang, "draft.none"),),
        officer_name=_shown(lang, facts.officer_name),
        officer_role=_label(lang, "role.title", facts.officer_role),
        missing=_missing_fields(facts),
    )


def _missing_fields(facts: DraftFacts) -> tuple[str, ...]:
    """The keys of the facts this document shows as "not recorded"."""
    shown = _SHOWN["log" if facts.document == "log" else "0875"]
    return tuple(key for key in shown if _ABSENT[key](facts))


def _report_type(kind: str) -> str:
    """``statement`` or ``observation``: the 0875 box an entry of this kind ticks."""
    return _REPORT_TYPE.get(kind, "statement")


def _format_time(moment: datetime | None, zone: ZoneInfo) -> str:
    """A moment as ``2026-11-23 14:30`` in the site's zone, 24-hour; "" when None."""
    if moment is None:
        return ""
    # The database keeps UTC; a naive value read back from it is UTC, never the server's zone.
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _offender_line(lang: str, name: str, fps: str) -> str:
    """One offender as the drafts show them: name and FPS number."""
    return t(lang, "draft.offender", name=name, fps=fps)


def _log_time(facts: DraftFacts) -> str:
    """The log's time: ``HH:MM``, with the date when the event was not on the day of writing."""
    if facts.occurred_at is None:
        return t(facts.lang, "draft.not_recorded")
    zone = zone_of(facts.site_tz)
    event, written = _format_time(facts.occurred_at, zone), _format_time(facts.written_at, zone)
    same_day = event[:10] == written[:10]
    return event[11:] if same_day else event


def _lowered(facts: DraftFacts) -> bool:
    """Whether the officer set a lower urgency than triage suggested (a reason is then owed)."""
    if facts.urgency_suggested not in URGENCY_RANK or facts.urgency not in URGENCY_RANK:
        return False
    return URGENCY_RANK[Urgency(facts.urgency)] < URGENCY_RANK[Urgency(facts.urgency_suggested)]


def _urgency_reason(facts: DraftFacts) -> str | None:
    """The officer's reason for changing urgency; marked missing only when lowering owed one."""
    if (facts.urgency_reason or "").strip():
        return facts.urgency_reason
    return t(facts.lang, "draft.not_recorded") if _lowered(facts) else None


def _shown(lang: str, value: object) -> str:
    """The value as text, or the "not recorded" mark when it is absent or blank."""
    text = "" if value is None else str(value)
    return text if text.strip() else t(lang, "draft.not_recorded")


def _label(lang: str, table: str, key: str) -> str:
    """A translated label for a key of a catalog table (``draft.route``, ``role.title``...); an
    unknown key is shown as given."""
    name = f"{table}.{key}"
    return t(lang, name) if name in catalog(lang) else _shown(lang, key)


def _line(lang: str, label: str, value: str) -> str:
    """One ``Label: value`` line."""
    return labelled(lang, f"draft.label.{label}", value)


def _item(lang: str, value: str) -> str:
    """One bulleted item of a list."""
    return t(lang, "draft.item", value=value)
