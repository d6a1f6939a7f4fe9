"""The migrations build exactly the schema the models describe, and can be walked back.

Six migrations were written by different hands; a column in a model that no migration creates
(or the reverse) would only show on a production database. This compares the two directly.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from storage.migrate import alembic_config, upgrade
from storage.models import Base
from tests.conftest import DATABASES, PG_URL, WORKER

_SCRATCH_DB = f"rapport_migrations_test{WORKER}"
# The report index has one definition per dialect under one name (see storage/models.py); the
# comparison can only hold one of them, so it is checked by the summary benchmark, not here.
_PER_DIALECT = {"ix_entries_report"}


def _compared(item: object, name: str | None, type_: str, *_: object) -> bool:
    return not (type_ == "index" and name in _PER_DIALECT)


async def _differences(url: str) -> list[object]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(
                lambda sync: compare_metadata(
                    MigrationContext.configure(sync, opts={"include_object": _compared}),
                    Base.metadata,
                )
            )
    finally:
        await engine.dispose()


async def _fresh_postgres_database() -> str:
    """An empty scratch database beside the test one (the shared one stays migrated)."""
    assert PG_URL is not None
    engine = create_async_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(f"DROP DATABASE IF EXISTS {_SCRATCH_DB}"))
            await connection.execute(text(f"CREATE DATABASE {_SCRATCH_DB}"))
    finally:
        await engine.dispose()
    return make_url(PG_URL).set(database=_SCRATCH_DB).render_as_string(hide_password=False)


@pytest.fixture(params=DATABASES)
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
    if not PG_URL:
        pytest.skip("RAPPORT_TEST_DATABASE_URL is not set")
    return asyncio.run(_fresh_postgres_database())


def test_the_migrated_schema_is_the_models_schema(empty_database: str) -> None:
    upgrade(empty_database)
    assert asyncio.run(_differences(empty_database)) == []


def test_every_migration_can_be_undone_and_redone(empty_database: str) -> None:
    upgrade(empty_database)
    command.downgrade(alembic_config(empty_database), "base")
    upgrade(empty_database)
    assert asyncio.run(_differences(empty_database)) == []
