"""Triage: urgency, routes, document and reasons from sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.triage import ROUTES, Urgency, clean, document_for, routes_for, triage
from bot.triage.cues import CUES
from bot.triage.language import detect_language
from bot.triage.lexicon import CONCEPTS
from bot.triage.scanner import Scanner, compile_terms, lowered, scan, unreachable_starts
from bot.triage.typos import mend

SI, HS, CM, SUP = "security_intelligence", "health_services", "case_management", "supervisor"

# Each concept once in English and once in French: (sentence, urgency, routes).
CONCEPTS_TEXTS = [
    ("inm 4 upper has a shiv tucked in his sock", "immediate", (SI, SUP)),
    ("le détenu cache un couteau artisanal sous son oreiller", "immediate", (SI, SUP)),
    ("caught him grinding a spoon, it's sharpened to a point", "immediate", (SI, SUP)),
    ("two guys on tier 3 fighting at the phones right now", "immediate", (SI, SUP)),
    ("bagarre générale dans la salle commune, renforts demandés", "immediate", (SI, SUP)),
    ("he told the kitchen boss he will stab him after lunch", "immediate", (SI, SUP)),
    ("il a dit qu'il va poignarder son voisin de cellule", "immediate", (SI, SUP)),
    ("inm locked himself in the shower room, barricaded with a bench", "immediate", (SI, SUP)),
    ("found him cutting his arm with a broken CD", "immediate", (HS, SUP)),
    ("elle s'automutile avec une agrafe depuis ce matin", "immediate", (HS, SUP)),
    ("he says he wants to end it all tonight", "immediate", (HS, SUP)),
    ("il parle de se tuer après son audience", "immediate", (HS, SUP)),
    ("inm on the floor of his cell having a seizure", "immediate", (HS, SUP)),
    ("le détenu est inconscient dans la douche", "immediate", (HS, SUP)),
    ("found slumped in his cell, narcan given, breathing again", "immediate", (HS, SI, SUP)),
    ("someone cut the fence behind the gym, count not cleared", "immediate", (SI, SUP)),
    ("trou dans la clôture derrière le garage, traces fraîches", "immediate", (SI, SUP)),
    ("he set his sheets on fire, smoke pouring out of the cell", "immediate", (SI, SUP)),
    ("un détenu a mis le feu à sa poubelle", "immediate", (SI, SUP)),
    ("whole range refusing to lock up, 20 guys yelling", "immediate", (SI, SUP)),
    ("les détenus refusent de réintégrer, ça monte", "immediate", (SI, SUP)),
    ("drone hovering over the west yard right now", "immediate", (SI, SUP)),
    ("heard there's a phone on the range, not found yet", "priority", (SI,)),
    ("odeur de broue en passant devant la cellule 12", "priority", (SI,)),
    ("he owes the guys upstairs for canteen and is getting taxed", "priority", (SI,)),
    ("il se fait taxer par les gars du fond", "priority", (SI,)),
    ("the two crews on the unit are incompatible and eyeing each other", "priority", (SI,)),
    ("he asked if I'm married and where I live", "priority", (SI,)),
    ("il voulait savoir si j'étais mariée", "priority", (SI,)),
    ("inm has stopped taking his meds since his transfer", "priority", (HS,)),
    ("il refuse ses médicaments depuis trois jours", "priority", (HS,)),
    ("he has been withdrawn all week and not eating", "priority", (HS,)),
    ("il mange plus et parle à personne depuis lundi", "priority", (HS,)),
    ("inm releasing in 3 weeks says his new place fell through", "priority", (CM,)),
    ("inm finished his literacy course, very proud", "routine", (CM,)),
    ("le détenu travaille bien à la buanderie, toujours à l'heure", "routine", (CM,)),
]


@pytest.mark.parametrize(("text", "urgency", "routes"), CONCEPTS_TEXTS)
def test_each_concept_gets_its_urgency_and_routes_in_both_languages(
    text: str, urgency: str, routes: tuple[str, ...]
) -> None:
    result = triage(text)
    assert (result.urgency.value, result.routes) == (urgency, tuple(sorted(routes))), result


def test_a_weapon_gives_an_0875_and_a_reason_the_officer_can_read() -> None:
    result = triage("482913K 4B range 20 min ago hiding something in his waistband, a shank")
    assert result.document == "0875"
    assert "weapon: shank" in result.reasons


def test_reasons_come_in_the_officer_language() -> None:
    assert "arme: couteau" in triage("il a un couteau", "fr").reasons
    assert "weapon: couteau" in triage("il a un couteau", "en").reasons


def test_a_negative_search_is_routine_but_still_reaches_security() -> None:
    result = triage("searched 2-07 top to bottom, no blades or contraband turned up")
    assert (result.urgency, result.routes, result.document) == (Urgency.ROUTINE, (SI,), "log")
    assert any("ruled out" in reason for reason in result.reasons)


def test_a_list_after_no_is_all_negated() -> None:
    assert triage("cell search: no weapons, drugs or phones found").urgency is Urgency.ROUTINE


def test_a_denial_of_self_harm_is_routine_with_health_services() -> None:
    result = triage("follow-up visit, he denies thoughts of suicide, sleeping and eating fine")
    assert (result.urgency, result.routes) == (Urgency.ROUTINE, (HS,))


def test_a_french_denial_keeps_health_services() -> None:
    result = triage("suivi fait, il nie toute idée de se tuer, bon moral")
    assert (result.urgency, result.routes) == (Urgency.ROUTINE, (HS,))


def test_evidence_beats_denial() -> None:
    result = triage("says he is fine and denies SI but there are fresh cuts on his wrists")
    assert result.urgency is Urgency.IMMEDIATE
    assert HS in result.routes


def test_a_weapon_in_hand_beats_a_promise_not_to_hurt_anyone() -> None:
    assert (
        triage("he swore he won't hurt anyone while holding a blade").urgency is Urgency.IMMEDIATE
    )


def test_hedged_risk_is_still_immediate() -> None:
    assert triage("said he might hurt himself tonight").urgency is Urgency.IMMEDIATE
    assert triage("not sure if he meant he'd kill himself").urgency is Urgency.IMMEDIATE
    assert triage("il pourrait faire une connerie ce soir").urgency is Urgency.IMMEDIATE


@pytest.mark.parametrize(
    "text",
    [
        "kitchen fire drill at 1000, everyone out in 4 minutes",
        "exercice d'incendie au gymnase, tout le monde a bien collaboré",
        "guys watched a film about a prison riot, no issues",
        "inm reading a novel about a jailbreak, says it's good",
        "inm joked the spicy wings would kill him lol",
        "fire alarm went off from burnt toast, all clear",
    ],
)
def test_alarming_words_in_harmless_contexts_stay_routine(text: str) -> None:
    assert triage(text).urgency is Urgency.ROUTINE


def test_a_joke_does_not_hide_an_offer_to_staff() -> None:
    assert triage("jokingly said he'd pay me to look the other way").urgency is Urgency.PRIORITY


def test_an_accidental_flood_is_not_a_disturbance() -> None:
    assert triage("sink overflowed in 2-11, plumbing issue, mopped up").urgency is Urgency.ROUTINE


def test_past_violence_is_priority_not_immediate() -> None:
    result = triage("inm bragged he punched a guy on the bus last week")
    assert (result.urgency, result.routes) == (Urgency.PRIORITY, (SI,))


def test_information_about_staff_goes_to_security_intelligence_only() -> None:
    result = triage("officer Gagnon has been bringing in tobacco for the guys on 3B")
    assert result.staff_concern
    assert result.routes == (SI,)
    assert result.urgency is Urgency.PRIORITY


def test_french_staff_information_goes_to_security_intelligence_only() -> None:
    result = triage("l'agente Roy fréquente un détenu libéré, selon deux sources")
    assert result.staff_concern and result.routes == (SI,)


def test_a_nurse_handing_out_meds_is_not_staff_information() -> None:
    assert not triage("the nurse gave him his meds at the window").staff_concern


def test_community_observations_always_include_case_management() -> None:
    result = triage("phone check-in with my parolee, working and stable")
    assert result.community
    assert (result.urgency, result.routes) == (Urgency.ROUTINE, (CM,))


def test_a_community_concern_is_priority_for_the_supervisor() -> None:
    result = triage("client missed curfew twice this week, says he was at a friend's")
    assert (result.urgency, result.routes) == (Urgency.PRIORITY, (CM, SUP))


def test_a_french_missed_appointment_reaches_the_supervisor() -> None:
    result = triage("le délinquant a manqué son rendez-vous et ne répond pas au téléphone")
    assert (result.urgency, result.routes) == (Urgency.PRIORITY, (CM, SUP))


def test_a_weapon_in_the_community_is_immediate() -> None:
    result = triage("client pulled a knife out during the home visit")
    assert (result.urgency, result.routes) == (Urgency.IMMEDIATE, (CM, SI, SUP))


def test_contact_with_a_victim_against_conditions_is_immediate() -> None:
    result = triage("client texted the victim last night despite his no-contact condition")
    assert (result.urgency, result.routes) == (Urgency.IMMEDIATE, (CM, SUP))


def test_a_credible_threat_before_release_is_immediate() -> None:
    result = triage("inm releases next week and says he will kill his old partner, he knows where")
    assert result.urgency is Urgency.IMMEDIATE
    assert {CM, SI, SUP} <= set(result.routes)


def test_an_intentional_overdose_of_his_own_pills_is_health_services_only() -> None:
    result = triage("he hoarded his meds for a week and swallowed them all before count")
    assert (result.urgency, result.routes) == (Urgency.IMMEDIATE, (HS, SUP))


def test_a_suspected_overdose_also_reaches_security() -> None:
    result = triage("possible overdose in 2-06, unresponsive, naloxone given")
    assert set(result.routes) == {HS, SI, SUP}


def test_general_positive_range_notes_have_no_route_but_a_named_offender_has() -> None:
    assert triage("range calm tonight, cards and tv, everyone in good spirits").routes == ()
    named = triage("Tremblay volunteered to clean the yard after the storm")
    assert named.routes == (CM,) and named.positive


def test_risk_outranks_casework_routes() -> None:
    result = triage("during his program he threatened to stab the facilitator tomorrow")
    assert CM not in result.routes


def test_routes_for_applies_the_policy_when_an_officer_changes_urgency() -> None:
    assert routes_for(Urgency.PRIORITY, {SI}, community=False, staff_concern=False) == (SI,)
    assert routes_for(Urgency.IMMEDIATE, {SI}, community=False, staff_concern=False) == (SI, SUP)
    assert routes_for(Urgency.PRIORITY, set(), community=True, staff_concern=False) == (CM, SUP)
    assert routes_for(Urgency.ROUTINE, set(), community=True, staff_concern=False) == (CM,)
    # About a staff member: the SIO alone, and the supervisor too when it is happening now (the
    # supervisor on duty is paged for every immediate item).
    assert routes_for(Urgency.PRIORITY, {HS}, community=True, staff_concern=True) == (SI,)
    assert routes_for(Urgency.IMMEDIATE, {HS}, community=True, staff_concern=True) == (SI, SUP)


def test_documents_follow_urgency() -> None:
    assert [document_for(u) for u in Urgency] == ["0875", "0875", "log"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "x" * 10_000,
        "shank " * 2_000,
        "🙂🙂🔥🔥",
        "\x00\x07inm\u200b has a sh\u200bank\x1b",
        "482913",
        "inm dit que everything is fine, pas de problème",
        "\ufeff\u202e weird direction marks",
        "👨\u200d👩\u200d👧 ❤️",
        "é" * 10_000,
        "İnm has a shnak, ß, ﬁne",
        "le détenu is in his cell, tout va bien, no worries",
        "-1",
        "\n\n\r\t.",
    ],
)
def test_bad_input_always_gives_a_valid_triage(text: str) -> None:
    result = triage(text)
    assert result.urgency in Urgency
    assert set(result.routes) <= set(ROUTES)
    assert list(result.routes) == sorted(result.routes)
    assert result.document == document_for(result.urgency)
    assert all(isinstance(reason, str) and len(reason) < 100 for reason in result.reasons)


def test_zero_width_characters_do_not_hide_a_weapon() -> None:
    assert triage("inm has a sh\u200bank in his sock").urgency is Urgency.IMMEDIATE


def test_language_is_detected_from_common_words() -> None:
    assert detect_language("le détenu a refusé son plateau ce soir") == "fr"
    assert detect_language("inm refused his tray at supper") == "en"
    assert detect_language("") == "en"
    assert detect_language("🙂 12345") == "en"


@pytest.mark.parametrize(
    "text",
    [
        "nie toute idée de suicide, bon moral",
        "RAS, calme",
        "refuse de sortir de sa cellule",
        "l'agent a vu le gars du 3",
        "fouille négative",
        "mange pu depuis hier",
        "s'est battu au gym",
        "pas de trouble sur la rangée",
    ],
)
def test_short_french_notes_are_read_as_french(text: str) -> None:
    assert detect_language(text) == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "denies SI, mood ok",
        "refused his tray",
        "he's fine",
        "non-compliant at count",
        "de-escalated quickly, no issues",
        "someone wrote 'rat' on 412233B's door",
        "Hélène says he is calm today",
    ],
)
def test_short_english_notes_stay_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_a_short_french_denial_is_explained_in_french() -> None:
    result = triage("nie toute idée de se faire du mal, mange bien")
    assert (result.urgency, result.routes) == (Urgency.ROUTINE, (HS,))
    assert result.reasons[0].startswith("automutilation (écarté)")


@pytest.mark.parametrize(
    ("text", "urgency", "shown"),
    [
        ("inm has a shnak under his pillow", "immediate", "weapon: shnak"),
        ("says he wants to kil himself", "immediate", "suicide risk: 'kil himself'"),
        ("two guys fihgting in the servery", "immediate", "violence: fihgting"),
        (
            "inm refusng his meds since monday",
            "priority",
            "medication refused: 'refusng his meds'",
        ),
    ],
)
def test_a_slipped_key_word_still_counts_and_the_card_quotes_the_officer(
    text: str, urgency: str, shown: str
) -> None:
    result = triage(text)
    assert result.urgency.value == urgency
    assert shown in result.reasons


def test_real_words_one_slip_from_a_key_word_are_left_alone() -> None:
    for text in ["the boat sank", "his nose is running", "he has big arms", "Hank says hi"]:
        assert mend(text).text == text
        assert triage(text).urgency is Urgency.ROUTINE


def test_ligatures_and_joined_elisions_are_read_and_the_card_quotes_them_as_typed() -> None:
    mended = mend("en train dattacher un nœud, lagent à Laval")
    assert mended.text == "en train d'attacher un noeud, l'agent à Laval"  # a name stays whole
    assert mended.typed_span(9, 19) == "dattacher"
    assert mended.typed_span(23, 28) == "nœud"
    assert "automutilation: 'nœud coulant'" in triage("un nœud coulant dans la taie").reasons


@pytest.mark.parametrize(
    "text",
    [
        "Asked if he was ok, he said no. Found hanging in cell 4 at 0300.",
        "He said no. Knife found in his cell.",
        "Told Mr. Roy to stop, he said no. Punched inmate Tran in the face.",
    ],
)
def test_a_no_that_ends_a_sentence_denies_nothing_in_the_next(text: str) -> None:
    assert triage(text).urgency is Urgency.IMMEDIATE


def test_a_number_is_no_negation() -> None:
    assert triage("cell no. 4 searched").reasons == ("search: searched",)


def test_a_negation_needs_a_whole_word() -> None:
    assert triage("CM notified, inm refusing his meds").urgency is Urgency.PRIORITY
    assert triage("he passed, then grabbed the nurse by the arm").urgency is Urgency.IMMEDIATE


def test_a_no_carries_across_a_list_but_a_verb_negation_does_not() -> None:
    assert triage("no shanks, pills or phones found").urgency is Urgency.ROUTINE
    assert (
        triage("he won't come out, has jammed the door with his bunk").urgency is Urgency.IMMEDIATE
    )


def test_a_ruled_out_suicide_risk_still_reaches_health_services() -> None:
    result = triage("talked with him after court, no SI, eating well")
    assert (result.urgency, result.routes) == (Urgency.ROUTINE, (HS,))


@pytest.mark.parametrize(
    ("text", "urgency", "routes"),
    [
        ("he'll stick the new guy if he takes his bunk", "immediate", (SI, SUP)),
        ("inm swore he would break the nurse's arm", "immediate", (SI, SUP)),
        ("said he knows which car I drive and when I get off", "immediate", (SI, SUP)),
        ("inm says he will get his meds later", "routine", ()),
        ("he says he will beat his record at the gym", "routine", ()),
        ("inm tied a sock around his neck, cut down by staff", "immediate", (HS, SUP)),
        ("slamming his head off the wall again", "immediate", (HS, SUP)),
        ("said he has no reason to live anymore", "immediate", (HS, SUP)),
        ("il dit qu'il va mettre fin à ses jours", "immediate", (HS, SUP)),
        ("he took his whole bottle of his own pills", "immediate", (HS, SUP)),
        ("inm tried to run from the escort at the clinic", "immediate", (SI, SUP)),
        ("rope of knotted bedsheets under his bunk", "immediate", (SI, SUP)),
        ("les gars se tapent dessus dans la douche", "immediate", (SI, SUP)),
        ("le détenu a allumé ses draps", "immediate", (SI, SUP)),
        ("a crowd is forming by the canteen and they won't disperse", "immediate", (SI, SUP)),
        ("new guy pays rent to the guys upstairs", "priority", (SI,)),
        ("he wants off the range before something happens to him", "priority", (SI,)),
        ("inm teary and isolating since his mom's funeral", "priority", (HS,)),
        ("client wasn't home at his curfew check", "priority", (CM, SUP)),
        (
            "client's new crowd is a bunch of sketchy guys hanging at his place",
            "priority",
            (CM, SUP),
        ),
        ("inm reading a thriller about a hostage taking", "routine", ()),
    ],
)
def test_concepts_are_read_in_their_many_wordings(
    text: str, urgency: str, routes: tuple[str, ...]
) -> None:
    result = triage(text)
    assert (result.urgency.value, result.routes) == (urgency, tuple(sorted(routes))), result


def test_every_concept_has_an_english_and_a_french_label() -> None:
    for concept in CONCEPTS:
        assert all(label and not set(label) & set("\\()[]|?*+") for label in concept.labels)


_DATA = Path(__file__).parent / "data"


def _labelled(name: str) -> list[dict[str, object]]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", ["triage_paraphrases.jsonl", "triage_heldout_h6.jsonl"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_our_own_labelled_sets_meet_the_targets_in_each_language(name: str, lang: str) -> None:
    """Observations of our own, labelled by ../shared/triage-policy.md (not the dev corpus)."""
    items = [item for item in _labelled(name) if item["lang"] == lang]
    got = {item["id"]: triage(str(item["text"])) for item in items}
    immediate = [item for item in items if item["urgency"] == "immediate"]
    assert all(got[item["id"]].urgency is Urgency.IMMEDIATE for item in immediate)
    right = sum(got[item["id"]].urgency.value == item["urgency"] for item in items)
    assert right / len(items) >= 0.9
    assert sum(detect_language(str(item["text"])) == lang for item in items) / len(items) >= 0.95


def test_the_one_pass_scanner_finds_what_each_list_finds_alone() -> None:
    """The speed-up is exact: the same matches as scanning each pattern list on its own."""
    lists = {**{concept.name: concept.patterns for concept in CONCEPTS}, **CUES}
    alone = {name: compile_terms(patterns) for name, patterns in lists.items()}
    texts = [
        str(item["text"])
        for name in ("triage_paraphrases.jsonl", "triage_heldout_h6.jsonl")
        for item in _labelled(name)
    ]
    texts += [text for text, _, _ in CONCEPTS_TEXTS]
    # Digits and spaces of every kind, and capitals: patterns are filed by them too.
    texts += [
        "3 guys swinging on the range, 12 inmates refusing to lock up",
        "٣ inmates swinging at each other",  # Arabic-Indic digit
        "he said\u00a0he'll\tkill\u2003Tremblay",
        "HE SAID HE'LL STAB THE NEW GUY, SI DENIED",
        "2 days ago he came back from hospital; 10 weeks from his release",
        "«il va\u202fle tuer» selon 2 détenus",
    ]
    scanner = Scanner(lists)
    for text in texts:
        scanned = scan(clean(text))
        found = scanner.find(scanned)
        for name, terms in alone.items():
            assert found[name] == [m.span() for m in terms.finditer(scanned)], (text, name)


def test_every_alternative_of_every_pattern_can_start_a_match() -> None:
    # "(will|'ll|gonna) stay" never read "he'll stay": a match starts at a word.
    lists = {concept.name: concept.patterns for concept in CONCEPTS} | CUES
    dead = {
        (name, pattern[:60]): unreachable_starts(pattern)
        for name, patterns in lists.items()
        for pattern in patterns
        if unreachable_starts(pattern)
    }
    assert not dead


def test_an_upper_case_escape_in_a_pattern_keeps_its_meaning() -> None:
    # Patterns are lowered for lower-case text; "\S" (not a space) must not become "\s".
    assert lowered(r"Count (\S+ ){0,2}\bShort\d") == r"count (\S+ ){0,2}\bshort\d"
