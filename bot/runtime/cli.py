"""``rapport``: the command line for operators and administrators."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import t
from bot.people import site_settings
from bot.people.authz import ROLES
from bot.people.directory import RosterRejected, add_site, import_roster, is_zone
from bot.people.enrolment import create_invite, parse_duration
from bot.refusal import Refusal
from bot.runtime.console import CommandRefused, fail, in_transaction
from bot.runtime.operations import add_operations
from bot.runtime.settings import Settings, get_settings, settings_problem
from storage import directory
from storage.models import utcnow

# What ``rapport --help`` says first: plain text (the terminal shows no markup).
DESCRIPTION = "Rapport's command line, for operators and administrators."


def _in_transaction(settings: Settings, work: Callable[[AsyncSession], Awaitable[Any]]) -> Any:
    """Run ``work`` in one transaction on the configured database, its schema current."""
    return in_transaction(settings.database_url, work)


class ZoneAction(argparse.Action):
    """``--tz``: an IANA zone, checked as the command line is read (one line, exit code 2)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        value: Any,
        option_string: str | None = None,
    ) -> None:
        if not is_zone(str(value)):
            parser.exit(2, f"rapport: {t('en', 'admin.bad_tz', tz=value)}\n")
        setattr(namespace, self.dest, value)


def _operator() -> str:
    """Who runs the command, for the audit line of an administrative change."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the bot."""
    from bot.runtime.app import run
    from bot.runtime.logs import configure

    configure(settings.log_level, settings.log_format)
    return run(settings)


def _sandbox_at_hand(command: str) -> bool:
    """Whether the sandbox is there (a source checkout); if not, say so in one line."""
    from bot.runtime.demo import NoSandbox, find_sandbox

    try:
        find_sandbox()
    except NoSandbox as error:
        print(f"rapport {command}: {error}", file=sys.stderr)
        return False
    return True


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    """Run the sandbox, the demo data and the bot (from a source checkout)."""
    if not _sandbox_at_hand("demo"):
        return 2
    from bot.runtime.demo import main
    from bot.runtime.logs import configure

    configure(settings.log_level, settings.log_format)
    url = args.database_url or "sqlite+aiosqlite:///rapport-demo.db"
    return main(args.port, url)


def cmd_sandbox(args: argparse.Namespace, settings: Settings) -> int:
    """Run the Bot API sandbox alone (from a source checkout)."""
    if not _sandbox_at_hand("sandbox"):
        return 2
    from sandbox.server import run_sandbox

    run_sandbox(args.host, args.port, limits=not args.no_limits)
    return 0


def cmd_sites_add(args: argparse.Namespace, settings: Settings) -> int:
    """Create a site."""

    async def work(session: AsyncSession) -> None:
        await add_site(
            session=session,
            code=args.code,
            name=args.name,
            tz=args.tz,
            lang=args.lang,
            community=args.community,
        )

    try:
        _in_transaction(settings, work)
    except Refusal as error:
        return fail(t("en", error.key, **error.values))
    print(f"site {args.code} added")
    return 0


def cmd_sites_set(args: argparse.Namespace, settings: Settings) -> int:
    """Change a site's alerting and privacy settings (checked, then stored and audited)."""
    values = {
        setting.option: getattr(args, setting.column)
        for setting in site_settings.SETTINGS
        if getattr(args, setting.column) is not None
    }
    if not values:
        return fail("nothing to change: give at least one setting (see --help)")

    async def work(session: AsyncSession) -> list[tuple[str, str]]:
        site = await site_settings.change(
            session=session, code=args.code, values=values, operator=_operator()
        )
        return site_settings.describe(site)

    try:
        shown = _in_transaction(settings, work)
    except Refusal as error:
        return fail(t("en", error.key, **error.values))
    except site_settings.SettingError as error:
        return fail(str(error))
    _print_settings(args.code, shown)
    return 0


def cmd_sites_show(args: argparse.Namespace, settings: Settings) -> int:
    """A site's settings, as ``sites set`` takes them."""

    async def work(session: AsyncSession) -> list[tuple[str, str]] | None:
        site = await directory.get_site_by_code(session=session, code=args.code)
        return None if site is None else site_settings.describe(site)

    shown = _in_transaction(settings, work)
    if shown is None:
        return fail(t("en", "admin.unknown_site", site=args.code))
    _print_settings(args.code, shown)
    return 0


def _print_settings(code: str, shown: list[tuple[str, str]]) -> None:
    print(f"site {code}")
    for option, value in shown:
        print(f"  --{option:<20} {value}")


