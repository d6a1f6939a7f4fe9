"""Reason labels: one concept, one label per language, read back in the reader's language."""

from __future__ import annotations

import pytest

from bot.notify.facts import EntryFacts
from bot.notify.render import item_text
from bot.triage import Urgency
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


def test_an_alert_names_its_reasons_in_the_readers_language() -> None:
    """An English note reaches a French-speaking manager: the reasons' labels are French, the
    officer's words stay as written."""
    entry = EntryFacts(
        id=1,
        reference="R-2026-000001",
        officer_id=1,
        urgency=Urgency.IMMEDIATE,
        reasons=("weapon: 'shank'", "threat: 'you're done'"),
        text="he showed a shank and said you're done",
    )
    text = item_text(entry, tz="America/Toronto", lang="fr", heading="ALERTE", minimal=False)
    assert "arme: 'shank'; menace: 'you're done'" in text
    assert "weapon:" not in text
