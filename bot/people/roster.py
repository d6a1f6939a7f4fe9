"""The offender roster: CSV import with per-row checks, and look-ups by FPS number or surname."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

COLUMNS = ("fps", "surname", "given_names", "unit", "cell", "parole_officer", "release_date")
MAX_ROWS = 50_000
# Caps match the columns of storage.models.Offender, so a valid file always fits the table.
FIELD_CAPS = {
    "fps": 16,
    "surname": 100,
    "given_names": 200,
    "unit": 64,
    "cell": 32,
    "parole_officer": 200,
    "release_date": 10,
}
_SHOWN_VALUE = 60

_FPS = re.compile(r"\d{6,7}[A-Z]")
_FPS_PREFIX = re.compile(r"^(?:fps|inm|i/m|no\.?|n[°o])?\s*[:#.]?\s*#?\s*", re.IGNORECASE)
_FPS_SEPARATORS = re.compile(r"[\s\-]+")
_NAME_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Control characters and invisible format characters (zero-width, soft hyphen, BOM, bidi marks).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


@dataclass(frozen=True)
class RosterRow:
    """One offender on a site's roster."""

    fps: str
    surname: str
    given_names: str
    unit: str | None
    cell: str | None
    parole_officer: str | None
    release_date: date | None


@dataclass(frozen=True)
class RosterError:
    """A problem with one line of a roster file; ``message_key`` is a catalog key."""

    line: int
    message_key: str
    value: str


def strip_control_chars(text: str) -> str:
    """The text without control or zero-width characters (tabs become spaces, newlines stay)."""
    return _INVISIBLE.sub("", text.replace("\t", " "))


def normalise_fps(raw: str) -> str | None:
    """The canonical FPS number of a written one ("FPS 482913 k" -> "482913K"), or None."""
    candidate = _FPS_SEPARATORS.sub("", _FPS_PREFIX.sub("", raw.strip(), count=1)).upper()
    return candidate if _FPS.fullmatch(candidate) else None


@cache
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[0].lower()
    return base[0] if base else char


def fold_name(text: str) -> str:
    """Lower case without accents, one character per input character so spans stay aligned."""
    text = text.replace("\u2019", "'")
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(char) for char in text)


def name_tokens(text: str) -> tuple[str, ...]:
    """The words of a name or a text, folded: "St-Pierre" -> ("st", "pierre")."""
    return tuple(_NAME_TOKEN.findall(fold_name(text)))


@dataclass(frozen=True)
class SurnameSpan:
    """Where a roster surname occurs in a text, and the rows that carry it."""

    start: int
    end: int
    rows: tuple[RosterRow, ...]


class Roster:
    """A site's roster in memory, indexed for extraction."""

    def __init__(self, rows: Iterable[RosterRow]) -> None:
        self._by_fps: dict[str, RosterRow] = {}
        self._by_surname: dict[tuple[str, ...], list[RosterRow]] = {}
        for row in rows:
            self._by_fps[row.fps] = row
            key = name_tokens(row.surname)
            if key:
                self._by_surname.setdefault(key, []).append(row)
        self._by_first_token: dict[str, list[tuple[str, ...]]] = {}
        for key in sorted(self._by_surname, key=len, reverse=True):
            self._by_first_token.setdefault(key[0], []).append(key)

    def by_fps(self, fps: str) -> RosterRow | None:
        """The row of an FPS number, written in any accepted form."""
        canonical = normalise_fps(fps)
        return self._by_fps.get(canonical) if canonical else None

    def by_surname(self, surname: str) -> list[RosterRow]:
        """Every row with this surname, ignoring case and accents."""
        return list(self._by_surname.get(name_tokens(surname), ()))

    def find_surnames(self, text: str) -> list[SurnameSpan]:
        """Roster surnames written in a text as whole words (case- and accent-insensitive)."""
        folded = fold_name(text)
        words = list(_NAME_TOKEN.finditer(folded))
        found: list[SurnameSpan] = []
        index = 0
        while index < len(words):
            length = self._longest_surname_at(words, index)
            if length:
                key = tuple(word.group() for word in words[index : index + length])
                rows = tuple(self._by_surname[key])
                end = words[index + length - 1].end()
                found.append(SurnameSpan(words[index].start(), end, rows))
                index += length
            else:
                index += 1
        return found

    def _longest_surname_at(self, words: list[re.Match[str]], index: int) -> int:
        for key in self._by_first_token.get(words[index].group(), ()):
            window = words[index : index + len(key)]
            if len(window) == len(key) and all(
                word.group() == part for word, part in zip(window, key, strict=True)
            ):
                return len(key)
        return 0

    def __len__(self) -> int:
        return len(self._by_fps)