def _bot_username(settings: Settings) -> str | None:
    """The bot's username as the Bot API gives it (getMe), or None without a token or an answer:
    an invitation's link needs it, its code does not."""
    from telegram import Bot
    from telegram.error import TelegramError

    token = settings.token()
    if not token:
        return None

    async def ask() -> str:
        async with Bot(token, base_url=settings.telegram_api_url) as bot:
            return bot.username

    try:
        return asyncio.run(ask())
    except (TelegramError, OSError):
        return None


def cmd_invite(args: argparse.Namespace, settings: Settings) -> int:
    """Create a one-time enrolment invitation: its link (and QR code with --qr) when the bot can
    be asked its name; the code alone is the last line printed."""
    from bot.people.invitation import deep_link, invitation_text, qr_png

    try:
        expires = parse_duration(args.expires)

        async def work(session: AsyncSession) -> str:
            return await create_invite(
                session=session,
                site_code=args.site,
                role=args.role,
                expires_in=expires,
                now=utcnow(),
                name=args.name,
            )

        code = _in_transaction(settings, work)
    except Refusal as error:
        return fail(t("en", error.key, **error.values))
    username = _bot_username(settings)
    link = deep_link(username, code) if username else None
    site = args.site.upper()
    print(
        invitation_text(
            "en", code=code, role=args.role, site=site, valid=expires, name=args.name, link=link
        )
    )
    if link is None:
        print("No link: the Bot API did not give the bot's name (set RAPPORT_TELEGRAM_TOKEN).")
    elif args.qr:
        Path(args.qr).write_bytes(qr_png(link))
        print(f"QR code of the link: {args.qr}")
    print(code)
    return 0


def cmd_roster_import(args: argparse.Namespace, settings: Settings) -> int:
    """Import an offender roster CSV: all rows or none."""
    path = Path(args.file)
    if not path.is_file():
        return fail(f"no such file: {path}")
    text = path.read_text(encoding="utf-8-sig", errors="replace")

    async def work(session: AsyncSession) -> tuple[int, int]:
        return await import_roster(session=session, site_code=args.site, text=text)

    try:
        added, updated = _in_transaction(settings, work)
    except RosterRejected as error:
        for problem in error.errors:
            detail = t("en", problem.message_key, value=problem.value)
            print(f"{path}:{problem.line}: {detail}", file=sys.stderr)
        return fail(t("en", error.key, **error.values))
    except Refusal as error:
        return fail(t("en", error.key, **error.values))
    print(f"roster imported: {added} added, {updated} updated")
    return 0


def cmd_triage(args: argparse.Namespace, settings: Settings) -> int:
    """Triage observations from standard input."""
    from bot.people.roster import load_roster_csv
    from bot.triage.verdict import run_triage_cli

    try:
        now = datetime.fromisoformat(args.now) if args.now else None
        if now is not None and now.tzinfo is None:
            return fail("--now needs a time-zone offset, e.g. 2026-03-12T10:30:00-04:00")
        roster = load_roster_csv(Path(args.roster)) if args.roster else None
    except ValueError as error:
        return fail(str(error))
    return run_triage_cli(
        sys.stdin, sys.stdout, jsonl=args.jsonl, now=now, tz=args.tz, roster=roster
    )


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    """Export a site's records (CSV) or its 0875s (one PDF) for a range of local days; audited."""
    from bot.reports.export import export_site, progress_bar
    from bot.reports.periods import PeriodError

    try:
        first, last = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    except ValueError as error:
        return fail(f"dates are YYYY-MM-DD: {error}")

    async def work(session: AsyncSession) -> tuple[bytes, int, str]:
        return await export_site(
            session=session,
            site_code=args.site,
            first=first,
            last=last,
            fmt=args.format,
            now=utcnow(),
            progress=progress_bar(sys.stderr),
        )

    try:
        data, rows, name = _in_transaction(settings, work)
    except PeriodError:
        return fail(f"no days to export between {first} and {last} (the future is not exported)")
    except Refusal as error:
        return fail(t("en", error.key, **error.values))
    out = Path(args.out or name)
    out.write_bytes(data)
    print(t("en", "cli.exported", count=rows, file=out))
    return 0


