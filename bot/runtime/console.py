"""What every ``rapport`` command shares: a refusal in one line, and one transaction on a database
whose schema is the code's (never migrated as a side effect: ``storage.migrate``)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import create_engine, is_unavailable, session_factory
from storage.migrate import schema_state


class CommandRefused(Exception):
    """The command cannot go on; the message is the one line the operator reads."""


def fail(message: str) -> int:
    """Print ``rapport: message`` on standard error; the exit code of a refused command."""
    print(f"rapport: {message}", file=sys.stderr)
    return 2


def database_label(url: str) -> str:
    """The database URL as an operator may read it: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)


@contextmanager
def reaching(url: str) -> Iterator[None]:
    """Turn the database being out of reach into a one-line refusal with the driver's reason."""
    try:
        yield
    except Exception as error:
        if not is_unavailable(error):
            raise
        cause: BaseException = getattr(error, "orig", None) or error.__cause__ or error
        reason = f"{type(cause).__name__}: {cause}".splitlines()[0]
        password = make_url(url).password
        if password:
            reason = reason.replace(str(password), "***")
        message = f"cannot reach the database {database_label(url)} ({reason})"
        raise CommandRefused(message) from error


async def require_current_schema(url: str) -> None:
    """Refuse (``CommandRefused``) unless the database is at the code's revision."""
    problem = (await schema_state(url)).problem()
    if problem is not None:
        raise CommandRefused(problem)


def in_transaction(url: str, work: Callable[[AsyncSession], Awaitable[Any]]) -> Any:
    """Run ``work`` in one transaction, on a database whose schema is current."""

    async def go() -> Any:
        await require_current_schema(url)
        engine = create_engine(url)
        try:
            async with session_factory(engine).begin() as session:
                return await work(session)
        finally:
            await engine.dispose()

    with reaching(url):
        return asyncio.run(go())
