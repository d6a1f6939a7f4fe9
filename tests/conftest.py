"""Fixtures: offline guard, both databases, the sandbox, and the real bot running against it."""

from __future__ import annotations

import os
import re
import shutil
import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from bot.runtime.app import build_application, close_application, open_application, start_receiving
from bot.runtime.settings import Settings
from sandbox.client import SandboxClient
from sandbox.server import Sandbox
from storage.db import create_engine, session_factory
from storage.migrate import upgrade
from storage.models import Base
from tests.shell import Operator
from tests.world import World

TEST_TOKEN = "123456:TEST-token-for-the-sandbox-only"
WEBHOOK_SECRET = "test-webhook-secret_0"
_GIVEN_PG_URL = os.environ.get("RAPPORT_TEST_DATABASE_URL")
# Under pytest-xdist each worker ("gw0", "gw1"...) empties and migrates a database of its own,
# created beside the given one: two workers truncating one database would undo each other.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
PG_URL = (
    make_url(_GIVEN_PG_URL)
    .set(database=f"{make_url(_GIVEN_PG_URL).database}_{WORKER}")
    .render_as_string(hide_password=False)
    if _GIVEN_PG_URL and WORKER
    else _GIVEN_PG_URL
)
_REAL_TOKEN = re.compile(r"\d{8,10}:[A-Za-z0-9_-]{35}")
_real_getaddrinfo = socket.getaddrinfo


def _offline_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
    """Tests run offline by construction: only this machine may be reached."""
    if host not in ("127.0.0.1", "localhost", "::1", None) and not str(host).startswith("127."):
        raise AssertionError(f"a test tried to reach {host}: tests must stay on this machine")
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that would reach a real Telegram URL or another host."""
    monkeypatch.setattr(socket, "getaddrinfo", _offline_getaddrinfo)
    for name in ("RAPPORT_TELEGRAM_TOKEN", "RAPPORT_TELEGRAM_API_URL", "RAPPORT_WEBHOOK_URL"):
        monkeypatch.delenv(name, raising=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Refuse real-looking tokens in test sources (a leaked token must never sit in a test)."""
    for path in {item.path for item in items}:
        if _REAL_TOKEN.search(Path(path).read_text(encoding="utf-8", errors="ignore")):
            raise pytest.UsageError(f"{path} holds a real-looking Telegram token")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite database, copied for each test (migrating once is the slow part)."""
    path = tmp_path_factory.mktemp("db") / "template.db"
    upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def pg_migrated() -> str | None:
    """PostgreSQL, emptied and migrated once per run, when RAPPORT_TEST_DATABASE_URL is set."""
    if not PG_URL:
        return None
    import asyncio

    async def create() -> None:
        """The worker's own database, made once from the given one."""
        assert _GIVEN_PG_URL is not None and PG_URL is not None
        engine = create_async_engine(_GIVEN_PG_URL, isolation_level="AUTOCOMMIT")
        name = make_url(PG_URL).database
        async with engine.connect() as connection:
            exists = await connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            )
            if not exists:
                await connection.execute(text(f'CREATE DATABASE "{name}"'))
        await engine.dispose()

    async def reset() -> None:
        assert PG_URL is not None
        engine = create_engine(PG_URL)
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
        await engine.dispose()

    if PG_URL != _GIVEN_PG_URL:
        asyncio.run(create())
    asyncio.run(reset())
    upgrade(PG_URL)
    return PG_URL


DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(params=DATABASES)
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path, pg_migrated: str | None
) -> Iterator[str]:
    """A clean, migrated database for one test: a SQLite file, or PostgreSQL emptied."""
    if request.param == "sqlite":
        path = tmp_path / "rapport.db"
        shutil.copy(sqlite_template, path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    if pg_migrated is None:
        pytest.skip("RAPPORT_TEST_DATABASE_URL is not set")
    import asyncio

    async def truncate() -> None:
        engine = create_engine(pg_migrated)
        tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
        async with engine.begin() as connection:
            await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        await engine.dispose()

    asyncio.run(truncate())
    yield pg_migrated


@pytest.fixture
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on the test database, for storage tests and for checking what the bot stored."""
    engine = create_engine(database_url)
    yield session_factory(engine)
    await engine.dispose()


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    """A fresh local Bot API, limits off (tests about limits switch them on)."""
    async with Sandbox(limits=False) as server:
        yield server


@pytest.fixture
async def client(sandbox: Sandbox) -> AsyncIterator[SandboxClient]:
    """The control API of the sandbox: personas, groups, faults."""
    async with SandboxClient(sandbox.url) as control:
        yield control


def test_settings(sandbox: Sandbox, database_url: str, **more: Any) -> Settings:
    """Settings pointing the bot at the sandbox and the test database, with quick loops."""
    return Settings(
        telegram_token=TEST_TOKEN,
        telegram_api_url=sandbox.api_url,
        telegram_file_url=sandbox.file_url,
        database_url=database_url,
        _env_file=None,
        # The sandbox starts with Telegram's limits off: the bot need not keep to them either.
        # No health server unless a test asks for one, on a free port (a fixed one may be taken).
        **{
            "delivery_interval_s": 0.05,
            "escalation_check_s": 0.1,
            "telegram_pace": False,
            "http_port": 0,
            **more,
        },
    )


def free_port() -> int:
    """A TCP port nobody listens on right now, for a webhook server."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@asynccontextmanager
async def running_world(
    sandbox: Sandbox,
    client: SandboxClient,
    sessions: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> AsyncIterator[World]:
    """The real bot on ``settings`` with the test site: polling the sandbox, or, when
    ``settings.webhook_url`` is set, started as ``rapport run`` starts it in webhook mode (the
    sandbox then pushes each update to it with the secret-token header)."""
    application = build_application(settings, token=TEST_TOKEN)
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    world = World(
        client=client,
        sessions=sessions,
        application=application,
        webhook_url=settings.webhook_url,
        webhook_secret=secret,
    )
    await world.create_site()
    await open_application(application)
    try:
        await start_receiving(application, settings, poll_timeout_s=1)
        yield world
    finally:
        await close_application(application)


def webhook_settings(sandbox: Sandbox, database_url: str, **more: Any) -> Settings:
    """Test settings for webhook mode on a free local port, with the test secret."""
    port = free_port()
    return test_settings(
        sandbox,
        database_url,
        webhook_url=f"http://127.0.0.1:{port}/telegram",
        webhook_secret=WEBHOOK_SECRET,
        webhook_port=port,
        **more,
    )


@pytest.fixture
async def world(
    sandbox: Sandbox,
    client: SandboxClient,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[World]:
    """The real bot polling the sandbox, a site, and helpers to enrol people."""
    settings = test_settings(sandbox, database_url)
    async with running_world(sandbox, client, sessions, settings) as running:
        yield running


@pytest.fixture
async def webhook_world(
    sandbox: Sandbox,
    client: SandboxClient,
    database_url: str,
    sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[World]:
    """The real bot in webhook mode, the sandbox pushing updates to it."""
    settings = webhook_settings(sandbox, database_url)
    async with running_world(sandbox, client, sessions, settings) as running:
        yield running


@pytest.fixture
def operator(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Operator:
    """An administrator at a shell on the bot's database."""
    return Operator(database_url, monkeypatch)


def now_utc() -> datetime:
    """Now, aware (for assertions about stored times)."""
    from datetime import UTC

    return datetime.now(UTC)
