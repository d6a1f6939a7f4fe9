"""Every message exists in English and French with the same placeholders; plurals follow each
language's rule; every French message keeps French typography."""

from __future__ import annotations

import pytest

from bot.i18n import NBSP, NNBSP, catalog, french_typography, placeholders, t

HIGH_PUNCTUATION = ":;?!"
# What may follow a mark that ends a word: a space, the end, a closing guillemet or bracket, a tag.
AFTER_A_WORD = " \n\u00a0\u202f»)<\"'"


def test_both_catalogs_have_the_same_keys() -> None:
    assert set(catalog("en")) == set(catalog("fr"))


def test_both_catalogs_use_the_same_placeholders() -> None:
    english, french = catalog("en"), catalog("fr")
    different = [key for key in english if placeholders(english[key]) != placeholders(french[key])]
    assert different == []


def test_a_regional_language_code_falls_back_to_its_language() -> None:
    assert t("fr-CA", "lang.changed") == t("fr", "lang.changed")
    assert t("de", "lang.changed") == t("en", "lang.changed")


def _typography_faults(text: str) -> list[str]:
    """Where ``text`` breaks the French rule: a high punctuation mark ending a word without a
    non-breaking space before it, or guillemets without non-breaking spaces inside."""
    faults = []
    for index, mark in enumerate(text):
        ends_a_word = index + 1 == len(text) or text[index + 1] in AFTER_A_WORD
        if mark in HIGH_PUNCTUATION and ends_a_word and index > 0:
            before = text[index - 1]
            wanted = NBSP if mark == ":" else NNBSP
            if before != wanted and before not in HIGH_PUNCTUATION:
                faults.append(text[max(0, index - 12) : index + 2])
        if mark == "«" and text[index + 1 : index + 2] != NBSP:
            faults.append(text[index : index + 12])
        if mark == "»" and text[index - 1 : index] != NBSP:
            faults.append(text[max(0, index - 12) : index + 1])
    return faults


def test_every_french_message_keeps_french_typography() -> None:
    faults = {
        key: found for key, text in catalog("fr").items() if (found := _typography_faults(text))
    }
    assert faults == {}


def test_english_messages_have_no_french_spacing() -> None:
    spaced = [key for key, text in catalog("en").items() if NBSP in text or NNBSP in text]
    assert spaced == []


@pytest.mark.parametrize(
    ("written", "typeset"),
    [
        ("Urgence : immédiate", "Urgence\u00a0: immédiate"),
        ("Toujours en service?", "Toujours en service\u202f?"),
        ("« Toujours là? »", "«\u00a0Toujours là\u202f?\u00a0»"),
        (" ; ", "\u202f; "),
        ("à 14:30, voir https://t.me/x?start=AB", "à 14:30, voir https://t.me/x?start=AB"),
        ("<b>Référence</b> : R-2026-000001", "<b>Référence</b>\u00a0: R-2026-000001"),
    ],
)
def test_french_typography_spaces_high_punctuation_but_not_times_or_links(
    written: str, typeset: str
) -> None:
    assert french_typography(written) == typeset


def test_what_a_user_typed_is_not_retypeset() -> None:
    quoted = t("fr", "draft.quote", quote="il a dit : non!")
    assert quoted == "«\u00a0il a dit : non!\u00a0»"


@pytest.mark.parametrize(
    ("lang", "count", "heading"),
    [
        ("en", 0, "Daily digest, KIN: 0 routine items"),
        ("en", 1, "Daily digest, KIN: 1 routine item"),
        ("en", 2, "Daily digest, KIN: 2 routine items"),
        ("fr", 0, "Sommaire quotidien, KIN\u00a0: 0 élément courant"),
        ("fr", 1, "Sommaire quotidien, KIN\u00a0: 1 élément courant"),
        ("fr", 2, "Sommaire quotidien, KIN\u00a0: 2 éléments courants"),
        # CLDR gives French round millions the category "many"; the catalog's "other" serves.
        ("fr", 1_000_000, "Sommaire quotidien, KIN\u00a0: 1000000 éléments courants"),
    ],
)
def test_a_count_takes_the_plural_its_language_gives_it(
    lang: str, count: int, heading: str
) -> None:
    assert t(lang, "digest.heading", site="KIN", count=count) == heading


def test_no_message_spells_a_plural_in_brackets() -> None:
    bracketed = [
        key
        for lang in ("en", "fr")
        for key, text in catalog(lang).items()
        if "(s)" in text or "(e)" in text
    ]
    assert bracketed == []
