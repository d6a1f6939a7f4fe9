"""The incident ontology: incidents told by acts, objects and people, in sentences written here."""

from __future__ import annotations

import pytest

from bot.triage import Urgency, triage
from bot.triage.lexicon import CONCEPTS
from bot.triage.ontology import INCIDENT_TYPES, MARKERS, render_markdown
from bot.triage.vocabulary import FAMILIES

SI, HS, CM, SUP = "security_intelligence", "health_services", "case_management", "supervisor"

# (sentence, urgency, routes): each frame family once, in English and in French where it is told.
TOLD_BY_ACTS = [
    # Assault told by what was done, to whom.
    (
        "at the servery Bradley grabbed the officer's wrist and would not let go",
        "immediate",
        (SI, SUP),
    ),
    ("le gars de la 12 a pogné l'agente par le bras au guichet", "immediate", (SI, SUP)),
    ("Tom shoved his cellie into the bunk after lunch", "immediate", (SI, SUP)),
    ("il l'a bousculé dans l'escalier du gymnase", "immediate", (SI, SUP)),
    ("he tossed a cup of urine through the hatch at count", "immediate", (SI, SUP)),
    ("y m'a lancé de la marde par la trappe", "immediate", (SI, SUP)),
    ("had his knee on the other man's neck when we came in", "immediate", (SI, SUP)),
    # Weapon-making and improvised weapons.
    ("heard scraping, he was filing a strip of steel from his shelf", "immediate", (SI, SUP)),
    ("il aiguisait une tige de métal contre le plancher", "immediate", (SI, SUP)),
    ("walking the tier with a padlock knotted inside a sock", "immediate", (SI, SUP)),
    ("il a des piles dans une chaussette sous son oreiller", "immediate", (SI, SUP)),
    # Barricade by furniture.
    ("he pushed his desk and the mattress up against the cell door", "immediate", (SI, SUP)),
    ("elle a mis sa chaise et son lit devant la porte", "immediate", (SI, SUP)),
    # Ligature.
    ("found a shoelace knotted to the window bars, loop at the end", "immediate", (HS, SUP)),
    ("un lacet noué autour de son cou à la ronde de minuit", "immediate", (HS, SUP)),
    # Goodbyes and belongings.
    ("gave his radio and runners to the guy next door, said it's goodbye", "immediate", (HS, SUP)),
    ("il a donné sa guitare à son voisin, dit qu'il en aura plus besoin", "immediate", (HS, SUP)),
    # Stockpiled own medication: health services only, even when found by a search.
    (
        "locker search turned up forty of his own pills he has been hoarding",
        "immediate",
        (HS, SUP),
    ),
    # Medical emergencies told by signs.
    ("he is clammy and confused, can't tell us what day it is", "immediate", (HS, SUP)),
    ("diabétique, il tremble et il est pâle au dénombrement", "immediate", (HS, SUP)),
    # Escape and breach by objects and places.
    ("one of the men from D block is up on the roof of the kitchen", "immediate", (SI, SUP)),
    ("on a trouvé une clé de menottes dans sa semelle", "immediate", (SI, SUP)),
    ("found a homemade key in his Bible during the cell check", "immediate", (SI, SUP)),
    ("the keys of the night officer are missing since the 2200 round", "immediate", (SI, SUP)),
    ("le trousseau de l'agente Roy est introuvable", "immediate", (SI, SUP)),
    # Drops: a package thrown over, and someone collecting it.
    ("a bag came over the fence and Lee picked it up right away", "immediate", (SI, SUP)),
    (
        "found a taped football thrown over the wall by the garden, nobody around",
        "priority",
        (SI,),
    ),
    # Disturbances.
    ("thirty guys in the gym and they won't go in, more joining", "immediate", (SI, SUP)),
    ("ils fessent sur les portes depuis une heure, toute la rangée", "immediate", (SI, SUP)),
    ("four cells plugged their toilets with blankets at shift change", "immediate", (SI, SUP)),
    # Threats in slang and by implication.
    ("told the new guy he's gonna poke him at yard", "immediate", (SI, SUP)),
    ("tu vas manger une raclée après le dîner, qu'il a dit", "immediate", (SI, SUP)),
    # Boundary testing as it sounds.
    ("he asked the nurse what shift she works and if she is married", "priority", (SI,)),
    ("il m'a demandé mon horaire de la semaine", "priority", (SI,)),
    ("left chocolates on the desk, said they're for you and your kids", "priority", (SI,)),
    ("asked the teacher to mail a letter for him from her house", "priority", (SI,)),
    # Pressure and gangs.
    ("he hands his canteen over to the guys on the top tier", "priority", (SI,)),
    ("il demande de changer de secteur encore une fois", "priority", (SI,)),
    ("two new arrivals wearing Crips colours on the range", "priority", (SI,)),
    # HMPPS incident types beyond the policy's own lines.
    (
        "bomb threat phoned in to the front desk, caller says it goes off at noon",
        "immediate",
        (SI, SUP),
    ),
    ("on a trouvé le détenu sans signes vitaux dans sa cellule", "immediate", (HS, SUP)),
    ("inmate released in error this morning, should have gone to court", "immediate", (SI, SUP)),
    (
        "lock on the sally port gate has been tampered with, gum in the keyhole",
        "immediate",
        (SI, SUP),
    ),
    ("cut zip ties on the inner fence by the gym", "immediate", (SI, SUP)),
    ("swallowed two double-A batteries in front of the nurse", "immediate", (HS, SUP)),
    ("he swung a mop handle at staff on the range", "immediate", (SI, SUP)),
    ("lacérations fraîches sur les deux avant-bras, il saigne", "immediate", (HS, SUP)),
    ("he says that guy won't walk out of the gym tomorrow", "immediate", (SI, SUP)),
    ("refusing all meals for the third day, says it's a protest", "priority", (HS,)),
    ("he is on the non-association list with the new arrival on his range", "priority", (SI,)),
    # Acts at staff and joual as officers write it.
    ("il a garroché son plateau sur l'agent pis l'a bousculé", "immediate", (SI, SUP)),
    ("une bataille dans la cour, deux gars menottés", "immediate", (SI, SUP)),
    ("he keeps telling the nurse she looks gorgeous today", "priority", (SI,)),
    ("il a offert une carte de Noël à l'agente Tremblay", "priority", (SI,)),
    ("asked me to drop a card in the outside mailbox on my way home", "priority", (SI,)),
    ("il pose des questions sur le changement de quart au mirador", "priority", (SI,)),
    (
        "talking at lunch about taking off during his hospital escort, nothing concrete",
        "priority",
        (SI,),
    ),
    ("caught coming back from the kitchen with yeast in his shoes", "priority", (SI,)),
    ("no money on his books but he just got new headphones and a full canteen", "priority", (SI,)),
    # Medical signs, goodbyes by message, threats by implication.
    (
        "il siffle en respirant pis il est bleu autour des lèvres, sa pompe marche pas",
        "immediate",
        (HS, SUP),
    ),
    (
        "sent his brother a message, thanks for everything, tell my kids, and now no answer",
        "immediate",
        (HS, SUP),
    ),
    ("he told the range his cellie is a dead man after lockup", "immediate", (SI, SUP)),
    ("marks all around her neck this morning, she says she slept funny", "immediate", (HS, SUP)),
    # Checks keep their route; a fire drill in French is a drill.
    ("tool count at the shop complete, nothing missing", "routine", (SI,)),
    ("exercice de feu à 10h, tout le monde dehors en 5 minutes", "routine", ()),
    # Report-style notes, typos and joual, written for these tests.
    (
        "Rounds 0300. Said earlier he was fine. Now found with a shoelace tied around his neck.",
        "immediate",
        (HS, SUP),
    ),
    (
        "inm on 3 came at his celly with a pen sharpened to a point, separated",
        "immediate",
        (SI, SUP),
    ),
    ("y respire pu, on commence la RCR", "immediate", (HS, SUP)),
    (
        "il tient l'infirmière dans le bureau pis veut pas la laisser sortir",
        "immediate",
        (SI, SUP),
    ),
    ("Tremblay dit qu'y va se faire sauter la cervelle en sortant", "immediate", (HS, SUP)),
    (
        "no answer on her radio since the call at 2210, last seen in the laundry",
        "immediate",
        (SI, SUP),
    ),
    (
        "a group of 15 gathered by the weights, the other side is lining up too",
        "immediate",
        (SI, SUP),
    ),
    ("il a menacé de tue l'agent en sortant de l'isolement", "immediate", (SI, SUP)),
    ("he slit his wrists in the shower stall", "immediate", (HS, SUP)),
    ("il cache un cell dans son matelas selon une source", "priority", (SI,)),
    (
        "ronde de 23h, la clôture intérieure derrière l'atelier est coupée sur un mètre",
        "immediate",
        (SI, SUP),
    ),
    ("count at 2100 is off by one on B unit, still looking", "immediate", (SI, SUP)),
    ("il manque un détenu au secteur C depuis le compte de 16h", "immediate", (SI, SUP)),
    ("il cache une pointe artisanale dans sa botte", "immediate", (SI, SUP)),
    ("deux gars vargent sur un autre dans le gymnase", "immediate", (SI, SUP)),
    ("il est en train de se cogner la tête sur le mur, il saigne", "immediate", (HS, SUP)),
    ("trois détenus retiennent l'agente dans la buanderie", "immediate", (SI, SUP)),
    ("he says he'll get the CO who searched his cell, tonight at count", "immediate", (SI, SUP)),
    ("il passe son temps à complimenter l'infirmière sur ses cheveux", "priority", (SI,)),
    ("found a baggie of pills behind the dayroom radiator, nobody claimed it", "priority", (SI,)),
    # Acts told in a report, without the noun.
    ("a lancé une chaise vers l'agente Côté qui fermait la porte", "immediate", (SI, SUP)),
    (
        "fifteen guys sat down in the dayroom and said nobody goes in until the phones work",
        "immediate",
        (SI, SUP),
    ),
    ("on the escort he slipped his cuffs and ran for the parking lot", "immediate", (SI, SUP)),
    ("had the new guy in a headlock by the lockers, face going red", "immediate", (SI, SUP)),
    (
        "two of them held him pinned to the floor with a hand over his mouth",
        "immediate",
        (SI, SUP),
    ),
    (
        "he grabbed the officer's radio and threw it down the stairs, still not recovered",
        "immediate",
        (SI, SUP),
    ),
    (
        "records say he was released this morning but a warrant had come in on Friday",
        "immediate",
        (SI, SUP),
    ),
    ("a ladder from the garden shed is stashed behind the chapel", "immediate", (SI, SUP)),
    (
        "he told the nurse your husband drives a blue truck, parks by the arena, be careful",
        "immediate",
        (SI, SUP),
    ),
    (
        "ton chum travaille au dépanneur, ça serait plate qu'il lui arrive de quoi",
        "immediate",
        (SI, SUP),
    ),
    (
        "if my PO won't sign it I'll wait for her in the parking lot at five",
        "immediate",
        (SI, SUP),
    ),
    ("maybe I'll just take all my pills tonight, he told the nurse", "immediate", (HS, SUP)),
    ("guy on the floor of 3 shaking, eyes rolled back, not answering me", "immediate", (HS, SUP)),
    ("une marque rouge tout autour de son cou, il dit qu'il va bien", "immediate", (HS, SUP)),
    (
        "il dit à la cantine que si y le paye pas d'ici lundi il va le planter",
        "immediate",
        (SI, SUP),
    ),
    # Signs and settings.
    (
        "at intake he said he can't go to C range because he has history with a guy there",
        "priority",
        (SI,),
    ),
    (
        "new guys on the range are made to hand over their canteen to the range rep",
        "priority",
        (SI,),
    ),
    ("il porte maintenant les couleurs d'une gang de rue", "priority", (SI,)),
    (
        "he hasn't come out of his cell in days and says the radio is talking about him",
        "priority",
        (HS,),
    ),
    ("the visitor tried to slide a folded note across the table", "priority", (SI,)),
    (
        "il appelle l'agente par son prénom et veut savoir dans quel coin de la ville elle reste",
        "priority",
        (SI,),
    ),
    # More wordings of our own, after the rounds.
    ("il a craché dans la face de l'agente pendant la fouille", "immediate", (SI, SUP)),
    ("they have taken over the range and are holding a CO in the dayroom", "immediate", (SI, SUP)),
    ("the sally port gate was left open and unattended at shift change", "immediate", (SI, SUP)),
    ("found a hole dug in the back wall of his cell behind a calendar", "immediate", (SI, SUP)),
    (
        "if I don't get my transfer I'll stab the next guard who opens the hatch",
        "immediate",
        (SI, SUP),
    ),
    ("a few guys from 2 keep taking the new kid's canteen", "priority", (SI,)),
    ("since the funeral he barely talks and sleeps all day", "priority", (HS,)),
    ("y'a sacré une claque à l'agente au guichet", "immediate", (SI, SUP)),
    ("l'agente Roy répond plus à sa radio depuis dix minutes", "immediate", (SI, SUP)),
    ("la victime dit qu'il la texte encore même si c'est pas permis", "immediate", (SI, SUP)),
    ("il refuse de prendre son traitement depuis lundi", "priority", (HS,)),
    ("he tried to give me a bracelet he made, said it's for my daughter", "priority", (SI,)),
    # Escape talk in joual.
    ("il parle de sacrer son camp depuis son audience", "priority", (SI,)),
    # Round D's concepts, each told in words of our own.
    ("at the hatch he slammed his knee into the nurse's stomach", "immediate", (SI, SUP)),
    ("found him in the weight room with two puncture wounds in his back", "immediate", (SI, SUP)),
    (
        "he stood in the doorway and told the teacher nobody leaves until he gets a phone call",
        "immediate",
        (SI, SUP),
    ),
    ("y tient la prof par le poignet pis veut pas la lâcher", "immediate", (SI, SUP)),
    (
        "she stepped in front of the door of the office and planted herself against it",
        "immediate",
        (SI, SUP),
    ),
    (
        "he says if his brother gets out he'll drive over to break the guy's jaw",
        "immediate",
        (SI, SUP),
    ),
    ("said his ex will end up sorry for calling the cops on him", "immediate", (SI, SUP)),
    ("told me his cousin is sitting on her house until he gets out", "immediate", (SI, SUP)),
    ("tu la finiras pas ta ronde à soir mon homme", "immediate", (SI, SUP)),
    ("selon une source ils vont sauter le nouveau dans la cour demain", "immediate", (SI, SUP)),
    ("trouvé une tige limée en pointe dans le matelas", "immediate", (SI, SUP)),
    ("il garde une carabine chez sa mère malgré ses conditions", "immediate", (SI, SUP)),
    (
        "he was handing out his things and said where he's going he won't need a radio",
        "immediate",
        (HS, SUP),
    ),
    ("Lettre sur le lit: je serai plus un fardeau pour personne", "immediate", (HS, SUP)),
    ("he's sitting on the railing of the top tier talking about jumping", "immediate", (HS, SUP)),
    ("his arms are covered in scratches that are still bleeding", "immediate", (HS, SUP)),
    (
        "he'd been saving his sleeping pills for a month and took them all at once",
        "immediate",
        (HS, SUP),
    ),
    ("la personne détenue est bleue, aucune réponse quand on l'appelle", "immediate", (HS, SUP)),
    (
        "décompte de 7h: il manque le gars de la 3, des oreillers en forme de corps dans son lit",
        "immediate",
        (SI, SUP),
    ),
    ("the yard officer can't find her keys since the last movement", "immediate", (SI, SUP)),
    (
        "un drone au-dessus du garage pis un sac descend au bout d'une corde",
        "immediate",
        (SI, SUP),
    ),
    (
        "he's been taping foil over his window and says the radio is talking about him",
        "priority",
        (HS,),
    ),
    ("il mange plus depuis trois jours pis touche pas à ses plateaux", "priority", (HS,)),
    ("nurse reports he refused his lithium every dose this week", "priority", (HS,)),
    (
        "he keeps telling the new officer she looks great with her hair like that",
        "priority",
        (SI,),
    ),
    ("he asked me to send his letter off the books", "priority", (SI,)),
    ("the old heads told the new guy he'll pay rent after his first week", "priority", (SI,)),
    ("the two tables were staring each other down all through supper", "priority", (SI,)),
    ("a couple of guys on C started wearing matching blue bandanas", "priority", (SI,)),
    ("his visitor kept going to the washroom and adjusting her waistband", "priority", (SI,)),
    ("he said he's not doing the rest of his bit in here", "priority", (SI,)),
]


@pytest.mark.parametrize(
    "text",
    [
        "grabbed his lunch tray and sat with the guys from the shop",
        "il a poussé le chariot jusqu'à la cuisine",
        "the officer grabbed his arm to steady him on the stairs",
        "he's done with that life, wants to finish his diploma",
        "during the basketball game someone yelled you're dead and they all laughed",
        "toilet in 12 backed up again, the plumber is coming",
        "gave his old shoes to the clothing drive",
        "he is filing a grievance about the canteen prices",
        "signed in at 2145, curfew 2300, respected as usual",
        "couvre-feu à 22h respecté, rien à signaler",
        "dîner tranquille à la cafétéria, les gars jasent de hockey",
        "he scored the winning goal in the ball hockey league final",
        "range quiet, count cleared on time, lights out at 2300",
        "il frappe sur le sac de boxe au gym",
        "spent the afternoon sharpening pencils for the class",
        "asked me about the visit schedule for his mother",
        "les gars étaient rassemblés pour le match de hockey",
        "kitchen worker burnt his hand on the grill, first aid given",
        "he asked the teacher to bring extra worksheets to class",
        "he gave the officer his ID card at the gate as requested",
        "pratique d'incendie à 9h, tout le monde dehors en trois minutes",
        "the ERT ran a hostage scenario drill this morning, staff only",
        # Round D's neighbours, in words of our own.
        "they watched the fight on TV in the third period and cheered",
        "asked for the movie night DVD, a gangster film with lots of guns",
        "CPR and naloxone training for the evening shift, kits restocked",
        "follow-up on the argument in the kitchen, shook hands, no issues since",
        "il a sauté le repas du midi, il dit qu'il a pas faim",
        "he skipped the meal line, not hungry, eating canteen instead",
        "UFC night on the range, guys yelling kill him at the TV",
        "he said he knocked a guy out sparring at the boxing club, coach says he's disciplined",
        "résident rentré à 21h40, avant le couvre-feu, soirée tranquille",
        "the registered victim called to ask about the hearing date, she reports no contact",
        "collateral call with the landlord, rent paid, no complaints",
        "il a une plante sur le bord de sa fenêtre, il en prend soin",
        "he goes by his first name with the other guys",
        "il a donné un coup de main à la cuisine ce midi",
        # Round E's neighbours, in words of our own.
        "il en manque un peu dans son café, il a demandé du sucre",
        "he wrapped a scarf around his neck, it's cold in the yard",
        "talked about the map of Europe in his geography class",
        "he sat down with the Elder for an hour",
    ],
)
def test_a_neighbour_of_an_incident_that_is_not_one_stays_routine(text: str) -> None:
    assert triage(text).urgency is Urgency.ROUTINE


