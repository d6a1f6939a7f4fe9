"""The commands that keep a deployment running: the schema (``rapport db``), backups and
restores, ``rapport doctor``, and their parser.

The administrative commands (sites, staff, roster, audit, export) are in ``bot.runtime.cli`` and
need a database at the code's schema; these are the operator's, and several must work on one
that is not (``db upgrade``, ``db check``, ``restore``, ``doctor``).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bot.runtime.console import CommandRefused, fail, reaching
from bot.runtime.settings import Settings, get_settings
from storage.backup import (
    BackupRefused,
    back_up_sqlite,
    pg_dump,
    restore_sqlite,
    run_pg_dump,
    sqlite_path,
)
from storage.db import is_sqlite
from storage.migrate import SchemaState, history, schema_state, upgrade_exclusively

# ``rapport db check``: the schema is not the code's (0 when it is; 2 when the check cannot run).
EXIT_BEHIND = 1
# ``rapport doctor``: a check failed.
EXIT_FAILED = 1


def _state(url: str) -> SchemaState:
    """The schema's state, or a one-line refusal when the database cannot be reached."""
    with reaching(url):
        return asyncio.run(schema_state(url))


def cmd_db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    """Apply the migrations (under the migration lock on PostgreSQL, as ``rapport run`` does)."""
    with reaching(settings.database_url):
        asyncio.run(upgrade_exclusively(settings.database_url))
    print(f"database is up to date (revision {_state(settings.database_url).head})")
    return 0


def cmd_db_current(args: argparse.Namespace, settings: Settings) -> int:
    """The database's revision, and whether it is this code's."""
    state = _state(settings.database_url)
    problem = state.problem()
    if problem is None:
        print(f"{state.head} (head)")
    else:
        print(", ".join(state.current) or "none")
        print(problem, file=sys.stderr)
    return 0


def cmd_db_check(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0 when the schema is at head, ``EXIT_BEHIND`` with one line when it is not."""
    state = _state(settings.database_url)
    problem = state.problem()
    if problem is not None:
        print(f"rapport: {problem}", file=sys.stderr)
        return EXIT_BEHIND
    print(f"database is at head (revision {state.head})")
    return 0


def cmd_db_history(args: argparse.Namespace, settings: Settings) -> int:
    """Every migration, oldest first, the database's own marked when it can be read."""
    try:
        current = set(_state(settings.database_url).current)
    except CommandRefused:
        current = set()
    for revision in history():
        mark = "  <- the database" if revision.id in current else ""
        print(f"{revision.id}  {revision.summary}{mark}")
    return 0


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    """Back the database up while the bot runs: SQLite's online backup, or pg_dump."""
    url, target = settings.database_url, Path(args.file)
    try:
        if is_sqlite(url):
            copied = back_up_sqlite(sqlite_path(url), target)
        else:
            dump = pg_dump(url, target)
            if not run_pg_dump(dump):
                return fail(f"pg_dump is not on the PATH; where it is, run: {dump.shown()}")
            print(f"backup written: {target} (pg_dump's custom format, for pg_restore)")
            return 0
    except BackupRefused as refused:
        return fail(str(refused))
    size = copied.size / 1_000_000
    print(f"backup written: {copied.path} ({size:.1f} MB, schema revision {copied.revision})")
    return 0


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    """Write a SQLite backup back over the database, the bot stopped."""
    url = settings.database_url
    if not is_sqlite(url):
        return fail(
            "rapport restore is for SQLite; on PostgreSQL stop every replica, then "
            f"pg_restore --clean --if-exists --no-owner --dbname=DATABASE {args.file}"
        )
    try:
        restored = restore_sqlite(Path(args.file), sqlite_path(url))
    except BackupRefused as refused:
        return fail(str(refused))
    print(f"restored {args.file} into {restored.path} (schema revision {restored.revision})")
    if restored.replaced is not None:
        print(f"the database it replaced is kept as {restored.replaced}")
    problem = _state(url).problem()
    if problem is not None:
        print(problem)
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    """Check the deployment, one line per check; exit 1 when any check fails."""
    from bot.runtime.doctor import Verdict, examine

    findings = asyncio.run(examine(get_settings))
    for finding in findings:
        print(finding.line())
    counts = Counter(finding.verdict for finding in findings)
    print(", ".join(f"{counts[verdict]} {verdict}" for verdict in Verdict))
    return EXIT_FAILED if counts[Verdict.FAIL] else 0


def add_operations(commands: Any) -> None:
    """Add the operator's commands to ``rapport``'s subcommands."""
    db = commands.add_parser("db", help="the database schema: upgrade, current, check, history")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="COMMAND")
    for name, handler, meaning in (
        ("upgrade", cmd_db_upgrade, "apply the migrations (only this and run change the schema)"),
        ("current", cmd_db_current, "the database's revision"),
        ("check", cmd_db_check, "exit 0 when the schema is at head, 1 when it is not"),
        ("history", cmd_db_history, "every migration, oldest first"),
    ):
        db_commands.add_parser(name, help=meaning).set_defaults(handler=handler)
    backup = commands.add_parser(
        "backup", help="back the database up to FILE while the bot runs (SQLite, or pg_dump)"
    )
    backup.add_argument("file", help="a new file (an existing one is never replaced)")
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser(
        "restore", help="write a SQLite backup back (the bot stopped; the old database kept)"
    )
    restore.add_argument("file", help="a file written by rapport backup")
    restore.set_defaults(handler=cmd_restore)
    doctor = commands.add_parser(
        "doctor", help="check settings, Telegram, database, sites, clock: one line per check"
    )
    # The doctor reads the settings itself: what is wrong with them is one of its findings.
    doctor.set_defaults(handler=cmd_doctor, reads_settings_itself=True)
