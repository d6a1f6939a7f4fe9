"""Summary queries at scale: 1,000,000 entries over two years for five sites, on SQLite and
PostgreSQL, timing the whole ``/summary`` query set (``bot.reports.summary.gather``) for a week
and a year.

Usage:
    .venv/bin/python benchmarks/summary_scale.py                 # both databases, 1,000,000 rows
    .venv/bin/python benchmarks/summary_scale.py --rows 100000 --only sqlite
    .venv/bin/python benchmarks/summary_scale.py --reuse         # keep the seeded data

SQLite goes to ``benchmarks/out/summary_scale.db`` (git-ignored). PostgreSQL is
``RAPPORT_BENCH_PG_URL`` (default ``postgresql+asyncpg://postgres@127.0.0.1:5432/test``), in a
schema of its own, ``bench``, so test tables are never touched. Target: a year in 500 ms or less.

The days that are over are sealed into tallies first (``storage.report_tallies``), as the running
bot's schedule does (``bot.reports.summary.store_finished_days``); that one-off cost is printed
apart,
and each timed summary still checks for days to seal, as every summary does.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine  # noqa: E402

from bot.reports.periods import Period  # noqa: E402
from bot.reports.summary import gather  # noqa: E402
from storage import report_tallies  # noqa: E402
from storage.db import create_engine, session_factory  # noqa: E402
from storage.models import Base  # noqa: E402
from storage.report_scope import View  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
PG_URL = os.environ.get(
    "RAPPORT_BENCH_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
SCHEMA = "bench"
NOW = datetime(2026, 11, 19, 15, 30, tzinfo=UTC)
SITES, OFFICERS, ROSTER = 5, 40, 500
TZ = "America/Toronto"
BATCH = 20_000
RUNS = 5
TARGET_MS = 500.0
CONCEPTS = ("contraband", "debt", "weapon", "threat", "mental state", "self-harm", "gang tension",
            "boundary testing", "medication refusal", "fight")  # fmt: skip
ROUTES = ("security_intelligence", "health_services", "case_management")
UNITS = ("1A", "1B", "2A", "2B", "3C", "4A", "4B", "5A")
ENTRY_COLUMNS = (
    "id", "reference", "version", "site_id", "officer_id", "status", "mode", "answered", "pending",
    "kind", "lang", "text", "quotes", "context_factors", "place", "occurred_at", "urgency",
    "urgency_suggested", "routes", "document", "reasons", "staff_concern", "positive",
    "created_at", "updated_at", "submitted_at",
)  # fmt: skip
OFFENDER_COLUMNS = ("id", "entry_id", "fps", "candidates", "on_roster")
ALERT_COLUMNS = ("id", "entry_id", "site_id", "status", "level", "taken_over", "created_at",
                 "acknowledged_at")  # fmt: skip


def fps_of(site: int, number: int) -> str:
    """A roster FPS number, unique per site."""
    return f"{site}{number:05d}{'ABCDE'[site - 1]}"


def rows(count: int, seed: int = 7) -> Iterator[tuple[tuple, tuple | None, tuple | None]]:
    """(entry, offender row or None, alert or None), spread evenly over two years."""
    rng = random.Random(seed)
    span = timedelta(days=730).total_seconds()
    for number in range(1, count + 1):
        site = number % SITES + 1
        at = NOW - timedelta(seconds=rng.random() * span)
        draw = rng.random()
        urgency = "immediate" if draw < 0.04 else "priority" if draw < 0.24 else "routine"
        positive = urgency == "routine" and rng.random() < 0.7
        concepts = [] if positive else rng.sample(CONCEPTS, rng.randint(1, 2))
        routes = sorted({rng.choice(ROUTES) for _ in concepts} | (
            {"supervisor"} if urgency == "immediate" else set()))  # fmt: skip
        unit = rng.choice(UNITS)
        entry = (
            number, f"R-{at.year}-{number:07d}", 1, site, (site - 1) * OFFICERS
            + rng.randint(1, OFFICERS), "submitted", "quick", "[]", "{}",
            rng.choice(("interaction", "observation")), "en", "Benchmark note on the range.",
            "[]", "[]", f"{unit} range", at, urgency, urgency, json.dumps(routes),
            "log" if urgency == "routine" else "0875",
            json.dumps([f"{c}: benchmark words" for c in concepts]), False, positive, at, at, at,
        )  # fmt: skip
        named = None
        if rng.random() < 0.8:
            named = (number, number, fps_of(site, rng.randint(1, ROSTER)), "[]", True)
        alert = None
        if urgency == "immediate":
            acked = None if rng.random() < 0.03 else at + timedelta(seconds=rng.randint(20, 900))
            alert = (number, number, site, "acknowledged" if acked else "open", 0, False, at,
                     acked)  # fmt: skip
        yield entry, named, alert


def directory_rows() -> dict[str, list[dict[str, Any]]]:
    """Sites, staff and rosters, as column values; the models' defaults fill in the rest."""
    sites = [dict(id=s, code=f"S{s}", name=f"Site {s}", tz=TZ, lang="en", created_at=NOW)
             for s in range(1, SITES + 1)]  # fmt: skip
    staff = [dict(id=(s - 1) * OFFICERS + o, telegram_user_id=10_000 + (s - 1) * OFFICERS + o,
                  name=f"Officer {s}-{o}", roles=["officer"], site_id=s, lang="en",
                  created_at=NOW)
             for s in range(1, SITES + 1) for o in range(1, OFFICERS + 1)]  # fmt: skip
    roster = [dict(id=(s - 1) * ROSTER + n, site_id=s, fps=fps_of(s, n), surname=f"Surname{n}",
                   given_names="Given", unit=UNITS[n % 8], parole_officer=f"PO {n % 20}")
              for s in range(1, SITES + 1) for n in range(1, ROSTER + 1)]  # fmt: skip
    return {"sites": sites, "staff": staff, "offenders": roster}