def cmd_staff_list(args: argparse.Namespace, settings: Settings) -> int:
    """List a site's staff, active or not."""
    from bot.people.offboarding import list_members

    async def work(session: AsyncSession) -> list:
        return await list_members(session=session, site_code=args.site)

    try:
        members = _in_transaction(settings, work)
    except Refusal as error:
        return fail(t("en", error.key, **error.values))
    for member in members:
        state = ("on duty" if member.on_duty else "active") if member.active else "DEACTIVATED"
        print(
            f"{member.telegram_user_id:>12}  {member.name:<30}  {state:<11}  "
            f"{','.join(member.roles):<24}  enrolled {member.enrolled_at:%Y-%m-%d}"
        )
    print(t("en", "cli.staff", count=len(members), site=args.site.upper()))
    return 0


def cmd_staff_deactivate(args: argparse.Namespace, settings: Settings) -> int:
    """Withdraw a staff member's access at once; re-route what was on its way to them."""
    from bot.people.offboarding import deactivate

    async def work(session: AsyncSession) -> Any:
        return await deactivate(
            session=session,
            site_code=args.site,
            operator=_operator(),
            now=utcnow(),
            telegram_user_id=args.telegram_id,
            name=args.name,
        )

    try:
        done = _in_transaction(settings, work)
    except Refusal as error:
        return fail(t("en", error.key, **error.values))
    if done.already:
        print(f"{done.name} ({done.telegram_user_id}) was already deactivated")
    else:
        print(f"{done.name} ({done.telegram_user_id}) deactivated: refused from now on")
    print(
        f"open alerts sent up the chain: {done.alerts_moved}; "
        f"route items re-sent: {done.items_resent}; other messages dropped: {done.dropped}"
    )
    return 0


def cmd_staff_reactivate(args: argparse.Namespace, settings: Settings) -> int:
    """Give a deactivated staff member their access back."""
    from bot.people.offboarding import reactivate

    async def work(session: AsyncSession) -> tuple[str, int]:
        staff = await reactivate(
            session=session,
            site_code=args.site,
            operator=_operator(),
            telegram_user_id=args.telegram_id,
            name=args.name,
        )
        return staff.name, staff.telegram_user_id

    try:
        name, telegram_id = _in_transaction(settings, work)
    except Refusal as error:
        return fail(t("en", error.key, **error.values))
    print(f"{name} ({telegram_id}) reactivated (off duty)")
    return 0


def cmd_audit(args: argparse.Namespace, settings: Settings) -> int:
    """Read the audit log: one line per event, newest last."""
    from bot.reports.audit_trail import AuditQuery, audit_trail, format_table

    query = AuditQuery(
        staff=args.staff, reference=args.ref, since=args.since, site=args.site, limit=args.limit
    )

    async def work(session: AsyncSession) -> tuple[list, str]:
        return await audit_trail(session=session, query=query, now=utcnow())

    try:
        lines, tz = _in_transaction(settings, work)
    except Refusal as error:
        return fail(t("en", error.key, **error.values))
    print(format_table(lines, tz))
    if len(lines) >= args.limit:
        print(f"(the newest {args.limit}; use --since or --limit for more)", file=sys.stderr)
    return 0


def _who_arguments(command: argparse.ArgumentParser) -> None:
    """``--telegram-id ID | --name NAME`` and ``--site CODE``: whom a staff command is about."""
    who = command.add_mutually_exclusive_group(required=True)
    who.add_argument("--telegram-id", type=int, default=None, help="their Telegram user id")
    who.add_argument("--name", default=None, help="their name as 'rapport staff list' shows it")
    command.add_argument("--site", required=True)


