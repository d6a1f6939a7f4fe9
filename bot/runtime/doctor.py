"""``rapport doctor``: is this deployment ready to carry alerts? One line per check, each with a
verdict (ok, warn, FAIL) and, when it is not ok, what to do.

The checks read, never write: the settings; the Bot API (``getMe`` with the token: Telegram's,
a local Bot API server or the sandbox); the database and its schema; and for each site the
people and groups its routes reach, its roster and its time zone; and the clock, against the
Bot API's and PostgreSQL's.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import aiohttp
from pydantic import ValidationError
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.audience import ROUTE_ROLES
from bot.runtime.app import StartupError, webhook_secret
from bot.runtime.console import CommandRefused, reaching
from bot.runtime.settings import DEFAULT_API_URL, Settings, settings_problem
from bot.triage import ROUTES
from storage import directory, outbox
from storage.db import create_engine, is_sqlite, session_factory
from storage.migrate import schema_state
from storage.models import Site

# The Bot API's answer to getMe, and the clock: beyond these, a line says so.
TELEGRAM_TIMEOUT_S = 10
CLOCK_WARN_S = 5.0  # alert deadlines and digests start drifting
CLOCK_FAIL_S = 60.0  # acknowledgement timeouts (minutes) are measured against a wrong clock


class Verdict(StrEnum):
    """How a check went; FAIL makes ``rapport doctor`` exit non-zero."""

    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Finding:
    """One line of the report: what was checked, the verdict, what was found (and what to do)."""

    verdict: Verdict
    check: str
    says: str

    def line(self) -> str:
        """The finding as printed."""
        return f"{self.verdict:<5} {self.check:<28} {self.says}"


def _clock(source: str, theirs: datetime, ours: datetime) -> Finding:
    skew = (ours - theirs).total_seconds()
    says = f"{abs(skew):.0f} s {'ahead of' if skew > 0 else 'behind'} {source}"
    if abs(skew) < CLOCK_WARN_S:
        return Finding(Verdict.OK, f"clock vs {source}", f"within {CLOCK_WARN_S:.0f} s")
    verdict = Verdict.FAIL if abs(skew) >= CLOCK_FAIL_S else Verdict.WARN
    return Finding(verdict, f"clock vs {source}", f"{says}: synchronise this host's clock (NTP)")


async def _telegram(settings: Settings, now: Callable[[], datetime]) -> list[Finding]:
    """getMe with the token, and the Bot API's clock from its answer's Date header."""
    token = settings.token()
    if not token:
        says = (
            "no bot token: set RAPPORT_TELEGRAM_TOKEN, RAPPORT_TELEGRAM_TOKEN_FILE or the "
            "telegram_token credential (LoadCredential=)"
        )
        return [Finding(Verdict.FAIL, "telegram", says)]
    where = settings.telegram_api_url
    elsewhere = "" if where == DEFAULT_API_URL else f" at {where} (not Telegram's own Bot API)"
    timeout = aiohttp.ClientTimeout(total=TELEGRAM_TIMEOUT_S)
    try:
        async with (
            aiohttp.ClientSession(timeout=timeout) as http,
            http.get(f"{where}{token}/getMe") as answer,
        ):
            body = await answer.json(content_type=None)
            date = answer.headers.get("Date")
    except (aiohttp.ClientError, TimeoutError, ValueError) as error:
        reason = type(error).__name__  # its text can hold the URL, token included
        says = f"cannot reach the Bot API at {where} ({reason}): check the network and the URL"
        return [Finding(Verdict.FAIL, "telegram", says)]
    if not isinstance(body, dict) or not body.get("ok"):
        refused = body.get("description", answer.status) if isinstance(body, dict) else "?"
        says = f"the Bot API{elsewhere} refused the token ({refused}): check it with @BotFather"
        return [Finding(Verdict.FAIL, "telegram", says)]
    username = body.get("result", {}).get("username", "?")
    findings = [Finding(Verdict.OK, "telegram", f"@{username} answers getMe{elsewhere}")]
    if date:
        findings.append(_clock("the Bot API", parsedate_to_datetime(date), now()))
    return findings


def _receiving(settings: Settings) -> Finding:
    """Polling or webhook, and a webhook's secret."""
    if not settings.webhook_url:
        return Finding(Verdict.OK, "receiving", "long polling (no RAPPORT_WEBHOOK_URL)")
    try:
        webhook_secret(settings)
    except StartupError as error:
        return Finding(Verdict.FAIL, "receiving", str(error))
    where = f"{settings.webhook_listen}:{settings.webhook_port}"
    return Finding(Verdict.OK, "receiving", f"webhook {settings.webhook_url}, served on {where}")


