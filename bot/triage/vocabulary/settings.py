"""Escapes, disturbances, threats, boundary testing, debts, gangs, visits and community."""

from __future__ import annotations

from bot.triage.vocabulary.family import ALARM, Family
from bot.triage.vocabulary.family import family as _f

FAMILIES: tuple[Family, ...] = (
    # Escape and breaches of security: the objects, the places, the staff kit.
    _f("up_on", "on, onto, up on, climb, climbed, on top of", "sur, monte, grimpe, grimper"),
    _f("roof", "roof, rooftop", "toit"),
    # A thing found on a roof is a find, not a man up there.
    _f(
        "found_thing",
        "found a, found an, located a, recovered a, retrieved a",
        "trouve un, trouve une, retrouve un, retrouve une, recupere un, recupere une",
        exact=True,
    ),
    _f(
        "escape_tool",
        "cuff key, handcuff key, key impression, soap impression, lock pick, "
        "pick lock, shim, rope ladder, grappling hook",
        # A hook made for the wall, not "un crochet de pêche" found after a missed drop.
        "cle de menottes, clef de menottes, empreinte de cle, crochet fait, crochet artisanal, "
        "grappin, echelle de corde",
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
        "pas retrouve, pas retrouvee, toujours manquant, trouve pu, trouve plus, "
        "retrouve pu, retrouve plus",
    ),
    _f("drone_word", "drone, drones", "drone, drones"),
    _f(  # under way: the forms of a drop happening, not one found after the fact
        "descend",
        "descending, coming down, dropping, dropped, lowering, falling, landing",
        "descend, descendent, descendait, tombe, tombent, en train de descendre",
        exact=True,
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
    # "Des paquets par-dessus": over the fence told earlier; not a ball over a net nor a bag
    # over a shoulder (``not_a_fence``).
    _f("over_top", "", "par-dessus, par dessus", exact=True),
    _f(
        "not_a_fence",
        "net, hoop, basket, shoulder, head",
        "filet, panier, epaule, tete, bras",
        exact=True,
    ),
    # Throwers still at the fence, a car waiting on the road: the drop is happening.
    _f(
        "thrower",
        "throwing it over, throwing them over, throwing stuff over, throwing something over, "
        "throwing bags, throwing packages, car stopped, car parked, vehicle stopped, "
        "truck stopped, car idling, people outside the fence, guys outside the fence",
        "lancent, lancaient, garrochent, char arrete, auto arretee, voiture arretee, "
        "char stationne, pick-up arrete, camion arrete",
        exact=True,
    ),
    # Men making for what fell: the drop is being picked up now.
    _f(
        "converge",
        "heading toward it, heading towards it, headed toward it, headed for it, heading for it, "
        "running toward it, running towards it, ran toward it, going for it, went for it, "
        "moving toward it, walking toward it, making for it",
        "se dirigent vers ca, courent vers ca, foncent vers ca, vont le chercher, "
        "vont le ramasser, se dirigent vers le paquet, courent vers le paquet",
        exact=True,
    ),
    _f(
        "pickup",
        "picked up, picked it up, picked, pick up, grabbed, was waiting, waiting, ran over, "
        "ran to, retrieved, scooped, line out, with a line, fishing line",
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
        "refusing to lock up, refuse to lock up, refusing to return, started chanting, "
        "were chanting, all chanting, sit-in, "
        "nobody goes in, no one goes in, nobody is going in, not going in",
        "refusent de rentrer, veulent pas rentrer, refusent de barrer, scandent, personne rentre",
    ),
    _f("bang", "bang, kick, pound, hammer, smash", "fesser, frapper, cogner, bucher, varger"),
    _f("doors", "doors, bars, tables", "portes, barreaux, tables", exact=True),
    _f(
        "plug",
        "plug, plugs, plugged, plugging, block, blocks, blocked, blocking, clog, clogs, clogged, "
        "clogging, stuffed, stuffing, jam, jams, jammed, jamming",
        "boucher, bloquer, bouche, bouchent, bouchees, bouchee, bouches, bloque, bloquent, "
        "bloquee, bloquees, bloques, bloquait, bouchait",
        exact=True,  # "the stuff under the sink" is things, not a drain stuffed
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
    # A source's plan in slang ("going to run up on Roy", "vont pogner Roy"): an assault only with
    # the when or the where of it ("in the showers at 0730", "au yard demain").
    _f(
        "hit_slang",
        "rush, run up on, touch up",
        "pogner, arranger, sauter",
        exact=True,
    ),
    # "Do" is slang for an assault only with a name after it ("going to 'do' Bourque in the
    # showers"); "the nurse will do him tomorrow" is care.
    _f("do_slang", "do", "", exact=True),
    _f(
        "soon_where",
        "tonight, tomorrow, at count, after count, at movement, at rec, at yard, on the yard, "
        "in the yard, in the shower, in the showers, shower area, at chow, at supper, "
        "at breakfast, at lunch, in the gym, at the gym, this weekend, when the range opens, "
        "when the doors open, at unlock, at the phones",
        "ce soir, a soir, demain, au yard, dans la cour, a la douche, aux douches, dans les "
        "douches, au gym, au souper, au dejeuner, au diner, a l'ouverture, en fin de semaine, "
        "au mouvement, aux telephones",
        exact=True,
    ),
    _f(
        "gather",
        "gathered, gathering, massing, squaring off, facing off, grouping up",
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
    # Exact: "opened" (a door opened on a man on the floor) is no opening in a wall.
    _f(
        "hole",
        "hole, holes, tunnel, tunnels, opening, openings",
        "trou, trous, tunnel, tunnels, ouverture, ouvertures",
        exact=True,
    ),
    _f(
        "structure",
        "wall, walls, ceiling, floor, fence, roof, cell wall, back wall",
        "mur, murs, plafond, plancher, cloture, toit",
        exact=True,
    ),
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
        "case worker, her shift, his shift, chaplain",
        "m, moi, mon, ma, mes, agente, agent, ac, prof, infirmiere, intervenante, gardien, "
        "professeure, aumonier",
        exact=True,
    ),
    _f(
        "personal",
        "my schedule, your schedule, her schedule, his schedule, my shift, your shift, her shift, "
        "what shift, which shift, shift ends, my address, her address, your address, single, "
        "married, part of town, where i live, where she lives, where you live, days off, "
        "first name, phone number, home number, what car, which car, boyfriend, husband, "
        "my kids, her kids, your kids, my family, your family, what time she's off, "
        "what time he's off, what time you're off, when she's off, which lot, where she parks, "
        "where he parks, where you park, what she drives, what he drives, her cell number, "
        "your cell number, her number, your number",
        "mon horaire, ton horaire, votre horaire, mon quart, ton quart, mon adresse, ton adresse, "
        "celibataire, mariee, mes conges, prenom, numero de telephone, quel char, quelle auto, "
        "chum, mari, mes enfants, tes enfants, ou je reste, ou je demeure, ou j'habite, "
        "a quelle heure elle finit, a quelle heure il finit, ou elle stationne, ou il stationne, "
        "son numero, son numero de cell, son numero de cellulaire, ton numero",
    ),
    _f("gift_give", "give, gave, left, leave, offer, hand", "donner, laisser, offrir, remettre"),
    # A thing made by hand for a staff member: "a fabriqué un coffre pour l'instructeur".
    _f(
        "crafted",
        "carved, built, crafted, sewed, knitted, painted, beaded",
        "fabrique, sculpte, tricote, peint, bricole, cousu, construit",
    ),
    _f(
        "gift",
        "gift, present, greeting card, birthday card, christmas card, thank you card, drawing, "
        "bracelet, necklace, jewelry, something he made, "
        "chips, candy, chocolate, chocolates, cookies, flowers",
        "cadeau, carte de noel, carte de fete, carte de souhaits, dessin, chips, bonbons, "
        "bracelet, "
        "collier, bijou, chocolat, chocolats, biscuits, fleurs",
    ),
    _f(
        "for_staff",
        "for you, your wife, your kids, officer desk, for the officer, for staff, "
        "for the instructor, for the teacher, for the nurse, for the chaplain",
        "pour vous, pour toi, ta femme, tes enfants, pour l'agente, pour l'agent, "
        "pour l'instructeur, pour l'instructrice, pour le prof, pour la prof, pour l'infirmiere",
    ),
    # Anything offered "for your daughter" is a gift to the staff member's family.
    _f(
        "for_staff_family",
        "for your daughter, for your son, for your kids, for your wife, for your husband, "
        "for your girl, for your boy, for your family",
        "pour ta fille, pour ton fils, pour ton gars, pour tes enfants, pour ta femme, "
        "pour ton mari, pour ton chum, pour ta blonde, pour ta famille",
        exact=True,
    ),
    _f(
        "bring",
        "bring in, bring it in, bring them in, bring him in, sneak, smuggle, mail, post, "
        "drop off, "
        "drop a letter, drop a card, carry in, from home, from outside, from the street, "
        "carry a letter, carry a note, carry a message, take a letter, pass a letter, "
        "pass a note",
        "apporter, rentrer, poster, envoyer, faire entrer, passer une lettre, porter une lettre, "
        "passer un message",
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
    # Exact: "dans ses bras" (a hug) is one slip from "bas" (a sock).
    _f(
        "hiding_place",
        "bra, waistband, sock, socks, shoe, shoes, mouth, underwear, boxers, crotch, "
        "under the table, in his hand, into his hand, across the table",
        "brassiere, ceinture, bas, soulier, souliers, chaussure, chaussures, bouche, "
        "sous-vetements, bobettes, sous la table, dans la main, dans sa main",
        exact=True,
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
        # "est passé" (came by), not "en passant par son avocat".
        "appele, appelle, telephone, texte, est passe, est passee, dit, rapporte, mentionne",
    ),
    # A victim's fear, told to victim services or to the parole office: "she saw him at the
    # store and is frightened" (contact itself is ``victim_contact``).
    _f(
        "victim_side",
        "victim services, victim, victim's father, victim's mother",
        "services aux victimes, service aux victimes, victime",
    ),
    _f(
        "victim_fear",
        "frightened, scared, afraid, terrified, saw him, saw client, drove by, drove past, "
        "followed her",
        "peur, effrayee, terrifiee, l'a vu, l'a vue, passer en char, suivie",
    ),
    _f(
        "concern",
        "worried, worry, concerned, behind on rent, moving out, moved out, quit, got fired, "
        "was fired, been fired, fired from, "
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
        "panic, attack, choke, strangle, unconscious, collapse, injured, wound, bruise, crying, "
        "upset, angry, furious, enraged, pills, marks, neck, careful, regret, goodbye, sorry, "
        "happen to",
        "mal, sang, saigne, peur, crier, hurler, menace, arme, frapper, pousser, tuer, mourir, "
        "mort, feu, fumee, aide, panique, attaquer, etouffer, inconscient, blesse, bleu, pleurer, "
        "fache, enrage, pilules, marque, cou, attention, arrive de quoi, adieu, regretter",
    ),
    _f("curfew", "curfew", "couvre-feu, couvre feu"),
    _f(
        "out_late",
        "out past midnight, still out at, out after midnight, out all night, not home until",
        "dehors passe minuit, encore dehors a, dehors apres minuit, dehors toute la nuit, "
        "rentre juste a",
    ),
    _f(
        "late_in",
        "late, missed, after, past, breach, signed in at, came in at, got in at, seen, spotted, "
        "back at, came back, returned, not in, wasn't in, not back",
        "retard, manque, apres, rentre, vu, apercu, arrive, pas rentre, pas revenu",
    ),
    _f(
        "complied",
        "respected, respects, made curfew, home for curfew, in for curfew, on time, "
        "compliant, before curfew, by curfew, back by curfew, in time, within curfew, "
        "inside curfew, everyone accounted for, all accounted for, everyone in, all in",
        "respecte, respectait, a l'heure, avant le couvre-feu, tout le monde rentre, "
        "tout le monde est rentre, tous rentres, tout le monde present",
    ),
)
