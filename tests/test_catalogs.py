"""Every message exists in English and French with the same placeholders."""

from __future__ import annotations

from bot.i18n import catalog, placeholders, t


def test_both_catalogs_have_the_same_keys() -> None:
    assert set(catalog("en")) == set(catalog("fr"))


def test_both_catalogs_use_the_same_placeholders() -> None:
    english, french = catalog("en"), catalog("fr")
    different = [key for key in english if placeholders(english[key]) != placeholders(french[key])]
    assert different == []


def test_a_regional_language_code_falls_back_to_its_language() -> None:
    assert t("fr-CA", "lang.changed") == t("fr", "lang.changed")
    assert t("de", "lang.changed") == t("en", "lang.changed")
