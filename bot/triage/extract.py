"""Who, where, when and what was said, from an officer's words: offenders (never staff), place,
time and quotes of what was observed."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import datetime

from bot.people.roster import Roster, SurnameSpan, fold_name, name_tokens, strip_control_chars
from bot.triage import when
from bot.triage.places import find_location, words_in
from bot.triage.quotes import find_quotes
from bot.triage.staff_names import StaffMention, find_staff, staff_surnames

# Longer texts are cut here: far above Telegram's 4,096 characters, and bounds the work per text.
MAX_TEXT = 20_000

# Words that introduce an offender: "inm Tremblay", "détenu Gagnon", "FPS 482913K"; courtesy
# titles ("Mr. Smith", "Mme Côté") introduce offenders and staff alike.
OFFENDER_TITLES = (
    "fps", "inm", "inmate", "i/m", "offender", "client", "resident", "résident", "parolee",
    "détenu", "détenue", "detenu", "detenue", "délinquant", "délinquante", "delinquant",
    "delinquante",
)  # fmt: skip
COURTESY_TITLES = ("mr", "mrs", "ms", "mister", "monsieur", "madame", "mme", r"m(?=\.)")
TITLES = OFFENDER_TITLES + COURTESY_TITLES
# Surnames that are also everyday words: written in lower case, they are the word, not the name.
COMMON_WORD_SURNAMES = frozenset({
    "baker", "banks", "bell", "black", "blanc", "bois", "boucher", "brown", "bush", "carpenter",
    "cook", "cote", "day", "fisher", "fox", "gagne", "gay", "gray", "green", "grey", "guard",
    "hall", "hill", "hunter", "king", "lane", "law", "little", "long", "love", "march", "mason",
    "may", "miller", "moore", "noel", "page", "park", "parent", "petit", "price", "rice", "rose",
    "savage", "short", "smith", "stone", "strong", "turner", "walker", "ward", "white", "wood",
    "young",
})  # fmt: skip
# Capitalised words after a title that are not surnames ("inm He said", "Mr. The"). Names are
# "Tremblay", "O'Neil" or "DUPONT"; short capitals ("SIU", "OD'd") are abbreviations.
NOT_SURNAMES = frozenset({
    "he", "she", "they", "i", "the", "a", "an", "his", "her", "is", "was", "has", "il", "elle",
    "le", "la", "les", "un", "une", "est", "son", "sa", "ses",
})  # fmt: skip

_TITLE = "|".join(TITLES)
_FPS = re.compile(
    rf"(?<![\w$#.,/-])(?P<title>(?:{_TITLE})\s*[:#.]?\s*)?(?P<hash>#\s?)?(?P<digits>\d{{6,7}})"
    r"(?P<gap>\s?-?\s?)(?P<letter>[A-Za-z])(?![\w$])",
    re.IGNORECASE,
)
_TITLED_NAME = re.compile(
    rf"(?<!\w)(?i:{_TITLE})\.?\s+"
    r"(?P<name>(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'][\w'-]*|[A-ZÀ-ÖØ-Þ]{4,})(?<!['-]))"
)
_TITLE_BEFORE = re.compile(rf"(?<!\w)(?:{_TITLE})\.?\s+$", re.IGNORECASE)
_OFFENDER_TITLE_BEFORE = re.compile(
    rf"(?<!\w)(?:{'|'.join(OFFENDER_TITLES)})\.?\s*[:#.]?\s*$", re.IGNORECASE
)
# Cheap checks that skip the patterns above on most texts: an FPS number has six digits in a
# row, and a title is a word of its own ("i/m" and "m." end in the word "m").
_SIX_DIGITS = re.compile(r"\d{6}")
_TITLE_WORDS = frozenset(re.findall(r"[^\W\d_]+", title)[-1] for title in TITLES)
# What may stand between a name and the FPS number written beside it.
_SIDE_BY_SIDE = re.compile(r"[\s,:;()\[\]#/–-]{0,4}")


@dataclass(frozen=True)
class OffenderMention:
    """An offender the text names, by FPS number or by roster surname."""

    fps: str | None
    surname: str | None
    candidates: tuple[str, ...]
    on_roster: bool


@dataclass(frozen=True)
class Extraction:
    """Who, where and when, as far as the text says."""

    offenders: tuple[OffenderMention, ...]
    location: str | None
    occurred_at: datetime | None
    quotes: tuple[str, ...] = ()  # what was said, verbatim, for the 0875's "What was said"


def _fps_of(match: re.Match[str]) -> str | None:
    """The FPS number a match reads, unless a spaced lone letter makes it doubtful."""
    introduced = bool(match.group("title") or match.group("hash"))
    letter = match.group("letter")
    # "123456 a" or "123456 I" without "FPS"/"#"/"inm" is a number then a word, not an FPS number.
    if match.group("gap") and not introduced and (letter.islower() or letter == "I"):
        return None
    return f"{match.group('digits')}{letter.upper()}"


def _written_as_name(text: str, span: SurnameSpan) -> bool:
    """Whether a roster surname found in the text is the name, not the everyday word."""
    written = text[span.start : span.end]
    if any(char.isupper() for char in written):
        return True
    if _TITLE_BEFORE.search(text[max(0, span.start - 16) : span.start]):
        return True
    return fold_name(written) not in COMMON_WORD_SURNAMES


@dataclass(frozen=True)
class _Found:
    """An offender mention and where it is written (its number or name, with any title)."""

    start: int
    end: int
    mention: OffenderMention


@dataclass(frozen=True)
class _Staff:
    """Where the text names staff, and their surnames: never offenders."""

    mentions: tuple[StaffMention, ...]  # in text order, none inside another
    surnames: frozenset[str]

    def named(self, text: str, start: int, end: int) -> bool:
        """Whether the words at ``start:end`` name a staff member: inside a staff title and its
        names, or a staff surname again ("officer Roy ... Roy then said"); an offender's own
        title before the words ("inm Roy") says otherwise."""
        if _OFFENDER_TITLE_BEFORE.search(text[max(0, start - 16) : start]):
            return False
        before = bisect_right(self.mentions, start, key=lambda staff: staff.start) - 1
        if before >= 0 and start < self.mentions[before].end:
            return True
        return fold_name(text[start:end]) in self.surnames


def _staff_in(text: str) -> _Staff:
    mentions = tuple(
        staff
        for staff in find_staff(text)
        if not _OFFENDER_TITLE_BEFORE.search(text[max(0, staff.start - 16) : staff.start])
    )
    return _Staff(mentions, staff_surnames(mentions))


def _by_number(text: str, roster: Roster | None) -> list[_Found]:
    found: list[_Found] = []
    seen: set[str] = set()
    if not _SIX_DIGITS.search(text):
        return found
    for match in _FPS.finditer(text):
        fps = _fps_of(match)
        if fps is None or fps in seen:
            continue
        seen.add(fps)
        row = roster.by_fps(fps) if roster else None
        mention = OffenderMention(fps, row.surname if row else None, (), row is not None)
        found.append(_Found(match.start(), match.end(), mention))
    return found


def _by_roster_name(text: str, roster: Roster, named: set[str], staff: _Staff) -> list[_Found]:
    found: list[_Found] = []
    seen: set[str] = set()
    for span in roster.find_surnames(text):
        numbers = tuple(sorted({row.fps for row in span.rows}))
        key = fold_name(span.rows[0].surname)
        if key in seen or named.intersection(numbers) or not _written_as_name(text, span):
            continue
        if staff.named(text, span.start, span.end):
            continue
        seen.add(key)
        if len(numbers) == 1:
            mention = OffenderMention(numbers[0], span.rows[0].surname, (), True)
        else:
            mention = OffenderMention(None, span.rows[0].surname, numbers, True)
        found.append(_Found(span.start, span.end, mention))
    return found


def _by_title(
    text: str, roster: Roster | None, words: frozenset[str], staff: _Staff
) -> list[_Found]:
    """Names introduced by a title that the roster does not know ("inm Tremblay")."""
    found: list[_Found] = []
    seen: set[tuple[str, ...]] = set()
    if _TITLE_WORDS.isdisjoint(words):
        return found
    for match in _TITLED_NAME.finditer(text):
        name = match.group("name")
        key = name_tokens(name)
        if not key or key[0] in NOT_SURNAMES or key in seen:
            continue
        if roster is not None and roster.by_surname(name):
            continue
        if staff.named(text, match.start("name"), match.end("name")):
            continue
        seen.add(key)
        mention = OffenderMention(None, name, (), False)
        found.append(_Found(match.start(), match.end(), mention))
    return found


def _next_to(text: str, one: _Found, other: _Found) -> bool:
    """Whether two mentions are written side by side ("Gagnon 999999Z", "999999Z (Gagnon)")."""
    first, second = sorted((one, other), key=lambda found: found.start)
    return _SIDE_BY_SIDE.fullmatch(text[first.end : second.start]) is not None


def _numbers_first(text: str, numbers: list[_Found], names: list[_Found]) -> list[_Found]:
    """The mentions with each name written beside an FPS number folded into it: a written
    number beats a surname guess, and the name fills in what the roster does not know."""
    kept = list(numbers)
    for name in names:
        beside = next((i for i, number in enumerate(kept) if _next_to(text, number, name)), None)
        if beside is None or beside >= len(numbers):
            kept.append(name)
            continue
        number = kept[beside]
        if number.mention.surname is None:
            mention = replace(number.mention, surname=name.mention.surname)
            kept[beside] = replace(number, mention=mention)
    return kept


def find_offenders(
    text: str, roster: Roster | None = None, words: frozenset[str] | None = None
) -> tuple[OffenderMention, ...]:
    """Offenders named in the text by FPS number, roster surname or title, in text order,
    never a staff member (``words``: the text's ``words_in``, when the caller has them)."""
    numbers = _by_number(text, roster)
    staff = _staff_in(text)
    names: list[_Found] = []
    if roster is not None:
        named = {found.mention.fps for found in numbers if found.mention.fps}
        names += _by_roster_name(text, roster, named, staff)
    names += _by_title(text, roster, words_in(text) if words is None else words, staff)
    found = _numbers_first(text, numbers, sorted(names, key=lambda found: found.start))
    return tuple(found.mention for found in sorted(found, key=lambda found: found.start))


def extract(text: str, *, now: datetime, tz: str, roster: Roster | None = None) -> Extraction:
    """Offenders, place and time of an observation; any text gives a valid result."""
    written = strip_control_chars(text[:MAX_TEXT])
    clean = written.replace("\u2019", "'")
    words = words_in(clean)
    return Extraction(
        offenders=find_offenders(clean, roster, words),
        location=find_location(clean, words),
        occurred_at=when.parse_when(clean, now=now, tz=tz),
        quotes=find_quotes(written),
    )


def warm_up() -> None:
    """Run every rule once, and load dateparser's data, at bot start-up rather than on a first
    message."""
    when.warm_up()
    roster = Roster([])
    extract(
        "inm 482913K 4B range yesterday 1430", now=datetime(2026, 1, 1), tz="UTC", roster=roster
    )
