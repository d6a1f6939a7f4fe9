"""A site's local time: its zone resolved once per name, and "now" as the site reads it.

The database keeps a zone as its IANA name (PostgreSQL's ``timezone()`` takes the name); code
that reads the clock or a day boundary asks for the ``ZoneInfo`` through ``zone_of`` or a
``zone`` property (``Site``, ``Actor``, ``View``, ``Period``), never by building its own.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Protocol
from zoneinfo import ZoneInfo


@cache
def zone_of(name: str) -> ZoneInfo:
    """The time zone named ``name`` (an IANA name checked when the site was added)."""
    return ZoneInfo(name)


class Zoned(Protocol):
    """Anything that knows the zone it is read in: a site, an actor, a report's window."""

    @property
    def zone(self) -> ZoneInfo: ...


def local_now(place: Zoned, now: datetime) -> datetime:
    """``now`` as the clocks on the wall of ``place`` read it."""
    return now.astimezone(place.zone)
