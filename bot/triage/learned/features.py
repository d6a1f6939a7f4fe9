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
# A word seen in one training note only (a name, a typo, a place) teaches nothing that carries to
# the next note, and was two thirds of the vocabulary: leaving such words out kept the model
# alone as accurate on the three rounds it had not seen (AC-AE: urgency 0.89-0.94 either way).
MIN_WORD_DF = 2
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


_CHUNK = 256  # training notes counted and weighed at a time (``Vocabulary.learn_with_rows``)


@dataclass(frozen=True)
class _Counted:
    """One block's n-grams in some training notes: each note's distinct n-grams (provisional
    ids) and how often it has each, note after note."""

    notes: np.ndarray
    ids: np.ndarray
    counts: np.ndarray

    @classmethod
    def pairs(cls, notes: np.ndarray, ids: np.ndarray, distinct: int) -> _Counted:
        """Occurrences (each one's note and provisional id, of ``distinct`` ids) counted."""
        pairs, counts = np.unique(notes * distinct + ids, return_counts=True)
        notes, ids = np.divmod(pairs, distinct)
        return cls(notes, ids, counts)


@dataclass(frozen=True)
class _Chunk:
    """Training notes ``first`` to ``last`` (excluded): their character and word n-grams."""

    first: int
    last: int
    chars: _Counted
    words: _Counted


def _numbered(items: list[str]) -> tuple[list[str], np.ndarray]:
    """The distinct items (none with a line break) in the order first met, and each item's index
    among them.

    The distinct items are made anew, side by side (joined, then split), while all the items
    still hold their memory: the first of each, left scattered among hundreds of thousands of
    short-lived copies, kept most of that memory from being handed back after training (the
    vocabulary's n-grams, 28 MB)."""
    index = {item: i for i, item in enumerate(dict.fromkeys(items))}
    ids = np.fromiter(map(index.__getitem__, items), np.int64, len(items))
    return ("\n".join(index).split("\n") if index else []), ids


def _documents(blocks: Iterable[_Counted], distinct: int) -> np.ndarray:
    """How many notes have each of ``distinct`` n-grams, counted chunk by chunk."""
    frequencies = np.zeros(distinct, np.int64)
    for block in blocks:
        frequencies += np.bincount(block.ids, minlength=distinct)
    return frequencies


def _runs(sizes: list[int] | np.ndarray) -> np.ndarray:
    """Where each of some runs laid end to end starts, and where the last ends."""
    return np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)])


@dataclass(frozen=True)
class _Read:
    """The training notes' distinct character and word n-grams (in the order first met), and
    their counts in each chunk of notes."""

    chars: list[str]
    words: list[str]
    chunks: list[_Chunk]

    @classmethod
    def of(cls, texts: Iterable[str]) -> _Read:
        """Each distinct token's character n-grams are cut once, and each chunk of notes' are
        laid out from them in a few array operations: most tokens recur ("the", "il", "cell"),
        and cutting or looking up each occurrence anew was most of the reading time."""
        lows = [folded(text) for text in texts]
        tokens = [low.split() for low in lows]
        distinct, occurrences = _numbered(list(itertools.chain.from_iterable(tokens)))
        cut = [char_grams(token) for token in distinct]
        chars, char_ids = _numbered(list(itertools.chain.from_iterable(cut)))
        said = [word_grams(_WORD.findall(low)) for low in lows]
        words, word_ids = _numbered(list(itertools.chain.from_iterable(said)))
        cuts = np.fromiter(map(len, cut), np.int64, len(cut))  # each distinct token's n-grams
        cut_ends = np.cumsum(cuts)
        token_at, word_at = _runs(list(map(len, tokens))), _runs(list(map(len, said)))
        chunks = []
        for first in range(0, len(lows), _CHUNK):
            last = min(first + _CHUNK, len(lows))
            notes = np.arange(first, last)
            # The chunk's tokens' n-grams: each token's run of ``char_ids``, one after another.
            seen = occurrences[token_at[first] : token_at[last]]
            taken = cuts[seen]
            ends = np.cumsum(taken)
            at = np.arange(ends[-1] if len(ends) else 0) + np.repeat(cut_ends[seen] - ends, taken)
            of_char = np.repeat(np.repeat(notes, np.diff(token_at[first : last + 1])), taken)
            of_word = np.repeat(notes, np.diff(word_at[first : last + 1]))
            in_chunk = word_ids[word_at[first] : word_at[last]]
            chunks.append(
                _Chunk(
                    first,
                    last,
                    _Counted.pairs(of_char, char_ids[at], len(chars)),
                    _Counted.pairs(of_word, in_chunk, len(words)),
                )
            )
        return cls(chars, words, chunks)


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

    def squared_norms(self) -> np.ndarray:
        """Each row's dot product with itself."""
        return np.add.reduceat(self.values * self.values, self.starts[:-1])

    def dot(self, weights: np.ndarray, scratch: np.ndarray | None = None) -> np.ndarray:
        """Each row's dot product with a weight vector. ``scratch``, room for a number per stored
        value, spares a caller that asks again and again (the solver) two such arrays a time."""
        products = _take(weights, self.columns, scratch)
        products *= self.values
        return np.add.reduceat(products, self.starts[:-1])

    def dot_transposed(self, per_row: np.ndarray, scratch: np.ndarray | None = None) -> np.ndarray:
        """The rows summed with one coefficient each (the transpose's product); ``scratch`` as
        for ``dot``."""
        weighed = _take(per_row, self._row_of, scratch)
        weighed *= self.values
        return np.bincount(self.columns, weights=weighed, minlength=self.width)


