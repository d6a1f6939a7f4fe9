"""A site's alerting and privacy settings, as an administrator reads and changes them.

Each setting is described once (its column, how a value is read from the command line, how it
is shown), so that ``rapport sites set`` and ``rapport sites show`` cannot disagree, and every
change is checked before it is stored and audited with the old and new values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.people.enrolment import parse_duration
from bot.refusal import Refusal
from bot.telegram_limits import MAX_COPY_TTL
from storage import audit, directory
from storage.models import Site
from storage.vocabulary import DEFAULT_CHAIN, ChainStep

_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_STEPS = tuple(step.value for step in ChainStep)


class SettingError(ValueError):
    """A value an administrator gave that the setting cannot take; the message says why."""


def _seconds(low: timedelta, high: timedelta) -> Callable[[str], int]:
    def read(text: str) -> int:
        try:
            value = parse_duration(text)
        except Refusal as error:
            raise SettingError(f"not a duration: {text!r} (use e.g. 30m, 12h, 1d)") from error
        if not low <= value <= high:
            raise SettingError(f"{text} is outside {_say(low)}..{_say(high)}")
        return int(value.total_seconds())

    return read


def _clock(text: str) -> str:
    if not _CLOCK.match(text.strip()):
        raise SettingError(f"not a time of day: {text!r} (use HH:MM, 24-hour)")
    return text.strip()


def _switch(text: str) -> bool:
    value = text.strip().lower()
    if value not in ("on", "off"):
        raise SettingError(f"use on or off, not {text!r}")
    return value == "on"


def _copy_ttl(text: str) -> int | None:
    if text.strip().lower() == "off":
        return None
    return _seconds(timedelta(minutes=1), MAX_COPY_TTL)(text)


def _chain(text: str) -> list[str] | None:
    steps = [step.strip() for step in text.split(",") if step.strip()]
    if steps == list(DEFAULT_CHAIN):
        return None
    if not steps or any(step not in _STEPS for step in steps):
        raise SettingError(f"a comma-separated list of {', '.join(_STEPS)}")
    return steps


def _say(value: Any) -> str:
    """A stored value as an administrator writes it."""
    if value is None:
        return "off"
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, timedelta):
        value = int(value.total_seconds())
    if isinstance(value, int):
        for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
            if value % size == 0:
                return f"{value // size}{unit}"
        return f"{value}s"
    if isinstance(value, list):
        return ",".join(value)
    return str(value)


@dataclass(frozen=True)
class Setting:
    """One site setting: its command-line option, its column, and how a value is read."""

    option: str
    column: str
    read: Callable[[str], Any]
    meaning: str


SETTINGS = (
    Setting(
        "ack-timeout",
        "ack_timeout_s",
        _seconds(timedelta(minutes=1), timedelta(hours=1)),
        "an unacknowledged alert climbs to the next level after this long",
    ),
    Setting(
        "escalation-chain",
        "escalation_chain",
        _chain,
        "who an alert reaches, level by level: " + ",".join(_STEPS),
    ),
    Setting("digest-time", "digest_time", _clock, "routine items' daily digest (site time)"),
    Setting("briefing-time", "briefing_time", _clock, "managers' morning briefing (site time)"),
    Setting(
        "minimal-disclosure",
        "minimal_disclosure",
        _switch,
        "alerts and group items carry only reference, urgency and place",
    ),
    Setting(
        "chat-copy-ttl",
        "chat_copy_ttl_s",
        _copy_ttl,
        "the bot deletes its copies holding details after this long (off, or at most 47h)",
    ),
    Setting(
        "duty-check-after",
        "duty_check_after_s",
        _seconds(timedelta(hours=1), timedelta(days=2)),
        "an on-duty supervisor is asked 'still on duty?' after this long",
    ),
    Setting(
        "duty-check-grace",
        "duty_check_grace_s",
        _seconds(timedelta(minutes=5), timedelta(hours=4)),
        "no answer within this long sets them off duty",
    ),
)


def describe(site: Site) -> list[tuple[str, str]]:
    """Every setting of ``site`` as (option, value), the chain shown even when defaulted."""
    shown = []
    for setting in SETTINGS:
        value = getattr(site, setting.column)
        if setting.column == "escalation_chain" and value is None:
            value = list(DEFAULT_CHAIN)
        shown.append((setting.option, _say(value)))
    return shown


async def change(
    *, session: AsyncSession, code: str, values: dict[str, str], operator: str
) -> Site:
    """Check every value first, then store them all and audit old and new (all or nothing)."""
    site = await directory.get_site_by_code(session=session, code=code)
    if site is None:
        raise Refusal("admin.unknown_site", site=code)
    by_option = {setting.option: setting for setting in SETTINGS}
    parsed = {option: by_option[option].read(text) for option, text in values.items()}
    before = dict(describe(site))
    for option, value in parsed.items():
        setattr(site, by_option[option].column, value)
    after = dict(describe(site))
    await audit.record(
        session=session,
        action="site.settings_changed",
        detail={
            "site": code,
            "by": operator,
            "changes": {option: [before[option], after[option]] for option in parsed},
        },
    )
    return site
