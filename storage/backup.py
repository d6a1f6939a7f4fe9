"""Backups and restores of the database.

SQLite: ``back_up_sqlite`` copies the database with SQLite's online backup API while the bot
keeps writing. All pages are copied in one step, inside one read transaction, and in WAL mode a
reader neither blocks the writer nor sees its later commits: the copy is the database as it was
when the backup began, every transaction committed by then included. ``restore_sqlite`` writes a
backup back, only while no other process has the database open.

PostgreSQL: ``pg_dump`` (custom format) when it is on the PATH, else the command to run where it
is; a restore is ``pg_restore``'s job, replicas stopped (docs/deploy.md).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import make_url

# How long a backup or a restore waits for SQLite's locks (a checkpoint, the CLI) before failing.
LOCK_WAIT_S = 30.0


class BackupRefused(Exception):
    """The backup or restore cannot go on; the message is the one line the operator reads."""


@dataclass(frozen=True)
class Copied:
    """A database copied: where to, its size, the schema revision it holds and, for a restore,
    where the database it replaced was kept."""

    path: Path
    size: int
    revision: str
    replaced: Path | None = None


def sqlite_path(url: str) -> Path:
    """The file of a SQLite URL."""
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupRefused("an in-memory database has nothing to back up")
    return Path(database)


@contextlib.contextmanager
def _connected(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path, timeout=LOCK_WAIT_S, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def _revision(connection: sqlite3.Connection, what: Path) -> str:
    """The schema revision a Rapport database records; refused when it is not one, or damaged."""
    try:
        [checked] = connection.execute("PRAGMA quick_check").fetchone()
        [revision] = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except (sqlite3.DatabaseError, TypeError) as error:
        raise BackupRefused(f"{what} is not a Rapport database ({error})") from error
    if checked != "ok":
        raise BackupRefused(f"{what} is damaged: {checked}")
    return str(revision)


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """``source``'s pages into a new, self-contained file at ``target`` (no WAL beside it)."""
    with _connected(target) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")


def _check_new(target: Path) -> None:
    """Refuse a backup's ``target`` that exists (a backup never replaces one, an older backup
    least of all) or whose directory does not."""
    if target.exists():
        raise BackupRefused(f"{target} exists: choose another name (a backup never replaces one)")
    if not target.parent.is_dir():
        raise BackupRefused(f"no directory {target.parent}: create it first")


def back_up_sqlite(database: Path, target: Path) -> Copied:
    """Copy ``database`` to ``target`` while the bot runs; a new file, never over another.

    The copy is written beside ``target`` and renamed into place once checked, so a file at
    ``target`` is always a whole backup.
    """
    if not database.is_file():
        raise BackupRefused(f"no database at {database}")
    _check_new(target)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with _connected(database) as source:
            _copy(source, partial)
        with _connected(partial) as copy:
            revision = _revision(copy, partial)
        partial.rename(target)
    except (sqlite3.OperationalError, OSError) as error:
        raise BackupRefused(f"cannot write {target}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
    return Copied(target, target.stat().st_size, revision)


def _claim(database: Path) -> sqlite3.Connection:
    """A connection that alone has ``database`` open, kept so until it closes; refused while
    another process (``rapport run``) has it open.

    The bot keeps its database in WAL mode; leaving WAL needs every other connection closed, so
    the switch is the test, and the exclusive locking mode then keeps everyone out.
    """
    connection = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")
    except sqlite3.OperationalError as error:
        connection.close()
        raise BackupRefused(
            f"{database} is in use (is rapport run running?): stop the bot, then restore"
        ) from error
    return connection


def restore_sqlite(backup: Path, database: Path, *, now: datetime | None = None) -> Copied:
    """Write ``backup`` over ``database``, which no other process may have open; what it held
    is kept beside it first (``<name>.replaced-<UTC time>``), so a restore can be undone."""
    if not backup.is_file():
        raise BackupRefused(f"no backup at {backup}")
    with _connected(backup) as source:
        revision = _revision(source, backup)
        if not database.exists():
            _copy(source, database)
            return Copied(database, database.stat().st_size, revision)
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        kept = database.with_name(f"{database.name}.replaced-{stamp}")
        claimed = _claim(database)
        try:
            _copy(claimed, kept)
            source.backup(claimed)  # the bot puts it back in WAL mode when it opens it
        finally:
            claimed.close()
    return Copied(database, database.stat().st_size, revision, replaced=kept)


@dataclass(frozen=True)
class PgDump:
    """The ``pg_dump`` invocation for a PostgreSQL URL: arguments, and the password for its
    environment (never on the command line, where ``ps`` shows it)."""

    arguments: list[str]
    password: str | None

    def shown(self) -> str:
        """The command as the operator may type it (password left to ~/.pgpass or PGPASSWORD)."""
        return " ".join(self.arguments)


def pg_dump(url: str, target: Path) -> PgDump:
    """``pg_dump`` in its custom format (what ``pg_restore`` reads) for the database at ``url``,
    into a new file ``target``."""
    _check_new(target)
    parsed = make_url(url)
    host = parsed.host or "localhost"
    user = f"{parsed.username}@" if parsed.username else ""
    port = f":{parsed.port}" if parsed.port else ""
    ssl = parsed.query.get("ssl") or parsed.query.get("sslmode")
    query = f"?sslmode={ssl}" if isinstance(ssl, str) else ""
    uri = f"postgresql://{user}{host}{port}/{parsed.database or ''}{query}"
    return PgDump(
        ["pg_dump", "--format=custom", f"--file={target}", f"--dbname={uri}"], parsed.password
    )


def run_pg_dump(dump: PgDump) -> bool:
    """Run ``dump`` if ``pg_dump`` is on the PATH; whether it ran (it raises if it failed)."""
    program = shutil.which("pg_dump")
    if program is None:
        return False
    environment = dict(os.environ)  # pg_dump's own (PGSSLMODE, PGPASSFILE...), and the password
    if dump.password:
        environment["PGPASSWORD"] = dump.password
    finished = subprocess.run(
        [program, *dump.arguments[1:]], env=environment, capture_output=True, text=True
    )
    if finished.returncode != 0:
        reason = (finished.stderr.strip().splitlines() or ["no reason given"])[-1]
        raise BackupRefused(f"pg_dump failed: {reason}")
    return True
