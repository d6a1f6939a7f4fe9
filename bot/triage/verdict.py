"""The verdict on one observation: triage plus extraction, as the CLI and benchmarks show it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.people.roster import Roster
from bot.triage.engine import Triage, triage
from bot.triage.extract import Extraction, extract
from bot.triage.language import detect_language

LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Verdict:
    """What Rapport understood from one observation: language, triage and extraction."""

    lang: str
    triage: Triage
    extraction: Extraction


class LineError(ValueError):
    """A CLI input line that cannot be judged; the message says why, for that line only."""

    def __init__(self, message: str, id: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.id = id


def verdict(
    text: str, *, lang: str | None = None, now: datetime, tz: str, roster: Roster | None = None
) -> Verdict:
    """Triage and extraction of one observation, in its language (detected when not given)."""
    lang = lang if lang in LANGUAGES else detect_language(text)
    return Verdict(lang, triage(text, lang), extract(text, now=now, tz=tz, roster=roster))


def offender_numbers(extraction: Extraction) -> list[str]:
    """FPS numbers of the offenders named, a surname counting when the roster resolves it."""
    numbers = []
    for mention in extraction.offenders:
        if mention.fps:
            numbers.append(mention.fps)
        elif len(mention.candidates) == 1:
            numbers.append(mention.candidates[0])
    return list(dict.fromkeys(numbers))


def verdict_json(v: Verdict, id: Any = None) -> dict[str, Any]:
    """The CLI's JSON object for a verdict (issue 3: one object per line)."""
    occurred = v.extraction.occurred_at
    return {
        "id": id,
        "lang": v.lang,
        "urgency": v.triage.urgency.value,
        "routes": sorted(v.triage.routes),
        "document": v.triage.document,
        "reasons": list(v.triage.reasons),
        "offenders": offender_numbers(v.extraction),
        "location": v.extraction.location,
        "occurred_at": occurred.isoformat() if occurred else None,
        "unsure": v.triage.unsure,
    }


def verdict_line(v: Verdict) -> str:
    """A verdict on one readable line, for people piping text through ``rapport triage``."""
    t, found = v.triage, verdict_json(v)
    parts = [
        f"{t.urgency.value.upper()} [{', '.join(t.routes) or '-'}] {t.document}",
        f"who: {', '.join(found['offenders']) or '-'}",
        f"where: {found['location'] or '-'}",
        f"when: {found['occurred_at'] or '-'}",
        f"why: {'; '.join(t.reasons) or '-'}",
    ]
    if t.unsure:  # the officer is the safety net: the card asks whether anyone is at risk
        parts.append(f"unsure: {', '.join(t.unplaced) or 'nothing recognised'}")
    return " | ".join(parts)


def _zone(tz: Any) -> ZoneInfo:
    if not isinstance(tz, str) or not tz:
        raise LineError(f"bad tz: {tz!r}")
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:  # "America" is a folder
        raise LineError(f"bad tz: {tz!r}") from exc


def _moment(now: Any, zone: ZoneInfo) -> datetime:
    if isinstance(now, datetime):
        moment = now
    elif isinstance(now, str):
        try:
            moment = datetime.fromisoformat(now)
        except ValueError as exc:
            raise LineError(f"bad now: {now!r} (ISO 8601 expected)") from exc
    else:
        raise LineError(f"bad now: {now!r} (ISO 8601 expected)")
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)


def _judge(
    line: str, *, jsonl: bool, now: datetime | None, tz: str, roster: Roster | None
) -> tuple[Any, Verdict]:
    """The id and verdict of one input line; LineError when the line cannot be judged."""
    if not jsonl:
        zone = _zone(tz)
        moment = _moment(now or datetime.now(zone), zone)
        return None, verdict(line, now=moment, tz=tz, roster=roster)
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LineError(f"not JSON: {exc.msg}") from exc
    if not isinstance(item, dict):
        raise LineError("not a JSON object")
    id = item.get("id")
    text, lang, line_tz = item.get("text"), item.get("lang"), item.get("tz", tz)
    if not isinstance(text, str):
        raise LineError("no text" if text is None else "text must be a string", id)
    if lang is not None and lang not in LANGUAGES:
        raise LineError(f"bad lang: {lang!r} (en or fr)", id)
    try:
        zone = _zone(line_tz)
        moment = _moment(item.get("now") or now or datetime.now(zone), zone)
    except LineError as exc:
        raise LineError(exc.message, id) from None
    return id, verdict(text, lang=lang, now=moment, tz=line_tz, roster=roster)


def run_triage_cli(
    lines: Iterable[str],
    out: TextIO,
    *,
    jsonl: bool,
    now: datetime | None,
    tz: str,
    roster: Roster | None,
) -> int:
    """``rapport triage``: a verdict per input line; 1 if any line was bad, else 0."""
    status = 0
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        try:
            id, judged = _judge(line, jsonl=jsonl, now=now, tz=tz, roster=roster)
        except LineError as exc:
            status = 1
            error = {"id": exc.id, "error": exc.message}
            out.write(json.dumps(error, ensure_ascii=False) if jsonl else f"ERROR {exc.message}")
            out.write("\n")
            continue
        if jsonl:
            out.write(json.dumps(verdict_json(judged, id), ensure_ascii=False) + "\n")
        else:
            out.write(verdict_line(judged) + "\n")
    return status
