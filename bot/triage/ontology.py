"""The incident ontology: what an officer can report, told by acts, objects and people, as data.

Each incident type comes from an external checklist (the triage policy's lines, CSC's incident
categories, the incident types of HMPPS's open incident-reporting service) and names the triage
concept it raises (``bot.triage.lexicon`` holds each concept's urgency, routes and labels). Its
frames
say how officers tell it without the noun: "an act of force, then a person within three words"
(``Frame(("force", "person"), gaps=(3,))``), "a cord, then a neck", "two signs of a medical
emergency in one note". The words of each role are the families of ``bot.triage.vocabulary``.
``docs/incident_ontology.md`` renders this table for reviewers (``python -m bot.triage.ontology``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

SENTENCE, NOTE = "sentence", "note"
NAME = "name"  # a capitalised word inside a sentence: a surname ("pushed Gagnon")


@dataclass(frozen=True)
class Frame:
    """Families (or markers) that together tell an incident.

    ``gaps``: in reading order, at most this many words between consecutive parts, within one
    sentence; None: in any order anywhere in the ``scope``. ``not_after``: families that, in the
    three words before the first part, make it someone else's act (staff restraining a man) or
    the weather's ("rain on the roof", "when the snow melted").
    ``unless``: families that, anywhere in the scope, say it is not the incident.
    """

    parts: tuple[str, ...]
    gaps: tuple[int, ...] | None = None
    scope: str = SENTENCE
    not_after: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    # Families that rule it out only where they hold its first word: "pushing him to hold a
    # package" is pressure, but "... and when he refused Roy punched him" is still a punch.
    unless_at_head: tuple[str, ...] = ()
    # The head is an object pronoun only after a subject: "il la plaque" is a tackle, while "La
    # plaque a été notée" (a sentence's first word) and "sur la plaque" are a licence plate.
    after_subject: bool = False
    # A part with any negation before it is no part: "did not speak or approach her" is no
    # contact (elsewhere a verb's "not" is often the concern itself: "has not paid").
    negation_denies: bool = False


@dataclass(frozen=True)
class IncidentType:
    """An incident type, the concept it raises, where the type comes from, and its frames."""

    name: str
    concept: str
    sources: str
    frames: tuple[Frame, ...]


def _fr(
    *parts: str, gaps: tuple[int, ...] | None = None, **kw: tuple[str, ...] | str | bool
) -> Frame:
    return Frame(parts, gaps, **kw)  # type: ignore[arg-type]


# "The officer grabbed his arm", "we pinned him": a restraint; "the dog charged": no assault.
_ACTOR = ("staff", "we", "animal", "pupil")  # "his pupils were pinned": no hold

# Intermediate facts several incident types build on (a gift, pills swallowed, a throw-over).
MARKERS: tuple[IncidentType, ...] = (
    # Handed to staff, a thing is a gift (boundary testing), not a belonging given away.
    IncidentType(
        "gift to staff",
        "staff_gift",
        "policy: boundary testing, gifts",
        (_fr("give", "staff", gaps=(2,), unless=("given_word",)),),
    ),
    IncidentType(
        "belongings given away",
        "giveaway",
        "CD 843 warning signs",
        (
            _fr("give", "belongings", gaps=(3,), unless=("staff_gift",)),
            _fr("sign", "belongings", "over", gaps=(3, 1)),
        ),
    ),
    IncidentType(
        "pills swallowed in quantity",
        "ingested_pills",
        "policy: overdose",
        (_fr("ingest", "quantity", "pills", gaps=(2, 3)),),
    ),
    # A count of pills ("23 of his own quetiapine tabs"), not any number in the note ("med line
    # 0800").
    IncidentType(
        "pills counted",
        "pills_counted",
        "policy acts: stockpiling pills",
        (_fr("number", "pills", gaps=(4,)),),
    ),
    IncidentType(
        "pills scattered",
        "pills_scattered",
        "policy: overdose",
        (_fr("pills", "scattered", gaps=(3,)),),
    ),
    IncidentType(
        "package over the fence",
        "throw_over",
        "HMPPS: find of illicit items",
        (
            _fr("package", "over_fence", gaps=(4,)),
            _fr("over_fence", "package", gaps=(4,)),
            _fr("package", "over_top", gaps=(1,), unless=("not_a_fence",)),
        ),
    ),
    IncidentType(
        "collateral contact",
        "collateral_call",
        "CD 715: collateral contacts",
        (_fr("collateral", "called", gaps=(7,)), _fr("collateral_word")),
    ),
)

# fmt: off
INCIDENT_TYPES: tuple[IncidentType, ...] = (
    IncidentType("Assault (on staff or another person)", "violence",
                 "HMPPS Assault; CSC assault on staff / on inmate; policy: violence happening", (
        _fr("force", "staff", gaps=(3,), not_after=_ACTOR, unless=("effort_push",)),
        _fr(
            "force",
            "person",
            gaps=(3,),
            not_after=_ACTOR,
            unless=("errand", "own_dose"),
            unless_at_head=("pressed_to_act", "kicked_in", "displaced"),
        ),
        _fr("force", NAME, gaps=(2,), not_after=_ACTOR, unless=("caught_at",)),
        _fr("force", "owner", "body", gaps=(3, 1), not_after=_ACTOR),
        _fr(
            "object_pronoun",
            "force",
            gaps=(1,),
            not_after=_ACTOR,
            unless=("caught_at", "errand", "infinitive_to", "spat_away"),
            after_subject=True,
        ),
        _fr("throw", "fluid", gaps=(5,), unless=("lab_sample",)),
        _fr("throw", "at_prep", "staff", gaps=(6, 2)),
        _fr("force", "at_prep", "person", gaps=(1, 2), not_after=_ACTOR),
        _fr("force", "at_prep", "staff", gaps=(1, 2), not_after=_ACTOR),
        _fr("throw", "at_prep", "person", gaps=(6, 2)),
        _fr("hurl", "hurled_at", NAME, gaps=(6, 3)),
        # A chair thrown at the counter or the glass where staff sit.
        _fr("furniture", "throw", "at_prep", "staff_post", gaps=(4, 1, 2)),
        _fr("throw", "furniture", "at_prep", "staff_post", gaps=(3, 2, 2)),
        _fr("fluid", "throw", gaps=(2,), unless=("lab_sample",)),
        _fr("limb", "neck", gaps=(6,), unless=("tattoo",)),
        _fr("swing", "staff", gaps=(4,), not_after=_ACTOR),
        _fr("swing", "person", gaps=(4,), not_after=_ACTOR),
    )),
    IncidentType("Weapon made, carried or found", "weapon",
                 "HMPPS Find of illicit items; CSC weapons; policy: weapon-making", (
        _fr("make", "material", gaps=(4,), not_after=("weather",)),
        _fr("heavy", "sock", gaps=(3,)),
        _fr("sock", "heavy", gaps=(3,)),
    )),
    IncidentType("Disorder with hostage or barricade", "hostage",
                 "HMPPS Disorder (hostage, barricade); CSC hostage-taking", (
        _fr("furniture", "barrier", "door", gaps=(6, 3)),
        _fr("block_self", "barrier", "door", gaps=(2, 2), not_after=_ACTOR),
        _fr("staff", "went_in", "back_to_door", scope=NOTE),
    )),
    IncidentType("Self-harm (ligature)", "self_harm", "HMPPS Self-harm; CD 843", (
        _fr("cord", "neck", gaps=(8,)),
        _fr("cord", "tie", "anchor", gaps=(3, 4)),
        _fr("wound", "limbs", gaps=(6,)),
        _fr("limbs", "wound", gaps=(4,)),
        _fr("swallow", "swallowed_object", gaps=(3,)),
    )),
    IncidentType("Suicide risk (goodbye, means, giving away)", "suicide",
                 "CD 843: goodbye note, giving away belongings with hopeless talk", (
        _fr("finality", "giveaway", scope=NOTE),
        _fr("finality", "staff_gift", scope=NOTE),
        _fr("finality", "farewell_note", scope=NOTE),
        _fr("finality", "means", scope=NOTE),
        _fr("parting_words", "giveaway", scope=NOTE),
        _fr("farewell_words", "farewell_note", "unreachable", scope=NOTE),
        _fr("farewell_words", "finality", scope=NOTE),
        _fr("gas_smell", "unreachable", scope=NOTE),
        _fr("farewell_words", "unreachable", "means", scope=NOTE),
        _fr("veiled_tonight", "attempt_history", scope=NOTE),
        _fr("height", "jump"),
        _fr("jump", "height"),
    )),
    IncidentType("Pills stockpiled", "stockpile", "policy acts: stockpiling pills", (
        _fr("save", "pills", gaps=(4,), unless=("passed_on", "in_cheek")),
        _fr("pills", "save", gaps=(3,), unless=("passed_on", "in_cheek")),
        # Cheeking alone may be diversion (a dose refused, priority); a count of his own pills
        # found is the store: "23 of his own quetiapine tabs in a sock".
        _fr("number", "own_saved", "pills", gaps=(2, 2), unless=("passed_on",)),
        _fr("cheeked_over_time"),
        _fr("cheek_act", "pills_counted", scope=NOTE),  # cheeking, then 23 tablets found
    )),
    IncidentType("Overdose told by the pills and the drowsiness", "overdose", "policy: overdose", (
        _fr("pills_scattered", "drowsy", scope=NOTE),
    )),
    IncidentType("Overdose of his own saved medication", "own_overdose",
                 "policy: intentional overdose of own medication", (
        _fr("ingested_pills", "own_saved", scope=NOTE),
        _fr("ingested_all", "own_saved", scope=NOTE),
        # "I took all of them", with his medication in the note: an overdose he tells of.
        _fr("ingested_all", "pills", scope=NOTE),
    )),
    IncidentType("Medical emergency", "medical",
                 "policy: medical emergency; HMPPS Death (found unresponsive)", (
        _fr("symptom", "symptom", scope=NOTE, unless=("well_now",)),
        _fr("diabetes", "symptom", scope=NOTE, unless=("fearful_voice",)),
    )),
    IncidentType("Escape, attempted escape, breach of security", "escape",
                 "HMPPS Escape, Attempted escape, Breach of security; CSC escape", (
        _fr(
            "up_on", "roof", gaps=(2,), unless=("work_site", "found_thing"), not_after=("weather",)
        ),
        _fr("climb_tool", "hidden", gaps=(6,)),
        _fr("hole", "structure", gaps=(7,)),
        _fr("fence", "cut_open", gaps=(6,)),
        _fr("cut_open", "fence", gaps=(3,)),
        _fr("escape_tool"),
        _fr("handmade", "key", gaps=(2,)),
    )),
    IncidentType("Key, lock or radio compromise", "key_compromise",
                 "HMPPS Key or lock compromise, Radio compromise", (
        _fr("keys", "gone"),
        _fr("staff", "radio", "gone"),
    )),
    IncidentType("Drop under way (throw-over picked up)", "drop_under_way",
                 "HMPPS Drone sighting, Find of illicit items; policy: drop under way", (
        _fr("throw_over", "pickup", scope=NOTE),
        _fr("throw_over", "thrower", scope=NOTE),
        _fr("throw_over", "converge", scope=NOTE),
        _fr("drone_word", "converge", scope=NOTE),
        _fr("drone_word", "descend"),
    )),
    IncidentType("Find of illicit items (throw-over)", "contraband",
                 "HMPPS Find of illicit items; policy: contraband", (
        _fr("throw_over"),
    )),
    IncidentType("Disorder (group refusal, doors banged)", "disturbance",
                 "HMPPS Disorder; CSC disturbance; policy: riot or group refusal", (
        _fr("group", "refuse_in", gaps=(8,)),
        _fr("group", "gather", gaps=(8,), unless=("get_together",)),
        _fr("bang", "doors", gaps=(3,)),
    )),
    IncidentType("Flooding a range", "flood", "HMPPS Dirty protest / disorder; policy: flooding", (
        _fr("plug", "toilet", gaps=(3,)),
        _fr("toilet", "plug", gaps=(4,)),
    )),
    IncidentType("Threat to harm", "threat", "CSC threats; policy: credible threat", (
        _fr("future", "harm", "person", gaps=(2, 1)),
        _fr("future", "harm", NAME, gaps=(2, 1)),
        _fr("future", "harm", "staff", gaps=(2, 2)),
        _fr("threaten", "harm", "staff", gaps=(2, 2)),
        _fr("threaten", "harm", "person", gaps=(2, 2)),
        _fr("future", "object_pronoun", "harm", gaps=(1, 0)),
        _fr("future", "beating", gaps=(3,)),
        _fr("future", "regret", gaps=(3,)),
        # A source's plan told in slang, with its when or where (triage policy: a target and a
        # time or place make it immediate).
        _fr("future", "hit_slang", NAME, "soon_where", gaps=(1, 0, 0)),
        _fr("future", "do_slang", NAME, "soon_where", gaps=(1, 0, 0)),
        _fr("future", "hit_slang", "person", "soon_where", gaps=(1, 0, 0)),
    )),
    IncidentType("Boundary testing of staff", "boundary", "policy: manipulation of staff", (
        _fr("ask", "staff_or_me", "personal", gaps=(3, 12)),
        _fr("staff_or_me", "ask", "personal", gaps=(2, 12)),
        _fr("gift_give", "gift", "for_staff"),
        _fr("gift_give", "for_staff_family", gaps=(14,)),
        _fr("crafted", "for_staff", gaps=(8,)),
        _fr("gift_give", "gift", "staff_or_me", unless=("given_word",)),
        _fr("ask", "staff_or_me", "bring", gaps=(3, 12)),
        _fr("staff_or_me", "ask", "bring", gaps=(2, 12)),
    )),
    IncidentType("Debt and pressure", "pressure", "policy: debts, taxing, muscling", (
        _fr("give", "canteen", "group", gaps=(3, 3)),
        _fr("short", "number", "packs", gaps=(0, 0)),
        _fr("change", "ranges", gaps=(1,)),
    )),
    IncidentType("Gang affiliation or tension", "gang", "policy: gang or group tension", (
        _fr("gang_name"),
    )),
    IncidentType("Escape talk (vague)", "escape_talk", "policy: talk of running, no details", (
        _fr("escape_slang"),
        _fr("ask", "security_feature", gaps=(6,)),
    )),
    IncidentType("Item passed at a visit", "visits_mail", "policy: suspicious visits or mail", (
        _fr("visit", "pass", "hiding_place", scope=NOTE),
    )),
    IncidentType("Victim contacted against a condition", "victim_contact",
                 "policy (community): victim contacted against conditions", (
        _fr("no_contact", "victim", "contact_act", scope=NOTE, negation_denies=True),
    )),
    IncidentType("Collateral contact raising a concern", "collateral_concern",
                 "CD 715: collateral contacts; policy: community concern", (
        _fr("collateral_call", "concern", scope=NOTE),
        _fr("victim_side", "victim_fear", scope=NOTE),
    )),
    IncidentType("Curfew breach", "missed", "policy (community): missed curfew", (
        _fr("curfew", "late_in", unless=("complied",)),
        # Told the other way round: "dehors passé minuit au party, couvre-feu 2300".
        _fr("out_late", "curfew", gaps=(12,), unless=("complied",)),
        _fr("late_in", "curfew", gaps=(3,), unless=("complied",)),  # "not back for 2200 curfew"
    )),
)
# fmt: on


def render_markdown(families: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> str:
    """The ontology as a Markdown table a reviewer can read: each type, its frames and cues."""
    from bot.triage.lexicon import CONCEPTS

    concepts = {c.name: c for c in CONCEPTS}
    lines = [
        "# Incident ontology (generated by `python -m bot.triage.ontology`)",
        "",
        "Each frame reads: parts in order with at most *n* words between them (`a ·n· b`), "
        "or all parts anywhere in the sentence or note (`a + b`). Concepts' phrase patterns "
        "live in `bot/lexicon/`; these frames add the ways officers tell an incident by "
        "acts, objects and people.",
        "",
        "| incident type | source | concept | urgency | routes | frames |",
        "|---|---|---|---|---|---|",
    ]
    for kind in INCIDENT_TYPES:
        concept = concepts[kind.concept]
        frames = "<br>".join(_frame_text(frame) for frame in kind.frames)
        routes = ", ".join(sorted(concept.routes)) or "—"
        lines.append(
            f"| {kind.name} | {kind.sources} | `{kind.concept}` | {concept.level} | {routes} "
            f"| {frames} |"
        )
    lines += ["", "## Markers", "", "| marker | frames |", "|---|---|"]
    lines += [f"| `{m.concept}` ({m.name}) | {_frame_text(m.frames[0])} |" for m in MARKERS]
    lines += ["", "## Families (English / French)", "", "| family | English | French |"]
    lines.append("|---|---|---|")
    for name, (en, fr) in families.items():
        lines.append(f"| `{name}` | {', '.join(en) or '—'} | {', '.join(fr) or '—'} |")
    return "\n".join(lines) + "\n"


def _frame_text(frame: Frame) -> str:
    if frame.gaps is None:
        text = " + ".join(f"`{p}`" for p in frame.parts) + f" (in one {frame.scope})"
    else:
        text = f"`{frame.parts[0]}`"
        for gap, part in zip(frame.gaps, frame.parts[1:], strict=True):
            text += f" ·{gap}· `{part}`"
    if frame.not_after:
        text += f", not after {'/'.join(frame.not_after)}"
    if frame.unless:
        text += f", unless {'/'.join(frame.unless)}"
    return text


if __name__ == "__main__":
    from bot.triage.vocabulary import FAMILIES

    sys.stdout.write(render_markdown({f.name: (f.en, f.fr) for f in FAMILIES}))
