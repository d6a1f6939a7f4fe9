"""Words as the ontology reads them: each word of a note reduced to keys that survive inflection.

Officers write "grabbed", "grabs", "grabed", "pogné", "pognait" and "a pogné": one cue word must
match them all. A word's keys are its stem (a blunt suffix cut that treats English and French
alike, so unknown joual verbs still meet their cue), the lemmas simplemma gives in English and in
French (irregular forms: "threw" -> "throw", "couteaux" -> "couteau") and the stems of those.
Accents are folded, so "etrangle" and "étranglé" read alike. A word neither dictionary knows is
also tried against the cue vocabulary one slip away ("choaked"), the way officers type on a phone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from bot.triage.scanner import fold

# Longest first; a cut must leave at least three letters (four for "-ent", which ends "parent").
_SUFFIXES = (
    "issements",
    "issement",
    "ements",
    "ement",
    "issait",
    "issant",
    "aient",
    "erent",
    "ations",
    "ation",
    "ings",
    "ing",
    "ait",
    "ant",
    "ais",
    "ies",
    "ied",
    "ees",
    "ent",
    "ee",
    "es",
    "er",
    "ez",
    "ed",
    "s",
    "e",
)
_LONGER_STEM = {"ent": 4}
_WORD = re.compile(r"i/ms?\b|[^\W\d_]+|\d+", re.IGNORECASE)  # "i/m" is one word: an inmate
_LANGUAGES = ("en", "fr")
_SLIP_MIN = 4  # stems shorter than this are never mended: too many real words are one slip away
_CACHE = 65536
_ACRONYM = 4  # letters at most in an acronym
SHORTEST_LEMMATISED = 2  # shorter words are matched as written: their lemmas are guesses
_SHOUTED = 0.6  # share of capital letters above which a note is shouted, not abbreviated
# Words whose lemma in the other language is a cue: "les gars ont trippé sur le film" (loved it)
# is no "tripped", and "her bra strap" no « bras » (an arm, as in a headlock). They keep only
# themselves, and are no other word's key ("bra" is the stem of "bras").
_FALSE_FRIENDS = re.compile(r"tripp(e|es|ee|ees|er|ait|aient|ais|ent|ons|ez|ant)|bra")


@dataclass(frozen=True)
class Token:
    """One word of a note: where it is, how it was written, and the keys it matches by."""

    start: int
    end: int
    word: str  # folded, lower case
    capital: bool  # written with a capital (a surname, a unit name)
    keys: frozenset[str]
    # Written in capitals, two to four letters, in a note that is not shouted: an acronym ("her
    # phone PIN", "the CM"), matched only as written, never as a verb's form ("pin", "pinned").
    acronym: bool = False
    titled: bool = False  # a capital then small letters: inside a sentence, a name or a brand


@lru_cache(maxsize=_CACHE)
def stem(word: str) -> str:
    """A blunt common stem for English and French forms of a folded, lower-case word."""
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _LONGER_STEM.get(suffix, 3):
                word = word[: -len(suffix)]
                break
        else:
            break
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeious":
        word = word[:-1]  # "grabb" -> "grab", "frott" -> "frot"; never "pass" -> "pas"
    return word


@lru_cache(maxsize=_CACHE)
def word_keys(word: str) -> frozenset[str]:
    """The keys of one lower-case word: its folded form, its stem, its lemmas and their stems."""
    folded = fold(word)
    if len(folded) <= SHORTEST_LEMMATISED or _FALSE_FRIENDS.fullmatch(folded):
        return frozenset({folded})  # "m" of "I'm" is no "be": "I was doing" is no "I'm done"
    keys = {folded, stem(folded)}
    if word.isalpha():
        for lang in _LANGUAGES:
            lemma = fold(simplemma.lemmatize(word, lang).lower())
            keys |= {lemma, stem(lemma)}
    return own_keys(folded, keys)


def own_keys(folded: str, keys: set[str]) -> frozenset[str]:
    """A word's keys without a false friend's form, unless it is the word itself."""
    return frozenset(key for key in keys if key == folded or not _FALSE_FRIENDS.fullmatch(key))


@lru_cache(maxsize=_CACHE)
def is_known(word: str) -> bool:
    """Whether an English or French dictionary knows the word (a known word is never mended)."""
    return any(simplemma.is_known(word, lang) for lang in _LANGUAGES)


def deletes(key: str) -> set[str]:
    """The key with one letter left out, each way (both sides of a slip meet here)."""
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def tokens(text: str) -> list[Token]:
    """The words of a text with their keys (the text keeps its offsets: no folding needed)."""
    found: list[Token] = []
    shouted = _shouted(text)
    for match in _WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        if lower == "t" and found and _contracted(text, found[-1], match.start()):
            lower = "n't"  # "won't spit it out" holds no French "t'" (te): "il t'a frappé"
        acronym = not shouted and 2 <= len(word) <= _ACRONYM and word.isupper()
        found.append(
            Token(
                match.start(),
                match.end(),
                fold(lower),
                word[0].isupper(),
                frozenset({fold(lower)}) if acronym else word_keys(lower),
                acronym,
                word[0].isupper() and not word.isupper(),
            )
        )
    return found


def _contracted(text: str, before: Token, start: int) -> bool:
    """Whether the word at ``start`` is the "t" of an English "n't" ("won't", "doesn't")."""
    return before.end == start - 1 and text[before.end] in "'’" and before.word.endswith("n")


def _shouted(text: str) -> bool:
    """Whether a note is written mostly in capitals (then a short word in capitals is a word)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > len(letters) * _SHOUTED


def swaps(key: str) -> set[str]:
    """The key with two neighbouring letters swapped, each way."""
    return {key[:i] + key[i + 1] + key[i] + key[i + 2 :] for i in range(len(key) - 1)}


def slip_keys(token: Token) -> str:
    """The stem of a word no dictionary knows, to be tried one slip away; "" for known words."""
    main = stem(token.word)
    if len(main) < _SLIP_MIN or is_known(token.word):
        return ""
    return main


def warm_up() -> None:
    """Load both dictionaries now rather than on the first observation."""
    for lang in _LANGUAGES:
        simplemma.lemmatize("warm", lang)
        simplemma.is_known("warm", lang)
