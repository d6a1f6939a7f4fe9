"""The roster: CSV import an admin can trust, and look-ups extraction relies on."""

from datetime import date
from pathlib import Path

import pytest

from bot.people.roster import (
    MAX_ROWS,
    Roster,
    RosterRow,
    load_roster_csv,
    normalise_fps,
    parse_roster_csv,
)

HEADER = "fps,surname,given_names,unit,cell,parole_officer,release_date"


def csv_of(*lines: str) -> str:
    return "\n".join((HEADER, *lines)) + "\n"


def row(fps: str, surname: str, given: str = "Sam") -> RosterRow:
    return RosterRow(fps, surname, given, None, None, None, None)


def test_a_clean_file_gives_every_row() -> None:
    rows, errors = parse_roster_csv(
        csv_of(
            "482913K,Tremblay,Marc,4B,2-14,J. Roy,2027-05-01",
            "1234567a,Côté,Luc André,,,,",
        )
    )
    assert errors == []
    assert rows == [
        RosterRow("482913K", "Tremblay", "Marc", "4B", "2-14", "J. Roy", date(2027, 5, 1)),
        RosterRow("1234567A", "Côté", "Luc André", None, None, None, None),
    ]


def test_columns_may_come_in_any_order_with_a_bom_and_windows_line_ends() -> None:
    header = "\ufeffSurname,FPS,unit,cell,given_names,release_date,parole_officer"
    text = f"{header}\r\nDoe,482913K,,,,,\r\n"
    rows, errors = parse_roster_csv(text)
    assert errors == []
    assert rows[0].fps == "482913K"
    assert rows[0].surname == "Doe"


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("48291K,Doe,,,,,", "roster.bad_fps"),
        ("482913,Doe,,,,,", "roster.bad_fps"),
        ("482913K,,John,,,,", "roster.missing_surname"),
        ("482913K,Doe,,,,,2027-13-01", "roster.bad_date"),
        ("482913K,Doe,,,,,01/05/2027", "roster.bad_date"),
        ("482913K,Doe,,,,,20270501", "roster.bad_date"),
        ("482913K,Doe,,,", "roster.bad_field_count"),
        (f"482913K,{'X' * 101},,,,,", "roster.field_too_long"),
        (f"482913K,Doe,,,{'9' * 33},,", "roster.field_too_long"),
    ],
)
def test_a_bad_row_is_reported_with_its_line_and_value(line: str, key: str) -> None:
    rows, errors = parse_roster_csv(csv_of("111111A,Good,,,,,", line, "222222B,Fine,,,,,"))
    assert [error.message_key for error in errors] == [key]
    assert errors[0].line == 3
    assert [r.fps for r in rows] == ["111111A", "222222B"]


def test_a_duplicate_fps_number_is_reported_on_its_second_line() -> None:
    rows, errors = parse_roster_csv(csv_of("482913K,Doe,,,,,", "482913 k,Roe,,,,,"))
    assert [(e.line, e.message_key, e.value) for e in errors] == [
        (3, "roster.duplicate_fps", "482913K")
    ]
    assert len(rows) == 1


def test_unknown_and_missing_columns_are_reported_on_the_header_line() -> None:
    _, errors = parse_roster_csv("fps,surname,nickname\n482913K,Doe,Shorty\n")
    keys = {(error.line, error.message_key, error.value) for error in errors}
    assert (1, "roster.unknown_column", "nickname") in keys
    assert (1, "roster.missing_column", "release_date") in keys


def test_an_empty_file_is_an_error_not_an_empty_roster() -> None:
    assert parse_roster_csv("") == ([], [parse_roster_csv("")[1][0]])
    assert parse_roster_csv("")[1][0].message_key == "roster.empty"
    assert parse_roster_csv("\n\n")[1][0].message_key == "roster.empty"


def test_control_and_zero_width_characters_are_stripped() -> None:
    rows, errors = parse_roster_csv(csv_of("482913K,Tre\u200bmblay\x07,Ma\x00rc,,,,"))
    assert errors == []
    assert (rows[0].surname, rows[0].given_names) == ("Tremblay", "Marc")


def test_blank_lines_are_skipped_but_line_numbers_stay_true() -> None:
    _, errors = parse_roster_csv(csv_of("482913K,Doe,,,,,", "", "bad,Roe,,,,,"))
    assert [(e.line, e.message_key) for e in errors] == [(4, "roster.bad_fps")]


def test_more_than_the_row_limit_is_refused() -> None:
    lines = [f"{100000 + i}A,Name,,,,," for i in range(MAX_ROWS + 1)]
    rows, errors = parse_roster_csv(csv_of(*lines))
    assert [e.message_key for e in errors] == ["roster.too_many_rows"]
    assert len(rows) == MAX_ROWS


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x00\x00",
        '"unclosed,quote\n1,2',
        "🙂,🙂\n🙂",
        HEADER + "\n" + ",x" * 5000,
        "a" * 10_000,
    ],
)
def test_garbage_never_raises(text: str) -> None:
    rows, errors = parse_roster_csv(text)
    assert isinstance(rows, list)
    assert errors


def test_loading_a_file_with_bad_rows_raises_with_every_error(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(csv_of("482913K,Doe,,,,,", "nope,Roe,,,,,", "777777C,,,,,,"), encoding="utf-8")
    with pytest.raises(ValueError, match=r"roster\.bad_fps.*roster\.missing_surname"):
        load_roster_csv(path)


def test_loading_a_good_file_gives_a_roster(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(csv_of("482913K,Doe,,,,,", "512348C,Roe,,,,,"), encoding="utf-8")
    roster = load_roster_csv(path)
    assert len(roster) == 2
    assert roster.by_fps("fps 512348 c") == row("512348C", "Roe", "")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("482913K", "482913K"),
        ("482913k", "482913K"),
        ("FPS 482913 K", "482913K"),
        ("#482913K", "482913K"),
        ("inm 1234567A", "1234567A"),
        (" 482913-K ", "482913K"),
        ("48291K", None),
        ("12345678K", None),
        ("482913", None),
        ("1430", None),
        ("2-14", None),
        ("", None),
        ("🙂", None),
    ],
)
def test_fps_numbers_are_normalised_or_refused(raw: str, expected: str | None) -> None:
    assert normalise_fps(raw) == expected


def test_surname_look_up_ignores_case_and_accents() -> None:
    roster = Roster([row("111111A", "Côté"), row("222222B", "Cote", "Al"), row("333333C", "Roy")])
    assert {r.fps for r in roster.by_surname("COTE")} == {"111111A", "222222B"}
    assert {r.fps for r in roster.by_surname("côté")} == {"111111A", "222222B"}
    assert roster.by_surname("Gagnon") == []


def test_compound_surnames_match_with_hyphen_or_space() -> None:
    roster = Roster([row("111111A", "St-Pierre")])
    assert roster.by_surname("st pierre") == [row("111111A", "St-Pierre")]
    spans = roster.find_surnames("saw ST PIERRE near the gym")
    assert [(span.start, span.end) for span in spans] == [(4, 13)]


def test_surnames_are_found_only_as_whole_words() -> None:
    roster = Roster([row("111111A", "Roy")])
    assert roster.find_surnames("Royal bank, Leroy and troy") == []
    assert len(roster.find_surnames("Roy was calm")) == 1
