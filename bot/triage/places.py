"""Where it happened: a lexicon of institutional and community places, English and French."""

from __future__ import annotations

import re
from dataclasses import dataclass

# An identifier of a unit, range or cell as officers write them: "4", "4B", "D", "2-14", "118".
_ID = r"(?:\d{1,3}[A-Za-z]?(?:-\d{1,3}[A-Za-z]?)?|[A-Za-z](?![\w'-]))"
_DIRECTION = r"(?:north|south|east|west|nord|sud|est|ouest)"
# The number an area may carry ("yard 2", "gym #1", "cour 3"), unless it counts something else:
# "in the yard 20 min ago", "gym 2 hours", "cour 3 gars".
_NUMBER = (
    rf"(?:\s*(?:#|no\.?|n°)?\s*{_ID}(?![:.,]?\d)(?!\s*(?:min|mins|minutes?|h|hrs?|hours?|heures?"
    r"|sec|secs|am|pm|a\.m|p\.m|ago|x|times|fois|guys|gars|inmates?|d[ée]tenus?|people"
    r"|personnes|days?|jours?)\b))?"
)

# (kind, trigger words, pattern): a pattern is tried only if one of its words is in the text
# ("0" stands for any digit), which keeps extraction fast. The group "place" (or else the
# whole match) is what the card shows. "living" and "cell" combine ("4B range, cell 2-14");
# "generic" ("on the range") is the last resort.
PLACES = (
    ("cell", "cell cells cellule cellules cel",
     rf"\b(?:cells?|cellules?|cel)\b\s*#?\s*{_ID}\b"),
    ("cell", "0",
     r"\b(?:in|into|of|from|dans|de|search|fouille)\s+(?P<place>\d{1,2}-\d{2,3})\b"),
    # "le gars de la 22", "feu dans la 12": in French "la" and a number is a cell.
    ("cell", "la",
     r"\b(?:dans|de|à|a|devant|sur)\s+(?P<place>la\s+\d{1,3})(?![\w:.,]\d|\w)"
     r"(?!\s*(?:e|er|ème|eme|h|heures?|fois|min|minutes?|ans)\b)"),
    ("living", "living unit units unité unités unite pod pods tier tiers wing aile range ranges "
               "rangée rangées rangee block blocks bloc house houses secteur sector zone",
     r"\b(?:living\s+)?(?:units?|unités?|unite|pods?|tiers?|wing|aile|ranges?|rangées?|rangee"
     rf"|blocks?|bloc|houses?|secteur|sector|zone)\b\s*#?\s*{_ID}\b"),
    ("living", "range pod tier wing block upper lower unit",
     rf"(?<![\w-]){_ID}\s*-?\s*(?:range|pod|tier|wing|block|upper|lower|unit)\b"),
    ("living", "étage etage rangée rangee aile unité unite",
     r"\b\d{1,2}(?:e|er|ère|ème|eme)\s+(?:étage|etage|rangée|rangee|aile|unité|unite)\b"),
    ("living", "0", r"(?<![\w-])(?-i:\d{1,2}[A-GNSUW])(?![\w-])"),
    ("area", "yard",
     rf"\b(?:(?:{_DIRECTION}|big|small|rec|exercise|main|upper|lower)\s+)?yard\b{_NUMBER}"),
    ("area", "cour", rf"\bcour(?:\s+(?:d'exercice|ext[ée]rieure|{_DIRECTION}))?\b{_NUMBER}"),
    ("area", "gym gymnasium gymnase",
     rf"\b(?:gym(?:nasium)?|gymnase)(?:\s+floor)?\b{_NUMBER}"),
    ("area", "kitchen servery cuisine dining cafeteria cafétéria réfectoire",
     r"\b(?:kitchen|servery|cuisine|dining\s+hall|cafeteria|cafétéria|réfectoire)\b"),
    ("area", "health healthcare hcu infirmary infirmerie soins med medication nursing hospital "
             "hôpital hopital",
     r"\b(?:health\s*care(?:\s+(?:unit|centre|center))?|(?-i:HCU)|health\s+cent(?:re|er)"
     r"|infirmary|infirmerie|soins\s+de\s+santé|centre\s+de\s+soins|med(?:ication)?\s+"
     r"(?:line|window|room)|nursing\s+station|hospital|hôpital|hopital)\b"),
    ("area", "visiting visits visit vr vcr pfv vfp salle aire parloir trailer trailers",
     r"\b(?:visiting\s+(?:room|area)|visits?\s+(?:room|area)|(?-i:VR|VCR|PFV|VFP)"
     r"|salle\s+des\s+visites|aire\s+des\s+visites|parloir|trailers?)\b"),
    ("area", "visits visites", r"\b(?:in|at|from|during|aux)\s+(?P<place>visits|visites)\b"),
    ("area", "sally sallyport sas", r"\b(?:sally\s*port|(?-i:SAS))\b"),
    ("area", "admin administrative seg segregation siu uis structured unité isolement hole",
     r"\b(?:admin(?:istrative)?\s+seg(?:regation)?|segregation|seg|(?-i:SIU|UIS)"
     r"|structured\s+intervention\s+unit|unité\s+d'intervention\s+structurée|isolement"
     r"|the\s+hole)\b"),
    ("area", "chapel chapelle spiritual sweat",
     r"\b(?:chapel|chapelle|spiritual\s+cent(?:re|er)|sweat\s+lodge)\b"),
    ("area", "school classroom école ecole salle",
     r"\b(?:school|classroom|école|ecole|salle\s+de\s+classe)\b"),
    ("area", "shop atelier",
     r"\b(?:(?:hobby|(?-i:CORCAN)|wood|metal|welding|machine|upholstery)\s+)?shop\b"
     r"|\batelier(?:\s+(?:de|du|d')\s*[\w-]+)?"),
    ("area", "laundry buanderie", r"\b(?:laundry|buanderie)\b"),
    ("area", "library bibliothèque bibliotheque", r"\b(?:library|bibliothèque|bibliotheque)\b"),
    ("area", "shower showers douche douches", r"\b(?:showers?|douches?)\b"),
    ("area", "common day dayroom salle aire",
     r"\b(?:common\s+(?:room|area)|day\s*room|salle\s+commune|aire\s+commune)\b"),
    ("area", "a d r admissions admission",
     r"\b(?:(?-i:A&D|R&D)|admissions?\s+(?:and|&)\s+discharge)"),
    ("area", "control poste main principal entrance entrée front",
     r"\b(?:control\s+post|poste\s+de\s+contr[ôo]le|(?:main|principal)\s+entrance"
     r"|entrée\s+principale|front\s+gate)\b"),
    ("area", "fence clôture cloture perimeter",
     rf"\b(?:(?:{_DIRECTION}|perimeter)\s+)?fence\b|\bcl[ôo]ture(?:\s+{_DIRECTION})?\b"
     r"|\bperimeter\b"),
    ("area", "parking stationnement", r"\b(?:(?:staff\s+)?parking\s+lot|stationnement)\b"),
    ("area", "program interview salle waiting",
     r"\b(?:program\s+room|interview\s+room|salle\s+d'entrevue|waiting\s+room"
     r"|salle\s+d'attente)\b"),
    ("community", "ccc community centre correctionnel crf halfway maison",
     r"\b(?:(?-i:CCC)|community\s+correctional\s+cent(?:re|er)|centre\s+correctionnel"
     r"\s+communautaire|(?-i:CRF)|halfway\s+house|maison\s+de\s+transition)\b"),
    ("community", "parole bureau area district",
     r"\b(?:parole\s+office|bureau\s+(?:de|des)\s+libérations?\s+conditionnelles?"
     r"|(?:area|district)\s+office)\b"),
    ("community", "residence home house apartment apt place trailer domicile résidence "
                  "logement appartement chez",
     r"\b(?:(?:his|her|their|(?!(?:he|she|it|that|there|what|who|where|here)'s)[\w-]+'s)\s+"
     r"(?:residence|home|house|apartment|apt|place|trailer)|home\s+visit"
     r"|(?:à\s+)?(?:son|sa)\s+(?:domicile|résidence|logement|appartement)"
     r"|(?:au|à)\s+domicile|chez\s+(?:lui|elle))\b"
     r"(?:\s*(?:on|at|,|au|sur\s+la|sur\s+le)\s*(?P<address>\d{1,5},?\s+[^,.;:!?\n]{2,40}"
     r"?(?=[,.;:!?\n]|$|\s(?:and|et|with|avec|he|she|il|elle)\b)))?"),
    ("community", "st street ave avenue rd road blvd boulevard dr drive cres crescent way lane "
                  "ln ct court pl place hwy highway",
     r"(?-i:\b\d{1,5}\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd"
     r"|Boulevard|Dr|Drive|Cres|Crescent|Way|Lane|Ln|Ct|Court|Pl|Place|Hwy|Highway)\b\.?)"),
    ("community", "rue avenue boulevard boul chemin rang route",
     r"\b\d{1,5},?\s+(?:rue|avenue|boulevard|boul\.|chemin|rang|route)\s+(?:[\w'-]+\s?){1,3}"),
    ("generic", "range rangée rangee tier unit unité wing aile office bureau",
     r"\b(?:on|in|to|off|at|the|la|au|le)\s+(?P<place>range|rangée|rangee|tier|unit|unité"
     r"|wing|aile|office|bureau)\b"),
)  # fmt: skip
# Patterns without a case-sensitive part also run on the lower-case text, twice as fast.
_PATTERNS = tuple(
    (
        kind,
        frozenset(words.split()),
        re.compile(pattern, re.IGNORECASE),
        None if "(?-i:" in pattern else re.compile(pattern),
    )
    for kind, words, pattern in PLACES
)
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_COMBINES = {"living", "cell"}
_SINGLE_LETTER = re.compile(r"(?:^|\s)[a-z]\s*-?\s*(?:range|pod|tier|wing|block|unit)\b|\s[a-z]$")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    kind: str
    text: str


