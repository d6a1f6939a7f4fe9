"""Moments as a report says them, in the site's zone: "today 06:10", "yesterday 22:40", and
otherwise the date ("2026-11-13 03:00"), so a line read aloud at the morning meeting says when
without arithmetic, and never "(0 days ago)"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import t


def days_before(moment: datetime, now: datetime, zone: ZoneInfo) -> int:
    """How many local days ``moment`` is before ``now`` (0: the same day)."""
    return (now.astimezone(zone).date() - moment.astimezone(zone).date()).days


def spoken(moment: datetime | None, now: datetime, zone: ZoneInfo, lang: str) -> str:
    """``moment`` as a report line says it to a reader at ``now``."""
    if moment is None:
        return t(lang, "capture.not_recorded")
    local = moment.astimezone(zone)
    clock = local.strftime("%H:%M")
    back = days_before(moment, now, zone)
    if back == 0:
        return t(lang, "moment.today", time=clock)
    if back == 1:
        return t(lang, "moment.yesterday", time=clock)
    return local.strftime("%Y-%m-%d %H:%M")
