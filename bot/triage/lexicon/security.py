"""Escape, fire, flooding, disorder, drones, staff in danger, victims contacted.

Levels and routes follow the triage policy; the comments cite its clauses.
"""

from __future__ import annotations

from bot.triage.lexicon.concept import SI, Concept, concept
from storage.vocabulary import Urgency

# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # triage-policy immediate: escape or breach with specifics.
    concept("escape", "immediate", {SI}, "escape/breach", "évasion/brèche",
       r"escalad\w* (la |le )?(cloture|mur)",
       # Gone on foot into the woods from a lodge or a camp: "partie a pied dans le bois".
       r"(partie?s?|left|walked off|took off|ran off|ran|headed off|s'est sauvee?) (a pied |on "
       r"foot |en courant )?(\w+ ){0,1}(dans|into|in|toward|towards|vers) (le|les|the) (bois|"
       r"woods|forest|foret|bush|brousse)\b",
       r"(got|slipped|pulled|worked|wriggled) (\w+ ){0,2}(hand|wrist|hands|wrists) (free )?out of "
       r"(the |his |her |its )?(cuffs?|handcuffs?|restraints?|shackles?)",
       # Working at his restraints: "working at his belly chain lock with something shiny".
       r"(working|picking|fiddling|messing|jimmying|playing|pick\w*) (at|with) (his|her|the) (\w+ "
       r"){0,2}(belly chain|cuffs?|handcuffs?|shackles?|leg irons?|restraints?)\b",
       r"(sorti|sortie|sortir|libere|liberee) (sa |la |une )?(main )?(des|de ses|de la|de sa) ("
       r"menottes?|entraves?)",
       r"(bars|welds?|window|grate|grill|fence) ([\w-]+ ){0,5}(cut|sawed|sawn|bent|pried|"
       r"loosened)\b",
       r"\bbar (of|on|in) (the |his |cell )?(\w+ )?(cell|window|door)\b[^.;!?]{0,40}\b(cut|sawed|"
       r"sawn|bent|pried|loosened)\b",
       # Screws replaced with soap or paint, sheets braided: a way out being readied.
       r"(screws?|bolts?|vis|boulons?) (\w+ ){0,6}(replaced|remplace\w*) (\w+ ){0,2}(with|by|par) "
       r"(\w+ )?(soap|savon|paint|peinture|toothpaste|dentifrice)",
       r"(draps|sheets|bedsheets) (tresses|braided|knotted|noues|tordus)",
       r"(parti|partie|partis|s'est sauve|s'est pousse) en courant (vers|dans|jusqu'au|au|a "
       r"travers) (le |la |les |l')?(stationnement|bois|sortie|porte|champ|rue|cloture|parking)",
       r"(tried|trying|attempt\w*|tries) to (run|flee|bolt|escape|take off|get away|break away)",
       r"ran (off |away )?from (the )?(officers?|escort|staff|van|hospital)",
       r"(tente|tenté|essay\w*) de (s'enfuir|fuir|se sauver|s'evader|partir en courant)",
       r"barreaux ([\w'-]+ ){0,8}(scies|coupes|tordus|desserres)", r"s'est (enfui|sauve|evade)",
       r"(escape|evasion) (attempt|plan|in progress|tonight|en cours)", r"tentative d'evasion",
       # An escape announced with its day or its help: "va s'évader samedi soir pendant le film,
       # un chum l'attend avec un char".
       r"(va|vais|vont|veut|veulent) s'evader[^.;!?]{0,80}\b(samedi|dimanche|lundi|mardi|mercredi|"
       r"jeudi|vendredi|ce soir|a soir|demain|pendant|un char|une auto|l'attend)",
       r"(going to|gonna|will|plans? to) (escape|run|take off|go over the fence)[^.;!?]{0,80}\b("
       r"tonight|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day|during|car waiting|waiting "
       r"with a car|pick him up)",
       # A way out planned with its time: "they'd go out through the back pasture after the
       # 2200 count", "vont sortir par le champ en arrière samedi soir".
       r"(going to|gonna|will|would|(he|she|they|we|i)'(ll|d)|plans? to|planning to) (go|get|walk|"
       r"head|slip|sneak|crawl|run|take off|leave|split|bolt|cut) (out |off |away )?(through|thru|"
       r"over|under|across|by way of|via|out) (the |a )?(\w+ ){0,2}\w*(pasture|field|woods|bush|"
       r"fence|wall|gate|road|treeline|trees|window|roof|ditch|barn|tracks)\b[^.;!?]{0,60}"
       r"\b(tonight|at night|in the night|after (the )?(\d+ )?(count|lockup|rounds)|before (the )?"
       r"(\d+ )?count)",
       r"(va|vont|vais|allait|allaient|veut|veulent|pense a|pensent a|planifi\w*) (\w+ ){0,1}"
       r"(sortir|partir|passer|se pousser|se sauver|(sacrer|crisser|calisser) (son|leur) camp|"
       r"decrisser) (par|a travers|dans|au bout) (le |la |les |l'|du )?(\w+ ){0,2}(champ|clos|"
       r"bois|foret|cloture|pacage|paturage|fenetre|toit|fosse|grange|chemin|lac|riviere|track|"
       r"voie ferree)\b[^.;!?]{0,60}\b(ce soir|a soir|la nuit|cette nuit|apres le (\w+ )?("
       r"decompte|compte|denombrement))",
       # The time told first and the way out in the present: "Saturday after the 1600 count we
       # walk out thru the sugar bush".
       r"(tonight|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day|after (the )?(\d+ )?(count|"
       r"lockup|rounds))\b[^.;!?]{0,40}\b(we|they|on|ils) (walk|go|head|slip|sneak|crawl|run|take "
       r"off|leave|split|bolt|cut|sort\w*|part\w*|pass\w*) (out |off |away )?(through|thru|over|"
       r"under|across|via|par|a travers) (the |le |la |les |l')?(\w+ ){0,2}\w*(pasture|field|"
       r"woods|bush|fence|wall|gate|road|treeline|trees|window|roof|ditch|barn|tracks|champ|bois|foret|"
       r"cloture|fenetre|toit|grange|chemin)\b",
       # Gone after the count, someone waiting with a car: « il part samedi soir après le compte
       # de 23h, sa blonde va l'attendre avec le char au bout du chemin ».
       r"(apres le (\w+ )?(compte|decompte)|after (the )?(\d+ )?count)\b[^!?]{0,120}\b(attendre|"
       r"attend|waiting|wait for|pick (him|her) up|ramasser) (\w+ ){0,3}(avec|with|in) (le|la|un|"
       r"une|a|the|son|sa|his|her) (\w+ )?(char|auto|voiture|car|truck|pick-?up|van|bateau|boat)",
       # Short at the count, his bunk empty: "2300 count. Vautour is not in his bunk".
       # Not when he is found right after ("Found him 10 min later in the mop closet": what he
       # was doing there is read for itself).
       r"(count|compte|decompte)\b[^!?]{0,40}\b(not|isn'?t|wasn'?t|n'est pas|est pas|etait pas|"
       r"n'etait pas) (in|on|dans) (his|her|sa|son) (bunk|bed|cell|room|dorm|lit|cellule|chambre|"
       r"dortoir)\b(?![^!?]{0,80}\b(found|located|trouve\w*|retrouve\w*) (him|her|le|la|l'))",
       # Running off with its night named: "parlent de crisser leur camp ce soir après le
       # décompte", "taking off tonight after count".
       r"(crisser|sacrer|calisser|decrisser) (son|leur) camp[^.;!?]{0,30}\b(ce soir|a soir|demain|"
       r"cette nuit|apres le (\w+ )?(decompte|compte|denombrement))",
       r"(take|taking|takes) off (\w+ ){0,2}(tonight|tomorrow night|after (the )?(\d+ )?count)",
       # Over, under or through the perimeter at a time named.
       r"(go|going|gonna|get|getting|make it|goes) (over|under|through) the (fence|wall|wire) "
       r"(\w+ ){0,2}(tonight|today|tomorrow|this (morning|afternoon|evening|weekend)|at (the )?\d|"
       r"at (shift change|count|dusk|dawn|first light|lockup))",
       r"(fence|cloture) (\w+ ){0,2}(cut|coupee|breached)",
       # Outside help at a door named for an escort: "Kingston General, side door by the
       # parking, be there".
       r"(side|back|rear|emergency|staff) (door|exit|entrance)[^.;!?]{0,40}\b(be there|wait for "
       r"me)", r"(porte de cote|porte arriere|sortie d'urgence)[^.;!?]{0,40}\b(sois la|soyez la|"
       r"attends-moi|attendez-moi)",
       r"(va|vont|vais|veut|veulent|planifi\w*|pense a|pensent a) (\w+ ){0,1}(passer|sauter|"
       r"grimper) (par-dessus|par dessus|sous|a travers) (la |le |les )?(cloture|mur|grillage|"
       r"barbele)",
       r"(cut|snipped|broken|coupe\w*|brise\w*) (\w+ ){0,2}(zip[- ]?ties|(fence|cable|plastic|"
       r"the) ties|links|mesh|tie-?wraps|attaches)",
       r"(hole|trou|tunnel) (\w+ ){0,3}(under|in|through|sous|dans) "
       r"(the |la |le )?(\w+ )?(fence|cloture|wall|mur)", r"(dug|dig\w*|creus\w*) (\w+ ){0,3}"
       r"(under|sous) (the |la )?(fence|cloture|wall|mur)",
       r"cut (the |a |in the )?(\w+ )?(fence|wire|perimeter|mesh)",
       r"(a pair of )?(?<!box\s)cutters",
       # A rope of sheets, a drawing of the way out with its times.
       r"(rope|ladder|corde|echelle)s? (of|made (of|from)|de|faite? (de|avec)) (\w+ ){0,2}"
       r"(braided |tressee?s? |knotted |nouee?s? )?(bed ?sheets?|sheets?|draps?|towels?|"
       r"serviettes?)",
       r"(diagram|map|drawing|sketch|plan|croquis|carte|dessin)s? (\w+ ){0,2}(of|de|du|de la) "
       r"(the |l')?(\w+ ){0,2}(sally ?port|gate|fence|perimeter|wall|tower|barriere|cloture|mur|"
       r"tour|perimetre|guerite)\b",
       # Not a gate opened for a delivery truck, as the control post logs it.
       r"(gate|sally ?port|perimeter door|barriere|portail|"
       r"porte exterieure) (\w+ ){0,3}(was |is |a ete |"
       r"est )?(left )?(open|unlocked|unattended|ouverte?|deverrouill\w*|sans surveillance)"
       r"(?![^.;!?]{0,40}\b(for|pour) (the |le |la |a |an |un |une )?(\w+ )?(truck|camion|"
       r"delivery|livraison|bus|autobus|van|ambulance|vehicle|vehicule|escort|escorte)s?\b)",
       # Out of his restraints: "slipped his right cuff in the parking lot".
       r"(slip\w*|wriggled|got|pulled (his hand )?) (out of )?(his|the|her|a|one) (right |left )?"
       r"(cuffs?|handcuffs?|restraints?|shackles?|leg irons?)",
       r"(ran|run|running|bolted|bolts|took off) (for|towards?|to) (the )?(stairs|stairwell|exit|"
       r"doors?|fence|gate|parking|woods|elevator)", r"a pris la fuite",
       # Of men, not of things: "the yeast count in the bakery is short by 2 kilos".
       r"(?<!yeast\s)(?<!tool\s)(?<!knife\s)(?<!sugar\s)(?<!inventory\s)(?<!stock\s)"
       r"(?<!cutlery\s)(?<!utensil\s)(?<!sharps\s)(?<!key\s)(?<!cash\s)(?<!pill\s)(?<!med\s)"
       r"count (\w+ ){0,3}(is |was )((one|two|a|\d+) (man |guy |inmate )?)?(off|short|wrong|"
       r"out)\b",
       # Gone through an open window while out on escort: « la fenêtre est ouverte pis il est pu
       # là ».
       r"(fenetre|window) (\w+ ){0,3}(ouverte|open|opened|cassee|broken)\b[^.;!?]{0,40}\b((il|y) "
       r"est (pu|plus|pas) la|he'?s gone|he is gone|he'?s not there|disparu)",
       r"manque (un|une|deux|\d+) (detenue?s?|gars|inmates?)",
       r"(un|deux|\d+) (detenus?|gars) (manque|manquent|manquant)",
       r"(de)?compte (pas bon|errone|ne balance pas)",
       r"(count|compte|decompte|denombrement)[^.;!?]{0,30}\b(manque|missing|short) (?-i:[A-Z])\w+",
       # The man named first: « Lachance manque au compte de 13h », "Roy missing at the count".
       r"(?-i:[A-Z])\w+ (manque|missing|absent|manquant) (au|a|at|from|for) (the |le |l')?"
       r"(\d+\w* )?(compte|count|decompte|denombrement|appel)\b",
       # Tracks leading off: « traces de pas vers la clôture du champ », footprints to the fence.
       r"(traces de pas|traces|pistes|pas dans la neige|footprints|foot ?prints|tracks|"
       r"boot ?prints) (\w+ ){0,3}(vers|jusqu'a|toward|towards|to|leading (to|toward|towards|"
       r"up to)|heading (to|toward|towards)) (la |le |les |the )?(\w+ )?(cloture|fence|bois|"
       r"woods|treeline|tree line|perimetre|perimeter|road|route)\b",
       r"(window|fenetre|grillage|grille|mesh|bars|barreaux|screen|moustiquaire)s? (\w+ ){0,3}"
       r"(debarree?s?|unlocked|tordue?s?|bent|pried|forced|forcee?s?|arrachee?s?|pulled out)",
       r"(walked|walks|went|ran|wandered|headed) (off |away )?(into the (woods|trees|treeline|"
       r"bush|"
       r"field)|past the (property|boundary|fence) line)", r"(past|beyond|off|over) the "
       r"(property|boundary) line", r"walk-?aways?\b",
       r"not back (for|at|by|in time for) (the )?(\w+ )?count", r"(pas revenue?|pas rentree?) "
       r"(pour|au|a temps pour) (le |la )?(\w+ )?(compte|decompte|denombrement)",
       r"(quitte|sorti|partie?) (\w+ ){0,2}(le terrain|la propriete|les limites) sans",
       r"(not|isn'?t|wasn'?t) in (his|her) cell (at|during|for) (the )?(\w+ )?count",
       r"(hole|trou) (in|dans) (the |la |le )?(fence|cloture|wall|mur)", r"bolt ?cutters?",
       r"wire cutters?", r"coupe-?boulons?", r"pince coupante",
       r"map of the (perimeter|institution|yard|fence)", r"plan du (perimetre|penitencier)",
       r"perimeter (alarm|breach)", r"alarme (du )?perim\w*",
       r"count (not|isn'?t|hasn'?t been) (yet )?(cleared|confirmed|correct)",
       r"denombrement (pas|non) (encore )?(confirme|complete|bon)",
       r"(missing|unaccounted) (at|for|from) (the )?count", r"manque au denombrement",
       r"climb(ing|ed)? (over )?(the )?(fence|wall)",
       r"(?<!thrown\s)(?<!tossed\s)(?<!came\s)(?<!flew\s)(?<!it\s)over the wall", r"tunnel",
       r"(rope|ladder|hook) (made )?(of|from|out of) (knotted )?(sheets|bedsheets|blankets|"
       r"towels|laundry)", r"(sheet|bedsheet|blanket|knotted) (rope|ladder)", r"grappling hook",
       r"measur\w* (the )?(wall|fence|perimeter|window)",
       r"(missing|unaccounted for|not accounted for) (from|at|in) (the |his |her )?(\w+ ){0,3}"
       r"(count|crew|work|unit|range|yard|gym|placement|shop|program|kitchen)",
       r"(not|isn'?t|wasn'?t) (at|in|present for|there for) (the )?(\w+ )?count\b",
       r"(cut|sawed|sawn|bent|pried) (\w+ ){0,2}(bars|window|grate|grill)",
       r"corde (faite )?(de|en|avec des) (draps|couvertures|serviettes)",
       r"mesur\w* (le|la) (mur|cloture)",
       # A man gone, told by the count that is short of him (his dummy: ``decoy`` below).
       r"(decompte|compte|denombrement) (\S+ ){0,6}il manque",
       r"il manque (\w+ ){0,2}(au|lors du|pendant le) (decompte|compte|denombrement)",
       r"(decompte|compte|denombrement) (\S+ ){0,6}il en manque (un|une|deux)\b",
       # The way out told by its objects: a ceiling tile moved, a cuff key filed from a hairpin,
       # a ladder carried along the fence, a map of the perimeter.
       r"(ceiling tile|ceiling panel|tuile du plafond|tuile de plafond|panneau du plafond)s? "
       r"(\w+ ){0,3}(moved|displaced|pushed (up|back)|loose|removed|out of place|deplacee?s?|"
       r"enlevee?s?|soulevee?s?|tassee?s?)",
       r"(filed|flattened|shaped|bent|ground|lime|aplati|taille|plie)\w* (\w+ ){0,8}(cuff|"
       r"handcuff|menottes?) ?(key|keyway|keyhole|cle|serrure)",
       r"(carrying|with|avec|port\w*) (a |an |une |la |the )?(ladder|echelle)[^.;!?]{0,60}"
       r"\b(fence|wall|cloture|mur|perimeter|perimetre)",
       r"(fence|wall|cloture|mur)[^.;!?]{0,60}\b(carrying|with|avec|port\w*) (a |une |la |the )?"
       r"(ladder|echelle)",
       r"(map|drawing|sketch|diagram|carte|croquis) (\w+ ){0,3}(of |du |de la |de l')?(our |the |"
       r"notre )?(perimeter|fences?|walls?|perimetre|cloture|towers?|blind spots?|angles? morts?)",
       r"(escort\w*|hospital|hopital|funeral|funerailles|court ?house|palais de justice|"
       r"appointment|rendez-vous)[^.;!?]{0,80}\b((sacr|criss|caliss|decriss)\w* (le |l'|son )?"
       r"camp|s'est (sauve|pousse|enfui|echappe)|took off|bolted|fled|got away|ran off|"
       r"slipped away)",
       r"(absent|introuvable|disparu) (au|du|lors du) "
       r"(denombrement|compte)", r"(scie|sci)\w* (les )?barreaux",
       past_lowers=True, vague_lowers=True),
    # A man gone, told by the dummy left in his bed: an escape inside; at a community residence
    # he is unlawfully at large, which the policy lists as a missed curfew (priority).
    concept("decoy", "immediate", {SI}, "dummy in his bed", "leurre dans son lit",
       r"(dummy|decoy|mannequin) (\w+ ){0,3}(in|on|under) (his|the|her) (bed|bunk|blankets?|"
       r"covers?)", r"(pillows?|blankets?|clothes|couvertes|couvertures|oreillers|linge) "
       r"(\w+ ){0,4}(shaped|made to look|rolled|arranged|stuffed|roulee?s|placee?s) (\w+ ){0,2}"
       r"(like|into|as|en forme de|comme) (a |an |un |une )?(body|person|sleeping|corps|"
       r"bonhomme|quelqu'un)",
       r"(to|so as to|so (that )?it( would|'d)?|pour|afin d') (look|appear|resemble|"
       r"avoir l'air|ressembler|faire croire)"
       r" (like |as if |a |d'|qu')?(a |an |un |une |il )?(body|person|someone|somebody|sleeping|"
       r"asleep|corps|quelqu'un|dormait|dort)\b",
       community_level=Urgency.PRIORITY, community_routes=frozenset()),
    # triage-policy priority: escape talk without specifics.
    concept("escape_talk", "priority", {SI}, "escape talk", "propos d'évasion",
       # Talk of "running": "couple guys joking about 'running' after the thaw, no details".
       r"(talk\w*|jok\w*|chatting|bragging|parl\w*|jas\w*) (about|of|de) ['\"]?(running|making a "
       r"run|going over the fence|bolting|taking off|se pousser|se sauver|sacrer son camp)\b",
       r"(questions?|asking|asked|curious) (\w+ ){0,5}(perimeter|patrol|camera|fence|tower|"
       r"shift change|blind spots?)",
       r"questions? (\w+ ){0,5}(patrouille|perimetre|cameras|cloture|changement de quart)",
       # An escort's route and the staff's hours asked about: "kept asking the driver which route
       # we take every month and what time shift change is at the hospital".
       r"(asking|asked|asks|demand\w*) (\w+ ){0,4}(which|what|quel|quelle|par ou) (route|way|"
       r"road|roads|chemin|trajet|exit|sortie) (we|you|they|on|vous|ils) (take|use|prend|prenez|"
       r"prennent)",
       r"(which|what|laquelle|quelle) (\w+ ){0,2}(key|keys|cle|cles|clef)\b",
       r"(la |the )(cle|clef|key) (pour|for|de|to) (le |la |l'|the )?(gym|porte|door|gate|"
       r"barriere|"
       r"unite|unit|range|rangee|sally ?port)",
       r"(reading|read|looking at|looked at|regard\w*|lisait|lis|lu) (\w+ ){0,2}(the |l')?(shift|"
       r"staff|work|officers?'?) ?(schedule|roster|horaire)",
       r"(who|qui) (works?|travaille|est) (on |de )?(nights|the night|nuit|the night shift)",
       r"what time (the )?shift change (is|happens)|a quelle heure (est |se fait )?le changement "
       r"de quart",
       r"escap(e|ed|ing)\b", r"break(ing)? out\b", r"bust(ing)? out", r"roll (him|me) out",
       r"get (him|me) out of here", r"s'evad\w*", r"evasion",
       r"(walk|sneak|get|ride|roll|go|going|slip) (\w+ ){0,2}out (with|in|on|through|under|"
       r"inside) "
       r"(the |a )?(garbage|laundry|truck|cart|van|bin|delivery|trash)",
       r"(hide|hiding|hid) in (the |a )?(garbage|laundry|truck|cart|bin|trash|delivery)",
       r"(go|going|get|getting) (over|under|through) the (fence|wall)",
       r"(make a run|run) for it", r"bolt from (the )?escort",
       r"(sortir|se sauver|se pousser|sacrer le camp) (\w+ ){0,3}(dans|avec) (le|la|les) "
       r"(camion|chariot|vidanges|poubelles|buanderie)", r"se (sauver|pousser) d'ici",
       r"sacrer le camp d'ici",
       # How easy it would be to walk off: "nobody'd notice till count".
       r"(how )?easy (it'?d|it would|it'?ll|it will) be to (just )?((walk|run|slip|bolt|split) "
       r"(away|off|out)|walk (down the road|away|off)|take off|run for it|(go|get) over the "
       r"(fence|wall)|get out of here|leave (here|the (camp|farm|annex)))\b",
       r"(serait|ce serait|ca serait|c'est|c'etait) (tellement |ben |bien |pas mal )?facile de "
       r"(juste )?(sacrer le camp|crisser le camp|partir|sortir|se pousser|se sauver|passer la "
       r"cloture|marcher jusqu'au chemin)",
       r"(nobody|no one|noone)( would|'d|d| will|'ll)? (even )?notice (him |he'?s gone |they'?re "
       r"gone )?(till|until|before) (the )?(\w+ )?count",
       # "Parle de sauver": of running, not of saving money.
       r"(parl\w*|jas\w*) (\w+ ){0,4}de sauver\b(?! (de |d'|du |des |pour |son |sa |ses |un |une |"
       r"le |la |les |l'|sa peau|la face))",
       r"(talk\w*|parl\w*|jas\w*) (\w+ ){0,4}(about|of|de) (running|bolting|"
       r"taking off|escaping|se sauver|s'evader|sacrer le camp|crisser le camp)",
       r"passer par-dessus (le mur|la cloture)",
       r"(sauter|passer|crisser|sacrer|pousser) (\w+ ){0,1}(la|le|les|leur|une) (clotures?|mur|"
       r"murs|grillage|broche)\b",
       # Not leaving "by the front door": another way out.
       r"(not|won'?t|wont|never|ain'?t) (\w+ ){0,2}(walk|leav|go|get|be going)\w* ((\w+ ){0,2}"
       r"out (of here )?)?(by |through |the |by the |through the |out the )(front|main) (door|"
       r"gate|entrance)",
       r"(sortira|sortirai|sortir|partira) (pas|jamais|pu|plus) ([\w']+ ){0,2}par (la|le) (porte|"
       r"grande porte|porte d'en avant|porte principale|devant)",
       r"not (doing|serving|finishing) (the rest of )?(this|my|his) (bit|time|sentence|bid) "
       r"(in here|here|inside)", r"(how high|la hauteur) (\w+ ){0,3}(fence|wall|cloture|mur)"),
    # triage-policy immediate: fire setting.
    concept("fire", "immediate", {SI}, "fire", "feu",
       # Told by the smell and the glow: "smells like burning plastic, paper glowing thru the
       # food slot".
       r"(smells?|smelling|smelled|odeur|sent|sentait) (like |of |de |le |la )?(burning|burnt|"
       r"brule\w*) (plastic|paper|rubber|plastique|papier|caoutchouc)",
       r"(glowing|flames?|embers|rougeoy\w*|flammes?|braises?) (\w+ ){0,3}(through|thru|under|in|"
       r"par|sous|dans) (the |la |le )?(food slot|slot|door|window|trappe|porte|fenetre|vitre)",
       r"(set|sets|setting|lit|lighting|light) (a |his |her |the )?(\w+ ){0,2}(on )?fire",
       r"on fire", r"fire (in|on) (the |his |her |a )?(cell|range|unit|tier)",
       # The fire told by what burns: "lighting rolls of toilet paper and throwing them".
       r"(set|sets|setting) (\w+ ){0,3}(alight|ablaze)\b",
       r"(lit|lighting|light|lights) (\w+ ){0,3}(toilet paper|rolls of (toilet )?paper|"
       r"mattress|blankets?|bed ?sheets?|garbage|trash|clothes|newspapers?|papier de toilette|"
       r"rouleaux de papier|matelas|couvertes?|draps|vidanges|poubelles?)\b",
       r"(allum\w*|mis le feu (a|au|aux)|met le feu (a|au|aux)) (\w+ ){0,3}(papier de toilette|"
       r"rouleaux|matelas|couvertes?|draps|vidanges|poubelles?|linge)\b",
       # At a place told by its code: "fire on 2B", "fire in 14".
       r"fire (in|on|at) (\d\w*|(?-i:[A-Z])\d\w*)\b(?! (am|pm|h)\b)",
       # A fire planned in slang: "light up the range", "torch the unit".
       r"(light|torch|burn)\w* (it |this |that |the |his |this whole )?(range|unit|tier|block|"
       r"pod|wing|place|joint|deck)( up)?\b(?! (with|in) (lights?|christmas|decorations?))",
       r"light (it )?up (the |this |that )?(range|unit|tier|block|pod|wing|place|joint|deck)\b",
       r"(cell|mattress|garbage|range) fire", r"arson",
       r"(?<!tobacco\s)(?<!cigarette\s)(?<!weed\s)(?<!pot\s)(?<!cigar\s)smoke (on|in|coming|from|"
       r"filling|pouring)\b(?! (\w+ ){0,2}(pot|pan|toaster|burner|stove|oven|kettle|microwave|"
       r"popcorn|toast|rice|grill|fryer)s?\b)", r"burning (his|a|the) (mattress|sheets?|"
       r"paper|cell|clothes)", r"(mis|met|mettre|mettait) le feu",
       r"(?<!couvre-)(?<!couvre\s)(?<!alarme\sde\s)(?<!alarme\sd'\s)(?<!alarme\sincendie\s)"
       r"feu (dans|au|a|sur)\b(?! (soir|matin|midi))",  # "en feu à soir": fired up tonight
       # 7. A fire told by its smoke and its smell, or by the extinguisher and the firefighters.
       r"fumee (noire|epaisse|grise|blanche)", r"odeur de (brule|fumee|plastique brule)",
       r"(smell|smelled|smelling) (of |like )?(burning|smoke)", r"burning smell",
       r"(fire )?extinguisher (was )?(used|discharged|emptied)", r"extincteur",
       r"(pompiers|firefighters|fire department|fire crew)\b",
       r"incendi\w*", r"fumee (sur|dans|qui|partout)", r"torch(ed|es|ing)\b",
       r"(lit|lighting|light|ignit\w*) (up )?(his|her|the|a) (mattress|sheets?|bedding|cell|"
       r"garbage|paper|clothes)", r"(thick|heavy|black) smoke",
       r"allum\w* (son|sa|le|la|ses|les|un|une) (matelas|draps?|linge|cellule|papier|vetements|"
       r"poubelle|feu)", r"boucane", r"en flammes",
       # Flames that climb: « flammes jusqu'au plafond », "flames up to the ceiling".
       r"(flammes?|flames?) (\w+ ){0,2}(jusqu'au plafond|jusqu'au toit|up to the ceiling|to the "
       r"ceiling|partout|everywhere)", r"(a pris|prend|pogne) (en )?feu",
       figurative=True, past_lowers=True),
    # triage-policy immediate: flooding a range as part of a disturbance.
    concept("flood", "immediate", {SI}, "flooding", "inondation",
       r"flood(ing|ed|s)? (the |his |their )?(cells?|range|tier|landing|unit)",
       r"water (pouring|everywhere)", r"(water|eau) (\w+ ){0,3}(running|pouring|flowing|coule|"
       r"sort) (\w+ ){0,4}(range|tier|corridor|rangee|under the door|sous la porte)",
       r"inond\w*", r"plugg(ed|ing) (his |their |the )?toilets?",
       r"flush\w* (all|every|toutes|tous) (the |les )?(toilets|toilettes|bols)",
       r"flush\w* (\w+ ){0,2}(toilets|toilettes|bols) (\w+ ){0,2}(at once|at the same time|"
       r"en meme temps|together|over and over|sans arret|non-?stop)",
       past_lowers=True),
    # triage-policy immediate: a riot or group refusal building up.
    concept("disturbance", "immediate", {SI}, "disturbance", "désordre",
       r"rowdy", r"(banging|throwing|tossing) (\w+ ){0,2}(trays|chairs|tables|furniture|stuff)",
       r"(they'?re|they are|guys are|everyone is|range is|unit is|tier is|crowd is|yard is|are) "
       r"getting (loud|rowdy|wild|out of hand|heated)",
       r"refus\w* to (return|hand back|give back|hand in) (their|the) (trays|food slot)",
       # A group that will not lock up: "F unit ~15 refusing lock up after rec".
       r"(~?\d{1,3}(?! ?(hours?|hrs?|h|min\w*|am|pm)\b)|all|several|a group of|a bunch of|guys|"
       r"inmates|they|everyone|the whole (range|"
       r"unit|tier))\b[^.;!?]{0,25}\b(refus\w*|won'?t|not going to|aren'?t going to) (to )?"
       r"(lock ?up|lock ?in|lock down|go (back )?in|return to (their |the )?cells?)\b",
       r"(\d{1,3}(?! ?(heures?|h|min\w*)\b)|les gars|la gang|toute la rangee|tous|toutes|les "
       r"filles|plusieurs)\b[^.;!?]{0,25}\b"
       r"(refus\w*|veulent pas|veulent rien savoir) (de )?(rentrer|barrer|se faire barrer|"
       r"retourner dans leurs cellules)\b",
       r"(block|hold)(ing)? (the|their) (food )?(slot|hatch|trap|hatches)",
       r"(?<!qu'y\s)(?<!qu'il\s)s'enerve\b(?! pas)", r"lancent des (plateaux|chaises|objets)",
       r"(ca|la rangee) (brasse|chauffe)\b(?! entre)",
       r"refus\w* de (remettre|rendre) (leurs|les) plateaux",
       # One man's hunger strike is a food refusal (health services); a range's is a disturbance.
       r"work strike(?! (days )?(is |are |was |were )?(long )?(over|done|behind))",
       r"(range|unit|tier|they|they'?re|all|everyone|whole|group|inmates|guys|rangee|gars|tous)\b"
       r"[^.;!?]{0,40}\b(hunger strike|greve de la faim)(?! (days )?(is |are |was |were )?(long )?"
       r"(over|done|behind))",
       r"riot\w*", r"(took|taken|take|taking) over (the )?(range|unit|tier|wing|gym|yard|kitchen)",
       r"pris le controle (de la|du|de l') ?(rangee|secteur|unite|gymnase|cour)",
       r"(group|mass) (refusal|disturbance|sit-?in)",
       # A whole range refusing, or its terms: "all of 2A sent back the trays", "nobody eats until
       # the yard reopens".
       r"(all of|the whole|the entire|tout|toute) (the |la |le |l')?(range|unit|tier|rangee|unite|"
       r"wing|aile|\d\w*)\b[^.;!?]{0,30}\b(sent back|send back|refus\w*|won'?t|renvoy\w*)",
       # Terms slid under the door: "no work till canteen prices drop".
       r"\bno (work|food|eating|lockup|lock ?up|movement|shop|programs?)\w* (till|until|before|"
       r"tant que)\b",
       r"(nobody|no one|noone|personne) (eats|works|locks? (up|in)|goes in|rentre|mange|travaille|"
       r"bouge|moves) (\w+ ){0,3}(until|till|tant que|avant que)",
       r"refus(e|es|ing|ed) to (lock ?(up|in|down)|go (in|back)|return to (their|his|the) cells?|"
       r"rack up)", r"won'?t lock ?up", r"not locking up", r"disturbance",
       r"bang(ing|ed)? (on )?(the )?(doors|tables|bars)",
       r"(\d+\+?|dozen|bunch of|all the) (guys|inmates|inms|i/ms) (\w+ ){0,3}(yelling|refusing|"
       r"standing|gathered|gathering|getting loud)", r"emeute\w*", r"mutin\w*",
       r"refus\w* de (reintegrer|rentrer|regagner|barrer|se disperser)", r"ca monte",
       r"perturbation", r"(une (vingtaine|dizaine|quinzaine|trentaine|cinquantaine)|\d+|"
       r"plusieurs|tous les) (de )?(gars|detenus) (\w+ ){0,4}(crient|refusent|bloquent)",
       r"(crowd|group|mob) (\w+ ){0,2}(forming|gathering|building|massing|growing)",
       r"(won'?t|refus\w* to|not) (disperse|go back in|lock in)",
       r"(guys|inmates|inms|range|unit|everyone|yard) (\w+ ){0,3}(refusing|refuse|won'?t) "
       r"(to )?(go in|lock up|return|rack up|come in|leave the yard)",
       r"attroupement",
       # A sit-down: many sat on the yard, arms linked, won't move.
       r"(sat|sit|sitting|assis) (down |par terre )?(\w+ ){0,4}(arms linked|linked arms|bras "
       r"(dessus|entrelaces|lies)|won'?t (move|get up|go in)|refus\w* de (bouger|se lever))",
       r"(arms linked|linked arms|bras entrelaces)",
       r"refus\w* de quitter la cour",
       r"(nobody|no one|noone|personne) (\w+ ){0,1}(moves?|budges?|locks? (up|in)|goes in|"
       r"bouge|bougera|barre|rentre|rentrera) (\w+ ){0,4}(till|until|unless|tant qu|avant qu)",
       r"(drag|dragg|push|pil|stack|shov|wedg|pouss|tir|empil|accot)\w* (\w+ ){0,2}(tables?|"
       r"mattress\w*|beds?|bunks?|chairs?|lockers?|benches|furniture|matelas|chaises|bancs|"
       r"meubles)\b (\w+ ){0,3}(toward|towards|to|against|across|in front of|up to|vers|contre|"
       r"devant|jusqu'a) (the |la |le |l')?(\w+ ){0,2}(door|doors|sally ?port|gate|entrance|"
       r"barrier|grille|porte|portes|entree|barriere|bubble|control post|poste|guichet)",
       figurative=True, past_lowers=True),
    # triage-policy immediate: a drone drop under way.
    concept("drone_drop", "immediate", {SI}, "drone drop under way", "largage par drone en cours",
       r"drones?[^.;!?]{0,40}\b(coming|comes|come|arrives?|s'en vient|vient|viendra|expected|"
       r"due|attendu) "
       r"(\w+ ){0,2}(tonight|ce soir|a soir|demain|tomorrow|at \d|a \d+ ?h|vers \d)",
       r"drones?[^.;!?]{0,60}\b(right now|now|currently|presently|at this moment|presentement|"
       r"en ce moment|actuellement|en cours|just dropped|vient de (tomber|larguer)|"
       r"dropping|as we speak|at the moment|still (up|there|overhead|hovering))\b",
       r"drones? (is |are )?(\w+ )?(hovering|circling|buzzing|overhead|dropping)",
       # Told in the next sentence: "It dropped a package. It is still hovering over the fence."
       r"drones?\b[\s\S]{0,200}\b(still (hovering|circling|overhead|up there|there)|as i write|"
       r"tourne encore|encore au-dessus|toujours au-dessus)\b",
       # A drone still in the air over a yard, or with a line hanging or men waiting under it.
       r"(drones?|quad[- ]?(rotor|copter)s?|quadricopteres?) (qui )?(tourne|tournoie|plane|vole|"
       r"flotte|survole|hover\w*|circl\w*)",
       r"drones? (\w+ ){0,2}(stationnaire|immobile|sur place|stationary|hovering|au-dessus de la "
       r"cour|au-dessus du toit|over the yard|above the yard|over the roof)",
       r"drones?[^.;!?]{0,80}\b(sac|bag|paquet|package|colis|fil|line|rope|string|corde)s? "
       r"(\w+ ){0,2}(suspendu\w*|pend\w*|hang\w*|dangl\w*|attache\w*|accroche\w*)",
       r"(quad[- ]?(rotor|copter)s?|quadricopteres?)[^.;!?]{0,80}\b(line|rope|string|cord|corde|"
       r"fil|package|paquet|colis)s? (\w+ ){0,2}(pend\w*|hang\w*|dangl\w*)",
       r"drones?[^.;!?]{0,80}\b(rope|line|string|cord|corde|fil|ficelle|package|paquet|colis)s? "
       r"(\w+ ){0,2}(pend\w*|hang\w*|dangl\w*|attach\w*|suspend\w*)",
       r"drones?[^.;!?]{0,120}\b(waiting|gathered|lined up|attend\w*|colles? (sur|a|contre)|"
       r"masses?) (\w+ ){0,3}(by|at|near|on|under|sur|a|pres de|contre|sous) (the |la |le )?"
       r"(fence|wall|cloture|mur|clotures)",
       past_lowers=True),
    # triage-policy immediate: a staff member compromised right now.
    concept("staff_danger", "immediate", {SI}, "staff member at risk",
       "membre du personnel en danger",
       r"not answering (the |his |her |on )?(radio|calls)", r"officer down",
       r"(staff|officer|instructor|nurse|teacher) (\w+ ){0,3}(missing|unaccounted|trapped)",
       r"(ne )?repond (pas|plus|pu) (a la|au|sur la|a sa) radio",
       r"agente? (\w+ ){0,2}(au sol|en danger|disparue?)",
       r"(hasn'?t|has not|not|isn'?t|didn'?t|won'?t|no longer|stopped) (been )?(answer|respond)"
       r"\w* (to )?(the |his |her |on (the )?|my )?(radio|pages?)",
       # Not his own door: a man locked in his room is his own risk (suicide, health services).
       r"(?<!his\s)(?<!her\s)(door|room|servery|kitchen|office|shop) (is |was )?locked from "
       r"(the )?inside",
       r"no (answer|response|reply) (on|from|over) (the |his |her )?radio",
       r"(pas de|aucune) reponse (a|sur|de) (la|sa) radio"),
    # triage-policy immediate (community): a victim contacted against conditions.
    concept("victim_contact", "immediate", {SI}, "victim contact", "contact avec la victime",
       r"(parked|waiting|hanging around|showed up|shows up|driving by|drove by|was|were|"
       r"seen|spotted|"
       r"lurking) (\w+ ){0,3}"
       r"(outside|at|by|near|in front of) (her|his ex'?s?|the victim'?s?) (house|home|place|work|"
       r"apartment|door|school)", r"stationne devant chez (elle|la victime)",
       r"(rode|tourne|traine) autour de chez (elle|la victime|son ex)",
       r"no ?contact (condition|order)", r"victim (on|in) (his |the )?file",
       r"(contact\w*|called|texted|messag\w*|went to|was at|at) (the |his |her |a |l')?(\w+ )?"
       r"victim",
       # Not the man himself "the victim of a car break-in".
       r"(?<!was\sthe\s)(?<!is\sthe\s)(?<!been\sthe\s)victim\w* (\w+ ){0,3}(says|said|reports?|"
       r"reported) (that )?(he|the client|the offender|"
       r"(?-i:[A-Z])\w+) (\w+ ){0,3}(contacted|called|texted|messaged|showed up|came|"
       r"was (at|outside))",
       r"condition de non-?communication",
       r"no[- ]contact (with|avec) (her|him|the victim|his ex|elle|lui)[^!?]{0,200}\b(came|showed "
       r"up|went|left|texted|called|asked for|asking for|wrote|messaged|note|letter|card|flowers)",
       r"(?<!was\sthe\s)(?<!is\sthe\s)(?<!been\sthe\s)victim\w*[^!?]{0,160}\b(he|the client|"
       r"the offender|the parolee|client|parolee|il|le "
       r"client) (has |had |a )?(\w+ ){0,1}(left|texted|called|messaged|showed up|came by|sent|"
       r"dropped off|emailed|contacted|phoned|laisse|texte|appele|ecrit|envoye)\b",
       r"condition (de |d')(ne pas|pas) (communiquer|contacter|entrer en contact|approcher)",
       # The letter told first, the victim after: « laissé une lettre dans la boîte aux lettres
       # de sa fille hier, c'est elle la victime ».
       r"(laisse|left|dropped off|sent|envoye|mailed|poste|wrote|ecrit|slipped|glisse)\w* (\w+ )"
       r"{0,2}(une |un |a |des |some )?(lettre|letter|note|card|carte|message|cadeau|gift|fleurs|"
       r"flowers)\b[^!?]{0,120}\b(victime|victim)\b(?! (services?|impact|statement|"
       r"awareness|support))",
       r"(contact\w*|appel\w*) (avec )?la victime",
       r"interdit de contact", r"interdiction de contact",
       r"(appel\w*|texte\w*|contact\w*|call\w*|text\w*|messag\w*|vient|came|"
       r"comes) (\w+ ){0,4}(meme si|even "
       r"though|despite|malgre) (\w+ ){0,3}(pas permis|not allowed|interdit|interdiction|"
       r"(no|non) ?contact|"
       r"conditions?)",
       r"(texte|appele|contacte|vu|visite|ecrit a|rendu chez) (\w+ ){0,2}(la |sa )?victime",
       community_routes=frozenset()),
)
# fmt: on