def words_in(text: str) -> frozenset[str]:
    """The lower-case words of a text, and "0" if it has a digit: what triggers a pattern."""
    words = _WORD.findall(text.lower())
    return frozenset([*words, "0"] if _DIGIT.search(text) else words)


def _mentions(text: str, words: frozenset[str]) -> list[_Mention]:
    """Every place the lexicon finds, in text order, longest first where two start together."""
    found: list[_Mention] = []
    lower = text.lower()
    same = len(lower) == len(text)  # a rare letter's lower case is longer: then ignore case
    for kind, triggers, any_case, lower_case in _PATTERNS:
        if triggers.isdisjoint(words):
            continue
        matches = lower_case.finditer(lower) if lower_case and same else any_case.finditer(text)
        for match in matches:
            group = "place" if match.groupdict().get("place") else 0
            start, end = match.span(group)
            shown = " ".join(text[start:end].split()).rstrip(",")
            # A lone lower-case letter is a word ("a range of"), not a range name ("D range").
            if kind == "living" and _SINGLE_LETTER.search(shown):
                continue
            found.append(_Mention(start, end, kind, shown))
    return sorted(found, key=lambda mention: (mention.start, -mention.end))


def find_location(text: str, words: frozenset[str] | None = None) -> str | None:
    """The place the text names, as the officer wrote it ("4B range, cell 2-14"), or None
    (``words``: the text's ``words_in``, when the caller has them already)."""
    mentions = _mentions(text, words_in(text) if words is None else words)
    specific = [mention for mention in mentions if mention.kind != "generic"]
    chosen = specific or mentions
    if not chosen:
        return None
    first = chosen[0]
    partner = next(
        (
            mention
            for mention in chosen[1:]
            if {first.kind, mention.kind} == _COMBINES and mention.start >= first.end
        ),
        None,
    )
    return f"{first.text}, {partner.text}" if partner else first.text
