"""What the learned opinion reads: a note's character and word n-grams, weighed by TF-IDF.

Character n-grams of two to five letters, taken inside each whitespace-separated token with a
space at either end (scikit-learn's ``char_wb``), survive typos, joual, missing accents and
inflections that no word list foresees; word unigrams and bigrams keep short phrases ("no
weapons", "pas de"). Text is accent-folded and lower-cased. Each block is weighed by TF-IDF with
sublinear counts and normalised on its own, then the two are laid side by side with a constant
feature for the intercept.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from bot.triage.scanner import fold

CHAR_SIZES = (2, 3, 4, 5)
MIN_CHAR_DF = 2  # a character n-gram seen in one training note only is noise
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"\w\w+")


def folded(text: str) -> str:
    """The text as the model reads it: accents folded one for one, lower case."""
    return fold(text).lower()


def char_grams(token: str) -> list[str]:
    """The character n-grams of one token, padded with a space at either end."""
    padded = f" {token} "
    return [padded[i : i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)]


def word_grams(words: list[str]) -> list[str]:
    """Word unigrams and the bigrams of neighbouring words."""
    return [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]


Grams = tuple[Counter[str], Counter[str]]  # character n-grams, word n-grams: their counts


def grams(text: str) -> Grams:
    """The n-grams of one note, counted."""
    low = folded(text)
    chars: Counter[str] = Counter()
    for token in low.split():
        chars.update(char_grams(token))
    return chars, Counter(word_grams(_WORD.findall(low)))


class _Ids:
    """Training notes' n-grams as provisional ids, each note's kept as two small arrays.

    A token's character n-grams are cut once and kept as ids: most tokens recur ("the", "il",
    "cell"), and cutting each anew was a fifth of the training time; kept as strings, they would
    stay scattered in memory after training (twenty megabytes)."""

    def __init__(self) -> None:
        self.chars: dict[str, int] = {}
        self.words: dict[str, int] = {}
        self._tokens: dict[str, np.ndarray] = {}

    def note(
        self, text: str
    ) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
        """A note's character and word n-grams: ids and counts."""
        low = folded(text)
        parts = [self._token(token) for token in low.split()]
        chars = np.unique(np.concatenate(parts), return_counts=True) if parts else _NONE
        words = Counter(word_grams(_WORD.findall(low)))
        return (
            (chars[0], chars[1].astype(np.uint32)),
            (
                np.fromiter((self.words.setdefault(g, len(self.words)) for g in words), np.int32),
                np.fromiter(words.values(), np.uint32, len(words)),
            ),
        )

    def _token(self, token: str) -> np.ndarray:
        ids = self._tokens.get(token)
        if ids is None:
            chars = self.chars
            ids = np.fromiter(
                (chars.setdefault(g, len(chars)) for g in char_grams(token)), np.int32
            )
            self._tokens[token] = ids
        return ids


_NONE = (np.empty(0, np.int32), np.empty(0, np.int64))


@dataclass(frozen=True)
class Rows:
    """Notes as sparse rows (compressed by row): the columns, values and where each row starts."""

    columns: np.ndarray
    values: np.ndarray
    starts: np.ndarray  # one more than the rows: row i is starts[i]:starts[i + 1]
    width: int

    @cached_property
    def _row_of(self) -> np.ndarray:
        """The row of each stored value (the solver's every step needs it: computed once)."""
        return np.repeat(np.arange(len(self.starts) - 1), np.diff(self.starts))

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """Each row's dot product with a weight vector."""
        return np.add.reduceat(self.values * weights[self.columns], self.starts[:-1])

    def dot_transposed(self, per_row: np.ndarray) -> np.ndarray:
        """The rows summed with one coefficient each (the transpose's product)."""
        weighed = self.values * per_row[self._row_of]
        return np.bincount(self.columns, weights=weighed, minlength=self.width)


