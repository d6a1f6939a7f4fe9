"""A marked change in mental state, injuries and medication (health services, priority).

Levels and routes follow the triage policy; the comments cite its clauses.
"""

from __future__ import annotations

from bot.triage.lexicon.concept import HS, OUT_OF_DOPE, Concept, concept

# Silence when staff come near is talk hidden from them (trouble brewing), no withdrawal: "they
# stopped talking when they saw me".
_NOT_WHEN_SEEN = r"(?! (when|as soon as|once|the moment|the second) (they|he|she|i|we|staff)\b)"

# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # triage-policy priority: a marked change in behaviour or mental state.
    concept("mental_state", "priority", {HS}, "change in mental state",
       "changement de l'état mental",
       r"(talk|speak|answer|yell|argu)\w* (to|at|with) (people|someone|somebody|voices|things|a "
       r"man|a woman|a guy) (who|that) (aren'?t|isn'?t|are not|is not|wasn'?t|weren'?t) "
       r"(there|real)",
       r"(parl|repond|cri|chical)\w* (a|avec|apres) (du monde|des gens|quelqu'un|des voix|un "
       r"gars) qui (est|sont|etait|etaient) (pas|pu) (la|vrai\w*)",
       r"(hearing|seeing) things", r"responding to (voices|internal stimuli)",
       r"voices? (\w+ ){0,2}(tell\w*|told|say\w*|order\w*) (him|her|me)\b",
       r"(les )?voix (\w+ ){0,2}(lui|me|y) (disent|dit|ordonnent|demandent)\b",
       r"tear(y|ful)", r"weepy", r"isolat(ing|ed|es) (himself|herself|in)",
       r"(mood|affect|humeur) (\w+ ){0,3}(flat|low|down|sombre|basse?|triste|depressive)\b",
       r"(stopped|quit|not|no longer|arrete d'aller|va (pu|plus)) (going to |attending |"
       r"coming to |"
       r"a la |au )?(yard|meals|programs?|gym|work|school|cour|repas|gymnase|travail)\b",
       r"(very|really|pretty|quite) (flat|down)\b",
       # Voices told as things heard: "entend des affaires dans les murs qui parlent de lui",
       # "hears his grandmother telling him things at night".
       r"(he|she|il|elle|y|qu'?il|qu'?y) (\w+ ){0,2}(entend|entendait|hears|hearing|heard) (des |"
       r"les |his |her |sa |son |the )?(\w+ )?(voix|voices?|affaires|choses|things|grandmother|"
       r"mother|grand-mere|mere|grandfather|father|pere) (\w+ ){0,4}(qui (lui )?(parlent|parle|"
       r"dit|disent)|telling|talking|saying|whispering)",
       r"(lost|a perdu|perdu) (\w+ ){0,1}\d+ (lbs|pounds|livres|kilos|kg)\b",
       r"(hasn'?t|has not|haven'?t|n'est pas|est pas) (come out|been out|gone|shown up|sorti|venu)"
       r" (for|to|pour|au|a la) (\w+ ){0,3}(in|for|depuis) (a|one|\d+|two|three|une) (weeks?|"
       r"days?|semaines?|jours)",
       # Confusion new in a man: the staring, the wrong names, the same question again, not
       # knowing where he is (his own, not his mother's "ne sait pas où il est").
       r"\b(he|she|il|y) (\w+ ){0,1}(didn'?t|didnt|doesn'?t|did not|sait pas|savait pas|savait "
       r"plus) (know )?(ou|where) (he|she|il|y) (was|is|est|etait)\b",
       r"(les )?yeux dans le vide", r"star(ing|es|ed) (into space|at nothing|at the wall)",
       r"(n'est|est) pas le meme\b", r"(is|isn'?t|not) (being )?(himself|herself)\b",
       r"call\w* (me|staff|us) by (his|her|the wrong|another|someone else'?s) (\w+ )?name",
       r"(asked|asks|asking|demande\w*) (\w+ ){0,4}(twice|again and again|three times|over and "
       r"over|deux fois|trois fois) (\w+ ){0,4}(after|alors qu|even though|deja)",
       # Self-neglect: every offer and every shower refused, the cell smelling of urine.
       r"refus\w* (every|all|each|tous|toutes) (\w+ ){0,2}(showers?|out-of-cell|yard|offers?|"
       r"meals?|douches?|sorties?|repas)", r"(smells?|smelled|sent|sentait) (\w+ ){0,1}(of urine|"
       r"l'urine|la pisse|of feces)",
       r"hunger strike(?! (days )?(is |are |was |were )?(long )?(over|done|behind))",
       r"(tv|radio|television|tele) (is |was |has been |had been )?(talking|speaking|parle) "
       r"(about|to|de|a) (him|her|me|lui)",
       # Delusions told as he tells them: his mind read, his soul stolen, a demon in the officer,
       # messages through the radio, his real name taken from him.
       r"(reads?|reading|lit|lisait|lisent) (dans )?(his|my|her|people'?s|sa|ma|son|mon|les) "
       r"(mind|minds|thoughts|tete|pensees)\b",
       r"(steal|stealing|stole|take|taking|voler|vole|prendre) (\w+ ){0,1}(his|my|her|son|mon|sa|"
       r"ma) (soul|ame)\b",
       r"(talk\w*|speak\w*|parl\w*) (to|with|au|a|avec) (the |le |les )?(devil|demons?|diable|"
       r"satan)\b", r"\b(is|are|est|sont|c'est) (a |un |une |des )?(demons?|devil|diable|satan)\b",
       r"(demons?|devil|diable|satan) (is|are|est|sont) (in|inside|after|dans|apres) ",
       r"(receiv\w*|getting|gets|get|recoit|recevait|recoivent) (\w+ ){0,1}(messages?|signals|"
       r"signaux|signes) (\w+ ){0,2}(through|from|via|by|par|de|du|dans) (the |la |le |les )?"
       r"(radio|tv|tele|television|walls?|murs?|vents?|ventilation|teeth|dents)\b",
       r"(my|his|her) (real|true) (name|identity) back\b",
       r"(me|lui) (rendre|redonner|remettre) (mon|son|ma|sa) (vrai nom|vraie identite)",
       r"(neighbou?rs?|people|they|staff|cops|police|voisins|gens) (are|is|were|keep|sont) "
       r"(following|watching|spying on|after|suivent|surveillent|espionnent) (him|her|me|le|la)\b",
       r"(tv|radio|walls?|vents?|dryers?|washers?|machines?|cameras?|phones?) (are|is|were|was) "
       r"(listening to|watching|talking to|sending) (him|her|me)\b",
       # Psychosis told by what the screen, the radio or the walls send him.
       r"(tv|radio|television|tele|walls?|vents?|murs?|cameras?|satellites?|god|dieu) (is |are |"
       r"was |were |keeps? )?(sending|giving|telling|send|sends|gives|envoie|envoient|donne|"
       r"donnent|dit|disent) (\w+ ){0,1}(him|her|them|me|lui|leur|me) (\w+ ){0,1}(instructions|"
       r"messages?|orders|signals|codes|signes|ordres|consignes)",
       r"(hasn'?t|has not|hadn'?t|not) (spoken|talked|said a word|eaten|slept) (\w+ ){0,4}(in|"
       r"for) "
       r"(\d+|two|three|four|five|six|seven|several|a few|days)",
       r"(tv|radio|television|tele|murs?|cameras?|dieu|satellites?) (lui|leur|me|m') (envoie|"
       r"envoient|donne|donnent|dit|disent|parle|parlent) (des |de )?(instructions|messages?|"
       r"ordres|signes|consignes|codes)",
       r"(a pas|n'a pas|pas) (parle|mange|dormi) (\w+ ){0,3}depuis (\d+|deux|trois|quatre|cinq|"
       r"plusieurs|des) (jours|semaines)",
       # Paranoia by its acts: windows, vents or cameras covered; "they're coming for me".
       r"(covered|taped|blocked|papered)\w* (\w+ ){0,3}(windows?|vents?|cameras?|camera dome|"
       r"fenetres?|ventilation)\b", r"(foil|papier d'alu\w*|aluminum) (\w+ ){0,2}(over|on|sur) "
       r"(his|the|ses|sa|la|les) (windows?|vents?|fenetres?)",
       r"(they'?re|theyre|they are) (coming|after|out) (for|to get) (me|him|her)",
       r"(reading|read|reads|lit|lisent) (his|my|ses|mes) (mind|thoughts|mail|pensees) with",
       r"(conversations?|talking|chatting) with (someone|somebody|people) (who|that) "
       r"(isn'?t|isnt|wasn'?t|aren'?t|is not|are not) (there|here)",
       # Withdrawal told by days: no meals, no cell exit, lying in the dark.
       r"(hasn'?t|hasnt|has not|not|didn'?t) (come|came) out (\w+ ){0,2}(for )?(a )?(meals?|trays|"
       r"to eat)", r"(lying|laying|staying|stays) (\w+ ){0,2}(under|in) (his|her|the) "
       r"(blankets?|covers|bed) (\w+ ){0,4}(lights? off|all day|in the dark)",
       r"(mange|sort|sortait|mangeait) (pu|plus|pas) (\w+ ){0,4}depuis (\d+|deux|trois|quatre|"
       r"cinq) jours", r"touche (pas|pu|plus) (a|à) (ses|son) (plateaux|plateau|repas|assiette)",
       r"(reste|est|etait) couch\w* (\w+ ){0,3}(toute la journee|la lumiere fermee|dans le noir)",
       r"(hasn'?t|has not|not|won'?t) (come|came|been) out of (his|her) cell",
       r"stopped (showering|washing|talking)" + _NOT_WHEN_SEEN,
       # No one wanted: « il veut pus voir personne », "doesn't want to see anyone".
       r"(veut|voulait|veux) (pus|plus|pu|pas|rien) (voir|parler a) personne",
       r"(doesn'?t|does not|won'?t|didn'?t) want to (see|talk to) (anyone|anybody)\b(?! (get|"
       r"getting|be|being|hurt|die|dying|killed))",
       r"talking (really |very |super )?fast", r"pressured speech", r"racing thoughts",
       r"\bmani(c|a)\b", r"parle (tres|ben|vraiment) vite",
       r"barely (touching|eating) (his|her) (food|trays?|meals)", r"(up|awake) all night",
       # Not eating told by the trays and the body: "trays back full", "clothes hanging off him".
       r"(trays?|plateaux?|cabarets?|repas|meals?) (\w+ ){0,2}(back|came back|coming back|"
       r"come back|"
       r"revien\w*|retourne\w*) (\w+ ){0,1}(full|untouched|pleins?|intacts?)",
       r"(clothes|pants|shirt|linge|vetements|culottes) (\w+ )?(hanging|falling|pendent|tombent) "
       r"(off|on|sur)?",
       r"(people|someone|somebody|they) (\w+ ){0,2}(following|watching|spying on) (him|her)",
       r"taping over (the )?(webcam|camera)",
       r"(parle|parlait) (a|à) des (gens|personnes) qui (sont|ne sont) pas",
       r"(entend|voit) des (choses|voix)", r"s'isole",
       r"(not|isn'?t|no longer|won'?t|stopped) (eating|sleeping|talking|eat|sleep)"
       + _NOT_WHEN_SEEN,
       r"hasn'?t (eaten|slept|been eating|been sleeping)",
       r"refus\w* (to eat|(all |his |her )*(meals|food|trays?))", r"greve de la faim",
       r"refus\w* de manger", r"refus\w* (tous )?(ses|les) repas",
       r"skipp(ing|ed) (\w+ )?(meals|yard|food|showers)", r"(mange|dort) (pu|plus|pas)",
       r"withdrawn",
       r"renferme", r"isole\b", r"stay(i|)ng in (his|her) cell", r"reste (couche|dans sa cellule)",
       r"won'?t talk to anyone", r"parle (a|à) personne", r"talking to himself",
       r"parle tout seul", r"paranoi\w*", r"cameras? in the walls?", r"hearing voices",
       r"entend des voix", r"poison\w*", r"empoisonn\w*", r"crying", r"pleure",
       r"not like him(self)?", r"pas comme d'habitude", r"mood (is )?(low|down|flat)",
       r"depress\w*", r"deprime", r"hopeless", r"since (his|her) \w+ (died|passed)",
       r"(panic|anxiety) attack", r"crise (de panique|d'anxiete)",
       r"(hasn'?t|has not|hadn'?t|won'?t|didn'?t|not) (left|leave|leaving|gotten out of|"
       r"got out of)"
       r" (his|her) (bed|bunk|cell)",
       r"barely (talking|eating|sleeping|speaking|talks|eats|sleeps|speaks)",
       r"(sleeps|sleeping|slept|dort|dormait) (all day|the whole day|toute la journee)",
       # A low mood told as no point in the day: "doesn't see the point of getting up".
       r"(doesn'?t|does not|don'?t|can'?t|cannot|no longer) see (the|any) point (of|in) getting "
       r"(up|out of bed|dressed)",
       # Out of his cell no more: "stopped coming out for meals".
       r"(stopped|stops|quit|no longer) (coming|going) (out )?(for|to) (meals|supper|chow|the "
       r"yard|yard|rec|programs?|work|the phone)",
       r"(sort|sortait|vient|venait) (pu|plus|pus) (pour|a|au|aux) (les repas|manger|souper|la "
       r"cour|le yard|ses programmes|la job)",
       r"convinced (that )?(the )?(guards|staff|cos|officers|nurses|they|everyone|people)",
       r"(putting|puts|put) (\w+ ){0,2}in (his|her|my) (food|coffee|water|meals|drink)",
       r"(they'?re|they are|everyone is|people are|guards are|staff are) (\w+ )?(following|"
       r"watching|spying on|out to get|after) (him|her|me)",
       r"(reste|est) (couche|au lit|dans son lit) depuis",
       r"(ne )?mange (presque )?(plus|pu|rien)",
       r"(croit|pense|convaincu) que (les|on|tout le monde|le personnel|ils) ",
       r"(mett\w*|met) (\w+ ){0,2}dans (sa|son|ses) (nourriture|bouffe|repas|cafe)",
       r"(se rappelle|se souvient|se rappelait|se souvenait) (pu|plus|pas|meme pas) (de|d')",
       r"(doesn'?t|does not|didn'?t|can'?t|couldn'?t) remember (his|her) (own )?(cell|name|number|"
       r"way|range|unit|kids|age)", r"\b(confused|disoriented|desorientee?|confuse|mele|melee)\b",
       r"(clothes|shirt|pants|linge|chandail|culottes?) (\w+ ){0,2}(on )?(inside out|backwards|a "
       r"l'envers)"),
    # Withdrawal from a drug: health services' business, not yet an emergency.
    # triage-policy priority: belongings given away, a warning sign; not when he is leaving
    # (``cues``: things left behind on a release or a transfer).
    concept("giving_away", "priority", {HS}, "belongings given away", "affaires données",
       r"giv(e|es|ing|en) (\w+ ){0,3}away", r"gave (\w+ ){0,3}away",
       r"gave (all )?(his|her) (stuff|things|"
       r"belongings|property|canteen|radio|tv|shoes|photos|pictures)",
       r"donn\w* (toutes? )?ses (affaires|choses|biens|photos)",
       r"donn\w* (sa|son|ses) (tele|television|radio|souliers|espadrilles|cantine|photos)"),
    concept("withdrawal", "priority", {HS}, "withdrawal", "sevrage",
       r"dope ?sick", r"withdraw(al|ing|als)\b(?! (from|of) (the |his |her )?(program|"
       r"application|request|grievance|complaint|appeal|money|funds|cash|charges?))",
       r"(en )?sevrage", r"(est|etait|sont|etaient|tombe|tombee|y'est|a'est) en manque\b",
       r"(sick|malade) (from|de) (\w+ ){0,1}(withdrawal|manque)",
       r"kicking (the |his |her )?(habit|dope|junk|fent|down)", r"(quitting|quit|stopping) cold",
       r"cold turkey", r"(arrete|lache) (d'un coup|sec|net)", OUT_OF_DOPE),
    # Old scars, healed marks: no risk now, still health services' topic (a routine note).
    concept("scars", "routine", {HS}, "scars", "cicatrices",
       r"scars?\b", r"scarring", r"cicatrices?\b", r"healed (cuts|marks|wounds)"),
    # triage-policy priority: care-relevant information (an injury, not an emergency).
    concept("injury", "priority", {HS}, "injury", "blessure",
       r"(twist|sprain|broke|hurt|injur|jam|tore|pull)\w* (his|her) (ankle|knee|wrist|hand|foot|"
       r"finger|toe|back|shoulder|arm|leg|neck|hamstring|groin|muscle)",
       r"(s'est )?(tordu|foulé|casse|cassé|blesse|blessé) (la|le|un|une|sa|son) (cheville|genou|"
       r"poignet|main|pied|doigt|dos|epaule|bras|jambe)",
       r"bleed\w*", r"(?<!self-)(?<!self\s)injur\w*", r"bless(e|ee|ure)s?\b", r"saign\w*",
       r"sprain\w*",
       r"(fell|fall|falling|tombe|tombee) (in|down|off|from|dans|de|en)\b"
       # A thing come off its fixings: "la porte du casier était tombée de ses pentures".
       r"(?! (its|their|ses|leurs) (\w+ )?(hinges|pentures|gonds|brackets?|supports?|"
       r"crochets?|tracks?|rails?)\b)", r"swollen",
       r"broken (arm|hand|nose|wrist|leg|finger|jaw)", r"vomit\w*", r"throwing up"),
    concept("medication_refusal", "priority", {HS}, "medication refused", "médication refusée",
       r"(spit|spat|spits|spitting|crach\w*|cheek\w*|palm\w*) (out )?(\w+ ){0,1}(her|his|the|sa|"
       r"son|ses|their|leurs) (dose|meds|methadone|pills?|suboxone|medicaments?|pilules?)",
       r"refus(es|ing|ed|e)? (his |her |all |to take )?(\w+ )?(meds|medications?|pills|insulin|"
       r"methadone|dose)", r"refus\w* (sa|ses|son) (\w+ )?(medication|medicaments|pilules|medic|"
       r"methadone|dose|injection)\b",
       r"refus\w* (sa |ses |son |his |her |the )?(lithium|seroquel|quetiapine|insulin|insuline|"
       r"clozapine|olanzapine|risperidone|antipsychoti\w*|antidepress\w*|depot|injection|"
       r"trazodone|sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|mirtazapine|"
       r"remeron|aripiprazole|abilify|haloperidol|haldol|zopiclone|gabapentin|valproate|epival|"
       r"divalproex|carbamazepine|tegretol|lamotrigine|venlafaxine|effexor|bupropion|wellbutrin)\b",
       r"(won'?t|will not|refuses? to|not going to|isn'?t going to|veut pas|va pas) (take|prendre)"
       r" (the |his |her |that |sa |son |ses |le |la )?(new )?(one|meds|medications?|pills|"
       r"antipsychotic|injection|nouveau|nouvelle|medicaments?|pilules)\b",
       # A treatment refused: the inhalers, the oxygen, the machine he sleeps with.
       r"refus\w* (sa |ses |son |his |her |the |all |to (use|wear|take) )?(\w+ )?(inhalers?|"
       r"puffers?|oxygen|o2|cpap|bipap|nebuli[sz]er|pompes?|oxygene|dialys\w*|treatments?|"
       r"traitements?)\b",
       r"(stopped|not|isn'?t|quit|won'?t) (be )?taking (his |her )?(\w+ )?(meds|medications?|"
       r"pills)",
       r"arrete (sa|ses) (medication|medicaments)", r"(ne )?prend (pu|plus|pas) (ses|sa|son)\b",
       r"(hasn'?t|has not|had not|hadn'?t) (been )?tak(en|ing) (his|her) (\w+ )?(meds|"
       r"medications?|pills)\b",
       # Not picked up at the nursing station or the pharmacy.
       r"(not|hasn'?t|has not|haven'?t|didn'?t|never|stopped) (been )?(picked|pick|picking|come|"
       r"came|coming) (in )?(up )?(for )?(his|her) (meds|medications?|pills|prescriptions?)",
       r"(vient|venu|venue|passe|passee) (pu|plus|pas) (chercher )?(ses|sa|son) (medic\w*|pilules|"
       r"prescription)",
       r"(a pas|n'a pas|pas) pris (sa|ses|son) (\w+ )?(methadone|suboxone|meds|medication|"
       r"medicaments|pilules|dose|insuline)",
       # A dose spat into the hand, the pill told by a pronoun: "la cracher dans sa main".
       r"(crach\w*|recrach\w*|spit|spat|spitting) (la |les |it |them )?(out )?(dans|into|in) "
       r"(sa|la|his|her) (main|hand)",
       # A dose kept in the cheek or under the tongue, not swallowed.
       r"(garde\w*|cache\w*|keep\w*|kept|hold\w*|held|hid\w*) (\w+ ){0,3}(dans|sous|in|under) "
       r"(sa|la|his|her|the) (joue|langue|cheek|tongue)",
       r"(pill|tab|tablet|dose|med|meds|pilule|comprime|cachet)s? (\w+ ){0,1}tuck\w* (in|under|"
       r"dans|sous) (his|her|sa|la|the) (cheek|tongue|joue|langue)",
       # No longer coming to the med line for his treatment.
       r"(ne se presente (plus|pas|pu)|se presente (plus|pu)|stopped (coming|going|showing up)|"
       r"no longer (comes|coming|shows)|hasn'?t (come|shown up)|not (coming|showing up)) "
       r"(\w+ ){0,2}(a la |au |to |for )?(the )?(distribution|med ?line|pill line|med pass|"
       r"methadone|suboxone|traitement|treatment|dose|doses|(?-i:OAT|TAO)\b)",
       r"cheeking",
       r"refus\w* (his|her) (\w+ )?(every|each|all|morning|evening|night) (doses?|meds)",
       r"refus\w* (his|her) (clozapine|olanzapine|risperidone|seroquel|quetiapine|lithium|"
       r"methadone|suboxone|insulin|injection|depot)",
       r"refus\w* (de prendre |to take )?(sa|ses|son|his|her) (\w+ )?(traitement|treatment)",
       r"(arret\w*|stopp\w*|quit|cess\w*|lache) (de prendre |taking )?(sa|son|ses|his|her) "
       r"(lithium|seroquel|quetiapine|clozapine|olanzapine|risperidone|abilify|zyprexa|"
       r"effexor|prozac|zoloft|insulin|insuline|antidepress\w*|antipsycho\w*|meds|medication|"
       r"medicaments?|pilules|injection)\b"),
)
# fmt: on
