"""The ontology's word families: who, what was done, with what, to whom, in English and French.

A family is a set of cue words (one word or a few in a row), each matched by its lemma and stem
(``bot.lemmas``), so "grab" covers "grabbed", "grabs" and "grabed", and "pogner" covers "pogné"
and "pognait". Families are the building blocks of the frames in ``bot.ontology``: "an act of
force, then a person or a staff member within a few words" is an assault; "an act of force, then a
lunch tray" is nothing, because a tray is in no target family. Families marked ``exact`` match
the written word only (plural "doors" is a crowd banging, one "door" may be one man asking).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    """Cue words of one role, in English and in French."""

    name: str
    en: tuple[str, ...]
    fr: tuple[str, ...]
    exact: bool = False


def _f(name: str, en: str, fr: str, *, exact: bool = False) -> Family:
    """A family from comma-separated cues (a cue of several words matches them in a row)."""
    return Family(
        name,
        tuple(w.strip() for w in en.split(",") if w.strip()),
        tuple(w.strip() for w in fr.split(",") if w.strip()),
        exact,
    )


NUMBER = "number"  # the family of written numbers, matched by shape (digits) or these words
NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten twenty deux trois quatre cinq six sept huit "
    "neuf dix vingt".split()
)
# Words of force, harm or fear: heard in a note whose incident the engine could not place, they
# ask the officer whether anyone is at risk right now (the officer is the safety net).
ALARM = "alarm"

FAMILIES: tuple[Family, ...] = (
    # People: who acts and who is acted on.
    _f(
        "staff",
        "officer, officers, co, cos, cx, cxs, guard, guards, nurse, nurses, staff, instructor, "
        "teacher, sergeant, sgt, manager, po, counsellor, counselor, psychologist, doctor, "
        "chaplain, screw, screws, boss, night worker, case worker, caseworker, support worker, "
        "facilitator",
        "agent, agents, agente, agentes, ac, gardien, gardiens, surveillant, infirmier, "
        "infirmiere, prof, professeur, professeure, enseignant, enseignante, intervenant, "
        "intervenante, sergent, gestionnaire, personnel, surveillante",
        exact=True,
    ),
    _f(
        "person",
        "him, her, them, me, us, you, guy, inmate, inm, i/m, offender, cellie, celly, cellmate, "
        "bunkie, neighbour, neighbor, man, kid, victim, girlfriend, wife, partner, someone, "
        "somebody, resident, another",
        "lui, gars, detenu, codetenu, voisin, victime, blonde, conjointe, quelqu'un, resident, "
        "moi, toi, un autre, l'autre",
    ),
    _f("object_pronoun", "", "l, le, la, les, me, m, te, t, lui, nous, vous", exact=True),
    _f(
        "we",
        "we, i, police, cops, staff, officers",
        "nous, je, j, police, policiers, agents",  # not "on": English "on 2C" would read as "we"
        exact=True,
    ),
    _f(
        "owner",
        "her, their, your, my, officer's, guy's, nurse's, staff's",
        "son, sa, ses, leur, du, de",
    ),
    _f(
        "body",
        "throat, neck, arm, face, head, jaw, chest, collar, hair, wrist, eye, nose, windpipe",
        "gorge, cou, bras, visage, face, tete, collet, cheveux, poignet, machoire, "
        "yeux, nez, gueule",
    ),
    # Force: acts that are an assault when a person or a staff member receives them.
    _f(
        "force",
        "grab, push, shove, punch, strike, kick, slap, elbow, headbutt, choke, "
        "strangle, tackle, pin, slam, drag, stomp, spit, lunge, attack, assault, beat, smack, "
        "trip, ram, swing at, sucker punch, pummel, jump, knee, throttle",
        "pogner, poigner, frapper, fesser, cogner, pousser, bousculer, tasser, plaquer, "
        "etrangler, "
        "etouffer, mordre, cracher, garocher, garrocher, varger, tabasser, agripper, empoigner, "
        "coincer, attaquer, agresser, ecraser, bardasser, sauter dessus, rentrer dedans",
    ),
    _f(
        "throw",
        "throw, toss, chuck, splash, fling, hurl, dump",
        "lancer, garocher, garrocher, jeter, envoyer, lance",
    ),
    _f(
        "swing",
        "swing, swung, jab, lunge, come at, came at, went at, charge, charged, go after, "
        "went after",
        "s'en prendre, foncer, fonce, s'est lance",
    ),
    _f(
        "wound",
        "cuts, lacerations, laceration, slashes, gashes, slices, burn marks, cut marks",
        "entailles, coupures, lacerations, brulures",
        exact=True,
    ),
    _f(
        "limbs",
        "arms, forearms, forearm, wrists, wrist, thighs, legs, stomach",
        "bras, avant-bras, poignets, poignet, cuisses, jambes, ventre",
    ),
    _f(
        "swallowed_object",
        "battery, batteries, razor, blade, screw, screws, nail, nails, spoon, pen, glass, "
        "staples, bolts",
        "piles, pile, lame, lames, vis, clou, clous, cuillere, crayon, verre, agrafes",
        exact=True,
    ),
    _f(
        "swallow",
        "swallow, swallowed, swallowing, ingest, ingested, ate, eat, eating",
        "avaler, avale, avalait, avalé, mange, mangeait",
        exact=True,
    ),
    _f(
        "fluid",
        "urine, piss, pee, feces, faeces, shit, poop, excrement, excrements, bodily fluid, "
        "bodily fluids, semen, hot water, boiling water",
        "urine, pisse, marde, merde, excrement, excrements, caca, crachat, eau bouillante, "
        "eau chaude",
        exact=True,  # joual "pis" (then) is one letter from "piss"
    ),
    _f("limb", "forearm, arm, knee, hands, elbow", "avant-bras, bras, genou, mains, coude"),
    _f("neck", "throat, neck, windpipe", "gorge, cou"),
    # Weapons made, carried or hidden.
    _f(
        "make",
        "grind, sharpen, file, hone, rub, scrape, sand, melt, whittle, carve, snap off, break off",
        "frotter, aiguiser, limer, gratter, fondre, tailler, affuter, sabler, arracher",
    ),
    _f(
        "material",
        "metal, steel, iron, strip, strips, rod, rods, plexiglass, plexi, toothbrush, spoon, "
        "spoons, razor, blade, blades, glass, bed frame, screw, nail, pen, mirror, rebar",
        "metal, fer, acier, tige, tiges, bande, plexi, brosse, cuillere, lame, lames, verre, vis, "
        "clou, miroir",
        exact=True,  # "vers" (towards) is one stem from "verre"
    ),
    _f(
        "heavy",
        "lock, padlock, batteries, battery, cans, can of, rock, stone, bar of soap",
        "cadenas, piles, pile, cannes, canne, roche, pierre, barre de savon",
    ),
    _f("sock", "sock, pillowcase, pillow case", "bas, chaussette, taie"),
    # Self-harm and suicide: what is tied, where, and the words that sound like a goodbye.
    _f(
        "furniture",
        "mattress, bed, bunk, locker, desk, table, chair, chairs, bed frame, shelf",
        "matelas, lit, bureau, table, chaise, chaises, casier, etagere",
    ),
    _f(
        "barrier",
        "against, in front of, blocking, block, jammed, wedged, up against",
        "devant, contre, bloquer, bloque, coince, barre",
    ),
    _f("door", "door, doors, cell door, hatch", "porte, portes, guichet"),
    _f(
        "cord",
        "sheet, bedsheet, strip, cord, shoelace, lace, belt, towel, cable, wire, rope, "
        "string, noose",
        "drap, corde, lacet, ceinture, serviette, fil, cordon, bande, noeud",
    ),
    _f(
        "tie",
        "tie, tied, knot, attach, hang, loop, wrap",
        "attacher, nouer, accrocher, pendre, enrouler",
    ),
    _f(
        "anchor",
        "vent, grille, grill, grate, bars, bed frame, hinge, sprinkler, light fixture, "
        "window bars",
        "ventilation, grille, barreaux, gicleur, penture",
    ),
    _f(
        "finality",
        "sorry for everything, won't have to worry, after tonight, goodbye, good-bye, "
        "farewell, i'm ready, he's ready, he is ready, letters for everyone, "
        "love the kids for me, take care of my, take care of the kids, when i'm gone, "
        "when im gone, when it's over, no point anymore, last time you'll see, won't need it, "
        "won't need them, won't be needing, this is it",
        "ca sert a rien, sert a rien, pu besoin, plus besoin, quand ca va etre fini, "
        "quand je serai parti, adieu, prenez soin, prends soin, pardon pour tout, "
        "desole pour tout, derniere fois, quand ca sera fini, etait pret, est pret, suis pret, "
        "lettres pour tout le monde, c'est fini, c'est la fin",
    ),
    _f("give", "give, gave, hand out, hand over, hands, leave, left", "donner, laisser, leguer"),
    _f(
        "belongings",
        "tv, television, radio, guitar, shoes, runners, chain, watch, canteen, photos, "
        "pictures, stuff, things, belongings, property, clothes, jewelry, ring",
        "tele, television, tv, radio, guitare, souliers, espadrilles, chaine, montre, cantine, "
        "cannes, photos, affaires, choses, linge, bijoux, bague",
    ),
    _f(
        "farewell_note",
        "letter, note, message, text, pic, picture, card",
        "lettre, mot, message, texto, photo",
    ),
    _f(
        "means",
        "rope, noose, pills, pile of pills, stash of pills, tablets",
        "corde, pilules, comprimes, medicaments",
    ),
    _f(
        "pills",
        "pills, pill, meds, tablets, tabs, medication, medications, quetiapine, seroquel, "
        "clonazepam, lorazepam, insulin",
        "pilules, comprimes, medicaments, medication, cachets",
    ),
    _f(
        "quantity",
        "all, all of, handful, bunch, whole, entire, every, bottle, a bottle of, the rest of",
        "toutes, tous, poignee, bouteille, paquet",
    ),
    _f("ingest", "swallow, take, took, down, ingest, pop, eat", "avaler, prendre, pris, manger"),
    _f(
        "own_saved",
        "own, saving, saved, stockpile, stockpiled, hoard, cheeked, cheeking",
        "ses propres, accumule, accumulees, gardait, ramassait, cachait",
    ),
    _f(
        "save",
        "save, saving, stockpile, hoard, collect, stash, cheek, accumulate",
        "accumuler, ramasser, cacher, garder, stocker",
    ),
    # Medical emergencies: two signs together, or a sign in a diabetic.
    _f(
        "symptom",
        "sweaty, sweating, clammy, diaphoretic, shaking, shaky, trembling, tremors, "
        "confused, confusion, disoriented, mixed up, not making sense, pale, grey, gray, ashen, "
        "dizzy, short of breath, can't hold, cannot stand, can't stand, wobbly, chest, left arm, "
        "down his arm, vomiting, cold sweat, wheezing, heart racing, racing heart, palpitations, "
        "blue lips, shaking all over, drooling, foaming, eyes rolled back, eyes rolling, "
        "going purple, turning purple, not answering me",
        "suant, sueur, sueurs, tremble, tremblement, confus, melange, melee, desoriente, pale, "
        "gris, bleme, etourdi, souffle court, poitrine, serre, descend dans le bras, vomit, sue, "
        "suait, siffle, coeur bat vite, bleu autour, bave, tremble de partout, ecume, "
        "yeux revulses, yeux dans la tete",
    ),
    _f(
        "farewell_words",
        "thanks for everything, thank you for everything, tell my kids, tell my mom, "
        "tell my wife, "
        "look after my, forgive me",
        "merci pour tout, dis a mes enfants, dites a ma mere, pardonne-moi, pardonnez-moi",
    ),
    _f(
        "unreachable",
        "isn't answering, isnt answering, not answering, can't reach, cannot reach, "
        "no answer, can't get hold",
        "repond pas, repond plus, injoignable, pas capable de le rejoindre",
    ),
    _f(
        "at_prep",
        "at, on, towards, toward",
        "sur, apres, vers",
        exact=True,
    ),
    _f(
        "security_feature",
        "tower, towers, shift change, shift changes, camera, cameras, fence, fences, perimeter, "
        "patrol, patrols, blind spot, blind spots, gate, gates, sally port, count times",
        "tour, mirador, releve, changement de quart, camera, cameras, grillage, cloture, "
        "perimetre, patrouille, angle mort, barriere, portail",
        exact=True,
    ),
    _f(
        "no_contact",
        "no-contact condition, no contact condition, no-contact order, no contact order, "
        "non-contact, non-communication",
        "non-contact, non contact, non-communication, interdit de contact",
    ),
    _f("victim", "victim, victim's", "victime"),
    _f(
        "contact_act",
        "talked, spoke, approached, seen near, waiting, messaged, texted, called, went to, "
        "showed up",
        "parle, approche, vu, attendait, texte, appele, ecrit, presente",
    ),
    _f("diabetes", "diabetic, diabetes, sugar, insulin", "diabetique, diabete, sucre, insuline"),
    # Escape and breaches of security: the objects, the places, the staff kit.
    _f("up_on", "on, onto, up on, climb, climbed, on top of", "sur, monte, grimpe, grimper"),
    _f("roof", "roof, rooftop", "toit"),
    _f(
        "escape_tool",
        "cuff key, handcuff key, key impression, soap impression, lock pick, "
        "pick lock, shim, rope ladder, grappling hook",
        "cle de menottes, clef de menottes, empreinte de cle, crochet, echelle de corde",
    ),
    _f(
        "handmade",
        "handmade, homemade, home-made, made, copied, fake, improvised, makeshift",
        "artisanal, artisanale, fabrique, fabriquee, maison, copie",
    ),
    _f("key", "key, keys", "cle, cles, clef, clefs"),
    _f("keys", "keys, key ring, keyring", "cles, clefs, trousseau"),
    _f(
        "radio",
        "radio, body alarm, duress alarm, pepper spray, baton",
        "radio, bouton panique, poivre de cayenne, matraque",
    ),
    _f(
        "gone",
        "missing, gone, lost, unaccounted, can't find, cannot find, cannot be found, "
        "can't be found, not recovered, still missing",
        "disparu, disparue, perdu, perdue, perdues, manque, manquent, introuvable, "
        "pas retrouve, pas retrouvee, toujours manquant",
    ),
    _f(
        "package",
        "package, parcel, bundle, ball, bag, football",
        "paquet, colis, balle, sac, ballon",
    ),
    _f(
        "over_fence",
        "over the fence, over the wall, thrown over",
        "par-dessus la cloture, par dessus la cloture, par-dessus le mur, par dessus le mur",
    ),
    _f(
        "pickup",
        "picked up, picked it up, picked, pick up, grabbed, was waiting, waiting, ran over, "
        "ran to, retrieved, scooped",
        "ramasse, ramasser, attendait, pogne, couru, recupere",
    ),
    # Disturbances: many together refusing, doors banged, toilets plugged.
    _f(
        "group",
        "guys, inmates, inms, i/ms, everybody, everyone, crowd, group, whole range, whole unit",
        "gars, detenus, tout le monde, groupe, foule, toute la rangee",
    ),
    _f(
        "refuse_in",
        "won't go in, won't come in, won't lock up, refusing to go in, refuse to go in, "
        "refusing to lock up, refuse to lock up, refusing to return, chanting, sit-in, "
        "nobody goes in, no one goes in, nobody is going in, not going in",
        "refusent de rentrer, veulent pas rentrer, refusent de barrer, scandent, personne rentre",
    ),
    _f("bang", "bang, kick, pound, hammer, smash", "fesser, frapper, cogner, bucher, varger"),
    _f("doors", "doors, bars, tables", "portes, barreaux, tables", exact=True),
    _f(
        "plug",
        "plug, plugged, block, blocked, clog, clogged, stuff, stuffed, jam",
        "boucher, bloquer, bouche, bouchent, bouchees",
    ),
    _f("toilet", "toilet, toilets, sink, sinks, drain", "toilette, toilettes, bol, lavabo"),
    # Threats: a future, harm, and a person; or a beating promised.
    _f(
        "future",
        "will, ll, gonna, going to, wanna, about to, gunna, finna",
        "va, vas, vais, allait, aller, vont, veut, voulait",
    ),
    _f(
        "harm",
        "kill, stab, shank, poke, hurt, beat, smash, slash, cut, open, burn, murder, jump, "
        "wet, waste, merc, smoke, break, bash, stomp, do in, take out, split, bleed",
        "tuer, planter, piquer, crever, battre, casser, ouvrir, bruler, defoncer, fesser, "
        "tabasser, saigner",
    ),
    _f("threaten", "threaten, threatened, threatening, threatens", "menacer, menace, menacait"),
    _f(
        "gather",
        "gathered, gathering, lining up, lined up, massing, squaring off, facing off, grouping up",
        "rassembles, rassemblent, attroupes, s'attroupent, alignes, se placent",
    ),
    _f(
        "fence",
        "fence, inner fence, outer fence, perimeter fence, wire, razor wire, mesh",
        "cloture, grillage, cloture interieure, cloture exterieure, barbele, fil barbele",
    ),
    _f(
        "cut_open",
        "cut, breached, opened, sliced, snipped, peeled back, pried",
        "coupee, coupe, percee, ouverte, brisee, tranchee, sectionnee, defaite",
    ),
    _f("climb_tool", "ladder, ladders, rope, grappling hook", "echelle, corde, grappin"),
    _f(
        "hidden",
        "stashed, hidden, tucked, concealed, stowed",
        "cache, cachee, planque, planquee, dissimule",
    ),
    _f("collateral_word", "collateral, collateral call, collateral contact", "contact collateral"),
    _f(
        "get_together",
        "game, match, hockey, soccer, basketball, tv, movie, film, party, ceremony, tournament, "
        "class, church, chapel, mass, bingo, barbecue, bbq, powwow",
        "partie, match, hockey, soccer, tele, film, fete, ceremonie, tournoi, cours, messe, "
        "chapelle, bingo",
    ),
    _f(
        "beating",
        "beating, ass-kicking, ass kicking, a beatdown",
        "volee, raclee, claque, tapoche, mornifle, rince",
        exact=True,
    ),
    _f("regret", "regret, be sorry", "regretter"),
    # Boundary testing: questions about a staff member's life, gifts, errands.
    _f(
        "ask",
        "ask, asked, asking, wants to know, wanted to know, question",
        "demander, demande, voulait savoir, veut savoir, c'est quoi",
    ),
    _f(
        "staff_or_me",
        "me, my, i, officer, co, cx, staff, nurse, teacher, instructor, guard, night worker, "
        "case worker, her shift, his shift",
        "m, moi, mon, ma, mes, agente, agent, ac, prof, infirmiere, intervenante, gardien, "
        "professeure",
        exact=True,
    ),
    _f(
        "personal",
        "my schedule, your schedule, her schedule, his schedule, my shift, your shift, her shift, "
        "what shift, which shift, shift ends, my address, her address, your address, single, "
        "married, part of town, where i live, where she lives, where you live, days off, "
        "first name, phone number, home number, what car, which car, boyfriend, husband, "
        "my kids, her kids, your kids, my family, your family",
        "mon horaire, ton horaire, votre horaire, mon quart, ton quart, mon adresse, ton adresse, "
        "celibataire, mariee, mes conges, prenom, numero de telephone, quel char, quelle auto, "
        "chum, mari, mes enfants, tes enfants, ou je reste, ou je demeure, ou j'habite",
    ),
    _f("gift_give", "give, gave, left, leave, offer, hand", "donner, laisser, offrir, remettre"),
    _f(
        "gift",
        "gift, present, greeting card, birthday card, christmas card, thank you card, drawing, "
        "chips, candy, chocolate, chocolates, cookies, flowers",
        "cadeau, carte de noel, carte de fete, carte de souhaits, dessin, chips, bonbons, "
        "chocolat, chocolats, biscuits, fleurs",
    ),
    _f(
        "for_staff",
        "for you, your wife, your kids, officer desk, for the officer, for staff",
        "pour vous, pour toi, ta femme, tes enfants, pour l'agente, pour l'agent",
    ),
    _f(
        "bring",
        "bring in, bring it in, bring them in, bring him in, sneak, smuggle, mail, post, "
        "drop off, "
        "drop a letter, drop a card, carry in, from home, from outside, from the street",
        "apporter, rentrer, poster, envoyer, faire entrer",
    ),
    # Pressure and debts: canteen handed over, short on what is owed, asking to move.
    _f("canteen", "canteen, whole canteen, commissary", "cantine"),
    _f("short", "short", "manque"),
    _f("packs", "packs, pouches, bags, bucks", "paquets, pochettes, sacs, piasses"),
    _f("change", "change, switch, move off", "changer"),
    _f("ranges", "ranges, units, tiers, range, unit", "rangee, rangees, unite, secteur"),
    # Gangs and incompatibles: names known across Canadian institutions.
    _f(
        "gang_name",
        "hells angels, hells, rock machine, bandidos, outlaws, bloods, crips, "
        "bo-gars, bo gars, crack down posse, indian posse, manitoba warriors, native syndicate, "
        "redd alert, red devils, rockers, ms-13, zig zag, wolf pack, mafia",
        "hells, bo-gars, bo gars, rock machine, rockers, red devils, mafia",
        exact=True,
    ),
    _f(
        "escape_slang",
        "",
        "crisser son camp, sacrer son camp, calisser son camp, "
        "decrisser, sacrer le camp, crisser le camp",
    ),
    # Visits: something passed, and the places it hides.
    _f(
        "visit",
        "visit, visits, visitor, visiting, hug",
        "visite, visites, visiteur, visiteuse, parloir, accolade",
    ),
    _f(
        "pass",
        "pass, push, slip, hand, took out, took something, put it in, tuck, slide, slid",
        "passer, pousser, glisser, remettre, sortir, mettre",
    ),
    _f(
        "hiding_place",
        "bra, waistband, sock, shoe, mouth, underwear, boxers, crotch, under the table, "
        "in his hand, into his hand, across the table",
        "brassiere, ceinture, bas, soulier, bouche, sous-vetements, bobettes, sous la table, "
        "dans la main, dans sa main",
    ),
    # Community: collateral contacts who call, and what worries them.
    _f(
        "collateral",
        "landlord, employer, boss, foreman, sister, brother, mother, mom, father, "
        "dad, girlfriend, wife, partner, aunt, uncle, neighbour, neighbor, supervisor, "
        "site supervisor, coach, facilitator",
        "proprio, proprietaire, employeur, patron, contremaitre, soeur, frere, mere, pere, "
        "blonde, conjointe, tante, oncle, voisin, voisine, superviseur, entraineur",
    ),
    _f(
        "called",
        "called, phoned, texted, emailed, came by, says, said, reports, reported, told",
        "appele, appelle, telephone, texte, passe, dit, rapporte, mentionne",
    ),
    _f(
        "concern",
        "worried, worry, concerned, behind on rent, moving out, moved out, quit, fired, "
        "not answering, argument, left, staying at, instead of, worried about, hasn't told, "
        "drinking, packed up, "
        "hasn't paid, roommate, nobody knows, late, tired, missed",
        "inquiet, inquiete, inquiets, retard, demenage, lache, congedie, repond pas, chicane, "
        "parti, sait pas ou, boit, ramasse ses affaires, coloc, fatigue, manque, pas paye, "
        "sans rien dire, sans avertir",
    ),
    _f(
        ALARM,
        "hurt, blood, bleeding, scared, afraid, fear, terrified, screaming, screamed, yelling, "
        "threat, weapon, hit, push, grab, fight, kill, die, dead, knife, fire, smoke, help, "
        "panic, "
        "attack, choke, strangle, unconscious, collapse, injured, wound, bruise, crying",
        "mal, sang, saigne, peur, crier, hurler, menace, arme, frapper, pousser, tuer, mourir, "
        "mort, feu, fumee, aide, panique, attaquer, etouffer, inconscient, blesse, bleu, pleurer",
    ),
    _f("curfew", "curfew", "couvre-feu, couvre feu"),
    _f(
        "late_in",
        "late, missed, after, past, breach, signed in at, came in at, got in at, seen, spotted, "
        "back at, came back, returned, not in, wasn't in, not back",
        "retard, manque, apres, rentre, vu, apercu, arrive, pas rentre, pas revenu",
    ),
    _f(
        "complied",
        "respected, respects, made curfew, home for curfew, in for curfew, on time, "
        "compliant, before curfew, by curfew, back by curfew, in time",
        "respecte, respectait, a l'heure, avant le couvre-feu",
    ),
)