def _shown(value: str) -> str:
    return value if len(value) <= _SHOWN_VALUE else f"{value[:_SHOWN_VALUE]}…"


def _header_errors(header: list[str]) -> list[RosterError]:
    errors = [
        RosterError(1, "roster.unknown_column", _shown(name))
        for name in header
        if name not in COLUMNS
    ]
    errors += [
        RosterError(1, "roster.duplicate_column", name)
        for position, name in enumerate(header)
        if name in COLUMNS and name in header[:position]
    ]
    errors += [
        RosterError(1, "roster.missing_column", name) for name in COLUMNS if name not in header
    ]
    return errors


def _iso_date(value: str) -> date | None:
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _parse_row(
    line: int, fields: dict[str, str], seen: set[str]
) -> tuple[RosterRow | None, list[RosterError]]:
    errors = [
        RosterError(line, "roster.field_too_long", f"{name}: {_shown(value)}")
        for name, value in fields.items()
        if len(value) > FIELD_CAPS[name]
    ]
    fps = normalise_fps(fields["fps"])
    if fps is None:
        errors.append(RosterError(line, "roster.bad_fps", _shown(fields["fps"])))
    elif fps in seen:
        errors.append(RosterError(line, "roster.duplicate_fps", fps))
    if not fields["surname"]:
        errors.append(RosterError(line, "roster.missing_surname", ""))
    release = _iso_date(fields["release_date"])
    if fields["release_date"] and release is None:
        errors.append(RosterError(line, "roster.bad_date", _shown(fields["release_date"])))
    if errors or fps is None:
        return None, errors
    seen.add(fps)
    return (
        RosterRow(
            fps=fps,
            surname=fields["surname"],
            given_names=fields["given_names"],
            unit=fields["unit"] or None,
            cell=fields["cell"] or None,
            parole_officer=fields["parole_officer"] or None,
            release_date=release,
        ),
        [],
    )


def parse_roster_csv(text: str) -> tuple[list[RosterRow], list[RosterError]]:
    """Rows of a roster CSV and the problems of each bad line; never raises on bad input."""
    lines = strip_control_chars(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    reader = csv.reader(lines, strict=False)
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as error:
        return [], [RosterError(1, "roster.bad_csv", _shown(str(error)))]
    if not any(header):
        return [], [RosterError(1, "roster.empty", "")]
    errors = _header_errors(header)
    if errors:
        return [], errors
    rows: list[RosterRow] = []
    seen: set[str] = set()
    count = 0
    while True:
        try:
            record = next(reader, None)
        except csv.Error as error:
            errors.append(RosterError(reader.line_num, "roster.bad_csv", _shown(str(error))))
            continue
        if record is None:
            break
        if not any(field.strip() for field in record):
            continue
        count += 1
        if count > MAX_ROWS:
            errors.append(RosterError(reader.line_num, "roster.too_many_rows", str(MAX_ROWS)))
            break
        if len(record) != len(header):
            errors.append(RosterError(reader.line_num, "roster.bad_field_count", str(len(record))))
            continue
        fields = {name: value.strip() for name, value in zip(header, record, strict=True)}
        row, row_errors = _parse_row(reader.line_num, fields, seen)
        errors += row_errors
        if row is not None:
            rows.append(row)
    return rows, errors


def load_roster_csv(path: Path) -> Roster:
    """The roster of a CSV file; raises ValueError listing the errors if any line is bad."""
    rows, errors = parse_roster_csv(path.read_text(encoding="utf-8-sig", errors="replace"))
    if errors:
        listed = "; ".join(f"line {e.line}: {e.message_key} {e.value}".strip() for e in errors)
        raise ValueError(f"{path}: {len(errors)} bad line(s): {listed}")
    return Roster(rows)
