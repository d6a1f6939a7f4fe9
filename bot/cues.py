"""Cues around the concepts: negation, hedges, harmless contexts, the past, and the setting.

The concepts in ``bot.lexicon`` say what an officer reports; these cues say how it stands:
denied or absent, hedged, a joke or a drill, over and done, in the community or inside.
All patterns run on accent-folded text (``fold``), so ``fouillé`` and ``fouille`` read alike.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from re import _constants as _sre  # the parsed form of a pattern, to read its first characters
from re import _parser
from typing import Any

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


def scan(text: str) -> Scan:
    """The folded and lower-case forms of a text (lower case is matched without IGNORECASE)."""
    folded = fold(text)
    lower = folded.lower()
    if len(lower) != len(folded):  # a rare character whose lower case is longer: keep it
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    return Scan(folded, lower)


def _spaced(pattern: str) -> str:
    """A lexicon pattern as a regex over folded text: " ?" may be nothing, " " any gap."""
    return fold(pattern).replace(" ?", _GAP_OR_NONE).replace(" ", GAP)


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


def compile_terms(patterns: tuple[str, ...]) -> Terms:
    """Patterns compiled for speed (lower-case text without IGNORECASE is twice as fast)."""
    return Terms(
        _alternation([p.lower() for p in patterns if _CASED not in p], 0),
        _alternation([p for p in patterns if _CASED in p], re.IGNORECASE),
    )


_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_PREFIX = 4  # characters at a word start that choose the patterns tried there (or fewer)
_MAX_PREFIXES = 300  # more than this and the pattern is filed under fewer characters


class _Keys(dict[int, str]):
    r"""A translation table that files every digit under "0" and every space under " ": ``\d``
    and ``\s`` are dozens of characters each."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = "0" if char.isdecimal() else " " if char.isspace() else char
        return self[code]


_KEYS = _Keys()


def _charset(av: list[Any]) -> set[str] | None:
    r"""The characters of a parsed character class (digits as "0", spaces as " "); None for
    most categories (``\w``...)."""
    chars: set[str] = set()
    for kind, value in av:
        if kind is _sre.LITERAL:
            chars.add(chr(value))
        elif kind is _sre.RANGE:
            chars |= {chr(code) for code in range(value[0], value[1] + 1)}
        elif kind is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
            chars.add("0")
        elif kind is _sre.CATEGORY and value is _sre.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return None
    return {char.translate(_KEYS) for char in chars}


def _prefixes(items: list[Any], size: int, depth: int = 0) -> set[str] | None:
    """The strings of ``size`` characters (fewer where a match may end) that a parsed pattern's
    matches start with; None when unknown or too many."""
    if size == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is _sre.LITERAL or op is _sre.IN:
        heads = {chr(av).translate(_KEYS)} if op is _sre.LITERAL else _charset(av)
        tails = _prefixes(rest, size - 1, depth + 1) if heads is not None else None
        found = {head + tail for head in heads or () for tail in tails or ()}
        return found if tails is not None and len(found) <= _MAX_PREFIXES else None
    if depth > 40:
        return None
    if op is _sre.BRANCH:
        options = [list(alternative) + rest for alternative in av[1]]
    elif op is _sre.SUBPATTERN:
        options = [list(av[3]) + rest]
    elif op in _REPEATS:
        low, high, sub = av
        again = [(op, (max(low - 1, 0), high if high == _sre.MAXREPEAT else high - 1, sub))]
        options = [list(sub) + (again if high != 1 else []) + rest]
        if low == 0:
            options.append(rest)
    elif op in _ZERO_WIDTH:
        options = [rest]
    else:
        return None
    found: set[str] = set()
    for option in options:
        more = _prefixes(option, size, depth + 1)
        if more is None:
            return None
        found |= more
    return found if len(found) <= _MAX_PREFIXES else None


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


_Bucket = tuple[re.Pattern[str], tuple[str, ...]]  # a regex, and the lists of its groups


@dataclass(frozen=True)
class _Pass:
    """Patterns filed by how words start: one regex for each start some pattern can have."""

    places: re.Pattern[str]  # where some pattern can start, and the key of its patterns there
    buckets: dict[str, _Bucket]  # by the first four characters, or fewer
    elsewhere: _Bucket | None  # patterns whose start is unknown, for any other place
    cased: bool


