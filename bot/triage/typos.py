"""Officers type fast on a phone: a key word one slip away ("shnak", "refusng", "kil") reads right.

Only the words that decide urgency are mended, and only for the commonest slips: a letter left
out, or two neighbours swapped. A slip that spells another real word ("sank", "nose", "arms")
is left alone. The mended text keeps a map back to what the officer typed, so reasons on the
card quote the officer's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import simplemma

from bot.triage.lemmas import is_known
from bot.triage.scanner import fold

# Folded, lower case. English first, then French.
TERMS = (
    "shank shanked shiv weapon weapons knife knives blade blades razor sharpened firearm pistol "
    "fight fighting fought punched punching assault assaulted stabbed stabbing attack attacked "
    "hostage barricade barricaded threat threats threatened threatening kill killed killing "
    "suicide suicidal himself herself overdose overdosed overdosing unresponsive breathing "
    "seizure seizing collapsed escape escaped fence riot rioting refusing refused refuses "
    "medication medications drugs contraband cellphone tobacco hooch muscled muscling taxing "
    "pressure hanging noose ligature cutting bleeding swallowed naloxone narcan fentanyl drone "
    "strangled choked beaten jumped slashed tonight "
    "couteau couteaux arme armes lame bagarre frappe poignarde menace menaces tuer "
    "suicidaire pendre automutilation surdose inconscient evasion cloture emeute medicaments "
    "drogue contrebande cellulaire battu battre"
).split()
# Real words one slip away from a term: never mended.
REAL_WORDS = frozenset(
    "hank sank lade bade lades bades ought tabbed tabbing treat treats breath sizing reusing "
    "reused reuses refuse mediation mediations rugs drug axing nose done wallowed coked choke "
    "eaten lashed collapse muscle strangle "
    "rame rames ares ames arms meute rogue dogue batte batter couteux coteau coteaux".split()
)
_WORD = re.compile(r"[a-z]+")


def _slips(term: str) -> set[str]:
    """A term with one letter left out (a doubled one, in short words) or two letters swapped."""
    slips = {
        term[:i] + term[i + 1 :]
        for i in range(len(term))
        if len(term) >= 5 or (i and term[i] == term[i - 1])
    }
    slips |= {
        term[:i] + term[i + 1] + term[i] + term[i + 2 :]
        for i in range(len(term) - 1)
        if term[i] != term[i + 1]
    }
    return slips


_MENDS = {
    slip: term
    for term in TERMS
    for slip in _slips(term)
    if slip not in REAL_WORDS and slip not in TERMS and len(slip) >= 3
}


_SLIPS = frozenset(_MENDS)


@dataclass(frozen=True)
class Mended:
    """A text with its slips mended, and where each of its characters came from."""

    text: str
    typed: str
    origin: tuple[int, ...] | None  # offset in ``typed`` of each offset in ``text``; None: same

    def typed_span(self, start: int, end: int) -> str:
        """What the officer typed for the span ``start:end`` of the mended text."""
        if self.origin is None:
            return self.typed[start:end]
        return self.typed[self.origin[start] : self.origin[end]]


# French ligatures written out: "sœur", "nœud coulant", "cœur" read as the patterns spell them
# ("soeur", "noeud", "coeur"); accent folding keeps one character for one and cannot.
_LIGATURES = {"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae"}
# An elision typed without its apostrophe on a phone ("jai vu", "en train dattacher", "lagent"):
# the word is unknown, and what follows the first letter is a known French word.
_JOINED = re.compile(r"\b(qu|[djl])([aeiouyhàâéèêëîïôûù][^\W\d_]{4,})\b")
_LIGATURE = re.compile("|".join(_LIGATURES))


def mend(text: str) -> Mended:
    """The text with its ligatures written out, its joined elisions given their apostrophe, and
    slipped key words spelled right (most texts come back unchanged), each character traced back
    to what the officer typed."""
    # Each edit: where, what it writes, and the typed offset of each character it writes.
    edits = [
        (
            m.start(),
            m.end(),
            f"{m.group(1)}'{m.group(2)}",  # the apostrophe comes from where the word goes on
            [*range(m.start(), m.start(2)), m.start(2), *range(m.start(2), m.end())],
        )
        for m in _joined(text)
    ]
    edits += [
        (m.start(), m.end(), _LIGATURES[m.group()], [m.start()] * 2)
        for m in _LIGATURE.finditer(text)
    ]
    if not edits:
        return _mend_slips(text)
    parts: list[str] = []
    origin: list[int] = []
    done = 0
    for start, end, wide, came_from in sorted(edits):
        parts += [text[done:start], wide]
        origin += range(done, start)
        origin += came_from
        done = end
    parts.append(text[done:])
    origin += range(done, len(text) + 1)
    mended = _mend_slips("".join(parts))
    via = mended.origin if mended.origin is not None else range(len(origin))
    return Mended(mended.text, text, tuple(origin[i] for i in via))


def _joined(text: str) -> list[re.Match[str]]:
    """Words in lower case that are an elision typed without its apostrophe ("dattacher", not
    "dates", nor a name such as "Laval")."""
    return [
        m
        for m in _JOINED.finditer(text)
        if not is_known(m.group().lower()) and simplemma.is_known(m.group(2).lower(), "fr")
    ]


def _mend_slips(text: str) -> Mended:
    """The text with slipped key words spelled right."""
    lower = fold(text).lower()
    if _SLIPS.isdisjoint(_WORD.findall(lower)):
        return Mended(text, text, None)
    found = [
        (match.start(), match.end(), term)
        for match in _WORD.finditer(lower)
        if (term := _MENDS.get(match.group()))
    ]
    if len(lower) != len(text):
        return Mended(text, text, None)
    parts: list[str] = []
    origin: list[int] = []
    done = 0
    for start, end, term in found:
        parts += [text[done:start], term]
        origin += range(done, start)
        origin += [start] * len(term)  # the mended word maps onto the typed one
        done = end
    parts.append(text[done:])
    origin += range(done, len(text) + 1)
    return Mended("".join(parts), text, tuple(origin))