def test_a_keyword_one_slip_away_is_still_read() -> None:
    result = triage("he strangeled the guy in the shower")
    assert result.urgency is Urgency.IMMEDIATE


def test_evidence_in_a_later_sentence_beats_an_earlier_denial() -> None:
    result = triage(
        "Said he was fine and has no plans to hurt himself. Later on rounds a strip of "
        "sheet was tied to his vent."
    )
    assert result.urgency is Urgency.IMMEDIATE
    assert HS in result.routes


def test_client_alone_is_not_community_supervision() -> None:
    assert not triage("the client was polite at the library").community


def test_a_family_call_about_a_man_inside_is_not_community_supervision() -> None:
    assert not triage("inm in 3B: his mother called worried he is not eating").community


def test_release_to_a_ccc_is_said_of_a_man_still_inside() -> None:
    assert not triage("inm releases to the CCC next month, plan is on track").community


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("his landlord called, he has not paid and is moving out this weekend", (CM, SUP)),
        ("l'employeur de Marois dit qu'il arrive en retard et qu'il a l'air fatigué", (CM, SUP)),
        ("sa soeur a appelé, inquiète, il répond pas depuis lundi", (CM, SUP)),
        ("back at the CCC at 0230, curfew is 2300", (CM, SUP)),
    ],
)
def test_community_concerns_reach_the_supervisor_and_case_management(
    text: str, routes: tuple[str, ...]
) -> None:
    result = triage(text)
    assert (result.urgency, result.routes) == (Urgency.PRIORITY, routes)


def test_a_note_with_nothing_recognised_asks_the_officer() -> None:
    result = triage("went over to 4 and had a look, he was in the corner")
    assert result.urgency is Urgency.ROUTINE
    assert result.unsure


def test_words_of_harm_the_engine_could_not_place_are_shown() -> None:
    result = triage("range was quiet but somebody was screaming near the showers")
    assert result.unsure
    assert "screaming" in result.unplaced


def test_a_hint_the_engine_cannot_place_still_asks_the_officer() -> None:
    result = triage("he looked upset after the phone call and kept saying sorry")
    assert result.urgency is Urgency.ROUTINE
    assert result.unsure
    assert "upset" in result.unplaced


def test_a_clear_routine_note_is_not_unsure() -> None:
    result = triage("Pelletier completed his welding module, instructor happy")
    assert not result.unsure


def test_every_incident_type_raises_a_known_concept_with_frames() -> None:
    names = {c.name for c in CONCEPTS}
    families = {f.name for f in FAMILIES} | {m.concept for m in MARKERS} | {"name", "number"}
    for kind in INCIDENT_TYPES:
        assert kind.concept in names, kind.name
        for frame in kind.frames:
            assert set(frame.parts) <= families, (kind.name, frame.parts)


def test_the_ontology_renders_as_a_table_for_reviewers() -> None:
    table = render_markdown({f.name: (f.en, f.fr) for f in FAMILIES})
    assert "| Key, lock or radio compromise |" in table
    assert "pogner" in table


# Round E's concepts, in sentences written here: harmless contexts that keep or drop a route.
HARMLESS_CONTEXTS = [
    # A game or a bout on the screen: the broadcast, its period and its score; no route.
    ("unit had the Jets on, a big fight in the second, lots of cheering", "routine", ()),
    ("les gars regardaient la boxe, ça frappait fort en troisième", "routine", ()),
    ("movie on the range, lots of shooting, the Oilers lost 5-1 after", "routine", ()),
    # Drills and staff weapons qualification: no offender behaviour, no route.
    ("simulated hostage taking in the chapel for the ERT, observers present", "routine", ()),
    ("exercice d'évacuation et prise d'otage simulée au gymnase, aucun détenu", "routine", ()),
    ("tower staff did their rifle requalification at the range this morning", "routine", ()),
    ("formation au tir pour les agents de l'escorte, relève assurée", "routine", ()),
    # A past incident talked about and dealt with: its route goes, casework stays.
    (
        "Leduc brought up the assault from back in 2018, he's in his anger program now",
        "routine",
        (CM,),
    ),
    ("il m'a parlé de la bagarre d'il y a trois ans, il suit son programme", "routine", (CM,)),
    # A threat checked and found to be a joke: routine, the threat's route kept.
    (
        "Reid told Hall 'I'll kill you' at cards; asked Hall after, he laughed, it's their joke",
        "routine",
        (SI,),
    ),
    (
        "Gagnon a crié « je vais te casser la gueule » au ping-pong. Vérifié : Côté riait, "
        "c'est leur blague.",
        "routine",
        (SI,),
    ),
    # A tool control that accounts for everything is a check: routine with the SIO.
    ("shop close-out, all the chisels back on the board, tool count correct", "routine", (SI,)),
]

# Their neighbours that are not harmless: a fight in the room, a tool gone, a plan with a time.
NOT_HARMLESS = [
    ("during the hockey game Roy punched Tran over the remote", "immediate", (SI, SUP)),
    ("pendant le match, une bataille entre Roy et Tran pour la manette", "immediate", (SI, SUP)),
    ("kitchen close-out: the paring knife is not on the shadow board", "immediate", (SI, SUP)),
    ("compte des outils à l'atelier : il manque un tournevis", "immediate", (SI, SUP)),
    ("he says he's going over the fence one of these days, no date", "priority", (SI,)),
    ("he is going over the fence tonight at shift change", "immediate", (SI, SUP)),
    # Round E's misses as concepts, in words of our own.
    (
        "word is the North crew put a hit on Daly, yard tomorrow after lunch",
        "immediate",
        (SI, SUP),
    ),
    ("two of them are gonna tune up the rookie on 6 at the evening gym", "immediate", (SI, SUP)),
    ("he said he'd throw his boss through the shop window after shift", "immediate", (SI, SUP)),
    ("un drone survole la cour B, un paquet pend en dessous", "immediate", (SI, SUP)),
    (
        "drone over the rec yard with a line dangling, three guys waiting by the fence",
        "immediate",
        (SI, SUP),
    ),
    (
        "il a donné ses timbres et ses livres aux voisins, il dit « moi j'ai fini »",
        "immediate",
        (HS, SUP),
    ),
    ("gave away his books and stamps to the range, told them i'm done", "immediate", (HS, SUP)),
    ("à l'agente Roy : « le bleu vous va à ravir, madame »", "priority", (SI,)),
    ("he told the nurse that colour looks great on you", "priority", (SI,)),
]


def test_the_second_opinion_is_not_asked_about_a_note_the_rules_placed_as_harmless() -> None:
    text = (
        "Wrote this up just in case: there was a lot of screaming and a fight in the gym around "
        "1500, but it was the drama group rehearsing their play, a film about a prison riot."
    )
    result = triage(text)
    assert result.urgency is Urgency.ROUTINE
    assert not any(reason.startswith("learned") for reason in result.reasons)


# Round E's route conventions, in sentences of our own.
ROUND_E_ROUTES = [
    # An overdose with a drug told by how it came in adds the SIO (triage-policy).
    (
        "Cell 9: barely breathing, lips blue. Cellie says he smoked a soaked letter",
        "immediate",
        (HS, SI, SUP),
    ),
    (
        "not responding, grey colour, cellie says he took something from the range",
        "immediate",
        (HS, SI, SUP),
    ),
    # Sheets torn in strips are a ligature, not drug strips.
    (
        "blanket torn into strips and tied to the bars, he is sitting under it",
        "immediate",
        (HS, SUP),
    ),
    # Community by its setting: a patrol officer who saw him, a victim no-contact order.
    (
        "le policier du quartier a croisé le client au bar avec deux gars d'un gang de rue",
        "priority",
        (CM, SI, SUP),
    ),
    (
        "Appel de la mère de la victime : le client lui a texté malgré l'interdiction de contact",
        "immediate",
        (CM, SUP),
    ),
    # A threat before release keeps case management (triage-policy).
    (
        "à trois semaines de sa sortie, il dit qu'il va planter son ancien partner",
        "immediate",
        (CM, SI, SUP),
    ),
    # A resident locked in his own room is his own risk, not a staff member's.
    (
        "Halfway house: resident texted 'forgive me' to his sister, his door locked from inside",
        "immediate",
        (CM, HS, SUP),
    ),
]


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("trois semaines avant sa sortie, il dit qu'il ira plus vivre chez sa tante", "priority"),
        ("SR next week; says he won't be staying with his father after all", "priority"),
        ("il va pas rester chez nous ce soir, il soupe chez un ami", "routine"),
    ],
)
def test_a_planned_home_given_up_before_release_is_news(text: str, urgency: str) -> None:
    assert triage(text).urgency.value == urgency


# Round E's immediate items the rules alone missed, as concepts in sentences of our own.
ROUND_E_ACTS = [
    ("décompte de midi : il en manque un à la buanderie", "immediate", (SI, SUP)),
    ("storage room: a ceiling tile pushed up, plaster dust on the shelf", "immediate", (SI, SUP)),
    ("found a paperclip bent and flattened to fit the handcuff keyhole", "immediate", (SI, SUP)),
    ("tower 2: someone walking the outer fence carrying a ladder", "immediate", (SI, SUP)),
    ("outgoing mail had a sketch of the perimeter with the towers marked", "immediate", (SI, SUP)),
    ("il a garoché son café bouillant dans la face d'un codétenu", "immediate", (SI, SUP)),
    ("y'a sorti un pic de son oreiller pis y l'a mis dans sa manche", "immediate", (SI, SUP)),
    ("40 guys sat down on the yard with linked arms, refusing to go in", "immediate", (SI, SUP)),
    ("a quadcopter circling low over the garden, string dangling", "immediate", (SI, SUP)),
    ("he knows where the victim's mother works, he told his PO", "immediate", (SI, SUP)),
    ("he said his ex is first when he's out", "immediate", (SI, SUP)),
    (
        "she had the phone cord twisted around her neck when I opened the door",
        "immediate",
        (HS, SUP),
    ),
    ("denies SI, but there is a purple line all the way around his neck", "immediate", (HS, SUP)),
    (
        "both wrists wrapped in toilet paper, he hides them under the blanket",
        "immediate",
        (HS, SUP),
    ),
]


# Round F's misses as concepts, in sentences of our own (each family once, EN and FR).
ROUND_F_CONCEPTS = [
    # A game played in the room: its words are banter, its acts are acts.
    ("a fight broke out during the card game, one guy has a bloody nose", "immediate", (SI, SUP)),
    ("il s'est fait planter pendant la partie de cartes", "immediate", (SI, SUP)),
    (
        "yelled 'I'll kill you!' across the crib board when he lost, then dealt again",
        "routine",
        (),
    ),
    # French "dont" (of which) is no English "don't"; an acronym is no verb.
    ("une cuillère dont le bout a été limé en pointe", "immediate", (SI, SUP)),
    # farewell and hopelessness
    (
        "left his tv and kettle on the bunk for the guys, says he won't be needing those where "
        "he's going",
        "immediate",
        (HS, SUP),
    ),
    ("said his daughter would be better off without a dad like him", "immediate", (HS, SUP)),
    (
        "she handed her blanket to her friend and asked her to take care of her son's drawings",
        "immediate",
        (HS, SUP),
    ),
    ("found a note on his pillow: tell mom i'm sorry, i love you all", "immediate", (HS, SUP)),
    ("elle m'a dit à travers la porte que ce soir elle en finit", "immediate", (HS, SUP)),
    (
        "he had been hiding his shoelaces and a strip of sheet under the mattress",
        "immediate",
        (HS, SUP),
    ),
    ("y cachait ses lacets dans son oreiller", "immediate", (HS, SUP)),
    # threats located in time and place
    (
        "at the parole office the client said his landlord is going to pay for this, and he "
        "knows the man is at the legion every friday",
        "immediate",
        (CM, SI, SUP),
    ),
    (
        "il a appelé au bureau, y dit qu'il sait où a reste pis qu'il va y aller avec un bâton "
        "de baseball",
        "immediate",
        (CM, SI, SUP),
    ),
    (
        "she said she'd finish it with the lady who has her kids, first night she's out",
        "immediate",
        (SI, SUP),
    ),
    (
        "il montre à l'agente des photos de sa maison pis de son char, prises du trottoir",
        "immediate",
        (SI, SUP),
    ),
    ("bring me the phone friday or somebody will pay your family a visit", "immediate", (SI, SUP)),
    # vague trouble
    (
        "heard two guys at the weights say something big is coming next week, no names",
        "priority",
        (SI,),
    ),
    (
        "an old timer told the new guys to stay in their cells after supper tomorrow",
        "priority",
        (SI,),
    ),
    (
        "one of them told me it'd be a good night to call in sick, then walked away",
        "priority",
        (SI,),
    ),
    (
        "word from a source: Pelletier is going to get dealt with sooner or later",
        "priority",
        (SI,),
    ),
    ("y'a du monde sur le 2 qui jase de sauter le mur un jour, rien de précis", "priority", (SI,)),
    # tension by behaviour
    ("since the transfer the two groups won't use the same side of the yard", "priority", (SI,)),
    ("lots of staring between tables at lunch, nobody talking", "priority", (SI,)),
    ("someone drew a crossed-out crown on his cell door card", "priority", (SI,)),
    (
        "il sort la semaine prochaine pis un gars de la bande de motards va le ramasser à la "
        "porte",
        "priority",
        (CM, SI),
    ),
    # boundary testing
    ("he asked the new officer what perfume she wears", "priority", (SI,)),
    ("he said 'you always look so nice on weekends, miss'", "priority", (SI,)),
    ("y m'appelle par mon petit nom devant les autres", "priority", (SI,)),
    ("il m'a demandé si j'avais des enfants pis où y vont à l'école", "priority", (SI,)),
    # disorder
    (
        "after supper 20 guys sat on the floor and said nobody locks up until the warden comes",
        "immediate",
        (SI, SUP),
    ),
    ("two inmates were dragging mattresses toward the range barrier", "immediate", (SI, SUP)),
    ("le monde ont poussé les tables contre la grille de la rangée", "immediate", (SI, SUP)),
    # weapons FR
    ("il avait une cuillère taillée en pointe dans sa manche", "immediate", (SI, SUP)),
    # drugs signs
    (
        "resident came in at 2 am, pupils big as dimes, talking all slurred",
        "priority",
        (CM, SI, SUP),
    ),
    (
        "résident rentré en retard, les yeux vitreux pis y parlait tout croche",
        "priority",
        (CM, SI, SUP),
    ),
    (
        "employer called: coworker found a little bag with white residue in the truck after our "
        "client used it",
        "priority",
        (CM, SI, SUP),
    ),
    ("UA for the resident at the CRF came back positive for cocaine", "priority", (CM, SI, SUP)),
    ("HV at 1500, client home, nothing to report", "routine", (CM,)),
    # psychosis
    (
        "he says the radio gives him orders at night and he hasn't spoken to anyone in three days",
        "priority",
        (HS,),
    ),
    ("elle dit que la télé lui envoie des messages", "priority", (HS,)),
    # brew
    ("found a pail of fermenting fruit behind the dryer", "priority", (SI,)),
    ("un seau de fruits en fermentation dans le placard du concierge", "priority", (SI,)),
    # taxing FR
    ("y'a du taxage sur la 4, le jeune se fait brasser", "priority", (SI,)),
    # plan deviation
    (
        "he says he'll stay at his buddy's in Regina first; the buddy isn't in the release plan",
        "priority",
        (CM,),
    ),
    (
        "le détenu compte rester chez sa blonde plutôt qu'à la maison de transition prévue",
        "priority",
        (CM,),
    ),
    # over-trigger neighbours
    (
        "at the chess table he yelled I'll kill you when he lost his rook, both laughing",
        "routine",
        (),
    ),
    ("she asked to have her phone PIN reset", "routine", ()),
    ("la plaque du véhicule a été notée par la tour", "routine", ()),
    ("old scars on his forearms, he says he has not hurt himself since 2015", "routine", (HS,)),
    ("des cicatrices anciennes, elle ne s'est plus blessée depuis des années", "routine", (HS,)),
    ("she says she's going to stop fighting everything and accept help", "routine", ()),
]


# Round G's misses as concepts, in sentences of our own.
ROUND_G_CONCEPTS = [
    # Weapon-making told by its sound and by the furniture it came from.
    (
        "grinding of metal from cell 12 for an hour, his shelf bracket looks filed down",
        "immediate",
        (SI, SUP),
    ),
    ("bruit de limage dans la 8, la tablette est limée sur le coin", "immediate", (SI, SUP)),
    ("she pulled a box cutter on the landlord during the home visit", "immediate", (CM, SI, SUP)),
    # A way out told by evidence: a name short at count, a window forced, a walk-away.
    (
        "recompte au 2 : il manque Boivin, sa fenêtre est débarrée pis la moustiquaire arrachée",
        "immediate",
        (SI, SUP),
    ),
    (
        "minimum unit: he walked into the woods past the boundary line after work",
        "immediate",
        (SI, SUP),
    ),
    # ... and a count corrected is no escape.
    ("count short on 4, recount correct, he was at the hospital on escort", "routine", ()),
    # Threats: the target named with a time, staff targeted by plates, "find and finish".
    ("ma source dit qu'ils vont le sauter au gym demain matin", "immediate", (SI, SUP)),
    ("found a list with the names of three officers and their plates", "immediate", (SI, SUP)),
    ("says when he's out he's tracking down the witness and ending it", "immediate", (SI, SUP)),
    (
        "Gauthier a dit qu'il allait tuer le commis, tout le monde riait, c'était pour rire",
        "routine",
        (),
    ),
    # A drone announced with a time and a place.
    (
        "on the phone he said the drone comes tomorrow at 9 behind the chapel",
        "immediate",
        (SI, SUP),
    ),
    # Community: a job nobody heard of, travel outside the area, a co-accused met.
    ("called the employer, they never heard of him", "priority", (CM, SUP)),
    (
        "parolee posted photos from Vancouver, he's restricted to Kamloops, no travel permit",
        "priority",
        (CM, SUP),
    ),
    (
        "parolee asked about a travel permit for his sister's wedding, gave him the form",
        "routine",
        (CM,),
    ),
    (
        "parolee seen at the mall with his co-accused, no-contact condition",
        "priority",
        (CM, SI, SUP),
    ),
    (
        "resident at the CRF found with a kitchen knife under his pillow",
        "immediate",
        (CM, SI, SUP),
    ),
    # A visit planned as a drop; a crew with something lined up before release.
    ("heard her tell him the usual will be in the diaper bag at visits", "priority", (SI,)),
    (
        "WED in two weeks, says the boys got a job lined up for him, the crew tied to his index "
        "offence",
        "priority",
        (CM, SI),
    ),
    # Medical in French: bleeding from the head after a fall.
    ("le vieux de la 5 est tombé, il saigne de la tête", "immediate", (HS, SUP)),
    # Boundary in French: where the officer lives, her son.
    (
        "il m'a demandé si je restais encore à Laval pis si mon gars jouait au hockey",
        "priority",
        (SI,),
    ),
    # Over and done, already reported: routine, its topic's route kept.
    ("the 0875 for Tuesday's fight in the yard is done, SIO has it", "routine", (SI,)),
    ("suivi : l'automutilation de lundi, la santé l'a vue, rien depuis", "routine", (HS,)),
    # Not an escape, not an assault, not fiction.
    ("the metal detector went off on his belt buckle, nothing found", "routine", (SI,)),
    (
        "home visit: the dog charged the fence when I arrived, owner called it back",
        "routine",
        (CM,),
    ),
    ("asked if the library has the documentary on the Kingston riot", "routine", ()),
    ("ERT training scenario: barricade and extraction, staff role players only", "routine", ()),
]