def _bucket(lists: dict[str, list[str]], chosen: set[str], flags: int) -> _Bucket | None:
    """One regex trying, at one place, each list's chosen patterns in a lookahead of its own."""
    parts, names = [], []
    for name, patterns in lists.items():
        mine = [p for p in patterns if p in chosen]
        if mine:
            parts.append(f"(?:(?=({'|'.join(f'(?:{p})' for p in mine)}))|)")
            names.append(name)
    if not names:
        return None
    # Fail unless some list matched, so that most places cost a single failed match.
    some = "".join(f"(?({group})|" for group in range(1, len(names) + 1))
    pattern = re.compile(rf"(?<!\w){''.join(parts)}{some}(?!){')' * len(names)}", flags)
    return pattern, tuple(names)


def _starts(pattern: str, flags: int) -> set[str] | None:
    """The keys a pattern is filed under: the first four characters its matches can start with,
    or fewer when more are too many to list or a match may be shorter; None if unknown."""
    parsed = list(_parser.parse(pattern, flags))
    for size in range(_PREFIX, 0, -1):
        starts = _prefixes(parsed, size)
        if starts is not None and all(len(start) == size for start in starts):
            return {start.lower() for start in starts} if flags & re.IGNORECASE else starts
    return None


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
    compiled: dict[frozenset[str], _Bucket | None] = {}
    buckets = {}
    for key in keys:
        chosen = anywhere.union(*(filed.get(key[:size], ()) for size in range(1, len(key) + 1)))
        if frozenset(chosen) not in compiled:
            compiled[frozenset(chosen)] = _bucket(lists, chosen, flags)
        if bucket := compiled[frozenset(chosen)]:
            buckets[key] = bucket
    # Places are found in the text's keys (``_KEYS``, lower case); the longest key wins.
    where = f"(?=({_trie(sorted(buckets)) if buckets else '(?!)'}))"
    places = re.compile(rf"(?<!\w)(?:{where}|)" if anywhere else rf"(?<!\w){where}")
    return _Pass(places, buckets, _bucket(lists, anywhere, flags), bool(flags & re.IGNORECASE))


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
        lower = {name: [p.lower() for p in ps if _CASED not in p] for name, ps in lists.items()}
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
                match = bucket and bucket[0].match(source, start)
                if not match:
                    continue
                for name, matched in zip(bucket[1], match.groups(), strict=True):
                    if matched is not None and start >= reached.get(name, 0):
                        end = start + len(matched)
                        found[name].append((start, end))
                        reached[name] = max(end, start + 1)
        return found


# triage-policy: negation lowers urgency. A cue counts within a few words before the term, in
# the same clause ("but", "mais", a full stop end it). Denial keeps the topic's route.
_DENIAL = (
    r"(den(y|ies|ied|ying)|nie|niait|nient|nié)\b|no (signs?|evidence|indication) of"
    r"|aucune? (signe|indice|trace)s? d"
)
_NEGATION = compile_terms(
    (
        _DENIAL,
        r"no(?![-\w])(?! (idea|doubt|matter|later|sooner))",
        r"not\b(?! (sure|certain|clear|only|just))",
        r"never\b",
        r"none\b",
        r"nothing\b",
        r"nil\b",
        r"without\b",
        r"negative (for|on)",
        r"neg for",
        r"(did|does|do|is|was|are|were|has|have|had|could|would)"
        r"(n'?t| not)\b",
        r"won'?t",
        r"will not",
        r"aucune?\b",
        r"pas\b(?! sur)",
        r"ni\b",
        r"sans\b",
        r"jamais\b",
        r"negati(f|ve)\b",
        r"rien\b",
    )
)
_IS_DENIAL = re.compile(rf"(?:{fold(_DENIAL)})")
_LISTS = re.compile(rf"(?:{fold(_DENIAL)})|no\b|none|nothing|without|aucune?|ni\b|sans|rien|pas\b")
# triage-policy: hedged risk is still risk; a hedge after the negation cue cancels it.
_HEDGE = compile_terms(
    (
        r"might",
        r"may\b",
        r"could",
        r"maybe",
        r"possibl[ey]",
        r"probabl[ey]",
        r"prob\b",
        r"perhaps",
        r"not sure",
        r"unsure",
        r"unclear",
        r"peut-etre",
        r"pourrai\w*",
        r"possiblement",
        r"probablement",
        r"soupcon\w*",
        r"suspect\w*",
        r"threaten\w* to",
        r"menace de",
        r"pas sur",
    )
)
_NEGATION_CUES = _NEGATION.lower
_HEDGES = _HEDGE.lower
_CLAUSE_END = re.compile(  # read in the lower-case text
    r"[.;:!?\n()]|\b(but|mais|though|however|cependant|pourtant|except|sauf|yet|although|"
    r"alors que|whereas|tandis que|then|puis|while|pendant que)\b"
)
_NEGATION_WORDS = 4  # words allowed between the cue and the term ("denies any thoughts of SI")
_LOOKBACK = 90
# A search or check is the point of the note: what it did not find still goes on record.
_CHECK = (
    r"search\w*",
    r"fouill\w*",
    r"frisk\w*",
    r"pat[- ]?down",
    r"shakedown",
    r"sweep",
    r"inspection",
    r"checked (on|in on)",
    r"wellness check",
    r"(cell|welfare|locker|room|area|bag|property|body|security|perimeter|range) "
    r"(check|inspection)",
    r"(at|on|during|after) (the |a |his |her )?(\w+ )?check\b",
    r"verifi\w*",
    r"assessment",
    r"evaluation",
)


