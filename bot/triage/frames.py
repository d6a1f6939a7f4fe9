"""Frames over lemmas: who did what to whom, read from the words of every sentence of a note.

The lexicon's phrase patterns know the nouns and set phrases of each concept; this matcher reads
the ontology's frames (``bot.triage.ontology``) over the note's words (``bot.triage.lemmas``): an
act of force
followed closely by a person is an assault, a cord and a neck in one sentence is a ligature, two
signs of a medical emergency anywhere in a note are one. It returns, for each concept, the spans
the frames found, in the same form as the scanner's, so negation, hedges, the past and harmless
contexts (``bot.triage.cues``) treat both alike.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

import simplemma

from bot.triage import curfew
from bot.triage.cues import negation_before
from bot.triage.lemmas import (
    SHORTEST_LEMMATISED,
    Token,
    deletes,
    own_keys,
    slip_keys,
    stem,
    swaps,
    tokens,
)
from bot.triage.ontology import INCIDENT_TYPES, MARKERS, NAME, NOTE, Frame
from bot.triage.scanner import fold
from bot.triage.vocabulary import ALARM, FAMILIES, NUMBER, NUMBER_WORDS, Family

_KEPT_CURFEW = "complied"  # a family the curfew's two clocks also find (bot.triage.curfew)
_ACTOR_WORDS = 3  # words before an act in which a staff actor makes it a restraint
_SLIP_STEM = 5  # cue stems at least this long are matched one slip away
_SLIP_CACHE = 65536  # words remembered with their slipped families
# Pronouns in a cue are matched as written: the lemma of "him" is "he", and the subject of "the
# hearing got pushed back so he was upset" is no one pushed.
_PRONOUNS = frozenset(
    "i me my mine he him his she her hers it its we us our they them their you your yours".split()
)


# Days and months are capitalised in English but name nobody: "on hunger strike since Monday";
# nor does a capitalised word after a determiner: "going to murder his GED exam".
_DETERMINERS = frozenset("his her the my your their our a an this that its".split())
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)


def _counts(word: str) -> bool:
    """Whether a word is a number that counts things: "23", "forty"; not a clock time ("med
    line 0800" counts no pills)."""
    if not word.isdecimal():
        return word in NUMBER_WORDS
    return not (len(word) == 4 and int(word[:2]) < 24 and int(word[2:]) < 60)


@dataclass(frozen=True)
class _Seen:
    """Where a family was found: first and last word (exclusive) and characters."""

    first: int
    last: int
    start: int
    end: int


_Entry = tuple[str, tuple[frozenset[str], ...]]  # a family name, and each word's keys


def _cue_keys(word: str, lang: str, exact: bool) -> frozenset[str]:
    """The keys one cue word matches by: its form, stem, lemma in its language, lemma's stem."""
    folded = fold(word.lower())
    if exact or len(folded) <= SHORTEST_LEMMATISED or (lang == "en" and folded in _PRONOUNS):
        return frozenset({folded})
    lemma = fold(simplemma.lemmatize(word.lower(), lang).lower()) if word.isalpha() else folded
    return own_keys(folded, {folded, stem(folded), lemma, stem(lemma)})


class Matcher:
    """The ontology's families indexed by their first word's keys, and its frames in order."""

    def __init__(self, families: tuple[Family, ...]) -> None:
        self._index: dict[str, list[_Entry]] = defaultdict(list)
        self._exact: dict[str, list[_Entry]] = defaultdict(list)
        self._surface: dict[str, list[_Entry]] = defaultdict(list)  # by the cue's word as written
        self._exact_names: set[str] = set()  # families whose every word is matched as written
        self._stems: dict[str, set[str]] = defaultdict(set)  # long cue stems
        self._short: dict[str, set[str]] = defaultdict(set)  # those stems less one letter
        self.staff_words: set[str] = set()
        self._slip_cache: dict[str, frozenset[str]] = {}
        self._candidates: dict[str, list[_Entry]] = {}  # a word's cues, looked up once
        for family in families:
            for lang, cues in (("en", family.en), ("fr", family.fr)):
                for cue in cues:
                    words = [t.word for t in tokens(cue)]
                    keys = tuple(_cue_keys(w, lang, family.exact) for w in words)
                    entry = (family.name, keys)
                    self._surface[fold(words[0])].append(entry)
                    if family.exact:
                        self._exact_names.add(family.name)
                        self._exact[fold(words[0])].append(entry)
                        continue
                    for key in keys[0]:
                        self._index[key].append(entry)
                    main = stem(fold(words[0]))
                    if len(words) == 1 and len(main) >= _SLIP_STEM:
                        self._stems[main].add(family.name)
                        for short in deletes(main):
                            self._short[short].add(family.name)
                    if family.name == "staff":
                        self.staff_words |= keys[0]

    def families(self, words: list[Token], starts: list[int]) -> dict[str, list[_Seen]]:
        """Where each family occurs in the words (several words for a cue of several)."""
        seen: dict[str, list[_Seen]] = defaultdict(list)
        firsts: dict[int, int] = {}
        for i, token in enumerate(words):
            firsts.setdefault(bisect_right(starts, token.start) - 1, i)
        first_words = set(firsts.values())
        for i, token in enumerate(words):
            # An acronym ("PIN") or a capitalised word inside a sentence ("a black Charger") is
            # matched as written, never as a form of a verb ("pinned", "charged").
            written = token.acronym or (token.titled and i not in first_words)
            found = self._at(words, i, token, written)
            if not found and not written:
                found = {(name, i + 1) for name in self._slipped(token)}
            for name, last in found:
                seen[name].append(_Seen(i, last, token.start, words[last - 1].end))
            if _counts(token.word):
                seen[NUMBER].append(_Seen(i, i + 1, token.start, token.end))
            if (
                token.capital
                and i not in first_words
                and len(token.word) > 2
                and token.keys.isdisjoint(self.staff_words)
                and token.word not in _CALENDAR
                and (i == 0 or words[i - 1].word not in _DETERMINERS)
            ):
                seen[NAME].append(_Seen(i, i + 1, token.start, token.end))
        return seen

    def _slipped(self, token: Token) -> frozenset[str]:
        """Families of a cue one slip from a word no dictionary knows: a letter left out, one
        too many, or two swapped (two slips would make "hasnt" a "chant")."""
        known = self._slip_cache.get(token.word)
        if known is not None:
            return known
        typed = slip_keys(token)
        names = set(self._short.get(typed, ())) if typed else set()
        for near in (*deletes(typed), *swaps(typed)) if typed else ():
            names |= self._stems.get(near, set())
        if len(self._slip_cache) < _SLIP_CACHE:
            self._slip_cache[token.word] = frozenset(names)
        return frozenset(names)

    def _at(self, words: list[Token], i: int, token: Token, written: bool) -> set[tuple[str, int]]:
        """The families whose cue starts at word ``i``, with the word after each cue's end."""
        found = set()
        if written:  # "TV" is the cue "tv"; "PIN" is no form of the cue "pinned"
            entries = self._surface.get(token.word, ())
            return {(name, i + 1) for name, keys in entries if len(keys) == 1}
        candidates = self._candidates.get(token.word)
        if candidates is None:
            candidates = [e for key in token.keys for e in self._index.get(key, ())]
            candidates += self._exact.get(token.word, ())
            if len(self._candidates) < _SLIP_CACHE:
                self._candidates[token.word] = candidates
        for name, keys in candidates:
            end = i + len(keys)
            if len(keys) == 1:
                found.add((name, end))
            elif end <= len(words) and all(
                not keys[k].isdisjoint(self._keys_of(name, words[i + k]))
                for k in range(1, len(keys))
            ):
                found.add((name, end))
        return found

    def _keys_of(self, name: str, token: Token) -> frozenset[str]:
        """What a word matches by in a family: as written in an exact family ("a sortir" is not
        "a sorti"), else its forms and lemmas."""
        return frozenset({token.word}) if name in self._exact_names else token.keys


_MATCHER = Matcher(FAMILIES)


def _spanned(words: list[Token], start: int, end: int) -> _Seen:
    """The words that characters ``start`` to ``end`` cover, as a family found there."""
    positions = [word.start for word in words]
    return _Seen(bisect_right(positions, start) - 1, bisect_right(positions, end - 1), start, end)


def _sentence(starts: list[int], position: int) -> int:
    return bisect_right(starts, position) - 1


def _ordered(
    frame: Frame, seen: dict[str, list[_Seen]], starts: list[int], lower: str
) -> list[tuple[_Seen, _Seen]]:
    """Each place where the frame's parts come in order, close enough, within one sentence."""
    assert frame.gaps is not None
    found = []
    for head in seen.get(frame.parts[0], ()):
        sentence = _sentence(starts, head.start)
        last: _Seen | None = head
        for part, gap in zip(frame.parts[1:], frame.gaps, strict=True):
            after = last
            assert after is not None  # the loop stops at the first part not found
            last = next(
                (
                    s
                    for s in seen.get(part, ())
                    if after.last <= s.first <= after.last + gap
                    and _sentence(starts, s.start) == sentence
                    and not _denied_right_before(lower, s.start)
                ),
                None,
            )
            if last is None:
                break
        if last is None or _blocked(frame, head, seen, starts, sentence):
            continue
        if frame.after_subject and _opens_a_phrase(lower, starts[sentence], head.start):
            continue
        found.append((head, last))
    return found


def _blocked(
    frame: Frame, head: _Seen, seen: dict[str, list[_Seen]], starts: list[int], sentence: int
) -> bool:
    """Whether an actor just before the act, or an ``unless`` family, rules the frame out."""
    for name in frame.not_after:
        for s in seen.get(name, ()):
            if head.first - _ACTOR_WORDS <= s.first < head.first and (
                _sentence(starts, s.start) == sentence
            ):
                return True
    if any(
        s.first <= head.first < s.last for name in frame.unless_at_head for s in seen.get(name, ())
    ):
        return True
    return any(
        _sentence(starts, s.start) == sentence for name in frame.unless for s in seen.get(name, ())
    )


_PHRASE_OPENER = re.compile(
    r"(^|\b(de|du|des|sur|par|dans|avec|pour|sous|vers|contre|a|en|que|toute|est|etait)\s+)$"
)


def _opens_a_phrase(lower: str, sentence_start: int, position: int) -> bool:
    """Whether a word opens its sentence or follows a preposition or a verb of being (so it is
    an article, not an object pronoun)."""
    before = lower[sentence_start:position].strip(" \t\"'«»-:,")
    return _PHRASE_OPENER.search(before + " " if before else "") is not None


def _together(
    frame: Frame, seen: dict[str, list[_Seen]], starts: list[int], lower: str
) -> list[tuple[_Seen, _Seen]]:
    """Where all the frame's parts occur (distinct words) in one sentence or in the note; a part
    other than the first counts only when not negated ("rien d'inquiétant", "no concerns")."""
    groups: dict[int, dict[str, list[_Seen]]] = defaultdict(lambda: defaultdict(list))
    for part in set(frame.parts) | set(frame.unless):
        for s in seen.get(part, ()):
            if part != frame.parts[0] and _absent(lower, s.start, frame.negation_denies):
                continue
            scope = 0 if frame.scope == NOTE else _sentence(starts, s.start)
            groups[scope][part].append(s)
    found = []
    for group in groups.values():
        if any(group.get(name) for name in frame.unless):
            continue
        picked = _distinct(frame.parts, group, set())
        if picked:
            found.append((picked[0], picked[0]))
    return found


def _absent(lower: str, start: int, any_negation: bool = False) -> bool:
    """Whether a word is said to be absent ("no concerns", "rien d'inquiétant"); a verb's "not"
    ("has not paid") is often the concern itself, so it counts only where the frame says so."""
    negation = negation_before(lower, start)
    if negation is None:
        return False
    return any_negation or _ABSENCE.match(lower, negation.start) is not None


_ABSENT_WORDS = r"(no|none|nothing|rien|aucune?|sans|without|never|jamais)"
_ABSENCE = re.compile(_ABSENT_WORDS + r"\b")
# What may stand between an absence and the word it denies: "no breaches", "no further breach",
# "aucune trace de"; not "without warning at the officer", whose "without" denies the warning.
_RIGHT_BEFORE = re.compile(
    r"\b" + _ABSENT_WORDS + r"(\s+(any|further|other|more|sign of|signs of|trace de|trace d'|de|"
    r"d'|des))?\s*$"
)


def _denied_right_before(lower: str, start: int) -> bool:
    """Whether an ordered frame's later part is said to be absent by the word just before it."""
    return _RIGHT_BEFORE.search(lower, max(0, start - 40), start) is not None


def _distinct(
    parts: tuple[str, ...], group: dict[str, list[_Seen]], used: set[int]
) -> list[_Seen] | None:
    """One occurrence of each part, no word serving two parts (a cue of several words may
    hold another part's word: "letters for everyone" and "letters")."""
    if not parts:
        return []
    for choice in group.get(parts[0], ()):
        if choice.first in used:
            continue
        rest = _distinct(parts[1:], group, used | {choice.first})
        if rest is not None:
            return [choice, *rest]
    return None


Spans = list[tuple[int, int]]
# Each frame's parts as a set: a frame is looked at only when every part is in the note.
_PARTS = {
    frame: frozenset(frame.parts) for kind in (*MARKERS, *INCIDENT_TYPES) for frame in kind.frames
}


def frame_hits(text: str, starts: list[int]) -> tuple[dict[str, Spans], Spans]:
    """Concept spans the ontology's frames find in a text, and where alarm words are."""
    words = tokens(text)
    lower = fold(text).lower()
    seen = _MATCHER.families(words, starts)
    seen[_KEPT_CURFEW] += [_spanned(words, *span) for span in curfew.kept(lower, starts)]
    present = {name for name, spans in seen.items() if spans}
    hits: dict[str, Spans] = defaultdict(list)
    for kind in (*MARKERS, *INCIDENT_TYPES):
        for frame in kind.frames:
            if not _PARTS[frame] <= present:
                continue  # most frames have a part missing from most notes: no need to look
            match = _ordered if frame.gaps is not None else _together
            for head, last in match(frame, seen, starts, lower):
                span = _Seen(head.first, last.last, head.start, max(head.end, last.end))
                if kind in MARKERS:
                    seen[kind.concept].append(span)
                    present.add(kind.concept)
                else:
                    hits[kind.concept].append((span.start, span.end))
    alarms = [(s.start, s.end) for s in seen.get(ALARM, ())]
    return hits, alarms