# Round H's misses as concepts, in sentences of our own.
ROUND_H_CONCEPTS = [
    # French typed without apostrophes: "crise d epilepsie", "l atelier".
    ("grosse crise d epilepsie dans la salle de lavage, y est par terre", "immediate", (HS, SUP)),
    # A source: a debt to be made to pay, "le piquer", a time.
    (
        "ma source dit que les gars du 5 vont faire payer Gagnon a soir, y parlaient de le piquer",
        "immediate",
        (SI, SUP),
    ),
    # A staff member compromised right now.
    (
        "the new instructor pulled an envelope out of her purse and slid it to Moreau at the "
        "bench",
        "immediate",
        (SI, SUP),
    ),
    # Caught taking shop materials (joual "pogner"), materials missing: contraband, not assault.
    ("j'ai pogné Dion à sortir deux rouleaux de ruban de l'atelier", "priority", (SI,)),
    ("end of shift: two spools of wire and the glue not accounted for", "priority", (SI,)),
    ("y poussent le petit nouveau à faire rentrer du stock par sa mère", "priority", (SI,)),
    # A phone found hidden; a visitor high at visits; a visitor placing the officer's home.
    ("found a phone taped under the sink in the chapel washroom", "priority", (SI,)),
    ("sa visiteuse est arrivée gelée ben raide, visite annulée", "priority", (SI,)),
    (
        "his visitor asked if I'm the officer who lives by the lake with the red jeep",
        "priority",
        (SI,),
    ),
    # Withdrawal; confusion new in an old man; a fall with a blow to the head.
    ("he's dopesick, sweating and puking, says his connect got transferred", "priority", (HS, SI)),
    ("le vieux se rappelle pu de son numéro de cellule, c'est nouveau", "priority", (HS,)),
    (
        "he slipped in the shower and hit his head, not responding to his name",
        "immediate",
        (HS, SUP),
    ),
    # Community: suicide told as no point; a victim met against a French condition.
    (
        "parolee texted me from the highway that he can't see the point anymore",
        "immediate",
        (CM, HS, SUP),
    ),
    (
        "vu au dépanneur avec la victime, il a une condition de ne pas communiquer avec elle",
        "immediate",
        (CM, SUP),
    ),
    # Harmless: knives signed back, yeast locked up, naloxone taught, relapse prevention,
    # a past offence discussed in a program, a hand lost at cards, a family visit, parcels of
    # books, a man last seen two weeks ago.
    ("cours de cuisine, les couteaux sont tous rentrés pis signés", "routine", (CM, SI)),
    ("yeast for the bread weighed and locked in the cage", "routine", ()),
    ("the nurse gave a naloxone course to the peer helpers on 3", "routine", ()),
    ("went over his relapse prevention plan, knows his triggers", "routine", (CM,)),
    ("in group he described his 2011 assault and took responsibility", "routine", (CM,)),
    ("lost a big hand at crib and yelled I'll kill you, both laughing after", "routine", ()),
    (
        "visite familiale, il a serré ses enfants dans ses bras, tout s'est bien passé",
        "routine",
        (CM,),
    ),
    ("mail done on C, 40 letters and 2 packages of books", "routine", ()),
    ("Lemieux lui a dit je vais te tuer en riant, c'était pour rire", "routine", ()),
    (
        "pupils pinned, nodding off, jerking awake in the chair at the parole office",
        "priority",
        (CM, SI, SUP),
    ),
    ("il a pris Roy par le cou pis l'a plaqué contre le mur", "immediate", (SI, SUP)),
]


# Round I's misses as concepts, in sentences of our own.
ROUND_I_CONCEPTS = [
    # Armour before a fight; a sock with something heavy; a cry of "stop" through a wall.
    (
        "he has books taped around his chest under his sweater and wants the 1500 gym",
        "immediate",
        (SI, SUP),
    ),
    (
        "found him standing over his cellie with a sock with something heavy in it",
        "immediate",
        (SI, SUP),
    ),
    (
        "neighbour of the parolee called the office: she's screaming stop, let me go, right now",
        "immediate",
        (CM, SI, SUP),
    ),
    # A ligature made from a shirt; someone who won't wake up; "finir la job" at an ex's.
    ("SIU 4: tore his shirt into strips and is knotting them together", "immediate", (HS, SUP)),
    (
        "resident found on the couch, won't wake up, a straw and foil beside him",
        "immediate",
        (CM, HS, SI, SUP),
    ),
    (
        "y dit qu'en sortant y va chez son ex pour finir la job, y sait sa nouvelle adresse",
        "immediate",
        (SI, SUP),
    ),
    # A throw-over told vaguely, then laughed off: contraband, priority.
    ("he said stuff is coming over the fence soon, then laughed it off", "priority", (SI,)),
    # A bulleted note: each fragment is a sentence ("last week" does not date the rest).
    (
        "- 0900 range 3 - inm Roy - magazines strapped to his ribs - fought Côté last week",
        "immediate",
        (SI, SUP),
    ),
    # Neighbours: ceremonies, role-plays, offences recounted, a rumour checked, knives tethered.
    ("Elder led the sweat, the men made tobacco ties and prayed", "routine", (CM,)),
    (
        "in the program role-play he practised what to say if a friend wants to kill himself",
        "routine",
        (CM,),
    ),
    (
        "told me about getting stabbed over a debt back in 2012, keeps his head down now",
        "routine",
        (),
    ),
    (
        "talked through the 2009 robbery and the gun he carried, wants to make amends",
        "routine",
        (),
    ),
    (
        "checked the rumour of a fight at the gym, talked to both, no beef, they laugh about it",
        "routine",
        (SI,),
    ),
    ("inventaire des couteaux complet, les couteaux attachés au comptoir", "routine", (SI,)),
    ("heard a loud crack from the weight room, a bar dropped on the rack", "routine", ()),
    ("Nurse Roy asked me to pass on that his meds changed", "routine", (HS,)),
    ("douze sachets de tabac dans un bas au retour de l'atelier", "priority", (SI,)),
    ("source: they jump him at the 1900 movement tonight over a debt", "immediate", (SI, SUP)),
]


# Round J's misses as concepts, in sentences of our own.
ROUND_J_CONCEPTS = [
    # A fire told by its smoke, its smell and the extinguisher; a fire alarm that was toast.
    (
        "atelier: odeur de brûlé pis fumée noire dans le fond, on a vidé l'extincteur",
        "immediate",
        (SI, SUP),
    ),
    ("smell of burning plastic from cell 9 and the range is filling up", "immediate", (SI, SUP)),
    ("alarme de feu au CCC, quelqu'un a burné ses toasts, pas de feu", "routine", (CM,)),
    ("burning smell on 3, it was a kettle that overheated, no fire", "routine", ()),
    # An escape from an escort or a hospital.
    (
        "hospital escort: he bolted out the ER side door while the cuffs were off",
        "immediate",
        (SI, SUP),
    ),
    ("escorte au palais de justice, y s'est sauvé par l'escalier", "immediate", (SI, SUP)),
    # The victim, then what he did, in the next sentence.
    (
        "Parole office: call from the victim in his file. He dropped off a card at her work.",
        "immediate",
        (CM, SUP),
    ),
    # Labour; his own saved pills; a written threat; a dose spat out and passed on.
    ("inmate 7 months pregnant, her water broke in the yard", "immediate", (HS, SUP)),
    ("elle est enceinte pis elle saigne beaucoup, crampes fortes", "immediate", (HS, SUP)),
    ("took all the sleeping pills she'd been saving since March", "immediate", (HS, SUP)),
    ("written on the gym wall: ROY CELL 12 FRIDAY YOUR DONE", "immediate", (SI, SUP)),
    (
        "at med line she spat her methadone into a cup and passed it to another woman",
        "priority",
        (HS, SI),
    ),
    # Mail told by its paper; a resident who never came back; where an officer lives.
    ("courrier de Roy: papier gondolé, senteur chimique, retenu pour le SRS", "priority", (SI,)),
    (
        "resident never showed up at work and was due back at 1600, no answer",
        "priority",
        (CM, SUP),
    ),
    ("a post asks which town Officer Kim lives in", "priority", (SI,)),
    # Neighbours: an errand asked, a car named Charger, nobody threatened him, an AED check, a
    # first-aid course, a denial listed with "or", a birthday on the board, a slow drain.
    ("asked me to grab him a coffee from the staff room, I said no", "routine", ()),
    ("a black Charger dropped him off at the CRF on time", "routine", (CM,)),
    ("he owes for canteen but says nobody has threatened him", "priority", (SI,)),
    ("AED check on all units, pads replaced on 2", "routine", ()),
    ("formation de secourisme pour le quart de soir", "routine", ()),
    ("denies any thoughts of suicide or self-harm, eating well", "routine", (HS,)),
    ("'Happy birthday Sam!' drawn on the dayroom board", "routine", ()),
]


# Round K's misses as concepts, in sentences of our own.
ROUND_K_CONCEPTS = [
    # A suicide watch that ended is history: routine, health services kept.
    ("checked on Roy, came off suicide watch Friday, eating and sleeping fine", "routine", (HS,)),
    # Intent with the means, in the community.
    (
        "home visit: he said there's a rope in his shed and he's done with all of it",
        "immediate",
        (CM, HS, SUP),
    ),
    # A staff member passing something right now; a French self-cut with the body part.
    (
        "the CO on nights just passed an envelope to inmate Price at the hatch",
        "immediate",
        (SI, SUP),
    ),
    ("elle s'est coupé les poignets avec un bout de canette", "immediate", (HS, SUP)),
    # Withdrawal signs in a man up and talking; speed and pellets; a false bottom at visits.
    ("stopped his methadone cold turkey, sweaty and shaky but up and talking", "priority", (HS,)),
    ("trouvé des boulettes de speed dans le drain de la douche", "priority", (SI,)),
    ("la visiteuse avait une boîte de jus à double fond, objet saisi", "priority", (SI,)),
    ("the ion scanner alerted on his visitor's shoes, visit cancelled", "priority", (SI,)),
    # "I was doing" is no "I'm done" (a note short enough that the rules alone decide).
    ("I was doing rounds, he told me his mom is sick, asked for a call", "routine", (CM,)),
]


# Round L's misses as concepts, in sentences of our own.
ROUND_L_CONCEPTS = [
    # A film told by its scene, or "it was the TV".
    ("movie night on 3, everyone cheering at the escape scene in Papillon", "routine", ()),
    ("heard 'drop the gun!' from the dayroom: it was the TV, a cop show", "routine", ()),
    # A goodbye call; a plan for tonight with things given away (FR).
    (
        "parolee left me a voicemail: tell my daughter I'm sorry, then hung up",
        "immediate",
        (CM, HS, SUP),
    ),
    (
        "elle a dit « j'ai tout prévu pour ce soir » pis a donné son coton ouate à sa voisine",
        "immediate",
        (HS, SUP),
    ),
    # A staff member's car known, the lot named; "you'll see what happens" at the office.
    (
        "he told the nurse he knows which car is hers and he'll see her in the lot after shift",
        "immediate",
        (SI, SUP),
    ),
    (
        "parolee on the phone: come to my place and you'll see what happens to you",
        "immediate",
        (CM, SI, SUP),
    ),
    # A victim sought at her work under a no-contact condition, a note left.
    (
        "parolee has no contact with his ex; her boss says he came by her work and left a card",
        "immediate",
        (CM, SUP),
    ),
    # Drugs by pupils named first, a sample refused; an old cellmate in the community.
    (
        "CCC resident back with dilated pupils, refused to provide a urine sample",
        "priority",
        (CM, SI, SUP),
    ),
    (
        "parolee says he's been hanging out with an old cellmate, not an approved associate",
        "priority",
        (CM, SUP),
    ),
    # A staff member's daughter asked about; a job changed before release.
    (
        "he asked Officer Roy yesterday whether her son still plays hockey in town",
        "priority",
        (SI,),
    ),
    (
        "before release he says he'll work for his cousin instead of the job lined up; the cousin "
        "hasn't been assessed",
        "priority",
        (CM,),
    ),
    # History, games, assignments, exercises, recounted riots, a parcel scanned, a tip checked.
    (
        "at intake she disclosed a suicide attempt in 2019, nothing since, no current thoughts",
        "routine",
        (HS,),
    ),
    (
        "yelled I'll kill you across the pool table, both laughing, spoke with each, trash talk",
        "routine",
        (),
    ),
    ("asked how to spell 'ransom' for his creative writing assignment", "routine", ()),
    (
        "ERT ran a planned hostage-rescue exercise in the empty wing, staff role-players only",
        "routine",
        (),
    ),
    (
        "au groupe il a raconté l'émeute de 2004 à Archambault, bonne participation",
        "routine",
        (CM,),
    ),
    ("colis de Noël scanné pour Roy, rien de suspect", "routine", (SI,)),
    ("searched his cell after a tip about a shank: nothing found", "routine", (SI,)),
    (
        "tip about a shank: searched and found it in the vent, nothing else found",
        "immediate",
        (SI, SUP),
    ),
    ("il a essayé de frapper l'agent avec le manche à balai", "immediate", (SI, SUP)),
]


# Round M's misses as concepts, in sentences of our own.
ROUND_M_CONCEPTS = [
    # A watch's name is no suicide risk; a transfer's goodbye is no giveaway; tobacco smoke.
    ("suicide watch rounds on Beaulieu: sleeping, ate supper, no concerns", "routine", (HS,)),
    (
        "Tremblay donne ses affaires aux gars, y'est transféré au camp demain, content",
        "routine",
        (),
    ),
    ("smell of cigarette smoke in the laundry again, butts in the drain", "priority", (SI,)),
    # Mania told by speech; a group getting loud is a disturbance, one man getting louder is not.
    ("off his meds a week, talking really fast and not sleeping, no threats", "priority", (HS,)),
    ("the guys on 2 are getting rowdy and won't lock up", "immediate", (SI, SUP)),
    # A staff member coerced right now.
    (
        "the officer says the inmate will expose her unless she brings in another phone tonight",
        "immediate",
        (SI, SUP),
    ),
    # Film talk; cut ties; a roofer at work; leaning on family.
    ("arguing about the best fight scene in the Rocky movies", "routine", ()),
    ("says he cut ties with his cousin, goes to his program", "routine", (CM,)),
    ("work visit: client up on the roof with the roofing crew, waved", "routine", (CM,)),
    ("he's leaning on his brother since the funeral, mood okay", "routine", (CM,)),
    # A plan departed from (FR); trouble sensed; looks and hair commented on.
    ("il va travailler chez son oncle au lieu de l'emploi prévu dans son plan", "priority", (CM,)),
    ("something's up with the gym crew, they clammed up when I walked in", "priority", (SI,)),
    ("told the officer she should wear her hair down more", "priority", (SI,)),
]

ROUND_N_CONCEPTS = [
    # "He" is nobody pushed; Québec "tripper" is enjoying; a gym game and a record on file.
    ("his court date got pushed back so he was annoyed, went back to his cell", "routine", ()),
    ("y trippe ben gros sur sa nouvelle job à la cuisine", "routine", (CM,)),
    (
        "ball hockey in the gym, lots of 'you're dead meat' from the bench, all in good fun",
        "routine",
        (),
    ),
    (
        "His record shows an assault with a weapon in 2017. Cell search today, nothing found.",
        "routine",
        (SI,),
    ),
    # Not out by the front door: escape talk, not a threat.
    (
        "Le gars de la 8 dit qu'il sortira pas d'ici par la grande porte, rien de précis",
        "priority",
        (SI,),
    ),
    ("he keeps saying he won't be leaving through the front gate, no details", "priority", (SI,)),
    # Ligatures told verb first, by the knot, by the making; a night he may not see.
    ("Robichaud a noué son lacet après la grille de la fenêtre", "immediate", (HS, SUP)),
    ("found a slip knot tied in his towel under the bunk", "immediate", (HS, SUP)),
    ("pillowcase ripped into thin strips in the garbage of cell 12", "immediate", (HS, SUP)),
    ("j'sais pas si j'vais passer la nuit, a dit Bélanger à l'infirmière", "immediate", (HS, SUP)),
    ("note on his desk addressed to whoever finds me", "immediate", (HS, SUP)),
    ("she told her sister nobody will have to worry about her anymore", "immediate", (HS, SUP)),
    (
        "il se cogne le front contre la porte de sa cellule depuis 5 minutes",
        "immediate",
        (HS, SUP),
    ),
    # Words said as things are handed over, as written; things merely kept.
    ("Caron a distribué sa radio pis ses souliers en disant gardez-les", "immediate", (HS, SUP)),
    ("Roy kept them in a folder for his lawyer", "routine", ()),
    # Checks that found nothing keep security intelligence; a visitor who will not be scanned.
    ("fence alarm on zone 3 at 0200, patrol found a raccoon, alarm reset", "routine", (SI,)),
    ("K9 ran the gym and the chapel before the social, no indications", "routine", (SI,)),
    ("the visitor refused the ion scan and left without seeing him", "priority", (SI,)),
    # A clinician seen; a job by its title; retaliation for talking.
    ("Bouchard saw the psychiatrist this morning, sleeping better", "routine", (HS,)),
    ("Tanguay started as a dishwasher Monday, kitchen supervisor pleased", "routine", (CM,)),
    ("he told the witness she should have kept her mouth shut", "immediate", (SI, SUP)),
    # Before release the CRC is a plan, not the setting; a landlord's call is.
    (
        "pre-release meeting, two weeks from day parole to the CRC, plan unchanged",
        "routine",
        (CM,),
    ),
    (
        "Landlord of Ms. Bruneau (apt. 4) called: loud parties every night, smell of weed",
        "priority",
        (CM, SI, SUP),
    ),
]

