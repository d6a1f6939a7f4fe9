"""Numbers said as words, English and French, and word lists written as fast regexes.

Officers write "twenty-five", "vingt-cinq", "quarante et un" as often as digits, in clocks
("ten to four") and in durations ("il y a vingt minutes"); both read them from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _spelled(units: list[str], teens: list[str], tens: list[str], one: str) -> dict[str, int]:
    """Number words 1-59 of a language: units, 10-19, then tens alone or joined to a unit
    ("twenty-five", "vingt-cinq", "vingt et un"); hyphens are read as spaces."""
    found = {word: value for value, word in enumerate(units, 1)}
    found |= {word: value for value, word in enumerate(teens, 10)}
    for value, ten in enumerate(tens, 2):
        found[ten] = value * 10
        for unit, word in enumerate(units, 1):
            found[f"{ten} {word}"] = value * 10 + unit
        found[f"{ten} {one}"] = value * 10 + 1
    return found


ENGLISH = _spelled(
    "one two three four five six seven eight nine".split(),
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
    "twenty thirty forty fifty".split(),
    "one",
)
_FRENCH = _spelled(
    "un deux trois quatre cinq six sept huit neuf".split(),
    "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split(),
    "vingt trente quarante cinquante".split(),
    "et un",
) | {"une": 1, "vingt et une": 21, "trente et une": 31, "quarante et une": 41}
FRENCH = {" ".join(word.split("-")): value for word, value in _FRENCH.items()}
# Numbers said as words, 1-59, both languages ("vingt-cinq", "forty one").
SPELLED = ENGLISH | FRENCH


_Trie = dict[str, "_Trie"]


def _trie_pattern(node: _Trie) -> str:
    """The regex of a trie: shared beginnings written once, the longer word tried first."""
    branches = [
        (r"[\s-]+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:  # a word ends here: the longer ones are tried first
        return f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else f"{body}?"
    return body


def alternatives(words: Iterable[str]) -> str:
    """A regex matching any of the words, longest first, a space matching spaces or hyphens.

    Written as a trie: Python's ``re`` tries an alternation's words one by one, and these
    patterns are tried at every word of every message."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def key(phrase: str) -> str:
    """A phrase as the word lists hold it: lower case, hyphens as single spaces."""
    return " ".join(phrase.replace("-", " ").split())
