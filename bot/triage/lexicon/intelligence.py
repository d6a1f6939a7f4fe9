"""Searches, contraband, drugs, debts, gangs, rumours, visits and mail (the SIO's topics).

Levels and routes follow the triage policy; the comments cite its clauses.
"""

from __future__ import annotations

from bot.triage.lexicon.concept import OUT_OF_DOPE, SI, Concept, concept

# What a work crew brings in: not contraband ("brought in the last of the field").
_CREW_LOAD = (
    r"(the |a )?(last|rest|harvest|crops?|hay|potatoes|laundry|groceries|carts?|trays?|wood|"
    r"firewood|bins?|garbage|mail|field)\b"
)

# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # A search goes on record for the SIO, even when it finds nothing (triage-policy: negation).
    concept("search", "routine", {SI}, "search", "fouille",
       r"search(ed|es|"
       r"ing)?\b", r"cell ?search\w*", r"srch\w*", r"fouill\w*", r"pat[- ]?down", r"frisk\w*",
       r"shakedown",
       r"strip search", r"dog team", r"chien detecteur", r"(?<!job\s)(?<!house\s)search\w*",
       r"(sniffer|detector|detection|drug) dogs?",
       r"ion ?scan",
       r"scanner ionique", r"(k-?9|dog|chien|canine?) (\w+ ){0,2}(sweep|search|pass|passage|"
       r"fouille|team|unit|handler|maitre)", r"(passe|passer|passait) le chien",
       r"(k-?9|dog|chien)s? (team |unit )?(ran|went through|worked|did|searched|swept|sniffed|"
       r"a fait|a passe|a sent\w*)",
       r"(fence|perimeter|perimetre|cloture|zone) alarm",
       # A perimeter walked: "perimeter walk now that the snow is gone", « ronde du périmètre ».
       r"perimeter (walk|check|patrol|sweep|tour|inspection)s?\b",
       r"(checked|walked|inspected) the (fence|perimeter)( line)?\b",
       r"(ronde|tour|inspection|verification) (de la |du )(perimetre|cloture)",
       r"alarme (de |a la |du )?(cloture|"
       r"perimetre|zone)",
       r"metal detector", r"detecteur de metaux", r"detecteur de metal", r"body ?scan\w*",
       r"scan\w* (du |de |of |the )?(colis|package|parcel|courrier|mail|lettre|letter)",
       # The mail checked: "40 christmas cards through today, all checked", « cartes vérifiées ».
       r"(mail|courrier|cards|cartes|letters|lettres|parcels|colis|packages)\b[^.;!?]{0,40}\b("
       r"checked|inspected|verifi\w*|inspect\w*|x-?ray\w*)",
       r"(colis|package|parcel|courrier|mail|lettre|letter)s? (\w+ ){0,3}scann\w*",
       r"(room|cell|locker|bag|property|body|area|perimeter|fence|security) (check|inspection|"
       r"sweep)", r"(tool|tools|outils?) (count|compte|decompte)",
       r"(compte|decompte) des outils", r"compte des outils",
       r"(?-i:UA)\b", r"urinalysis",
       r"(urine|drug) (test|screen)", r"test d'urine", r"depistage"),
    # triage-policy priority: contraband rumour or find.
    concept("contraband", "priority", {SI}, "contraband", "contrebande",
       r"(fishing line|fish line|string|rope) (\w+ ){0,3}(fence|wall)", r"drop site",
       r"fil de peche", r"site de largage",
       # His own pills kept to trade: "2 pills in his sock, keeping them to trade for coffee".
       r"(pills?|meds|medications?|tabs|pilules|comprimes|medicaments|methadone|suboxone) "
       r"[^.;!?]{0,80}\b(to "
       r"trade|to sell|for trade|to swap|pour (les )?(echanger|vendre|troquer|changer))\b",
       r"(trade|trading|sell|selling|swap\w*|echang\w*|vend\w*|troqu\w*) (\w+ ){0,2}(his |her |"
       r"ses |sa |son )?(pills|meds|medications?|pilules|comprimes|medicaments)\b",
       r"(keep\w*|kept|sav\w*|hid\w*|stash\w*|gard\w*|cach\w*) (them|it|les|la|le) (to|pour) ("
       r"trade|sell|swap|echanger|vendre|troquer)\b",
       # Tattooing gear, homemade: "un gun à tattoo fait avec un moteur de walkman".
       r"(tat+o+\w*|tatouage) (guns?|machines?|kits?|ink|needles?)",
       r"(guns?|machines?|fusils?|encre|aiguilles?) (a|à|de) (tat+o+\w*|tatouer|tatouage)",
       # Tobacco, forbidden inside: "a rolled cigarette and 2 matches inside the textbook".
       r"(rolled|hand-?rolled|homemade|roulee?s?) (cigarettes?|smokes?|clopes?)",
       r"(cigarettes?|smokes?|tobacco|tabac|matches|allumettes|lighter|briquet)s? (\w+ ){0,3}"
       r"(inside|hidden|tucked|taped|in (a|the|his) (book|textbook|shoe|sock)|dans (un|le|son|sa) "
       r"(livre|soulier|bas)|cach\w*)", r"keister\w*", r"boof\w*", r"hoop(ed|ing)\b",
       r"body[- ]?pack\w*", r"(body )?cavity",
       r"contraband", r"contrebande", r"cell ?phones?", r"cellular", r"smart ?phones?",
       r"cellulaires?", r"(un|des|du) cell\b", r"sim cards?", r"cartes? sim",
       r"(phone|cell|usb|iphone|android|cellphone) chargers?\b", r"(?-i:chargers?)\b",
       r"(sonnerie|ringing|ringtone|phone ring\w*) (\w+ ){0,4}(dans sa|in his|"
       r"from his|from the) (cellule|cell)", r"chargeurs?\b",
       # Not his own phone lost: "he had just lost his phone in the river".
       r"(?<!lost\s)(?<!dropped\s)(?<!broke\s)(?<!forgot\s)(?<!left\s)(there'?s|there is|a|his) "
       r"phone (on|in|hidden|stashed|going around)\b",
       r"(hidden|stashed) phone",
       # Packaging left behind: "empty latex finger cots in the bathroom garbage".
       r"(finger ?cots?|doigtiers?)\b", r"(empty|cut|vides?|coupes?) (latex|balloons?|ballounes?)",
       r"(something|stuff|a package|a drop|un paquet|de quoi|du stock)('s| is| s'en)? (coming|"
       r"going to come|gonna come|vient|s'en vient) (over|par-dessus) (the |la |le )?(fence|wall|"
       r"cloture|"
       r"mur)",
       r"(found|trouve\w*|seized|saisi\w*|located) (a|an|un|une|the|le|la) (\w+ ){0,2}(phone|cell|"
       r"cellulaire|telephone)\b",
       r"(phone|cell|cellulaire|telephone) (\w+ ){0,1}(taped|hidden|stashed|tucked|scotche|"
       r"cache)\b", r"tobacco", r"tabac", r"cig(arette)?s\b", r"smokes\b",
       r"(cigarette|tobacco|tabac|rollie) (smoke|fumee|smell|odeur|butts?|megots?|ash)",
       r"(cigarette |smoke )?butts? (in|on|under|dans|sur) ", r"megots?\b",
       r"lighters?\b", r"briquets?\b", r"tattoo (gun|machine)", r"(fusil|machine) a tatouer",
       r"packages?\b(?! of (books|clothes|clothing|legal|mail))",
       r"colis\b(?! (de|d') (livres?|vetements|linge|la famille|noel))",
       r"(wire|zip ?ties|tie-?wraps|tape|rope|cord|chemicals?|bleach|solvent|glue|thinner|"
       r"acetone|javel|detergent|fil electrique|ruban|colle|diluant)s? (\w+ ){0,4}(not accounted|"
       r"unaccounted|missing|gone|disappeared|manqu\w*|disparu\w*|introuvables?)",
       r"(missing|manque|manquent|il manque) (\w+ ){0,4}(wire|zip ?ties|tape|rope|cord|chemicals?|"
       r"bleach|solvent|glue|javel|detergent|fil electrique|ruban|colle|diluant)",
       r"(sortir|sorti|walk\w* out|took|taking|sneak\w*|smuggl\w*|voler|vole) (\w+ ){0,5}(de "
       r"l'atelier|from the (shop|kitchen|laundry|warehouse)|de la (cuisine|buanderie)|out of the "
       r"(shop|kitchen|laundry))",
       r"stash\w*",
       r"bindles?", r"balloons?\b", r"(smuggl\w*|sneak\w*) (\w+ ){0,3}in\b",
       # Not a crew's work: "brought in the last of the field", "bringing the carts in".
       r"(brought|bring|bringing) (?!" + _CREW_LOAD + r")((\w+ ){1,3}in\b|in\b(?! " + _CREW_LOAD
       + "))",
       r"coming in (with|on|through|at|during) (the |next |his |her )?([\w']+ ){0,2}"
       r"(visits?|mail|vr|pfv|drop)", r"fai\w* entrer", r"rentrer (de la|du|des) \w+",
       r"bundles?\b", r"(wrapped|taped|bound) (\w+ ){0,3}(in|with) (\w+ )?tape",
       r"(looks|looked|looking) like a drop", r"drop (zone|spot|package)",
       r"(prohibited|unauthori[sz]ed|illicit|banned) (items?|property|objects?|articles?)",
       r"(found|trouve\w*) (\w+ ){0,3}(bag|baggie|sac|sachet|bunch|handful|poignee) (of |"
       r"de )?(pills|"
       r"pilules|comprimes|tablets)",
       # Pills out of their dose, told by where they were hidden or their lack of markings.
       r"(pills|tablets|pilules|comprimes|cachets) (\w+ ){0,2}(in|inside|under|dans|sous) (his|"
       r"her|a|the|son|sa|ses|un|une) (socks?|shoes?|waistband|underwear|boxers|mouth|cheek|"
       r"bas|souliers?|boxer|bobettes|bouche|joue|seam|ourlet)",
       r"(unmarked|unidentified|unknown|loose|sans marque|non identifi\w*) (\w+ ){0,2}(pills|"
       r"tablets|pilules|comprimes|cachets)",
       # Not the surname: "Paquet talked about", "asked Paquet", « M. Paquet a dit ».
       r"(?-i:(?<![a-z,]\s)(?<!M\.\s)(?<!Mr\s)(?<!Mr\.\s)Paquets?\b(?! (a|est|dit|talked|said|"
       r"says|told|asked|was|is|has|had|came|went)\b)|paquets?\b|PAQUETS?\b)(?! sacres?)",
       r"ruban (noir|adhesif|electrique|gris|a conduit)",
       r"(objets?|articles?) (interdits?|prohibes?|non autorises?)"),
    concept("brew", "priority", {SI}, "brew", "alcool artisanal",
       r"(?<!trouble\s)(?<!something\s)brew(s|ing)?\b", r"hooch", r"home ?brew", r"moonshine",
       r"pruno", r"yeast", r"levure", r"brassin", r"bagosse", r"broue",
       r"ferment(ing|ed|ation)? (\w+ ){0,2}(fruit|juice|mash|oranges?|apples?)",
       r"(fruit|juice|mash|oranges?|apples?|fruits?|jus) (\w+ ){0,3}(ferment\w*|en fermentation)",
       r"(bucket|pail|jug|bag|garbage bag|seau|chaudiere|sac|cruche) (\w+ ){0,4}(of |de |d')"
       r"(\w+ ){0,1}(fruit|fruits|juice|jus|mash|raisins|peelings|pelures)",
       r"alcool (artisanal|maison|frelate)",
       r"smell(ed|s|ing)? (of |like )?(fruit|yeast|ferment\w*)",
       r"odeur de (fruits?|fermentation|levure)",
       r"(sent|sentent|sentait|sentir|commence a sentir) (la |le |de la )?(fermentation|"
       r"ferment\w*|levure|fruit pourri)"),
    concept("drugs", "priority", {SI}, "drugs", "drogue",
       r"(rentre\w*|entre\w*) (pis|et) (sort\w*|ressort\w*) (\w+ ){0,4}(a toute heure|"
       r"jour et nuit|tout le temps)", r"qu'?(il|y) (deal|vend)\w*\b",
       r"(he'?s|hes|he is|she'?s|she is) (dealing|selling)\b",
       r"(a|the|some) (guy|man|dude|gars|type) (who|that|qui) (deals|sells|is dealing|is selling|"
       r"deal|vend)\b",
       r"snort\w*", r"sniff\w*\b(?! dogs?\b)",
       # Something taken that came from the yard or the mail: paper soaked in a drug, "took
       # something off the yard" (an overdose then adds the SIO, triage-policy).
       r"(took|taken|smoked|had|got) (something|some shit|un truc) (off|from|on|in) (the )?(yard|"
       r"range|tier|unit|mail|visit)",
       r"(paper|papier|letter|lettre|card|carte|page)s? (\w+ ){0,1}(soaked|dipped|sprayed|laced|"
       r"trempee?s?|imbibee?s?)", r"(soaked|laced|sprayed|trempee?s?|imbibee?s?) (\w+ ){0,1}"
       r"(paper|papier|letter|lettre|card|carte)", r"(white|brown) powder",
       r"poudre (blanche|brune)",
       r"shoot(ing)? up",
       # Not a craft's needle: "helped them with the needle work", "beading needles".
       r"(?<!beading\s)(?<!sewing\s)(?<!knitting\s)(?<!darning\s)(?<!embroidery\s)"
       r"(needle|syringe|rig)s?\b(?! (exchange|disposal|work|point|craft|felting|and thread))",
       r"seringues?", r"s'injecte\w*",
       r"(tested|came back|test(ed)?|was|is|ua|urine) (\w+ )?positive (for|on)",
       r"(resultat|test) positif", r"positif (a|au|pour) (la |le |l')?\w+",
       r"meth(?!adone)\w*",
       r"pupil\w* (\w+ ){0,2}(pinned|dilated|pinpoint|huge|big|enormous|blown|like saucers|"
       r"tiny|dots)", r"(big|huge|giant|dilated|pinned|pinpoint|blown) pupils",
       r"refus\w* (to (provide|give|do) )?(the |a |his |her )?(urine|ua|urinalysis|drug test|"
       r"sample|breathalyz\w*)", r"refus\w* (de (fournir|donner) )?(l'|un |son )?(echantillon|"
       r"test d'urine|urine)",
       r"pupilles (\w+ ){0,2}(dilatees|contractees|en tete d'?epingle|grosses|enormes|comme des)",
       r"(glassy|glazed|bloodshot)[- ]eyed", r"(glassy|glazed) eyes",
       r"yeux (vitreux|dans la graisse de bines?|dans' graisse de bines?|dans le beurre)",
       r"(baggie|bag|sachet|straw|paille|foil|mirror|miroir|papier)s? (\w+ ){0,3}(white |brown |"
       r"powdery )?(residue|residu|poudre blanche)", r"(white|brown|powdery) residue",
       r"residus? (blanc|brun|de poudre)",
       r"(digital|electronic) scale",
       r"balance (electronique|digitale)", r"burnt foil",
       r"(straw|paille|foil|papier d'alu\w*|spoon|cuillere|lighter|briquet)s? (and|et|pis|with|"
       r"avec) (a |an |some |de la |du |un |une )?(straw|paille|foil|papier d'alu\w*|needle|"
       r"seringue|cooker|rig)",
       r"foil (\w+ ){0,2}(burn|burnt|burned|scorch)\w*", r"(papier d'aluminium|papier alu|alu) "
       r"(\w+ ){0,2}(brule|noirci)\w*", r"papier (d'aluminium|alu) brule",
       r"nodd?(ed|ing)? off", OUT_OF_DOPE,
       # Drug-soaked paper smoked: "they smoked some paper".
       r"(smok|fum)\w* (\w+ ){0,2}(paper|papier|strips?|card|carte|letter|lettre|page)s?\b",
       # Drugs packed and passed: paper folds changing hands, portions weighed into baggies.
       r"(petits? |small |tiny |little )?(papiers?|papers?|paper folds?|bouts de papier) "
       r"(\w+ ){0,1}(plies|folded)? ?(\w+ ){0,2}(passent|passaient|pass\w*|changing hands|"
       r"handed|trad\w*)",
       r"(portion\w*|bagging|divid\w*|weigh\w*|pes\w*) (\w+ ){0,3}(into )?(tiny |small |little |"
       r"petits? )?(baggies|bags|sachets|points|portions|paquets)",
       r"(scale|balance) (made |faite? )?(from|out of|avec|de) (a |an |une? )?\w+",
       # Pills that are not his: "20 Tylenol 3 qui sont pas à lui".
       r"(pills|tablets|pilules|comprimes|tylenol\w*|percocet\w*|\d+ \w+) (\w+ ){0,3}(qui (sont|"
       r"est) pas (a|à) lui|not his|that aren'?t his|pas les siens|not prescribed to him)",
       # Talk of a strike to come, no date: "ça jase d'une grève des plateaux".
       r"(jase\w*|parle\w*|talk\w*|planning|plan\w*) ([\w']+ ){0,6}(greve|strike|boycott)",
       # Another man's prescription asked for at the med line.
       r"(asking|asked|asks|demand\w*) (\w+ ){0,3}(for )?(their|his|her|leurs?|ses) (meds|pills|"
       r"gabapentin|gabas?|suboxone|methadone|doses?|medications?|pilules|comprimes)",
       r"baggies? (of )?(pills|powder|weed|white|brown)",
       r"(thinks|suspects|believes|pense|croit) (\w+ ){0,2}(is |'s |est )?(selling|"
       r"dealing|vend)\b",
       r"coming and going", r"va-et-vient",
       r"(his|her|their|my|son|sa|leur) (supplier|connect|plug|fournisseur|pusher|dealer)\b",
       r"amphet\w*",
       r"drugs?\b(?! (program|programme|counsel\w*|strategy|free))", r"drogues?\b",
       r"narcotics?", r"stupefiants?", r"weed\b", r"marijuana", r"cannabis", r"meth\b",
       # "Crystal" with a capital is a woman's name unless meth follows.
       r"(?-i:crystal|CRYSTAL)\b", r"crystal(?= meth)", r"cocaine", r"coke\b",
       r"(?<!a\s)(?<!loud\s)(?<!the\s)(?<!big\s)(?<!sharp\s)crack\b(?! (in|of|on|under|between))",
       r"heroine?", r"fent(anyl)?\b", r"speed\b(?! (bump|limit|up|down|of|dial|bag))",
       r"boulettes? (de |d')?(\w+ )?(speed|coke|crack|hasch|pot|drogue|dope|pilules|fent)",
       # Not the prescribed opioid agonist treatment (methadone, Suboxone): that is medication.
       r"(?<!agonist\s)(?<!agonistes\s)(?<!agonists\s)opioid\w*(?! (agonist|substitution|"
       r"replacement|treatment|therapy|program|use disorder))",
       r"opiace\w*", r"suboxone", r"\bsubs\b", r"bupe",
       r"(?<!in\s)(?<!into\s)(?<!en\s)(?<!long\s)(?<!thin\s)(?<!narrow\s)(?<!sheet\s)(?<!bedsheet\s)"
       r"strips\b"
       r"(?! of (his |her |the |a )?(bed ?)?(sheet|cloth|fabric|towel|blanket|shirt|paper|tape|"
       r"metal|wood))",
       r"dope\b",
       r"(?<!mecanique\s)diesel\b(?! (mechanic\w*|engines?|moteurs?|mecanique))",
       r"pills? (being )?(sold|passed|traded|selling|passing|trading)",
       # Running drugs for someone: "he's been doing runs for a guy on St-Michel".
       r"(doing|does|did|fait|faisait|faire) (des )?runs? (for|pour)\b",
       r"(offer\w*|sell\w*) (\w+ ){0,3}(anything|whatever) (he|you|they|she) (wants?|needs?|"
       r"likes?)\b",
       r"(buy|buys|buying|bought|sell|sells|selling|acheter|achete|achetait|vendre|vend|vendait|"
       r"trafique\w*) (\w+ ){0,1}(pills|meds|tablets|pilules|comprimes|medicaments)",
       r"(selling|passing|trading|diverting|cheeking) (his |her )?(pills|meds)",
       r"(spit|spat|spits|spitting|crach\w*) (\w+ ){0,2}(dose|meds|methadone|pills?|suboxone|"
       r"medicaments?|pilules?) (\w+ ){0,4}(into|in|dans) (a |an |un |une )?(cup|verre|napkin|"
       r"kleenex|sleeve|manche|hand|main)",
       r"(positive|pos|dirty) (ua|urinalysis|urine|drug test)",
       r"soaked (paper|letter|card|page)s?", r"chemical smell", r"odeur chimique",
       r"papiers? imbibes?", r"(seemed|looked|appeared|was|is|getting|got) high\b", r"stoned",
       r"pupils (pinned|dilated)", r"pinned pupils",
       r"took (a few |some |a couple )?pills", r"using again", r"relaps\w*\b(?![- ]prevention)",
       r"(?<!prevention\sde\sla\s)(?<!prevention\sdes\s)(?<!parle\sde\s)(?<!talks\sabout\s)"
       r"(?<!talked\sabout\s)rechutes?\b",
       r"consomm\w* (de la drogue|des drogues)", r"intoxiqu\w*",
       r"(showing|showed|show|shows|came|coming|turned|turns) up (\w+ )?high\b",
       r"high (on|as a kite)", r"pinpoint pupils",
       r"(gelee?s?|stone) (ben |bien |bin )?(dur|raide|bin)",
       r"(bandes?|films?) de suboxone", r"(du|le|de) pot\b",
       r"(smell\w*|sent\w*|odeur) (\w+ ){0,3}"
       r"(weed|pot|cannabis|marijuana|skunk)", r"trafi(c|qu)\w*", r"traffick\w*", r"dealer\w*",
       r"dealing",
       r"(ua|urinalysis|urine|test d'urine|depistage) (\w+ ){0,3}(positi(ve|f)|pos|dirty)",
       r"pipes? (a|à|for|de) (crack|meth|crystal)", r"crack pipe"),
    concept("alcohol", "priority", {SI}, "alcohol", "alcool",
       r"(fail\w*|blew|blow|positive) (\w+ ){0,2}(breathalyz\w*|breathalys\w*|breath test|"
       r"alcohol test)", r"(echoue|positif|souffle) (\w+ ){0,2}(l'|a l')?(alcootest|ivressometre)",
       r"smell(ing|ed|s)? (of|like) (booze|alcohol|liquor|beer)",
       # Evenings spent at the bar: "y passe ses soirées au bar de Senneterre".
       r"(passe|passait|spends?|spending|spent) (\w+ ){0,2}(soirees|evenings|nights|nuits|"
       r"journees|days|weekends?|fins de semaine) (au|a la|at the|in the|a) (bar|taverne|pub|"
       r"brasserie|casino|club|beer store)\b",
       r"(drinking|drunk|intoxicated|impaired|hungover|boozing)\b"
       r"(?! (coffee|tea|water|juice|pop|milk))", r"(back|started) (on the bottle|drinking)",
       r"boire\b", r"\bboit\b(?! (de l'?eau|du cafe|du the|du jus|du lait|de la liqueur))",
       r"en boisson", r"ivre\b", r"saoul",
       # "Soûl" folded, not "his soul".
       r"(?<!his\s)(?<!her\s)(?<!my\s)(?<!the\s)(?<!your\s)(?<!our\s)soul\b",
       r"sent\w* l'alcool", r"sent\w* (la boisson|la biere|le fort)", r"odeur d'alcool",
       r"slurr\w*", community_routes=frozenset()),
    # triage-policy priority: debts and taxing, muscling and pressure.
    concept("pressure", "priority", {SI}, "debt/pressure", "dette/pression",
       # Pushed by others to hide or carry for them: "se fait pousser par les gars de la 6 pour
       # qu'il cache des affaires".
       r"(se fait|se faisait|s'est fait|being|been|getting|gets) (pouss\w*|push\w*|pressur\w*) "
       r"(\w+ ){0,6}(pour (qu'il|qu'elle|qu'y|qu'a) |to )(cache|rentre|garde|passe|vende|hide|"
       r"hold|carry|stash|bring|sell)\w*",
       # Asked over and over: "guys on his tier keep asking him to hold stuff for them".
       r"(keep|keeps|kept|always|been|are|were) (asking|pushing|bugging|pressuring|telling) (him|"
       r"her|me) to (hold|carry|stash|hide|keep|bring in|sell|move) (stuff|things|something|"
       r"packages?|drugs|dope|phones?|it|their)\b",
       r"(taken|taking|took|takes|jacked|swiped|stolen) (?!(him|her|them|the baby)\b)(\w+ )?(off|"
       r"from) (him|her)\b",
       r"(canteen|food|tray|stuff|shoes|meds) (\w+ ){0,2}(taken|stolen|jacked|swiped)",
       # Taken from him by others: "se fait prendre son café pis sa cantine par les jeunes".
       r"se (fait|faisait|font) (prendre|voler|taxer|piquer) (son|sa|ses|leur|leurs) (\w+ )?"
       r"(cafe|cantine|tabac|affaires|bouffe|souliers|cigarettes|argent|meds|pilules)",
       r"(needs?|wants?|has) to get (out of|off) (this|the) (unit|range|tier)",
       # Keeping out of the yard after men had a word with him: afraid of someone.
       r"(rester|demeurer) (en dedans|a l'interieur|dans sa cellule) (pour|pendant) (les |la )"
       r"(prochaines?|autres?) (cours|sorties|recreations?|gym)",
       r"(stay|be kept|keep me|keep him) (in|inside|back|off the yard) (for|during) (the )?(next|"
       r"rest of the|other) (yards?|gyms?|rec|recreations?|yard periods?)",
       r"before something happens", r"something (is going to|will|'?s gonna|gonna) happen to "
       r"(him|me)", r"se fait voler", r"(veut|doit) (sortir|partir) de (l'unite|la rangee)",
       # An ultimatum with its day: "you pay by Sunday or you're checking in".
       r"(pay|paye|payes|payer|paie) (\w+ ){0,3}(by|before|avant|d'ici) (\w+ ){0,2}(or|sinon|"
       r"ou)\b",
       r"owe(s|d)?\b", r"debts?\b", r"dettes?\b", r"(doit|devait) (de l'argent|\d+|du cash)",
       r"tax(ed|ing|es)?\b(?! (return|form))", r"taxer", r"taxe\b", r"taxait",
       r"muscl(ed|ing|e)\b", r"pressur(e|ed|ing)\b",
       # Not his blood pressure: « vu par l'infirmière pour sa pression ».
       r"(?<!sa\s)(?<!ta\s)(?<!prendre\sla\s)(?<!pris\sla\s)(?<!prend\sla\s)pression\b"
       r"(?! arterielle)",
       r"leaning on (him|her|them|the (new|young) \w+|the kid|the new guy)\b",
       r"strong[- ]?arm\w*", r"extort\w*", r"extorsion",
       r"(take|took|taking|takes) (his|her) (canteen|food|tray|shoes)",
       r"canteen (bag )?(off|from) (him|her)",
       r"(take|took|taking|takes|taken|steal\w*|stole|jack\w*|swip\w*) ([\w']+ ){0,3}canteen",
       r"paying (them|him|the guys) (his|her) ",
       r"\brats?\b", r"snitch\w*", r"skinner", r"stool pigeon",
       r"(asked|asking|wants|wanted|request\w*) (to (go|be moved|be placed) )?(to|for|into|in) "
       r"(seg|pc|protective custody|protection)\b", r"(wants|wanted|trying|asked) to check in",
       r"demande (d'aller en |la |a aller en )?(protection|isolement)",
       r"(looks?|looked|seemed|seems) (scared|shook|shaken|afraid|terrified)",
       r"se (fait|faire|faisait|font) (taxer|brasser|menacer|shaker|niaiser)", r"a peur",
       r"taxage", r"(donne|donnait|remet|remettait|passe|passait) (\w+ ){0,1}(sa|son|ses) "
       r"(cantine|epicerie|tabac|argent|paie) (\w+ ){0,1}(a|au|aux) (\w+ ){0,3}(chaque|"
       r"toutes? les|"
       r"tous les|a chaque)",
       r"pay(ing|s)? (\w+ )?(rent|protection) to\b", r"pay(ing|s)? (\w+ )?protection",
       r"(made|forced|told|pressured) to (hand over|give up|pay)",
       r"(hand|handing|hands|handed) over (his|her|their) (canteen|food|tray|money|"
       r"meds|phone|shoes|stuff)", r"(give|gives|giving|gave) up (his|her) (canteen|food|tray|"
       r"phone time)", r"(wants|wanted|asking|asked|begging) (to get |to move )?off (the|his) "
       r"(range|unit|tier)",
       # Taken from him ("lui a pris son plateau"), not his own taken ("a pris son plateau").
       r"((lui|y|leur) (a |ont |avait |avaient )?(prend|prendre|pris)|vole|voler|vol\w*) (sa|son|"
       r"ses) (cantine|bouffe|nourriture|plateau|souliers|tele|argent)",
       # His canteen handed to one man, week after week: taxed.
       r"(donn\w*|remis|give|gives|giving|gave|hand\w*) (\w+ ){0,1}(sa|son|ses|his|her) (\w+ )?"
       r"(cantine|canteen)( au complet| order| bag)? (a|au|to) ",
       r"(veut|demande a) changer de (rangee|unite|secteur)",
       r"pay\w* (un|le) loyer", r"(you|u|he|they|then) (\w+ )?pay rent\b",
       r"(first|1st) (week|one|time|hit)('?s)? (is )?(free|on (me|us|the house))",
       r"(hand|hands|handing|handed|give|gives|giving|gave|turn\w* over) (\w+ ){0,2}canteen "
       r"(bag |order |package )?(\w+ ){0,2}(over )?to\b",
       r"(get|be|been|being) moved (\w+ ){0,2}(anywhere|somewhere) else",
       r"(no|zero|pas d'|pas une cenne|aucun) (money|funds|cash|argent|"
       r"\$)[^.;!?]{0,60}\b(but|yet|mais|pourtant)\b[^.;!?]{0,40}\b(new|full|nouveaux?|nouvelles?|"
       r"pleine?)\b"),
    # triage-policy priority: gang or group tension, incompatibles.
    concept("gang", "priority", {SI}, "gang/tension", "gang/tension",
       # Colours worn: "wearing their colour laces", "porte leurs couleurs".
       r"(wearing|wears|wore|sporting|porte|portait|portent) (their|the gang'?s?|leurs|les) "
       r"(\w+ )?(colou?rs?|couleurs?|colou?r laces|flags?)\b",
       r"(problems?|issues?|trouble|heat|beef) with (\w+ ){0,3}(guys|crew|range|unit|gang)",
       r"(problemes?|chicane|trouble|beef|conflit) avec (les gars|la gang|des gars|un gars|la "
       r"rangee)",
       # Not Québec's "toute la gang" (the whole group of guys).
       r"(?<!toute\sla\s)gangs?\b", r"affiliat\w*", r"patched", r"hells\b", r"incompatibles?",
       # A biker club by its patch: "one wearing an outlaw club patch", « patché des Rock ».
       r"(outlaw|biker|motorcycle) (motorcycle )?(club|clubs|gang)\b", r"(club|1%(er)?) patch",
       r"(club|bande) de (motards|bikers)",
       r"(patchs?|patches|ecussons?|vestes?) (\w+ ){0,2}(de|du) (club|clubs|motards|bikers)\b",
       # A group by its name: "two known Native Syndicate members".
       r"known ((?-i:[A-Z])\w+ ){1,3}(members|associates)\b",
       # Organised crime and the crew he ran with, however named.
       r"(groupe|crime|reseau) (criminel )?organise", r"organi[sz]ed crime", r"crime group",
       r"(crew|boys|clique|bande|gang de rue) (\w+ ){0,3}(he|i|il|j') ?(ran|run|runs|rolled|rolls|"
       r"used to run|roulait|roulais|tenait|tenais|se tenait) (with|avec)",
       r"history with", r"bad blood", r"beef(ing)? (with|between)", r"tensions?\b",
       r"tense\b", r"tendue?s?\b", r"chicane", r"guerre de (gangs?|territoire)",
       r"(known|documented|criminal) (associates?|criminals?)",
       r"(\d+|two|some|couple) guys (i|we) (know|recognize) from",
       r"(rival|different|opposing|two|2|both) (crews|gangs|groups|factions|sets|cliques)",
       r"posturing",
       r"(their|his|leurs?|ses|wearing|porte|portait) (\w+ ){0,2}(colou?rs|couleurs)\b",
       r"(membres?|members?) (des|of the|du) (?-i:[A-Z])\w+", r"(hand|gang) signs?",
       r"signes? (de (la )?main|de gang)", r"throw\w* (up )?(gang )?signs",
       r"(have|has|got) (\w+ )?history\b", r"can'?t (go|be) (to|on|with) (\w+ ){0,2}(range|unit) "
       r"because", r"tension (is )?(building|rising|mounting|escalating)",
       r"(la )?tension monte",
       # Not a choir's or a team's recruiting ("recrute du monde pour la chorale").
       # Not a new officer: "Recruit, week 2", "I'm a recruit".
       r"(?<!i'm\sa\s)(?<!am\sa\s)(recrut|recruit)(?!\s*,|\s+(question|again|here|week|class|"
       r"officer|cx|co)\b)\w*\b(?! (\w+ ){0,3}(pour|for) (la |le |les |l'|the |a |an |"
       r"our )?("
       r"chorale|choir|team|equipe|league|ligue|programme|program|club|tournoi|tournament|"
       r"pow-?wow|band|"
       r"show|spectacle|concert|course|cours))", r"(gang|clan) (de|du|from|of) ",
       r"mad[- ]?dog\w*",
       r"(eyeing|staring (down|at)) each other",
       r"(eyeball|star|mean-?mugg|glar|sizing)\w* (\w+ ){0,1}(each other|one another)",
       r"se regard\w* (croche|de travers|dans le blanc des yeux)",
       r"(same|matching) (\w+ )?(bandanas?|colou?rs|rags|flags|beads)",
       r"(old|former) (crew|gang|associates|co-?accused|codefendants?|running buddies)",
       r"co-?accus\w*", r"non-?assoc\w*", r"keep (them |him )?(separate|apart)",
       # Told by the rule: "on file as not to be mixed", « doivent pas être ensemble ».
       r"(not to be|never to be|must not be|can'?t be|cannot be|shouldn'?t be) (mixed|together|"
       r"in the same|placed together|housed together)\b",
       r"(doivent|peuvent) (pas|jamais) (etre )?(ensemble|mis ensemble|se croiser|se cotoyer)",
       r"(crown|five-?point\w*|teardrop|spider ?web|swastika|ss bolts|gang|\d{2,}) (\w+ ){0,2}"
       r"tattoo", r"tattoo (\w+ ){0,3}(gang|crew|crown|colou?rs)", r"tatou\w* (de|des) gang",
       r"(testified|testifies|temoigne|temoigner) (\w+ )?(against|contre)",
       r"(gang|crew) (tattoo|patch|colou?rs)", r"patch (des|of the|d')",
       r"(negative|criminal|bad) (associates|peers|crowd)",
       r"(anciens?|vieux) (chums|complices|amis de gang|associes)", r"bandes? (de rue|rivales)",
       r"(stopped|stop|won'?t|don'?t|no longer|refus\w* to) (using|use|going to|go (to|on)|"
       r"sitting (at|on)|sit (at|on)) (the )?(same |other |east |west |north |south |far |back )?"
       r"(side|half|end|part|corner) of the (yard|gym|range|dining hall|caf\w*|servery)",
       r"(lots? of|a lot of|constant|hard|cold) (staring|stares|mad-?dogging|eyeballing|looks)\b",
       r"star\w* (\w+ ){0,1}across (the )?(yard|gym|range|dining hall|caf\w*|room|tables?)",
       r"(crossed[- ]out|x'?d[- ]out|scratched[- ]out|barre|rature|raye)e?s? (\w+ ){0,1}(symbol|"
       r"sign|tag|logo|crown|star|name|letters?|symbole|signe|couronne|etoile|nom)",
       r"(symbol|sign|tag|logo|crown|star|symbole|signe|couronne|etoile) (\w+ ){0,1}(crossed|"
       r"x'?d|scratched|barre|rature|raye)e?s?\b",
       r"(bikers?|motards?|biker gang|hells angels|bandidos|outlaws mc)\b", r"from the crew\b",
       r"(ca|ça) (brasse|chauffe) entre",
       r"(crew|gang|clique|set|bande)s? (\w+ ){0,4}(index offen[cs]e|tied to|linked to|lie\w* a)",
       r"(boys|crew|gang|gars) (\w+ ){0,1}(got|have|has|ont) (something|a job|work|a spot|stuff|"
       r"de quoi|une job) (\w+ )?(lined up|set up|waiting|de pret|qui l'attend)",
       r"(de|of|in|from) (the|la|his|their|leur|sa) (crew|gang)\b(?! (room|leader|boss|kitchen))",
       # His set: "the boys from his set are picking him up at the gate".
       r"(boys|guys|homies|bros|people|brothers) (from|of) (his|their|the) set\b"),
    # triage-policy priority: planned-but-vague trouble, rumours.
    concept("vague_trouble", "priority", {SI}, "trouble brewing", "trouble en vue",
       r"something (is |'s )?(going down|gonna (go down|happen)|going to (go down|happen)|"
       r"planned|about to happen)", r"(going|go) down (this|next|on|tonight|tomorrow)",
       r"something('s| is) happening (over|on|at|for|this|tonight|tomorrow|after|during)\b",
       # Talk that stops when staff come near: "they stopped talking when they saw me".
       r"(stopped|stop|stops|quit) talking (when|as soon as|once|the moment|the second) (they|"
       r"he|she|the \w+) (saw|see|sees|noticed|spotted) (me|us|staff|the (officer|co|guard))\b",
       r"(ont arrete|arretent|arrete|se sont tus|se taisent|se la sont fermee)( de parler)? "
       r"(quand|des qu'?|aussitot qu'?) ?(ils|y|il|elle|elles) (m'ont|m'a|nous ont|ont) (vu|vue|"
       r"apercu)",
       r"ca (va|s'en va) (brasser|chauffer|peter|sauter|virer)", r"se prepare",
       # Running, told as a joke with no plan: "the truck would be a nice ride out of here".
       r"(ride|way|trip|lift) out of (here|this place|this dump)\b",
       # A quarrel said not to be over: "ça va pas finir de même", "this isn't over".
       r"(ca|ça|c'est|ca va|ça va) (pas|pu) (finir|fini|en rester) (de meme|comme ca|la)\b",
       r"(this|it|that) (isn'?t|is not|ain'?t|won'?t be) (over|finished|done)\b(?! (yet )?(for|"
       r"with) (the |his |her )?(day|week|shift|program|course|job|work))",
       r"word (on the (yard|range|street|unit) )?is",
       r"(stock\w* up|stockpil\w*) (\w+ ){0,2}(on )?(canteen|food|water|batteries)",
       r"wearing (boots|shoes|runners) (\w+ ){0,4}(instead of|not) (slides|sandals|flip-?flops)",
       r"(book|take) (\w+ ){0,2}(weekend|night|shift|day|tomorrow|tonight) off",
       r"(range|unit|yard|tier) (feels|felt|is|was) (off|wrong|weird|tense)",
       r"(?<!after\sthe\s)(?<!apres\sla\s)rumou?r(s|ed)?\b",
       r"something'?s up with",
       r"(went|goes|go|fell|falls|got) (dead |real |very )?(quiet|silent) (the (second|moment|"
       r"minute)|as soon as|when|the instant) (\w+ ){0,2}(walked|came|comes|walks|stepped) in\b",
       r"(clammed|shut|went quiet|se sont tus|ont arrete de parler) "
       r"(\w+ ){0,1}(up )?(when|as|quand) (i|staff|the officer|we|je|l'agent) (walked|came|got|"
       r"suis arrive|suis entre|arrivais)",
       r"not in front of the (screw|guard|co|cop|officer|bull|staff|boss)",
       r"pas devant (le|la|les) (screw|gardien|agent|agente|boeuf|staff)",
       r"something (big|bad|heavy|serious) (is |'s )?(coming|happening|going (down|to happen)|"
       r"planned|brewing|up)", r"(quelque chose|de quoi|d'quoi) de (gros|grave|pas beau) "
       r"(s'en vient|se prepare|va (arriver|se passer)|s'en va arriver)",
       r"(told|warned|advised|telling|warning) (\w+ ){0,3}to (stay|keep) (in|to|inside|behind) "
       r"(their|his|her|your|the) (cells?|rooms?|doors?|houses?|range)",
       r"(dit|conseille|averti)\w* (\w+ ){0,3}de (rester|se tenir) (dans|en) (leur|sa|ta|vos|"
       r"leurs) (cellules?|chambres?)",
       r"(good|great|smart|better) (\w+ ){0,2}to (call in sick|book off|stay home|take (the|a) "
       r"(day|night|weekend) off)", r"(you|u|ya) (should|might want to|better|oughta) (call in "
       r"sick|book off|stay home)", r"(caller|appeler|te mettre|vous mettre) malade",
       r"(going to|gonna|will|(he|she|they|you)'ll|might|could|is to) (get|be) dealt with\b",
       r"(va|vont|pourrait) se faire (regler|arranger|occuper de)",
       r"(?<!apres\sla\s)(?<!apres\sles\s)rumeurs?\b",
       figurative=True),
    # triage-policy priority: suspicious visits or mail.
    concept("visits_mail", "priority", {SI}, "visits/mail", "visites/courrier",
       # A visitor who tries to follow staff through a door she has not been cleared for.
       r"(visitor|visiteu\w+) (\w+ ){0,6}(tried to|attempted to|tente\w* de|essay\w* de) (follow|"
       r"get in|go in|enter|slip|suivre|entrer|passer)",
       # Something passed out to a visitor: "slipped a sealed envelope into the coat pocket of his
       # visitor's son".
       r"(slipped|slips|passed|handed|tucked|glisse\w*|passe\w*|remis) (a |an |the |un |une )?"
       r"(sealed |folded |small |petite? )?(envelope|note|letter|package|paper|item|enveloppe|mot|"
       r"lettre|paquet|papier) (\w+ ){0,4}(into|in|to|dans|a) (the |la |le |sa |son |his |her )?"
       r"(\w+ ){0,3}(visitor'?s?|visiteu\w+|pocket|poche|coat|manteau|purse|sacoche|bag|sac)",
       # A hiding place felt for at visits: "ran her hand along the underside of the coin tray".
       r"(ran|runs|running|slid|slides|feeling|felt|passe\w*) (her|his|a|sa|la) (hand|main) "
       r"(\w+ ){0,2}(along|under|underneath|beneath|sous|le long) (\w+ ){0,2}(underside|dessous|"
       r"coin tray|vending|distributrice|table|chair|chaise|bench|banc)",
       # Something carried in the mouth from a visit: the cheek full, the mouth kept shut.
       r"(cheek|cheeks|joue|joues) (\w+ ){0,2}(puffed|bulging|full|swollen|gonflee?s?|pleines?)",
       r"(kept|keeping|keeps|held|holding|garde\w*) (his|her|sa|la) (mouth|bouche) (shut|closed|"
       r"fermee)", r"(wouldn'?t|won'?t|refused to|refus\w* d') ?(open|ouvrir) (his|her|sa|la) "
       r"(mouth|bouche)",
       r"visitor (\w+ ){0,6}(nervous|passed|handed|slipped|sweaty|wash?ro?om|bathroom|toilet)",
       # A visitor who will not be scanned or searched, and leaves rather than be.
       r"(refus\w*|declin\w*|won'?t|wouldn'?t|would not|will not) (\w+ ){0,3}(ion ?scan\w*|"
       r"scanner ionique|ionscan|the scan|body ?scan\w*|scanner corporel|the dog|le chien|"
       r"(a |the |to be )?search\w*|la fouille|(d'etre |se faire )?fouill\w*) (\w+ ){0,6}"
       r"(left|leave|leaves|went home|repart\w*|quitt\w*|parti\w*|visit|visite)",
       r"(pass|passed|passing|hand|handed|handing|slip|slipped|slipping|exchang\w*|swapp?\w*) "
       r"(something|an? (\w+ )?(object|package|item|bundle|baggie|note)) (\w+ )?(to|at|between|"
       r"over|through|under)\b",
       r"(kept|keeps|keeping|kept on) (glancing|looking|peeking|checking) (up |over )?at the "
       r"cameras?",
       r"(mail|letter|card|envelope|courrier|lettre|enveloppe) (\w+ ){0,5}(stain\w*|smell\w*|"
       r"soaked|odeur|tach\w*|imbib\w*|suspect\w*)", r"held for (sio|ipso|security)",
       r"(suspicious|suspect) (mail|letter|visit|visitor|package)", r"visite suspecte",
       r"(slide|slid|sliding|pass\w*|push\w*|glisse\w*) (\w+ ){0,3}(across|under|"
       r"sous) (the |la )table",
       r"(papier|paper) (\w+ ){0,3}(tach\w*|stain\w*)", r"odeur (bizarre|etrange|chimique|drole)",
       r"(retenu|gardee?|envoyee?) (pour|a) l'(ars|asr)",
       r"(retenue?s?|gardee?s?|envoyee?s?) (pour|a|au) (le |la |l')?(srs|ars|asr|sio|ipso|"
       r"securite)",
       r"senteur (chimique|bizarre|etrange|drole)",
       r"(lettre|letter|feuilles?|pages?|papers?|envelope|enveloppe|carte|card)s? (\w+ ){0,6}"
       r"(gondol\w*|warped|wavy|crinkl\w*|stiff|thicker|plus epaisses?)",
       r"hands (\w+ ){0,2}under the table", r"mains sous la table",
       r"(diaper bag|baby bag|sac a couches|sac de bebe|sac a langer)",
       r"(double|faux|false|hidden) (fond|bottom|compartment|compartiment)", r"compartiment cache",
       r"(tente|tried|trying|attempt\w*) (d'entrer|de rentrer|to (bring|come in|get in|enter)) "
       r"(\w+ ){0,2}(avec|with)",
       r"(ion ?scan\w*|detecteur ionique|ionscanner) (\w+ ){0,2}(a reagi|reagit|positive?|hit|"
       r"alerted|alarmed|went off|sonne)",
       r"(the thing|le truc|la chose|the stuff|le stock|the package|le paquet) (is |est )?(\w+ )?"
       r"(for|pour) (sunday|saturday|the visit|la visite|dimanche|samedi|visits|le parloir)",
       r"(adjust\w*|fiddl\w*|reach\w* into|touch\w*) (\w+ ){0,1}(her|his|sa|son) (bra|brassiere|"
       r"waistband|crotch|soutien-gorge)\b",
       r"(visitor|v&c|visiting|parloir|visiteuse)[^.;!?]{0,80}\b(bra|brassiere|waistband|"
       r"washroom|bathroom|toilettes)\b",
       r"(no|sans|without) (adresse de retour|return address)",
       r"(decolle\w*|recolle\w*|resealed|re-sealed|steamed open|reglued|re-glued)",
       r"(dog|chien) (\w+ ){0,2}(indicated|alerted|sat|hit|a (reagi|marque|indique))",
       r"(pages?|papers?|lettre|letter|feuilles?) (\w+ ){0,4}(tremp\w*|soaked|damp|humide)",
       r"(smells?|sent) (weird|funny|strange|chemical|bizarre|drole)",
       r"(outside|around|bypass\w*|avoid\w*|not (through|using)) (the )?(normal |regular |usual |"
       r"official )?(mail|mailroom)",
       r"visiteu(r|se)s? (\w+ ){0,6}(nerveu\w*|toilettes?|salle de bain|passe|remis|glisse|"
       r"agite\w*)"),
    # triage-policy priority: a drone seen, a drop found after the fact.
    concept("drone", "priority", {SI}, "drone", "drone",
    r"(?<!after\sthe\s)(?<!apres\sle\s)drones?\b", r"quad[- ]?(rotor|copter)s?",
    r"quadricopteres?", r"\b(?-i:UAVs?)\b",
    # Heard, not seen: "buzzing over unit 6 around 0200".
    r"(buzz\w*|whirr\w*|humming|bourdonnement|bourdonn\w*) (\w+ ){0,3}(over|above|"
    r"au-dessus (de|du|des)|sur) (the |la |le |l')?(unit|range|yard|wall|fence|roof|building|"
    r"unite|rangee|cour|mur|cloture|toit|batiment|\d)",
    # A drop that failed: "probablement un largage manqué", "looks like a missed drop".
    r"(largage|drop) (manque|rate|avorte|failed|missed)", r"(failed|missed|botched) drop"),
)
# fmt: on
