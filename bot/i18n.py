"""Message catalogs: everything a user reads comes from here, in English or French.

Catalogs are TOML files under ``bot/locales/<lang>/``, one file per concept (``core.toml``,
``capture.toml``, ``draft.toml``...), so each journey owns its strings. Tables nest into dotted
keys: ``[capture] card_title = "..."`` is ``capture.card_title``. Placeholders use ``str.format``
syntax; a test checks that both languages have the same keys and the same placeholders.
"""

from __future__ import annotations

import string
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
_LOCALES = Path(__file__).with_name("locales")


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
    """All messages of one language, keyed by dotted name."""
    messages: dict[str, str] = {}
    for path in sorted((_LOCALES / lang).glob("*.toml")):
        messages.update(_flatten(tomllib.loads(path.read_text(encoding="utf-8"))))
    return messages


def pick_language(code: str | None) -> str:
    """The catalog language of a Telegram ``language_code`` (``fr-CA`` is ``fr``), else English."""
    base = (code or "").split("-")[0].lower()
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def t(lang: str, key: str, /, **values: object) -> str:
    """The message ``key`` in ``lang``, placeholders filled; English if ``lang`` lacks it."""
    messages = catalog(pick_language(lang))
    template = messages.get(key) or catalog(DEFAULT_LANGUAGE)[key]
    return template.format(**values) if values else template


def placeholders(template: str) -> set[str]:
    """The placeholder names a template uses (for the catalog parity test)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