@dataclass(frozen=True)
class Negation:
    """A negation cue that governs a term: where it starts, and whether it is a denial."""

    start: int
    denial: bool


def negation_before(lower: str, start: int) -> Negation | None:
    """The negation cue governing the term at ``start``, if any (no cue across a clause end)."""
    lo = max(0, start - _LOOKBACK)
    clause = lower[lo:start]
    if not _NEGATION_CUES.search(clause):  # most terms have no cue anywhere before them
        return None
    ends = list(_CLAUSE_END.finditer(clause))
    if ends:
        lo += ends[-1].end()
        clause = clause[ends[-1].end() :]
    parts = clause.split(",")
    window = parts[-1]
    cues = list(_NEGATION_CUES.finditer(window))
    # "no weapons, drugs or phones found": a list carries a "no" across its commas (but not
    # a verb's "won't come out, has jammed the door").
    if not cues and len(parts) > 1 and len(window.split()) <= 1 and len(parts[-2].split()) <= 4:
        listed = f"{parts[-2]},{window}"
        cues = [cue for cue in _NEGATION_CUES.finditer(listed) if _LISTS.match(cue.group())]
        window = listed if cues else window
    offset = lo + len(clause) - len(window)
    if not cues:
        return None
    cue = cues[-1]
    if len(window[cue.end() :].split()) > _NEGATION_WORDS:
        return None
    if _HEDGES.search(window, cue.start()):
        return None
    return Negation(offset + cue.start(), bool(_IS_DENIAL.match(window, cue.start())))


@dataclass(frozen=True)
class Harmless:
    """A harmless context and the concepts it neutralises in its sentence."""

    labels: tuple[str, str]
    patterns: tuple[str, ...]
    neutralises: frozenset[str]
    figurative: bool  # also neutralises every concept marked figurative

    @property
    def name(self) -> str:
        """Its name among the scanned pattern lists."""
        return f"harmless: {self.labels[0]}"


def _harmless(en: str, fr: str, names: str, figurative: bool, *patterns: str) -> Harmless:
    return Harmless((en, fr), patterns, frozenset(names.split()), figurative)


# triage-policy: alarming words in harmless contexts ("fire drill", "movie about a riot").
HARMLESS = (
    _harmless(
        "fiction",
        "fiction",
        "weapon hostage escape escape_talk",
        True,
        r"(movie|film|book|novel|thriller|documentary|show|series|tv|video ?game|game|song|story|"
        r"podcast|comic|article|play|livre|roman|documentaire|emission|serie|jeu video|jeu|"
        r"chanson|histoire|bande dessinee|balado) (\w+ )?(about|on|sur|de)\b",
    ),
    _harmless(
        "joke",
        "blague",
        "",
        True,
        r"jok(e|ed|es|ing|ingly)\b",
        r"kidding",
        r"lol\b",
        r"lmao",
        r"haha\w*",
        r"laughed it off",
        r"figure of speech",
        r"en riant",
        r"blagu\w*",
        r"pour rire",
        r"(workout|training|entrainement|gym|exercise|run)\b[^.;!?]{0,30}(kill|tue)",
    ),
    _harmless(
        "drill or false alarm",
        "exercice ou fausse alarme",
        "fire disturbance escape hostage staff_danger medical",
        False,
        r"(fire|evacuation|emergency|lockdown) drill",
        r"exercice d'(incendie|evacuation)",
        r"false alarm",
        r"fausse alarme",
        r"burnt toast",
        r"toast brule",
        r"alarm test",
        r"test (of )?the alarm",
        r"training (exercise|scenario)",
        r"simulation",
        r"\bmock\b",
    ),
    _harmless(
        "accident",
        "accident",
        "flood",
        False,
        r"accident\w*",
        r"plumbing",
        r"plomberie",
        r"overflow\w*",
        r"deborde\w*",
        r"fuite",
    ),
    _harmless(
        "sharps control",
        "contrôle des objets tranchants",
        "weapon",
        False,
        r"sharps count",
        r"(knife|tool) count",
        r"returned (it|them) (after|at|when)",
        r"tool crib",
    ),
)