def batches(count: int) -> Iterator[tuple[list[tuple], list[tuple], list[tuple]]]:
    """The generated rows, ``BATCH`` entries at a time."""
    entries: list[tuple] = []
    named: list[tuple] = []
    alerts: list[tuple] = []
    for entry, offender, alert in rows(count):
        entries.append(entry)
        if offender:
            named.append(offender)
        if alert:
            alerts.append(alert)
        if len(entries) >= BATCH:
            yield entries, named, alerts
            entries, named, alerts = [], [], []
    if entries:
        yield entries, named, alerts


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return (
            value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        )
    return value


def seed_sqlite(path: Path, count: int) -> None:
    """Create the schema and directory, then insert with executemany, one transaction a batch."""
    asyncio.run(_create_schema(create_engine(f"sqlite+aiosqlite:///{path}")))
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")

    def insert(table: str, columns: tuple[str, ...], values: list[tuple]) -> None:
        marks = ", ".join("?" * len(columns))
        statement = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        db.executemany(statement, [tuple(_sqlite_value(v) for v in row) for row in values])

    for done, (entries, named, alerts) in enumerate(batches(count), start=1):
        insert("entries", ENTRY_COLUMNS, entries)
        insert("entry_offenders", OFFENDER_COLUMNS, named)
        insert("alerts", ALERT_COLUMNS, alerts)
        db.commit()
        progress(done * BATCH, count)
    db.execute("ANALYZE")
    db.commit()
    db.close()


async def _create_schema(engine: AsyncEngine) -> None:
    """The models' tables, emptied, with the sites, staff and rosters (through the ORM's table
    definitions, so a new site setting with a default needs no change here)."""
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.drop_all)
        await connection.run_sync(Base.metadata.create_all)
        for table, values in directory_rows().items():
            await connection.execute(insert(Base.metadata.tables[table]), values)
    await engine.dispose()


def pg_engine() -> AsyncEngine:
    """An engine whose tables live in the ``bench`` schema only."""
    return create_async_engine(
        PG_URL, connect_args={"server_settings": {"search_path": SCHEMA}}, pool_pre_ping=True
    )