def parser() -> argparse.ArgumentParser:
    """The command line, every command listed by ``rapport --help``."""
    root = argparse.ArgumentParser(prog="rapport", description=DESCRIPTION)
    root.add_argument("--version", action="version", version=f"rapport {version('rapport')}")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser(
        "run", help="run the bot (polling, or webhook if configured)"
    ).set_defaults(handler=cmd_run)
    demo = commands.add_parser("demo", help="run the sandbox, demo data and the bot locally")
    demo.add_argument("--port", type=int, default=8081)
    demo.add_argument("--database-url", default=None)
    demo.set_defaults(handler=cmd_demo)
    sandbox = commands.add_parser("sandbox", help="run the local Bot API sandbox alone")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8081)
    sandbox.add_argument("--no-limits", action="store_true", help="switch off rate limits")
    sandbox.set_defaults(handler=cmd_sandbox)

    add_operations(commands)

    sites = commands.add_parser("sites", help="institutions and community offices")
    sites_commands = sites.add_subparsers(dest="sites_command", required=True, metavar="COMMAND")
    add = sites_commands.add_parser("add", help="add a site")
    add.add_argument("code")
    add.add_argument("--name", required=True)
    add.add_argument(
        "--tz", required=True, action=ZoneAction, help="IANA zone, e.g. America/Toronto"
    )
    add.add_argument("--lang", choices=("en", "fr"), default="en")
    add.add_argument("--community", action="store_true", help="a community (parole) office")
    add.set_defaults(handler=cmd_sites_add)
    change = sites_commands.add_parser(
        "set", help="change a site's alerting and privacy settings (audited)"
    )
    change.add_argument("code")
    for setting in site_settings.SETTINGS:
        change.add_argument(f"--{setting.option}", dest=setting.column, help=setting.meaning)
    change.set_defaults(handler=cmd_sites_set)
    show = sites_commands.add_parser("show", help="a site's settings")
    show.add_argument("code")
    show.set_defaults(handler=cmd_sites_show)

    invite = commands.add_parser(
        "invite", help="create a one-time enrolment invitation (link, QR code, code)"
    )
    invite.add_argument("--role", required=True, choices=[str(role) for role in ROLES])
    invite.add_argument("--site", required=True)
    invite.add_argument("--expires", default="24h", help="e.g. 30m, 24h, 7d")
    invite.add_argument("--name", default=None, help="the staff member's name as records show it")
    invite.add_argument("--qr", default=None, metavar="FILE.png", help="save the link's QR code")
    invite.set_defaults(handler=cmd_invite)

    roster = commands.add_parser("roster", help="the offender roster")
    roster_commands = roster.add_subparsers(
        dest="roster_command", required=True, metavar="COMMAND"
    )
    load = roster_commands.add_parser("import", help="import a roster CSV (all rows or none)")
    load.add_argument("file")
    load.add_argument("--site", required=True)
    load.set_defaults(handler=cmd_roster_import)

    staff = commands.add_parser("staff", help="enrolled staff: list, deactivate, reactivate")
    staff_commands = staff.add_subparsers(dest="staff_command", required=True, metavar="COMMAND")
    listing = staff_commands.add_parser("list", help="a site's staff, active or not")
    listing.add_argument("--site", required=True)
    listing.set_defaults(handler=cmd_staff_list)
    off = staff_commands.add_parser(
        "deactivate", help="withdraw access at once; their pending alerts go to the next in line"
    )
    _who_arguments(off)
    off.set_defaults(handler=cmd_staff_deactivate)
    back = staff_commands.add_parser("reactivate", help="give a deactivated member access back")
    _who_arguments(back)
    back.set_defaults(handler=cmd_staff_reactivate)

    trail = commands.add_parser("audit", help="read the audit log, newest last")
    trail.add_argument("--staff", default=None, help="a staff name, staff id or Telegram id")
    trail.add_argument("--ref", default=None, metavar="R-YYYY-NNNNNN", help="one record")
    trail.add_argument("--since", default=None, help="YYYY-MM-DD, ISO 8601, or 24h, 30m, 7d")
    trail.add_argument("--site", default=None, help="lines about this site's staff and records")
    trail.add_argument("--limit", type=int, default=1000, help="at most this many (newest)")
    trail.set_defaults(handler=cmd_audit)

    export = commands.add_parser("export", help="export a site's records (csv) or 0875s (pdf)")
    export.add_argument("--site", required=True)
    export.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", required=True)
    export.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", required=True)
    export.add_argument("--format", choices=("csv", "pdf"), default="csv")
    export.add_argument("--out", default=None, help="file to write (default: named by site, days)")
    export.set_defaults(handler=cmd_export)

    triage = commands.add_parser("triage", help="triage observations read from standard input")
    triage.add_argument("--jsonl", action="store_true", help="JSON lines in and out")
    triage.add_argument("--now", default=None, help="arrival time, ISO 8601 with offset")
    triage.add_argument("--tz", default="America/Toronto", action=ZoneAction)
    triage.add_argument("--roster", default=None, help="roster CSV for surnames")
    triage.set_defaults(handler=cmd_triage)
    return root


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``rapport`` console script."""
    args = parser().parse_args(argv)
    if getattr(args, "reads_settings_itself", False):
        return int(args.handler(args))
    try:
        settings = get_settings()
    except ValidationError as error:
        return fail(f"{settings_problem(error)} (rapport doctor checks every setting)")
    try:
        return int(args.handler(args, settings) or 0)
    except CommandRefused as refused:
        return fail(str(refused))


if __name__ == "__main__":
    sys.exit(main())
