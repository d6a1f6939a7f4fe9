"""``rapport``: the command line for operators and administrators."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.authz import ROLES
from bot.directory import DirectoryError, RosterRejected, add_site, import_roster
from bot.enrolment import EnrolmentError, create_invite, parse_duration
from bot.i18n import t
from bot.settings import Settings, get_settings
from storage.db import create_engine, session_factory
from storage.migrate import upgrade_async
from storage.models import utcnow


def _in_transaction(settings: Settings, work: Callable[[AsyncSession], Awaitable[Any]]) -> Any:
    """Run ``work`` in one transaction on a migrated database."""

    async def go() -> Any:
        await upgrade_async(settings.database_url)
        engine = create_engine(settings.database_url)
        try:
            async with session_factory(engine).begin() as session:
                return await work(session)
        finally:
            await engine.dispose()

    return asyncio.run(go())


def _fail(message: str) -> int:
    print(f"rapport: {message}", file=sys.stderr)
    return 2


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the bot."""
    from bot.app import run

    return run(settings)


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    """Run the sandbox, the demo data and the bot."""
    from bot.demo import main

    url = args.database_url or "sqlite+aiosqlite:///rapport-demo.db"
    main(args.port, url)
    return 0


def cmd_sandbox(args: argparse.Namespace, settings: Settings) -> int:
    """Run the Bot API sandbox alone."""
    from sandbox.server import run_sandbox

    run_sandbox(args.host, args.port, limits=not args.no_limits)
    return 0


def cmd_db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    """Apply the migrations."""
    asyncio.run(upgrade_async(settings.database_url))
    print("database is up to date")
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
    except DirectoryError as error:
        return _fail(t("en", error.key, **error.values))
    print(f"site {args.code} added")
    return 0


def cmd_invite(args: argparse.Namespace, settings: Settings) -> int:
    """Create a one-time enrolment code; the code alone is the last line printed."""
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
    except EnrolmentError as error:
        return _fail(t("en", error.key, **error.values))
    print(f"Enrolment code for a {args.role} at {args.site}, valid {args.expires}, single use.")
    print("The user sends /start followed by this code to the bot:")
    print(code)
    return 0


def cmd_roster_import(args: argparse.Namespace, settings: Settings) -> int:
    """Import an offender roster CSV: all rows or none."""
    path = Path(args.file)
    if not path.is_file():
        return _fail(f"no such file: {path}")
    text = path.read_text(encoding="utf-8-sig", errors="replace")

    async def work(session: AsyncSession) -> tuple[int, int]:
        return await import_roster(session=session, site_code=args.site, text=text)

    try:
        added, updated = _in_transaction(settings, work)
    except RosterRejected as error:
        for problem in error.errors:
            detail = t("en", problem.message_key, value=problem.value)
            print(f"{path}:{problem.line}: {detail}", file=sys.stderr)
        return _fail(t("en", error.key, **error.values))
    except DirectoryError as error:
        return _fail(t("en", error.key, **error.values))
    print(f"roster imported: {added} added, {updated} updated")
    return 0


def cmd_triage(args: argparse.Namespace, settings: Settings) -> int:
    """Triage observations from standard input."""
    from bot.roster import load_roster_csv
    from bot.verdict import run_triage_cli

    try:
        now = datetime.fromisoformat(args.now) if args.now else None
        if now is not None and now.tzinfo is None:
            return _fail("--now needs a time-zone offset, e.g. 2026-03-12T10:30:00-04:00")
        roster = load_roster_csv(Path(args.roster)) if args.roster else None
    except ValueError as error:
        return _fail(str(error))
    return run_triage_cli(
        sys.stdin, sys.stdout, jsonl=args.jsonl, now=now, tz=args.tz, roster=roster
    )


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    """Export a site's records (CSV) or its 0875s (one PDF) for a range of local days; audited."""
    from bot.export import export_site, progress_bar
    from bot.periods import PeriodError
    from bot.summary import SummaryError

    try:
        first, last = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    except ValueError as error:
        return _fail(f"dates are YYYY-MM-DD: {error}")

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
        return _fail(f"no days to export between {first} and {last} (the future is not exported)")
    except SummaryError as error:
        return _fail(t("en", error.key, **error.values))
    out = Path(args.out or name)
    out.write_bytes(data)
    print(f"{rows} record version(s) exported to {out}")
    return 0


def parser() -> argparse.ArgumentParser:
    """The command line, every command listed by ``rapport --help``."""
    root = argparse.ArgumentParser(prog="rapport", description=__doc__)
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

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="COMMAND")
    db_commands.add_parser("upgrade", help="apply migrations").set_defaults(handler=cmd_db_upgrade)

    sites = commands.add_parser("sites", help="institutions and community offices")
    sites_commands = sites.add_subparsers(dest="sites_command", required=True, metavar="COMMAND")
    add = sites_commands.add_parser("add", help="add a site")
    add.add_argument("code")
    add.add_argument("--name", required=True)
    add.add_argument("--tz", required=True, help="IANA zone, e.g. America/Toronto")
    add.add_argument("--lang", choices=("en", "fr"), default="en")
    add.add_argument("--community", action="store_true", help="a community (parole) office")
    add.set_defaults(handler=cmd_sites_add)

    invite = commands.add_parser("invite", help="create a one-time enrolment code")
    invite.add_argument("--role", required=True, choices=ROLES)
    invite.add_argument("--site", required=True)
    invite.add_argument("--expires", default="24h", help="e.g. 30m, 24h, 7d")
    invite.add_argument("--name", default=None, help="the staff member's name as records show it")
    invite.set_defaults(handler=cmd_invite)

    roster = commands.add_parser("roster", help="the offender roster")
    roster_commands = roster.add_subparsers(
        dest="roster_command", required=True, metavar="COMMAND"
    )
    load = roster_commands.add_parser("import", help="import a roster CSV (all rows or none)")
    load.add_argument("file")
    load.add_argument("--site", required=True)
    load.set_defaults(handler=cmd_roster_import)

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
    triage.add_argument("--tz", default="America/Toronto")
    triage.add_argument("--roster", default=None, help="roster CSV for surnames")
    triage.set_defaults(handler=cmd_triage)
    return root


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``rapport`` console script."""
    args = parser().parse_args(argv)
    return int(args.handler(args, get_settings()) or 0)


if __name__ == "__main__":
    sys.exit(main())
