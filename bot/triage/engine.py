"""Triage: from an officer's words to urgency, routes, the document owed and readable reasons.

A transparent rule engine over the concept lexicons (``bot.triage.lexicon``) and their cues
(``bot.triage.cues``), implementing ../shared/triage-policy.md. Every decision comes with the
concept
and the words that made it, in the officer's language, so the card can say why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bot.triage.cues import (
    CUES,
    HARMLESS,
    Harmless,
    context_denied,
    contrasted,
    has_check,
    is_vague,
    negation_before,
    past_sentences,
    sentence_of,
    sentence_starts,
)
from bot.triage.frames import frame_hits
from bot.triage.labels import COMMUNITY, LEARNED, QUALIFIERS
from bot.triage.language import detect_language
from bot.triage.learned import (
    Opinion,
    consulted,
    keep_in,
    second_opinion,
    train_in_background,
    weightiest_phrase,
)
from bot.triage.learned import warm_up as _train_second_opinion
from bot.triage.lemmas import warm_up as _load_dictionaries
from bot.triage.lexicon import CONCEPTS, Concept
from bot.triage.scanner import Scan, Scanner, scan
from bot.triage.setting import community_cue
from bot.triage.typos import Mended, mend
from storage.vocabulary import Route, Urgency

ROUTES = tuple(Route)
URGENCY_RANK = {Urgency.ROUTINE: 0, Urgency.PRIORITY: 1, Urgency.IMMEDIATE: 2}
_MAX_REASONS = 6
_PHRASE_CHARS = 40
# Every concept and cue in one pass over the text.
_SCANNER = Scanner({**{concept.name: concept.patterns for concept in CONCEPTS}, **CUES})
# Zero-width characters vanish, quotes become plain; other control characters become spaces.
_INVISIBLE_AND_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"'}
    | dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad")
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Triage:
    """The triage of one observation: what it calls for, who hears, and why."""

    urgency: Urgency
    routes: tuple[str, ...]
    document: str
    reasons: tuple[str, ...]
    staff_concern: bool
    community: bool
    positive: bool
    # The officer is the safety net: routine, yet nothing was recognised, or words of force, harm
    # or fear were heard that no concept placed. The card then asks whether anyone is at risk.
    unsure: bool = False
    unplaced: tuple[str, ...] = ()  # those words, as the officer typed them


@dataclass(frozen=True)
class _Hit:
    concept: Concept
    start: int
    end: int
    level: Urgency
    negation_start: int | None = None
    denial: bool = False
    past: bool = False


def document_for(urgency: Urgency) -> str:
    """The document an urgency calls for: a 0875 for immediate and priority, else the log book."""
    return "log" if urgency is Urgency.ROUTINE else "0875"


def routes_for(
    urgency: Urgency, topic_routes: set[str], *, community: bool, staff_concern: bool
) -> tuple[str, ...]:
    """The routes the policy gives an urgency and topics (also after an officer changes it)."""
    if staff_concern and urgency is not Urgency.IMMEDIATE:
        return (Route.SECURITY_INTELLIGENCE,)  # CD 568-2: the SIO alone, who consults the head
    if staff_concern:  # a staff member compromised right now: the supervisor is paged too
        return (Route.SECURITY_INTELLIGENCE, Route.SUPERVISOR)
    routes = set(topic_routes) & set(ROUTES)
    if community:
        routes.add(Route.CASE_MANAGEMENT)  # triage-policy: every community observation
    if urgency is Urgency.IMMEDIATE or (urgency is Urgency.PRIORITY and community):
        routes.add(Route.SUPERVISOR)  # triage-policy: always for immediate; priority in community
    return tuple(sorted(routes))


def clean(text: str) -> str:
    """The text as triage reads it: NFC, plain quotes, no invisible or control characters."""
    if text.isascii():  # most notes: nothing to normalise, and "`" the only quote to change
        return _CONTROL.sub(" ", text.replace("`", "'"))
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE_AND_QUOTES)
    return _CONTROL.sub(" ", text)


def triage(text: str, lang: str | None = None) -> Triage:
    """Urgency, routes, document and reasons for one observation, in English or French."""
    typed = mend(clean(text))
    lang = lang if lang in ("en", "fr") else detect_language(typed.typed)
    scanned = scan(typed.text)
    found = _SCANNER.find(scanned)
    starts = sentence_starts(scanned)
    framed, alarms = frame_hits(typed.text, starts)
    for name, spans in framed.items():
        found[name].extend(spans)
    cue = community_cue(found)
    community = cue is not None
    # A concept's ceiling under community supervision holds only where nothing places the man
    # inside ("pillows under his blanket at the 0200 count; his parole officer was told").
    hits = _hits(scanned, found, starts, community=community and not found["institution"])
    neutral, still_routed, harmless_reasons, settled = _neutralised(
        scanned, found, starts, hits, typed, lang
    )
    affirmed = [h for h in hits if h.negation_start is None and h not in neutral]
    # A hit lowered from its concept's level (told in the past) overrides no emergency of now: a
    # stabbing two days ago does not take over tonight's heavy bleeding.
    overridden = {name for h in affirmed for name in h.concept.excludes}
    by_now = {name for h in affirmed if h.level == h.concept.level for name in h.concept.excludes}
    affirmed = [
        h
        for h in affirmed
        if h.concept.name not in overridden
        or (h.concept.name not in by_now and h.level is Urgency.IMMEDIATE)
    ]
    urgency = max((h.level for h in affirmed), key=URGENCY_RANK.__getitem__, default=None)
    urgency = urgency or Urgency.ROUTINE
    # The second opinion may raise a routine or priority verdict, never lower one
    # (bot.triage.learned). A note the rules placed in a harmless context (a game on TV, a drill,
    # a quarrel long settled) is placed: the model, which reads the violent words and not the
    # context, is not asked.
    asked = consulted(urgency.value, typed.typed) and not neutral and not settled
    learned = second_opinion(typed.typed, urgency.value) if asked else None
    if learned is not None and URGENCY_RANK[Urgency(learned.urgency)] <= URGENCY_RANK[urgency]:
        learned = None  # it agrees, or would lower: nothing to add
    if learned is not None:
        urgency = Urgency(learned.urgency)
    staff = any(h.concept.staff for h in affirmed)
    checked = has_check(found)
    kept = [
        h
        for h in hits
        if h.negation_start is not None
        and h not in neutral
        and (h.denial or checked or h.concept.screened)
    ]
    kept += [h for h in still_routed if h.negation_start is None]
    # triage-policy: programs, work, family go to case management on routine entries only.
    counted = [h for h in affirmed if urgency is Urgency.ROUTINE or not h.concept.routine_only]
    topics = _topic_routes([*counted, *kept], community=community)
    if learned is not None:
        topics |= learned.routes
    reasons = [_reason(h, typed, lang) for h in _by_weight(counted)]
    reasons += [_reason(h, typed, lang) for h in kept]
    reasons += harmless_reasons
    if cue is not None:
        reasons.append(_labelled(COMMUNITY, typed.typed_span(*cue), lang))
    if learned is not None:  # what decided the urgency comes first
        reasons.insert(0, _learned_reason(learned, typed.typed, lang))
    unplaced = _unplaced(alarms, hits, typed) if urgency is Urgency.ROUTINE else ()
    return Triage(
        urgency=urgency,
        routes=routes_for(urgency, topics, community=community, staff_concern=staff),
        document=document_for(urgency),
        reasons=tuple(dict.fromkeys(reasons))[:_MAX_REASONS],
        staff_concern=staff,
        community=community,
        positive=urgency is Urgency.ROUTINE and not staff,
        unsure=urgency is Urgency.ROUTINE and (not hits or bool(unplaced)),
        unplaced=unplaced,
    )


def _learned_reason(learned: Opinion, text: str, lang: str) -> str:
    """The second opinion's reason: the words that weighed most towards its urgency."""
    return _labelled(LEARNED, weightiest_phrase(text, learned.urgency), lang)


