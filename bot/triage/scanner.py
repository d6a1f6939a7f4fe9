"""One pass of many pattern lists over a text: the scanner under the triage lexicons and cues.

Lexicon patterns are regular expressions over accent-folded text (``fold``), where a space
stands for any gap and " ?" for none. Triage scans every concept and cue list at once; this
module files each pattern under the characters its matches can start with
(``bot.triage.pattern_starts``) so that each word start tries only the few patterns that fit.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from bot.triage.pattern_starts import pattern_starts

GAP = r"[\s\"']+"  # what a space in a pattern stands for: spaces and quote marks
_GAP_OR_NONE = r"[\s\"'-]*"  # what " ?" stands for: "cell phone", "cellphone", "cell-phone"
_CASED = "(?-i:"  # a pattern with a case-sensitive part ("SI", a capitalised surname)


class _Folding(dict[int, str]):
    """A translation table that learns each character's unaccented form on first sight."""

    def __missing__(self, code: int) -> str:
        self[code] = unicodedata.normalize("NFD", chr(code))[0]
        return self[code]


_FOLDING = _Folding()


def fold(text: str) -> str:
    """Strip accents one character for one, so spans in the folded text match the original."""
    return text if text.isascii() else text.translate(_FOLDING)


@dataclass(frozen=True)
class Scan:
    """A text as the patterns read it: accent-folded, and the same in lower case, span for span."""

    folded: str
    lower: str


# A period after a title or a short form ("M. Paquin", "Mr. Tran", "inm. Roy", "no. 4") is read
# as a space: it ends no sentence, and "the landlord of Mr. Pham called" is words in a row. "No."
# is a number's only before one: "he said no. Knife found in his cell." is two sentences, and
# the "no" must not deny the knife.
_TITLE_PERIOD = re.compile(
    r"(?<![\w.])(?:(?:m|mr|mrs|ms|mme|mlle|dr|st|ste|sgt|inm|cpl|lt|cst|approx)\.(?=\s)"
    r"|(?:no|nos)\.(?=\s*\d))",
    re.IGNORECASE,
)


def scan(text: str) -> Scan:
    """The folded and lower-case forms of a text (lower case is matched without IGNORECASE)."""
    folded = _TITLE_PERIOD.sub(lambda m: m.group()[:-1] + " ", fold(text))
    lower = folded.lower()
    if len(lower) != len(folded):  # a rare character whose lower case is longer: keep it
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    return Scan(folded, lower)


# Officers typing French on a phone drop the apostrophe for a space ("crise d epilepsie", "l
# atelier"): an apostrophe in a pattern stands for either, never for nothing ("l'a planté" is
# not "la plante").
_ELISION = r"['\s]"
# Escapes and character classes are kept as written.
_SPACES = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]| \?| |'")


def _spaced(pattern: str) -> str:
    """A lexicon pattern as a regex over folded text: " ?" may be nothing, " " any gap (a space
    inside a character class, as in ``no[- ]show``, stays a space), "'" an apostrophe or a
    space."""
    gaps = {" ?": _GAP_OR_NONE, " ": GAP, "'": _ELISION}
    return _SPACES.sub(lambda m: gaps.get(m.group(), m.group()), fold(pattern))


def _alternation(patterns: list[str], flags: int) -> re.Pattern[str] | None:
    if not patterns:
        return None
    body = "|".join(f"(?:{_spaced(p)})" for p in patterns)
    return re.compile(rf"(?<!\w)(?:{body})", flags)


@dataclass(frozen=True)
class Terms:
    """Compiled patterns: most run on the lower-case text, case-sensitive ones ignore case."""

    lower: re.Pattern[str] | None
    cased: re.Pattern[str] | None

    def finditer(self, text: Scan) -> list[re.Match[str]]:
        """Every match, in reading order (case-sensitive patterns after the others)."""
        found = list(self.lower.finditer(text.lower)) if self.lower else []
        if self.cased:
            found += self.cased.finditer(text.folded)
        return found

    def search(self, text: Scan) -> re.Match[str] | None:
        """The first match of any pattern, if any."""
        return next(iter(self.finditer(text)), None)


_ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+")


def lowered(pattern: str) -> str:
    """A pattern for lower-case text: its letters lowered, its escapes kept (``\\S`` is not
    ``\\s``)."""
    return _ESCAPE_OR_TEXT.sub(
        lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), pattern
    )


