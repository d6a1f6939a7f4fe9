"""How a lexicon pattern's matches can start: the first characters, read from the pattern's text.

The scanner (``bot.triage.scanner``) files each pattern under the few characters its matches can
start
with, so that a word start only tries the patterns that could match there. Python's own parser
(``re._parser``) is private and changes between versions, so this module reads the small regex
dialect the lexicons use (literals, escapes, classes, groups, lookarounds, alternation and
quantifiers) on its own. Anything it does not know makes the answer "unknown", and an unknown
pattern is simply tried everywhere: a wrong "unknown" costs speed, never a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

MAX_STARTS = 300  # more distinct starts than this and the pattern is filed under fewer characters
_UNBOUNDED = -1
_PLAIN = re.compile(r"[^\\\[\]().|?*+{}^$]+")  # characters that stand for themselves


class Unknown(Exception):
    """The pattern uses something this reader does not follow (a conditional, a back-reference)."""


@dataclass(frozen=True)
class _Chars:
    """One character among ``chars``; None: any of too many to list (``\\w``, ``.``)."""

    chars: frozenset[str] | None


@dataclass(frozen=True)
class _Zero:
    """A zero-width assertion: a lookaround, ``\\b``, ``^`` or ``$``."""


@dataclass(frozen=True)
class _Group:
    """Alternatives, each a sequence of nodes."""

    options: tuple[tuple[_Node, ...], ...]


@dataclass(frozen=True)
class _Repeat:
    """A node repeated between ``low`` and ``high`` times (``high`` -1: no limit)."""

    low: int
    high: int
    node: _Node


_Node = _Chars | _Zero | _Group | _Repeat
_ESCAPES = {"d": frozenset("0"), "s": frozenset(" ")}  # every digit files as "0", space as " "


def _key(char: str) -> str:
    """The character a text position is filed under: digits as "0", spaces as " "."""
    return "0" if char.isdecimal() else " " if char.isspace() else char


@cache
def _literal(char: str) -> _Chars:
    """The node of one literal character, made once: the lexicons' patterns are mostly
    literal text, some 170,000 characters of it read at start-up."""
    return _Chars(frozenset(_key(char)))


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def peek(self, ahead: int = 0) -> str:
        return self.text[self.at + ahead : self.at + ahead + 1]  # "" past the end

    def group(self) -> _Group:
        """Alternatives up to the end of the pattern or the closing parenthesis."""
        options: list[tuple[_Node, ...]] = []
        sequence: list[_Node] = []
        while (char := self.peek()) and char != ")":
            if char == "|":
                self.at += 1
                options.append(tuple(sequence))
                sequence = []
                continue
            # A run of plain characters is read in one step, but for its last, which a
            # quantifier may follow.
            plain = _PLAIN.match(self.text, self.at)
            if plain and plain.end() - self.at > 1:
                sequence += map(_literal, self.text[self.at : plain.end() - 1])
                self.at = plain.end() - 1
            sequence.append(self.quantified(self.atom()))
        options.append(tuple(sequence))
        return _Group(tuple(options))

    def atom(self) -> _Node:
        char = self.peek()
        self.at += 1
        if char == "\\":
            return self.escape()
        if char == "[":
            return self.charset()
        if char == "(":
            return self.parenthesis()
        if char in "^$":
            return _Zero()
        if char == ".":
            return _Chars(None)
        return _literal(char)

    def escape(self) -> _Node:
        char = self.peek()
        self.at += 1
        if char in "bBAZ":
            return _Zero()
        if char in _ESCAPES:
            return _Chars(_ESCAPES[char])
        if char.isalnum():  # \w, \W, \S, \D, back-references...
            if char.isdecimal():
                raise Unknown(self.text)
            return _Chars(None)
        return _literal(char)

    def charset(self) -> _Chars:
        negated = self.peek() == "^"
        self.at += negated
        chars: set[str] = set()
        known, first = True, True
        while self.peek() and (first or self.peek() != "]"):
            first = False
            char = self.peek()
            self.at += 1
            if char == "\\":
                char = self.peek()
                self.at += 1
                if char in _ESCAPES:
                    chars |= _ESCAPES[char]
                    continue
                if char.isalnum():
                    known = False
                    continue
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                end = self.peek(1)
                self.at += 2
                chars |= {_key(chr(code)) for code in range(ord(char), ord(end) + 1)}
            else:
                chars.add(_key(char))
        self.at += 1  # the closing "]"
        return _Chars(frozenset(chars) if known and not negated else None)

    def parenthesis(self) -> _Node:
        zero = False
        if self.peek() == "?":
            self.at += 1
            kind = self.peek()
            if kind in "=!" or (kind == "<" and self.peek(1) in "=!"):
                zero = True
                self.at += 1 if kind in "=!" else 2
            elif kind == "P" and self.peek(1) == "<":
                self.at = self.text.index(">", self.at) + 1
            elif kind == ":":
                self.at += 1
            else:  # inline flags "(?-i:" or "(?i:"; a conditional "(?(" is not followed
                while self.peek() and self.peek() in "-aiLmsux":
                    self.at += 1
                if self.peek() != ":":
                    raise Unknown(self.text)
                self.at += 1
        inner = self.group()
        if self.peek() != ")":
            raise Unknown(self.text)
        self.at += 1
        return _Zero() if zero else inner

    def quantified(self, node: _Node) -> _Node:
        char = self.peek()
        if char in ("?", "*", "+"):
            self.at += 1
            low, high = {"?": (0, 1), "*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED)}[char]
        elif char == "{" and "}" in self.text[self.at :]:
            end = self.text.index("}", self.at)
            bounds = self.text[self.at + 1 : end].split(",")
            if not all(b.strip().isdecimal() or b.strip() == "" for b in bounds):
                return node  # a literal "{"
            self.at = end + 1
            low = int(bounds[0] or 0)
            high = int(bounds[-1]) if bounds[-1].strip() else _UNBOUNDED
        else:
            return node
        if self.peek() in ("?", "+"):  # lazy or possessive: the same starts
            self.at += 1
        return _Repeat(low, high, node)


def _starts(nodes: tuple[_Node, ...], size: int, depth: int = 0) -> set[str]:
    """The strings of ``size`` characters (fewer where a match may end) a sequence starts with."""
    if size == 0 or not nodes:
        return {""}
    if depth > 40:
        raise Unknown("too deep")
    node, rest = nodes[0], nodes[1:]
    if isinstance(node, _Chars):
        if node.chars is None:
            raise Unknown("a class too wide to list")
        tails = _starts(rest, size - 1, depth + 1)
        found = {head + tail for head in node.chars for tail in tails}
    elif isinstance(node, _Zero):
        return _starts(rest, size, depth + 1)
    elif isinstance(node, _Group):
        found = set()
        for option in node.options:
            found |= _starts(option + rest, size, depth + 1)
    else:
        high = node.high if node.high == _UNBOUNDED else node.high - 1
        again = (_Repeat(max(node.low - 1, 0), high, node.node),) if high else ()
        found = _starts((node.node, *again, *rest), size, depth + 1)
        if node.low == 0:
            found |= _starts(rest, size, depth + 1)
    if len(found) > MAX_STARTS:
        raise Unknown("too many starts")
    return found


def pattern_starts(pattern: str, size: int, *, ignore_case: bool = False) -> set[str] | None:
    """The first ``size`` characters (or fewer) a pattern's matches can start with, each digit as
    "0" and each space as " "; fewer characters when more are too many to list or a match may
    be shorter; None when unknown."""
    try:
        reader = _Reader(pattern)
        tree = reader.group()
        if reader.peek():
            return None  # an unbalanced ")"
        for width in range(size, 0, -1):
            try:
                starts = _starts((tree,), width)
            except Unknown:
                continue
            if all(len(start) == width for start in starts):
                return {start.lower() for start in starts} if ignore_case else starts
    except (Unknown, ValueError, IndexError):
        return None
    return None