def _unplaced(alarms: list[tuple[int, int]], hits: list[_Hit], typed: Mended) -> tuple[str, ...]:
    """Words of force, harm or fear outside every concept's match, as the officer typed them."""
    placed = [(h.negation_start if h.negation_start is not None else h.start, h.end) for h in hits]
    words = [
        typed.typed_span(start, end)
        for start, end in alarms
        if not any(lo <= start < hi for lo, hi in placed)
    ]
    return tuple(dict.fromkeys(words))


def warm_up(*, background: bool = False, kept_in: Path | None = None) -> None:
    """Load the lemma dictionaries, train the second opinion and run every rule once at start-up,
    not on a first message; with ``background``, the training goes on after it returns (the bot:
    its first messages are triaged by the rules alone meanwhile); with ``kept_in``, the trained
    model is kept in that directory and loaded from it at the next start."""
    _load_dictionaries()
    if kept_in is not None:
        keep_in(kept_in)
    if background:
        train_in_background()
    else:
        _train_second_opinion()
    triage("warm-up: he grabbed the officer, nothing found on search")


def _topic_routes(hits: list[_Hit], *, community: bool) -> set[str]:
    """The routes the hits' topics call for (some differ under community supervision)."""
    topics: set[str] = set()
    for hit in hits:
        routes = hit.concept.routes
        if community and hit.concept.community_routes is not None:
            routes = hit.concept.community_routes
        topics |= routes
    return topics