ROUND_O_CONCEPTS = [
    # A drone still over the yard; a staff member coerced "unless"; an overdose he tells of.
    ("drone sitting still over the gym roof with a bag hanging off it", "immediate", (SI, SUP)),
    ("un drone immobile au-dessus de la cour avec un colis accroché", "immediate", (SI, SUP)),
    (
        "Roy told the nurse he'll leave her alone unless she brings in a phone tomorrow",
        "immediate",
        (SI, SUP),
    ),
    (
        "she says she took all of them, her pills are gone from the blister pack",
        "immediate",
        (HS, SUP),
    ),
    # Wounds told by what was seen; a fire in slang; pain promised.
    ("fresh marks on her wrist that were bleeding through the sleeve", "immediate", (HS, SUP)),
    ("word is C range wants to torch the unit after supper", "immediate", (SI, SUP)),
    ("y a dit qu'elle va comprendre ce que c'est d'avoir mal", "immediate", (SI, SUP)),
    # A staff member's private life known to him.
    (
        "Bastien asked the officer how her cruise was, she never told anyone about it",
        "priority",
        (SI,),
    ),
    # A search after a find elsewhere that found nothing; a watch's name is not what he says.
    ("K9 search of 3B after the find of a blade on 3A, nothing found", "routine", (SI,)),
    ("came off suicide watch Monday, says today he'll hang himself", "immediate", (HS, SUP)),
    (
        "suicide watch review with the psychologist, watch discontinued, eating well",
        "routine",
        (HS,),
    ),
    # Organised crime; keeping out of the yard; work and medication told plainly.
    (
        "two guys from an organized crime group cornered the new guy, he now wants to stay in for "
        "the next yards",
        "priority",
        (SI,),
    ),
    ("on time every shift in the laundry, instructor happy", "routine", (CM,)),
    ("the doctor adjusted his dose, sleeping better", "routine", (HS,)),
    ("il ne se présente plus à la distribution de méthadone depuis lundi", "priority", (HS,)),
    ("he said he would pay for it out of his canteen money", "routine", ()),
    # A collateral's message however the name is written; a release still weeks away.
    (
        "msg left by landlord Mr. Dube (40 King St): worried, says a new roommate moved in",
        "priority",
        (CM, SUP),
    ),
    ("statutory release in three weeks, plan to the CRC unchanged", "routine", (CM,)),
]

ROUND_P_CONCEPTS = [
    # Killings and stabbings told in the present as plans; "put him down" after finding him.
    (
        "sur l'écoute y dit à son frère qu'en sortant y va voir son associé pis je le tue",
        "immediate",
        (SI, SUP),
    ),
    ("overheard at the window: tomorrow at gym we poke Lavoie", "immediate", (SI, SUP)),
    ("he said he'd find Marco at the bar and put him down", "immediate", (SI, SUP)),
    # A staff member bringing something in at a named time; a throw-over planned.
    (
        "the girl on evenings is bringing the stuff in tomorrow, his cousin told the officer",
        "immediate",
        (SI, SUP),
    ),
    (
        "il a dit à sa mère de lancer le sac par-dessus la clôture du parking vendredi à 22h",
        "immediate",
        (SI, SUP),
    ),
    # Films, the television, a tool's name, a burst pipe, a card table laughing.
    ("soirée film: un film de braquage avec des fusils, les gars ont adoré", "routine", ()),
    ("heard screaming from the common room, it was the hockey game on TV", "routine", ()),
    ("we practised with the ligature cutters at the annual refresher", "routine", ()),
    (
        "un tuyau a pété dans la salle de lavage, le plancher est inondé, l'entretien est appelé",
        "routine",
        (),
    ),
    (
        "card game on 3, he told his teammate 'je te tue si tu joues ça' and the whole table "
        "cracked up",
        "routine",
        (),
    ),
    # Something knotted around the neck; a release date that is a plan, not a warrant.
    ("found her with a strip of towel knotted around her neck, breathing", "immediate", (HS, SUP)),
    (
        "Roy's warrant expiry is next month, asked about the bus to the CCC, all in his plan",
        "routine",
        (CM,),
    ),
]

ROUND_Q_CONCEPTS = [
    # Ligatures and joined elisions as typed: "nœud", "dattacher", "sœur".
    ("on a trouvé un nœud coulant dans sa taie d'oreiller", "immediate", (HS, SUP)),
    ("jai vu Roy en train dattacher son lacet après la grille", "immediate", (HS, SUP)),
    ("la sœur de Gagnon a appelé, inquiète, y boit encore", "priority", (CM, SUP)),
    # A score settled in person, a witness silenced, "pour de bon"; a veiled threat left vague.
    (
        "he said he's going over to her place tonight and finishing it",
        "immediate",
        (CM, SI, SUP),
    ),
    ("told his cellie he'll make sure that witness never testifies", "immediate", (SI, SUP)),
    ("il veut aller le voir en sortant pour régler ça pour de bon", "immediate", (SI, SUP)),
    ("'you'll see what happens' he said to the table, nobody named, no date", "priority", (SI,)),
    # A biker club is no club in hand; medication refused or held in the mouth and passed on.
    ("he's a member of a biker club, seen with him at the gas station", "priority", (SI,)),
    ("elle en a pu besoin de son insuline, dit-elle, refuse la dose", "priority", (HS,)),
    ("saw him keep his pill under his tongue and he passed it to Roy after", "priority", (HS,)),
    # A "drone" that was a plane; cuffs slipped; violence named by its kind.
    ("tower called a drone, turned out to be a hobby plane over the field", "routine", (SI,)),
    (
        "on the escort he slipped his left cuff and ran into the parking lot",
        "immediate",
        (SI, SUP),
    ),
    (
        "l'appel du poste de police: violence conjugale cette nuit, il a été arrêté",
        "immediate",
        (CM, SI, SUP),
    ),
]

ROUND_R_CONCEPTS = [
    # An escape told by its tools and its drawing; affection and errands asked of staff.
    (
        "found a ladder made of knotted sheets under his bunk and a sketch of the back gate",
        "immediate",
        (SI, SUP),
    ),
    (
        "he keeps asking the teacher for a hug after class and calls her sweetheart",
        "priority",
        (SI,),
    ),
    ("asked the chaplain to post a letter for him outside so it isn't read", "priority", (SI,)),
    # A collateral's word of selling; checks that ruled a risk out; a program's title.
    (
        "the sawmill manager called: he offers coworkers whatever they want, cheap",
        "priority",
        (CM, SI, SUP),
    ),
    ("perimeter alarm at 0200, fence intact, deer tracks along the road", "routine", (SI,)),
    ("il a fini le programme sur la violence familiale, fier de lui", "routine", (CM,)),
    ("since his stroke he walks with a cane, played cards with the guys", "routine", ()),
    ("suivi de prévention du suicide: nie toute idée noire, a mangé", "routine", (HS,)),
    ("sniffer dog went through the visiting room, no indications", "routine", (SI,)),
    (
        "information reçue hier sur de la drogue en cellule 4: fouille, aucune drogue trouvée",
        "routine",
        (SI,),
    ),
]


ROUND_S_CONCEPTS = [
    # Evidence told in Québec French; belongings given away with a farewell to the family.
    ("nie les idées noires mais a une ligne rouge tout le tour du cou", "immediate", (HS, SUP)),
    (
        "il a donné sa télé à son voisin de cellule pis il a dit à l'agent tu vas avoir la paix",
        "immediate",
        (HS, SUP),
    ),
    # A staff member taking a package from a visitor; bringing an offender things from outside.
    (
        "camera saw the officer at the visits desk accept an envelope from the inmate's wife",
        "immediate",
        (SI, SUP),
    ),
    ("he says officer Grant brings him coffee from Tim's on nights", "priority", (SI,)),
    # A threat as a score to settle; a fire told by its place code; denied contexts.
    ("au téléphone il a dit qu'il va lui régler son compte en sortant", "immediate", (SI, SUP)),
    ("fire on 3C, smoke at the end of the range", "immediate", (SI, SUP)),
    ("he said he'll stab Doyle and he wasn't joking", "immediate", (SI, SUP)),
    ("il a dit qu'il va tuer Roy, la gang a ri mais lui était sérieux", "immediate", (SI, SUP)),
    # A dummy in the bed: an escape inside, a resident gone at a community residence.
    (
        "0300 count: pillow under the blanket so it would look like someone asleep",
        "immediate",
        (SI, SUP),
    ),
    (
        "halfway house bed check, a jacket under the covers to look like a body, he is gone",
        "priority",
        (CM, SUP),
    ),
    # Pills hidden or unmarked are contraband; stockpiled by palming, a self-harm plan.
    ("strip search after court: four loose unmarked tablets in his waistband", "priority", (SI,)),
    ("he has been palming his night meds, 30 found in his pillowcase", "immediate", (HS, SUP)),
    # Harmless: a game's banter and its referee, a film retold, a pencil, an issued tool,
    # nerves before a first shift, a return before curfew; the charge nurse is a title.
    (
        "they were playing cards and Roy said 'I'll kill you' after losing, all laughed",
        "routine",
        (),
    ),
    ("watching the game, one guy yelled he'd strangle the referee", "routine", ()),
    ("he was telling the guys about a movie where a man gets stabbed in a prison", "routine", ()),
    ("cell search: only a sharpened pencil on the desk, nothing else", "routine", (SI,)),
    ("the issued craft knife was signed back in at 1500", "routine", (SI,)),
    (
        "CRC: Boivin could not sleep because he starts at the warehouse at 6, chatted, went back "
        "to bed",
        "routine",
        (CM,),
    ),
    ("CRC: signed in at 2140, curfew 2300, quiet evening", "routine", (CM,)),
    ("CRC: signed in at 2340, curfew 2300, smelled of beer", "priority", (CM, SUP)),
    ("the charge nurse asked for his med card to be updated", "routine", ()),
]


ROUND_T_CONCEPTS = [
    # "Won't need 'em" is a farewell; a staff member wanting him dead is his fear, not a threat.
    ("gave his radio away and told me he wont need em after tonight", "immediate", (HS, SUP)),
    ("refuses his pills, says the guards want to poison him", "priority", (HS,)),
    ("il dit que les gardiens veulent l'empoisonner, refuse de manger", "priority", (HS,)),
    # Grief's tears keep the route and lower nothing else; withdrawal after a death is a change.
    ("crying after the call, his brother died on Sunday, chaplain came", "routine", (CM, HS)),
    ("since his dad died he stays in his cell, skipping meals and yard", "priority", (HS,)),
    # Contact after release asked of staff; a card held back from the mail is no hostage.
    ("asked for my Instagram so we can talk once he's released", "priority", (SI,)),
    ("j'ai retenu la porte pour l'infirmière au poste", "routine", ()),
    ("il retient l'infirmière dans le bureau et bloque la porte", "immediate", (SI, SUP)),
    # A tool short and found where it was dropped; found taped under a drawer it is a weapon.
    ("one paring knife short at close-out, found it behind the dish machine", "routine", (SI,)),
    (
        "paring knife short at close-out; found it taped under the prep table",
        "immediate",
        (SI, SUP),
    ),
    # Old bruises are past violence; paper smoked is a drug; spitting meds into a hand is not
    # spitting at anyone; idioms are no weapons.
    ("faded bruises on his face, says he slipped in the shower again", "priority", (SI,)),
    (
        "found unresponsive, his cellie says they smoked a strip of paper",
        "immediate",
        (HS, SI, SUP),
    ),
    ("at med line he spat his pills into his hand and walked off", "priority", (HS,)),
    ("he rode shotgun in the van to court, no issues", "routine", ()),
    # Reporting in the community; praise told in shorthand.
    ("client at the Moncton office for his monthly, working, no concerns", "routine", (CM,)),
    ("Leblanc mopped the range w/o being asked", "routine", (CM,)),
    ("Roy dit qu'il est sobre depuis six mois, va aux AA", "routine", (CM,)),
]


ROUND_U_CONCEPTS = [
    # A victim's fear told to victim services is a collateral's concern; contact through a third
    # party breaks a no-contact condition; a victim services call to update notices does not.
    (
        "victim services: the victim saw the client at the mall, he did not approach her, she "
        "is scared",
        "priority",
        (CM, SUP),
    ),
    (
        "parolee's cousin came to her house to ask the victim to drop the complaint, his "
        "condition is no contact with the victim directly or through a third party",
        "immediate",
        (CM, SUP),
    ),
    ("victim services called to confirm the victim wants notice of his hearing", "routine", (CM,)),
    # A gang that found where he lives and will come for him; a job to finish with his ex.
    (
        "CRF: il a peur, les gars de la gang vont venir le chercher ce soir",
        "immediate",
        (CM, SI, SUP),
    ),
    ("elle a dit qu'elle va finir la job avec son ex en sortant", "immediate", (SI, SUP)),
    ("il va passer la fin de semaine chez sa blonde, c'est dans le plan", "routine", (CM,)),
    ("il va régler ça avec Tremblay au gym ce soir", "immediate", (SI, SUP)),
    (
        "la source dit qu'ils vont passer par-dessus la clôture dimanche soir",
        "immediate",
        (SI, SUP),
    ),
    # Scissors raised at staff; the end of a life foretold before release; slow breathing.
    ("he grabbed the scissors off the desk and held them up at me", "immediate", (SI, SUP)),
    (
        "two weeks to his WED, says he won't make it to the gate, gave away his TV",
        "immediate",
        (CM, HS, SUP),
    ),
    (
        "found him on his bed, grey, breathing very slowly, burnt foil beside him",
        "immediate",
        (HS, SI, SUP),
    ),
    # Not weapons: a firearms prohibition, a gun range told of, carving knives approved, a
    # threat assessment asked about.
    ("reviewed his s.109 firearms prohibition with him at intake", "routine", ()),
    ("home visit: showed me his carving knives, bought with his PO's approval", "routine", (CM,)),
    ("asked when his threat assessment will be updated", "routine", ()),
    # Electronic monitoring places a note in the community.
    ("GPS alert: client inside the exclusion zone for 20 minutes at 0200", "priority", (CM, SUP)),
]


ROUND_V_CONCEPTS = [
    # Emergencies told by what is seen: a man down who won't wake, choking, blood running from a
    # wrist, pills scattered by a drowsy man, slow breathing, heat and confusion.
    (
        "hit by a ball in the head, fell and won't wake up, bleeding from his ear",
        "immediate",
        (HS, SUP),
    ),
    (
        "y s'étouffe avec un morceau de pain, se tient la gorge, devient mauve",
        "immediate",
        (HS, SUP),
    ),
    ("calm on the bunk but blood dripping from his wrist onto the floor", "immediate", (HS, SUP)),
    ("pills scattered on the floor, he's slurring and nodding off", "immediate", (HS, SI, SUP)),
    (
        "in the kitchen heat he is breathing fast, skin hot and dry, talking nonsense",
        "immediate",
        (HS, SUP),
    ),
    # Withdrawal from a supply run out; a treatment refused; pills asked of others at the line.
    ("y tremble pis y sue, y dit qu'y a pu de dope, pas confus, parle bien", "priority", (HS, SI)),
    ("refusing his inhalers and the oxygen at night since Monday", "priority", (HS,)),
    ("at the med line he kept asking others for their gabapentin", "priority", (SI,)),
    # A mouth kept shut after a visit; a plan departed from before release; a room gone quiet.
    (
        "back from the visit with his cheek bulging, kept his mouth shut at the search",
        "priority",
        (SI,),
    ),
    (
        "inmate Roy: after release he'll stay with a new girlfriend, not at his brother's like "
        "the plan says",
        "priority",
        (CM,),
    ),
    ("the range went quiet the moment Boyce walked in, cards stopped", "priority", (SI,)),
    ("says Tran is gonna learn once they move him, no time or plan", "priority", (SI,)),
    # Confusion and self-neglect told by behaviour.
    ("calls me by his brother's name, asked twice about supper after he ate", "priority", (HS,)),
    (
        "SIU: refused every shower and yard offer for five days, cell smells of urine",
        "priority",
        (HS,),
    ),
    ("y reste assis les yeux dans le vide, y est pas le même depuis l'hôpital", "priority", (HS,)),
    # Ordinary care settles a note; resting is no collapse; cooking is no fire; a blister pack
    # punched out is no punch; the med line's business is health services'.
    ("twisted his ankle at ball hockey, saw the nurse, bandaged", "routine", ()),
    ("asked for a sick call form for a toothache, dropped it in the box", "routine", ()),
    ("lying face down on the grass, not moving: sunbathing with earbuds in", "routine", ()),
    ("smell of burning on 2B: he burnt his popcorn, no smoke in the cells", "routine", ()),
    ("turned down his evening Tylenol, says his back is fine today", "routine", ()),
    (
        "blister packs punched out on the bed, forty pills in a pile, putting them in his mouth",
        "immediate",
        (HS, SUP),
    ),
    ("methadone line done, mouth checks by the nurse, nothing to report", "routine", (HS,)),
]


ROUND_X_CONCEPTS = [
    # A man forced into a cell to pay a debt; a whole range refusing on its terms; screws taken
    # apart and swallowed; a jump threatened from a roof; an officer abbreviated.
    (
        "source: after count Doyle will make the new kid come into his cell to pay what he owes",
        "immediate",
        (SI, SUP),
    ),
    (
        "all of 3B sent back their trays, nobody locks up until the gym reopens",
        "immediate",
        (SI, SUP),
    ),
    (
        "he pulled two springs out of the mattress and swallowed them in front of me",
        "immediate",
        (HS, SUP),
    ),
    ("il est sur le toit du gymnase pis il menace de sauter", "immediate", (HS, SI, SUP)),
    ("he says Ofc Lyle is bringing him tobacco tonight at shift change", "immediate", (SI, SUP)),
    # Heard, not seen; taken from an old man by the young ones; an envelope slipped to a visitor.
    ("night patrol: humming over the yard at 0300, nothing seen", "priority", (SI,)),
    ("le vieux se fait prendre sa cantine par les jeunes de la rangée", "priority", (SI,)),
    (
        "he slipped a folded note into his visitor's purse at the end of the visit",
        "priority",
        (SI,),
    ),
    ("11e jour de grève de la faim, tombé dans la douche, répond à peine", "immediate", (HS, SUP)),
    # Not incidents: nobody hurt; drones he used to build; a choir's recruiting; the clippers'
    # blades; his own daughter's pictures; relapse talked about; a training; a drone tip checked.
    ("feu dans la poubelle éteint par l'agente, personne blessé", "immediate", (SI, SUP)),
    (
        "talked about the drones he used to build before, asked about the electronics course",
        "routine",
        (),
    ),
    ("Roy recrute des gars pour l'équipe de hockey cosom", "routine", ()),
    ("le barbier demande des lames neuves pour la tondeuse", "routine", ()),
    ("his mom brought pictures of his daughter's graduation, big smile", "routine", (CM,)),
    ("il parle de rechute avec maturité depuis le programme", "routine", (CM,)),
    ("hostage negotiation training in the gym, reduced movement all morning", "routine", ()),
    ("fouille de la cellule suite à l'info sur un drone: rien trouvé", "routine", (SI,)),
    ("says his hunger strike days are long over, eating well", "routine", ()),
]