# Over and done ("last week", "il y a 3 jours"): violence or an overdose that is past is priority.
_PAST = (
    r"last (week|wk|wknd|weekend|month|year|summer|fall|winter|spring)",
    r"(\d+|a|one|two|three|few|couple( of)?) (days|weeks|wks|months|years|yrs) ago",
    r"(years|months|weeks) ago",
    r"(at|in) (his|her) (last|previous|old|former) (institution|pen|joint|jail|prison|"
    r"placement|facility)",
    r"when (he|she) was (younger|a kid|a teen\w*|on the street|outside|in provincial)",
    r"the other day",
    r"earlier this (week|month)",
    r"(back|returned|came back) from "
    r"(the )?(outside )?hospital",
    r"la semaine (passee|derniere)",
    r"(le|la) (week-?end|fin de semaine|mois) (passee?|derniere?)",
    r"il y a (\d+|quelques|deux|trois|un|une) (jours|semaines|mois|ans|annees|an)\b",
    r"(a|dans) son (ancien|dernier) (penitencier|etablissement|pen)",
    r"quand il etait (jeune|dehors|au provincial)",
    r"l'autre jour",
    r"(retour|revenu) de l'hopital",
)
_SENTENCE_END = re.compile(r"[.!?;\n]+")


def sentence_starts(text: Scan) -> list[int]:
    """Start offsets of the sentences of a text (for cues whose scope is one sentence)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text.lower))]


def sentence_of(starts: list[int], position: int) -> int:
    """The index of the sentence holding ``position``."""
    return bisect_right(starts, position) - 1


def past_sentences(found: dict[str, list[tuple[int, int]]], starts: list[int]) -> set[int]:
    """The sentences that speak of something over and done."""
    return {sentence_of(starts, start) for start, _ in found["past"]}


def has_check(found: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the note is about a search or a check (its negative findings keep their route)."""
    return bool(found["check"])


# Community supervision (CD 715): a strong cue decides; a weak one only when nothing places
# the offender inside an institution.
_COMMUNITY_STRONG = (
    r"clients?\b",
    r"parolee",
    r"home visit",
    r"visite a domicile",
    r"collateral",
    r"curfew",
    r"police (called|call|report\w*|advis\w*|contacted|collateral|say|said|informed)",
    r"(appel|avis) (du|de la) (police|spvm|spvq|sq|grc)",
    r"la police (m'|nous |me )?(avise|informe|appel\w*|rapporte)",
    r"couvre-feu",
    r"in the community",
    r"dans la communaute",
)
_COMMUNITY_WEAK = (
    r"offenders?\b",
    r"delinquante?",
    r"(?-i:CCC)",
    r"resident\b",
    r"police\b",
    r"employer",
    r"employeur",
    r"appt",
    r"appointment",
    r"rendez-vous",
    r"office\b",
    r"bureau",
)
_INSTITUTION = (
    r"inms?\b",
    r"inmates?",
    r"i/ms?\b",
    r"detenue?s?\b(?! (au|a la|par la|dans un) (poste|police))",
    r"codetenue?s?",
    r"servery",
    r"tiers?\b",
    r"landing",
    r"cellies?",
    r"cells?\b",
    r"cellules?",
    r"ranges?\b",
    r"rangee",
    r"units?\b",
    r"unite",
    r"yard",
    r"(?-i:SIU|UIS)\b",
    r"seg\b",
    r"isolement",
    r"count\b",
    r"denombrement",
    r"lock ?up",
    r"corcan",
    r"(?-i:WED)\b",
    r"penitencier",
    r"institution",
)
# The cues' pattern lists, scanned with the concepts in one pass (``Scanner``).
CUES = {
    "past": _PAST,
    "check": _CHECK,
    "community": _COMMUNITY_STRONG,
    "community, weak": _COMMUNITY_WEAK,
    "institution": _INSTITUTION,
    **{context.name: context.patterns for context in HARMLESS},
}


def community_cue(found: dict[str, list[tuple[int, int]]]) -> tuple[int, int] | None:
    """Where the words that place the observation under community supervision are, if any."""
    strong = found["community"]
    if strong or found["institution"]:
        return min(strong, default=None)
    return min(found["community, weak"], default=None)