async def seed_pg(count: int) -> None:
    """Recreate the ``bench`` schema's tables and load them with COPY, batch by batch."""
    admin = create_async_engine(PG_URL)
    async with admin.begin() as connection:
        await connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        await connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    await admin.dispose()
    await _create_schema(pg_engine())
    engine = pg_engine()
    async with engine.connect() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None

        async def copy(table: str, columns: tuple[str, ...], values: list[tuple]) -> None:
            await raw.copy_records_to_table(
                table, records=values, columns=list(columns), schema_name=SCHEMA
            )

        for done, (entries, named, alerts) in enumerate(batches(count), start=1):
            await copy("entries", ENTRY_COLUMNS, entries)
            await copy("entry_offenders", OFFENDER_COLUMNS, named)
            await copy("alerts", ALERT_COLUMNS, alerts)
            progress(done * BATCH, count)
        for table in ("entries", "entry_offenders", "alerts", "offenders", "staff", "sites"):
            await raw.execute(f"VACUUM ANALYZE {SCHEMA}.{table}")
    await engine.dispose()


def progress(done: int, total: int) -> None:
    """Seeding progress on stderr."""
    print(f"\r  seeded {min(done, total):,}/{total:,}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr)


async def seal_days(engine: AsyncEngine, label: str) -> None:
    """Store the timed site's tallies for the two years, as the schedule does a month at a time
    (each day once; nothing to do with ``--reuse`` once done), and say how long it took. The
    tally tables are then analysed, as the seeded ones were (autovacuum would, soon after)."""
    view = View(site_id=1, start=NOW - timedelta(days=730), end=NOW, tz=TZ, site_wide=True)
    started = time.perf_counter()
    async with session_factory(engine).begin() as session:
        days = await report_tallies.seal(session=session, view=view, now=NOW)
    print(f"{label:<10} sealed {days} days in {time.perf_counter() - started:.1f} s (once)")
    async with engine.begin() as connection:
        for table in ("report_days", "day_tallies", "facet_tallies"):
            await connection.execute(text(f"ANALYZE {table}"))


async def time_summaries(engine: AsyncEngine, label: str) -> dict[str, float]:
    """Median milliseconds of the whole summary query set, for a week and for a year."""
    await seal_days(engine, label)
    sessions = session_factory(engine)
    figures: dict[str, float] = {}
    for name, days in (("week", 7), ("year", 365)):
        period = Period(start=NOW - timedelta(days=days), end=NOW, tz=TZ)
        view = View(site_id=1, start=period.start, end=period.end, tz=TZ, site_wide=True)
        timings = []
        for _ in range(RUNS + 1):  # the first run warms caches and is not counted
            async with sessions() as session:
                started = time.perf_counter()
                result = await gather(
                    session=session, view=view, period=period, per_officer=True, now=NOW
                )
                timings.append((time.perf_counter() - started) * 1000)
        figures[name] = statistics.median(timings[1:])
        verdict = "ok" if name == "week" or figures[name] <= TARGET_MS else "OVER TARGET"
        print(
            f"{label:<10} {name:<5} {result.total:>8,} entries  median {figures[name]:7.1f} ms"
            f"  (min {min(timings[1:]):.1f}, max {max(timings[1:]):.1f})  {verdict}"
        )
    await engine.dispose()
    return figures


def main() -> int:
    """Seed (unless ``--reuse``) and time on the chosen databases."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--only", choices=("sqlite", "postgresql"), default=None)
    parser.add_argument("--reuse", action="store_true", help="time the data already seeded")
    args = parser.parse_args()
    print(f"summary_scale: {args.rows:,} entries, {SITES} sites, two years; site 1 timed")
    if args.only != "postgresql":
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / "summary_scale.db"
        if not args.reuse:
            for leftover in OUT.glob("summary_scale.db*"):
                leftover.unlink()
            started = time.perf_counter()
            seed_sqlite(path, args.rows)
            print(f"sqlite     seeded in {time.perf_counter() - started:.0f} s")
        asyncio.run(time_summaries(create_engine(f"sqlite+aiosqlite:///{path}"), "sqlite"))
    if args.only != "sqlite":
        if not args.reuse:
            started = time.perf_counter()
            asyncio.run(seed_pg(args.rows))
            print(f"postgresql seeded in {time.perf_counter() - started:.0f} s")
        asyncio.run(time_summaries(pg_engine(), "postgresql"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
