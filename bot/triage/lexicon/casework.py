"""Release, community supervision and casework (CD 715, case management).

Levels and routes follow the triage policy; the comments cite its clauses.
"""

from __future__ import annotations

from bot.triage.lexicon.concept import CM, SI, Concept, concept

# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # CD item 6: any new information about an offender before release.
    concept("pre_release", "routine", {CM}, "before release", "avant la libération",
       # A release still to come, told by its date or its distance: the man is inside (the
       # setting reads these too: a CRC named then is a plan, not where he is).
   r"pre-?release",
   r"(warrant expiry|(?-i:WED)\b|date d'expiration|expiration (du|de son) mandat)",
   r"(release|liberation|sortie) (date )?(is |est |prevue? |scheduled )?"
   r"(on |le |this |next |ce )?(mon|tue|tues|wed|thu|thurs|fri|sat|sun|monday|tuesday|"
   r"wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|tomorrow|demain)\b",
   r"(days?|weeks?|jours|semaines) (away )?(from|before|until|avant) (his |her |sa |son |the |"
   r"la |le )?(day parole|full parole|release|sortie|liberation|semi-liberte|(?-i:SR|DP))\b",
   r"(en vue de|avant) (sa|la|son) (liberation|sortie|depart)",
   r"(before|ahead of|prior to) (his|her|the) (release|day parole|(?-i:SR))\b",
   r"(release|liberation|sortie|(?-i:SR|WED|DLO|LO))\w* (date )?(is |est )?(in|dans) (\d+|one|"
   r"two|three|"
   r"four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix) "
   r"(days?|weeks?|wks?|months?|jours|semaines|sem|mois)\b",
       r"releas(e|es|ed|ing) on (his |her )?(wed|sr|stat|warrant expiry|expiry) (in|on|next)",
       r"(libere|liberee|sort|sortira|liberation) (a|à) (sa|son) (date d'expiration|expiration|"
       r"fin de mandat) (dans|la semaine|le mois|vendredi|lundi)",
       r"releas(e|es|ed|ing|e date)? (on (sr|stat|statutory|parole|dp|day parole|full parole) )?"
       r"(in \d+|in (a|two|three|few)|on (mon|tues|wednes|thurs|fri|satur|sun)day|"
       r"(mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next (week|month)|this week)",
       r"(\d+|two|three|four|five|six|seven|eight|nine|ten|a few|couple) (days|weeks|wks|months) "
       r"(from|before|until|till|to) "
       r"(his |her )?(wed|sr|release|warrant expiry|parole|stat)",
       r"(dp|day parole|parole|full parole|sr) hearing", r"audience de liberation",
       r"releas\w* (\w+ ){0,4}(next (week|month)|in \d+ (days|weeks|months))",
       r"(gets|getting) out (on|in|next) ",
       r"(left|remaining|to go) (before|until|till) (his |her )?(statutory release|release|sr|wed|"
       r"parole)",
       r"(release|wed|sr|stat|libération|liberation|sortie) (date )?(is |est )?(in|dans) "
       r"(\d+|a|one|two|three|four|few|une|deux|trois|quatre|quelques) "
       r"(days?|weeks?|wks?|months?|jours?|semaines?|mois)\b",
       r"liberation (d'office|conditionnelle|totale) (dans|la semaine|le mois|bientot)",
       r"(sort|sortira|sortie|libere) (dans|la semaine|demain|bientot|lundi|mardi|mercredi|jeudi|"
       r"vendredi|samedi|dimanche)",
       r"once he'?s out", r"when he gets out", r"at (his )?release",
       r"quand il va sortir", r"a sa sortie", r"des sa sortie",
       r"(a|à) (\d+|une|deux|trois|quatre|cinq|dix|quelques) (jours?|semaines?|mois) (de|avant) "
       r"(sa|son) (liberation|sortie|date)",
       r"(goes|going|gets|getting|get) out on (stat|sr|statutory|parole|day parole|dp|"
       r"full parole)",
       r"(stat|statutory|sr|dp|day parole|full parole) (release )?(date )?(is )?(in \d+|in (a|two|"
       r"three|few)|next|this (week|month)|on (mon|tues|wednes|thurs|fri|satur|sun)day)",
       r"(sort|sortira|sortie|libere|liberee) en (liberation|semi-liberte) (\w+ )?(d'office|"
       r"conditionnelle|totale)? ?(dans|la semaine|vendredi|demain|bientot|le \d{1,2}\b|le "
       r"(premier|1er)\b)",
       r"(warrant expiry|(?-i:WED)|statutory release|stat release|release date)('s| is| date is)? "
       r"(next (week|month)|this (week|month)|in (\d+|a|one|two|three|four|few) (days?|weeks?|"
       r"months?))\b",
       r"(released|releasing|goes out|getting out|gets out|is out) (on (stat|sr|parole|day "
       r"parole) )?on the \d{1,2}(st|nd|rd|th)?\b"),
    # triage-policy priority (community): missed curfew or appointment, arrest.
    concept("missed", "priority", set(), "missed curfew/appointment",
       "couvre-feu/rendez-vous manqué",
       r"(phone|cell) (is |was )?(disconnected|cut off|out of service)",
       # Back at the residence late, told without the word curfew: "signed in 45 min late".
       r"signed (back )?in (\w+ ){0,3}late\b", r"(rentre|revenu|revenue|signe) (\w+ ){0,3}en "
       r"retard (au|a la|de) (\w+ ){0,3}(couvre-feu|maison de transition|(?-i:CRC|CCC))",
       r"(ne s'est pas|s'est pas|pas) (rapporte|presente)", r"abscond\w*",
       r"telephone (est )?(coupe|debranche|hors service)",
       r"missed ([\w:.'-]+ ){0,3}(curfew|appt|appointment|check[- ]?in|meeting|report\w*|ua)\b",
       r"not (at )?home\b", r"(was|is|were)n'?t (at )?home\b",
       r"(hasn'?t|has not) been (around|home|seen)", r"no one knows where",
       r"no[- ]show", r"did(n'?t| not) (show|report|come in|return)",
       r"never (showed|turned up)\b",
       r"never (showed|show|came|come|turned) (up|in|back)\b",
       r"(due back|supposed to be back|attendu|devait rentrer|devait etre de retour) (\w+ ){0,2}"
       r"(at|a|pour|vers) \d",
       r"(pas|jamais) (show|showe|venu|presente) (a|à|au) (son |sa )?(rdv|rendez-vous|rencontre)",
       r"(rdv|rendez-vous|rencontre|couvre-feu) (\w+ ){0,1}(manque|rate|brule)\b",
       r"(manque|rate|skippe) (son|sa|le|la) (rdv|rendez-vous|rencontre|couvre-feu)",
       r"(manque|rate|skippe|brule) (son|sa|ses|le|la|les) ([\w']+ ){0,4}(rdv|rendez-vous|"
       r"rencontres?|couvre-feu|(?-i:AA|NA)|meetings?|groupe)\b",
       r"failed to (report|show|return|attend)", r"late for (his |her )?curfew",
       r"not answering (his|her) (phone|door)", r"not home (for|at|during)",
       r"whereabouts unknown", r"(?-i:UAL)\b", r"unlawfully at large",
       # A spot check finds him gone from where his pass put him: "called the sister's landline
       # for a spot check and she said he'd left at 1400".
       r"(spot[- ]?check|verification|verif)[^.;!?]{0,100}\b(he|she|il|y|elle)('d| had| was| "
       r"etait| n'etait)? (already |deja )?(left|gone|not there|parti|partie|pas la)\b",
       r"warrant\b(?! expiry)(?!'s expiry)",
       r"(pas|n'est pas|est pas) (rentre|presente|revenu)",
       r"(n'etait|etait|est|n'est) pas (chez (lui|elle)|a la maison|a son domicile)",
       r"manque (son|sa|le|la) (rendez-vous|rdv|couvre-feu|rencontre)",
       r"absent (au|a son|du) (couvre-feu|rendez-vous)", r"introuvable",
       r"en liberte illegale",
       r"(address|whereabouts|location|adresse) (\w+ ){0,3}(is |est )?(unknown|inconnue?)",
       r"no record of (him|her)",
       r"missed (\w+ ){0,3}(sessions?|group|class|rencontre|program|programme)",
       r"(sait|savent|sais|know|knows) (pas|not) (ou|où|where)",
       # Nobody knows where he is; not "he didn't know where he was" (confusion).
       r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bi\s)(doesn'?t|don'?t|didn'?t|didnt|dont|doesnt) know "
       r"where",
       r"(ramass\w*|pack\w*) (up )?(ses|his|her) (affaires|stuff|things|bags)",
       # His monitor tampered with or gone silent: where he is, nobody knows.
       r"(bracelet|ankle monitor|monitor|(?-i:EM|GPS) (unit|device)|transmitter) (\w+ ){0,3}"
       r"(tamper\w*|cut|removed|off|dead|strap alert|no signal|lost signal|coupe\w*|enleve\w*|"
       r"arrache\w*|plus de signal|perdu le signal)\b"),
    # triage-policy priority (community): new associates of concern, a collateral's worry.
    # A no-contact condition breached with a co-accused or an associate, not a victim.
    concept("association_breach", "priority", {SI}, "non-association breached",
       "non-association enfreinte",
       r"(co-?accus\w*|co-?defendants?|coaccus\w*|complices?|associates?)[^!?]{0,60}"
       r"\b(no-?contact|non-?contact|non-?communication|non-?association)",
       r"(no-?contact|non-?contact|non-?communication|non-?association)[^!?]{0,60}"
       r"\b(co-?accus\w*|co-?defendants?|coaccus\w*|complices?|associates?)",
       excludes=("victim_contact",)),
    concept("associates", "priority", set(), "new associates", "nouvelles fréquentations",
       r"(new|strange|different|lots of|a bunch of|bunch of|shady|sketchy) (people|guys|faces|"
       r"associates|friends|crowd) (\w+ ){0,2}(over|around|coming|hanging|at (his|the))",
       r"(nouveau monde|nouvelles? frequentations?|nouveaux amis|(du monde|des gens) louches?)",
       r"(known|connue?s?) (to|for|des|pour|par la) (police|policiers|trafi\w*|drugs|dealing|"
       r"gang)",
       r"(old|former|ex) (cellmate|cellie|celly|co-?accused|codetenu|associate|crime partner)",
       r"not an approved (associate|contact)",
       r"(pas|non) (un contact |une frequentation )?approuve",
       r"(guys|people|gars|monde) (\w+ ){0,2}(que je|i) (connaissais|connais|didn'?t|don'?t) "
       r"(pas|know|recogni[sz]e)"),
    # triage-policy priority (community): outside the area he must stay in, without a permit.
    concept("travel", "priority", set(), "travel outside the area", "déplacement non autorisé",
       # Without the permit: the negation is part of the concept ("no travel permit").
       r"(no|without|never (asked for|got|had|applied for)|aucun|sans|pas de|pas eu de|jamais "
       r"(eu|demande) de) (a |un )?(travel )?(permit|permis|pass|authori[sz]ation|autorisation)"
       r"( de (voyage|deplacement|sortie))?\b",
       r"(restricted|confined|limited) to (\w+ ){0,2}(?-i:[A-Z])\w+",
       r"(doit|must|supposed to|suppose) (rester|stay) (au|a|dans|en|in|within) (?-i:[A-Z])\w+",
       r"(out of|left|outside|leave|leaving|sorti\w* de|quitte\w*) (the |la |le )?(province|city|"
       r"area|radius|district|region|territoire|ville|pays|country)\b",
       # Electronic monitoring: inside a zone he must keep out of.
       r"(inside|in|entered|enters|into|dans|entre\w* dans) (the |an |la |une |sa )?(exclusion|"
       r"excluded|restricted) zone", r"(dans|entre\w* dans) (la |une |sa )?zone (d'exclusion|"
       r"interdite)"),
    concept("arrest", "priority", set(), "police arrest/charges", "arrestation/accusations",
       r"arrest(ed|s)?\b",
       r"charged\b(?! (the|at|toward|towards|across|through|into|up|down|a|an|his|her|my|our|"
       r"their|me)\b)", r"(new )?charges\b", r"arrestation",
       r"a ete arrete", r"accuse de"),
    # Casework (triage-policy: programs, work, family, positive progress -> case management).
    concept("release_planning", "routine", {CM}, "release planning",
       "préparation de la libération",
       r"release plan", r"plan de sortie", r"halfway house", r"maison de transition",
       r"(?-i:PO)\b", r"parole officer", r"agent de liberation", r"(?-i:ALC)\b",
       r"case management", r"pre-?release (meeting|interview|planning|session|review|file)",
       r"(rencontre|entrevue) (de |pre-?)?(pre-?liberation|prelib\w*)", routine_only=True),
    concept("program", "routine", {CM}, "program/education", "programme/études",
       r"programs?\b", r"programmes?\b", r"sessions? (of|in)", r"class(es)?\b", r"cours\b",
       r"school", r"ecole", r"(?-i:GED|ICPM|"
       r"MPCI)\b", r"diploma", r"diplome", r"etudes", r"cert\w*",
       r"modules?\b", r"seances? (du|de|d')", r"(?-i:Elder)", r"aine\b", r"sweat lodge",
       r"suerie", r"ceremon\w*",
       # Indigenous spiritual and cultural programs (healing lodges, Section 81), by their
       # teachings and crafts: the sweat, the teaching lodge, the water song, a ribbon skirt.
       r"(the|a|la) sweat\b", r"teaching (lodge|circle)",
       r"(water|drum|pipe) (song|ceremony|group)",
       r"(talking|sharing|healing) circle", r"cercle (de partage|de guerison)", r"pow-?wows?\b",
       r"bead(ing|work)", r"perlage", r"ribbon skirts?", r"jupes? a rubans", r"fire ?keeper",
       r"gardien du feu", r"sweetgrass", r"foin d'odeur", r"(the |la )?feast\b", r"festin",
       r"smudg\w*", r"counsel+(ing|or)", r"correctional plan", r"plan correctionnel",
       r"on track", r"(?-i:DEP|AEC|DES)\b", r"secondaire \d", r"high school", r"therap\w*",
       r"tutor\w*", r"literacy", r"relapse prevention", r"prevention de la rechute",
       r"(in|at|during|after) (the |his |her )?group\b", r"(en|au|apres le) groupe\b",
       routine_only=True),
    concept("work", "routine", {CM}, "work", "travail",
       r"work(s|ed|ing)? (in|at) (the )?(kitchen|laundry|shop|corcan|library|canteen|warehouse)",
       r"corcan", r"\bjob\b", r"employment", r"emploi", r"travail\w*", r"welding", r"soudure",
       r"instruct(o|e)r (says|said|is happy|happy)",
       r"(is|was|always|shows up|showed up|arrives?|arrived|came in|comes in|been) on time",
       r"on time (all|every|each) (week|day|shift|morning)",
       r"(best|good|great|hardest|fastest) (worker|one|guy|hand) (on|in) the (grill|line|crew|"
       r"floor|shop|kitchen|team)",
       r"(toujours|tjrs|tjs|est toujours|arrive|arrivait) a l'?heure", r"resume\b",
       r"\bcv\b", r"hired", r"embauch\w*", r"working (\d+|full|part)",
       r"started (in|at|on) (the )?(kitchen|laundry|shop|corcan|library|canteen|warehouse|"
       r"cleaning|grounds)", r"hard[- ]?work(er|ing)", r"works? hard", r"travaille fort",
       r"bon travaillant", r"commence (a|au|en) (la )?(cuisine|buanderie|atelier|bibliotheque|"
       r"entretien|cantine)",
       # A job told by its title, its first day, or the boss's word.
       r"(as|comme) (a |an |un |une )?(dishwasher|cook|clerk|cleaner|porter|tutor|barber|"
       r"painter|plongeur|cuisinier|cuisiniere|commis|prepose|preposee|concierge|tuteur|"
       r"barbier|peintre|aide-cuisinier)\b",
       r"(first|1st|premiere?|1re|1er) (day|week|shift|journee|semaine|quart) (\w+ ){0,2}(in the|"
       r"at the|on the|as|comme|a la|au|en|dans)\b",
       r"(steward|foreman|boss|shop supervisor|kitchen supervisor|contremaitre|superviseur|"
       r"patron)s? (\w+ ){0,2}(happy|pleased|satisfied|content|satisfait|impressed)",
       routine_only=True),
    concept("family", "routine", {CM}, "family", "famille",
       r"(his|her|sa|son|ses) ([\w]+'s )?(wife|daughter|son|kids|children|mom|mother|mum|dad|"
       r"father|grandmother|grandfather|grandma|sister|brother|family|fiancee?|girlfriend|"
       r"partner|granddaughter|grandson|fille|fils|enfants|mere|pere|grand-mere|famille|"
       r"conjointe|blonde|soeur|frere|femme|mari|kokum|kookum|nokom|moshum|mooshum|"
       r"mishomis|nookomis)\b", r"parloir (de|avec)",
       r"visit(ing|or|ors)? (application|list)",
       r"liste de visiteurs", r"family visit", r"(?-i:ETA)\b", r"escorted temporary absence",
       r"(?-i:PFV)\b", r"visites? familiales?", r"(souper|diner|repas) de famille",
       r"family (dinner|supper|meal)", routine_only=True),
    concept("positive", "routine", {CM}, "positive behaviour", "comportement positif",
       r"apologi[sz]ed", r"s'est excuse", r"helped", r"(?<!are\s)(?<!is\s)helping",
       r"a aide", r"volunteer\w*", r"bonne implication", r"implique\b",
       r"s'est porte volontaire", r"(without|w/o|w/out|wo) being (asked|told)",
       r"sans qu'?on (le |la |lui )*(le |lui )?(demande|dise)",
       # Sobriety kept: "says he's 90 days sober", "clean for six months".
       r"(\d+|a|one|two|three|six) (days?|weeks?|months?|years?|jours|semaines|mois|ans?) "
       r"(sober|clean|sobre|abstinent\w*)", r"(sober|clean|sobre) (for|since|depuis) \w+",
       r"(good|great|positive) attitude", r"(belle|bonne) attitude", r"proud", r"fier",
       r"thank(s|ed)? (you )?(for|me)", r"said thanks", r"remerci\w*", r"respectful",
       r"polite", r"\bpoli\b", r"cooperative", r"collabor\w*", r"did (well|great)",
       r"doing (great|well)", r"progress\w*", r"progres", r"participat\w* (well|fully|actively)",
       r"participe bien", r"improv\w*", r"s'ameliore", r"passed\b(?! (away|on)\b)",
       r"completed", r"finished",
       r"a termine", r"graduat\w*", r"talked (\w+ ){0,3}down",
       r"calm\w* (him|her|them|things|everyone|both|the two|them both)( of them)? down",
       r"walked (him|her|them) through", r"showed (him|her|them) (the ropes|around)",
       r"thanked (staff|the \w+|us|everyone)", r"de-?escalat\w*", r"under his wing",
       r"mentor\w*", r"respectueu\w*", r"coach\w*", r"(bien|ben) passe",
       r"went (well|fine|great)", r"took (full )?responsibility",
       r"(a )?pris (ses|sa|la|toute la) responsabilit\w*", routine_only=True),
)
# fmt: on