def _take(values: np.ndarray, at: np.ndarray, out: np.ndarray | None) -> np.ndarray:
    """``values[at]``, into ``out`` if given. The indices are all in range: "wrap" spares numpy
    checking them through a buffer of its own, which made the copy three times as slow."""
    return np.take(values, at, out=out, mode="wrap")


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
        its rows (as ``rows`` would give them), reading each note's n-grams once.

        The notes are counted and weighed a chunk at a time, each chunk in a few array
        operations: note by note, that was half of the vocabulary's time, and all notes at
        once, the arrays came to ten times the rows' size, memory slow to touch the first time."""
        read = _Read.of(texts)
        n = read.chunks[-1].last if read.chunks else 0
        char_df = _documents((chunk.chars for chunk in read.chunks), len(read.chars))
        word_df = _documents((chunk.words for chunk in read.chunks), len(read.words))
        # Provisional ids in the vocabulary's order (a character n-gram too rare is left out).
        kept = sorted(np.flatnonzero(char_df >= MIN_CHAR_DF).tolist(), key=read.chars.__getitem__)
        said = sorted(np.flatnonzero(word_df >= MIN_WORD_DF).tolist(), key=read.words.__getitem__)
        # The inverse document frequency of each possible count of notes.
        idf_of = np.array([math.log((1 + n) / (1 + df)) + 1 for df in range(n + 1)])
        vocabulary = cls(
            {read.chars[i]: column for column, i in enumerate(kept)},
            {read.words[i]: column for column, i in enumerate(said, len(kept))},
            np.concatenate([idf_of[char_df[kept]], idf_of[word_df[said]], [1.0]]),
        )
        char_column = np.full(len(read.chars), -1)  # provisional id -> column, or -1
        char_column[kept] = np.arange(len(kept))
        word_column = np.full(len(read.words), -1)
        word_column[said] = np.arange(len(kept), len(kept) + len(said))
        parts = [vocabulary._rows_of(chunk, char_column, word_column) for chunk in read.chunks]
        columns, values, sizes = (np.concatenate(part) for part in zip(*parts, strict=True))
        return vocabulary, Rows(columns, values, _runs(sizes), vocabulary.width)

    def _rows_of(
        self, chunk: _Chunk, char_column: np.ndarray, word_column: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A chunk of notes' rows: their columns and values (each note's character n-grams, its
        words, the constant), and each row's size."""
        blocks = [
            self._weighed(counted, to_column[counted.ids], chunk)
            for counted, to_column in ((chunk.chars, char_column), (chunk.words, word_column))
        ]
        notes = np.arange(chunk.first, chunk.last)
        constant = (notes, np.full(len(notes), self.width - 1), np.ones(len(notes)))
        parts = zip(*blocks, constant, strict=True)
        notes, columns, values = (np.concatenate(part) for part in parts)
        order = np.argsort(notes, kind="stable")
        sizes = np.bincount(notes - chunk.first, minlength=chunk.last - chunk.first)
        return columns[order], values[order], sizes

    def _weighed(
        self, counted: _Counted, columns: np.ndarray, chunk: _Chunk
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """One block's TF-IDF values in a chunk's notes, normalised note by note: the notes,
        columns and values of the n-grams in the vocabulary."""
        known = columns >= 0
        notes, columns = counted.notes[known], columns[known]
        weights = (1 + np.log(counted.counts[known].astype(np.float64))) * self.idf[columns]
        within = notes - chunk.first
        size = chunk.last - chunk.first
        norms = np.sqrt(np.bincount(within, weights=weights * weights, minlength=size))
        norms[norms == 0] = 1.0
        return notes, columns, weights / norms[within]

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
