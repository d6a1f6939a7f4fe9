"""Cues around the concepts: negation, hedges, harmless contexts, the past, and the setting.

The concepts in ``bot.lexicon`` say what an officer reports; these cues say how it stands:
denied or absent, hedged, a joke or a drill, over and done, in the community or inside.
All patterns run on accent-folded text (``fold``), so ``fouillé`` and ``fouille`` read alike.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

GAP = r"[\s\"']+"  # what a space in a pattern stands for: spaces and quote marks
_CASED = "(?-i:"  # a pattern with a case-sensitive part ("SI", a capitalised surname)


def fold(text: str) -> str:
    """Strip accents one character for one, so spans in the folded text match the original."""
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFD", ch)[0] if ord(ch) > 127 else ch for ch in text)


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


def _alternation(patterns: list[str], flags: int) -> re.Pattern[str] | None:
    if not patterns:
        return None
    body = "|".join(f"(?:{fold(p).replace(' ', GAP)})" for p in patterns)
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


# triage-policy: negation lowers urgency. A cue counts within a few words before the term, in
# the same clause ("but", "mais", a full stop end it). Denial keeps the topic's route.
_DENIAL = (
    r"den(y|ies|ied|ying)|nie|niait|nient|nié|no (signs?|evidence|indication) of"
    r"|aucune? (signe|indice|trace)s? d"
)
_NEGATION = compile_terms(
    (
        _DENIAL,
        r"no(?![-\w])(?! (idea|doubt|matter|later|sooner))",
        r"not(?! (sure|certain|clear|only|just))",
        r"never",
        r"none",
        r"nothing",
        r"nil\b",
        r"without",
        r"negative (for|on)",
        r"neg for",
        r"(did|does|do|is|was|has|have|could|would)"
        r"(n'?t| not)\b",
        r"won'?t",
        r"will not",
        r"aucune?",
        r"pas(?! sur)",
        r"ni\b",
        r"sans",
        r"jamais",
        r"negati(f|ve)\b",
        r"rien",
    )
)
_IS_DENIAL = re.compile(rf"(?:{fold(_DENIAL)})")
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
_CLAUSE_END = re.compile(
    r"[.;:!?\n()]|\b(but|mais|though|however|cependant|pourtant|except|sauf|yet|although|"
    r"alors que|whereas|tandis que|then|puis|while|pendant que)\b",
    re.IGNORECASE,
)
_NEGATION_WORDS = 4  # words allowed between the cue and the term ("denies any thoughts of SI")
_LOOKBACK = 90
# A search or check is the point of the note: what it did not find still goes on record.
_CHECK = compile_terms(
    (
        r"search\w*",
        r"fouill\w*",
        r"frisk\w*",
        r"pat[- ]?down",
        r"shakedown",
        r"sweep",
        r"inspection",
        r"checked (on|in on)",
        r"wellness check",
        r"(cell|welfare) check",
        r"(at|on|during|after) (the |a |his |her )?(\w+ )?check\b",
        r"verifi\w*",
        r"assessment",
        r"evaluation",
    )
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
    ends = list(_CLAUSE_END.finditer(clause))
    if ends:
        lo += ends[-1].end()
        clause = clause[ends[-1].end() :]
    parts = clause.split(",")
    window = parts[-1]
    # "no weapons, drugs or phones found": a list carries the cue across its commas.
    if len(parts) > 1 and len(window.split()) <= 1 and len(parts[-2].split()) <= 4:
        window = f"{parts[-2]},{window}"
    offset = lo + len(clause) - len(window)
    cues = list(_NEGATION_CUES.finditer(window))
    if not cues:
        return None
    cue = cues[-1]
    if len(window[cue.end() :].split()) > _NEGATION_WORDS:
        return None
    if _HEDGES.search(window, cue.start()):
        return None
    return Negation(offset + cue.start(), bool(_IS_DENIAL.match(window, cue.start())))


def has_check(text: Scan) -> bool:
    """Whether the note is about a search or a check (its negative findings keep their route)."""
    return _CHECK.search(text) is not None


@dataclass(frozen=True)
class Harmless:
    """A harmless context and the concepts it neutralises in its sentence."""

    labels: tuple[str, str]
    pattern: re.Pattern[str]
    neutralises: frozenset[str]
    figurative: bool  # also neutralises every concept marked figurative


def _harmless(en: str, fr: str, names: str, figurative: bool, *patterns: str) -> Harmless:
    return Harmless((en, fr), compile_terms(patterns), frozenset(names.split()), figurative)


# triage-policy: alarming words in harmless contexts ("fire drill", "movie about a riot").
HARMLESS = (
    _harmless(
        "fiction",
        "fiction",
        "weapon hostage escape",
        True,
        r"(movie|film|book|novel|documentary|show|series|tv|video ?game|song|story|livre|"
        r"roman|documentaire|emission|serie|jeu video|chanson|histoire) (about|on|sur)\b",
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
_PAST = compile_terms(
    (
        r"last (week|wk|wknd|weekend|month|year|summer|fall|winter|spring)",
        r"(\d+|a|one|two|three|few|couple( of)?) (days|weeks|wks|months|years) ago",
        r"the other day",
        r"earlier this (week|month)",
        r"(back|returned|came back) from "
        r"(the )?(outside )?hospital",
        r"la semaine (passee|derniere)",
        r"(le|la) (week-?end|fin de semaine|mois) (passee?|derniere?)",
        r"il y a (\d+|quelques|deux|trois) (jours|semaines|mois)",
        r"l'autre jour",
        r"(retour|revenu) de l'hopital",
    )
)
_SENTENCE_END = re.compile(r"[.!?;\n]+")


def sentence_starts(text: Scan) -> list[int]:
    """Start offsets of the sentences of a text (for cues whose scope is one sentence)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text.lower))]


def sentence_of(starts: list[int], position: int) -> int:
    """The index of the sentence holding ``position``."""
    return bisect_right(starts, position) - 1


def past_sentences(text: Scan, starts: list[int]) -> set[int]:
    """The sentences that speak of something over and done."""
    return {sentence_of(starts, m.start()) for m in _PAST.finditer(text)}


# Community supervision (CD 715): a strong cue decides; a weak one only when nothing places
# the offender inside an institution.
_COMMUNITY_STRONG = compile_terms(
    (
        r"clients?\b",
        r"parolee",
        r"home visit",
        r"visite a domicile",
        r"collateral",
        r"curfew",
        r"couvre-feu",
        r"in the community",
        r"dans la communaute",
    )
)
_COMMUNITY_WEAK = compile_terms(
    (
        r"offenders?\b",
        r"delinquante?",
        r"(?-i:CCC)",
        r"resident\b",
        r"police",
        r"employer",
        r"employeur",
        r"appt",
        r"appointment",
        r"rendez-vous",
        r"office",
        r"bureau",
    )
)
_INSTITUTION = compile_terms(
    (
        r"inms?\b",
        r"inmates?",
        r"i/ms?\b",
        r"detenue?s?",
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
)


def community_cue(text: Scan) -> re.Match[str] | None:
    """The words that place the observation under community supervision, if any."""
    strong = _COMMUNITY_STRONG.search(text)
    if strong or _INSTITUTION.search(text):
        return strong
    return _COMMUNITY_WEAK.search(text)
