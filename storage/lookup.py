"""Rows by primary key, as ``AsyncSession.get`` finds them, with the query built once.

``session.get`` builds its SELECT again at every call that misses the identity map, and
building a statement costs about as much as running it; a capture looks up its site, its
officer and its entry this way. An object already in the session is still taken from there.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import class_mapper

Row = TypeVar("Row")

_BY_ID: dict[type, Select[Any]] = {}


async def by_id(session: AsyncSession, model: type[Row], ident: int) -> Row | None:
    """The ``model`` row with primary key ``ident``, or None: what ``session.get`` returns."""
    mapper = class_mapper(model)
    if mapper.identity_key_from_primary_key((ident,)) in session.identity_map:
        return await session.get(model, ident)  # no statement: the identity map has it
    statement = _BY_ID.get(model)
    if statement is None:
        statement = select(model).where(mapper.primary_key[0] == bindparam("ident"))
        _BY_ID[model] = statement
    # It autoflushes first, as session.get does when it must query: a row added but not yet
    # flushed is found.
    row: Row | None = await session.scalar(statement, {"ident": ident})
    return row
