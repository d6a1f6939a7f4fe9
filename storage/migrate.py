"""Alembic migrations, run from code so ``rapport db upgrade`` needs no ini file.

Only two commands change the schema: ``rapport db upgrade`` and ``rapport run`` (at start, under a
lock: ``upgrade_exclusively``). Every other command reads where the schema stands first
(``schema_state``) and refuses to work on a database its code does not match, so an operator
upgrades on purpose, once, rather than as a side effect of listing the staff.
"""

from __future__ import annotations

import asyncio
import fcntl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import make_url, text

from storage.db import create_engine, is_sqlite

_MIGRATIONS = Path(__file__).with_name("migrations")

# The PostgreSQL advisory lock ``rapport run`` holds while it migrates: any fixed 64-bit number
# that nothing else locks. These are the bytes of "rapport" and a 1, for "migrations".
MIGRATION_LOCK_KEY = 0x7261_7070_6F72_7401


def alembic_config(url: str) -> Config:
    """An Alembic configuration pointing at our migrations and at ``url``."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database at ``url`` up to ``revision`` (blocking: call it off the event loop)."""
    command.upgrade(alembic_config(url), revision)


async def upgrade_async(url: str, revision: str = "head") -> None:
    """``upgrade`` without blocking the event loop (Alembic's env runs its own loop)."""
    await asyncio.to_thread(upgrade, url, revision)


@asynccontextmanager
async def migration_lock(url: str) -> AsyncIterator[None]:
    """Hold PostgreSQL's migration lock (``MIGRATION_LOCK_KEY``) meanwhile, on a connection of
    its own, waiting for it first if another session holds it."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            locking = await connection.execution_options(isolation_level="AUTOCOMMIT")
            key = {"key": MIGRATION_LOCK_KEY}
            await locking.execute(text("SELECT pg_advisory_lock(:key)"), key)
            try:
                yield
            finally:
                await locking.execute(text("SELECT pg_advisory_unlock(:key)"), key)
    finally:
        await engine.dispose()


async def upgrade_exclusively(url: str) -> None:
    """``rapport run``'s migration at start: one process at a time, so replicas started together
    do not race to create the same tables.

    On PostgreSQL the upgrade runs under ``migration_lock``; a replica starting meanwhile waits
    for it, then finds the schema at head and has nothing to do. The lock belongs to its
    session, so a process killed mid-migration releases it with its connection (and Alembic's
    transaction rolls back).

    SQLite is one file on one host: the upgrade runs under an exclusive lock on a file beside
    it (``<database>.migrating``). Its transactions alone did not suffice: under load a second
    ``rapport db upgrade`` read the revision before the first had committed and failed on a
    column the first had just added.
    """
    if is_sqlite(url):
        await asyncio.to_thread(_upgrade_under_file_lock, url)
        return
    async with migration_lock(url):
        await upgrade_async(url)


def _upgrade_under_file_lock(url: str) -> None:
    """``upgrade`` holding an exclusive lock on ``<database>.migrating`` (an in-memory database
    has no other process to wait for). The lock is the kernel's: a killed process drops it."""
    path = make_url(url).database
    if not path or path == ":memory:":
        upgrade(url)
        return
    with open(f"{path}.migrating", "a") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            upgrade(url)
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def migration_scripts() -> ScriptDirectory:
    """The migrations this code ships."""
    return ScriptDirectory.from_config(alembic_config(""))


@dataclass(frozen=True)
class Revision:
    """One migration: its id and the first line of what it does."""

    id: str
    summary: str


def history() -> list[Revision]:
    """Every migration, oldest first."""
    revisions = reversed(list(migration_scripts().walk_revisions()))
    return [
        Revision(script.revision, " ".join((script.doc or "").split())) for script in revisions
    ]


@dataclass(frozen=True)
class SchemaState:
    """Where a database's schema stands against the migrations of this code."""

    head: str
    current: tuple[str, ...] = ()  # the revisions the database records; none: never migrated
    missing_file: str = ""  # the SQLite file named by the URL, when it does not exist
    known: frozenset[str] = frozenset()  # every revision this code ships

    @property
    def at_head(self) -> bool:
        """Whether the schema is exactly the one this code was written for."""
        return self.current == (self.head,)

    def problem(self) -> str | None:
        """One line for the operator when this code cannot work on the database, else None."""
        if self.missing_file:
            return f"no database at {self.missing_file} yet: run rapport db upgrade to create it"
        if not self.current:
            return "the database has no Rapport schema yet: run rapport db upgrade"
        unknown = [revision for revision in self.current if revision not in self.known]
        if unknown:
            return (
                f"the database is at revision {', '.join(unknown)}, which this version of "
                f"Rapport does not know (a newer release migrated it): run that release"
            )
        if not self.at_head:
            return (
                f"the database is behind this version of Rapport (at revision "
                f"{', '.join(self.current)}, needs {self.head}): run rapport db upgrade"
            )
        return None


def _missing_sqlite_file(url: str) -> str:
    """The SQLite file ``url`` names, when it does not exist (else "")."""
    database = make_url(url).database
    if not is_sqlite(url) or not database or database == ":memory:":
        return ""
    return "" if Path(database).exists() else str(Path(database).resolve())


async def schema_state(url: str) -> SchemaState:
    """Read the database's revision (without creating a SQLite file that is not there)."""
    scripts = migration_scripts()
    head = scripts.get_current_head() or ""
    known = frozenset(script.revision for script in scripts.walk_revisions())
    missing_file = _missing_sqlite_file(url)
    if missing_file:
        return SchemaState(head=head, missing_file=missing_file, known=known)
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            current = await connection.run_sync(
                lambda sync: MigrationContext.configure(sync).get_current_heads()
            )
    finally:
        await engine.dispose()
    return SchemaState(head=head, current=tuple(current), known=known)
