"""Message catalogs: everything a user reads comes from here, in English or French.

Catalogs are TOML files under ``bot/locales/<lang>/``, one file per concept (``core.toml``,
``capture.toml``, ``draft.toml``...), so each journey owns its strings. Tables nest into dotted
keys: ``[capture] card_title = "..."`` is ``capture.card_title``. Placeholders use ``str.format``
syntax; a test checks that both languages have the same keys and the same placeholders.

Two rules of the language are applied here, once, rather than written into each string:

* **Plurals.** A message that counts is a table of CLDR plural categories (``one``, ``other``;
  French also knows ``many``, for round millions, which falls back to ``other``), and
  ``t(lang, key, count=n)`` picks the category Babel's plural rules give ``n`` in that language.
  French says "0 élément", English "0 items": the rule, not the string, decides.
* **French typography.** A non-breaking space before ``:``, a narrow non-breaking space before
  ``;``, ``?`` and ``!``, and non-breaking spaces inside « », so that no line of a French message
  starts with a colon or a question mark. Applied to the catalog's templates, never to what a
  user typed (placeholders are filled afterwards).
"""

from __future__ import annotations

import re
import string
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.units import format_unit

LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
PLURAL_FALLBACK = "other"
_LOCALES = Path(__file__).with_name("locales")

NBSP = "\u00a0"  # before a colon and inside guillemets
NNBSP = "\u202f"  # narrow: before ; ? !
# A high punctuation mark ending a word (not the colon of "14:30" or "https://", which a letter
# or a slash follows), with whatever space the catalog put before it; or after the space that
# starts a fragment (the joiner " ; ").
_HIGH_PUNCTUATION = re.compile(
    r"(?:(?<=[^\s:;?!])[ \u00a0\u202f]?|^[ \u00a0\u202f])([:;?!])(?=[\s»)<\"']|$)"
)
_OPENING_GUILLEMET = re.compile(r"«\s*")
_CLOSING_GUILLEMET = re.compile(r"\s*»")


def french_typography(text: str) -> str:
    """``text`` with French spacing around high punctuation and guillemets."""
    text = _HIGH_PUNCTUATION.sub(lambda mark: (NBSP if mark[1] == ":" else NNBSP) + mark[1], text)
    text = _OPENING_GUILLEMET.sub("«" + NBSP, text)
    return _CLOSING_GUILLEMET.sub(NBSP + "»", text)


_TYPOGRAPHY = {"fr": french_typography}


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = str(value)
    return flat


@cache
def catalog(lang: str) -> dict[str, str]:
    """All messages of one language, keyed by dotted name, typeset by the language's rules."""
    messages: dict[str, str] = {}
    for path in sorted((_LOCALES / lang).glob("*.toml")):
        messages.update(_flatten(tomllib.loads(path.read_text(encoding="utf-8"))))
    typeset = _TYPOGRAPHY.get(lang)
    return {key: typeset(text) for key, text in messages.items()} if typeset else messages


def pick_language(code: str | None) -> str:
    """The catalog language of a Telegram ``language_code`` (``fr-CA`` is ``fr``), else English."""
    base = (code or "").split("-")[0].lower()
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def plural_category(lang: str, count: int) -> str:
    """The CLDR plural category of ``count`` in ``lang`` (Babel's rules): ``one``, ``other``…"""
    return str(_locale(pick_language(lang)).plural_form(abs(count)))


def duration(lang: str, seconds: int) -> str:
    """A duration in the largest whole unit (days, hours, else minutes), its unit spelled and
    made plural by CLDR's rules: "1 day", "47 heures", "30 minutes"."""
    for unit, size in (("day", 86_400), ("hour", 3_600)):
        if seconds >= size and seconds % size == 0:
            return str(format_unit(seconds // size, f"duration-{unit}", locale=_locale(lang)))
    minutes = round(seconds / 60)
    return str(format_unit(minutes, "duration-minute", locale=_locale(lang)))


def _template(lang: str, key: str, count: object) -> str:
    messages = catalog(lang)
    if isinstance(count, int) and key not in messages:
        category = plural_category(lang, count)
        forms = (f"{key}.{category}", f"{key}.{PLURAL_FALLBACK}")
        key = next((form for form in forms if form in messages), key)
    return messages.get(key) or catalog(DEFAULT_LANGUAGE)[key]


def t(lang: str, key: str, /, **values: object) -> str:
    """The message ``key`` in ``lang``, placeholders filled; English if ``lang`` lacks it.

    When ``key`` names a table of plural forms, the ``count`` value picks the form it takes in
    ``lang``.
    """
    lang = pick_language(lang)
    template = _template(lang, key, values.get("count"))
    return template.format(**values) if values else template


def labelled(lang: str, key: str, value: str) -> str:
    """One "Label: value" line, the label the message ``key``, spaced as ``lang`` writes it
    (``value`` as given: already escaped HTML, or the user's own words)."""
    return t(lang, "core.labelled", label=t(lang, key), value=value)


def placeholders(template: str) -> set[str]:
    """The placeholder names a template uses (for the catalog parity test)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