def compile_terms(patterns: tuple[str, ...]) -> Terms:
    """Patterns compiled for speed (lower-case text without IGNORECASE is twice as fast)."""
    return Terms(
        _alternation([lowered(p) for p in patterns if _CASED not in p], 0),
        _alternation([p for p in patterns if _CASED in p], re.IGNORECASE),
    )


_PREFIX = 4  # characters at a word start that choose the patterns tried there (or fewer)


class _Keys(dict[int, str]):
    r"""A translation table that files every digit under "0" and every space under " ": ``\d``
    and ``\s`` are dozens of characters each."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = "0" if char.isdecimal() else " " if char.isspace() else char
        return self[code]


_KEYS = _Keys()


def _uncaptured(pattern: str) -> str:
    """The pattern with its groups made non-capturing: the scanner only needs its own groups."""
    out, escaped, in_class = [], False, False
    for i, char in enumerate(pattern):
        out.append(char)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]" or pattern[i - 1] == "["
        elif char == "[":
            in_class = True
        elif char == "(" and not pattern.startswith("?", i + 1):
            out.append("?:")
    return "".join(out)


class _Bucket:
    """A regex trying several lists' patterns at one place, and the lists of its groups.

    Compiled on first use: the lexicon files its patterns under some 1,700 regexes, and
    compiling them all took most of a second of the bot's start-up, while a note only reaches
    the few its words start like (each is then kept for the life of the process).
    """

    __slots__ = ("_flags", "_regex", "_source", "names")

    def __init__(self, source: str, flags: int, names: tuple[str, ...]) -> None:
        self._source, self._flags, self.names = source, flags, names
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled regex (compiled now if this is its first use)."""
        if self._regex is None:
            self._regex = re.compile(self._source, self._flags)
        return self._regex


@dataclass(frozen=True)
class _Pass:
    """Patterns filed by how words start: one regex for each start some pattern can have."""

    places: re.Pattern[str]  # where some pattern can start, and the key of its patterns there
    buckets: dict[str, _Bucket]  # by the first four characters, or fewer
    elsewhere: _Bucket | None  # patterns whose start is unknown, for any other place
    cased: bool


def _places(lists: dict[str, list[str]]) -> dict[str, list[tuple[int, int]]]:
    """Where each pattern stands: its list's index and its own index there (once or more)."""
    places: dict[str, list[tuple[int, int]]] = {}
    for i, patterns in enumerate(lists.values()):
        for j, pattern in enumerate(patterns):
            places.setdefault(pattern, []).append((i, j))
    return places


def _bucket(
    lists: dict[str, list[str]],
    places: dict[str, list[tuple[int, int]]],
    chosen: set[str],
    flags: int,
) -> _Bucket | None:
    """One regex trying, at one place, each list's chosen patterns in a lookahead of its own
    (in the lists' order, each list's patterns in theirs)."""
    names = list(lists)
    mine: dict[int, list[str]] = {}
    for i, j in sorted(place for pattern in chosen for place in places[pattern]):
        mine.setdefault(i, []).append(lists[names[i]][j])
    if not mine:
        return None
    parts = [f"(?:(?=({'|'.join(f'(?:{p})' for p in ps)}))|)" for ps in mine.values()]
    names = [names[i] for i in mine]
    # Fail unless some list matched, so that most places cost a single failed match.
    some = "".join(f"(?({group})|" for group in range(1, len(names) + 1))
    return _Bucket(rf"(?<!\w){''.join(parts)}{some}(?!){')' * len(names)}", flags, tuple(names))


def _starts(pattern: str, flags: int) -> set[str] | None:
    """The keys a pattern is filed under: the first four characters its matches can start with,
    or fewer when more are too many to list or a match may be shorter; None if unknown."""
    return pattern_starts(pattern, _PREFIX, ignore_case=bool(flags & re.IGNORECASE))


def unreachable_starts(pattern: str) -> set[str]:
    """The starts of a lexicon pattern that no match can have: a match begins where no letter
    comes before, so an alternative that begins with a gap or an apostrophe ("(will|'ll) stay",
    after "he") never matches."""
    starts = _starts(_uncaptured(_spaced(lowered(pattern))), re.IGNORECASE) or set()
    return {start for start in starts if start[0] in " '\""}