async def _database(settings: Settings, now: Callable[[], datetime]) -> list[Finding]:
    """Reachable, at the code's schema, and (PostgreSQL) on the same time as this host."""
    url = settings.database_url
    try:
        with reaching(url):
            state = await schema_state(url)
            server_time = None if is_sqlite(url) else await _server_time(url)
    except CommandRefused as refused:
        return [Finding(Verdict.FAIL, "database", str(refused))]
    if state.missing_file:
        return [Finding(Verdict.FAIL, "database", state.problem() or "")]
    findings = [Finding(Verdict.OK, "database", "reachable")]
    problem = state.problem()
    if problem is not None:
        findings.append(Finding(Verdict.FAIL, "schema", problem))
    else:
        findings.append(Finding(Verdict.OK, "schema", f"at head (revision {state.head})"))
    if server_time is not None:
        findings.append(_clock("PostgreSQL", server_time, now()))
    return findings


async def _server_time(url: str) -> datetime:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return (await connection.execute(text("SELECT statement_timestamp()"))).scalar_one()
    finally:
        await engine.dispose()


async def _routes(session: AsyncSession, site: Site) -> list[Finding]:
    """Who each route reaches at ``site``: its group, else the staff holding its role."""
    staff = [p for p in await directory.all_staff(session=session, site_id=site.id) if p.active]
    findings = []
    for route in ROUTES:
        check = f"{site.code} {route}"
        channel = await outbox.channel(session=session, site_id=site.id, route=route)
        holders = [p for p in staff if ROUTE_ROLES[route] in p.roles]
        if channel is not None:
            findings.append(Finding(Verdict.OK, check, f'group "{channel.title}"'))
        elif holders:
            says = f"{len(holders)} {ROUTE_ROLES[route]} staff in private (no group registered)"
            findings.append(Finding(Verdict.OK, check, says))
        else:
            # An immediate item's alert must reach someone: nobody to alert is a failure.
            verdict = Verdict.FAIL if route == "supervisor" else Verdict.WARN
            says = (
                f"reaches nobody: rapport invite --role {ROUTE_ROLES[route]} --site "
                f"{site.code}, or /register {route} in a private group"
            )
            findings.append(Finding(verdict, check, says))
    return findings


async def _roster(session: AsyncSession, site: Site) -> Finding:
    count = await directory.count_offenders(session=session, site_id=site.id)
    if count:
        return Finding(Verdict.OK, f"{site.code} roster", f"{count} offenders")
    says = (
        "empty: FPS numbers and surnames are not recognised; "
        f"rapport roster import FILE --site {site.code}"
    )
    return Finding(Verdict.WARN, f"{site.code} roster", says)


def _zone(site: Site, now: datetime) -> Finding:
    check = f"{site.code} time zone"
    try:
        local = now.astimezone(ZoneInfo(site.tz))
    except (ZoneInfoNotFoundError, ValueError):
        says = f"{site.tz} is unknown on this host: install the tzdata package"
        return Finding(Verdict.FAIL, check, says)
    return Finding(Verdict.OK, check, f"{site.tz}, {local:%Y-%m-%d %H:%M %Z} there now")


async def _sites(settings: Settings, now: datetime) -> list[Finding]:
    engine = create_engine(settings.database_url)
    try:
        async with session_factory(engine)() as session:
            sites = await directory.list_sites(session=session)
            findings = []
            for site in sites:
                findings += await _routes(session, site)
                findings.append(await _roster(session, site))
                findings.append(_zone(site, now))
    finally:
        await engine.dispose()
    if not sites:
        says = "none yet: rapport sites add CODE --name NAME --tz ZONE"
        return [Finding(Verdict.WARN, "sites", says)]
    return findings


async def examine(
    load: Callable[[], Settings], *, now: Callable[[], datetime] | None = None
) -> list[Finding]:
    """Every check, in order; a check whose ground is missing (no settings, no database at the
    code's schema) is not attempted."""
    clock = now or (lambda: datetime.now(UTC))
    try:
        settings = load()
    except ValidationError as error:
        return [Finding(Verdict.FAIL, "settings", settings_problem(error))]
    findings = [Finding(Verdict.OK, "settings", "read")]
    telegram, database = await asyncio.gather(
        _telegram(settings, clock), _database(settings, clock)
    )
    findings += [*telegram, _receiving(settings), *database]
    if all(finding.verdict is not Verdict.FAIL for finding in database):
        findings += await _sites(settings, clock())
    return findings
