"""Reason labels: one concept, one label per language, read back in the reader's language."""

from __future__ import annotations

import pytest

from bot.triage.cues import HARMLESS
from bot.triage.labels import COMMUNITY, in_language
from bot.triage.lexicon import CONCEPTS


def test_no_two_concepts_share_a_label_or_its_plural() -> None:
    """A report lists concepts by label: "menace" and "menaces" would read as one concept."""
    owners: dict[str, tuple[str, str]] = {}
    for labels in [*(c.labels for c in CONCEPTS), *(h.labels for h in HARMLESS), COMMUNITY]:
        for label in labels:
            key = label.casefold().rstrip("sx")
            assert owners.setdefault(key, labels) == labels, (label, owners[key])


@pytest.mark.parametrize(
    ("stored", "lang", "shown"),
    [
        ("menace", "en", "threat"),
        ("threat", "fr", "menace"),
        ("arme (écarté)", "en", "weapon (ruled out)"),
        ("weapon (past)", "fr", "arme (passé)"),
        ("surveillance dans la collectivité", "en", "community supervision"),
        ("threats", "en", "threatening talk"),  # stored before the label changed
        ("menaces", "fr", "propos menaçants"),
        ("something an older version wrote", "fr", "something an older version wrote"),
    ],
)
def test_a_stored_label_reads_in_the_readers_language(stored: str, lang: str, shown: str) -> None:
    assert in_language(stored, lang) == shown
