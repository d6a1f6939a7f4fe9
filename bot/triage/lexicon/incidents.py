"""Incident types from the HMPPS checklist and the policy's acts, and community concerns.

Levels and routes follow the triage policy; the comments cite its clauses.
"""

from __future__ import annotations

from bot.triage.lexicon.concept import CM, HS, SI, Concept, concept

# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # HMPPS key or lock compromise, radio compromise: a staff member compromised right now.
    concept("key_compromise", "immediate", {SI}, "keys/radio compromised",
       "clés/radio compromises",
       r"(ripp|grabb|took|snatch|arrach|pogn|stole|steal)\w* (\w+ ){0,3}(radio|keys|cles|"
       r"trousseau)\b",
       r"(?<!his\s)(?<!her\s)(?<!son\s)(?<!sa\s)(?<!my\s)"
       r"(keys?|radio|cles?|clefs?|trousseau) (\w+ ){0,3}(went|gone|go|are|is|was|were|been) "
       r"missing", r"(lock|keyhole|door|gate|serrure|barrure)s? (\w+ ){0,4}(tampered|jammed with|"
       r"glued|gum|stuffed with|trafiqu\w*|forc\w*|colle)", r"tamper\w* (with )?(the |a )?(lock|"
       r"door|gate|keyhole)"),
    # HMPPS Tool loss: a blade or tool gone from its control is a weapon until it is found, and a
    # count that names it is no harmless context (``bot.triage.cues``).
    concept("tool_loss", "immediate", {SI}, "tool missing", "outil manquant",
       r"(knife|knives|blade|cleaver|scissors|screwdriver|chisel|hacksaw|hammer|wrench|pliers|"
       r"awl|tool|utensil|peeler) (\w+ ){0,3}(is |was |are |were |went |still )?(missing|"
       r"unaccounted|not (on|back on|returned to|in) (the |its )?(board|shadow ?board|crib|slot|"
       r"rack)|wasn'?t (on|back on|in) (the |its )?(board|shadow ?board|crib|slot|rack)|"
       r"not returned|never returned|short)\b",
       r"(missing|short|manque) (a |one |un |une )?(\w+ )?(knife|blade|scissors|screwdriver|"
       r"chisel|couteau|lame|ciseaux|tournevis)\b",
       r"(couteau|lame|ciseaux|tournevis|outil|marteau|pince|lime|ustensile)s? (\w+ ){0,3}"
       r"(manqu\w*|introuvable|pas (revenu|remis|retourne|sur le tableau)|disparu)",
       r"il manque (un|une|le|la) (\w+ )?(couteau|lame|ciseaux|tournevis|outil|marteau|pince)"),
    # HMPPS Bomb: a threat or a suspicious device is a present risk to the institution.
    concept("bomb", "immediate", {SI}, "bomb threat/device", "alerte à la bombe/engin",
       # Not the compliment: "c'était une bombe" (delicious), "it's the bomb".
       r"(?<!the\s)bombs?\b(?! (pop|bag))", r"(?<!c'etait\sune\s)(?<!cetait\sune\s)"
       r"(?<!c'est\sune\s)(?<!etait\sune\s)(?<!etait\s'une\s)(?<!c'etait\s'une\s)"
       r"(?<!lache\sune\s)(?<!lache\s'une\s)(?<!dropped\sa\s)"
       r"bombes?\b(?!'? (de|d') ?(feuilles|neige|bain|graines|eau|table|saveur|"
       r"chocolat))", r"explosi(f|ve)s?\b", r"(?-i:IED)\b",
       r"(suspicious|suspect) (device|package|parcel)", r"colis suspect",
       r"engin (explosif|suspect)",
       r"(wires|fils) (\w+ ){0,3}(sticking out|qui depassent)"),
    # HMPPS Release in error: someone who should be inside is out.
    concept("release_error", "immediate", {SI}, "released in error", "libéré par erreur",
       r"releas\w* (\w+ ){0,6}(but|yet|even though|although|alors que|mais) (\w+ ){0,8}(warrant|"
       r"detainer|mandat)", r"(should not|shouldn'?t|should never|n'aurait pas du) (have )?(been |"
       r"etre )?(released|libere)", r"wrongful release", r"warrant (\w+ ){0,5}never (entered|"
       r"processed|logged)",
       r"releas\w* (\w+ ){0,2}(in error|by mistake|wrongly|erroneously)", r"wrongly released",
       r"(libere|liberee|liberation|sorti) (\w+ ){0,2}par erreur"),
    # HMPPS Dirty protest: a security incident and a sign of a man in distress.
    concept("dirty_protest", "priority", {SI, HS}, "dirty protest", "protestation salissante",
       r"dirty protest",
       r"smear\w* (\w+ ){0,3}(feces|faeces|shit|excrement|poop|urine|blood|walls?|"
       r"window|door)", r"(barbouill\w*|etend\w*|etal\w*) (\w+ ){0,3}(excrements|marde|merde|"
       r"matieres fecales)"),
    # triage-policy immediate: a drop under way (someone waiting for or picking up a throw-over).
    concept("drop_under_way", "immediate", {SI}, "drop under way", "largage en cours",
       # Planned with a place and a time: "lancer le paquet par-dessus la clôture dimanche à 21h".
       r"(lancer|lance|garrocher|garocher|throw|toss|chuck)\w* (\w+ ){0,3}(paquet|package|colis|"
       r"ballon|bundle|sac|bag)s? (\w+ ){0,3}(par-dessus|over) (la |le |the )?(cloture|fence|mur|"
       r"wall)[^.;!?]{0,60}\b(\d{1,2} ?h|\d{1,2}:\d\d|tonight|ce soir|a soir|demain|tomorrow|"
       r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|"
       r"friday|saturday|sunday)\b"),
    # triage-policy priority (community): a collateral contact raising a concern.
    concept("collateral_concern", "priority", set(), "collateral concern",
       "inquiétude d'un contact",
       # Around children, asked about them: "y traîne autour du terrain de jeux après ses heures".
       r"(traine\w*|hangs? (around|out)|hanging (around|out)|loiter\w*|linger\w*|rode\w*) "
       r"(\w+ ){0,2}((autour (du|des|de la)|pres (du|de la|des)|near|around|by|at) )?(the |le |"
       r"la |les )?(\w+ )?(terrain de jeux?|parc|ecole|garderie|playground|school|daycare|park|"
       r"camp de jour|day camp|arena|piscine|pool)\b",
       r"(asks?|asked|asking|demande\w*) (les |the |aux )?(enfants|kids|children|petits) (their|"
       r"leur|for their)\b",
       r"(questions?|asks?|asking|asked|demande\w*) (\w+ ){0,4}(sur|about) (les |the )?(enfants|"
       r"kids|children|petits|jeunes filles|young girls|young boys)\b"),
    # triage-policy: new information that departs from what was declared or planned.
    concept("undisclosed", "priority", {CM}, "not in the plan", "hors du plan",
       r"(irait|ira|va|veut|voulait) (\w+ ){0,1}(pas|plus|pu) (au|a la|a sa) (crc|ccc|maison de "
       r"transition|centre|placement)",
       r"(?<!\bi\s)(?<!\bi\shad\s)(?<!\bwe\shad\s)(?<!\bi\shave\s)(?<!\bwe\s)"
       r"(not|never|wasn'?t|hasn'?t|didn'?t|did not|has not) (\w+ ){0,1}(declared?|disclosed?|"
       r"mentioned|told (us|me|his po|the office))", r"(pas|jamais) (\w+ ){0,2}(declare|divulgue|"
       r"mentionne)",
       # "Pas encore avisé" is a man not yet told of something, no secret of his.
       r"(pas|jamais) (?!encore )(\w+ ){0,2}avise",
       r"(me|nous|m'|lui|leur) l'a (pas|jamais) (dit|declare|mentionne|avoue)", r"sans (nous|me|"
       r"m') (le )?(dire|aviser)",
       r"(not|none|nothing|isn'?t|wasn'?t|aren'?t) (\w+ ){0,4}(in|part of|dans|"
       r"partie de) (his|the|her|son|le) (release |"
       r"correctional |community )?"
       r"plan",
       r"instead of (going to |moving to |staying at |living at )?(the |his )?((?-i:CCC|CRC)|"
       r"halfway house|plan|release plan)",
       r"au lieu de (la )?((?-i:CCC|CRC)|maison de transition)",
       # "Staying with a new girlfriend after release, not at his sister's like the plan says."
       r"(not|instead of|rather than|pas) ((going|moving|staying|living|aller|rester|vivre) )?"
       r"(at|with|to|chez|a|au|avec) ([\w']+ ){0,5}(like|as|comme) "
       r"(the|his|her|le|son|sa) (release |correctional )?plan (says|said|dit|prevoit|prevoyait)",
       r"(new|nouvelle?) (girlfriend|boyfriend|partner|blonde|chum|conjointe?)[^.;!?]{0,60}\b("
       r"after|once|when|apres|a) (his |her |sa |son )?(release|he'?s (out|released)|she'?s (out|"
       r"released)|sortie|liberation)",
       r"au lieu (de|du|d') (l'|la |le )?(\w+ ){0,4}prevue? (dans|a|par) (son|le) plan",
       r"s'en va (pu|plus) en maison",
       r"pas dans (le|son) plan", r"fell through",
       r"instead of (the |his |her )?(job|work|placement|program|housing)",
       r"plutot (que|qu') (la job|l'emploi|le travail|le placement)",
       r"(hasn'?t|has not|haven'?t|not|n'a pas ete|pas) (yet )?(been )?(assessed|approved|"
       r"verified|evalue|approuve|verifie)",
       r"(never|jamais) (\w+ ){0,2}(heard of|entendu parler d)", r"(l'a|l'ont|has|have|had) "
       r"(jamais|never) (vu|seen|hired|engage|employed|met)", r"(doesn'?t|does not|never|didn'?t) "
       r"work(ed|s)? (there|for (them|us|him))",
       r"travaill\w* (pas|jamais) (la|pour eux|pour lui)",
       r"(neither|nor|n'apparai\w*|ne figure\w*|n'est) (\w+ ){0,4}(in|dans|a) (his|her|the|son|"
       r"le) (release |correctional |community |de sortie )?plan",
       r"plutot (qu'|que |qu')(a |au |en |chez )?(la |le )?((?-i:CCC|CRC)|maison de transition|"
       r"centre (residentiel|correctionnel)|foyer|hebergement|endroit prevu)",
       r"(sans|without) (\w+ ){0,2}(approval|approbation|autorisation|permission) (\w+ ){0,3}"
       r"(plan|address|adresse|residence|residency)",
       # The planned home given up: "n'ira plus vivre chez sa mère", "won't be living with".
       r"(n'?ira|ira|irait|va|veut|voulait) (\w+ ){0,1}(pas|plus|pu) (aller )?(vivre|rester|"
       r"habiter|demeurer) (chez|avec) (sa|son|ses) (mere|pere|soeur|frere|tante|oncle|parents|"
       r"grand-?\w+|cousin\w*)",
       r"(won'?t|will not|isn'?t going to|no longer (going to|wants to)) (be )?(liv\w+|stay\w*|"
       r"go\w*) (with|at|to) (his|her) (mother|mom|father|dad|sister|brother|aunt|uncle|"
       r"grand\w+|parents)",
       r"((he|she|i|they|you|we)'ll|will|going to|gonna|plans? to|wants? to|va|veut) (stay|live|"
       r"move in|crash|"
       r"rester|vivre|"
       r"habiter|demeurer) (at|with|in|chez) (his |her |a |the |my |son |sa |mon |ma )?(cousin|"
       r"brother|sister|friend|"
       r"buddy|girlfriend|ex|uncle|aunt|mother|father|mom|dad|chum|blonde|frere|soeur|ami|oncle|"
       r"tante|mere|pere|\w+'s)", r"nowhere to (go|stay|live)",
       r"(moving|move|moved|going to live|staying) (back )?in (with|together)",
       r"(va|vont) (rester|vivre|habiter) chez",
       r"(n'ira|ira) (pas|pu|plus) (au|a la|en) ",
       r"no longer (going|staying|welcome|allowed)", r"undisclosed",
       r"(new|nouvelle|nouveau) (girlfriend|boyfriend|"
       r"partner|blonde|chum|conjointe?) (\w+ ){0,6}(not|never|pas|jamais|hasn'?t|didn'?t)"),
    # Medication taken as prescribed: a routine note for health services.
    concept("medication_taken", "routine", {HS}, "medication taken", "médication prise",
       r"(meds|medications?|dose|prescription|medicaments?|posologie) (\w+ ){0,2}(changed|"
       r"increased|decreased|adjusted|switched|change\w*|augment\w*|diminu\w*|ajust\w*)",
       r"(adjusted|changed|increased|decreased|switched|upped|lowered|ajust\w*|chang\w*|augment\w*|"
       r"diminu\w*) (\w+ ){0,2}(meds|medications?|dose|dosage|prescription|medicaments?|"
       r"posologie)\b",
       r"(took|taken|takes|prend|pris|a pris) (\w+ ){0,2}(meds|medications?|medicaments|"
       r"pilules|dose)\b(?! (from|de) )"),
    # The med line's everyday business: health services follow it in a routine note; where the
    # med line is only the place of an incident (pills passed there), the incident's routes do.
    concept("med_line", "routine", {HS}, "medication round", "distribution des médicaments",
       r"(?<!at\sthe\s)(?<!at\s)(?<!from\sthe\s)(med|meds|methadone|suboxone|insulin|medication|"
       r"pill) (line|round|rounds|time|pass)\b",
       r"(ligne|distribution) (de |des )?(meds|medicaments|methadone|pilules|medication)",
       r"(nurse|infirmi\w+)'?s? (rounds?|ronde)|ronde (d'|de l')?l?infirmi\w+",
       r"(methadone|suboxone) (taper|program|list|programme|liste)",
       r"(takes|took|prend|a pris|does|did) (his|her|sa|son) (own )?(insulin|insuline)",
       r"(compliant|complied|adherent) with (his |her |all )?(meds|medications?|pills|dose\w*)",
       r"(took|takes|taking|prend|a pris|prenait) (all )?(his|her|ses|sa) (meds|medications?|"
       r"medicaments|medication|pills) (\w+ ){0,3}(every|all|at all|as prescribed|tous les|"
       r"comme prescrit|sans probleme)",
       r"(mouth|bouche) checks?|verif\w* de (la )?bouche", routine_only=True),
    # A visit with a mental-health clinician: a routine note health services follow.
    concept("health_follow_up", "routine", {HS}, "health follow-up", "suivi de santé",
       r"(saw|seen|see|met|meets|meeting|visit\w*|assessed|assessment|appointment|appt|rdv|"
       r"rendez-vous|vu|voit|rencontr\w*|evalu\w*) (\w+ ){0,3}(by |with |par |avec )?(the |a |"
       r"his |her |le |la |l'|sa |son )?(psychiatrist|psychologist|psych\b|mental health (team|"
       r"nurse|worker|clinician)|psychiatre|psychologue|equipe de sante mentale|infirmiere en "
       r"sante mentale)",
       r"(psychiatrist|psychologist|mental health team|psychiatre|psychologue|equipe de sante "
       r"mentale) (\w+ ){0,2}(saw|met|assessed|seen|a vu|l'a vu|a rencontre|l'a rencontre|"
       r"rencontre|evalue)"),
    # Mental-health care as a treatment centre lives it: a psychiatric drug named, a depot
    # injection, vital signs, side effects, an observation status, a safety plan. Whatever the
    # urgency, health services follow it (triage-policy routes: mental state and medication).
    concept("health_care", "routine", {HS}, "health care", "soins de santé",
       r"(clozapine|clozaril|olanzapine|zyprexa|seroquel|quetiapine|(?<!de\s)lithium(?! (batter|"
       r"cell|ion|pile))|risperidone|risperdal|abilify|aripiprazole|haldol|haloperidol|invega|"
       r"paliperidone|epival|divalproex|valproate|ativan|lorazepam|rivotril|clonazepam|zoloft|"
       r"sertraline|prozac|fluoxetine|effexor|venlafaxine|antipsychoti\w*|antidepress\w*|mood "
       r"stabili[sz]er\w*|neuroleptique\w*|regulateur de l'humeur)\b",
       r"(depot|long-acting) (injection|shot|dose|med\w*|appointment|appt)",
       r"(his|her) depot\b", r"injection (de |d')?(depot|retard|longue duree|longue action)",
       r"(vital signs|signes vitaux)\b",
       r"vitals (were |are |was )?(normal|fine|ok|okay|stable|good|checked|taken|done)\b",
       r"(picks?|picked|picking) up (his|her) (meds|medications?|pills|prescriptions?)",
       r"(side|secondary) effects?",
       r"effets? (secondaires?|indesirables?)", r"tardive\b", r"(?-i:AIMS)\b",
       r"safety plan", r"plan de securite (personnel|individuel)",
       r"(constant|modified|close|continuous|suicide|mental health|mh) (obs|observation|watch)\b",
       r"(observation|obs) (room|status|level)\b",
       r"(en |sous )?observation (constante|modifiee|etroite|continue|speciale)",
       r"(voir|see|talk to|speak (to|with)|parler (au|a la|a|avec)) (le |la |the |a |his |her |"
       r"son |sa )?(psychiatr\w*|psycholog\w*|psych)\b"),
    # triage-policy acts: stockpiling pills is self-harm told by the act (own medication: HS only).
    concept("stockpile", "immediate", {HS}, "pills stockpiled", "médicaments accumulés",
       excludes=("search", "drugs", "overdose", "contraband", "medication_refusal", "alcohol")),
)
# fmt: on