ROUND_W_CONCEPTS = [
    # Threats in the present progressive, waiting at a door, "il va y goûter"; a pick hidden.
    ("at lunch I'm putting Doyle through the glass, he told me", "immediate", (SI, SUP)),
    (
        "told the teacher 'I'll be waiting for you by the back door after class'",
        "immediate",
        (SI, SUP),
    ),
    ("dis à Roy qu'il va y goûter samedi au gym", "immediate", (SI, SUP)),
    # A hand held on a hot plate; voices told as things heard; a week without coming out.
    ("he held his hand on the stove burner and said it felt good", "immediate", (HS, SUP)),
    ("y dit qu'y entend sa mère qui lui parle la nuit, y mange pu", "priority", (HS,)),
    ("he heard him talking low on a cellphone under his blanket", "priority", (SI,)),
    (
        "says he won't take the new pills the doctor gave him, they rewire his brain",
        "priority",
        (HS,),
    ),
    # Drugs packed and passed, a failed drop, a cigarette in a book, a visitor at the sally port.
    ("small paper folds passing between Roy and Tran under the bench again", "priority", (SI,)),
    ("he was portioning powder into tiny baggies on the desk", "priority", (SI,)),
    (
        "fishing line with a hook in the snow by the fence, probably a missed drop",
        "priority",
        (SI,),
    ),
    ("found a rolled cigarette and two matches inside his dictionary", "priority", (SI,)),
    ("a visitor tried to follow staff into the sally port without clearance", "priority", (SI,)),
    (
        "kept asking the escort which route we take and what time shift change is",
        "priority",
        (SI,),
    ),
    (
        "asked the facilitator if she's on Facebook, said her husband must be lucky",
        "priority",
        (SI,),
    ),
    # A find after "nothing found" in a later sentence that turns against it.
    (
        "searched on a tip about a phone, no phone found. But a SIM card was in his shoe",
        "priority",
        (SI,),
    ),
    # Not incidents: a deadlift murdered, a walking club, mower blades sharpened as asked, an
    # essay on a riot, a choir sang, a fence checked with no breaches, a neighbour's complaint.
    ("he said he'd murder his deadlift today and he did", "routine", ()),
    ("ran the walking club on the yard again, 12 guys", "routine", ()),
    ("il a affûté les lames des tondeuses comme l'instructeur lui avait demandé", "routine", ()),
    ("wrote an essay on a prison riot from the novel, teacher impressed", "routine", ()),
    ("messe du dimanche, 20 détenus présents, la chorale a chanté", "routine", ()),
    ("fence line checked every hour, no breaches, no drones", "routine", ()),
    (
        "parole office: the neighbour threatened to call the police over his music",
        "routine",
        (CM,),
    ),
]


ROUND_Z_CONCEPTS = [
    # The night he will not live through; a letter "au cas où" with weariness.
    (
        "il m'a dit qu'y passera pas la nuit, qu'il a toute prévu",
        "immediate",
        (HS, SUP),
    ),
    (
        "en cellule il a écrit une lettre à sa mère au cas où, dit que ça va être plus simple "
        "pour tout le monde",
        "immediate",
        (HS, SUP),
    ),
    # Not answering where he lies; his own confusion, not his mother's not knowing.
    (
        "0300: il répond pas, couché par terre, aucune réaction quand je l'appelle",
        "immediate",
        (HS, SUP),
    ),
    ("he didn't know where he was this morning, asked me twice what day it is", "priority", (HS,)),
    (
        "home visit: his mother doesn't know where he is and he isn't answering his phone",
        "priority",
        (CM, SUP),
    ),
    # Threats: a staff member followed home, "next time"; a person who won't reach the court.
    (
        "inmate Roy had his brother follow the nurse home, says next time he won't just watch",
        "immediate",
        (SI, SUP),
    ),
    ("told the group his ex won't make it to the courthouse on Monday", "immediate", (SI, SUP)),
    # An escort's door named to the outside; keys and the staff roster studied.
    (
        "on the phone: 'the 3rd, Civic hospital, back door by the parking, be there'",
        "immediate",
        (SI, SUP),
    ),
    ("il a demandé c'est laquelle la clé pour le gym", "priority", (SI,)),
    (
        "he was reading the shift schedule on the wall and asked who works nights",
        "priority",
        (SI,),
    ),
    # Talk of a strike to come; pills not his; fading bruises; AA never attended.
    (
        "ça jase de faire une grève des plateaux la semaine prochaine, pas de date",
        "priority",
        (SI,),
    ),
    ("strip search after court: 12 Tylenol 3 that aren't his in his jacket", "priority", (SI,)),
    ("a fading black eye, says he slipped, buying canteen for two guys", "priority", (SI,)),
    ("CCC: left for his AA meeting, the coordinator says he never showed", "priority", (CM, SUP)),
    # Not incidents: "KILL HIM!" at the ref on TV; a hunch checked; incompatibles checked; a
    # release as the plan has it.
    ("heard him yell 'KILL HIM!' at the ref while watching the hockey game", "routine", ()),
    (
        "thought I smelled brew on 2B. Checked the cells, no brew, rotten fruit in the bin",
        "routine",
        (SI,),
    ),
    ("checked against the incompatibles list on arrival, none on this unit", "routine", (SI,)),
]


ROUND_Y_CONCEPTS = [
    # A letter given to mail "after": daddy won't be there anymore.
    (
        "his cellie brought me a letter he was given to mail after: daddy won't be there anymore",
        "immediate",
        (HS, SUP),
    ),
    # Running for someone; a staff member's home asked about.
    (
        "CRC: new phone and cash, no job, residents say he's doing runs for a guy downtown",
        "priority",
        (CM, SI, SUP),
    ),
    ("asked CO Lee if she still lives out by the river in Orleans", "priority", (SI,)),
    # French slang used innocently: the gang laughing, "une bombe", diesel mechanics, a squabble
    # settled among themselves, tears at a visit's end, a past panic attack followed up.
    ("toute la gang riait aux cartes, rien à signaler", "routine", ()),
    ("son pouding, les gars disaient que c'était une bombe", "routine", ()),
    ("he says the new hobby kit is the bomb", "routine", ()),
    ("il lit des livres de mécanique diesel à la bibliothèque", "routine", ()),
    ("chicane sur les points au cribble, réglée entre eux en deux minutes", "routine", ()),
    ("sa fille a pleuré en partant à la fin de la visite", "routine", (CM,)),
    (
        "suite à sa crise de panique la semaine passée: dort mieux, prend ses meds",
        "routine",
        (HS,),
    ),
    # Skates sharpened, a tattoo gun found (contraband, not a weapon).
    ("the guys sharpened their skates in the equipment room", "routine", ()),
    ("fouille: trouvé un gun à tattoo fait avec un moteur de walkman", "priority", (SI,)),
    # Found by the review of these rounds' changes: none of these may come out routine.
    ("Une autre personne a été poignardée dans la cour.", "immediate", (SI, SUP)),
    ("He swung without warning at the officer.", "immediate", (SI, SUP)),
    (
        "PA announced 'This is a fire drill!' - smoke pouring out of cell 12, inmate unresponsive",
        "immediate",
        (HS, SI, SUP),
    ),
    ("CRC: curfew is 23:00, he came back at 2:15", "priority", (CM, SUP)),
    (
        "Tip about a shank, nothing found. But later at yard, another story. He had a shank in "
        "his sock.",
        "immediate",
        (SI, SUP),
    ),
    ("He swallowed 30 pills in front of me.", "immediate", (HS, SI, SUP)),
    ("il dit que personne le menace, il aime juste pas le bruit", "routine", ()),
]


ROUND_AA_CONCEPTS = [
    # Sheet strips knotted and hidden; an escape announced with its day and its car.
    (
        "torn bedsheet strips knotted together under his mattress since his denial",
        "immediate",
        (HS, SUP),
    ),
    (
        "détenu de l'unité minimum: sa mère dit qu'il va s'évader samedi pendant le film, un chum "
        "l'attend avec un char",
        "immediate",
        (SI, SUP),
    ),
    # A man short at the count found asleep; a squabble that calmed on its own, no blows.
    (
        "count 1630: one short on the min unit, found asleep in the laundry room, count ok",
        "routine",
        (),
    ),
    (
        "deux gars se chamaillent pour le ballon, ça se calme tout seul, pas de coups",
        "routine",
        (),
    ),
    # Within curfew is no curfew missed.
    (
        "police courtesy call: parolee stopped for a routine traffic check, within curfew",
        "routine",
        (CM,),
    ),
    # One man's calm refusal is no group refusal; a gift handed to staff is no belonging given
    # away; sparring with gloves is no fight; an injury iced is ordinary care.
    (
        "Cell 12 refused to go in at the 2100 count. By himself, quiet, went in when asked again",
        "routine",
        (),
    ),
    (
        "Range 2 won't lock up, a dozen guys yelling leave us alone, tables moved",
        "immediate",
        (SI, SUP),
    ),
    ("He handed the nurse a drawing he made and said keep it, it's for you", "priority", (SI,)),
    (
        "Gave his radio and his runners to his cellmate, said keep it, won't need them",
        "immediate",
        (HS, SUP),
    ),
    ("Two guys sparring in the gym with gloves on, supervised by the rec officer", "routine", ()),
    ("During wrestling class Roy choked Lee out for real after the bell", "immediate", (SI, SUP)),
    ("Rolled his wrist at basketball, ice pack applied at the unit, back to cell", "routine", ()),
]

ROUND_AB_CONCEPTS = [
    # A report retold and undone settles; a follow-up that turned worse does not.
    (
        "Earlier I reported Tran not breathing at the 0200 count. Correction: he was asleep with "
        "a pillow over his face, talking normally now, nurse not needed",
        "routine",
        (HS,),
    ),
    (
        "Update on the knife I called in at 1100: it was only a plastic spoon, nothing to it",
        "routine",
        (SI,),
    ),
    (
        "Earlier I reported a fight on 3 range. Update: it was worse, Roy got stabbed in the neck",
        "immediate",
        (SI, SUP),
    ),
    (
        "Suivi: la bataille que j'ai signalee ce matin c'etait pas fini, Roy s'est fait frapper "
        "a 1300",
        "immediate",
        (SI, SUP),
    ),
    # A check of suicidal ideation is a check; a doubt told softly is still a denial.
    ("SI check done on 4B, denies SI, eating well", "routine", (HS,)),
    ("Doesn't look like he wants to hurt himself, asked twice, said no", "routine", (HS,)),
    # Pressure to act is no shove; a Dodge Charger is no charge.
    ("Two guys keep pushing him to stash their phone in his cell", "priority", (SI,)),
    ("He left in a grey Charger with his brother after work", "routine", (CM,)),
    # Heavy bleeding after a fight is the fight's injury; after a fall, an emergency.
    ("Fight in the gym, Roy bleeding heavily from the head", "immediate", (SI, SUP)),
    (
        "Slipped in the shower and hit head on the tap, bleeding from the scalp",
        "immediate",
        (HS, SUP),
    ),
    # A source's plan with a target; the informer hunted; a threat not laughed off.
    ("Source says the target is Pelletier, Friday at the 1300 movement", "immediate", (SI, SUP)),
    ("Says when he gets out he'll track down the guy who snitched", "immediate", (CM, SI, SUP)),
    # Tools under control; a count before a blade found does not cover it.
    (
        "A box cutter on the hobby table, signed out at 1300 and counted back on the shadow board",
        "routine",
        (SI,),
    ),
    (
        "Tool count correct at 1400. At 1500 a sharpened blade was found in his cell",
        "immediate",
        (SI, SUP),
    ),
    # Not eating told by the trays; compliments on a staff member's looks; settling affairs.
    ("His trays come back untouched since Monday, sleeping all day", "priority", (HS,)),
    ("Il me fait des compliments sur mes cheveux a chaque ronde", "priority", (SI,)),
    (
        "Signed his Xbox over to his neighbour and said he's at peace with everything now",
        "immediate",
        (HS, SUP),
    ),
    # Staff held in a cell; a frightened voice is no diabetic sign.
    (
        "The nurse went into 12 with his insulin, door shut, he's standing with his back against "
        "the door and won't answer",
        "immediate",
        (SI, SUP),
    ),
    # Community: a missed appointment in French, a secret partner learned from the landlord, a
    # victim's door kicked in.
    ("Rendez-vous manque ce matin au bureau, pas de nouvelles", "priority", (CM, SUP)),
    (
        "Il a une nouvelle conjointe, il me l'a pas dit, je l'ai su par son employeur",
        "priority",
        (CM, SUP),
    ),
    (
        "Police called: the parolee kicked in the door of the victim's apartment last night",
        "immediate",
        (CM, SI, SUP),
    ),
    # Tears of joy; shouting at the game on TV; compliance with medication.
    ("Crying at the phones, happy tears, his son graduated", "routine", (CM,)),
    (
        "Heard screaming from 14, he was yelling at the TV, the Sens lost in overtime",
        "routine",
        (),
    ),
    ("Compliant with his meds at every pass this week", "routine", (HS,)),
]

ROUND_AC_CONCEPTS = [
    # A letter to mail "after" with belongings given away (and staff asked to mail it); a trip
    # he "won't be making".
    (
        "Gave his guitar to Roy and asked me to mail it after, a letter for his son",
        "immediate",
        (HS, SI, SUP),
    ),
    ("Told the escort he won't be making that trip, gave his watch away", "immediate", (HS, SUP)),
    # A beating promised for tonight; a dresser pushed against a residence door.
    ("Says he's gonna beat the crap out of Tom after lights out", "immediate", (SI, SUP)),
    (
        "He shoved his dresser against the door of his room and is screaming",
        "immediate",
        (SI, SUP),
    ),
    # A man's own radio missing from his property; the stuff under a sink; ink on a neck.
    ("Property complaint: his radio is missing since the transfer", "routine", ()),
    ("The stuff under his sink is laundry soap and two books", "routine", ()),
    ("Tattoos on his forearm and neck noted at admission, photos taken", "routine", ()),
    ("Il dit a son chum qu'y s'enerve pas, y va l'appeler demain", "routine", ()),
]


ROUND_AD_CONCEPTS = [
    # Self-injury told by the act on a wound or a limb: a forearm banged on a desk corner where
    # the stitches are, the inside of an arm cut, an object pushed into a wound, a wound reopened.
    (
        "Saw him banging his right forearm against the corner of the desk where the stitches are",
        "immediate",
        (HS, SUP),
    ),
    ("Dube cut the inside of his arm with a piece of razor casing", "immediate", (HS, SUP)),
    ("Jones cut his hand on the fence wire while working in the yard", "routine", ()),
    ("Caron etait en train de se rentrer une fourchette dans une plaie", "immediate", (HS, SUP)),
    ("Il a rouvert sa plaie au poignet avec ses ongles", "immediate", (HS, SUP)),
    # Veiled goodbyes: nobody will have to worry about him, a last "tell my son I love him",
    # pills kept for when he can't take it anymore, "demain chu pu là".
    (
        "His sister says he told her she won't have to worry about him much longer",
        "immediate",
        (CM, HS, SUP),
    ),
    (
        "Text from him at 2300: tell my daughter I love her. No answer since.",
        "immediate",
        (HS, SUP),
    ),
    ("Texto de M. Roy: dis a ma fille que je l'aime. Repond pu.", "immediate", (HS, SUP)),
    (
        "Fouille: 12 comprimes caches dans son oreiller, c'est pour quand j'en pourrai plus",
        "immediate",
        (HS, SUP),
    ),
    ("Il m'a dit: inquiete toi pas pour moi, demain chu pu la", "immediate", (HS, SUP)),
    # "Don't worry about me" reassures: it negates nothing that follows it.
    ("Il a dit 'inquiete toi pas pour moi demain chu pu la'", "immediate", (HS, SUP)),
    ("He said don't worry about me, I won't be around tomorrow", "immediate", (HS, SUP)),
    (
        "Landlady says strong smell of gas in the hall, he won't answer his door",
        "immediate",
        (HS, SUP),
    ),
    # A stroke told by its signs.
    (
        "He said his left arm felt heavy and his face is drooping on one side",
        "immediate",
        (HS, SUP),
    ),
    ("Il dit que son bras gauche est engourdi, sa bouche tombe d'un cote", "immediate", (HS, SUP)),
    # One man's hunger strike is a food refusal; a range's is a disturbance. Not a name: Monday.
    ("Kent on hunger strike since Monday, wants a transfer, calm", "priority", (HS,)),
    (
        "The whole range says they are on hunger strike until the yard reopens",
        "immediate",
        (HS, SI, SUP),
    ),
    # One dose found in the cheek is a dose refused; a dose swallowed when asked is no overdose.
    (
        "The nurse found the pill tucked in his cheek, he swallowed it when asked",
        "priority",
        (HS,),
    ),
    # Delusions told as he tells them add health services to what he did.
    ("He yelled that the officer is a demon who wants to steal his soul", "priority", (HS,)),
    ("Il crie que son voisin lit dans sa tete", "priority", (HS,)),
    ("Il dit qu'il recoit des messages par la radio", "priority", (HS,)),
    (
        "He headbutted officer Lemay, screaming that Lemay is a demon",
        "immediate",
        (HS, SI, SUP),
    ),
    # Mental-health care is health services' routine business.
    ("Pt Fraser had his depot injection this morning, no complaints", "routine", (HS,)),
    ("Since his olanzapine went up he sleeps most of the day", "routine", (HS,)),
    ("Il demande a voir le psychiatre pour son changement de medic", "routine", (HS,)),
    ("Patient on constant obs overnight, slept well, ate breakfast", "routine", (HS,)),
    ("RPN did the AIMS for his tardive symptoms, stable", "routine", (HS,)),
    ("Lithium batteries found in his cell during the search", "routine", (SI,)),
    # A chair thrown at a man named; not a message sent on Facebook.
    ("Pendant le groupe il a lance sa chaise sur le pt Morin", "immediate", (SI, SUP)),
    ("He threw his chair at Morin during group", "immediate", (SI, SUP)),
    # Taken from him, not his own taken; a canteen handed to one man week after week (taxed,
    # or his things given away: both readings are kept).
    ("Repas completes, tout le monde a pris son plateau", "routine", ()),
    ("Le 2-04 lui a pris son plateau au souper", "priority", (SI,)),
    ("Il a donne sa cantine au 2-03 deux semaines de suite", "priority", (HS, SI)),
    # Revenge in a euphemism; a visit's signs; a hand-off seen, whatever the frisk found.
    ("Says he'll find the man who took his kids and do what needs doing", "immediate", (SI, SUP)),
    (
        "During the visit she kept adjusting her bra, he kept glancing at the camera",
        "priority",
        (SI,),
    ),
    (
        "Saw Nguyen pass something small to Dupuis at the fence. Frisked both, nothing found.",
        "priority",
        (SI,),
    ),
]