def _trie(keys: list[str]) -> str:
    """A regex matching the longest of the keys found here, trying each character once."""
    tails: dict[str, list[str]] = {}
    for key in keys:
        tails.setdefault(key[0], []).append(key[1:])
    options = []
    for head, rest in sorted(tails.items()):
        longer = [tail for tail in rest if tail]
        after = _trie(longer) if longer else ""
        options.append(re.escape(head) + (f"(?:{after})?" if longer and "" in rest else after))
    return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"


def _compile_pass(lists: dict[str, list[str]], flags: int) -> _Pass | None:
    lists = {name: [_uncaptured(_spaced(p)) for p in ps] for name, ps in lists.items()}
    filed: dict[str, set[str]] = {}  # a start of one to four characters -> its patterns
    anywhere: set[str] = set()  # patterns whose start is unknown
    for pattern in (p for ps in lists.values() for p in ps):
        starts = _starts(pattern, flags)
        if starts is None:
            anywhere.add(pattern)
        for start in starts or ():
            filed.setdefault(start, set()).add(pattern)
    if not filed and not anywhere:
        return None
    # Shorter starts are keys too: a place whose first four characters are no key of its own
    # takes the patterns filed under its first three, two or one.
    keys = {start[:size] for start in filed for size in range(1, len(start) + 1)}
    places = _places(lists)
    compiled: dict[frozenset[str], _Bucket | None] = {}
    buckets = {}
    for key in keys:
        chosen = anywhere.union(*(filed.get(key[:size], ()) for size in range(1, len(key) + 1)))
        if frozenset(chosen) not in compiled:
            compiled[frozenset(chosen)] = _bucket(lists, places, chosen, flags)
        if bucket := compiled[frozenset(chosen)]:
            buckets[key] = bucket
    # Places are found in the text's keys (``_KEYS``, lower case); the longest key wins.
    where = f"(?=({_trie(sorted(buckets)) if buckets else '(?!)'}))"
    at = re.compile(rf"(?<!\w)(?:{where}|)" if anywhere else rf"(?<!\w){where}")
    return _Pass(at, buckets, _bucket(lists, places, anywhere, flags), bool(flags & re.IGNORECASE))


class Scanner:
    """Many pattern lists matched in one pass: what ``compile_terms`` finds for each, faster.

    Python's regular expressions try every alternative at every word start, so fifty concepts
    scanned one by one cost fifty passes of hundreds of alternatives. Here each word start only
    tries the patterns that can start with its first four characters (read from the parsed
    patterns, any digit as "0" and any space as " "; fewer when four are too many to list;
    everywhere when unknown), each list in a lookahead of its own so that all lists can match
    at the same place. Each list's matches are the ones its own ``compile_terms(...).finditer``
    gives, in the same order (tests/test_triage.py checks).
    """

    def __init__(self, lists: dict[str, tuple[str, ...]]) -> None:
        lower = {name: [lowered(p) for p in ps if _CASED not in p] for name, ps in lists.items()}
        cased = {name: [p for p in ps if _CASED in p] for name, ps in lists.items()}
        passes = (_compile_pass(lower, 0), _compile_pass(cased, re.IGNORECASE))
        self._passes = tuple(p for p in passes if p is not None)

    def find(self, text: Scan) -> defaultdict[str, list[tuple[int, int]]]:
        """For each named pattern list, its matches as (start, end) in reading order (a list
        without matches reads as empty)."""
        found: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        keys = text.lower.translate(_KEYS)  # buckets are filed by lower case, also when cased
        for one in self._passes:
            source = text.folded if one.cased else text.lower
            reached: dict[str, int] = {}  # no overlapping matches within a list, as finditer
            for place in one.places.finditer(keys):
                start, key = place.start(), place.group(1)
                bucket = one.buckets[key] if key else one.elsewhere
                match = bucket and bucket.regex.match(source, start)
                if not match:
                    continue
                assert bucket is not None
                for name, matched in zip(bucket.names, match.groups(), strict=True):
                    if matched is not None and start >= reached.get(name, 0):
                        end = start + len(matched)
                        found[name].append((start, end))
                        reached[name] = max(end, start + 1)
        return found