@dataclass(frozen=True)
class Vocabulary:
    """The n-grams the training notes share, their columns and inverse document frequencies."""

    chars: dict[str, int]
    words: dict[str, int]
    idf: np.ndarray  # per column; the last column is the constant

    @property
    def width(self) -> int:
        return len(self.idf)

    @classmethod
    def learn_with_rows(cls, texts: Iterable[str]) -> tuple[Vocabulary, Rows]:
        """A training set's vocabulary, in a fixed (sorted) order so training is repeatable, and
        its rows (as ``rows`` would give them), reading each note's n-grams once: counting them
        twice was half of the training time at start-up, and holding them as counters for every
        note would cost tens of megabytes (each note keeps two small arrays here)."""
        reader = _Ids()
        seen = [reader.note(text) for text in texts]
        char_ids, word_ids = reader.chars, reader.words
        del reader  # its tokens' ids are not needed past here
        n = len(seen)
        char_df = np.bincount(np.concatenate([c[0] for c, _ in seen]), minlength=len(char_ids))
        word_df = np.bincount(np.concatenate([w[0] for _, w in seen]), minlength=len(word_ids))
        kept = sorted(g for g, i in char_ids.items() if char_df[i] >= MIN_CHAR_DF)
        said = sorted(word_ids)
        vocabulary = cls(
            {g: i for i, g in enumerate(kept)},
            {g: len(kept) + i for i, g in enumerate(said)},
            np.array(
                [math.log((1 + n) / (1 + df)) + 1 for df in char_df[[char_ids[g] for g in kept]]]
                + [math.log((1 + n) / (1 + df)) + 1 for df in word_df[[word_ids[g] for g in said]]]
                + [1.0]
            ),
        )
        # Provisional ids -> columns (-1: a character n-gram too rare to keep).
        char_column = np.full(len(char_ids), -1)
        char_column[[char_ids[g] for g in kept]] = np.arange(len(kept))
        word_column = np.empty(len(word_ids), np.int64)
        word_column[[word_ids[g] for g in said]] = np.arange(len(kept), len(kept) + len(said))
        columns, values, starts = [], [], [0]
        for note in seen:
            for (ids, counts), to_column in zip(note, (char_column, word_column), strict=True):
                cols = to_column[ids]
                known = cols >= 0
                cols = cols[known]
                weights = (1 + np.log(counts[known].astype(np.float64))) * vocabulary.idf[cols]
                norm = math.sqrt(float(weights @ weights)) or 1.0
                columns.append(cols)
                values.append(weights / norm)
            columns.append(np.array([vocabulary.width - 1]))
            values.append(np.array([1.0]))
            starts.append(starts[-1] + sum(len(c) for c in columns[-3:]))
        rows = Rows(
            np.concatenate(columns), np.concatenate(values), np.array(starts), vocabulary.width
        )
        return vocabulary, rows

    def rows(self, notes: Iterable[Grams]) -> Rows:
        """The TF-IDF rows of some notes' n-grams (those outside the vocabulary are not read)."""
        idf = self.idf
        columns: list[int] = []
        values: list[float] = []
        starts = [0]
        for note in notes:
            for counts, block in zip(note, (self.chars, self.words), strict=True):
                known = [(block[g], c) for g, c in counts.items() if g in block]
                weights = [(1 + math.log(c)) * idf[col] for col, c in known]
                norm = math.sqrt(sum(w * w for w in weights)) or 1.0
                columns += [col for col, _ in known]
                values += [w / norm for w in weights]
            columns.append(self.width - 1)
            values.append(1.0)
            starts.append(len(columns))
        return Rows(np.array(columns), np.array(values), np.array(starts), self.width)

    def contributions(self, text: str, weights: np.ndarray) -> list[tuple[int, int, float]]:
        """How much each token of the note weighed in a score: (start, end, contribution).

        A character n-gram weighs on the token it came from (shared equally when it occurs in
        several); a word on its own token; a bigram half on each of its words.
        """
        low = folded(text)
        counted = grams(text)
        row = self.rows([counted])
        value = dict(zip(row.columns.tolist(), row.values.tolist(), strict=True))
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low)]
        chars = counted[0]
        weighed = [0.0] * len(tokens)
        for i, (_, _, token) in enumerate(tokens):
            for gram in char_grams(token):
                col = self.chars.get(gram)
                if col is not None:
                    weighed[i] += value[col] * weights[col] / chars[gram]
        words = [(m.start(), m.group()) for m in _WORD.finditer(low)]
        token_starts = [start for start, _, _ in tokens]
        owner = [bisect_right(token_starts, at) - 1 for at, _ in words]
        word_counts = Counter(word_grams([w for _, w in words]))
        for k, (_, word) in enumerate(words):
            col = self.words.get(word)
            if col is not None:
                weighed[owner[k]] += value[col] * weights[col] / word_counts[word]
            if k:
                bigram = f"{words[k - 1][1]} {word}"
                col = self.words.get(bigram)
                if col is not None:
                    share = value[col] * weights[col] / word_counts[bigram] / 2
                    weighed[owner[k - 1]] += share
                    weighed[owner[k]] += share
        return [(s, e, w) for (s, e, _), w in zip(tokens, weighed, strict=True)]