ROUND_AE_CONCEPTS = [
    # A goodbye in a letter with no answer after it; goodbye said to his kids; a whole bunch of
    # an illicit drug taken.
    (
        "Lettre sur son bureau: tu me reverras pu, c'est mieux de meme. Il repond pas.",
        "immediate",
        (HS, SUP),
    ),
    (
        "He called slurring, says he took a whole bunch of fentanyl and wants to say goodbye to "
        "his kids",
        "immediate",
        (HS, SI, SUP),
    ),
    # A range flushing every toilet at once floods it; a toilet that overflows is plumbing.
    (
        "Rangee C: ca flush toutes les toilettes en meme temps, les cells debordent",
        "immediate",
        (SI, SUP),
    ),
    ("The toilet in 2-11 overflowed again, maintenance called", "routine", ()),
    # A hit on a man whose name is written in capitals; a tray swung into a face; gone with a bat
    # to settle a debt.
    ("Source says there's a hit on TREMBLAY at first movement tomorrow", "immediate", (SI, SUP)),
    (
        "Il a pogne sa tasse pis l'a swinge dans la face du gars de la buanderie",
        "immediate",
        (SI, SUP),
    ),
    (
        "Sa blonde dit qu'il est parti avec un bat de baseball pour regler ca avec le gars",
        "immediate",
        (CM, SI, SUP),
    ),
    # Chewing glass is self-harm; "won't spit it out" spits at no one.
    (
        "He is chewing pieces of the broken light bulb and won't spit it out",
        "immediate",
        (HS, SUP),
    ),
    # A door nailed shut on someone; demons in the walls.
    ("His mother is in the back room and he has the door nailed shut", "immediate", (SI, SUP)),
    ("He says the demons are in the vents again", "priority", (HS,)),
    # A risk asked about straight and answered no, in its own sentence.
    (
        "I asked him straight if he's thinking of hurting himself, he said no",
        "routine",
        (HS,),
    ),
    (
        "I asked him if he's thinking of hurting himself, he said no. Fresh cuts on his forearm.",
        "immediate",
        (HS, SUP),
    ),
    # Words that only sound alarming: an exam "murdered", a range "en feu à soir" after a game,
    # smoke from a pot on the burner, a seizure form, cheeking at the med line (a dose refused).
    ("He says he's going to murder his GED exam tomorrow", "routine", (CM,)),
    ("Le range est en feu a soir, les Canadiens ont gagne", "routine", ()),
    ("Smoke from a pot of rice on the burner set off the alarm", "routine", ()),
    ("Phone found in the vent, sent to the SIO with the seizure form", "priority", (SI,)),
    ("Nurse thinks he is cheeking his Lyrica at med line", "priority", (HS,)),
    ("He has been cheeking his meds for weeks", "immediate", (HS, SUP)),
    # A police service by its initials places the note in the community; a roofer on a roof.
    (
        "Appel du SPVG: le client a ete arrete pour voies de fait sur son coloc",
        "immediate",
        (CM, SI, SUP),
    ),
    ("His employer says he's a good worker on the roof, always on time", "routine", (CM,)),
    ("The client has been buying from a guy who deals at the job site", "priority", (SI,)),
]


ROUND_AF_CONCEPTS = [
    # A drone still in the air, told in the sentence after it; a baby shaken; a death planned by
    # a place (out onto thin ice); cheeking, then a store of tablets found.
    (
        "Saw a drone come over the tree line and drop a bag. It is still hovering over the fence.",
        "immediate",
        (SI, SUP),
    ),
    ("Mother-child house: she shook her baby hard, I took him from her", "immediate", (SI, SUP)),
    (
        "He says he'll walk out onto the river tonight where the ice is thin",
        "immediate",
        (HS, SUP),
    ),
    (
        "Seen cheeking her meds at the med line. Room check: 19 tablets in a sock.",
        "immediate",
        (HS, SUP),
    ),
    # A quarrel said not to be over; evenings at the bar; meds not picked up; a gift "for your
    # daughter"; out past midnight against a curfew told after it.
    ("Les gars disent que ca va pas finir de meme apres la game", "priority", (SI,)),
    ("Il passe ses soirees au bar depuis deux semaines", "priority", (SI,)),
    ("She has not picked up her meds since Monday", "priority", (HS,)),
    ("He offered me a beaded keychain for your daughter, I declined", "priority", (SI,)),
    ("Client was out past midnight at a party Saturday, curfew 2300", "priority", (CM, SUP)),
    # Grief that stops sleep is a marked change; tears alone at a death are grief.
    ("Pleure tout le temps, dort pu depuis le deces de sa mere", "priority", (HS,)),
    ("Crying on the phone with his mom, his grandma passed away last night", "routine", (CM, HS)),
    # Words that only sound alarming: a thread strangled, killing for a coffee.
    (
        "Beading, laughing, said she's gonna strangle it, the thread keeps knotting",
        "routine",
        (CM,),
    ),
    ("She said she'd kill for a Tim's after the ceremony", "routine", (CM,)),
    # Healing-lodge programs and family are case management's.
    ("Nellie sat out the sweat, joined the teaching lodge instead", "routine", (CM,)),
    ("Visit with her kokum and her two boys, happy", "routine", (CM,)),
    # Health checks: vitals taken, meds picked up as prescribed.
    ("Felt lightheaded after the sweat, nurse checked, vitals normal", "routine", (CM, HS)),
]


ROUND_AG_CONCEPTS = [
    # A goodbye texted from behind a locked door with his pills; "tonight's the night" from a
    # man with attempts on file; a fight's marks against his story.
    (
        "Sa soeur appelle: y'est enferme dans la salle de bain, y'a texte 'pardonnez-moi', ses "
        "pilules avec lui",
        "immediate",
        (CM, HS, SUP),  # a sister's call is the community's
    ),
    (
        "Said 'maybe tonight's the night' and laughed; two prior attempts on file",
        "immediate",
        (HS, SUP),
    ),
    ("Il dit qu'y est tombe, mais son codetenu a les jointures ouvertes", "immediate", (SI, SUP)),
    ("His cellmate's eye is swollen shut and there's blood on the sheet", "immediate", (SI, SUP)),
    # A curfew missed, told before the word or without it; a curfew kept by all.
    ("CCC: resident not back for 2300 curfew, phone off", "priority", (CM, SUP)),
    ("CRC: resident signed in 40 min late, says the bus was late", "priority", (CM, SUP)),
    (
        "CCC called: last resident signed in at 2155 for the 2200 curfew, all accounted for",
        "routine",
        (CM,),
    ),
    # The parole officer's night line places the note in the community.
    (
        "After-hours line 2300: his girlfriend says he's back with his old crew",
        "priority",
        (CM, SI, SUP),
    ),
    # Words that only sound alarming: a scolding feared, a test "killed", an intercom hit, a
    # metal detector's hit, a gate opened for the milk truck.
    (
        "Client said 'my PO is gonna kill me if I'm late', asked when the office opens",
        "routine",
        (CM,),
    ),
    ("Il dit qu'il va tuer cet examen-la demain", "routine", ()),
    ("He hit the intercom at 0300 to ask for toilet paper", "routine", ()),
    ("Metal detector hit on an inmate back from the shop, it was his belt", "routine", (SI,)),
    ("Control post: gate 2 opened for the milk truck at 0515", "routine", ()),
]


ROUND_AH_CONCEPTS = [
    # Immediate told calmly: a blade carried on the body, "a piece" in a mattress to be used on
    # a man tonight, a relative to be "dealt with" tonight, "you're done at rec tonight", a last
    # letter, everything "réglé" with a new rope, signs of an overdose after a visit.
    (
        "Saw scissors tucked down his waistband, the shop's pair is still on its board",
        "immediate",
        (SI, SUP),
    ),
    (
        "Source says Roy has a piece under his mattress and will use it on Tran tonight",
        "immediate",
        (SI, SUP),
    ),
    (
        "Resident says he's going to deal with his cousin tonight, left the house",
        "immediate",
        (CM, SI, SUP),
    ),
    ("He told Lee at canteen: you're done at yard tomorrow", "immediate", (SI, SUP)),
    (
        "His note to his daughter says this is the last letter he will write",
        "immediate",
        (HS, SUP),
    ),
    (
        "Il a tout regle, m'a dit l'agente; une corde neuve dans le garde-robe",
        "immediate",
        (HS, SUP),
    ),
    ("Back from the visit he was sweating and couldn't stand straight", "immediate", (HS, SUP)),
    # Priority told calmly: when she's off and where she parks, colours worn, a box made for the
    # instructor, neighbours following him, machines listening, meds not taken.
    ("Asked the nurse what time she's off and where she parks", "priority", (SI,)),
    ("New guy wearing their colours in the yard every day", "priority", (SI,)),
    ("Il a sculpte une boite pour l'instructeur, veut lui donner vendredi", "priority", (SI,)),
    ("He says the washers are listening to him", "priority", (HS,)),
    (
        "His wife says the neighbours are following him and he hasn't taken his pills",
        "priority",
        (CM, HS, SUP),
    ),
    # Alarming words in routine notes: a nail gun signed back in, a knife station, arm wrestling.
    ("Nail gun signed back in at 1530, count correct", "routine", ()),
    ("Worked the knife station all morning, pleasant", "routine", ()),
    ("Deux gars au tir au poignet pour des biscuits, tout le monde riait", "routine", ()),
    ("Arm wrestling at lunch. After, Roy punched Tran in the shower.", "immediate", (SI, SUP)),
]


ROUND_AI_CONCEPTS = [
    # A source's plan in slang with its when and where, a man to be put in the hospital, a way
    # out with its time, a throw-over with its throwers still there, a chair thrown at the
    # counter where staff sit.
    (
        "Source says the two new guys are going to do Lavoie at yard tomorrow, one has a blade",
        "immediate",
        (SI, SUP),
    ),
    ("Heard him tell Tran he's putting him in the hospital after count", "immediate", (SI, SUP)),
    (
        "Overheard Morin telling his cellie they'll slip out through the cornfield after the "
        "2300 count",
        "immediate",
        (SI, SUP),
    ),
    (
        "Y vont partir par le bois en arrière de la ferme samedi après le décompte",
        "immediate",
        (SI, SUP),
    ),
    (
        "Trois gars garrochent des paquets par dessus, une auto arrêtée sur la route",
        "immediate",
        (SI, SUP),
    ),
    (
        "At the parole office he threw a chair at the front counter and the clerk ducked",
        "immediate",
        (CM, SI, SUP),
    ),
    (
        "Il a pogné la chaise pis l'a garrochée vers le guichet de la réception",
        "immediate",
        (SI, SUP),
    ),
    # Priority: walking off "nobody would notice until count" (escape talk, not a farewell),
    # cheeking at a med line told by its clock time (a dose refused, not a count of pills), a
    # drone found on the ground with its load (a find, not a drop under way).
    (
        "Said how easy it'd be to take off from the work crew, nobody would notice until count",
        "priority",
        (SI,),
    ),
    ("Y disait que ce serait facile de sacrer le camp du chantier", "priority", (SI,)),
    ("Nurse thinks he's cheeking his meds at the 0830 med line", "priority", (HS, SI)),
    (
        "Found a broken drone by the garden fence this morning with a bag of tobacco still "
        "attached",
        "priority",
        (SI,),
    ),
    # Routine: a crew's harvest brought in, a town with a weapon in its name, slang verbs with
    # a name and a time that are errands, a ball over a net.
    ("Work crew brought in the rest of the hay before the rain", "routine", ()),
    ("Il a de la famille à Trois-Pistoles, il en parle souvent", "routine", ()),
    ("Going to do Roy's haircut tomorrow at the barber shop", "routine", ()),
    ("On a lancé le ballon par-dessus le filet toute l'après-midi", "routine", ()),
]


ROUND_AJ_CONCEPTS = [
    # Immediate: "sauter" a man at a movement, men making for a drone's drop, fire told by what
    # burns, a forehead slammed on a door, a blow swung at a supervisor, waiting by the parole
    # officer's car.
    (
        "Source fiable: les gars du 3e vont sauter Tremblay au mouvement de 15 h",
        "immediate",
        (SI, SUP),
    ),
    (
        "A drone went over the south wall and three guys are running toward it",
        "immediate",
        (SI, SUP),
    ),
    (
        "Guy on 2 tier setting his blanket alight and tossing it over the rail",
        "immediate",
        (SI, SUP),
    ),
    (
        "Y allume des rouleaux de papier pis les garroche en bas de la coursive",
        "immediate",
        (SI, SUP),
    ),
    ("Inmate kept slamming his forehead on the cell door, bleeding", "immediate", (HS, SUP)),
    ("Kitchen: he swung a rolling pin at the supervisor's face", "immediate", (SI, SUP)),
    (
        "During the home visit he said he'd be waiting by my car after work",
        "immediate",
        (CM, SI, SUP),
    ),
    # Priority: "parle de sauver" (of running), a man who isn't there, a package on a roof (a
    # find, not a man up there).
    ("Il parle de sauver depuis une semaine, rien de précis", "priority", (SI,)),
    ("Says he talks with a man who isn't there at night", "priority", (HS,)),
    (
        "Found a bag of tobacco on the roof of the chapel during the perimeter check",
        "priority",
        (SI,),
    ),
    # Routine: tears sentences after a death told first, saving money, a halfway house by its
    # name, a supervisor's praise.
    (
        "His mother died in May. Today he cried a little when we talked about her, says he "
        "sleeps fine",
        "routine",
        (CM,),
    ),
    ("Parle de sauver de l'argent pour son appart", "routine", ()),
    ("Residents at Maple House watched the game, quiet night", "routine", (CM,)),
    ("Cook supervisor says Gagnon did great on the pot station today", "routine", (CM,)),
]


ROUND_AK_CONCEPTS = [
    # Immediate, as staff other than range officers tell it: a hot drink thrown in a man's face,
    # men who "se sont empoignés", "you're getting cut", an edge put on plexiglass, shavings by a
    # bunk, welds cut and filled, screws replaced with soap, a run from an escort, a victim's
    # door knocked on, "it will all be over soon" with pills saved, scissors held to a throat.
    ("Au souper, Leduc a lancé son café chaud au visage de Poulin", "immediate", (SI, SUP)),
    ("Les deux gars se sont empoignés près des laveuses", "immediate", (SI, SUP)),
    ("Heard him tell his cellie you're getting cut at breakfast", "immediate", (SI, SUP)),
    ("Saw him putting an edge on a piece of plexiglass at his desk", "immediate", (SI, SUP)),
    (
        "Flashlight check: he's sitting by the bunk, steel shavings on the floor",
        "immediate",
        (SI, SUP),
    ),
    (
        "The welds on the window of 117 have been cut and filled with toothpaste",
        "immediate",
        (SI, SUP),
    ),
    ("Les vis du grillage ont été remplacées par du savon peint", "immediate", (SI, SUP)),
    (
        "En sortant de l'hôpital, il a poussé l'agent et est parti en courant vers le "
        "stationnement",
        "immediate",
        (SI, SUP),
    ),
    (
        "La victime dit qu'il est venu cogner chez elle malgré la condition de ne pas la "
        "contacter",
        "immediate",
        (CM, SUP),
    ),
    (
        "He gave me his cat's papers, said it will all be over soon, and he has pills saved at "
        "home",
        "immediate",
        (HS, SUP),
    ),
    ("Il a pris des ciseaux et les tient sur la gorge de l'infirmière", "immediate", (SI, SUP)),
    # Priority: a letter the chaplain is asked to carry.
    ("Asked the chaplain to carry a letter to a guy on another unit", "priority", (SI,)),
    # Routine: his record in a program, scrap wood.
    ("In group he linked his high-risk situations to his last two arrests", "routine", (CM,)),
    ("Built a shelf out of scrap pine in hobby craft", "routine", ()),
]


ROUND_AL_CONCEPTS = [
    # Immediate: a killing planned with its place ("aller chez son ex ... pis le piquer"), a
    # teacher kept from the door, "je vais t'attendre dans le stationnement" with the car known,
    # a point rubbed down, stitches picked open, "getting stuck" said of a man.
    (
        "Elle sort vendredi, elle dit qu'elle va aller chez son ex à Joliette pis le piquer",
        "immediate",
        (CM, SI, SUP),
    ),
    (
        "Blocking the doorway between the teacher and the exit, saying she's not leaving until "
        "he gets his marks changed",
        "immediate",
        (SI, SUP),
    ),
    (
        "Au bureau il m'a dit je vais t'attendre dans le stationnement, il sait c'est quoi mon "
        "char",
        "immediate",
        (CM, SI, SUP),
    ),
    ("Found a toothbrush rubbed down to a point under the mattress", "immediate", (SI, SUP)),
    (
        "Picking at the stitches on his arm until they opened, bleeding on the sheet",
        "immediate",
        (HS, SUP),
    ),
    ("Rumour that Diaz is getting stuck at the gym tomorrow", "immediate", (SI, SUP)),
    # Priority: a ride stuck in traffic is no stabbing.
    (
        "Her ride got stuck in traffic, she signed in at 2315 for an 2300 curfew",
        "priority",
        (CM, SUP),
    ),
    # Routine: parcels through the x-ray, nothing suspicious (the route stays); a generator
    # that kicked in.
    ("Trois colis passés aux rayons X ce matin, rien de suspect", "routine", (SI,)),
    ("Power out ten minutes, the generator kicked in, guys calm", "routine", ()),
    # A release told by its distance in days ("DLO dans 9 jours") keeps case management.
    (
        "DLO dans 9 jours, il a dit qu'il va aller chez Morin à Sorel pis le planter",
        "immediate",
        (CM, SI, SUP),
    ),
]


