"""Who an entry names: the roster's reading of a message, and how a doubtful name is settled.

A surname the roster holds more than once is asked about ("which"): the officer taps one of the
roster's matches, types the FPS number instead, or says it is none of them, and the name is then
kept as typed with the card's "not on the roster" warning. Only that offender changes; the others
the message named stay as they were.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.people.directory import roster_for
from bot.people.roster import Roster, RosterRow
from bot.refusal import Refusal
from bot.triage.extract import Extraction
from storage.models import Entry, EntryOffender

CANDIDATES_SHOWN = 8  # buttons under "which one?"; a longer list is typed as an FPS number


def roster_name(row: RosterRow) -> str:
    """An offender as the card names them: "BOUCHARD, Marc"."""
    return f"{row.surname.upper()}, {row.given_names}".strip(", ")


def mentions(extraction: Extraction, roster: Roster) -> list[EntryOffender]:
    """The offenders a text names, as entry rows (roster names filled in where known)."""
    rows = []
    for mention in extraction.offenders:
        row = roster.by_fps(mention.fps) if mention.fps else None
        rows.append(
            EntryOffender(
                fps=mention.fps,
                surname=row.surname if row else mention.surname,
                name=roster_name(row) if row else None,
                candidates=list(mention.candidates),
                on_roster=mention.on_roster,
            )
        )
    return rows


def ambiguous(entry: Entry) -> EntryOffender | None:
    """The first offender ``entry`` names by a surname the roster holds more than once."""
    return next((o for o in entry.offenders if o.fps is None and o.candidates), None)


async def candidate_choices(*, session: AsyncSession, entry: Entry) -> list[tuple[str, str]]:
    """The roster's matches for the doubtful name, as (button label, FPS number)."""
    target = ambiguous(entry)
    if target is None:
        return []
    roster = await roster_for(session=session, site_id=entry.site_id)
    choices = []
    for fps in target.candidates[:CANDIDATES_SHOWN]:
        row = roster.by_fps(fps)
        label = f"{roster_name(row)} ({fps})" if row else fps
        choices.append((f"{label} {row.unit}" if row and row.unit else label, fps))
    return choices


def _target(entry: Entry) -> EntryOffender:
    target = ambiguous(entry)
    if target is None:
        raise Refusal("capture.already_done")
    return target


def settle(entry: Entry, named: EntryOffender) -> None:
    """The doubtful name is ``named`` (a tapped candidate or a typed FPS number)."""
    target = _target(entry)
    target.fps, target.surname, target.name = named.fps, named.surname, named.name
    target.candidates, target.on_roster = [], named.on_roster


async def choose_candidate(*, session: AsyncSession, entry: Entry, fps: str) -> None:
    """The officer tapped one of the roster's matches."""
    row = (await roster_for(session=session, site_id=entry.site_id)).by_fps(fps)
    if row is None or fps not in _target(entry).candidates:
        raise Refusal("capture.already_done")
    named = EntryOffender(fps=row.fps, surname=row.surname, name=roster_name(row), on_roster=True)
    settle(entry, named)


def keep_as_typed(entry: Entry) -> None:
    """None of the roster's matches: the name stays as typed, flagged as not on the roster."""
    target = _target(entry)
    target.candidates, target.on_roster = [], False


def as_typed(value: str) -> EntryOffender:
    """A name the roster does not know, kept as typed (the card warns about it)."""
    return EntryOffender(surname=value[:100], on_roster=False)
