"""Violence, weapons, hostages and threats: acts against people.

Levels and routes follow the triage policy; the comments cite its clauses.
"""

from __future__ import annotations

from bot.triage.lexicon.concept import SI, Concept, concept

# A target of violence or threats: a person, a staff member, or a capitalised surname.
_WHO = (
    r"(him|her|them|you|u|me|us|staff|somebody|someone|anybody|anyone|every(one|body)|his cellie"
    r"|(a|the|that|this|an?other) (guard|co|cop|screw|nurse|officer|instructor|rat|goof|guy|"
    r"new guy|teacher|inm|inmate|kid|cellie|cellmate|skinner|diner|new fish|fish|newbie|"
    r"new kid|rookie)"
    r"|(his|her|their|my|your) (?!(back|knees?|hands?|arms?|legs?|f(oo|ee)t|wrists?|ankles?|"
    r"shoulders?|neck|head|eyes?|fingers?|toes?|chances|case|record|time|day|program|own|door|"
    r"cell|tray|bunk|locker|deadlift|bench|squat|pr|workout|sets?|reps|game|score|lift|run|"
    r"lunch|dinner|supper|breakfast|food|plate|homework|exam|test|essay|ged|math|quiz|finals?|"
    r"assignments?|course|interview|presentation|puzzle|crossword|burger|pizza|meal|cooking|"
    r"crepes?|pancakes?|cakes?|pies?|cookies?|chili|stew|soup|ribs|wings|fries|poutine|"
    r"sandwich\w*|recipes?|pasta|spaghetti|lasagna|tacos?|mattress|pillow|bed|blanket|locker|"
    r"desk|wall|punching bag|heavy bag|bag|drum|ball|keyboard|guitar)\b)[\w']+|"
    r"(?-i:[A-Z][a-z]+))\b"
)
# A person threatened by name, role or pronoun (not "his back", not "me" in "it'll kill me").
_TARGET = (
    r"(him|her|them|you|u|staff|somebody|someone|(a|the|that|this|an?other) (guard|co|cop|"
    r"screw|nurse|officer|instructor|rat|goof|guy|new guy|teacher|inm|inmate|kid|cellie|"
    r"cellmate|new fish|fish|newbie|new kid|rookie|ref|referee|umpire|goalie)|(his|her|their|"
    r"my|your) (cellie|cellmate|celly|bunkie|neighbou?r|ex|victim)"
    r"|(?-i:[A-Z][a-z]+))\b"
)

# What comes before a threatened act: "he'll", "he's going to", "swore he would", "wants to".
_WILL = (
    r"((he|she|i|they|you|u|we|who|it|that)'(ll|d)|ill|hell|shell|will|wil|would|gonna|gunna|"
    r"finna|(is |was |are )?going to|goin to|wanna|"
    r"wants? to|plans? to|planning to|might|may|could|swore to|swears? to|promised to|"
    r"threaten(ed|ing|s)? to|about to|trying to|tried to|intends? to|ready to|"
    r"(he|she|it|who|that)'?s gonna)"
)
_HARM = (
    r"(kill|stab|shank|hurt|harm|beat|smash|jump|poke|slash|murder|punch|kick|bash|stomp|"
    r"choke|strangle|rape|shoot|blast|tune up|rough up|lay out|stomp out|do over)"
)
_HARM_TO_PERSON = (  # verbs that threaten only with a person after them ("cut him", not "cut his")
    r"(take out|deal with|do in|stick|cut|slice|break|snap|bust|hit|burn|end|finish|waste|off|"
    r"smoke|light up|mess up|fuck up|f up)"
)

# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # triage-policy immediate: a weapon or weapon-making in hands or hidden nearby.
    concept("weapon", "immediate", {SI}, "weapon", "arme",
       r"(filed|ground|sharpened|honed|sanded|rubbed|shaved|scraped|snapped|broke|broken|"
       r"cracked) (\w+ ){0,2}(down |off )?to a point",
       r"edged weapon", r"handle (\w+ ){0,1}wrapped (in|with) (\w+ )?(tape|cloth|string)",
       r"(put|puts|putting) (a |an )?(sharp )?(point|edge) on (a |an |the |his )?(\w+ ){0,3}"
       r"(strip|piece|bar|rod|steel|metal|toothbrush|spoon|handle|plexi\w*)\b",
       # Shavings by a bed frame: metal worked in the cell.
       r"(bed|bunk|frame|locker|lit|casier)\b[^.;!?]{0,60}\b(metal|steel|iron|metal) (shavings|"
       r"filings)|(metal|steel) (shavings|filings)[^.;!?]{0,60}\b(bed|bunk|frame|locker)\b",
       r"limaille (de metal |de fer )?[^.;!?]{0,60}\b(lit|casier|cellule)",
       r"(?<!boxing\s)(?<!golf\s)(?<!book\s)(?<!fan\s)(?<!night\s)(?<!social\s)(?<!sports\s)"
       r"(?<!youth\s)(?<!chess\s)(?<!biker\s)(?<!motorcycle\s)(?<!bikers\s)(?<!strip\s)"
       r"(?<!walking\s)(?<!running\s)(?<!reading\s)(?<!homework\s)(?<!lunch\s)(?<!garden\s)"
       r"(?<!craft\s)(?<!art\s)(?<!drama\s)(?<!music\s)(?<!cooking\s)(?<!fitness\s)"
       r"(?<!hiking\s)(?<!outlaw\s)(?<!patchs\sde\s)(?<!patch\sde\s)(?<!patches\sde\s)"
       r"(?<!ecussons\sde\s)(?<!ecusson\sde\s)"
       r"(club|bludgeon|cosh)\b(?! (soda|sandwich|house|med|"
       r"meeting|night|patch\w*|member\w*|vest|colou?rs|pro|de lecture|de marche|de course|"
       r"d'echecs|de photo|de jardinage|de tricot|de cuisine|de musique|de theatre|de livres|"
       r"de devoirs|de plein air))",
       r"rebar", r"(metal|steel|iron) (rod|bar|spike|pipe|stake|shard)s?\b",
       # A tool or a blade carried on the body: "shears stuffed down his coveralls".
       r"(shears|scissors|knife|knives|blade|screwdriver|chisel|awl|ciseaux|couteau|lame|"
       r"tournevis|poincon)s? (\w+ ){0,2}(stuffed|hidden|tucked|concealed|shoved|cache\w*|"
       r"glisse\w*) (\w+ ){0,2}(down|in|inside|under|into|dans|sous) (his|her|the|sa|son|ses) "
       r"(coveralls|pants|waistband|sleeve|sock|boot|shirt|jacket|coat|bas|pantalons?|manche|"
       r"bottes?|chandail|coat|overalls)",
       # "A piece" is a weapon where it is hidden: "has a piece in his mattress".
       r"(has|had|got|keeps?|kept|stashed|hid|hides|hiding) a piece (\w+ ){0,1}(in|under|inside|"
       r"behind) (his|her|the) ",
       r"(tige|barre|pic|tuyau|morceau) de (metal|fer|acier)",
       r"(razor|blade|lame)s? (\w+ ){0,2}(taped|melted|tied|glued|attached|fondue?|collee?|"
       r"attachee?) (to|into|on|onto|a|dans|sur)",
       r"(metal|steel|rebar|rod|spike|glass|toothbrush|pen|plexi\w*|tige|fer|verre|brosse a dents)"
       r"[^.;!?]{0,30}\b(wrapped|taped|enveloppe\w*) (\w+ ){0,2}(in|with|de|dans) (cloth|fabric|"
       r"tissu|tape|ruban|linge)", r"sharps\b(?! (container|bin|box|disposal))",
       r"shank(s|ed)?\b", r"shivs?\b", r"zip ?gun",
       r"(?<!tattoo\s)(?<!glue\s)(?<!heat\s)(?<!nail\s)(?<!staple\s)(?<!caulking\s)(?<!caulk\s)"
       r"(?<!spray\s)(?<!paint\s)(?<!grease\s)(?<!rivet\s)guns?\b(?! (range|club|show|shop|store|"
       r"licen[cs]e|a tat+o\w*|de tat+o\w*))",
       r"firearms?\b(?! (prohibition|ban|order))", r"(?<!-)pistols?\b", r"rifle", r"handgun",
       r"ammo\b",
       r"ammunition", r"bullets?\b",
       r"weapons?\b", r"knife\b", r"knives",
       # Not the hockey team's sticker: "her truck has a Blades sticker".
       r"(razor )?blades?\b(?! (sticker|game|jersey|fan|hat|cap|logo|decal|tickets?|season)\b)",
       r"machete",
       # A pencil is sharpened to write ("a sharpened pencil, done with the unit sharpener"); one
       # filed to a point is a weapon (above).
       r"sharpen(ed|s)?\b(?! (\w+ )?(pencils?|crayons?|skates?|patins?))(?! with (the |a |his |"
       r"her )?(\w+ )?"
       r"(pencil )?sharpener)", r"sharpening\b(?! (\w+ )?(pencils?|crayons?|skills?))",
       r"(lock in a sock|sock with a lock)", r"shards? of",
       # Any sharp thing raised at someone: "took scissors from the desk and held it up to me".
       r"(scissors|ciseaux|pen|stylo|glass|verre|fork|fourchette|screwdriver|tournevis|pencil|"
       r"crayon|box ?cutter|exacto|x-?acto|broken bottle|bouteille cassee)[^.;!?]{0,40}\b(hold|"
       r"held|holds|holding|rais\w*|point\w*|wav\w*|brandi\w*|lev\w*) (it|them|up|ca|les?|la)\b"
       r"[^.;!?]{0,15}\b(to|at|toward|towards|vers|devant|dans (la|ma) face) (me|moi|staff|him|"
       r"her|the|my|l'|le|la)\b",
       r"armes?\b", r"couteaux?\b",
       # Not the clippers' blades the unit barber asks for.
       r"lames?( de rasoir)?\b(?! (\w+ ){0,2}(pour|de|du) (la |le |sa |son )?(tondeuse|"
       r"clippers?))", r"aiguis\w*", r"poin[cç]on",
       r"pistolet", r"fusils?\b(?! a tatouer)", r"pics? artisana\w*", r"carabines?\b",
       r"revolvers?\b", r"armes? a feu", r"calibre (12|22)\b",
       # Not the idioms: a "shotgun wedding", "riding shotgun".
       r"(?<!riding\s)(?<!ride\s)(?<!rode\s)shotguns?\b(?! (wedding|mariage))",
       r"(lime|aiguise|taille|affute|sable|frotte)e?s? (\w+ ){0,1}en pointe",
       r"pointes? (artisana\w*|maison|aiguis\w*)",
       r"(sorti|sort|cache|cachait|cacher|avait|a|garde|gardait|trouve) (un|son|le) pic\b",
       r"(homemade|home-made|improvised|makeshift|jail-?made|prison-?made) (blade|knife|weapon|"
       r"spear|club|stabber|shank|pick)",
       r"(waving|wielding|brandish\w*|swinging|armed with|pull(ed|s|ing)?( out)?|came at \w+ with|"
       r"threaten\w* (\w+ ){0,3}with|hiding|hid|conceal\w*|stash\w*|tucked|keeps?|kept|holding) "
       r"(\w+ ){0,3}(piece|shard|chunk|sliver|bit|strip) of (\w+ )?(glass|metal|mirror|plexi\w*|"
       r"steel)",
       r"(slid|slide|slides|sliding|slip|slipped|pocket\w*|hid|hide|hiding|stole|stolen|stuff\w*|"
       r"tuck\w*|conceal\w*|"
       r"smuggl\w*|walked out with|missing) (\w+ ){0,3}(screwdriver|chisel|hacksaw|scissors|"
       r"hammer|wrench|pliers)",
       r"(screwdriver|chisel|hacksaw|scissors|tool|hammer|wrench|pliers) (\w+ ){0,2}(is |was |"
       r"went |are |were )?(missing|unaccounted)",
       r"(a|his|the) piece (\w+ )?(hidden|stashed|tucked|on him|in (his|the) (waistband|pocket|"
       r"belt|sock|boot))", r"brandish\w*", r"brandi(t|ssait|ssant)\b", r"couto\b",
       r"(morceau|bout|eclats?|tesson) de (miroir|verre|vitre|metal|bouteille)",
       r"(tournevis|ciseau a bois|scie a metaux)",
       r"(sock|bas|chaussette|pillowcase|taie)s? (with|avec) (something|a|an|un|une|quelque "
       r"chose|de quoi) (\w+ ){0,2}(heavy|lourd|lock|cadenas|batter\w*|piles?|rock|roche|can|"
       r"canne)\b",
       r"box ?cutters?", r"utility knife", r"x-?acto", r"exacto", r"couteau (a lame retractable|"
       r"exacto|utilitaire)",
       r"(metal|steel|iron) (\w+ )?(scraping|grinding|filing|rasping)", r"(scraping|grinding|"
       r"filing|rasping) (\w+ ){0,1}(of |on )?(metal|steel|iron)\b",
       r"(bed ?frame|bunk|shelf|shelving|locker|desk|vent|grate|door frame|cadre de lit|tablette|"
       r"casier|grille)s? (\w+ ){0,5}(filed|shiny|ground down|sawn|scraped|missing (a|one) "
       r"(piece|strip|corner|bolt)|limee?s?|brillante?s?|manque un (morceau|bout))",
       r"bruits? (de|d') (limage|grattage|metal|meulage)",
       r"(baseball|hockey) (bat|stick)s? (\w+ ){0,2}(at|to|swing\w*|threat\w*|in (his|her) hand)",
       r"(with|avec|armed with|armee? d'un|armee? de) (a |an |un |une |son |sa |his |her )?"
       r"(baseball bat|bat de baseball|baton de baseball|batte de baseball|bat|batte|crowbar|"
       r"pied de biche|tire iron|hatchet|hachette|axe|hache)\b"),
    # triage-policy immediate: a hostage or barricade.
    concept("hostage", "immediate", {SI}, "hostage/barricade", "otage/barricade",
       r"(jam|jamm|wedg|block|barricad|brac)\w* (the |his |her )?(cell )?door (shut |closed )?"
       r"(with|using)", r"(bloqu|coinc)\w* (la|sa) porte (avec|par)",
       r"hostage", r"otages?\b", r"barricad\w*",
       # A staff member led away by a group: "kitchen worker being walked to the back dock by 3
       # guys from E".
       r"(worker|nurse|teacher|instructor|officer|staff|employee|contractor|cook|chaplain|"
       r"travailleuse|infirmiere|enseignante|agente?|employee?|cuisiniere)\b[^.;!?]{0,30}\b"
       r"(walked|led|taken|pulled|dragged|escorted|herded|surrounded|boxed in|cornered|amenee?|"
       r"entouree?|trainee?|coincee?) (\w+ ){0,5}(by|par) (\d|two|three|four|five|several|a group "
       r"of|a few|deux|trois|quatre|cinq|plusieurs|des|un groupe de) ?(\w+ )?(guys|inmates|inms?|"
       r"offenders|men|women|residents|gars|detenus|detenues|filles)\b",
       # Held inside, told by what was heard and seen: "yelling that nobody is coming in", a
       # woman at the window who mouthed 'help'.
       r"(yell|scream|shout|holler|said|says|saying|cri|gueul|hurl|dit|disait)\w* (\w+ ){0,3}"
       r"(that |que |qu')?(nobody|no one|noone|personne)('s| is| will| gonna| est| va| peut)? "
       r"(be )?(coming|come|getting|get|gets|comes|rentrer|entrer) ?(in|inside|dedans|icitte|"
       r"ici)?\b",
       r"(mouth\w*|whisper\w*|chuchot\w*) (\w+ )?['\"]?(help|aide|au secours|a l'aide|help me|"
       r"aidez-moi)\b",
       # Kept from leaving: "standing between the nurse and the door", "isn't leaving until".
       r"(stand\w*|block\w*|planted) (\w+ ){0,3}between (the |her |him )?(\w+ )?(nurse|officer|"
       r"staff|teacher|instructor|worker|her|him|them) and the (\w+ ){0,2}(door|exit)",
       r"(she|he|you|u|they)('s| is| are|'re)? (not|isn'?t|ain'?t|aren'?t) (leaving|going "
       r"anywhere) (until|till|before|unless)\b",
       # Something held to another's throat: "tient le compas sur la gorge de l'enseignante".
       r"(held|holding|holds|hold|pressed|pressing|presses) (a |the |his |her )?(\w+ )?(knife|"
       r"blade|shank|scissors|pen|pencil|compass|razor|glass|shard|screwdriver|weapon|point) (to|"
       r"at|against|on) (her|the \w+'s|(?-i:[A-Z])\w+'s|the (officer|nurse|teacher|instructor|"
       r"guard)s?'?s?) (throat|neck)\b",
       r"(tient|tenait|tenu|colle|collait|appui\w*|pointe|pointait) (\w+ ){0,3}"
       r"(sur|contre|a) (la gorge|le cou) (de|du|d')",
       # Someone shut in: "his dad stays in the back bedroom, the door nailed shut".
       r"(door|porte) (\w+ ){0,2}(nailed|screwed|bolted|cloue\w*|visse\w*) (shut|closed|"
       r"fermee?)\b",
       r"(scissors|knife|blade|pen|glass|shank|ciseaux|couteau|lame|crayon)[^.;!?]{0,40}"
       r"\b(neck|throat|cou|gorge)\b",
       r"won'?t let (her|him|them|the \w+|staff|anyone|anybody|us) (leave|go|out)\b",
       r"(not|isn'?t|wasn'?t|won'?t|wouldn'?t|doesn'?t|didn'?t|never) (\w+ )?lett?(ing|s)? "
       r"(her|him|them|the \w+|staff|anyone|anybody|us|me) (\w+ )?(leave|go|out|through|past)\b",
       r"(la|le|les|l') (laisse|laissait|laissent) (pas|plus|pu) (sortir|partir|passer)",
       r"(veut|voulait|veulent) (pas|plus|pu) (la |le |les |l')laisser (sortir|partir|passer)",
       r"(empech\w*) (\w+ ){0,2}de (sortir|partir)",
       r"refus\w* to let (her|him|them|the \w+|staff) (leave|go|out)\b",
       r"(has|had|got|have) (\w+ ){0,3}cornered", r"against (her|his|their) will",
       r"(mattress|bed ?frame|bed|bunk|locker|desk|table|chairs?|furniture)(es|s)? (\w+ ){0,4}"
       r"(against|blocking|in front of) (the |his |her |their )?(cell )?door",
       r"block(ed|ing|s)? (the |his |her )?(cell )?door (with|shut)",
       # Held against her will: a person kept, not a card held back from the mail.
       r"sequestr\w* (l'|la |le |les |un |une )",
       r"(retien\w*|retenai\w*|retenu\w*) (l'|la |le |les |un |une )(\w+ )?(agente?s?|"
       r"infirmi\w+|employee?s?|prof\w*|gardien\w*|otages?|codetenue?s?|detenue?s?|femme|"
       r"travailleu\w+|enseignant\w*|benevole\w*|aumonier|intervenant\w*)",
       r"(la|le|les|l') ?(retien\w*|retenai\w*|retenu\w*) (dans|contre|de force|en otage)",
       r"refus\w* de (la|le|les) laisser (sortir|partir)", r"matelas (\w+ ){0,3}contre la porte",
       r"bloqu\w* (la|sa) porte",
       r"(holding|holds|held|keeping|kept) (a |an |the |two |one )?(co|cx|"
       r"officer|guard|nurse|staff member|staff|teacher|instructor|worker)s?\b(?! (accountable|"
       r"responsible|back|the door|open))",
       r"(retien\w*|garde\w*) (un|une|l') ?(agent|agente|infirmi\w+)",
       # The exit refused: "nobody leaves till", "she's not leaving until", "personne sort tant".
       r"(nobody|no one|noone|no-one|personne) (\w+ ){0,1}(leaves|leaving|goes|going|gets out|"
       r"walks out|sort|sortira|part|partira|sortent) (\w+ ){0,4}(till|until|unless|before|"
       r"tant qu|avant qu)",
       r"(she|he|they|you)('?s|'?re| is| are) not (leaving|going anywhere|getting out|"
       r"walking out) (\w+ ){0,2}(till|until|unless|before)",
       r"(tient|tenait|tenir|retient|retenait|pogne|pognait|agripp\w*|empoign\w*) (l'|la |le )"
       r"(infirmi\w+|agente?|gardien\w*|doc\w*|prof\w*|intervenant\w*|psycholog\w*) par (le|la|"
       r"les) (bras|poignet|collet|cou|cheveux)"),
    # triage-policy immediate: violence happening, just happened or planned.
    concept("violence", "immediate", {SI}, "violence", "violence",
       # Québec's "se faire piquer" with blood: stabbed (« vient de se faire piquer, y saigne »).
       r"(se (faire|fait|faisait) piquer|s'est fait piquer|s'est faite piquer)\b[^.;!?]{0,40}\b"
       r"(saign\w*|sang|pisse le sang)",
       r"black eye",
       # A baby shaken: violence against a child ("shook her baby hard", "a brassé son bébé").
       r"(shook|shaking|shakes|shake|shaken) (\w+ ){0,1}(her|his|the|their) (\w+ )?(baby|infant|"
       r"newborn|child|kid|toddler|son|daughter)\b", r"(brass\w*|secou\w*) (\w+ ){0,1}(son|sa|le|"
       r"la) (\w+ )?(bebe|enfant|nourrisson|fille|gars|garcon|petite?)\b",
       # Something swung into a man's face: "l'a swingé dans la face du gars de la cantine".
       r"(swing|sacr|garroch|garoch|lanc|envoy|pitch|fess|frapp|crisse)\w* (\w+ ){0,2}(dans|en "
       r"pleine) (la face|le visage|la tete|la gueule|le front|la yeule) (du|de|d'|a|au) ",
       r"swung (it |the \w+ |his \w+ )?(into|in|at) (the|his|her) (face|head) of ",
       # Gone with a weapon to settle a score: "parti avec un bat de baseball pour régler ça".
       r"(parti|partie|partis|left|went|gone|est alle|s'en va|headed)\b[^.;!?]{0,60}\b(bat|batte|"
       r"baton|couteau|knife|gun|fusil|machette|hache|axe|gun)s?\b[^.;!?]{0,60}\b(regler|"
       r"settle|get even|take care of|faire payer|s'occuper)",
       # A victim's door or window broken in: violence at her home.
       r"(kick\w*|broke|break\w*|smash\w*|forc\w*|defonc\w*) (in |down |open )?(the |la )?(door|"
       r"window|porte|fenetre) (\w+ ){0,2}(of|to|at|de) (her|his ex'?s?|the victim'?s?|son ex|"
       r"la victime)",
       r"(knuckles?|jointures) (\w+ ){0,2}(split|swollen|bloody|raw|fendues?|enflees?|"
       r"en sang|ouvertes?|arrachees?)",
       r"(oeil|œil|eye) (\w+ ){0,1}(ferme enfle\w*|enflee? ferme|swollen shut)",
       r"(split|fat|busted|bloody) (lip|nose)", r"bloody nose",
       r"(swollen|bruised) (face|eye|jaw|cheek)",
       r"bruis\w* (on|around) (his|her) (face|neck|eyes?)",
       r"(oeil|œil) au beurre noir", r"levre (fendue|enflee)", r"nez en sang",
       r"(ecchymoses?|bleus?) (au|sur le) (visage|cou)",
       r"throw(ing|s|n)? (fists|hands|punches|blows|haymakers|elbows)", r"took a swing",
       r"(thuds|thumping|sounds? of (a )?(fight|struggle|scuffle))",
       r"(get|gets|getting|got|gonna get) (poked|stabbed|shanked|jumped|smashed|beat|beaten|"
       r"rushed|whacked|sliced|stuck|wet up|lit up|punched|hit|slapped|kicked)\b"
       # Not stuck on an exercise or with the bill.
       r"(?!(?<=stuck) (on|with)\b)"
       # Not a bus "stuck in the snow".
       r"(?!(?<=stuck) (in|on|at|behind) (the |a |an )?(snow|traffic|mud|elevator|lift|ice|"
       r"line|lineup|queue|meeting|rain|storm|airport|border|ditch|work|school|court)\b)",
       # Not a detector's or a dog's "hit on an inmate".
       r"(?<!detector\s)(?<!scanner\s)(?<!wand\s)(?<!dog\s)(?<!scan\s)"
       r"(punch(?!ed out)|hit|struck|strik|kick|slap|shov|push|tackl|elbow|bit|bite|bitt|grabb?|"
       r"lung|"
       # Not "a big push for the staff Christmas lunch".
       r"charg(?!e\snurse)(?!er\b)|rush|smack|whack|clock)\w* (?!for )(\w+ )?(at |on )?(the )?("
       r"officer|"
       r"guard|nurse|co|staff|"
       r"instructor|teacher|manager|unit manager|(his |her )?(cellie|cellmate|celly|bunkie)|"
       r"another (inm|inmate|guy|offender)|an? (inm|inmate|guy|offender|officer|worker))\b",
       r"(threw|throwing|thrown|tossed|toss\w*) (\w+ ){0,2}(urine|feces|piss|shit|bodily fluids?|"
       r"hot water|boiling water|coffee|a (tray|chair|cup|bottle|jug)) (at|on|in)",
       r"gass(ed|ing) (the |an? )?(officer|staff|co|guard|nurse)",
       # Something poured onto a man's body: "dumped it down Pereira's back".
       r"(dump\w*|pour\w*|threw|thrown|toss\w*|splash\w*|chuck\w*|vid\w*|lanc\w*|garroch\w*) "
       r"(it |that |them |\w+ ){0,2}(down|on|over|onto|at|in|sur|dans) (the |le |la |l')?"
       r"((?-i:[A-Z])\w+'s|the \w+'s|his (cellie|cellmate)'s) (back|face|head|neck|chest|legs?|"
       r"arms?|dos|tete|cou|visage|figure|poitrine)",
       r"raped?\b", r"sexual(ly)? assault\w*", r"agression sexuelle", r"viol(e|ee)?\b",
       # Dragged by the hair: « l'a traînée par les cheveux dans le corridor ».
       r"(traine\w*|dragg\w*|drag|pull\w*|tir\w*|pogn\w*|grabb?\w*) [^.;!?]{0,40}\b(par les "
       r"cheveux|by (the|her|his) hair)\b",
       # Chased with a blade or a tool swung: "chased a co-worker across the yard swinging a
       # hatchet".
       r"(chas\w*|went after|came at|ran at|charged|court apres|couru apres|poursuivi\w*) "
       r"[^.;!?]{0,60}\b(swinging|waving|brandishing|with|avec|en brandissant) (a|an|his|the|un|"
       r"une|sa|son) (hatchet|axe|ax|machete|knife|bat|hammer|crowbar|pipe|shovel|wrench|hache|"
       r"machette|couteau|baton|marteau|pelle|barre)\b",
       # Boots to the head of a man down: "got Leblanc on the floor stomping his head".
       r"(stomp\w*|kick\w*|curb\w*|boot\w*) (on )?(his|her|their|the guy'?s|the man'?s) (head|"
       r"face|ribs|chest|neck)\b",
       # Held by the throat: "has Boutilier pinned against the dryer by the throat".
       r"(pinn\w*|pin|held|holding|hold|grabb\w*|grab|lift\w*|shov\w*|push\w*|dragg\w*|has|had|"
       r"got)\b[^.;!?]{0,50}\bby the (throat|neck)\b",
       r"(tient|tenait|pogne|pogn\w*|accote\w*|plaque\w*|colle\w*) [^.;!?]{0,50}\bpar (la gorge|"
       r"le cou)\b",
       r"\b(has|had|got|have) (?-i:[A-Z][a-z]+) (\w+ )?(pinned|pinned down|in a (headlock|"
       r"chokehold|choke hold))\b",
       # A man shoved down the stairs: "a poussé son contremaître en bas de l'escalier".
       r"(pouss\w*|push\w*|shov\w*|threw|thrown|throws?|lanc\w*|garroch\w*|tass\w*|bouscul\w*) "
       r"(\w+ ){0,3}(en bas (de|des) (l'escalier|l'escalier|escaliers|marches)|down (the |a )?"
       r"(stairs|steps|stairwell|stairway|staircase))",
       r"(recu|pris|mange) (un|une) (\w+ ){0,2}(en pleine face|dans la face|au visage)",
       r"(lance|lancer|lancé) (de l'|du |des )?(urine|excrements|eau bouillante|cafe)",
       r"(lanc|garoch|jet|envoy|pitch)\w* (\w+ ){0,6}(au visage|dans la face|a la figure|dans les "
       r"yeux) (d'un|d'une|de l'|du|de la|de son) (autre )?(detenu|gars|agent|agente|codetenu|"
       r"voisin|infirmi\w+|travailleur)",
       r"fight(s|ing)?\b(?! (his|the|a) (case|charges?|appeal|transfer|conviction))"
       r"(?! (everything|it|for|back tears|the (urge|system|process|illness|cancer|addiction))\b)",
       r"fought",
       r"brawl",
       r"punch(ed|es|ing)?\b(?! (the |a |his )?(wall|door|bag|heavy bag|clock|out|in)\b)",
       r"assault(ed|ing|s)?\b",
       r"(?<!panic\s)(?<!heart\s)(?<!asthma\s)(?<!anxiety\s)(?<!allergy\s)attack",
       r"stab(bed|bing|s)?\b", r"beat(ing|en)?( him| her)? up", r"beating", r"beaten",
       r"jumped (him|her|by|on)", r"kick(ed|ing) " + _WHO, r"chok(ed|ing) " + _WHO,
       r"strangl(?!\w* (it|this|that|these|those)\b)",  # "gonna strangle it": the thread
       r"head ?butt", r"(spat|spit(ting)?) (on|at)\b",
       r"(spat|spit(ting)?) in (\S+ ){0,2}(face|eyes?|mouth)", r"swung at",
       r"threw (a punch|punches)",
       r"hit(ting)? (another|an? (inm|inmate|guy|officer|staff|co)|the (?!(heavy|bag|wall|door|"
       r"gym|weights|books|showers?|road|ball|button|deck|floor|lights?|jackpot|target|mark|"
       r"sack|table|phones?|canteen|yard|medical|alarm|panic|brakes|winning|streets?|"
       r"hay|bottle|pipe|gas|intercom|call|buzzer|bell|switch|lock|snooze)\b)\w+|" + _WHO + ")",
       r"grabbed (the |a |an )?(nurse|officer|staff|co|guard|instructor|teacher|her|him)",
       r"head ?lock", r"choke ?hold", r"sleeper hold", r"(cle|clef) de (bras|cou)",
       r"(pinned|held|holding) (\w+ ){0,2}(down )?(on|to|against) (the )?(floor|ground|wall|bed|"
       r"bunk|sol|plancher|mur)", r"(hand|hands|main|mains) (over|sur) (his|her|sa) (mouth|face|"
       r"bouche)", r"kneel\w* on (his|her) (back|neck|chest|head)",
       # Not leftovers: "leather scraps", "food scraps".
       r"(?<!leather\s)(?<!food\s)(?<!fabric\s)(?<!table\s)(?<!metal\s)(?<!paper\s)(?<!wood\s)"
       r"(?<!cloth\s)(?<!vinyl\s)(?<!kitchen\s)scrap(s|ping)?\b(?! (metal|paper|wood|pile|"
       r"book\w*|of|yard|pine|oak|maple|cedar|birch|"
       r"plywood|lumber|boards?|fabric|leather|cardboard|material|bins?|pieces?|steel|iron|copper|"
       r"wire))",
       r"getting (stabbed|shanked|jumped|poked|beat|smashed|rushed|done)",
       r"(you'?re|ur|he'?s|you are|he is|u r) getting (cut|sliced|opened up)\b(?! (off|from|"
       r"loose|short))",
       r"(slam|smash|bash|bang|ram|knock|pound|stomp)\w* (\w+ )?[\w]+'s (head|face|skull)",
       r"stomp(ed|ing)? (on )?" + _WHO, r"(going|went|go|goes) at it", r"got into it with",
       r"squar(ed|ing) (off|up)", r"throw(ing|s)? hands", r"(?<!verbal\s)altercation",
       r"scuffle", r"tussle", r"melee", r"dust-?up", r"donnybrook", r"rumble",
       r"(guys|inms|inmates|two|2|both|\d+) (\w+ ){0,2}swinging", r"swinging (at|on) ",
       r"jumped (an? |the )?(inm|inmate|i/m|guy|new guy|kid|cellie)", r"jumped " + _WHO,
       r"chok(ed|ing) (\w+ )?out", r"rough(ed|ing)? (\w+ ){0,2}up",
       r"smash(ed|ing)? (his|her|\w+'s) face", r"(sucker[- ]?)punch\w*",
       r"se tap\w* dessus", r"tap\w* (sur|dessus)", r"se pogn\w*", r"echauffouree",
       r"rixe", r"melee generale", r"saut\w* sur (\w+|l'\w+)", r"coups? de (tete|couteau|genou)",
       r"(fess|frapp|cogn)\w* (sur )?(son|sa|le|la|un|une) (codetenu|voisin|agent|agente|gars|"
       r"detenu|infirmi\w+)", r"mis (ko|k\.o\.)",
       r"bagarre\w*", r"bataill\w*",
       r"(sacr|donn|calic|caliss|criss|envoy|pogn)\w* (une |un )(claque|volee|baffe|"
       r"gifle|coup(?! de (main|oeil|fil|pouce|telephone))|droite|"
       r"taloche|mornifle|coup de poing) (\w+ ){0,2}(a|au|sur|dans)\b",
       r"se (battent|battaient|batt\w+)", r"battu",
       # A head, knee or elbow used as the weapon, told by where it landed.
       r"(drove|drive|drives|driving|rammed|slammed|smashed|jammed|shoved|planted|put|threw|"
       r"brought)\w* (his|her) (fore)?(head|knee|elbow|fist|boot|foot) (\w+ ){0,1}(into|in|"
       r"through|to|across) (\w+ ){0,2}(\w+'s|his|her|their|the|my|your) (face|nose|mouth|head|"
       r"jaw|chest|ribs|stomach|groin|temple)",
       r"coups? de (boule|coude|front)",
       # Armour put on before a fight: magazines or books taped around the body.
       r"(magazines?|books?|newspapers?|cardboard|catalogues?|revues?|livres?|journaux|carton) "
       r"(\w+ ){0,2}(taped|strapped|tied|wrapped|scotche\w*|attache\w*|colle\w*) (\w+ ){0,3}"
       r"(around|to|on|under|autour|sur|sous) (his|her|son|sa|le|la|ses) (\w+ ){0,1}(stomach|"
       r"chest|torso|body|ribs|back|waist|ventre|poitrine|torse|corps|cotes|dos)",
       r"body ?armou?r", r"(homemade|makeshift|improvised) (armou?r|vest)",
       # Violence heard through a wall: someone crying "stop", something smashed at a partner.
       r"(cry\w*|scream\w*|yell\w*|shout\w*|beg\w*|cri\w*|hurl\w*|supplie\w*) (\w+ ){0,1}"
       r"(stop|help|arrete|au secours|lache-moi|let (me )?go|get off( me)?|leave me alone)\b",
       r"(scream\w*|yell\w*|hurl\w*|cri\w*|gueul\w*) (at|apres|sur) (his|her|sa|son) (girlfriend|"
       r"wife|partner|ex|kids?|mother|blonde|conjointe|femme|enfants?|"
       r"mere)[^.;!?]{0,60}\b(smash\w*|"
       r"crash\w*|broke|breaking|thrown|threw|hit|casse\w*|lance\w*|frapp\w*)",
       # A stabbing told by its wounds.
       r"(puncture|stab|stabbing|knife) wounds?", r"plaies? (perforantes?|par arme blanche|"
       r"de couteau|par perforation)", r"(perfor\w*|piqu\w*) (\w+ ){0,2}(au|dans le) (flanc|"
       r"ventre|dos|cote)",
       # Not on himself ("il se frappe la tête": self-harm) nor on a thing (a wall, a bag).
       r"(?<!\bse\s)(?<!\bs')frapp(e|é|er|ait|ent)\b(?! (\w+ )?(le|la|sur le|sur la|dans le|"
       r"dans la) (mur|porte|table|vitre|sac|ballon|balle|punching))",
       r"coups? de (poing|pied)", r"voies? de fait", r"agress(e|é|ion|er|ait)\w*",
       # Not a program's title: "programme de prévention de la violence familiale".
       r"(?<!de\sla\s)(?<!sur\sla\s)(?<!contre\sla\s)violence (conjugale|familiale|domestique)"
       r"(?! (program\w*|"
       r"prevention|groupe?|cours|atelier))",
       r"domestic (violence|assault)(?! (program\w*|prevention|group|course|class|counsel\w*))",
       r"poignard\w*", r"attaqu\w*", r"etrangl\w*", r"sauté dessus", r"tabass\w*",
       r"(l'a|l'ont|a ete|s'est fait|se faire|vont le|va le|veut le) plante\b",
       r"(se sont|s'est|s'etaient|se sont fait) empoign\w*",
       r"se faire planter", r"(s'est|se sont|s'etait|s'etaient) fai\w* (planter|poignarder|"
       r"taillader|ouvrir|piquer)\b",
       r"crach\w* (sur|au visage|dans (la face|le visage)|a la figure)",
       figurative=True, past_lowers=True, excludes=("injury", "bleeding")),
    # triage-policy immediate: a credible threat to harm or kill someone.
    concept("threat", "immediate", {SI}, "threat", "menace",
       # Voices that command a killing: « les voix y disent de tuer l'infirmière Julie à 20h ».
       r"(voix|voices?) (\w+ ){0,3}(lui |him |her |me |y )?(disent|dit|tell\w*|told|order\w*|"
       r"ordonnent|command\w*) (\w+ )?(de |d'|to )(tuer|kill|hurt|harm|stab|frapper|blesser|"
       r"attack\w*|attaquer|poignarder)\b",
       # A killing told as a plan: "first stop is Riverview to put my brother-in-law in the
       # ground", « l'envoyer six pieds sous terre ».
       r"\b(to|gonna|going to|will|wanna|he'll|i'll|they'll) put ([\w'-]+ ){1,3}in the ground\b",
       r"(mettre|envoyer|mets|envoie) ([\w'-]+ ){0,2}six pieds sous terre",
       # A named man "getting it" at a time: "Ducharme is getting it at the 2000 gym change".
       r"(?-i:[A-Z])[\w'-]+ (is |'s )?(getting|gonna get|going to get|gets) (it|his|done|handled|"
       r"dealt with)\b[^.;!?]{0,30}\b(at|tonight|tomorrow|after|during|in the|ce soir|demain)\b",
       # A contract on someone: "there's a hit on the new transfer tonight at meds" (not "he hit
       # on the nurse", boundary testing).
       r"\ba (hit|contract|green ?light|kill order|smash order) (is )?(out )?(on|for) (the |a |"
       r"that |this |him|her|them|(?-i:[A-Z]))",
       r"(put|puts|putting|ordered|orders|placed) (out )?a (hit|contract|green ?light)\b",
       r"(un|le) contrat (sur|pour) (la tete (de|du|d')|le |la |l'|lui|(?-i:[A-Z]))",
       # Told as a promise: "he'll make sure her new boyfriend never comes around again".
       r"make sure ([\w']+ ){0,3}(never|doesn'?t|won'?t|can'?t|will never) (comes?|shows?|walks?|"
       r"gets?|goes|sets? foot) (\w+ )?(around|back|near|up|home|out|again)\b",
       r"(s'arranger|m'arranger|s'arrange|m'arrange) pour (qu'il|qu'y|qu'elle) (revienne|remette "
       r"les pieds|se montre) (pu|plus|jamais)",
       r"(pay|payer|paye|paie|remettre) (\w+ ){0,5}(or else|sinon)\b",
       _WILL + r" (\w+ ){0,2}(break|snap|slit|cut|crack|smash|bash|cave in|split|bust|rip|stomp|"
       r"kick|punch) ([\w']+ ){0,3}(neck|throat|skull|head|face|jaw|teeth|legs?|arms?|knees?|"
       r"ribs?)",
       r"(know|knows|knew|found out|find out) (\w+ ){0,2}(where|what car|which car|what vehicle|"
       r"what time|when) (you|u|i|my|your|she|he|his|her) (\w+ ){0,2}(live|lives|park|parks|"
       r"drive|drives|work|works|leave|leaves|stay|stays|get off|gets off|finish|finishes)",
       r"settle (things|the score|scores|up|it|his business) with", r"get (back at|even with)",
       # Not a debt repaid: "offered to pay her back in canteen".
       r"(?<!offered\sto\s)(?<!offers\sto\s)(?<!promised\sto\s)(?<!offering\sto\s)"
       r"(pay|paying) (him|her|them) back\b(?! (in|with|when|once|on|by|next|the|tomorrow|"
       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\$|\d|for (the |his |her |those "
       r"|them |it )?(stamps|canteen|coffee|tobacco|loan|money|smokes|chips|soups?|ride|lunch)))",
       r"revenge", r"se venger", r"vengeance",
       r"(trancher|couper|casser) (la gorge|le cou|la gueule|les jambes|les bras|la face)",
       r"(sait|sais|savent|connait|connaissent) (\w+ ){0,3}(quel char|quelle auto|"
       r"quelle voiture|(ou|où) (je|tu|elle|il|ma|ta) (\w+ )?(reste|demeure|habite|travaille|"
       r"stationne)|a quelle heure (je|tu|elle) (pars|finis|sors|part|finit))",
       r"regler (ses|son|leur) comptes? avec",
       # "Y régler son compte" (settle her account): the person told by the pronoun before it.
       r"(lui|y|leur|i|va|vais|vas) regler (son|leur) compte\b",
       r"settle (his|her|their) (hash|account)\b",
       r"i know where (you|u) (live|stay|park)", r"knows? where (he|she|they|you) (lives?|stays?)",
       # Said to the one it threatens; "his ex's boyfriend better watch himself" is threatening
       # talk (priority), no credible threat with its when.
       r"watch (your|ur) ?(self|back)", r"(you|u|ya)('d| had)? better watch",
       r"(you'?re|ur|you are) dead",
       r"(i'?ll|i will|gonna|going to) (find|get) (you|u)\b", r"won'?t see it coming",
       # "She'd kill for a Tim's" wants a coffee.
       _WILL + r" (\w+ ){0,2}" + _HARM + r"(?! for\b) (\w+ ){0,2}" + _WHO,
       _WILL + r" (\w+ ){0,2}" + _HARM_TO_PERSON + " " + _TARGET,
       r"(kill|murder|stab|shank|poke|slash|strangle)s? " + _TARGET,
       r"make (\w+ ){0,2}(her|him|them|you|u) pay",
       r"(she|he|they|you|u|it|that \w+|the \w+)('s|s| is| are|'re| will|'ll|'d| would) "
       r"(going to |gonna )?pay for (it|this|that|what)\b(?! (with|by|out of|from|in|on|at|"
       r"himself|herself|myself|themselves|when|once|next|the|his|her|their|a|an)\b)",
       r"(va|vont|vas) (me |nous )?(le )?payer (cher|pour (ca|ce qu))",
       # A person's whereabouts known by day: "knows she's at her sister's every Sunday".
       r"(know|knows|knew|sait|sais|savent) (that |que )?(she|he|they|the (man|woman|guy|lady)|"
       r"elle|il|y|a)('s| is| goes| will be| est| va| sera)?\b[^.;!?]{0,60}\b(every|each|chaque|"
       r"tous les|toutes les|le) (mon|tues|wednes|thurs|fri|satur|sun|lundi|mardi|mercredi|"
       r"jeudi|vendredi|samedi|dimanche|week|night|morning|soir|matin|fin de semaine)",
       # The door of a named person promised for the night of release.
       r"(be|show up|go|going|knock|waiting) (\w+ ){0,1}(at|to|on) (her|his|their|the|that) "
       r"(\w+ )?(door|house|place|doorstep)[^.;!?]{0,30}\b(night|day|minute|moment|when|once) "
       r"(\w+ ){0,1}(she|he|i|they) (gets?|is|'s|are|am|'m) out",
       # Leverage on a staff member: photos of her house or children; "or someone visits".
       r"(photos?|pictures?|pics|images) (\w+ ){0,2}(of |de |d')(her|your|my|the officer'?s|"
       r"ta|ton|tes|votre|vos) (house|home|car|kids?|children|daughter|son|family|"
       r"maison|char|auto|voiture|enfants?|fille|fils|famille)",
       # French "sa, son, ses" are hers only with the staff member named in the sentence.
       r"(agente?|gardien\w*|infirmi\w+|surveillant\w*|prof\w*)\b[^.;!?]{0,40}\b(photos?|images) "
       r"(\w+ ){0,2}(de|d') (sa|son|ses) (maison|char|auto|voiture|enfants?|fille|fils|famille)",
       r"(or|or else|otherwise|sinon|ou bien) (\w+ ){0,2}(someone|somebody|his (guys|boys|"
       r"friends)|quelqu'un|ses (chums|gars|amis)) (\w+ ){0,2}(will|'ll|is gonna|gonna|is going "
       r"to|va|vont|pourrait) (\w+ ){0,2}(visit|pay (\w+ ){0,3}a visit|knock|come|drop by|show "
       r"up|cogner|passer|aller|rendre visite|faire une visite)",
       # A body thrown through something: "put him through the windshield", "through a wall".
       _WILL + r" (\w+ ){0,1}(put|throw|send|toss|drive) (\w+ ){0,2}(through|into|out) (a|the|"
       r"that|his|her) (\w+ )?(windshield|window|wall|glass|door|table|fence)",
       # A contract on someone: "they've got a hit on him", "un contrat sur sa tête".
       r"(got|have|has|put|putting|there'?s|there is|is|a) (out )?a hit (out )?on (him|her|them|"
       r"you|u|(?-i:[A-Z][A-Za-z]+))\b", r"(un )?contrat sur (sa|ta|la|leur) (tete|vie)",
       r"(you'?re|ur|you are) (next|finished)\b",
       r"(you'?re|your|ur|youre|you are) (done|finished|dead)\b(?! (for|with|here|at|today|now|"
       r"in|after))",
       r"find out where (you|u|he|she|they) (live|lives|stay|stays|park|parks)",
       r"(going|gonna) (to )?find (you|u|him|her)\b",
       _WILL + r" (\w+ ){0,2}beat the (shit|crap|hell|snot|living daylights|piss) out of",
       # The informer hunted: "going to find the guy who ratted on him".
       r"(going to|gonna|will|he'?ll|i'?ll|they'?ll) (find|track down|look for|go after|hunt down|"
       r"pay a visit to) "
       r"(the (guy|one|rat|snitch|person|man|woman)|that (rat|snitch|man|guy)|whoever)\b",
       r"(going to|gonna|will|(he|she|they|i)'ll|plans to) use it on (him|her|the \w+|"
       r"(?-i:[A-Z])\w+)",
       _WILL + r" (\w+ ){0,1}(deal with|take care of|settle things with|settle up with|s'occuper "
       r"de|regler son cas a) (his|her|son|sa) (\w+ )?(brother|sister|father|dad|mother|mom|wife|"
       r"ex|girlfriend|cousin|uncle|landlord|neighbou?r|roommate|frere|soeur|pere|mere|blonde|"
       r"cousin|oncle|coloc)\b[^.;!?]{0,40}\b(tonight|ce soir|a soir|tomorrow|demain)",
       r"(you'?re|ur|youre|you are|t'es) (done|finished|dead|fini|mort) (\w+ ){0,3}(tonight|ce "
       r"soir|a soir|tomorrow|demain|at (rec|yard|the yard|gym|movement|chow|supper))\b",
       # An end named with its hour: "you're done at the 2100 count", "t'es fini au souper".
       r"(you'?re|ur|youre|you are|t'es|tes) (done|finished|dead|fini|mort) (at|after|by|au|"
       r"apres|a) (the |le |la )?(\d{3,4}h? |\d{1,2}h\d{0,2} )?(count|decompte|lockup|lock-up|"
       r"unlock|movement|mouvement|supper|souper|chow|yard|rec|gym|shower\w*|douches?|chapel)\b",
       # A plan told in the present, with a name and the place: "we do Pritchard behind the gym".
       r"\b(we|they|we'?re|they'?re|on|ils|y) (gonna |going to |va |vont )?(do|get|jump|hit|rush|"
       r"touch up|run up on|pogne|pogner|saute|sauter|fait|faire) (?!(thanksgiving|christmas|"
       r"easter|halloween|bingo|karaoke|mass|yoga|zumba|noel|paques|pizza|chili|brunch|church|"
       r"smudge)\b)(?-i:[A-Z][a-z]+) (behind|in|at|"
       r"after|during|by|derriere|dans|au|a|apres|pendant) (the |le |la |les )?(gym|showers?|"
       r"yard|chapel|laundry|kitchen|school|library|count|movement|rec|douches?|cour|chapelle|"
       r"buanderie|cuisine|decompte|mouvement)\b",
       # Revenge planned in a euphemism: "he'll do what needs doing", "ce qu'il a à faire".
       r"(he'?ll|he will|i'?ll|i will|going to|gonna|will) (do|take care of) what (needs|has|"
       r"have) (doing|to be done)\b",
       r"(va|vais|vas) (faire|regler) ce qu'?(il|y|je|j') (a|ai) a (faire|regler)\b",
       # A source's plan with its target: "target is D-9"; "gets done over a dope debt".
       r"\b(the )?(target|cible) (is|=|will be|c'est|est|sera) (\w+ )?((?-i:[A-Z]{1,2}\d?-?\d+)|"
       r"(?-i:[A-Z][a-z]+)|cell|the guy|him|le gars|la cellule)",
       r"(gets?|getting|gonna get|going to get|will get|va se faire) (done|faire) (in |up )?"
       r"[^.;!?]{0,50}\b(over|for|pour) (a |an |his |the |une |sa )?(\w+ )?(debt|beef|rat|"
       r"snitch\w*|dette)\b(?! (counsel\w*|program\w*|class\w*|workshop|management|gestion))",
       r"(put|puts|putting) (\w+ ){0,3}in (the|a) (hospital|ground|body bag|wheelchair)",
       r"(next|first) (guard|co|officer|screw|one|guy|person|staff)( who| that)? (\w+ ){0,8}"
       r"(hospital|body bag|dead|gets it)", r"smash (\w+ ){0,2}(face|head|teeth) in",
       r"(vais|va|vas|allons|vont|veux|veut|voulait) (te|le|la|vous|les) (retrouver|pogner|"
       r"faire la peau|crever|descendre|arranger le portrait)",
       r"casser la (gueule|yeule|face)", r"faire la peau",
       # A beating promised in joual: « Martel mange sa volée demain matin à la cour ».
       r"(mange|manger|mangera|va manger|vont y faire manger|pogne|va pogner) (sa|une|toute une|"
       r"la) (volee|raclee|degelee|claque)\b", r"(va|vas|allez) (me|nous) le payer",
       r"gets? it (tomorrow|tonight|today|at|after|in the|on|if)",
       # The when or the where told first: "Thursday at the gym, Lavallee gets it".
       r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|at the "
       r"(gym|yard|showers?|laundry|chapel|count))\b[^.;!?]{0,40}\b(?-i:[A-Z][a-z]+) gets it\b",
       r"(if|unless) (he|you|u) (doesn'?t|don'?t|does not|do not|can'?t) pay",
       r"threaten(ed|ing|s)? (the |a |an )?(staff|officer|co|guard|nurse|instructor|" + _WHO + ")",
       r"death threats?", r"hit list",
       # A killing promised again: "I'll finish it this time"; voices that order a killing.
       r"(i'?ll|i will|he'?ll|he will|gonna|going to) finish (her|him|the job|it) (this time|for "
       r"good|once and for all)\b",
       r"voices? (\w+ ){0,3}(tell\w*|told|say\w*|order\w*) (him|her|me) to (kill|hurt|stab|"
       r"harm|attack|strangle|choke)",
       r"(les )?voix (\w+ ){0,2}(lui|me) (disent|dit|ordonnent|demandent) de (tuer|blesser|"
       r"poignarder|attaquer|etrangler|frapper)",
       # A debt and a night named: "has to pay ... they'd get him tonight in the laundry room".
       r"(has to|have to|gotta|got to|needs to) pay\b[^.;!?]{0,80}\b(get|got|getting|do|jump) "
       r"(him|her|them) (tonight|in the (shower|yard|gym|laundry|cell|kitchen))\w*\b",
       # Waiting by a staff member's car: "he will be waiting by my car in the lot".
       _WILL + r" (be )?(waiting|wait|attendre) (\w+ ){0,2}(by|at|near|beside|next to|pres de|a "
       r"cote de) (my|your|the officer'?s|mon|ton|ta) (car|truck|vehicle|house|"
       r"door|char|auto|voiture|maison|porte)",
       _WILL + r" (\w+ ){0,1}wait for (her|him|you|u|them) (in|at|outside|after|by)\b",
       r"(your|ta|ton|tes|votre|vos) (wife|husband|kids?|daughter|son|girlfriend|boyfriend|chum|"
       r"blonde|femme|mari|enfants?|fille|fils|family|famille) (\w+ ){0,3}(drives|parks|"
       r"works|lives|"
       r"goes to|travaille|reste|stationne|conduit|va a|habite)",
       r"be careful (out there|on your way|driving|going home)", r"(lots of|plenty of) accidents",
       r"(ca serait|serait|would be a|be a) (plate|dommage|shame|pity) (\w+ ){0,3}(arrive|happen)",
       r"(he'?ll|i'?ll|gonna|going to|will) get (the|that|this) (co|cx|officer|guard|"
       r"screw|nurse)\b"
       r"(?! (to|a|an|some|his|her|their)\b)",
       _WILL + r" (\w+ ){0,2}(burn|torch|blow up|bruler|faire sauter) (\w+ ){0,3}"
       r"(place|house|home|car|apartment|building|maison|char|auto|appart\w*|logement|bloc)",
       r"(is|he'?s|she'?s|you'?re|ur|youre|[a-z]+'s) (a )?dead man",
       r"(know|knows|knew|sais|sait) (\w+ ){0,1}(which|what|quel|quelle) (car|truck|vehicle|char|"
       r"auto|voiture) (is |est )?(yours|hers|his|a toi|a elle|a vous)",
       r"see (you|u|her|him) (in|at) the (parking )?(lot|parking|garage)",
       r"(on se |je vais te |je vais vous |on va te |je vais t'|on va t'|m'as t')(voit|verra|voir|"
       r"attendre) (dans|au|a) (le )?(stationnement|parking)",
       r"(sait|sais|savent|connait) (\w+ ){0,2}c'est quoi (mon|ton|ma|ta) (char|auto|"
       r"voiture|adresse|pick-?up|truck)",
       # A killing planned with its place: "aller chez ma soeur a Rawdon pis la planter".
       r"(aller|vais|va|vas|vont) (\w+ ){0,2}chez [^.;!?]{0,50}\b(pis|et|puis) (la |le |l')("
       r"planter|piquer|tuer|crever|tabasser|poignarder)\b",
       r"(names?|noms?) (\w+ ){0,3}(cxs?|cos|officers|guards|staff|agents|agentes)\b[^.;!?]{0,60}"
       r"\b(plates?|plaques?|addresses|adresses|cars?|chars?|when they (leave|get off)|quand "
       r"(ils|elles) (partent|sortent))",
       # A named person to be found and finished: "finding Price ... and finishing it".
       r"(find|finding|found|get|getting|track\w* down|pogner|trouver) [^.;!?]{0,60}\b(and|then|"
       r"pis|et) ((finish|finishing|end|ending|settle|settling|finir|regler)\w* (it|him|her|"
       r"things|them|ca|ça|le|la)|(put|putting|take|taking|lay|laying) (him|her|them) (down|out|"
       r"in (the|a) (hospital|wheelchair|ground)))\b",
       r"regler (son|ses|leur) (compte|cas) (a|au|avec)",
       # A killing or a stabbing told in the present, as a plan: "pis je la tue", "on pique
       # Dupuis" (a name as written), "je vais le planter".
       r"\b(je|j'|on|j) ([\w']+ ){0,1}(la|le|les|l'|te|vous|lui) (tue|tuerai|tuerait|pique|"
       r"piquerai|plante|planterai|descends|descend|finis|crisse a terre)\b",
       r"\b(on|je|j'|ils|y) (va |vas |vont |va aller )?(pique|piquer|plante|planter|descend|"
       r"descendre|tabasse|tabasser|passe|passer) (?-i:[A-Z][a-z]+)\b",
       r"(aller|va) (lui )?regler son (compte|cas)",
       # Not out "by the front door" is his own way out: escape talk, not a threat.
       r"(won'?t|will not|isn'?t gonna|not gonna|ain'?t gonna|never) (\w+ ){0,1}(walk out|"
       r"make it (out|home|back)|(come|get|make it) out alive|leave (here )?alive|see (tomorrow|"
       r"the morning))\b(?! ((by|through|out|of) )?(the |a |here )?(\w+ )?(front|main) (door|gate|"
       r"entrance))",
       r"(sortira|ressortira|sortiras) (pas|jamais) (\w+ ){0,2}(vivant|d'ici|de la)"
       r"(?! par (la|le) (porte|grande porte|porte d'en avant|porte principale|devant|barriere))",
       r"with (you|u|him|her|them) (still )?in(side)? (it|there)",
       r"open (you|u|him|her|them|\w+) up\b", r"(you'?ll|he'?ll|she'?ll|gonna|will) regret",
       # Pain promised: "elle va comprendre ce que c'est d'avoir mal", "he'll know what it feels
       # like to hurt".
       r"(va|vas|vont|allez|vais) (comprendre|savoir|voir|apprendre) ce que c'est (que )?"
       r"(d'avoir mal|de souffrir|la douleur|d'etre blesse\w*)",
       r"((he|she|they|you|u)'ll|will|gonna|going to) (find out|learn|know|see|understand|feel) "
       r"what ((it'?s|it is|it feels) like to (hurt|suffer|be hurt|feel pain)|(real )?(pain|hurt) "
       r"(is|feels like))",
       # A score to settle in person: "going over there tonight ... and I'm finishing it",
       # "make sure she never testifies again", "régler ça pour de bon".
       r"(going|go|goes|head\w*|i'?m going) (over )?(there|to (his|her|their) (place|house|work|"
       r"apartment))\b[^.;!?]{0,60}\b(finish(ing)? (it|him|her|this)|settle (it|this)|end (it|"
       r"this))\b",
       r"make sure (she|he|they|that (rat|witness|snitch|guy|woman)) (never|can'?t|won'?t|"
       r"doesn'?t) (\w+ )?(testif\w*|talk\w*|speak\w*|rat\w*|snitch\w*|say anything|open (her|"
       r"his) mouth)",
       r"regler (ca|ça|son cas|ses comptes?|l'affaire) (pour de bon|une fois pour toutes|"
       r"definitivement)",
       # Retaliation promised for talking.
       r"should(a|'?ve| have) kept (your|ur|his|her|their) (mouth|trap) shut",
       r"(aurais|aurait|auriez) (du|dû) (te |la |vous )?(la )?fermer (ta|sa|votre) (gueule|yeule|"
       r"boite|trappe)",
       # An intent told as its purpose: "going over there tonight to bust his head open".
       r"\bto (break|snap|slit|crack|smash|bash|cave in|split|bust|rip|stomp|kick|punch|"
       r"open) ([\w']+ ){0,2}(neck|throat|skull|head|face|jaw|teeth|legs|knees|ribs)\b",
       r"(end|ends|ended|wind|winds) up (sorry|hurt|in the hospital|dead|in a body bag)",
       r"(know|knows|knew) (what|which) (car |truck |vehicle )?(you|u|she|he) (drive|drives)\b",
       # The victim's circle located ("knows where the complainant's sister works") and a turn
       # promised for release ("she's first when I'm out").
       r"(know|knows|knew|found out) (exactly )?where (the |his |her |my |your )?(victim|"
       r"complainant|witness|ex|sister|mother|mom|daughter|son|kids?|wife|girlfriend|family|"
       r"partner)('?s)? ?(\w+ )?(works|lives|stays|parks|goes|is staying)\b",
       r"((he|she|it|that|you|they|we)'(s|re)|is|are) (first|next) (on (my|his|the) list )?"
       r"(when|once|the day) "
       r"(i'?m|i get|i am|he'?s|he gets|he is) out",
       r"finish (what (i|he|she) started|(it|things) with (her|him|his ex|my ex|the ex|the "
       r"(woman|man|lady|guy|girl|dude|bitch|rat)|that (woman|man|lady|guy|girl|dude|bitch|"
       r"rat))\b|"
       r"(her|him|them) off)",
       r"(chez|voir|trouver|retrouver) (son |sa |mon |ma )?(ex|ancienne|ancien|victime|blonde)"
       r"[^.;!?]{0,60}\b(finir|regler|terminer|faire) (la job|le travail|ca|son cas|l'affaire|"
       r"sa job)\b",
       r"(connait|sait|knows?|found out|figured out|has|got|a trouve|a eu) (\w+ ){0,2}(la |sa |"
       r"the |her |his )?(nouvelle |new )?(adresse|address) (de |of )?(son |sa |his |her |the )?"
       r"(ex|victim\w*|plaignante|complainant|ancienne|blonde)\b",
       r"(buddy|friend|guy|someone|somebody|cousin|brother|boys) (is |are )?(watching|sitting on|"
       r"checking on|keeping an eye on|parked outside) (her|his ex'?s?|my ex'?s?|the|their) "
       r"(house|place|work|apartment|home)", r"finir ce que (j'ai|il a|on a) commence",
       # A staff member's shift or round that "won't be finished".
       r"(won'?t|will not|never) (finish|make it through|get through) (your|ur|the|this|"
       r"tonight'?s) (shift|rounds?|night|walk|tour)",
       r"(tu|vous) (la |le )?(finiras|finirez|termineras|terminerez) (pas|jamais|pu)",
       # Joual "sauter" (to jump someone) with a person named.
       r"(vont|va|vais|veulent|veut|voulaient|allaient|allons) (aller )?sauter (le|la|l'|un|une|"
       r"ton|son|sa|ce) ?(nouveau|nouvelle|gars|detenu|voisin|codetenu|agent|agente|jeune|rat|"
       r"delateur|p'tit|petit)\b",
       r"je sais (ou|où) (tu|vous) (restes?|demeures?|habites?)",
       r"(sait|savent) (ou|où) (il|elle|ils|y|a) (reste|demeure|habite|travaille)",
       r"fais (attention|gaffe) (a|à) (toi|tes|ta|ton)", r"(t'es|tu es|il est) (un homme )?mort",
       r"(vont|va|vais|veulent|veut|allaient|allait) (le |la |les |l')sauter\b",
       r"(vont|va|vais|veulent|veut|allaient|allait) (lui |y )?faire payer (?-i:[A-Z])\w+",
       r"(parl\w*|jas\w*|dit|disait|menac\w*) (de |d')(le |la |les |l')(piquer|planter|tuer|"
       r"poignarder|sauter|passer)\b",
       r"(va|vais|vont|veut|voulait|allait|allaient|irait|menace de|a menacé de|pourrait) "
       r"(le |la |les |te |vous |l')?(tuer|planter|poignarder|battre|frapper|casser)\b"
       r"(?! (ce|cet|cette|son|sa|mon|ma|le|la|l')( |-)?(test|examen|exam|quiz|devoir|travail|job|"
       r"partie|game|match|record|entrainement|workout|burger|pizza)\b)",
       # "Régler", "arranger", "passer" threaten only a person ("va passer ses sorties chez elle").
       r"(va|vais|vont|veut|voulait|allait|allaient|irait|menace de|a menacé de|pourrait) "
       r"(le |la |les |te |vous |l')(régler|regler|arranger|passer)\b",
       # "Finir la job avec son ex": a killing told as work to finish.
       r"(finir|finish|finirait|finira) (la|sa|the|his|her) (job|work|travail) (avec|sur|on|with) "
       r"(son|sa|ses|his|her|the|le|la|(?-i:[A-Z])\w+)",
       r"(connait|connais|sait|savait|knows?|knew) (\w+ ){0,2}(l'adresse|son adresse|the address|"
       r"(her|his) address)",
       r"(ont trouve|a trouve|found out|have found|has found) (\w+ ){0,1}(ou|où|where) (y|il|elle|"
       r"he|she) (reste|demeure|habite|lives|stays)",
       # A threat in the present progressive: "I'm putting him through the window at 0800".
       r"\b(i'?m|im|we'?re|he'?s|hes) (\w+ )?(putting|throwing|sending|dropping|knocking|laying) "
       r"(him|her|them|you|that \w+|the \w+|(?-i:[A-Z])\w+) (through|into|out( of)?|off|down)\b",
       r"\b(i'?m|im|we'?re) (killing|stabbing|shanking|poking|sticking|smashing|jumping|"
       r"doing|taking out|dropping) (him|her|that \w+|the \w+|(?-i:[A-Z])\w+)\b",
       r"(i'?ll|i will|we'?ll|he'?ll|gonna) be waiting (for )?(you|u|her|him)\b",
       r"(va|vas|vont) (y|en) gouter\b",
       # A staff member followed home, and what comes "next time"; a person who "won't make it
       # to the courthouse".
       r"(had|got|sent|made) (his|my|a) (\w+ )?(cousin|brother|friend|buddy|guy|guys|boys|chum) "
       r"(to )?follow (her|him|you|the (officer|nurse|guard|co)) (home|to)",
       r"next time (he|i|they|we|il|je|ils) (won'?t|wont|will not|va pas|vont pas) (just )?(watch|"
       r"look|follow|regarder|suivre)",
       r"(she|they|you|(his |her |my |son |mon )?ex|elle|ils) (won'?t|wont|will not|(ne )?va pas|"
       r"(ne )?vont pas) "
       r"(make it|se rendre|se rendront) (to|a|au) (the |la |le )?(court\w*|trial|hearing|"
       r"tribunal|"
       r"palais|audience|proces)",
       # Forced into a cell to "pay his debt": "va forcer le jeune Sinclair à rentrer dans sa
       # cellule", "gonna make the new kid come into his cell".
       r"(va|vont|veut|veulent|will|gonna|going to|wants? to|plans? to) (forcer|force|make|"
       r"obliger) (\w+ ){1,4}(a |à |to )?(rentrer|entrer|venir|aller|come|go|get) (\w+ ){0,1}"
       r"(dans|in|into) (sa|la|his|the) (cellule|cell)",
       # A gang coming for him: "les gars de son ancienne gang vont venir le chercher à soir" (not
       # "they're coming for me", a fear as often as a threat).
       r"(gars|gang|chums|membres|members) (\w+ ){0,5}(vont|viennent|va|coming|come|gonna come|"
       r"will come|going to come|are coming|is coming) (venir )?(le |la )?(chercher|pogner|"
       r"for|after) ?(him|her)?\b(?! (up|at|from|a |à |au |in )(la |the )?(porte|gate|sortie|"
       r"door|terminus|gare|bureau|station|airport|aeroport))",
       r"(va|vais|vont|veut|voulait|allait|allaient) (regler|régler) (ca|ça|ses comptes|l'affaire|"
       r"son cas) avec (?-i:[A-Z])\w+",
       r"(verra|voit|vas) pas (venir|le voir venir)", r"menaces? de mort",
       r"(a )?menac\w* (l'agent|l'agente|le personnel|l'infirmi\w+|le gardien|un agent|"
       r"une agente)",
       figurative=True),
    # triage-policy priority: threats talked about without a credible target or plan.
    # Not "threats"/"menaces": a report would list it as a plural of "threat"/"menace" above.
    concept("veiled_threat", "immediate", {SI}, "veiled threat", "menace voilée",
       # A staff member's family watched "as a favour": "knows my son plays AA hockey, has
       # friends outside who could keep an eye on him for me".
       r"(knows?|knew|sait|savait) (that |que )?(my|her|his|your|mon|ma|mes|son|sa|ses|ton|ta|"
       r"tes) (son|daughter|kids?|children|wife|husband|boy|girl|fils|fille|enfants|femme|mari)"
       r"\b[^!?]{0,200}\b(keep an eye on|watch over|look out for|garder un oeil sur|surveiller) "
       r"(him|her|them|lui|elle|eux)\b",
       r"(you'?ll|you will|u'?ll|tu vas|vous allez) (see|voir) (what happens|what'?s gonna happen|"
       r"ce qui va (t'|vous )?arriver)",
       r"(is|are|he'?s|she'?s|they'?re) (gonna|going to|about to) (learn|find out)\b(?! (to|how|"
       r"the|that|about|french|english|a|his|her))", vague_lowers=True, figurative=True),
    concept("threat_talk", "priority", {SI}, "threatening talk", "propos menaçants",
       r"better watch (himself|herself|themselves|his back|her back|their backs|out)",
       r"threat(s|ened|ening)?\b(?! to (kill|hurt|harm|hang|cut) (himself|herself|myself))"
       r"(?! (assessment|level|rating|risk assessment))(?! to (call|report|sue|complain|evict|"
       r"phone|tell))",
       r"menaces?\b(?! de se )(?! (personne|pas|plus|pu|jamais|rien)\b)",
       r"menac(ait|ant|ante|ants)\b", r"intimid\w*",
       # A score said to be unsettled: a warning, not yet a threat with a target and a time.
       r"\bthis (is not|isn'?t|ain'?t) over\b",
       r"\bc'est pas (fini|termine) entre (nous|toi et moi|vous et moi)",
       former_labels=("threats", "menaces")),
)
# fmt: on