ROUND_AM_CONCEPTS = [
    # Immediate: a killing promised "this time" before release, a nurse hiding what a man gave
    # her, a victim asked on the phone to withdraw her complaint, voices that order a killing,
    # running off tonight after count, a debt and the night he'll be got.
    (
        "His release is Friday; told his cellie he's going to his ex's place and he'll finish it "
        "this time",
        "immediate",
        (CM, SI, SUP),
    ),
    (
        "Saw the night nurse take an envelope from Roy and slide it into her pocket",
        "immediate",
        (SI, SUP),
    ),
    (
        "Au CRC il était au téléphone avec son ex malgré la condition de non-contact, lui "
        "demandait de retirer sa plainte",
        "immediate",
        (CM, SUP),
    ),
    (
        "He keeps saying the voices tell him to kill the guy in the next bed",
        "immediate",
        (HS, SI, SUP),
    ),
    ("Ils parlent de sacrer leur camp ce soir après le décompte", "immediate", (SI, SUP)),
    (
        "He owes and has to pay by Friday, they'll get him tonight in the showers",
        "immediate",
        (SI, SUP),
    ),
    # Priority: a staff member's cell number asked for.
    ("Il a demandé à l'agente son numéro de cell pour lui écrire", "priority", (SI,)),
    # Routine: a puzzle finished this time.
    ("He said he'll finish the puzzle this time", "routine", ()),
]


ROUND_AN_CONCEPTS = [
    # Immediate: a plan told in the present with its name and place; an end promised at a named
    # hour; a hidden find is no missing tool found.
    ("Source says they do Leclerc in the laundry after supper on Friday", "immediate", (SI, SUP)),
    ('Heard Dubé tell Ouellet "t\'es fini après le décompte"', "immediate", (SI, SUP)),
    ("He told the new guy you're finished at the 1600 movement", "immediate", (SI, SUP)),
    (
        "The victim saw him at the mall, he didn't approach her but he texted her twice after",
        "immediate",
        (SI, SUP),
    ),
    (
        "Paring knife short at the 1400 tool check. Found it in his cell under the mattress.",
        "immediate",
        (SI, SUP),
    ),
    # Priority: an ultimatum with its day; a biker club's patch; a man from a riot known by its
    # season; a spot check that finds him gone; the release plan's address given up.
    ("Overheard: you pay me by Friday or you're going to PC", "priority", (SI,)),
    ("A visitor in the lot had an outlaw motorcycle club patch on his jacket", "priority", (SI,)),
    (
        "Two men from the crew involved in the winter riot were talking about Tuesday night and "
        "went quiet when I walked in",
        "priority",
        (SI,),
    ),
    (
        "Le soir du laissez-passer j'ai appelé chez sa mère pour une vérification, elle dit "
        "qu'il était parti vers 16h voir des amis",
        "priority",
        (CM, SUP),
    ),
    (
        "Before his release he said he's not moving to his aunt's in Laval like the plan says, "
        "he found a room with a guy from inside",
        "priority",
        (CM,),
    ),
    # Routine: what sounds alarming and is not.
    (
        "Paring knife short at the 1400 tool check. Located it in the sink with the pots, shadow "
        "board complete.",
        "routine",
        (SI,),
    ),
    (
        "Found Ross face down on his bunk at 0200 and not moving, he rolled over and waved at "
        "me, says he can't sleep on his back",
        "routine",
        (),
    ),
    (
        "The ambulance at the sally port is the booked escort for Nolan's dental surgery",
        "routine",
        (),
    ),
    (
        "Smoke in the yard this morning was the sacred fire for the sweat, the Elder kept it",
        "routine",
        (CM,),
    ),
    (
        "He's the best man, he told his brother \"I'm going to shoot you both at the reception\" "
        "and showed me his new camera",
        "routine",
        (CM,),
    ),
    (
        "On a trouvé une corde dans le gym, c'est celle du tir au câble de la fête, remise aux "
        "loisirs",
        "routine",
        (),
    ),
    (
        'Heard "I\'ll kill you" from the day room, two guys playing euchre. Both laughing.',
        "routine",
        (),
    ),
    (
        "La porte de l'armoire est tombée de ses pentures pendant la nuit, personne blessé",
        "routine",
        (),
    ),
    (
        "One of the guys was taping his wrists and working the punching bag for an hour, says it "
        "clears his head",
        "routine",
        (),
    ),
]


ROUND_AO_CONCEPTS = [
    # Immediate: a man shoved down the stairs; a ligature and the hour he will use it; the when
    # and the where told before "gets it"; gone on foot into the woods.
    (
        "His sister called, he shoved his roommate down the stairs at the apartment an hour ago, "
        "the roommate went to emerg",
        "immediate",
        (CM, SI, SUP),
    ),
    (
        "Au chantier il a poussé un autre travailleur en bas des marches ce matin",
        "immediate",
        (SI, SUP),
    ),
    (
        "He told the nurse he has a belt hidden in his locker and plans to use it after lockup",
        "immediate",
        (HS, SUP),
    ),
    (
        "Source says Friday at the laundry, Tremblay gets it for talking to the IPSO",
        "immediate",
        (SI, SUP),
    ),
    (
        "La résidente est partie à pied vers le bois derrière la maison après le souper, ses "
        "affaires sont plus là",
        "immediate",
        (SI, SUP),
    ),
    # Priority: a gang by its name or its patches; a residence not approved.
    (
        "Stopped by police with three known Red Alert members in a Civic at 0300, released",
        "priority",
        (CM, SI, SUP),
    ),
    (
        "Sa blonde dit qu'il se tient avec des gars en vestes avec des patchs de motards depuis "
        "un mois",
        "priority",
        (CM, SI, SUP),
    ),
    (
        "Phone check: the woman who answered said he moved in with her last week, residence not "
        "approved",
        "priority",
        (CM, SUP),
    ),
    # Routine: a home lost to a fire is no shove; a parcel checked clean; tobacco offered.
    ("The spring flood pushed him out of his basement suite last month", "routine", ()),
    (
        "Parcel from the hobby shop checked for Martin: leather and beads, nothing found",
        "routine",
        (),
    ),
    (
        "We took four men to the lake to offer tobacco at sunrise, all back for count",
        "routine",
        (),
    ),
]


ROUND_AP_CONCEPTS = [
    # Immediate: a man held by the throat or in a headlock, told by the act; a revenge promised
    # still reads as one; a tool flagged and found hidden.
    ("Gym: Roy has Tanguay pinned to the wall by the throat right now", "immediate", (SI, SUP)),
    ("Dans la buanderie Côté tient Morin par la gorge contre la sécheuse", "immediate", (SI, SUP)),
    (
        "Dorm 3: Price had Hill in a headlock on the floor, staff responding",
        "immediate",
        (SI, SUP),
    ),
    ("Told the new guy he'll pay him back for what he did, after lockup", "immediate", (SI, SUP)),
    (
        "Butcher knife flagged at the 1300 check turned up taped under his bunk",
        "immediate",
        (SI, SUP),
    ),
    # Priority: pills kept to trade; staff shifts probed from outside.
    (
        "Room search: 3 pills in a sock, he says he was saving them to trade for coffee",
        "priority",
        (SI,),
    ),
    (
        "Sa soeur a appelé deux fois pour savoir quels agents sont de nuit cette semaine",
        "priority",
        (SI,),
    ),
    # Routine: a debt of stamps repaid; stuck on a worksheet; burnt popcorn; a flagged tool that
    # turned up where work put it; shop work counted back in; somebody else's drone.
    ("He says he'll pay her back for the stamps on canteen day", "routine", ()),
    ("In group Lee got stuck on the second worksheet and Roy helped him", "routine", (CM,)),
    (
        "Smoke on the range at supper, it was burnt popcorn in the microwave, alarm reset",
        "routine",
        (),
    ),
    (
        "Butcher knife flagged at the 1300 check turned up under a cutting board in the prep "
        "sink, board complete",
        "routine",
        (SI,),
    ),
    (
        "Welding shop: Hart spent the afternoon grinding brackets at the bench, every piece "
        "counted back in at 1530",
        "routine",
        (CM,),
    ),
    (
        "Drone reported over the east field at 1000, it was the hydro company's inspection "
        "drone, confirmed with them",
        "routine",
        (SI,),
    ),
]

ROUND_AQ_CONCEPTS = [
    # Immediate: a way out told in the present after its time; a plan and belongings given away;
    # a hand worked out of the cuffs; boots to the head of a man down.
    (
        "Overheard in the barn: tonight after the 2200 count we slip out thru the back pasture, a "
        "car on the sideroad",
        "immediate",
        (SI, SUP),
    ),
    (
        "Sa fille m'a dit qu'il a tout planifié pour vendredi pis qu'il a donné ses affaires aux "
        "gars de la rangée",
        "immediate",
        (HS, SUP),
    ),
    (
        "In the van he got one hand out of the cuffs and kept looking at the doors",
        "immediate",
        (SI, SUP),
    ),
    ("Dans le fourgon il a réussi à sortir sa main de la menotte", "immediate", (SI, SUP)),
    (
        "Two guys have Poirier down by the phones, kicking his head, he's barely moving",
        "immediate",
        (SI, SUP),  # an assault's injuries do not add health services (triage-policy)
    ),
    # Priority: fruit fermenting; a dose spat out to sell.
    (
        "La détenue cache du pain pis des oranges dans son casier, ça commence à sentir la "
        "fermentation",
        "priority",
        (SI,),
    ),
    (
        "Nurse says Lavoie spits his methadone into his hand every morning, probably to sell it",
        "priority",
        (HS, SI),
    ),
    # Routine: visitors scanned clean; the point of one program.
    (
        "All visitors went through the ion scan, negative for everyone, no incidents",
        "routine",
        (SI,),
    ),
    (
        "He says he doesn't see the point of the anger program anymore, wants to switch to the "
        "employment one",
        "routine",
        (CM,),
    ),
]

ROUND_AR_CONCEPTS = [
    # Immediate: a negation does not reach into a new clause told without a comma; dragged by
    # the hair; chased with a tool swung; gone after the count with a car waiting; short at the
    # count; something swallowed and he goes down; a staff member handing a phone; joining the
    # dead soon.
    ("il va pas bien il veut se tuer", "immediate", (HS, SUP)),
    ("he's not eating he says he wants to die tonight", "immediate", (HS, SUP)),
    (
        "Son ex a appelé: hier soir il l'a traînée par les cheveux jusque dans la cuisine",
        "immediate",
        (SI, SUP),
    ),
    (
        "The foreman says he chased a co-worker across the yard swinging a shovel",
        "immediate",
        (CM, SI, SUP),
    ),
    (
        "Il a dit à son voisin qu'il part dimanche après le compte de 22h, son frère va "
        "l'attendre avec le char au bout du rang",
        "immediate",
        (SI, SUP),
    ),
    (
        "Lakeside, 0100 count: Morin is not in his bunk, not in the washroom, the boat is gone "
        "from the dock",
        "immediate",
        (SI, SUP),
    ),
    (
        "Her visitor passed her something in a kiss, she swallowed it, now she is nodding off "
        "and falling over in her chair",
        "immediate",
        (HS, SI, SUP),
    ),
    (
        "I saw the night officer hand a cellphone to Brisson behind the laundry",
        "immediate",
        (SI, SUP),
    ),
    (
        "She told the Elder to tell her mother she is going to join her soon, her mother passed "
        "last year",
        "immediate",
        (HS, SUP),
    ),
    # Priority: a fight known by its month; a collateral's worry about children.
    ("Moved after the fight with Roy in March; both on one crew now", "priority", (SI,)),
    (
        "His landlord says he hangs around the school yard after classes and asks the kids "
        "their names",
        "priority",
        (CM, SUP),
    ),
    (
        "The visitor kept running her hand under the table edge by the vending machine",
        "priority",
        (SI,),
    ),
    # Routine: no longer thinking of it; the fire crew's course and drill; a reading club; a
    # watch ended; a name told is no gift.
    ("Elle va mieux, elle pense pu à se faire du mal", "routine", (HS,)),
    ("The fire crew passed their first aid course, Dubé got 90%", "routine", (CM,)),
    ("Exercice des pompiers ce matin, déploiement des boyaux en 6 minutes", "routine", ()),
    ("Le club de lecture a parlé de Gabrielle Roy, Tremblay a lu un passage", "routine", ()),
    (
        "She was on suicide watch in February and taken off it in March, she's doing well",
        "routine",
        (CM, HS),
    ),
    ("He gave me her first name and the address of the shelter", "routine", ()),
]

ROUND_AS_CONCEPTS = [
    # Immediate: cold to the bone; drool from the mouth; a jump planned, in French; a sharp
    # piece in hand and "better if I just go"; a man at his restraints.
    (
        "Yard at -35: Roy found by the fence with no gloves, slurring, fingers white and waxy, "
        "stopped shivering",
        "immediate",
        (HS, SI, SUP),  # slurring: alcohol is security intelligence's
    ),
    ("Le gars de la 12 râle par terre, la bave y sort de la bouche", "immediate", (HS, SUP)),
    (
        "Il a dit au psy qu'il va se jeter en bas du pont demain après la cour",
        "immediate",
        (HS, SUP),
    ),
    (
        "She is in her cell holding a piece of glass and says it's better if I just go",
        "immediate",
        (HS, SI, SUP),
    ),
    (
        "On the escort he kept working at his belly chain with a bent paperclip",
        "immediate",
        (SI, SUP),
    ),
    ("He slipped his right wrist out of the cuff at the hospital door", "immediate", (SI, SUP)),
    # Routine: Québec's CPR is the regional psychiatric centre; a meal that was "une bombe";
    # choked on words; a tool list accounted for; an overdose and a riot told as history.
    ("She says it's better if I just go back to my cell now", "routine", ()),
    ("Soirée au CPR, les patients ont regardé un film", "routine", ()),
    ("Note infirmière CPR: Lavoie dort bien, mange bien", "routine", ()),
    ("Le pâté chinois du souper était une bombe, tout le monde en a repris", "routine", ()),
    ("He choked on the words when he read his letter to the group", "routine", ()),
    (
        "Tool check: all knives, peelers, the mandoline and the slicer blade accounted for",
        "routine",
        (SI,),
    ),
    (
        "In group he talked about the OD that nearly killed him in 2018, clean four years now",
        "routine",
        (CM, HS, SI),
    ),
    ("Older guy told me in the yard about the riot at Archambault back in '82", "routine", ()),
]

ROUND_AT_CONCEPTS = [
    # Immediate: a blade drawn across her own arm; a ligature tied up.
    (
        "Ran a piece of glass across his forearm in the shower, several cuts, bleeding",
        "immediate",
        (HS, SUP),
    ),
    (
        "Dans sa cellule elle a passé la lame du taille-crayon sur son avant-bras, ça saigne",
        "immediate",
        (HS, SUP),
    ),
    (
        "Strips of her towel tied to the light fixture, she was standing on the chair",
        "immediate",
        (HS, SUP),
    ),
    # Priority: one dose palmed is diversion, not a store; tobacco pouches hidden in the yard.
    (
        "Med line: Roy palmed his Suboxone strip and tucked it in his shoe, handed it over when "
        "asked",
        "priority",
        (HS, SI),
    ),
    ("Yard sweep: two tobacco pouches wrapped in tape under the bleachers", "priority", (SI,)),
    # Routine: a craft's needle; the ceremony's pouch; dark thoughts gone; relapse prevention.
    (
        "The knitting circle went well, Paré helped the new women with the needle work",
        "routine",
        (CM,),
    ),
    ("The Elder gave each man a prayer pouch after the sweat", "routine", (CM,)),
    (
        "Suivi en santé mentale: il dort mieux, dit que les idées noires sont parties",
        "routine",
        (HS,),
    ),
    ("In group he gave a relapse-prevention example from his own life", "routine", (CM,)),
]

ROUND_AU_CONCEPTS = [
    # Immediate: a man hanged, told in a hurry; a beating promised in joual; pills taken at once.
    ("Gars pendu dans la douche de la 3!! on l'a descendu", "immediate", (HS, SUP)),
    ("Aux visites le chum a dit: demain au gym Tremblay mange sa volée", "immediate", (SI, SUP)),
    ("She took all her pills at once and is getting sleepy", "immediate", (HS, SUP)),
    ("He went pale and sweaty and sat down holding his chest", "immediate", (HS, SUP)),
    # Priority: a man who went pale at the sight of his co-accused; withdrawal with stable
    # vitals; a first name and a look; appointments missed.
    ("Recognized his co-accused at intake and went pale, asked to be moved", "priority", (SI,)),
    (
        "Shaky and sweating, asking for Tylenol, looks like withdrawal. Vitals stable, doctor "
        "tomorrow",
        "priority",
        (HS,),
    ),
    (
        "He keeps calling me Jenny and said I look killer in the new jacket",
        "priority",
        (SI,),
    ),
    ("Beaudry a manqué son AA pis son rdv avec son agente aujourd'hui", "priority", (CM, SUP)),
    # Routine: the whole dose at the med line; knives counted back; a hobby knife signed out and
    # in; noise that settled with the power back; Halloween's fake head; a pile of leaves; a
    # foreman who "will kill him".
    (
        "Med line 0900: Roy took all his meds and went back to his cell, mood good",
        "routine",
        (HS,),
    ),
    (
        "Pumpkin carving at the CCC: staff handed out 4 kitchen knives, all 4 counted back in at "
        "2000",
        "routine",
        (CM, SI),
    ),
    ("Leather shop: hobby knife signed out and back in at 1500 as usual", "routine", (SI,)),
    (
        "Power went out for two minutes, guys yelled and banged on the doors, settled once the "
        "lights came back",
        "routine",
        (),
    ),
    (
        "Rangée décorée pour l'Halloween: une fausse tête coupée pis du faux sang sur la porte",
        "routine",
        (),
    ),
    ("Une bombe de feuilles dans la cour, tout le monde a sauté dedans", "routine", ()),
    ("He says his foreman 'will kill him' if he's late again", "routine", ()),
]

