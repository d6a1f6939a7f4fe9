"""Self-harm, suicide, overdose and medical emergencies (CD 843, health services).

Levels and routes follow the triage policy; the comments cite its clauses.
"""

from __future__ import annotations

from bot.triage.lexicon.concept import HS, SI, Concept, concept

# Pills put into a mouth by the handful, as an overdose is told while it happens.
_PILLS_TO_MOUTH = (
    r"(putting|stuffing|shoving|popping|swallowing|met|mettait|avale|avalait|enfonce) (them|the "
    r"pills|pills|it|les|ca) (\w+ )?(in|into|dans) (his|her|sa) (mouth|bouche)"
)

# Not a man missed "till count": that is walking off (escape talk), not his death.
_TILL_COUNT = r"(?! (him |he'?s gone )?(till|until|before|at|for) (the )?(\w+ )?count)"

# His whole dose taken at the med line, as given: "took all his meds and joked with the nurse".
_AS_GIVEN = (
    r"(?!( and| then|,)? (joked|chatted|left|went|walked|thanked|talked|headed|returned)\b)"
    r"(?! (at the|at his|with (water|the nurse|his water)|in front of|as prescribed|on time|"
    r"without (issue|problem|incident)))"
)

# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # triage-policy immediate (CD 843): self-harm, an act or evidence of one.
    concept("self_harm", "immediate", {HS}, "self-harm", "automutilation",
       # A blade drawn across her own arm: "dragging the blade from a pencil sharpener across
       # her left forearm".
       r"(dragg\w*|drag|drew|draws?|drawing|run|runs|running|ran|scrap\w*|pass\w*) (the |a |un |"
       r"une |la |le )?(blade|razor|glass|shard|edge|lame|vitre|morceau de (verre|vitre|miroir)|"
       r"piece of (glass|mirror|metal))\b[^.;!?]{0,40}\b(across|along|over|sur|le long de) (her|"
       r"his|son|sa|ses) (\w+ )?(forearms?|arms?|wrists?|legs?|thighs?|neck|stomach|avant-bras|"
       r"bras|poignets?|jambes?|cuisses?|cou|ventre)",
       # A ligature tied up: "strips of his sheet knotted together and tied to the vent grille".
       r"(sheets?|bedsheets?|strips?|towels?|shoelaces?|laces?|cords?|belts?|draps?|lacets?|"
       r"ceintures?|bandes?|blankets?|couvertes?|couvertures?)\b[^.;!?]{0,50}\b(tied|attached|"
       r"knotted|fixed|attache\w*|noue\w*) "
       r"(to|around|on|onto|a|au|autour (du|de la)) (the |le |la |les )?(\w+ )?(vent|grille|grate|"
       r"bars?|light|sprinkler|bunk|door|hook|pipe|window|ventilation|grillage|barreaux|lumiere|"
       r"gicleur|lit|porte|crochet|tuyau|fenetre)\b",
       r"(cut|cutting|cuts|slash\w*|carv\w*|scratch\w*|burn\w*|hurt\w*|harm\w*|injur\w*|stab\w*|"
       r"hit|hitting|punch\w*|bang\w*|mutilat\w*|poison\w*) (\w+ ){0,2}(him|her|my|them) ?"
       r"sel(f|ves)\b",
       r"(punch|hit|bang|slam|smash|bash)\w* (the |a |his )?(wall|door|window|bars) (\w+ ){0,6}"
       r"(knuckles?|hands?|fists?) (\w+ ){0,2}(split|bleeding|bloody|broken|raw|swollen)",
       r"(frapp|cogn|fess)\w* (\w+ ){0,4}(le |la )?(mur|porte) (\w+ ){0,8}(jointures|mains?|"
       r"poings?) (\w+ ){0,2}(en sang|fendue?s?|ouvertes?)",
       r"(drap|chandail|corde|lacet|ceinture|serviette|t-shirt)s? (\w+ ){0,2}(attache|noue|"
       r"accroche)e?s? (a|au) (la )?(ventilation|grille|barreaux|lit|fenetre|tuyau)",
       r"(entailles?|coupures?|lacerations?|egratignures?) (\w+ ){0,3}(a|sur) l'(avant-bras|"
       r"epaule|interieur)",
       # "Tout le tour du cou" is Québec French for "autour du cou".
       r"marques? (\w+ ){0,3}(au|(autour|tout le tour) (du|de son|de sa)|sur (le|son)) cou",
       r"jusqu'au sang",
       r"se (gratt|taillad|scarifi)\w* (\w+ ){0,4}avec",
       r"s'(est|etait) (coupe|taillade|entaille|brule|mutile|scarifie|ouvert)e?s? (\w+ ){0,1}"
       r"(l'|les |le |la |aux |au |sur |a l')?(avant-bras|poignets?|bras|cuisses?|jambes?|ventre|"
       r"cou|gorge|veines?)",
       r"marks? (\w+ ){0,4}(around|on|across) (his|her) "
       r"(neck|throat)",
       r"self[- ]?harm\w*", r"self[- ]?injur\w*",
       r"cut(ting|s)? (himself|herself|(up |on )?(his|her) (arms?|forearms?|wrists?|legs?))",
       r"slash(ed|ing)? (his|her|himself|herself)",
       r"(slit|slic|slash|open)\w* (open )?(his|her|my) (own )?(wrists?|veins?|throat|forearms?)",
       r"(hurt|harm|hurting|harming) (himself|herself|myself)",
       r"bang(ing|ed|s)? (his|her) (fore)?head",
       # An old wound opened again: "digging his fingernails into an old wound".
       r"(dig|digs|digging|dug|picking|picked|tearing|tore|ripping|ripped) (\w+ ){0,3}(into|at|"
       r"open) (an |a |his |her |the )?(old |healing |fresh )?(wound|cut|scar|stitches|sutures)\b",
       r"head ?bang\w*", r"burn(ed|ing|t)? (himself|herself)",
       r"swallow(ed|ing)? (a |the |some )?(razor|batter(y|ies)|glass|screws?|metal|pen)",
       r"(chew|chewing|chewed|chews|croqu\w*|mach\w*|mastiqu\w*) (\w+ ){0,5}(glass|verre|razor|"
       r"blades?|lames?|batter\w*|piles?|light bulb|ampoule)",
       r"(?<!coupe-)(?<!coupe\s)ligatures?(?! (cutter|knife|knives|kit|tool|scissors|shears))",
       r"noose",
       # Ligature material hoarded: laces, cords, a belt or sheet strips hidden away.
       r"(hid|hiding|hidden|hides|stash\w*|hoard\w*|sav(ed|ing)|kept|keeping|tucked) (\w+ ){0,2}"
       r"(shoe)?laces",
       r"(hid|hiding|hidden|hides|stash\w*|hoard\w*|tucked) (\w+ ){0,3}(strips? of (bed)?sheet|"
       r"sheet strips|cords?|belt|rope)\b",
       r"(strips? of (bed ?)?sheets?|(bed ?)?sheet strips|bandes? de drap|lanieres? de drap) "
       r"(\w+ ){0,3}"
       r"(hid|hidden|stashed|tucked|found|rolled|folded|knotted|tied|cach\w*|trouv\w*|roul\w*|"
       r"pli\w*|nou\w*)",
       r"(cach|planqu|gard|ramass|accumul)\w* (\w+ ){0,2}(ses |des |les )?(lacets|cordons?|"
       r"cordes?|bandes de drap|lanieres)",
       r"(sheet|cord|string|shoelace|lace|rope|strip|belt|towel|cable|wire|shirt|bootlace|sock)s? "
       r"(\w+ ){0,2}(around|round|to) (his|her|the) (neck|throat|vent|bars?|bed ?frame|window)",
       r"marks (around|on) (his|her) neck",
       # Under the jaw: "a purple groove mark under her jaw both sides".
       r"(groove|ligature|rope|cord|line|ring|welt)s? (marks? )?(under|below|beneath|sous) (her|"
       r"his|the|son|sa|le|la) (jaw|chin|jawline|machoire|menton)",
       # Anything around her own neck and pulled tight: "her bra strap around her neck, pulling".
       r"(strap|scarf|lanyard|band|elastic|chain)s? (\w+ ){0,2}(around|round) (his|her) (own )?"
       r"(neck|throat)\b[^.;!?]{0,40}\b(tight\w*|pull\w*|twist\w*|squeez\w*|yank\w*)",
       r"(bretelle|foulard|elastique|chaine|cordon|laniere)s? (\w+ ){0,2}autour (du|de son|de sa) "
       r"(cou|gorge)\b[^.;!?]{0,40}\b(serr\w*|tir\w*|tord\w*)",
       # A hand held on something hot: "a mis sa main à plat sur la plaque chaude".
       r"(mis|met|put|held|hold|gard\w*|press\w*|kept) (sa|his|her) (main|bras|hand|arm|paume|"
       r"palm) (\w+ ){0,3}(sur|on|against|onto) (la |le |the |a )?(\w+ )?(plaque|rond|stove|"
       r"burner|element|hot ?plate|grill|iron|fer|poele|pan)",
       # Blood running from a wrist: "le sang qui coulait de son poignet sur la couverte".
       r"(sang|blood) (\w+ ){0,3}(coul\w*|dripp\w*|running|pouring|gush\w*|drip\w*|pissait) "
       r"(de|from|down) (son|sa|ses|his|her) (poignets?|bras|avant-bras|cou|wrists?|arms?|"
       r"forearms?|neck)",
       # A cord wound around his own neck, told by a pronoun ("se l'était enroulé autour du
       # cou"); in English the cord is named (above), and a scarf around his neck is a scarf.
       r"(se l'|s'|se |l')(etait |est |avait |a )?(enroul|nou|attach|serr)\w* (\w+ ){0,2}autour "
       r"(du|de son|de sa) (cou|gorge)",
       r"(red |fresh |raw |purple )?(ring|line|groove|welt|band|cercle|trace|ligne) (\w+ ){0,3}"
       r"(right |all the way )?(around|round|autour|tout le tour) (de |of )?(his|her|son|sa|du) "
       r"(neck|throat|cou|gorge)",
       # Wounds hidden: forearms wrapped in toilet paper, and he won't show them.
       r"(forearms?|wrists?|arms?|avant-bras|poignets?|bras) (\w+ ){0,2}(wrapped|bandaged|taped|"
       r"covered|enroules?|envelopp\w*) (\w+ ){0,1}(in|with|dans|de|du) (\w+ ){0,1}(toilet paper|"
       r"tp|paper towel|rags?|gauze|papier de toilette|papier|guenilles?|bas|socks?)",
       r"(cuts|lacerations|slashes|gashes|scratches|wounds) (\w+ ){0,3}(on|up|along|across|to|"
       r"down|over) (\w+ ){0,2}(arms?|forearms?|wrists?|legs?|thighs?|stomach)",
       r"(carv|gouge|dig|digg)\w* (at |into )?(his|her) (own )?(wrists?|arms?|"
       r"forearms?|skin|legs?|thighs?)",
       r"scratch\w* (at |into )(his|her) (own )?(wrists?|arms?|forearms?|skin|legs?|thighs?) "
       r"(\w+ ){0,3}(with|until|till|open|raw|bleed\w*)",
       r"(slam|smash|bash|bang|hit|knock|beat|pound)\w* (his|her) (own )?(fore)?head (off|on|"
       r"against|into)",
       r"burn(ed|ing|t|s)? (his|her) (own )?(arms?|forearms?|hands?|skin|legs?|wrists?)"
       r"(?! (on|at|with|in) (the |a )?(grill|stove|oven|pan|pot|kettle|iron|fryer|dishwasher|"
       r"steam|kitchen|cooking))",
       # An object taken apart and swallowed, told by the pronoun: "unscrewed two screws from the
       # chair and swallowed them".
       r"(unscrew\w*|took|pulled|removed|devis\w*|enlev\w*|arrach\w*)( out)? (\w+ ){0,3}(screws?|"
       r"vis|batter\w*|piles?|bolts?|nails?|clous?|springs?|ressorts?)[^.;!?]{0,60}\b(swallow\w*|"
       r"aval\w*) (them|it|les|la|le)\b",
       r"(swallow|ingest)\w* (\w+ ){0,3}(razors?|batter\w*|glass|screws?|metal|pens?|nails?|"
       r"blades?|bolts?|spoons?|forks?|cutlery|staples?|pieces? of)",
       r"(sleeves?|sheets?|arms?|wrists?|shirt|towel|bedding|bed) (\w+ ){0,2}(soaked|covered|"
       r"stained|drenched) (with|in) blood", r"blood(y|ied|-soaked)? (sleeves?|sheets?|towels?)",
       r"(entailles?|coupures?|lacerations?|egratignures?) (\w+ ){0,3}(aux|sur les|sur ses|"
       r"sur le|sur son|au|des) (avant-bras|bras|poignets?|cuisses?|jambes?|cou)",
       r"(s'est|se) (fait|faire|faisait) (des|une) (entailles?|coupures?|brulures?)",
       r"se (faire|fait|fera|ferait) du mal", r"se bless\w*",
       r"(lacet|drap|corde|ceinture|serviette|fil|cordon|chandail|bas)s? (\w+ ){0,2}autour "
       r"(du|de son|de sa) (cou|gorge)",
       # Anything knotted around the neck, however long its description.
       r"(noue|nouee|nouees|attache|attachee|serre|serree|enroule|enroulee)s? autour (du|de son|"
       r"de sa) (cou|gorge)",
       r"(tied|knotted|wrapped|wound|looped|cinched) (tight(ly)? )?(around|round) (his|her|their) "
       r"(neck|throat)",
       r"(poignets?|bras|avant-bras) (\w+ ){0,3}(couverts?|pleins?) de (coupures|sang|entailles)",
       r"avale\w* (\w+ ){0,3}(piles|lames?|vis|clous|verre|batteries)",
       r"found (him|her) with a (sheet|ligature|cord|rope)", r"cut (him|her) down",
       r"(l'|le |la )(avons |a |ont |avaient )?decroch\w*",
       r"s'?automutil\w*", r"automutilation", r"se (coupe|coupait|couper|mutile|brule|brûle)\w*",
       r"(se|s') ?(frapp|tap|cogn|bang|pet)\w* (la tete|le front|la face|le visage)",
       r"(se|s') ?(frapp|tap|cogn|bang|pet)\w* (\w+ ){0,2}(contre|sur) (le |la |les )?(mur|porte|"
       r"plancher|sol|vitre|barreaux|murs)",
       r"coupures? (aux|sur les|sur) (bras|poignets)",
       # An old wound opened again, a body part cut, told by the act: "slamming her wrist on the
       # edge of the sink", "cut the inside of his thigh with", "se rentrer un crayon dans une
       # plaie".
       r"(slam|smash|bash|bang|scrap|grind|rubb?|dragg?)\w* (his|her) (own )?(left |right )?"
       r"(wrists?|forearms?|arms?) (\w+ ){0,1}(on|against|into|off|along|across) (the |a )?"
       r"(\w+ )?(edge|corner|sink|wall|door|bars?|table|desk|toilet|bed ?frame|rail\w*)",
       r"(cut|slash|slic|carv|gash)\w* (open )?(the (inside|back|top|front) of (his|her)|"
       r"(his|her) own) (left |right |upper |inner )?(arms?|forearms?|wrists?|thighs?|legs?|"
       r"stomach|belly)\b(?! (on|while|when|at|in|during|by accident))",
       r"se (rentr|enfonc|plant|pass|fourr)\w* (\w+ ){0,3}dans (une |sa |son |la |le |ses |les )?"
       r"(plaie|blessure|coupure|bras|avant-bras|cuisse|peau|poignet|jambe|ventre)",
       r"(rouv|reouv|arrach)\w* (\w+ ){0,1}(sa |ses |son |les )?(plaie|blessure|points|"
       r"pansement)s?\b",
       r"drap (autour|attache|noue)",
       # A ligature told verb first ("il a attaché son drap au grillage de la ventilation"),
       # or its knot ("le noeud coulant est fait").
       r"(attach|nou|accroch|pend|fix)\w* (\w+ ){0,2}(drap|corde|lacet|ceinture|serviette|"
       r"chandail|t-shirt|cordon|fil|bande)s? (\w+ ){0,3}(a|au|aux|sur|apres) (la |le |les |l')?"
       r"(ventilation|grille|grillage|barreaux|lit|fenetre|tuyau|gicleur|cadre|crochet|"
       r"poignee|luminaire)",
       r"(tied|tying|ties|knotted|hung|hooked|looped|fastened) (\w+ ){0,2}(sheet|bedsheet|cord|"
       r"shoelace|lace|belt|towel|shirt|strip|rope)s? (\w+ ){0,3}(to|on|onto|from|around) "
       r"(the |his |her |a )?(vent|grate|grille|air vent|bars?|bed ?frame|top bunk|window|"
       r"sprinkler|light fixture|door handle|hook|pipe)",
       r"noeuds? (coulant|de pendu)", r"slip ?knot", r"hangman'?s knot",
       r"(je|j'|j) ([\w']+ ){0,3}me (faire|fais|ferai|ferais|fasse) du mal",
       # Wounds told by what was seen: "lines on his forearm that were bleeding".
       r"(lines|marks|cuts|slices|scratches|gashes|lignes|marques|coupures|entailles|traits) "
       r"(\w+ ){0,4}(on|across|along|up|down|sur|a) (his |her |the |son |sa |ses |l'|les )?(left |"
       r"right |gauche |droit )?(forearms?|wrists?|arms?|thighs?|avant-bras|poignets?|bras|"
       r"cuisses?)\b (\w+ ){0,4}(bleeding|bled|bloody|saign\w*|en sang)",
       screened=True, excludes=("weapon",)),
    # triage-policy immediate (CD 843): suicide, a plan, a stated or hedged intent, a goodbye.
    concept("suicide", "immediate", {HS}, "suicide risk", "risque suicidaire",
       r"(plastic )?bag (over|on|around) (his|her) head", r"sac (de plastique )?sur (la|sa) tete",
       r"(hang|hanging|hung|kill|killing|off|offing|suffocat\w*|drown\w*) (him|her|my|them) ?"
       r"sel(f|ves)\b",
       r"(end|ending|ended|take|taking|took) (his|her|my|their) (own )?li(fe|ves)\b",
       r"(jump|jumping|jumped|throw (himself|herself)) (off|from|over) (the )?(upper |top |"
       r"second )?(tier|range|railing|rail|roof|bridge|balcony|building|stairs|landing|catwalk)",
       r"last (time|night|day) (you'?ll|you will|i'?ll|i will|we'?ll|anyone will) (see|talk|hear)",
       r"if (anything|something) (happens|were to happen) to (him|me)",
       r"make sure (his|my|her) (\w+ ){0,2}gets? (his|my|her|all) (things|stuff|property|"
       r"belongings|tv|radio)",
       # Hopeless talk where he could jump: "parked on the bridge and doesn't see the point".
       r"(on|at|sur) (the|a|le) (bridge|overpass|ledge|rooftop|roof|tracks|pont|viaduc|toit)\b"
       r"[^.;!?]{0,60}\b(doesn'?t see the point|no point|can'?t go on|done with (it all|life)|"
       r"voit (pu|plus) le but|tanne de vivre|goodbye|adieu)",
       # Joining the dead: « dites à mon moshum que je m'en vais le rejoindre bientôt ».
       r"(m'en vais|je vais|va|vais|going to|gonna|will|i'll|he'll|she'll) (aller )?(le |la |"
       r"les )?(rejoindre|join|be with) (him|her|them|mon|ma|mes|my)?\b[^.;!?]{0,30}\b(bientot|"
       r"soon|tonight|ce soir|au ciel|in heaven|de l'autre bord|on the other side|la-haut|up "
       r"there)",
       # The means and the hour: "has a rope in his room and plans to use it tonight".
       # Jumping from a height, in French: « se jeter en bas de l'escalier du palais ».
       r"se (jeter|lancer|garrocher|pitcher) (en bas|du haut) (de|du|des) (l'escalier|escalier|"
       r"pont|balcon|toit|rangee|coursive|palais|\w+)",
       r"se (jeter|lancer|garrocher|pitcher) (devant|sous) (un|le|les|une) (train|char|camion|"
       r"autobus|bus|metro|voitures?|auto)",
       # "It's better if I just go", with nothing after that sends him somewhere.
       r"(better|mieux) (off )?(if|si) (i|je|j') ?(just )?(go|went|disappeared|wasn'?t here|"
       r"weren'?t here|disparaissais|partais|m'en allais|etais pu la|etais plus la)\b(?! (back|"
       r"home|to|out|outside|now|and|for|in|with|over))",
       r"better off without me", r"(mieux|mieux de meme) sans moi",
       r"(rope|cord|noose|belt|sheet|ligature|pills|razor|blade|corde|ceinture|drap|pilules|"
       r"lames?)\b[^.;!?]{0,60}\b(plans?|going|gonna|intends?|wants?|va|veut|compte) (to )?(use|"
       r"utiliser|s'en servir) (it|them|la|le|les)?\b(?! on\b)(?! sur\b)",
       r"(note|letter)s? [^.;!?]{0,60}\b(goodbye|good-bye|farewell)",
       r"(goodbye|good-bye|farewell) (\w+ ){0,3}(note|letter)",
       r"(derniere fois|dernier soir) (que )?(je|tu|vous|on) (le|me|te|nous)? ?(vois|voit|verra|"
       r"verras|vas voir|voyez)", r"sauter (de|du|en bas de|par-dessus) (l'etage|la rangee|"
       r"la rampe|haut|pont|toit|la passerelle)",
       r"s'il (lui )?arrive quelque chose", r"(se|me) (pendre|tuer|suicider)",
       r"te (pendre|suicider)",
       # Doubt he will see the morning, a note to whoever finds him, nobody left to worry.
       r"(sais pas|sait pas|not sure|don'?t know|dunno|unsure) (si|if|whether) (je|j|i'?ll|"
       r"i will|i'?m gonna|i can|i'?m going to|il va|he'?ll|he will|he can) ([\w']+ ){0,2}"
       r"(passer|make it through|get through|survive|last|toffer|rough) (\w+ ){0,1}(la nuit|"
       r"the night|tonight|a soir|ce soir)",
       r"(to|for) (whoever|the one who|those who|the person who|the ones who) (finds?|will find|"
       r"is going to find) me",
       r"a (ceux|celui|celle|la personne) qui (va|vont|vas) (me )?trouver",
       r"(nobody|no one|no-one|noone|personne) (will|'ll|is gonna|is going to|won'?t|va|aura) "
       r"(have to |need to |avoir a |a )?(worry|bother|s'inquieter|s'en faire) (about|for|pour) "
       r"((me|moi)\b|(him|her|lui|elle) (anymore|any more|again|no more|after tonight|apres ce "
       r"soir|a soir))",
       r"suicid\w*", r"(?<!check\s)(?<!Check\s)(?-i:SI)\b(?! (check|screen|assessment|rounds|"
       r"watch)s?\b)", r"(kill|off|top|waste) (himself|herself|myself)",
       r"end it\b(?! with)", r"end (everything|it all)",
       r"(nobody|no one|no-one|noone) (would|will|'d|'ll|is going to|gonna) (\w+ )?(miss|care|"
       r"notice)" + _TILL_COUNT, r"better off (without (him|her|me)|dead)", r"rather be dead",
       r"wish(es|ed)? (he|i|she) (was|were) dead",
       r"no (reason|point|purpose) (to|in|for) (live|living|life|keep(ing)? going|go(ing)? on|"
       r"be(ing)? here|wak\w+ up|carry(ing)? on|stick(ing)? around)",
       r"nothing (left )?to live for",
       r"tell (my|his|her) (\w+ ){0,1}(boy|girl|kids?|son|daughter|mom|mother|wife|family|"
       r"children|babies)('?s)? (that )?(i'?m|im|he'?s|she'?s|i am) sorry",
       r"(dis|dites|dire) a (mon|ma|mes) (\w+ )?(gars|fille|enfants|mere|femme|blonde|p'tit|"
       r"petit|petite) (que )?(je m'excuse|j'?suis desolee?|je suis desolee?)",
       # Not the point of one thing: "doesn't see the point of the program anymore", "of
       # getting up" (a low mood, told as a change in mental state).
       r"(doesn'?t|does not|don'?t|can'?t|cannot|no longer) see (the|any) point( in (\w+ ){0,2})?"
       r"( (anymore|any more|now))?\b(?! (of|in) (((the|his|her|this|that|these|those|going to|"
       r"doing|taking) )?(\w+ )?(programs?|programmes?|groups?|class(es)?|courses?|jobs?|work|"
       r"meds|medication|appointments?|meetings?|school|plan|hearings?)|getting (up|out of bed|"
       r"dressed)|going (to|out))\b)",
       # The means made ready: "says he's got a rope ready".
       r"(got|has|have|had|a) (a |the |his |her )?(rope|noose|belt|cord|ligature|razor|blade|"
       r"pills) (\w+ ){0,1}(ready|tied|set up|hidden away)\b",
       # Belongings given away and everything planned: « tout prévu pour dimanche pis donné ses
       # affaires à ses amies ».
       r"(tout|all|everything|it all) (\w+ ){0,1}(prevu|planned|planifie|figured out|arrange|"
       r"organise)\b[^!?]{0,120}\b(donn\w*|gave|given|giving) (away )?(ses|his|her|all (his|her)) "
       r"(affaires|stuff|things|belongings|effets|possessions)",
       r"(donn\w*|gave|given|giving) (away )?(ses|his|her|all (his|her)) (affaires|stuff|things|"
       r"belongings|effets|possessions)\b[^!?]{0,120}\b(tout|all|everything|it all) (\w+ ){0,1}("
       r"prevu|planned|planifie|figured out|arrange|organise)\b",
       r"(voit|vois) (pu|plus|pas) (le|de) (but|sens|raison)",
       r"can'?t (go on|keep going|do this anymore|take (it|this) "
       r"anymore)", r"(tired|sick) of (living|life|being alive)", r"(not|never) wak(e|ing) up",
       r"sleep forever", r"how many (pills|tablets|meds)", r"check(ing)? out for good",
       r"(personne|pas personne) (ne )?(va|vont|va pas|s'ennuierait|ne s'ennuiera) "
       r"(s'ennuyer|le regretter|me regretter|remarquer)",
       r"(plus|pu|pas) (de )?raison de vivre", r"(tanne|ecoeure|fatigue) de (vivre|la vie)",
       r"(plus|pu|jamais) (se )?reveiller", r"dormir pour toujours",
       r"mettre fin a (ses|mes) jours",
       r"end (it all|his life|her life|my life|things)", r"hang (himself|herself|myself)",
       r"wants? to die", r"better off dead", r"(not|won'?t) be (around|here) (much )?"
       r"(longer|tomorrow|anymore)", r"(doesn'?t|does not|don'?t) want to (be here|live|wake up)",
       r"(has|have|got) a way out", r"do something stupid",
       r"(goodbye|good-bye|farewell|suicide) (letter|note)",
       r"(^|[.,;:!?-] ?|(says|said|told (me|us|staff)|that|and) )(he'?s|hes|he is|i'?m|im) done"
       r"(?=\s*([.,;!?]|$)|\s+with (life|living|everything|it all)\b)",
       r"won'?t (be )?need(ing)? (any of )?(them|'?em|it|those|these|his \w+|my \w+)",
       r"wont (be )?need(ing)? (any of )?(them|'?em|it|those|these|his \w+|my \w+)",
       r"better off without (a |an |their |his |her |my )?(\w+ ){0,2}(like )?(him|her|me)\b",
       r"(mieux|better) (\w+ ){0,2}sans (un |une )?(\w+ ){0,2}(comme )?(lui|elle|moi)\b",
       # A last word left for the family: "tell mom I'm sorry, I love you", "je m'excuse, je
       # t'aime"; and the children's things entrusted to someone ("look after my girl's photos").
       r"(i'?m|im) sorry,? (\w+ ){0,2}i love (you|u|them|y'?all)",
       r"(je m'excuse|pardonne-moi|pardon),? (\w+ ){0,2}je (t'|vous |les )aime",
       r"(look after|take care of|keep|watch over) (my|his|her) (girl|boy|kids?|daughter|son|"
       r"children|babies|baby)('?s)? (\w+ ){0,1}(pictures|photos|drawings|things|stuff|letters|"
       r"cards)",
       r"(prendre soin|garder|s'occuper) (de|des) (\w+ ){0,1}(photos|dessins|affaires|lettres) "
       r"(de|du) (sa|son|ses|ma|mon|mes) (fille|fils|enfants|gars|bebe)",
       r"(j'|je vais |vais |y va |il va |elle va |a va |veut |voulait |va |y |il |elle |a )"
       r"en (finir|finis|finit|finirai|finira)\b(?! (pas|plus|pu|jamais|de|d'))",
       r"where (he'?s|hes|he is|i'?m|im|i am) going",
       r"(nobody|no one|noone|no-one) ?('ll|'d|ll) (even )?(miss|care|notice)" + _TILL_COUNT,
       r"(won'?t|wont|will not|no longer) be a (problem|burden|bother|pain) (to|for) (anyone|"
       r"anybody|you|nobody|no one|everyone)",
       r"(serai|sera|serais|serait|va etre|vais etre) (pu|plus|pus|pas) (un |une )?(probleme|"
       r"fardeau|poids|nuisance|dans vos jambes)",
       r"(tear|tore|torn|tearing|ripp?(ed|ing)?)( up)? (his |her |the |a )?(bed ?sheets?|sheets?|"
       r"t-?shirts?|shirts?|towels?|blankets?|pillow ?cases?) (into|in) (strips|pieces|ribbons)",
       r"(dechir\w*) (\w+ ){0,1}(son |sa |ses |le |la |les )?(drap|draps|chandail|t-shirt|"
       r"serviette|couverte|taie) (en )?(lanieres|bandes|morceaux)",
       r"(sheet|bedsheet|bed sheet|towel|blanket|shirt|t-shirt|pillow ?case)s? (\w+ ){0,3}(torn|"
       r"ripped|cut|shredded) (\w+ ){0,2}(into|in) (\w+ ){0,2}(strips|ribbons|lengths)",
       r"(drap|serviette|couverture|couverte|chandail|taie)s? (\w+ ){0,3}(dechire|decoupe|"
       r"coupe)e?s? en (\w+ ){0,2}(bandes|lanieres|languettes)",
       r"knot\w* (them|the strips|strips|it|the pieces) (together|into)",
       r"bottle of pills", r"(pills|meds|tablets) (are )?(ready|lined up|counted out)",
       r"(it'?s|it is|it will be) (all )?over soon",
       r"sa(id|ying|ys) (his )?goodbyes?", r"dit adieu",
       # A last letter: "the last letter he will write", "sorry for what he's about to do".
       r"(the )?last letter (he|i|she)('ll| will| would)? (ever )?(write|writes|wrote)",
       r"sorry for what (he'?s|i'?m|she'?s|he is|i am|she is) (about|going) to do",
       r"(derniere lettre|dernier mot) (qu'?il|que je|qu'?elle) (va |vais )?(ecri\w*)",
       # A death planned by a place: walking out onto thin ice, into the river, before a train.
       r"(walk|go|going|head)\w* (out )?(onto|on|into) (the )?(lake|river|ice|bay)\b[^.;!?]{0,40}"
       r"\b(ice is (thin|open|weak|rotten)|thin ice|open water)",
       r"(walk|jump|throw)\w* (\w+ ){0,1}(into|in front of|under) (the |a )?(lake|river|rapids|"
       r"sea|ocean|traffic|train|truck|bus|transport)\b(?! (station|tracks? (are|is)|schedule))",
       r"(say|said|saying|says) goodbye to (his|her|my) (kids|children|family|daughter|son|mom|"
       r"mother|wife|girl|boy|babies)",
       r"last time (you'?ll|you will) see (me|him)",
       r"(se|me) (tuer|suicider|pendre|foutre en l'air)", r"te (suicider|pendre|foutre en l'air)",
       r"sauter la (cervelle|caboche|tete)",
       # The night he will not live through: "je passerai pas la nuit, j'ai toute prévu".
       # The method's pain or time asked: "whether it 'hurts much' to die from cutting and how
       # long it takes".
       r"(hurts?|painful|how long (it takes|does it take|it would take)|fait mal|combien de temps)"
       r"[^.;!?]{0,30}\b(to die|die from|dying|mourir|pour mourir|bleed out|se vider de son sang)",
       # Told by a date he will miss: "won't be around for the fall feast".
       r"(won'?t|wont|will not|not gonna|ain'?t gonna) be (around|here|alive) (for|at|by|to see) "
       r"(the |his |her |my |next |christmas|noel|new year|easter|thanksgiving)",
       # Hedged: "I might not be here in the morning", « je serai peut-être pas là demain ».
       r"(might|may|won'?t|wont|will not) (not )?be (here|around|alive) (in the morning|tomorrow|"
       r"by (the )?morning)",
       r"(serai|sera) (peut-etre |probablement )?(pas|pu|plus) (la|ici|en vie) (demain|au matin|"
       r"ce matin)",
       r"(passerai|passera|passe|tofferai|toffera) (pas|plus|pu) (la nuit|la semaine|la fin de "
       r"semaine|le week-end)", r"(won'?t|wont|not gonna|ain'?t gonna|not going to) (make it|last|"
       r"survive) (through )?(the night|till morning|until morning|the weekend|the week)",
       # A jump threatened from where he stands: "il menace de sauter", "threatening to jump".
       r"(menac\w*|threaten\w*|says? (he'?ll|he will|he'?s going to|il va)|dit qu'?(il|y) va) "
       r"(de |to )?(sauter|jump|se jeter|se lancer|throw himself)\b",
       r"(take|swallow|down|prendre|avaler) (all|every one of|the rest of|toutes?|tous) (of )?"
       r"(my|his|her|mes|ses) (pills|meds|medications?|pilules|medicaments|comprimes)",
       r"see if (anyone|anybody|someone) (even )?(cares|notices)",
       r"blow (his|her|my) (brains|head) (out|off)",
       r"eat a bullet", r"(se|me) tirer une balle", r"shoot (himself|herself|myself)",
       r"(found|trouve|trouvee) (\w+ ){0,3}(hanging|pendue?)\b(?! (out|around))", r"en finir",
       # A man hanged, told in a hurry: « gars pendu dans la 2-09!!! », « s'est pendu ».
       r"(gars|detenue?|homme|femme|fille|pt|patient|residente?|s'est|s'etait|se sont) "
       r"pendue?s?\b",
       r"pendue? (dans|a|au|sur) (la |sa |le |son |les )?(cellule|douche|barreau|grille|porte|"
       r"\d)",
       r"veut mourir",
       r"idees? (noires|suicidaires)", r"lettre d'adieu",
       r"(sera|serai|va etre) (pu|plus|pus) (la|ici)", r"veut (pu|plus) (vivre|etre la)",
       r"faire une (connerie|niaiserie|betise)", r"dechir\w* (son|ses|le|les) draps?",
       r"drap en lanieres",
       # Veiled goodbyes: nobody will have to put up with him much longer, tell my son I love
       # him, pills kept "for when I can't take it anymore", "chu pu là demain".
       r"(won'?t|wouldn'?t|will not|would not|wont|wouldnt) (have|need) to (put up with|deal "
       r"with|worry about|look after|bother with|see) (me|him|her) (\w+ ){0,1}(longer|anymore|"
       r"any more)",
       r"tell (my|his|her) (\w+ ){0,1}(boy|girl|kids?|son|daughter|mom|mother|wife|family|"
       r"children|babies) (that )?(i|he|she) love[sd]? (him|her|them|you)\b",
       r"(dis|dites|dire) a (mon|ma|mes) (\w+ )?(gars|fils|fille|enfants|mere|femme|blonde|"
       r"p'tit|petit|petite|famille) (que )?(je|j') ?(l'|les |t'|vous )?aime\b",
       r"for when (i|he|she) (can'?t|cannot|couldn'?t) (take|stand|handle|do) (it|this|any ?more)",
       r"quand (j'|je |il |y )(en )?(pourrai|pourra|pourrais|pourrait|peux|peut) (pu|plus|pus)\b"
       r"(?! (payer|travailler|marcher|venir|sortir))",
       r"(chu|j'?suis|je suis|je vais etre|j'?vais etre) (pu|plus|pus) (la|ici) (demain|ce soir|a "
       r"soir|bientot|la semaine prochaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
       r"(demain|ce soir|a soir|bientot),? (chu|j'?suis|je suis|je vais etre|j'?vais etre) (pu|"
       r"plus|pus) (la|ici)\b",
       screened=True),
    # triage-policy: an overdose of his own saved medication is health services only.
    concept("own_overdose", "immediate", {HS}, "overdose of own medication",
       "surdose de ses médicaments",
       r"(took|swallowed|taken|downed|ingested|popped) ([1-9]\d+|all|every one|a (handful|bunch|"
       r"fistful|bottle|whole bottle)) (of )?(his|her) (own )?[\w-]+\b" + _AS_GIVEN,
       # A week of doses at once: « avalé tout son pilulier », "swallowed her whole blister pack".
       r"((swallowed|downed|ingested|avale\w*) (tout |toute |all of )?(son |sa |his |her |ses )"
       r"|(took|taken|popped|pris) (tout |toute |all of )(son |sa |his |her |ses )|(took|taken|"
       r"popped) (his|her) (whole|entire) )(whole |entire )?(pilulier|dosette|plaquette|blister"
       r"( pack)?|pill ?(box|organi[sz]er)|dispill|week'?s? (worth of )?(meds|pills|"
       r"medications?))\b",
       r"(pris|avale) ([1-9]\d+|toutes?|une poignee|un paquet|une bouteille) (de )?(ses|"
       r"sa) [\w-]+",
       r"(sav|stockpil|hoard|stash|collect|accumulat)\w* (up )?(all )?(his|her) (own )?"
       r"(pills|meds|medications?|tablets)",
       r"swallowed (them all|all (his|her) (pills|meds))",
       r"(took|swallowed|downed|taken|pris|avale) (all|every one of|toutes?|tous) (the|les|ses|"
       r"his|her) [\w-]+ (\w+ ){0,2}(he'?d|she'?d|he had|she had|qu'il|qu'elle) (been )?"
       r"(saving|saved|stockpil\w*|hoard\w*|kept|gardait|accumul\w*|ramass\w*)",
       r"(took|swallowed|downed|taken) (\w+ ){0,2}(his|her) (whole|entire) (bottle|supply|stash|"
       r"blister pack|pack)",
       r"(took|swallowed|downed|taken) (all|every one|the whole|a (handful|bunch|fistful|bottle))"
       r" (of )?(his|her) (own )?(pills|meds|medications?|tablets)" + _AS_GIVEN,
       r"(avale|pris) (toutes )?ses (pilules|medicaments|comprimes) (d'un coup|en meme temps)",
       r"(avale|pris) toutes ses (pilules|medicaments|comprimes)",
       r"(accumul|ramass|cach|gard)\w* (toutes )?ses (pilules|medicaments|comprimes)"
       r"(?! (dans|sous) (sa|la) (joue|langue))",
       # His own pills going into his mouth by the handful: "blister packs with his name all
       # punched out, forty pills in a pile, and he's putting them in his mouth".
       r"(blister|his own|her own|his meds|her meds|prescribed|ses medicaments|ses pilules)"
       r"[^.;!?]{0,120}\b" + _PILLS_TO_MOUTH,
       excludes=("overdose", "alcohol", "search", "drugs", "medication_refusal", "contraband")),
    # triage-policy: an overdose adds SI when illicit drugs are involved or suspected.
    concept("overdose", "immediate", {HS, SI}, "overdose", "surdose",
       # Pills swallowed by the number: "he swallowed 30 pills in front of me".
       r"(swallow\w*|took|taken|downed|popped|ingest\w*|avale\w*|pris) (\w+ ){0,2}([1-9]\d+|a "
       r"(handful|bunch|fistful)|une poignee) (\w+ ){0,2}(pills|tablets|meds|pilules|comprimes|"
       r"cachets)",
       r"(pills|tablets|pilules|comprimes)[^.;!?]{0,80}\b" + _PILLS_TO_MOUTH,
       r"overdos\w*", r"(?-i:OD)('?d|'?ing|ed)?\b", r"narcan", r"naloxone", r"surdose",
       # Something swallowed, then he goes down: "y l'a avalé; astheure y tombe su'l côté de sa
       # chaise".
       r"(avale\w*|swallow\w*)\b[^!?]{0,150}\b(tombe\w* (su'?l|sur le|de) (cote|sa chaise)|"
       r"(slump\w*|keel\w*|fall\w*|fell|tipp\w*) (over|off (his|her) chair|sideways)|nodding off|"
       r"graisse de bine|can'?t stay awake|s'endort|cogne des clous)",
       # "Took a whole bunch of fentanyl", "pris une grosse dose de speed".
       r"(took|taken|swallowed|did|used|shot|snorted|smoked|injected|pris|consomme|fume|sniffe)"
       r" (\w+ ){0,1}(a (whole )?(bunch|lot|load|ton|handful)|way too much|too much|trop|une "
       r"(grosse )?dose|un paquet|une poignee) (of |de |d')?(\w+ )?(fent\w*|heroin\w*|dope|down|"
       r"opioids?|percs?|oxys?|xanax|speed|meth|crack|coke|cocaine|pills)\b",
       r"swallow(ed|ing)? (it|something|an? (package|balloon|bag|bindle)|the (package|balloon))"
       # A dose swallowed when the nurse asked is a dose taken.
       r"(?! (\w+ ){0,1}(when|after|once|as|on) (\w+ ){0,2}(asked|told|directed|instructed|"
       r"request))",
       r"avale\w* (quelque chose|de quoi|un (sachet|ballon|paquet|colis))", past_lowers=True),
    # triage-policy immediate: a medical emergency.
    concept("medical", "immediate", {HS}, "medical emergency", "urgence médicale",
       r"foam\w* (at|from) the mouth", r"twitching", r"(ecume|bave) (a|à) la bouche",
       r"trembl\w* (de tout son corps|au sol|par terre|sans arret)", r"convuls\w*",
       r"(blood )?sugar (is |has )?(crash\w*|dropp\w*|very low|really low|through the roof)",
       r"hypoglyc\w*", r"diabetic (emergency|shock|low)", r"incoherent",
       # Choking: "bread stuck, can't talk, clutching his throat".
       r"chok(ing|ed|es) (on|sounds?|noises?)\b(?! (the |a |his |her |that )?(pronunciation|"
       r"words?|question|answer|lines?|speech|names?|test|exam|tears|emotion))",
       r"(clutch\w*|holding) (at )?(his|her|sa|la) (throat|gorge)",
       r"(stuck|pris|coince\w*) (in|dans) (his|her|sa|la) (throat|gorge)",
       r"s'etouff\w* (avec|sur) (\w+ ){0,2}(pain|nourriture|bouffe|morceau|viande)",
       # Down and not waking: "y est tombé pis y se réveille pas"; bleeding from an ear.
       r"(tombe\w*|inconscient\w*|par terre|au sol|fell|collapsed|went down|on the (floor|"
       r"ground))[^.;!?]{0,40}\b((se )?reveille|reagit|repond|bouge) (pas|plus|pu|a peine)\b",
       r"barely (responding|responsive|conscious|breathing)",
       # Not answering and not reacting where he lies: "répond pas, couché sur le dos les yeux
       # ouverts, aucune réaction quand je cogne".
       r"(repond|reagit|respond\w*) (pas|plus|pu|to nothing)[^.;!?]{0,60}\b(aucune (reaction|"
       r"reponse)|no (reaction|response)|couche|lying|par terre|au sol|on the floor|yeux (ouverts|"
       r"fermes)|eyes (open|closed))",
       r"(fell|collapsed|went down|on the (floor|ground))[^.;!?]{0,40}\b(won'?t|isn'?t|not|"
       r"doesn'?t|didn'?t) (wake|waking|respond\w*|com\w* to|mov\w*)",
       # Breathing told slow or shallow: an overdose's sign.
       r"(breathing|breaths?|respir\w*) (is |was |very |really |super |tres |vraiment )*(slow\w*|"
       r"shallow|laboured|labored|lent\w*|faible\w*|superficiel\w*|irregul\w*)",
       r"(slow|shallow|laboured|labored|agonal|barely) (breathing|breaths)",
       r"respiration (\w+ )?(lente|faible|superficielle|irreguliere)",
       r"(respire|respirait) (a peine|presque pas|pu|plus)\b",
       r"lips (are |were |turning |turned |going )?(blue|purple|grey|gray|mauves?|bleues?)",
       r"levres (\w+ )?(bleues|mauves|grises)", r"(asthma|allergy) attack",
       r"(can'?t|cannot|unable to) (move|feel) (his|her) (legs|arms|body|face)",
       r"(head injury|hit his head and)",
       r"(fell|fall|falls|slipped|tombe\w*|glisse\w*)[^.;!?]{0,40}\b(hit|struck|banged|cogne\w*|"
       r"frappe\w*) (his |her |sa |la |the back of his )?(head|tete)\b",
       r"(not|isn'?t|wasn'?t|won'?t|no longer|stopped) (answering|responding|reacting) (to )?"
       r"(his|her) (name|voice)", r"(crise d'asthme|hypoglycemie)",
       r"seiz(ure|ing)(?! (form|report|record|tag|slip|receipt|log|notice|of (the|a|an|his|her|"
       r"contraband|items?|drugs?|property|phones?)|the|a|an|his|her|it|them|items?|contraband))",
       r"convuls\w*", r"unresponsive", r"not responsive", r"not breathing",
       r"can'?t breath\w*", r"(trouble|difficulty|struggling) breathing", r"chest pains?",
       r"(holding|clutching) (his |her )?chest", r"lips (are |were )?blue", r"turn(ing|ed) blue",
       r"(grey|gray) (colou?r|skin)", r"collapsed", r"passed out", r"fainted",
       r"code blue", r"ambulance", r"(no|without|sans|pas de) (vital signs|pulse|"
       r"signes vitaux|pouls)", r"cold to the touch", r"found dead", r"(trouve|retrouve) mort",
       r"deceased", r"decede", r"rigor", r"(can'?t|cannot|couldn'?t|unable to) (wake|rouse) "
       r"(him|her)", r"(impossible de|arrive pas a) (le|la) reveiller", r"slumped",
       r"(?<!since\shis\s)(?<!since\sher\s)(?<!since\sa\s)(?<!after\shis\s)(?<!after\sher\s)"
       r"heart attack", r"(?<!since\shis\s)(?<!since\sher\s)(?<!since\sa\s)(?<!after\shis\s)"
       r"(?<!after\sher\s)stroke\b",
       r"(water|waters|eaux) (\w+ ){0,1}(broke|has broken|have broken|ont creve|ont perce|sont "
       r"crevees|ont crevé)", r"contractions? (\w+ ){0,3}(minutes|min|apart|aux|every|toutes les)",
       r"in (active )?labou?r\b", r"en travail\b", r"(va |est en train d'|commence a )accoucher",
       r"(pregnan\w*|enceinte)[^.;!?]{0,60}\b(bleeding|saign\w*|cramp\w*|crampes|contractions?)",
       r"(won'?t|will not|can'?t|cannot|isn'?t|is not|not) (wake|waking|waken|rouse|rousing)"
       r"( up)?\b(?! (in time|early|on time|for|at|to|before))",
       r"anaphyla\w*", r"allergic reaction",
       r"(?<!\bi\sdid\s)(?<!\bi\s)(?<!\bwe\sdid\s)(?<!\bwe\s)not respond\w*"
       r"(?! to (his|her|my|our|the) (calls?|texts?|messages?|emails?|letters?|"
       r"phone|door|treatment))", r"(isn'?t|wasn'?t|not|no longer) (breathing|conscious)",
       # Not moving, not "not moving to his aunt's" (his plans).
       r"(isn'?t|wasn'?t|not|no longer) moving\b(?! (to|in|into|out|back|over|away|forward|"
       r"ahead|on|along|up|down|there|here|cells?|units?|ranges?|houses?)\b)",
       r"(barely|shallow|laboured|labored|ragged|agonal) breath\w*",
       r"breathing (is |was )?(shallow|laboured|labored|ragged|irregular)",
       r"(having|had|took) a fit\b", r"shaking all over", r"jerking\b(?! (awake|up|back))",
       r"(struggling|trouble|difficulty|hard time|problems?) (to )?breath\w*",
       r"throat (is )?(swelling|closing)", r"(face|lips|tongue) (is |are )?swell\w*",
       r"(arm|face|side) (is |went )?numb", r"(down|on the (floor|ground)) and not (moving|"
       r"getting up|responding)", r"(went|turned|going) (grey|gray)",
       # Pale with a sign of the body, not the fear of a man recognised: "went pale and
       # sweaty", not "recognized Halvorsen at movement and went pale".
       r"(went|turned|going) (pale|white)\b[^.;!?]{0,40}\b(sweat\w*|clammy|collaps\w*|fell|"
       r"dropped|dizz\w*|vomit\w*|shak\w*|short of breath|passed out|faint\w*|chest|breath\w*)",
       r"inconscient\w*", r"(ne )?(repond|reagit) (pas|plus) (a son nom|aux stimuli|a la voix|"
       r"quand on (le|la|l') ?(secoue|brasse|touche|pince|stimule))",
       r"(ne )?reagit (pas|plus)\b",
       r"respire (pas|plus|pu|mal|a peine|difficilement)",
       # Not Québec's CPR, the regional psychiatric centre: « au CPR », « note infirmière CPR ».
       r"(?<!\bau\s)(?<!\bdu\s)(?<!\ble\s)(?<!\bcentre\s)(?<!infirmiere\s)(?<!patients\s)"
       r"(?-i:CPR)\b(?! (de|d'|du|regional))", r"(?-i:RCR|AED|DEA)\b",
       # Cold to the bone: "both hands white and waxy, stopped shivering".
       r"hypotherm\w*", r"frostbit\w*", r"engelures?", r"stopped shivering",
       r"(arrete|arretait) de (grelotter|trembler)",
       r"(hands?|feet|fingers|toes|face|mains|pieds|doigts|orteils|visage) (\w+ ){0,2}(white and "
       r"waxy|waxy|blanc\w* et cire\w*|cire\w*)",
       # Foam or drool from the mouth: « la bave y sort de la bouche ».
       r"(bave|ecume|mousse) (\w+ ){0,2}(sort|sortait|coule|coulait) (\w+ ){0,2}(de la|de sa) "
       r"bouche", r"chest compressions", r"massage cardiaque", r"defibrillat\w*",
       r"(difficulte|misere|mal|peine) a respirer", r"(pu|plus|pas) capable de respirer",
       r"(bleue?|blue|mauve) (autour de la|around (the|his|her)) (bouche|mouth|lips|levres)",
       r"(pompe|inhaler|puffer) (\w+ ){0,2}(marche pas|not working|doesn'?t work|isn'?t working)",
       r"douleurs? (a la poitrine|thoraciques?)", r"convulsions?", r"gorge (qui )?enfle",
       r"crise (d'epilepsie|cardiaque)", r"perdu connaissance", r"s'est effondre",
       r"levres bleues",
       # A stroke told by its signs: a face drooping on one side, an arm gone heavy.
       r"(face|mouth|smile|lip|visage|bouche|levre)s? (\w+ ){0,4}(droop\w*|sagg\w*|"
       r"tomb\w*|affaiss\w*|croche)\b",
       r"(arm|leg|side|bras|jambe) (\w+ ){0,1}(felt|feels|feeling|went|goes|gone|is|was) (all )?"
       r"(heavy|weak|dead|numb)\b", r"(bras|jambe|cote) (\w+ )?(lourd|engourdi|mort|paralyse)e?\b",
       past_lowers=True),
    # Heavy bleeding: a medical emergency of its own, but after an assault or a fight the injury
    # is the violence's (triage-policy: such injuries do not add health services by themselves).
    concept("bleeding", "immediate", {HS}, "heavy bleeding", "saignement abondant",
       r"bleeding (heavily|badly|a lot|out|profusely)", r"saigne (beaucoup|abondamment)",
       r"(saign\w*|bleed\w*) (de l'|from (the |his |her |one )?)(oreilles?|ears?)\b",
       r"(saign\w*|pisse le sang|bleed\w*) (\w+ ){0,1}(de la|from (the|his|her)|a la|du) (tete|"
       r"head|crane|skull|scalp|cuir chevelu|oreille|ear)", past_lowers=True),
)
# fmt: on