def _hits(
    text: Scan, found: dict[str, list[tuple[int, int]]], starts: list[int], *, community: bool
) -> list[_Hit]:
    """Every concept match, with its negation and whether its sentence speaks of the past."""
    past = past_sentences(found, starts)
    vague = is_vague(found)
    hits = []
    for concept in CONCEPTS:
        for start, end in found.get(concept.name, ()):
            level = concept.level
            is_past = sentence_of(starts, start) in past
            if is_past and concept.past_lowers and level is Urgency.IMMEDIATE:
                level = Urgency.PRIORITY  # triage-policy: over and done is not a present risk
            if vague and concept.vague_lowers and level is Urgency.IMMEDIATE:
                level = Urgency.PRIORITY  # triage-policy: a vague plan is priority
            ceiling = concept.community_level
            if community and ceiling and URGENCY_RANK[level] > URGENCY_RANK[ceiling]:
                level = ceiling
            negation = negation_before(text.lower, start)
            hits.append(
                _Hit(
                    concept,
                    start,
                    end,
                    level,
                    negation.start if negation else None,
                    bool(negation and negation.denial),
                    is_past and concept.past_lowers,
                )
            )
    return hits


def _neutralised(
    text: Scan,
    found: dict[str, list[tuple[int, int]]],
    starts: list[int],
    hits: list[_Hit],
    typed: Mended,
    lang: str,
) -> tuple[set[_Hit], set[_Hit], list[str], bool]:
    """Hits covered by a harmless context (in its sentence, or anywhere in the note for a context
    told afterwards), those of them whose topic keeps its route, why, and whether a context that
    settles the note was told. A context denied is none: "he wasn't joking", "not a drill"."""
    neutral: set[_Hit] = set()
    still_routed: set[_Hit] = set()
    reasons = []
    settled = False
    past = past_sentences(found, starts)
    in_the_room = {sentence_of(starts, start) for start, _ in found["in_the_room"]}
    contrasts = contrasted(text.lower, starts)
    for context in HARMLESS:
        for span in found.get(context.name, ()):
            sentence = sentence_of(starts, span[0])
            if context.past_only and sentence not in past:
                continue
            if context_denied(text.lower, span[0]):
                continue
            # A context read over the whole note cannot explain away an act put in the room in
            # any of its sentences ("Roy punched Tran over the remote. It was hockey on TV.").
            if context.not_in_the_room and (
                sentence in in_the_room or (context.whole_note and in_the_room)
            ):
                continue
            settled = settled or context.settles
            covered = {
                h
                for h in hits
                if _in_scope(context, sentence, sentence_of(starts, h.start), contrasts)
                and (not context.own_words_only or (h.start < span[1] and span[0] < h.end))
                and (
                    h.concept.name in context.neutralises
                    or (context.figurative and h.concept.figurative)
                )
            }
            if covered:
                neutral |= covered
                if context.keeps_route:
                    still_routed |= covered
                reasons.append(_labelled(context.labels, typed.typed_span(*span), lang))
    return neutral, still_routed, reasons, settled


def _in_scope(context: Harmless, own: int, other: int, contrasts: set[int]) -> bool:
    """Whether a context told in sentence ``own`` reaches a hit in sentence ``other``: its own
    sentence, or for a whole-note context any sentence before the first later one that turns
    against it ("No phone found. But a charger was taped behind the toilet.")."""
    if other == own:
        return True
    turn = min((c for c in contrasts if c > own), default=None)
    return context.whole_note and (turn is None or other < turn)


def _by_weight(hits: list[_Hit]) -> list[_Hit]:
    """One hit per concept, the most urgent concepts first, then in reading order."""
    first: dict[str, _Hit] = {}
    for hit in sorted(hits, key=lambda h: (-URGENCY_RANK[h.level], h.start)):
        first.setdefault(hit.concept.name, hit)
    return list(first.values())


def _reason(hit: _Hit, typed: Mended, lang: str) -> str:
    """``concept: phrase`` in the officer's language, marked when ruled out or past."""
    label = hit.concept.labels[lang == "fr"]
    start = hit.start if hit.negation_start is None else hit.negation_start
    if hit.negation_start is not None:
        label = f"{label} ({QUALIFIERS['negated'][lang == 'fr']})"
    elif hit.past:
        label = f"{label} ({QUALIFIERS['past'][lang == 'fr']})"
    return _labelled((label, label), typed.typed_span(start, hit.end), lang)


def _labelled(labels: tuple[str, str], phrase: str, lang: str) -> str:
    phrase = " ".join(phrase.strip(" '\"").split())[:_PHRASE_CHARS]
    shown = f"'{phrase}'" if " " in phrase else phrase
    return f"{labels[lang == 'fr']}: {shown}"
