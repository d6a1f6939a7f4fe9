"""The scanner files each pattern by how its matches start, without Python's private parser."""

import pytest

from bot.triage.pattern_starts import pattern_starts


@pytest.mark.parametrize(
    ("pattern", "size", "starts"),
    [
        (r"shank(s|ed)?\b", 4, {"shan"}),
        (r"(plastic )?bag", 4, {"pla", "bag"}),  # "bag" is three long
        (r"(?:cell|range) fire", 2, {"ce", "ra"}),
        (r"\d+ guys", 2, {"0 ", "00"}),
        (r"(?<!glue\s)guns?", 3, {"gun"}),
        (r"[bc]at", 3, {"bat", "cat"}),
        (r"(?-i:SI)\b", 2, {"SI"}),
    ],
)
def test_a_pattern_is_filed_under_how_its_matches_start(
    pattern: str, size: int, starts: set[str]
) -> None:
    assert pattern_starts(pattern, size) == starts


def test_a_case_blind_pattern_is_filed_in_lower_case() -> None:
    assert pattern_starts(r"(?-i:SI)\b", 2, ignore_case=True) == {"si"}


@pytest.mark.parametrize("pattern", [r"\w+ing", r"(a)\1", r"(?(1)a|b)", r"[^x]yz"])
def test_a_pattern_it_cannot_follow_is_tried_everywhere(pattern: str) -> None:
    assert pattern_starts(pattern, 4) is None
