"""Staff named in an officer's words: titles in English and French, and the names after them.

An observation names staff as often as offenders ("officer Tremblay", "l'agente Roy", "CX Smith",
"the nurse", "PO Gagnon"), and the roster may well hold an offender with the same surname. A staff
member recorded as the offender on an 0875 is a false statement on a legal record, so extraction
asks this module where staff are named before it guesses at offenders. The titles are data;
abbreviations that are everyday words in lower case ("co", "po", "cm") count only in capitals.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.people.roster import fold_name

# Titles and roles, folded (lower case, no accents), English then French; a plural title may
# be followed by a list of names ("officers Roy and Gagnon").
TITLES = (
    "officer", "officers", "ofc", "correctional officer", "correctional officers", "guard",
    "guards", "sergeant", "sgt", "lieutenant", "lt", "captain", "capt", "manager", "managers",
    "correctional manager", "supervisor", "warden", "deputy warden", "nurse", "nurses", "doctor",
    "dr", "psychologist", "psychiatrist", "psych", "teacher", "instructor", "chaplain", "elder",
    "steward", "parole officer", "case manager", "primary worker", "program officer",
    "facilitator", "counsellor", "counselor", "social worker", "liaison officer", "librarian",
    "colleague", "colleagues", "cx",
    "agent", "agente", "agents", "agentes", "agent correctionnel", "agente correctionnelle",
    "agents correctionnels", "surveillant", "surveillante", "surveillants", "gestionnaire",
    "gestionnaire correctionnel", "superviseur", "superviseure", "directeur", "directrice",
    "sous-directeur", "sous-directrice", "infirmier", "infirmiere", "infirmiers", "infirmieres",
    "medecin", "docteur", "dre", "psychologue", "psychiatre", "enseignant", "enseignante",
    "professeur", "prof", "aumonier", "agent de liberation conditionnelle",
    "agente de liberation conditionnelle", "agent de programmes", "agente de programmes",
    "intervenant", "intervenante", "sergent", "collegue", "collegues",
)  # fmt: skip
# Abbreviations read only as written, in capitals: "CO Smith", "AC Roy", "PO Gagnon".
CAPITAL_TITLES = (
    "CO", "C/O", "COs", "CX1", "CX2", "CX-1", "CX-2", "AC", "ACs", "PO", "POs", "PPO", "IPO",
    "APO", "GC", "CM", "DW", "AW", "SIO", "RN", "RPN", "LPN", "APL", "ALC", "PW", "CMO",
)  # fmt: skip
# Words after a title that are not a name ("the officer said", "l'agent a vu").
NOT_NAMES = frozenset(
    "the a an and or on in at to of for from with by who which that was is were are had has have "
    "said says saw seen told asked came went got found heard called did does will would could "
    "should then also just he she they his her him them it its this there here not no "
    "le la les un une et ou de du des au aux en dans sur avec par qui que est etait sont ont "
    "avait dit vu entendu demande appele trouve fait va il elle ils elles lui son sa ses ne pas "
    "y me m l s n".split()
)

_NAME = re.compile(r"[^\W\d_][\w-]*(?:'[^\W\d_]+)?|,|&")
_LIST_WORDS = frozenset({",", "&", "and", "et"})


def _alternation(words: tuple[str, ...]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


_TITLE = re.compile(rf"(?<![\w/])(?:{_alternation(TITLES)})\.?(?![\w/'-])")
_CAPITAL_TITLE = re.compile(rf"(?<![\w/])(?:{_alternation(CAPITAL_TITLES)})\.?(?![\w/'-])")
_TITLE_WORDS = frozenset(word for title in TITLES for word in title.split())
_CAPITALS = frozenset(title.lower() for title in CAPITAL_TITLES)
_NAME_BEFORE_TITLE = re.compile(
    r"(?P<name>[^\W\d_][\w-]*)\s*,\s*(?:(?:l'|le|la|the|our|notre|his|her|son|sa|their|leur)"
    r"\s*)?$"
)
_ASIDE_CLOSES = re.compile(r"\s*(?:[,;)]|$)")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'])(?:the|a|an)\s+$")
_WORD = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)?")


# Accented Latin letters to their base letter, one character for one, so positions stay aligned;
# a C-level translate rather than a Python loop over every character of a French note.
_ACCENTS = str.maketrans(
    {
        char: unicodedata.normalize("NFKD", char)[0]
        for char in map(chr, range(0xC0, 0x250))
        if len(unicodedata.normalize("NFKD", char)) > 1
    }
)


def _folded(text: str) -> str:
    """Lower case without accents, one character per character (as ``fold_name``, for the
    letters titles use), fast."""
    folded = text.replace("\u2019", "'").translate(_ACCENTS).lower()
    return folded if len(folded) == len(text) else fold_name(text)


@dataclass(frozen=True)
class StaffMention:
    """A staff member named in a text: where (title and names), and the names (maybe none)."""

    start: int
    end: int
    names: tuple[str, ...]


def _names_after(text: str, folded: str, start: int, plural: bool) -> tuple[tuple[str, ...], int]:
    """The names right after a title, and where they end: one name after a singular title (with
    a given name before it: "officer Marie Roy"), a list after a plural one."""
    names: list[str] = []
    end = cursor = start
    for match in _NAME.finditer(folded, start):
        if text[cursor : match.start()].strip() or (names and not names[-1][:1].isupper()):
            break
        word = match.group()
        cursor = match.end()
        if word in _LIST_WORDS:
            if not plural or not names:
                break
            continue
        written = text[match.start() : match.end()]
        if word.split("'")[0] in NOT_NAMES or word in _TITLE_WORDS or word in _CAPITALS:
            break
        if names and not written[:1].isupper():  # "CO Smith escorted": the name has ended
            break
        names.append(written)
        end = match.end()
        if not plural and (len(names) == 2 or text[end : end + 1] != " " or "'" in word):
            break
    return tuple(names), end


def find_staff(text: str) -> tuple[StaffMention, ...]:
    """Every staff member the text names by title ("officer Tremblay", "CX Roy", "the nurse"),
    in text order."""
    folded = _folded(text)
    words = frozenset(_WORD.findall(folded))
    if _TITLE_WORDS.isdisjoint(words) and _CAPITALS.isdisjoint(words):
        return ()
    titles = [*_TITLE.finditer(folded), *_CAPITAL_TITLE.finditer(text)]
    found: list[StaffMention] = []
    for match in sorted(titles, key=lambda title: title.start()):
        title = match.group().rstrip(".")
        plural = title.lower().endswith("s")  # "officers", "agents", "COs": a list may follow
        # "told the officer Tremblay had it" reads as "told the officer (that) Tremblay...":
        # in English a title names someone without an article ("Officer Tremblay").
        article = _ARTICLE_BEFORE.search(folded, max(0, match.start() - 5), match.start())
        names, end = (
            ((), match.end()) if article else _names_after(text, folded, match.end(), plural)
        )
        found.append(StaffMention(match.start(), max(end, match.end()), names))
        # "Mme Côté, l'infirmière" / "Roy, our PO": a name set beside a title is staff too.
        # The title must close the aside: in "Bouchard, the nurse said" the nurse is speaking.
        before = _NAME_BEFORE_TITLE.search(text, max(0, match.start() - 40), match.start())
        closed = _ASIDE_CLOSES.match(text, match.end())
        if before and closed and before.group("name")[:1].isupper():
            found.append(StaffMention(before.start(), match.start(), (before.group("name"),)))
    return tuple(sorted(found, key=lambda mention: mention.start))


def staff_surnames(mentions: tuple[StaffMention, ...]) -> frozenset[str]:
    """The folded names of the staff named, given names and surnames: where one comes back
    without its title ("officer Roy ... then Roy left"), it is still staff."""
    return frozenset(
        fold_name(name.split("'")[0]) for mention in mentions for name in mention.names
    )
