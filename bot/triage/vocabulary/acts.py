"""Who acts and who is acted on, acts of force, weapons, self-harm and medical signs."""

from __future__ import annotations

from bot.triage.vocabulary.family import Family
from bot.triage.vocabulary.family import family as _f

FAMILIES: tuple[Family, ...] = (
    # People: who acts and who is acted on.
    _f(
        "staff",
        "officer, officers, co, cos, cx, cxs, guard, guards, nurse, nurses, staff, instructor, "
        "teacher, sergeant, sgt, manager, po, counsellor, counselor, psychologist, doctor, "
        "chaplain, screw, screws, boss, night worker, case worker, caseworker, support worker, "
        "facilitator, supervisor",
        "agent, agents, agente, agentes, ac, gardien, gardiens, surveillant, infirmier, "
        "infirmiere, prof, professeur, professeure, enseignant, enseignante, intervenant, "
        "intervenante, sergent, gestionnaire, personnel, surveillante",
        exact=True,
    ),
    _f(
        "person",
        "him, her, them, me, us, you, guy, inmate, inm, i/m, offender, cellie, celly, cellmate, "
        "bunkie, neighbour, neighbor, man, kid, victim, girlfriend, wife, partner, someone, "
        "somebody, resident, another, patient",
        "lui, gars, detenu, codetenu, voisin, victime, blonde, conjointe, quelqu'un, resident, "
        "moi, toi, un autre, l'autre, patient, patiente",
    ),
    _f("pupil", "pupil, pupils, eyes", "pupilles, yeux", exact=True),
    # "Spat her methadone", "pushed his meds away": a dose, not a person.
    _f(
        "own_dose",
        "her methadone, his methadone, her dose, his dose, her meds, his meds, her pills, "
        "his pills, her suboxone, his suboxone, her medication, his medication",
        "sa methadone, sa dose, ses medicaments, ses pilules",
        exact=True,
    ),
    # The French object-pronoun frame ("il l'a plaqué") is no English infinitive ("me to grab").
    _f("infinitive_to", "to", "", exact=True),
    # Signs told of a man who is up and talking: no emergency ("sweaty and shaky but up").
    _f(
        "well_now",
        "up and talking, alert and talking, talking normally, walking and talking, "
        "alert and oriented, feeling better, up and walking, not confused, talking fine",
        "debout pis y parle, parle normalement, se sent mieux, alerte et oriente, pas confus, "
        "parle bien, parle correct",
    ),
    # A roof or a crew at a job site is work, not a way out.
    _f(
        "work_site",
        "job site, work site, roofing, roofer, shingles, construction site, worker on the roof, "
        "working on the roof, works on the roof, work on the roof",
        "chantier, toiture, couvreur, bardeaux, travaille sur le toit, travaille sur les toits",
        exact=True,  # "roofing" is no form of "roof"
    ),
    # Weather just before the roof or the melting is no way out and no weapon-making: "heavy rain
    # on the roof", "wrappers that appeared when the snow melted, on the strip he rakes".
    _f(
        "weather",
        "rain, snow, ice, hail, sleet, gutters, gutter, meltwater, thaw, snowmelt, snowbank, "
        "icicles, frost",
        "pluie, neige, glace, grele, verglas, gouttieres, gouttiere, degel, fonte, glacons, "
        "banc de neige",
        exact=True,
    ),
    # "Pushing him to hold a package": pressure to act, not a shove.
    _f(
        "pressed_to_act",
        ", ".join(
            f"{verb} {whom} to {act}"
            for verb in ("push", "pushing", "pushed", "pushes")
            for whom in ("him", "her", "me", "them", "us")
            for act in (
                "hold",
                "keep",
                "carry",
                "bring",
                "take",
                "pay",
                "sell",
                "hide",
                "stash",
                "do",
                "run",
                "move",
                "give",
                "get",
                "make",
                "smuggle",
                "join",
                "go",
            )
        ),
        "pousser a, pousse a, poussent a, l'a pousse a, se fait pousser pour",
        exact=True,
    ),
    # "The flooding pushed him out of his basement suite": a home lost, not a shove.
    _f(
        "displaced",
        ", ".join(
            f"{verb} {whom} out of {owner} {place}"
            for verb in ("push", "pushed", "pushes", "pushing")
            for whom, owner in (("him", "his"), ("her", "her"), ("them", "their"))
            for place in ("apartment", "suite", "basement", "home", "house", "place", "job")
        ),
        "",
        exact=True,
    ),
    # A name told to a staff member is no gift: "he gave me her first name only" (a first name
    # written on a card for her is still boundary testing).
    _f(
        "given_word",
        ", ".join(
            f"{verb} me {what}"
            for verb in ("gave", "give", "gives", "giving")
            for what in (
                "her name",
                "his name",
                "her first name",
                "his first name",
                "the name",
                "a name",
                "an answer",
                "a reason",
                "an excuse",
                "his version",
                "her version",
                "a statement",
                "a urine sample",
                "a sample",
            )
        ),
        "",
        exact=True,
    ),
    # A sample for the lab, not a fluid thrown: « le test d'urine est envoyé au labo ».
    _f(
        "lab_sample",
        "urine sample, urine test, urinalysis, to the lab, for testing",
        "test d'urine, echantillon d'urine, au labo, au laboratoire, pour analyse",
        exact=True,
    ),
    # One dose kept in the mouth, not a store: « garde ses pilules dans sa joue ».
    _f(
        "in_cheek",
        "in his cheek, in her cheek, under his tongue, under her tongue",
        "dans sa joue, dans la joue, sous sa langue, sous la langue",
        exact=True,
    ),
    # A push that is an effort: "big push for the staff Christmas lunch".
    _f("effort_push", "big push, a push for, the push for, final push, last push", "", exact=True),
    # Pills spat where nobody is: « les crache dans le lavabo ».
    _f(
        "spat_away",
        "in the sink, into the sink, in the toilet, into the toilet, into his hand, "
        "into her hand, in his hand, in her hand",
        "dans le lavabo, dans la toilette, dans le bol, dans sa main",
        exact=True,
    ),
    # A machine that "kicked in" (a generator, the heat) kicks no one.
    _f("kicked_in", "kicked in, kicks in, kick in", "", exact=True),
    # "Grab him a charger": an errand, not a grab.
    _f(
        "errand",
        "grab him a, grab her a, grab me a, grab them a, grab us a, grab him some, grab her some, "
        "grab me some, grab them some, get him a, get her a, get me a",
        "",
        exact=True,
    ),
    _f(
        "animal",
        "dog, dogs, mastiff, pitbull, pit bull, rottweiler, shepherd, it",
        "chien, chiens, pitbull, berger",
        exact=True,
    ),
    _f(
        "caught_at",
        "",
        "a sortir, a voler, a fumer, a cacher, a passer, a vendre, a prendre, a faire, a rentrer, "
        "a donner, a payer, a dealer, a consommer, a apporter, en train de",
        exact=True,  # "a pris" (took) is no form of "a prendre"
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
        "strangle, tackle, pinned, pinning, pin down, slam, drag, stomp, spit, lunge, attack, "
        "assault, beat, smack, "
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
    # A thing thrown at a man named: "threw his chair at Morin", "a lancé sa chaise sur le pt
    # Morin"; not "sent on Facebook" nor "throwing up signs on Weston".
    _f("hurl", "throw, toss, chuck, fling, hurl", "lancer, garocher, garrocher, lance"),
    _f(
        "hurled_at",
        "at, in the face of",
        "sur, au visage de, dans la face de, a la face de, dans le visage de",
        exact=True,
    ),
    # Where staff sit behind a counter or glass: a chair thrown at it is thrown at them.
    _f(
        "staff_post",
        "counter, front counter, front desk, reception, reception desk, reception window, wicket, "
        "bubble, control post, officer's station, officers' station, nursing station, desk",
        "comptoir, reception, guichet, bulle, poste de controle, poste des agents, "
        "poste de garde, poste infirmier",
        exact=True,
    ),
    _f(
        "swing",
        "swing, swings, swung, swinging, jab, jabbed, jabbing, lunge, lunged, lunging, come at, "
        "came at, comes at, coming at, went at, goes at, charged, charges, charging, "
        "go after, went after, goes after, going after",
        "s'en prendre, s'en est pris, s'en prend, foncer, fonce, foncait, s'est lance, "
        "s'est lancee",
        # "A phone charger" is no form of "charge", and the bare verb is the "charge nurse".
        exact=True,
    ),
    _f(
        "wound",
        "cuts, lacerations, laceration, slashes, gashes, slices, burn marks, cut marks, scratches",
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
    # Tattoos on the forearm and the neck are ink, not a hold: "tatous RM sur l'avant-bras".
    _f(
        "tattoo",
        "tattoo, tattoos, tattooed, ink, inked",
        "tatou, tatous, tatoue, tatouage, tatouages",
    ),
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
        "lock, padlock, batteries, battery, cans, can of, rock, stone, bar of soap, "
        "something heavy",
        "cadenas, piles, pile, cannes, canne, roche, pierre, barre de savon",
        # Matched as written: "pills" is one slip from French "piles" (batteries).
        exact=True,
    ),
    _f("sock", "sock, pillowcase, pillow case", "bas, chaussette, taie"),
    # Self-harm and suicide: what is tied, where, and the words that sound like a goodbye.
    _f(
        "furniture",
        "mattress, bed, bunk, locker, desk, table, chair, chairs, bed frame, shelf, dresser, "
        "wardrobe, nightstand",
        "matelas, lit, bureau, table, chaise, chaises, casier, etagere, commode, armoire",
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
        "everything is taken care of, it's all taken care of, got my affairs in order, "
        "tout regle, tout est regle, j'ai tout regle, mes affaires en ordre, "
        "won't be making that trip, won't be making the trip, not going back alive, "
        "mail it after, post it after, send it after, "
        "won't go back alive, not going to make that trip, "
        "at peace with it all, at peace with everything, made his peace, made my peace, "
        "drop his appeal, dropped his appeal, drop my appeal, "
        "farewell, i'm ready, he's ready, he is ready, letters for everyone, "
        "done with all of it, done with everything, done with it all, "
        "you'll be rid of me, you won't have to deal with me, nobody will have to deal with me, "
        "no one will have to deal with me, will all be over soon, it'll all be over soon, "
        "love the kids for me, take care of my, take care of the kids, when i'm gone, "
        "when im gone, when it's over, no point anymore, last time you'll see, won't need it, "
        "won't need them, won't be needing, this is it, where i'm going, where im going, "
        "won't need any, wont need any, nobody will notice, nobody'll notice, i'm done, "
        "i'm finished, i'm through, im done, better this way, it's better like this, at peace, "
        "for the best, you'll have peace, finally have peace, finally have some peace, "
        "sorry mom, sorry ma, sorry mum, easier for everyone, simpler for everyone, "
        "won't be there anymore, wont be there anymore, won't be around anymore, "
        "be good for mom, be good for your mom, to mail after, "
        "tired of all of it, tired of everything, "
        "won't make it to the gate, won't make it out, not gonna make it out, "
        "nothing out there, nothing left out there, nothing to go back to, "
        "nothing to get out for, won't bother you anymore, won't be around much longer",
        # "J'en aurai pu besoin" (I won't need them), not "il en a pu besoin" (his lithium).
        "ca sert a rien, sert a rien, sert pu a rien, sert plus a rien, "
        "a dit bye a tout le monde, dit bye a tout le monde, dit adieu a tout le monde, "
        "aurai pu besoin, aurai plus besoin, aura pu besoin, "
        "aura plus besoin, pu besoin de rien, plus besoin de rien, quand ca va etre fini, "
        "quand je serai parti, adieu, prenez soin, prends soin, pardon pour tout, "
        "desole pour tout, c'est la derniere fois, la derniere fois que tu, "
        "la derniere fois que vous, derniere fois qu'on se voit, quand ca sera fini, etait "
        "pret, est pret, suis pret, "
        "lettres pour tout le monde, c'est fini, c'est la fin, serai pu un probleme, "
        "serai plus un probleme, j'ai fini, je suis fini, j'en ai fini, moi c'est fini, "
        "j'ai tout prevu, tout planifie, mieux comme ca, mieux ainsi, en paix, "
        "vous allez etre tranquilles, vous serez tranquilles, vous aurez la paix, "
        "vous allez avoir la paix, tu vas avoir la paix, tu auras la paix, "
        "tu vas etre tranquille, se rendra pas a la porte, me rendrai pas a la porte, "
        "plus simple pour tout le monde, fatigue de tout ca, tanne de tout, au cas ou, "
        "a rien dehors, rien qui m'attend dehors, rien qui l'attend dehors",
    ),
    # Things handed over with a word said: "keep them", "prenez-les". Matched as written: "she
    # kept them" and "elle a gardé les captures d'écran" hand nothing over.
    _f(
        "parting_words",
        "keep them, keep it all, keep it, you can have it, you can have them, have them",
        "prenez-les, gardez-les, prends-les, c'est a toi, c'est a vous",
        exact=True,
    ),
    _f(
        "give",
        "give, gave, hand out, hand over, hands, handing out, handing, leave, left, give away",
        "donner, laisser, leguer, distribuer, donne",
    ),
    # "Signed his guitar over to his cellie": a thing given away on a form.
    _f("sign", "sign, signed, signs, signing", "", exact=True),
    _f("over", "over", "", exact=True),
    _f(
        "belongings",
        "tv, television, radio, guitar, shoes, runners, chain, watch, canteen, photos, "
        "pictures, stuff, things, belongings, property, clothes, jewelry, ring, stamps, books, "
        "letters, hoodie, sweater, sweatshirt, jacket, blanket, album, photo album, cards, "
        "favourite, car, truck, motorcycle, bike, dog, cat, tools, xbox, playstation, console, "
        "savings",
        "tele, television, tv, radio, guitare, souliers, espadrilles, chaine, montre, cantine, "
        "cannes, photos, affaires, choses, linge, bijoux, bague, timbres, livres, lettres, "
        "chandail, coton ouate, hoodie, manteau, couverte, album, cartes, prefere, preferee, "
        "moto, char, auto, voiture, camion, truck, velo, chien, chat, outils, console, epargnes",
    ),
    _f(
        "farewell_note",
        "letter, note, message, text, texted, pic, picture, card",
        "lettre, mot, message, texto, texte, photo",
    ),
    # A veiled "tonight" said by a man whose file holds attempts: hedged risk is still risk.
    _f(
        "veiled_tonight",
        "tonight's the night, tonight is the night, maybe tonight, it'll be tonight",
        "c'est a soir, c'est ce soir, peut-etre a soir, peut-etre ce soir",
        exact=True,
    ),
    _f(
        "attempt_history",
        "prior attempts, previous attempts, attempts on file, history of attempts, "
        "prior hanging attempts, previous hanging attempts, past attempts",
        "tentatives anterieures, tentatives au dossier, antecedents de tentative, "
        "deja fait des tentatives",
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
        "scattered",
        "scattered, all over the floor, spilled, everywhere, on the floor",
        "eparpillees, eparpilles, partout, par terre, renversees",
    ),
    _f(
        "drowsy",
        "nodding off, nodding, slurring, slurred, can't keep his eyes open, drowsy, out of it, "
        "want to sleep, vomit, vomiting, puddle of vomit",
        "cogne des clous, parle mal, endormi, dans les vapes, vomi, vomit",
    ),
    _f(
        "quantity",
        "all, all of, handful, bunch, whole, entire, every, bottle, a bottle of, the rest of",
        "toutes, tous, poignee, bouteille, paquet",
    ),
    _f("ingest", "swallow, take, took, down, ingest, pop, eat", "avaler, prendre, pris, manger"),
    _f(
        "ingested_all",
        "took the lot, took them all, took all of them, took the whole lot, swallowed them all, "
        "swallowed the lot, swallowed all of them, popped them all, downed them all",
        "les a toutes prises, les a toutes avalees, a tout pris, a tout avale, toutes avalees, "
        "tout avale d'un coup",
    ),
    _f(
        "own_saved",
        "own, saving, saved, stockpile, stockpiled, hoard, cheeked, cheeking",
        "ses propres, accumule, accumulees, gardait, ramassait, cachait",
    ),
    # Doses kept in the cheek over time, or told by the pronoun of a store found: the store.
    _f(
        "cheeked_over_time",
        "been cheeking, cheeking them, cheeked them, cheeking them all, cheeked them all, "
        "been palming, palming them, palmed them, palmed them all",
        "les cachait dans sa joue, les gardait dans sa joue",
        exact=True,
    ),
    _f("cheek_act", "cheeking, cheeked, palming, palmed", "", exact=True),
    # A dose passed on to someone else, or traded: diversion, not a store of his own.
    _f(
        "passed_on",
        "passed it to, handed it to, gave it to, passed them to, handed them to, slipped it to, "
        "hand something to, handed something to, gave something to, passed something to, "
        "trades them, traded them, trading them, sells them, sold them, selling them, swaps them, "
        "swapped them",
        "l'a passe a, l'a donne a, les a passes a, les a donnes a, l'a refile a, les echange, "
        "les vend, les revend, les echangeait, les vendait",
        exact=True,
    ),
    _f(
        "save",
        # Not "palmed", one dose kept from the nurse: diversion (a dose refused), unless told
        # over days (``cheeked_over_time``).
        "save, saving, stockpile, hoard, collect, stash, accumulate",
        "accumuler, ramasser, cacher, garder, stocker",
    ),
    # Medical emergencies: two signs together, or a sign in a diabetic.
    _f(
        "symptom",
        "sweaty, sweating, clammy, diaphoretic, shaking, shaky, trembling, tremors, "
        # Grey in the face, not "in grey sweats".
        "confused, confusion, disoriented, mixed up, not making sense, pale, ashen, looks grey, "
        "looked grey, turned grey, going grey, gone grey, grey in the face, looks gray, "
        "looked gray, turned gray, gray in the face, "
        "dizzy, short of breath, can't hold, cannot stand, can't stand, wobbly, chest pain, "
        "couldn't stand, can't stand straight, "
        "chest hurts, tight chest, chest tight, pressure in his chest, left arm, "
        "down his arm, vomiting, cold sweat, wheezing, heart racing, racing heart, palpitations, "
        "blue lips, shaking all over, drooling, foaming, eyes rolled back, eyes rolling, "
        "going purple, turning purple, not answering me, no response, turning blue, gone blue, "
        "breathing fast, rapid breathing, hot and dry, talking nonsense, barely responding, "
        "barely responsive",
        "suant, sueur, sueurs, tremble, tremblement, confus, melange, melee, desoriente, pale, "
        "gris, bleme, etourdi, souffle court, mal a la poitrine, douleur a la poitrine, "
        "serre la poitrine, descend dans le bras, vomit, sue, "
        "suait, siffle, coeur bat vite, bleu autour, bave, tremble de partout, ecume, "
        "yeux revulses, yeux dans la tete, pas de reponse, aucune reponse, bleu, bleue, bleute, "
        "aucune reaction, reagit pas, "
        "respire vite, peau chaude, dit n'importe quoi, repond a peine, "
        "reagit a peine",
    ),
    _f(
        "farewell_words",
        "thanks for everything, thank you for everything, tell my kids, tell my mom, "
        "tell my wife, "
        "look after my, forgive me, sorry to everyone, sorry to everybody, "
        "you'll never see me again, you won't see me again, it's better this way",
        "merci pour tout, dis a mes enfants, dites a ma mere, pardonne-moi, pardonnez-moi, "
        "je m'excuse a tout le monde, excusez-moi tout le monde, pardon a tout le monde, "
        "vous me reverrez pu, vous me reverrez plus, tu me reverras pu, tu me reverras plus, "
        "c'est mieux de meme, c'est mieux comme ca",
    ),
    # Gas smelled behind a door nobody answers: a life at risk on the other side.
    _f(
        "gas_smell",
        "smell of gas, smells of gas, smelled gas, smell gas, gas smell, smelling gas",
        "odeur de gaz, sent le gaz, sentait le gaz, senteur de gaz",
    ),
    _f(
        "unreachable",
        "isn't answering, isnt answering, not answering, can't reach, cannot reach, "
        "no answer, can't get hold, locked from the inside, locked from inside, "
        "won't open the door, won't open his door, won't answer, wont answer, "
        "locked in the bathroom, locked himself in, locked herself in",
        "repond pas, repond plus, injoignable, pas capable de le rejoindre, barre de l'interieur, "
        "verrouillee de l'interieur, ouvre pas sa porte, enferme dans la salle de bain, "
        "s'est enferme, s'est enfermee, enferme dans sa chambre",
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
        "non-contact, non-communication, no contact with, through a third party, "
        "not to contact her, not to contact the victim",
        "non-contact, non contact, non-communication, interdit de contact, aucun contact avec, "
        "par personne interposee, par un tiers, ne pas la contacter, ne pas contacter, "
        "ne pas la communiquer",
    ),
    _f(
        "victim",
        "victim, victim's, complainant, his ex, her ex",
        "victime, plaignante, plaignant, son ex, sa ex",
    ),
    _f(
        "contact_act",
        "talked, spoke, approached, seen near, waiting, messaged, texted, called, went to, "
        "showed up, came to their house, came to her house, came to the house, came to her door, "
        "on the phone with, phoned, drop the charges, withdraw her complaint, drop her complaint, "
        "sent his brother, sent a friend, asked me to come",
        "parle, approche, vu, attendait, texte, appele, ecrit, presente, est venu chez, "
        "est venue chez, a envoye son frere, a envoye quelqu'un, venu cogner chez, cogne chez, "
        "cogner chez, sonne chez, au telephone avec, sur le telephone avec, retirer sa plainte, "
        "retire sa plainte",
    ),
    _f(
        "height",
        "railing, rail, ledge, roof, balcony, upper tier, top tier, catwalk, stairwell",
        "rampe, garde-corps, rebord, toit, balcon, passerelle, etage du haut",
    ),
    _f("jump", "jump, jumping, jumps, leap, leaping", "sauter, saute, sauterait, sauterai"),
    _f(
        "block_self",
        "planted himself, placed himself, posted himself, parked himself, put himself, "
        "stood himself",
        "s'est plante, s'est poste, s'est place, s'est mis, se plante, se tient",
    ),
    _f("diabetes", "diabetic, diabetes, sugar, insulin", "diabetique, diabete, sucre, insuline"),
    # A voice shaking with fear is no sign of illness: "her voice was shaky".
    _f(
        "fearful_voice",
        "voice was shaky, voice is shaky, shaky voice, voice shaking, voice was shaking, "
        "voice trembling, voice was trembling",
        "voix tremblante, voix tremblait, voix qui tremble, voix qui tremblait",
        exact=True,
    ),
    # Staff shut in a cell with a man who holds the door: "went into 1-8 for his insulin, the
    # door swung shut ... standing with his back against the door".
    _f(
        "back_to_door",
        "back against the door, back to the door, back up against the door, "
        "back against the cell door, back to the cell door",
        "dos contre la porte, dos a la porte, dos accote sur la porte, dos accote a la porte",
        exact=True,
    ),
    _f(
        "went_in",
        "went into, went in, goes into, inside the cell, in the cell with, in with him, "
        "door swung shut, door closed behind, door shut behind, door slammed shut",
        "entree dans, entre dans, est entree, est entre, dans la cellule avec, "
        "porte s'est fermee, porte s'est refermee",
        exact=True,
    ),
)