ROUND_AV_CONCEPTS = [
    # Immediate: flames to the ceiling; "you better watch yourself" to the officer; hopeless talk
    # where he could jump; the means made ready.
    (
        "Cuisine: y a garroché de l'eau dans la friteuse exprès, flammes jusqu'au plafond",
        "immediate",
        (SI, SUP),
    ),
    ("You better watch yourself, he told the officer", "immediate", (SI, SUP)),
    ("Says he's parked on the bridge and doesn't see the point anymore", "immediate", (HS, SUP)),
    ("He says he's got a rope ready", "immediate", (HS, SUP)),
    # Priority: a third party who "better watch himself"; a dose kept in the cheek and spat
    # out; a drone seen once, nothing since; no point in getting up.
    ("He said the guard better watch himself after what happened", "priority", (SI,)),
    ("Il garde ses pilules dans sa joue pis les crache dans le lavabo", "priority", (HS, SI)),
    (
        "Le voisin a vu un drone au-dessus du champ mardi soir, rien vu depuis",
        "priority",
        (SI,),
    ),
    ("She told me she doesn't see the point of getting up", "priority", (HS,)),
    # Routine: self-harm told as history; a urine test sent to the lab; a big push for a lunch; a
    # watch lifted; a riot told over cards; a cheesecake that was « une bombe ».
    (
        "She talked about the time she cut herself at remand in 2019, no urges this week",
        "routine",
        (HS,),
    ),
    ("Le test d'urine est envoyé au labo, résultat dans 3 jours", "routine", (SI,)),
    ("Big push for the staff Christmas lunch, the crew did 200 pies", "routine", ()),
    (
        "The psychiatrist lifted suicide watch this morning after five stable days",
        "routine",
        (HS,),
    ),
    ("Stone told the young guys about the '71 riot over cards", "routine", ()),
    ("Cyr a lâché une bombe en cuisine: un gâteau au fromage pour la fête", "routine", ()),
]

ROUND_AW_CONCEPTS = [
    # Immediate: a man short at the count, "one short"; gone through an open window on escort;
    # a spork snapped to a point.
    (
        "Work crew at 1435: the porta-john is empty, door open. Count is one short",
        "immediate",
        (SI, SUP),
    ),
    (
        "Escorte à l'hôpital: il est allé aux toilettes, la fenêtre est ouverte pis il est pu là",
        "immediate",
        (SI, SUP),
    ),
    (
        "He snapped his spork to a point and keeps saying the nurse needs to be stopped",
        "immediate",
        (SI, SUP),
    ),
    # Routine: a count short, then corrected; a man the officer saw calm and talking (the
    # second opinion is not asked).
    ("The count was one short, then corrected on recount, all good", "routine", ()),
    (
        "482913K 4B range 5 min ago he sat calmly on his bunk afterwards and talked with me",
        "routine",
        (),
    ),
    # Round AW's other misses. Immediate: anything around her own neck, pulled tight (and "bra"
    # is no French « bras », an arm in a headlock).
    ("She has a shoelace around her neck and keeps pulling it tighter", "immediate", (HS, SUP)),
    ("Elle a sa bretelle de bra autour du cou, elle tire dessus", "immediate", (HS, SUP)),
    ("She asked canteen for a new bra and socks", "routine", ()),
    # Routine: praise in the words of a riot or a bomb; a threat to a dish; self-harm of his
    # youth; a relative lost to an overdose; "Paquet" the surname; a cook's skill with a knife.
    ("Talent show last night was a riot, the guys clapped for everyone", "routine", ()),
    ("There was a riot in the gym", "immediate", (SI, SUP)),
    ("Elle a fait une tarte 'bombe' pour le souper de Noël", "routine", ()),
    ("Gonna murder your lasagna when I get home, he told his wife on the phone", "routine", (CM,)),
    ("In group he said he used to burn himself as a kid, nothing for years", "routine", (CM, HS)),
    ("Il se coupait à l'adolescence, rien depuis dix ans, il va bien", "routine", (HS,)),
    ("He lost his best friend to an overdose last spring and wants to start NA", "routine", ()),
    ("Paquet asked about his school credits", "routine", (CM,)),
    ("Un paquet lancé par-dessus la clôture, ramassé par Roy", "immediate", (SI, SUP)),
    ("He's good with a knife, wants to train as a cook at the college", "routine", (CM,)),
    ("Source: Roy is quick with a blade and will stab Tremblay tonight", "immediate", (SI, SUP)),
]


ROUND_AX_CONCEPTS = [
    # Immediate: a hedged "may not be here tomorrow"; a man named as missing at the count, tracks
    # to the fence; a promise that someone never comes around again; held inside, told by what
    # was heard and seen.
    (
        "He told the nurse he may not be here tomorrow morning, nobody would care",
        "immediate",
        (HS, SUP),
    ),
    ("Gagnon manque au compte de 16h, son lit est vide", "immediate", (SI, SUP)),
    ("Boot prints in the snow leading to the back fence, count pending", "immediate", (SI, SUP)),
    (
        "Client says he'll make sure his sister's ex never shows up again at her place",
        "immediate",
        (CM, SI, SUP),
    ),
    (
        "Through the door he shouted that no one is getting in, his girlfriend is in there",
        "immediate",
        (SI, SUP),
    ),
    ("Elle a chuchoté 'aide' par la fenêtre de la roulotte", "immediate", (SI, SUP)),
    ("Nobody is coming in for the 1400 program, instructor sick", "routine", (CM,)),
    # Priority: a staff member's family or overtime asked about; incompatibles told by the rule;
    # talk that stops when staff come near; belongings given away with no reason.
    ("Keeps asking the officer whether she has a husband", "priority", (SI,)),
    ("Il veut savoir quelle agente fait du temps supp demain", "priority", (SI,)),
    ("Roy and Tran are not to be placed together, both ended up in the yard", "priority", (SI,)),
    (
        "Two guys stopped talking as soon as they saw me, one said something's happening Friday",
        "priority",
        (SI,),
    ),
    ("He stopped talking and eating since his mother died", "priority", (HS,)),
    ("He gave his radio away and won't say why", "priority", (HS,)),
    # Routine: the mail checked keeps its route; a game on the screen named in a later sentence;
    # things given away by a man leaving as planned.
    ("Parcels for the holidays, 30 checked in the mailroom, nothing found", "routine", (SI,)),
    (
        "Guys yelling 'kill him' on 3 range. Went to look: Stanley Cup final, all calm now",
        "routine",
        (),
    ),
    (
        "Gave his runners away to his cellie. He's released on the 14th to the halfway house",
        "routine",
        (CM,),
    ),
]


ROUND_AY_CONCEPTS = [
    # Immediate: a blanket or towel knotted to the bars and around the neck; a group that will
    # not lock up; a week of doses swallowed at once; a gift left for the victim, told first; a
    # French goodbye with belongings given away; a staff member led off by a group.
    (
        "At 0400 the towel was knotted to the window bars and around his neck, no response",
        "immediate",
        (HS, SUP),
    ),
    ("About 12 guys on C refusing to lock up, getting loud", "immediate", (SI, SUP)),
    (
        "Sa mère appelle: il a avalé toute sa dosette de la semaine pis y dort",
        "immediate",
        (CM, HS, SUP),
    ),
    ("She took her whole week's meds at once", "immediate", (HS, SUP)),
    ("He took his pill organizer to the nurse for refill", "routine", ()),
    (
        "He left flowers on her porch last night, she's the victim on his file",
        "immediate",
        (SI, SUP),
    ),
    ("A donné toutes ses affaires pis dit que ça sert pu à rien", "immediate", (HS, SUP)),
    (
        "The female instructor was led into the storage room by four inmates",
        "immediate",
        (SI, SUP),
    ),
    ("The nurse was escorted to the unit by two officers", "routine", ()),
    # Priority: pills palmed and sold (diversion, no store); pressure to hold for others; things
    # asked from a staff member's home; a note or package slipped by staff.
    ("Keeps palming his pills and sells them on the range", "priority", (HS,)),
    ("They keep asking him to hold packages for them", "priority", (SI,)),
    ("Il m'a demandé de lui apporter des livres de chez nous", "priority", (SI,)),
    ("I saw the teacher slip him a small package near the library", "priority", (SI,)),
    ("Officer Roy handed him a letter from his lawyer", "routine", ()),
    # Routine: weather on a roof, snow melted on a strip of lawn; a knife called in that was a
    # plastic one; a flood from the thaw; his own phone lost; a perimeter walk that found
    # nothing keeps its route; a temper over in two minutes.
    ("Heavy snow on the roof of the gym all week", "routine", ()),
    ("He's up on the roof of B unit, snow everywhere", "immediate", (SI, SUP)),
    ("The snow melted off the strip of lawn by the chapel", "routine", ()),
    (
        "The call said a knife in the gym; it turned out to be a plastic knife from lunch",
        "routine",
        (SI,),
    ),
    ("He had a plastic knife filed to a point in his sock", "immediate", (SI, SUP)),
    (
        "Basement flooded with the spring thaw, client bailing water, no other concerns",
        "routine",
        (),
    ),
    ("Lost his phone in the lake on Sunday, new number given", "routine", ()),
    ("Perimeter check at dawn, no holes, no tracks, all secure", "routine", (SI,)),
    ("Il s'est calmé en deux minutes pis il a ri", "routine", ()),
]


ROUND_AZ_CONCEPTS = [
    # Immediate: a goodbye letter at the end of an assignment; a threat to a staff member's
    # skull; a date he "won't be around for"; a staff member's child watched "as a favour";
    # « se faire piquer » with blood.
    (
        "Teacher here: his journal assignment ends with a goodbye letter to his mother",
        "immediate",
        (HS, SUP),
    ),
    ("He did his writing assignment on how to spell difficult words", "routine", ()),
    (
        "He swore he'd crack the shop instructor's skull if he gets written up again",
        "immediate",
        (SI, SUP),
    ),
    ("Gave away his drum and said he won't be around for the powwow", "immediate", (HS, SUP)),
    (
        "He knows my daughter goes to Lakeview school, has friends who could keep an eye on her",
        "immediate",
        (SI, SUP),
    ),
    ("Un gars vient de se faire piquer dans la cour, y saigne", "immediate", (SI, SUP)),
    # Priority: the boys from his set at the gate.
    ("The boys from his set will be waiting at the gate on release day", "priority", (SI,)),
    # Routine: smoke from forest fires; no point of programs (no risk told); a heard-of
    # self-harm denied; a count of things short; an absence excused.
    ("Smoke from the forest fires, yard closed for air quality", "routine", ()),
    ("He says he doesn't see the point of programs anymore, eating less", "routine", ()),
    ("Nobody has heard him talk about hurting himself, he's just quiet", "routine", (HS,)),
    ("The sugar count in the kitchen is short by 5 kilos", "routine", ()),
    (
        "Missed group, he was at a dentist appointment, excused by the facilitator",
        "routine",
        (CM,),
    ),
]


ROUND_BA_CONCEPTS = [
    # Immediate: a hit on a named man with its time and place (not "hit on the nurse").
    ("Source says there's a hit on Tremblay tonight in the yard", "immediate", (SI, SUP)),
    ("He hit on the new nurse again, asked where she lives", "priority", (SI,)),
    # Priority: a medication named and refused; withdrawn since a death (no longer read as tears
    # of grief alone).
    (
        "Put in a request for his trazodone refill, says he's been refusing his trazodone lately",
        "priority",
        (HS,),
    ),
    ("Il veut pus voir personne depuis que son père est mort, il pleure", "priority", (HS,)),
    # Routine: an overdose of poutine; a spider killed; a bagel burnt with no fire department;
    # a video game with a headset; a privacy curtain.
    ("The new guy said he OD'd on poutine at supper, laughing", "routine", ()),
    ("He was swinging his shoe at the wall, killing a spider he said", "routine", ()),
    ("Toast burnt a bagel in the kitchen, fire department not required", "routine", ()),
    ("Il criait 'je vais te tuer' mais il jouait à la PlayStation avec son casque", "routine", ()),
    (
        "He has a blanket hung over his bunk like a curtain, says the light from the range keeps "
        "him up",
        "routine",
        (),
    ),
]


ROUND_BB_CONCEPTS = [
    # Immediate: a killing told as putting someone "in the ground"; staff handing a phone or a
    # package to an inmate, the object named first; a named man "getting it" at a time.
    (
        "He said once he's out he's going to put his cousin in the ground for ratting",
        "immediate",
        (CM, SI, SUP),
    ),
    ("Y dit qu'y va l'envoyer six pieds sous terre en sortant", "immediate", (SI, SUP)),
    (
        "Saw the officer handing her own cellphone to an inmate in the office",
        "immediate",
        (SI, SUP),
    ),
    (
        "The kitchen worker took a package out of her bag and gave it to the inmate behind the "
        "cooler",
        "immediate",
        (SI, SUP),
    ),
    (
        "Word on the range: Tremblay is getting it tonight at the 1900 movement",
        "immediate",
        (SI, SUP),
    ),
    # Priority: talk of "making a run"; a staff member's surname asked.
    ("Two guys chatting about making a run when the fog comes, no plan", "priority", (SI,)),
    ("Elle m'a demandé mon nom de famille", "priority", (SI,)),
    # Routine: his offence retold in a program; food that "is gonna kill somebody".
    (
        "In group he described the night of his offence, the knife and the regret",
        "routine",
        (CM,),
    ),
    ("The soup is gonna kill somebody, he said at supper", "routine", ()),
]


ROUND_BC_CONCEPTS = [
    # Immediate: the pain or the time of dying by a method asked; staff passing a phone or
    # tobacco from a lunch bag; voices that command a killing.
    (
        "Asked the nurse how long it takes to die from an overdose, said he was just curious",
        "immediate",
        (HS, SI, SUP),
    ),
    (
        "The teacher took a phone out of her purse and handed it to the inmate by the printer",
        "immediate",
        (SI, SUP),
    ),
    (
        "Y dit que les voix y disent de frapper le gardien du poste ce soir",
        "immediate",
        (HS, SI, SUP),
    ),
    # Priority: pressure put on a man (not his blood pressure); shop leather taken out (scraps
    # are no fight).
    ("Les gars de la 4 lui mettent de la pression pour sa cantine", "priority", (SI,)),
    ("He keeps taking leather scraps from the shop for a wallet", "priority", (SI,)),
    # Routine: blood pressure taken; a class's sharps counted; a withdrawal followed up.
    ("L'infirmière a pris la pression de Roy, stable", "routine", ()),
    ("Shop search: knives and box cutters counted, all accounted for", "routine", (SI,)),
    ("Found bolt cutters behind the shed", "immediate", (SI, SUP)),
    ("Deux semaines après son sevrage, y dort bien pis y mange", "routine", (HS,)),
]


ROUND_BD_CONCEPTS = [
    # Immediate: a fire told by the smell and the flames at the door; a groove under the jaw; a
    # range's terms slid under the door.
    ("Smells like burning paper on 2B, flames under the door of 2B-07", "immediate", (SI, SUP)),
    ("Saw a red groove under his jaw on both sides this morning", "immediate", (HS, SUP)),
    (
        "Note under the door: no movement until the new CM is gone, whole range",
        "immediate",
        (SI, SUP),
    ),
    # Priority: packaging left after a visit.
    ("Found finger cots in the visiting room washroom", "priority", (SI,)),
    # Routine: a search on a tip that found nothing (its route stays); the Blades, a team; a
    # quarrel of « y'a 3 ans »; food that "va tuer la rangée"; « de la bombe »; an old history
    # by its year; a team's win in overtime; « en feu au hockey ».
    (
        "Search after a tip about a shank in 4-12, nothing found, no weapons, cell clean",
        "routine",
        (SI,),
    ),
    ("He wore a Blades jersey to the game night on the unit", "routine", ()),
    ("Il m'a parlé de la chicane avec son ex-cellmate y'a 3 ans, c'est réglé", "routine", ()),
    ("Son pâté chinois va tuer la rangée au complet, y est fier", "routine", (CM,)),
    ("Son bulletin c'était de la bombe, 90 en français", "routine", ()),
    ("Old self-harm history 2018, no current thoughts, sleeping well", "routine", (HS,)),
    (
        "Leafs won in overtime and the range went wild banging on the tables, calm after",
        "routine",
        (),
    ),
    ("Il est en feu au hockey cosom cette semaine", "routine", ()),
]


# Every table of (sentence, urgency, routes): the acts and objects, round E's harmless contexts
# with their neighbours, round E's concepts and route conventions, and rounds F to AA's concepts.
@pytest.mark.parametrize(
    ("text", "urgency", "routes"),
    TOLD_BY_ACTS
    + HARMLESS_CONTEXTS
    + NOT_HARMLESS
    + ROUND_E_ACTS
    + ROUND_E_ROUTES
    + ROUND_F_CONCEPTS
    + ROUND_G_CONCEPTS
    + ROUND_H_CONCEPTS
    + ROUND_I_CONCEPTS
    + ROUND_J_CONCEPTS
    + ROUND_K_CONCEPTS
    + ROUND_L_CONCEPTS
    + ROUND_M_CONCEPTS
    + ROUND_N_CONCEPTS
    + ROUND_O_CONCEPTS
    + ROUND_P_CONCEPTS
    + ROUND_Q_CONCEPTS
    + ROUND_R_CONCEPTS
    + ROUND_S_CONCEPTS
    + ROUND_T_CONCEPTS
    + ROUND_U_CONCEPTS
    + ROUND_V_CONCEPTS
    + ROUND_X_CONCEPTS
    + ROUND_W_CONCEPTS
    + ROUND_Z_CONCEPTS
    + ROUND_Y_CONCEPTS
    + ROUND_AA_CONCEPTS
    + ROUND_AB_CONCEPTS
    + ROUND_AC_CONCEPTS
    + ROUND_AD_CONCEPTS
    + ROUND_AE_CONCEPTS
    + ROUND_AF_CONCEPTS
    + ROUND_AG_CONCEPTS
    + ROUND_AH_CONCEPTS
    + ROUND_AI_CONCEPTS
    + ROUND_AJ_CONCEPTS
    + ROUND_AK_CONCEPTS
    + ROUND_AL_CONCEPTS
    + ROUND_AM_CONCEPTS
    + ROUND_AN_CONCEPTS
    + ROUND_AO_CONCEPTS
    + ROUND_AP_CONCEPTS
    + ROUND_AQ_CONCEPTS
    + ROUND_AR_CONCEPTS
    + ROUND_AS_CONCEPTS
    + ROUND_AT_CONCEPTS
    + ROUND_AU_CONCEPTS
    + ROUND_AV_CONCEPTS
    + ROUND_AW_CONCEPTS
    + ROUND_AX_CONCEPTS
    + ROUND_AY_CONCEPTS
    + ROUND_AZ_CONCEPTS
    + ROUND_BA_CONCEPTS
    + ROUND_BB_CONCEPTS
    + ROUND_BC_CONCEPTS
    + ROUND_BD_CONCEPTS,
)
def test_incidents_told_by_acts_and_objects(
    text: str, urgency: str, routes: tuple[str, ...]
) -> None:
    result = triage(text)
    assert (result.urgency.value, result.routes) == (urgency, tuple(sorted(routes))), result
