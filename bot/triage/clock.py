"""The time of day as officers write it and say it, English and French.

Written forms ("1430 hrs", "14 h 30", "2:30 pm") and spoken ones ("quarter past nine", "ten to
midnight", "six heures et trois quarts", "midi moins dix", "quinze heures quinze") are one
grammar: an hour, minutes before or after it, and words that choose the half of the day ("in the
morning", "du soir"). Those words bind to the clock they follow, so "3 in the morning" can never
be read as 15:00, whatever else the text says. The grammar is data (number words, fractions,
relations, markers) read by a few patterns; a phrase is never listed for itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.triage.number_words import ENGLISH, FRENCH, alternatives, key

# Minutes said as words: "twenty-five", "oh five", "vingt-cinq"; "quarter", "half" are fractions.
MINUTE_WORDS = (
    ENGLISH
    | {f"oh {word}": value for word, value in ENGLISH.items() if value < 10}
    | {f"o {word}": value for word, value in ENGLISH.items() if value < 10}
    | FRENCH
)
# Hours said as words: 1-12 in English, 0-23 in French (with "heures", often a 24-hour clock).
HOUR_WORDS = (
    {word: value for word, value in ENGLISH.items() if value <= 12}
    | {word: value for word, value in FRENCH.items() if value <= 23}
    | {"zéro": 0, "zero": 0}
)
# Fractions of the hour; the relations that put minutes after the hour (the others count back).
FRACTIONS = {
    "quarter": 15, "a quarter": 15, "half": 30, "quart": 15, "le quart": 15, "l'quart": 15,
    "demi": 30, "demie": 30, "trois quarts": 45,
}  # fmt: skip
AFTER = frozenset({"past", "after"})
# The hours that need no "am"/"pm": noon and midnight.
NOON_MIDNIGHT = {"noon": 12, "midday": 12, "midi": 12, "midnight": 0, "minuit": 0}
MEALS = {
    "breakfast": (7, 30), "petit-déjeuner": (7, 30), "petit déjeuner": (7, 30),
    "déjeuner": (7, 30), "dejeuner": (7, 30), "lunch": (12, 0), "dîner": (12, 0),
    "diner": (12, 0), "supper": (17, 0), "dinner": (17, 0), "souper": (17, 0),
}  # fmt: skip


MEAL_SHIFT = 60  # minutes: "after supper" is an hour or so after it ("avant le" before)


# ---- Grammar -----------------------------------------------------------------------------

_MIN_WORD = alternatives(MINUTE_WORDS)
_HOUR_WORD = alternatives(HOUR_WORDS)
# English hours and minutes said alone ("at nine", "three thirty"); a French hour says "heures".
_EN_MIN = alternatives(word for word in MINUTE_WORDS if word in ENGLISH or word.startswith("o"))
_EN_HOUR = alternatives(word for word, value in ENGLISH.items() if value <= 12)
_NOON = alternatives(NOON_MIDNIGHT)
_FRACTION = alternatives(FRACTIONS)
# Words that say a clock is coming ("at nine", "vers les trois heures"); after "from", spoken
# minutes are not read ("from ten to four" is more often a count than a time).
CUE_WORDS = (
    "at", "around", "about", "approx", "approx.", "approximately", "roughly", "circa", "by",
    "since", "until", "till", "til", "before", "after", "from", "it was", "it's", "its", "it is",
    "yesterday", "today", "tonight", "night", "nite", "morning", "afternoon", "evening",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "vers", "vers les", "à", "a", "dès", "des", "depuis", "avant", "après", "apres", "autour de",
    "aux alentours de", "environ", "jusqu'à", "jusqu'a", "jusquà", "sur les", "c'était",
    "c'etait", "cétait", "il était", "il etait", "hier", "soir", "matin", "nuit", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
)  # fmt: skip
CUE = rf"(?:(?<![\w'])(?P<cue>{alternatives(CUE_WORDS)})(?![^\W\d_])|[@~])\s*"
# What may follow a clock said in bare words ("at nine the range..."), unlike "at one point" or
# "about five guys": the end of a clause, a pronoun, article or preposition, a word of time.
_END_WORDS = (
    "o'clock oclock sharp pile ish he she they i we you it the his her their my our when while "
    "as then so but because according for from by near outside inside after before until till "
    "or into with without last yesterday today this tonight tonite am pm a.m p.m "
    "il elle ils elles on je y tu le la les du des hier ce cet cette quand pendant lors en au "
    "aux dans sur pour par selon avec sans chez pis puis mais donc alors que qui est était etait"
).split()
END = (
    r"(?=\s*(?:$|[^\w\s'-]|(?:j|l|d|s|n|m|c|qu)'|(?:and|et)\s+(?:he|she|they|i|we|the|il|elle)\b"
    rf"|(?:{'|'.join(map(re.escape, _END_WORDS))}|in\s+the|on\s+the|at\s+night)(?![\w'])))"
)
# What may not follow minutes said after a clock word ("minuit trois", "quinze heures quinze"):
# a thing they would count ("à midi deux gars", "deux heures vingt minutes de plus").
COUNTED = (
    r"(?!\s*(?:-|\$|%|(?:minutes?|mins?|heures?|h|hrs?|hours?|gars|d[ée]tenue?s?|personnes?"
    r"|hommes?|femmes?|agents?|fois|jours?|semaines?|mois|ans?|ann[ée]es?|guys|inmates?|people"
    r"|times|days?|weeks?|months?|years?|officers?|staff|cells?|cellules?|pills?|pilules?"
    r"|comprim[ée]s?|dollars?|piastres?|bucks|of)(?![\w'])))"
)
# What may not follow a spelled hour after "à" or "vers": a length ("deux heures d'attente",
# "two hours later").
LAX = rf"(?!\s*(?:d'|de\s+(?!l'|la\s+nuit)|plus\s+tard|later|of\b|apr[eè]s|after)){COUNTED}"
# Cues after which a spelled hour may be a length: "après deux heures", "since two hours".
_LENGTH_CUES = frozenset({"après", "apres", "avant", "depuis", "after", "before", "since"})
# Words after a clock that choose its half of the day.
HALF = re.compile(
    r"\s*,?\s*(?:(?P<am>in\s+the\s+morning|this\s+morning|early\s+this\s+morning|du\s+mat(?:in)?"
    r"|ce\s+matin|le\s+matin|a\.?\s?m\b\.?|de\s+l'?\s?a\.?m\b)"
    r"|(?P<pm>in\s+the\s+(?:afternoon|evening)|this\s+(?:afternoon|aft|evening)|tonight|tonite"
    r"|(?:yesterday|last)\s+(?:afternoon|evening)|de\s+l\s?'?\s?apr[eè]s[\s-]?midi"
    r"|cet\s+apr[eè]s[\s-]?midi|du\s+soir|ce\s+soir|hier\s+soir|le\s+soir|p\.?\s?m\b\.?"
    r"|de\s+l'?\s?p\.?m\b)"
    r"|(?P<night>at\s+night|last\s+night|de\s+la\s+nuit|cette\s+nuit|dans\s+la\s+nuit"
    r"|overnight))"
)
_HHMM = r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
_FREE = r"(?!\d|[\w:.,/-]\d|\s?[$%])"
_AFTER_BARE_HOUR = (
    r"(?=\s*(?:$|[^\w\s$%:.,/-]|[.,](?!\d)|(?:he|she|they|i|we|inm|inmate|offender|the|when"
    r"|while|and|on|in|at|during|with|last|yesterday|today|this|tonight|il|elle|ils|le|la|les"
    r"|un|une|et|quand|lors|pendant|avec|hier|ce|cette|du|de\s+l|pile|sharp)\b))"
)
# Minutes after "h"/"heures" or after "midi": "30", "et quart", "moins le quart", "vingt".
_TAIL = (
    r"(?:\s*(?P<tail>et\s+quart|et\s+demie?|(?:et\s+)?trois\s+quarts|moins\s+(?:le\s+|l')?quart"
    rf"|moins\s+(?P<less>{_MIN_WORD}|[0-5]?\d)(?:\s*min(?:utes?)?\b)?"
    rf"|(?:et\s+)?(?P<mword>{_MIN_WORD})(?![\w'])(?:\s*min(?:utes?)?\b)?{COUNTED}"
    r"|(?:et\s+)?(?P<mdig>[0-5]\d)(?!\d)(?:\s*min(?:utes?)?\b)?))?"
)
# (kind, tier, keywords, pattern): tier 1 forms are times beyond doubt, tier 2 only if there is
# no tier 1; a pattern is tried only if the text has a digit ("0") or one of its keywords.
CLOCKS = (
    ("ampm", 1, "0", r"(?<![\w:.])(?P<hour>\d{1,2})(?:[:h.](?P<minute>\d{2}))?\s?(?P<half>[ap])"
                     r"\.?\s?m\b\.?"),
    # "quarter past nine", "ten to midnight", "half past 3": minutes, a relation, the hour.
    ("relative", 1, "past after to till til of before",
     rf"(?:{CUE})?(?<![\w'])(?:(?:a|the)\s+)?(?P<rel_min>{_FRACTION}|{_EN_MIN}|[0-5]?\d)"
     r"(?P<unit>\s+min(?:ute)?s?)?\s+(?P<rel>past|after|to|till|'?til|of|before)\s+"
     rf"(?P<hour>{_NOON}|{_EN_HOUR}|1[0-2]|0?[1-9])(?![\w-])(?:\s+o'?clock)?"
     rf"(?:(?P<end>){END})?(?:(?P<lax>){COUNTED})?"),
    # "14 h 30", "6h et demie", "quatre heures moins le quart", "quinze heures quinze".
    ("heures", 1, "0 h heure heures",
     rf"(?:{CUE})?(?<![\w:.,/-])(?P<hour>{_HOUR_WORD}|2[0-3]|[01]?\d)\s*(?:h|heures?|(?P<abbrev>hres?|hrs?))"
     rf"(?![^\W\d_]|'){_TAIL}(?:(?P<end>){END})?(?:(?P<lax>){LAX})?"),
    # "midi et quart", "minuit trois", "noon", "midnight".
    ("noon", 1, "noon midday midi midnight minuit",
     rf"(?<![\w-])(?<!apr[eè]s )(?P<hour>{_NOON})(?:-?ish)?(?![\w-]){_TAIL}"),
    ("meal", 1, "breakfast lunch supper dinner lunchtime suppertime dinnertime déjeuner dejeuner"
     " dîner diner souper",
     r"\b(?:(?P<meal_rel>after|before|apr[eè]s\s+le|avant\s+le)|at|during|over|around|by|au"
     r"|pendant\s+le|durant\s+le|lors\s+du|(?:à|a|sur|vers)\s+l'heure\s+du|au\s+moment\s+du)"
     r"\s+"
     r"(?P<meal>breakfast|lunch|supper|dinner|petit[- ]d[eé]jeuner|d[eé]jeuner|d[iî]ner"
     r"|souper)(?:\s?time)?\b"),
    ("loose", 1, "0", r"(?<![\w:.])(?P<hour>\d{1,2}):(?P<minute>[0-5]\d)(?![\d:])"),
    ("loose", 1, "0", rf"{CUE}(?P<hour>\d{{1,2}})\.(?P<minute>[0-5]\d)(?![\d.,])"),
    ("fixed", 1, "0", rf"(?<![\w:.,/-]){_HHMM}\s?(?:hrs?|hours|hres?|h)\b"),
    ("fixed", 1, "0", rf"{CUE}(?P<hour>2[0-3]|[01]?\d)(?P<minute>[0-5]\d){_FREE}"),
    ("fixed", 1, "0", rf"^\W*{_HHMM}{_FREE}"),
    ("fixed", 1, "0", rf"(?<![\w:.,/-]){_HHMM}\s?(?:-|–|to|à|a)\s?(?:[01]\d|2[0-3])[0-5]\d\b"),
    ("fixed", 1, "0", rf"(?<![\w:.,/-]){_HHMM}\s+(?:counts?|rounds?|meds?|med\s+pass|check"
                      r"|patrol|movement|lock\s?up|d[ée]nombrement|ronde|tourn[ée]e)\b"),
    # "three thirty", "eleven-fifteen", "nine oh five": an hour word, then minute words.
    ("spoken", 1, " ".join(ENGLISH),
     rf"(?:{CUE})?(?<![\w'-])(?P<hour>{_EN_HOUR})[\s-]+(?P<mword>{_EN_MIN})(?![\w']){COUNTED}"),
    # "at nine", "around eleven o'clock", "half three": an hour word alone needs a cue.
    ("spoken", 2, " ".join(ENGLISH),
     rf"(?:{CUE}|(?<![\w'-])(?P<half_past>half)\s+)(?P<hour>{_EN_HOUR})"
     rf"(?:\s+o'?clock|-?ish)?(?![\w'-]){END}"),
    ("spoken", 1, "clock oclock",
     rf"(?<![\w'-])(?P<hour>{_EN_HOUR}|1[0-2]|0?[1-9])\s+o'?clock\b"),
    # "à huit et quart", "vers 6 et demie": a French fraction without "heures" needs a cue.
    ("frac", 1, "quart quarts demi demie",
     rf"{CUE}(?P<hour>{_HOUR_WORD}|1[0-2]|0?[1-9])\s+(?P<tail>et\s+quart|et\s+demie?"
     r"|(?:et\s+)?trois\s+quarts|moins\s+(?:le\s+|l')?quart)\b"),
    # "between 2 and 3 am", "de 10 h à 11 h du soir": the start, on the half the end names.
    ("range", 1, "between entre from de",
     rf"(?<![\w'])(?:between|entre|from|de)\s+(?P<hour>{_EN_HOUR}|1[0-2]|0?[1-9])"
     rf"(?:\s?(?:[:.]|h(?:eures?)?)\s?(?P<minute>[0-5]\d)?)?\s*(?:and|et|to|à|a|-|–)\s*"
     rf"(?P<to>{_EN_HOUR}|1[0-2]|0?[1-9])(?:\s?(?:[:.]|h(?:eures?)?)\s?(?:[0-5]\d)?)?(?![\w:])"),
    ("loose", 2, "0", rf"{CUE}(?P<hour>\d{{1,2}})(?:\s?(?:o'?clock|-?ish|sharp))?"
                      rf"{_AFTER_BARE_HOUR}"),
    ("fixed", 2, "0", rf"(?<![\w:.,/$-])(?:(?P<pre>in|since|of|en|depuis|year|année|annee)\s+)?"
                      rf"{_HHMM}{_FREE}(?!\w)"),
)  # fmt: skip
# A cheap look for the word each costly pattern cannot do without; the pattern runs only if the
# look finds it (most notes have digits, and "to" or "of", but no clock).
_PROBES = {
    "relative": re.compile(rf"\b(?:past|after|to|till|til|of|before)\s+(?:{_NOON}|{_EN_HOUR}|\d)"),
    "heures": re.compile(r"\d\s*h|heure|\bhr"),
    "frac": re.compile(r"\b(?:et\s+(?:quart|demi)|trois\s+quarts|moins\s+(?:le\s+|l')?quart)"),
}
_LONGEST_PHRASE = 100  # characters: no clock phrase is longer
_YEAR_CUES = frozenset({"in", "since", "of", "en", "depuis", "year", "année", "annee", "from"})
_PATTERNS = tuple(
    (kind, tier, frozenset(keys.split()), re.compile(pattern))
    for kind, tier, keys, pattern in CLOCKS
)
# Words without which no rule but the digit ones can match: a text with none of them and no
# digit skips the grammar (most notes name no time).
TRIGGERS = frozenset().union(*(keys for _, _, keys, _ in _PATTERNS)) - {"0"}


@dataclass(frozen=True)
class Clock:
    """A time of day as written, and whether it may also mean twelve hours later."""

    hour: int
    minute: int
    twelve_hour: bool
    half_given: bool = False  # "pm", "du matin", "noon": no other half of the day fits
    # "midnight", "minuit et quart": the night that ends a named day ("yesterday at midnight").
    ends_the_day: bool = False


def _number(phrase: str) -> int:
    """The value of minute or hour words, or of digits."""
    said = key(phrase)
    return int(said) if said.isdigit() else MINUTE_WORDS.get(said, HOUR_WORDS.get(said, 0))


def _tail_minutes(groups: dict[str, str | None]) -> int:
    """Minutes after the hour a tail says; negative when it counts back ("moins dix")."""
    tail = key(groups.get("tail") or "")
    if groups.get("mdig"):
        return int(groups["mdig"] or 0)
    if groups.get("mword"):
        return _number(groups["mword"] or "")
    if tail.startswith("moins"):
        return -(_number(groups["less"] or "") if groups.get("less") else 15)
    if tail:
        return FRACTIONS[key(tail.removeprefix("et "))]
    return 0


def _with_half(clock: Clock, half: str) -> Clock:
    """The clock on the half of the day its words choose; a 24-hour time keeps its hour."""
    if clock.hour > 12 or clock.half_given:
        return clock
    hour = clock.hour % 12
    if half == "pm" or (half == "night" and 6 <= hour):
        hour += 12
    return Clock(hour, clock.minute, twelve_hour=False, half_given=True)


_Groups = dict[str, str | None]


def _relative(groups: _Groups, cue: str | None, half: str | None) -> int | None:
    """Minutes of "quarter past", "ten to": counted minutes need a cue ("from ten to four" and
    "about 5 to 10 minutes" are counts), and digits a clause that goes on like a time."""
    said = key(groups["rel_min"] or "")
    fraction = FRACTIONS.get(said)
    # "ten minutes before midnight" says what it counts; "ten to four" needs a cue, while
    # "twenty-five past nine" and "ten to midnight" are clocks however they start.
    clock_said = groups["rel"] == "past" or key(groups["hour"] or "") in NOON_MIDNIGHT
    if fraction is None and cue in {None, "from"} and not groups["unit"] and not clock_said:
        return None
    digits = said.isdigit() or (groups["hour"] or "")[:1].isdigit()
    # "a quarter to one inmate" is a coin; "at 5 to 10 minutes" a count.
    if groups["lax"] is None or (fraction is None and groups["end"] is None and digits):
        return None
    minutes = fraction if fraction is not None else _number(said)
    if not 1 <= minutes <= 59:
        return None
    return minutes if groups["rel"] in AFTER else -minutes


def _tail(groups: _Groups, cue: str | None, half: str | None) -> int | None:
    """Minutes after "h", "heures", "midi": "après deux heures d'attente" is a duration, so a
    spelled hour with nothing after it is a time only after a cue, or before "du matin"."""
    minutes = _tail_minutes(groups)
    written = key(groups["hour"] or "")
    spelled = not written[:1].isdigit() and written not in NOON_MIDNIGHT
    # "3 hrs" is more often a length than a time; "vers 3 hres" is a time.
    if groups.get("abbrev") and not cue:
        return None
    # "il a 3 h de retard", "2 h plus tard": a length, whatever the cue.
    if not minutes and "lax" in groups and groups["lax"] is None:
        return None
    if spelled and not minutes and not half:
        fits = groups.get("lax") is not None
        fits = fits and (cue not in _LENGTH_CUES or groups.get("end") is not None)
        if not (cue and fits):
            return None
    return minutes


def _spoken(groups: _Groups, cue: str | None, half: str | None) -> int | None:
    """Minutes of "three thirty", "half three": minute words need a cue or a half of the day
    ("one twenty" may be a count)."""
    if cue == "from" or (groups.get("mword") and not (cue or half)):
        return None
    minutes = _number(groups["mword"] or "") if groups.get("mword") else 0
    return minutes + (30 if groups.get("half_past") else 0)


def _written(groups: _Groups, cue: str | None, half: str | None) -> int | None:
    """Minutes of "1430", "14:30"; "in 2019" and "since 1998" are years."""
    if int(groups["hour"] or 0) > 23 or (cue in _YEAR_CUES and groups["hour"] in {"19", "20"}):
        return None
    return int(groups.get("minute") or 0)


def _range(groups: _Groups, cue: str | None, half: str | None) -> int | None:
    """Minutes of the start of "between 2 and 3 am": a range is read only with its half of the
    day ("between 2 and 3" is often a count)."""
    return int(groups.get("minute") or 0) if half else None


# How each kind of pattern reads its minutes (None: not a time after all), and whether its hour
# may mean either half of the day ("2:15", "around 11", "three thirty"; not "0215", "21 h").
_READERS = {
    "relative": (_relative, True),
    "heures": (_tail, False),
    "noon": (_tail, False),
    "frac": (_tail, True),
    "spoken": (_spoken, True),
    "loose": (_written, True),
    "fixed": (_written, False),
    "range": (_range, True),
}


def _clock(match: re.Match[str], kind: str, half: str | None) -> Clock | None:
    """The time of day a pattern read, on the half of the day ``half`` names ("am", "pm",
    "night") if the words after it chose one; None when the words or numbers are not a time."""
    groups = match.groupdict()
    if kind == "meal":
        hour, minute = MEALS[key(groups["meal"] or "")]
        # "after supper", "before breakfast": about an hour off the meal itself.
        said = groups["meal_rel"] or ""
        shift = -MEAL_SHIFT if said.startswith(("before", "avant")) else MEAL_SHIFT if said else 0
        return Clock(*divmod(hour * 60 + minute + shift, 60), twelve_hour=False)
    if kind == "ampm":
        hour, minute = int(groups["hour"] or 0), int(groups.get("minute") or 0)
        if not 1 <= hour <= 12:
            return None
        return Clock(hour % 12 + (12 if groups["half"] == "p" else 0), minute, False, True)
    written = key(groups["hour"] or "")
    noon = written in NOON_MIDNIGHT
    hour = NOON_MIDNIGHT[written] if noon else _number(written)
    reader, either_half = _READERS[kind]
    minutes = reader(groups, groups.get("cue") or groups.get("pre"), half)
    if minutes is None or not (noon or hour <= (12 if kind in {"relative", "range"} else 23)):
        return None
    total = (hour * 60 + minutes) % (24 * 60)
    either_half = (either_half or not written.isdigit()) and 1 <= hour <= 12 and not noon
    either_half = either_half and not (kind == "loose" and written.startswith("0"))
    late = noon and hour == 0 and minutes >= 0
    clock = Clock(total // 60, total % 60, either_half, half_given=noon, ends_the_day=late)
    if half and kind == "range" and hour > _number(groups["to"] or ""):
        # "between 11 and 1 am": the start is on the other half of the day.
        half = {"am": "pm", "pm": "am"}.get(half, half)
    return _with_half(clock, half) if half else clock


def first_clock(text: str, words: frozenset[str], digits: bool) -> Clock | None:
    """The earliest time of day in a lower-case text, preferring forms that are times beyond
    doubt, on the half of the day the words after it choose (``words``: the text's words;
    ``digits``: whether it has a digit)."""
    if not digits and TRIGGERS.isdisjoint(words):
        return None
    for wanted in (1, 2):
        found: list[tuple[int, int, Clock]] = []
        # Once a clock is found, the other patterns need only look a phrase's length past its
        # start for an earlier one (a long note is otherwise read once per pattern).
        limit = len(text)
        for kind, tier, keys, pattern in _PATTERNS:
            if tier != wanted or not ((digits and "0" in keys) or not keys.isdisjoint(words)):
                continue
            probe = _PROBES.get(kind)
            if probe and not probe.search(text, 0, limit):
                continue
            for match in pattern.finditer(text, 0, limit):
                half = HALF.match(text, match.end())
                clock = _clock(match, kind, half.lastgroup if half else None)
                if clock:
                    found.append((match.start(), -match.end(), clock))
                    limit = min(limit, match.start() + _LONGEST_PHRASE)
                    break
        if found:
            return min(found, key=lambda item: item[:2])[2]
    return None


def length_at(text: str, start: int) -> int:
    """How long the clock phrase beginning at ``start`` is (after spaces and commas), 0 if none:
    a clock said right after "tomorrow" is to come, not past."""
    gap = len(text[start:]) - len(text[start:].lstrip(" ,"))
    ends = [
        found.end()
        for kind, _, _, pattern in _PATTERNS
        if (found := pattern.match(text, start + gap)) and _clock(found, kind, "am")
    ]
    return max(ends) - start if ends else 0
