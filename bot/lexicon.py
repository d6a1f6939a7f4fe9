"""Concept lexicons for triage: what officers write, in English and French, and what it means.

Each concept is data: the urgency it calls for, the routes it feeds, labels for the officer's card
in both languages, and patterns (regular expressions over accent-folded text, any case).
A space in a pattern stands for any run of spaces or quote marks (" ?" for none, or a hyphen),
so ``take out`` also matches ``'take out'`` and ``cell ?phone`` matches ``cellphone``. Levels and
routes follow ../shared/triage-policy.md; the comments cite its clauses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SI, HS, CM = "security_intelligence", "health_services", "case_management"

# A target of violence or threats: a person, a staff member, or a capitalised surname.
_WHO = (
    r"(him|her|them|you|u|me|us|staff|somebody|someone|anybody|anyone|every(one|body)|his cellie"
    r"|(a|the|that|this|an?other) (guard|co|cop|screw|nurse|officer|instructor|rat|goof|guy|"
    r"new guy|teacher|inm|inmate|kid|cellie|cellmate|skinner|diner)"
    r"|(his|her|their|my|your) (?!(back|knees?|hands?|arms?|legs?|f(oo|ee)t|wrists?|ankles?|"
    r"shoulders?|neck|head|eyes?|fingers?|toes?|chances|case|record|time|day|program|own|door|"
    r"cell|tray|bunk|locker)\b)[\w']+|(?-i:[A-Z][a-z]+))\b"
)
# A person threatened by name, role or pronoun (not "his back", not "me" in "it'll kill me").
_TARGET = (
    r"(him|her|them|you|u|staff|somebody|someone|(a|the|that|this|an?other) (guard|co|cop|"
    r"screw|nurse|officer|instructor|rat|goof|guy|new guy|teacher|inm|inmate|kid|cellie|"
    r"cellmate)|(his|her|their|my|your) (cellie|cellmate|celly|bunkie|neighbou?r|ex|victim)"
    r"|(?-i:[A-Z][a-z]+))\b"
)


@dataclass(frozen=True)
class Concept:
    """One thing an officer can report, with the urgency and routes the policy gives it."""

    name: str
    level: str  # "immediate", "priority" or "routine"
    routes: frozenset[str]
    labels: tuple[str, str]  # (English, French), shown on the card before the matched phrase
    patterns: tuple[str, ...]
    community_routes: frozenset[str] | None = None  # routes when under community supervision
    casework: bool = False  # triage-policy: positive/program/work/family -> CM, routine entries
    figurative: bool = False  # a joke, drill or film about it is harmless
    past_lowers: bool = False  # over and done ("last week") -> priority, not immediate
    staff: bool = False  # information about a staff member (CD 568-2)
    screened: bool = False  # ruled out, still the route's business ("no SI" -> health services)
    excludes: tuple[str, ...] = ()  # concepts this one overrides when both are found


def _c(
    name: str, level: str, routes: set[str], en: str, fr: str, *pats: str, **kw: Any
) -> Concept:
    return Concept(name, level, frozenset(routes), (en, fr), pats, **kw)


# What comes before a threatened act: "he'll", "he's going to", "swore he would", "wants to".
_WILL = (
    r"((he|she|i|they|you|u|we|who|it|that)'(ll|d)|ill|hell|shell|will|wil|would|gonna|gunna|"
    r"finna|(is |was |are )?going to|goin to|wanna|"
    r"wants? to|plans? to|planning to|might|may|could|swore to|swears? to|promised to|"
    r"threaten(ed|ing|s)? to|about to|trying to|tried to|intends? to|ready to|'?s gonna)"
)
_HARM = (
    r"(kill|stab|shank|hurt|harm|beat|smash|jump|poke|slash|murder|punch|kick|bash|stomp|"
    r"choke|strangle|rape|shoot|blast)"
)
_HARM_TO_PERSON = (  # verbs that threaten only with a person after them ("cut him", not "cut his")
    r"(take out|deal with|do in|stick|cut|slice|break|snap|bust|hit|burn|end|finish|waste|off|"
    r"smoke|light up|mess up|fuck up|f up)"
)

# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # triage-policy immediate: a weapon or weapon-making in hands or hidden nearby.
    _c("weapon", "immediate", {SI}, "weapon", "arme",
       r"(filed|ground|sharpened|honed) (\w+ )?(down )?to a point", r"edged weapon",
       r"(?<!boxing\s)(?<!golf\s)(?<!book\s)(?<!fan\s)(?<!night\s)(?<!social\s)(?<!sports\s)"
       r"(?<!youth\s)(?<!chess\s)(club|bludgeon|cosh)\b(?! (soda|sandwich|house|med|"
       r"meeting|night))",
       r"rebar", r"(metal|steel|iron) (rod|bar|spike|pipe|stake|shard)s?\b",
       r"(tige|barre|pic|tuyau|morceau) de (metal|fer|acier)",
       r"(razor|blade|lame)s? (\w+ ){0,2}(taped|melted|tied|glued|attached|fondue?|collee?|"
       r"attachee?) (to|into|on|onto|a|dans|sur)",
       r"(metal|steel|rebar|rod|spike|glass|toothbrush|pen|plexi\w*|tige|fer|verre|brosse a dents)"
       r"[^.;!?]{0,30}\b(wrapped|taped|enveloppe\w*) (\w+ ){0,2}(in|with|de|dans) (cloth|fabric|"
       r"tissu|tape|ruban|linge)", r"sharps\b(?! (container|bin|box|disposal))",
       r"shank(s|ed)?\b", r"shiv", r"zip ?gun", r"(?<!tattoo\s)(?<!glue\s)(?<!heat\s)guns?\b",
       r"firearms?", r"pistol", r"rifle", r"handgun", r"ammo\b", r"ammunition", r"bullets?\b",
       r"weapons?\b", r"knife\b", r"knives", r"(razor )?blades?\b", r"machete",
       r"sharpen(ed|s)?\b", r"sharpening\b(?! (\w+ )?(pencils?|crayons?|skills?))",
       r"(lock in a sock|sock with a lock)", r"shards? of",
       r"armes?\b", r"couteaux?\b", r"lames?( de rasoir)?\b", r"aiguis\w*", r"poin[cç]on",
       r"pistolet", r"fusil(?! a tatouer)", r"pics? artisana\w*",
       r"pointes? (artisana\w*|maison|aiguis\w*)",
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
       r"(tournevis|ciseau a bois|scie a metaux)"),
    # triage-policy immediate: a hostage or barricade.
    _c("hostage", "immediate", {SI}, "hostage/barricade", "otage/barricade",
       r"(jam|jamm|wedg|block|barricad|brac)\w* (the |his |her )?(cell )?door (shut |closed )?"
       r"(with|using)", r"(bloqu|coinc)\w* (la|sa) porte (avec|par)",
       r"hostage", r"otages?\b", r"barricad\w*",
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
       r"(retien\w*|retenai\w*|retenu\w*|sequestr\w*) (l'|la |le |les |un |une )",
       r"refus\w* de (la|le|les) laisser (sortir|partir)", r"matelas (\w+ ){0,3}contre la porte",
       r"bloqu\w* (la|sa) porte"),
    # triage-policy immediate: violence happening, just happened or planned.
    _c("violence", "immediate", {SI}, "violence", "violence",
       r"black eye",
       r"(knuckles?|jointures) (\w+ ){0,2}(split|swollen|bloody|raw|fendues?|enflees?|"
       r"en sang)", r"(split|fat|busted|bloody) (lip|nose)", r"bloody nose",
       r"(swollen|bruised) (face|eye|jaw|cheek)",
       r"bruis\w* (on|around) (his|her) (face|neck|eyes?)",
       r"(oeil|œil) au beurre noir", r"levre (fendue|enflee)", r"nez en sang",
       r"(ecchymoses?|bleus?) (au|sur le) (visage|cou)",
       r"throw(ing|s|n)? (fists|hands|punches|blows|haymakers|elbows)", r"took a swing",
       r"(thuds|thumping|sounds? of (a )?(fight|struggle|scuffle))",
       r"(get|gets|getting|got|gonna get) (poked|stabbed|shanked|jumped|smashed|beat|beaten|"
       r"rushed|whacked|sliced|stuck|wet up|lit up|punched|hit|slapped|kicked)\b",
       r"(punch|hit|struck|strik|kick|slap|shov|push|tackl|elbow|bit|bite|bitt|grabb?|lung|"
       r"charg|rush|smack|whack|clock)\w* (\w+ )?(at |on )?(the )?(officer|guard|nurse|co|staff|"
       r"instructor|teacher|manager|unit manager|(his |her )?(cellie|cellmate|celly|bunkie)|"
       r"another (inm|inmate|guy|offender)|an? (inm|inmate|guy|offender|officer|worker))\b",
       r"(threw|throwing|thrown|tossed|toss\w*) (\w+ ){0,2}(urine|feces|piss|shit|bodily fluids?|"
       r"hot water|boiling water|coffee|a (tray|chair|cup|bottle|jug)) (at|on|in)",
       r"gass(ed|ing) (the |an? )?(officer|staff|co|guard|nurse)",
       r"raped?\b", r"sexual(ly)? assault\w*", r"agression sexuelle", r"viol(e|ee)?\b",
       r"(recu|pris|mange) (un|une) (\w+ ){0,2}(en pleine face|dans la face|au visage)",
       r"(lance|lancer|lancé) (de l'|du |des )?(urine|excrements|eau bouillante|cafe)",
       r"fight(s|ing)?\b(?! (his|the|a) (case|charges?|appeal|transfer|conviction))", r"fought",
       r"brawl", r"punch(ed|es|ing)?\b(?! (the |a |his )?(wall|door|bag|heavy bag|clock))",
       r"assault(ed|ing|s)?\b",
       r"(?<!panic\s)(?<!heart\s)(?<!asthma\s)(?<!anxiety\s)(?<!allergy\s)attack",
       r"stab(bed|bing|s)?\b", r"beat(ing|en)?( him| her)? up", r"beating", r"beaten",
       r"jumped (him|her|by|on)", r"kick(ed|ing) " + _WHO, r"chok(ed|ing) " + _WHO, r"strangl",
       r"head ?butt", r"(spat|spit(ting)?) (on|at|in)", r"swung at", r"threw (a punch|punches)",
       r"hit(ting)? (another|an? (inm|inmate|guy|officer|staff|co)|the (?!(heavy|bag|wall|door|"
       r"gym|weights|books|showers?|road|ball|button|deck|floor|lights?|jackpot|target|mark|"
       r"sack|table|phones?|canteen|yard|medical|alarm|panic|brakes|winning|streets?|"
       r"hay|bottle|pipe|gas)\b)\w+|" + _WHO + ")",
       r"grabbed (the |a |an )?(nurse|officer|staff|co|guard|instructor|teacher|her|him)",
       r"head ?lock", r"choke ?hold", r"sleeper hold", r"(cle|clef) de (bras|cou)",
       r"(pinned|held|holding) (\w+ ){0,2}(down )?(on|to|against) (the )?(floor|ground|wall|bed|"
       r"bunk|sol|plancher|mur)", r"(hand|hands|main|mains) (over|sur) (his|her|sa) (mouth|face|"
       r"bouche)", r"kneel\w* on (his|her) (back|neck|chest|head)",
       r"scrap(s|ping)?\b(?! (metal|paper|wood|pile|book\w*|of|yard))",
       r"getting (stabbed|shanked|jumped|poked|beat|smashed|rushed|done)",
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
       r"bagarre\w*", r"bataill\w*", r"se (battent|battaient|batt\w+)", r"battu",
       r"frapp(e|é|er|ait|ent)\b(?! (\w+ )?(le|la|sur le|sur la|dans le|dans la) (mur|porte|table|"
       r"vitre|sac|ballon|balle|punching))",
       r"coups? de (poing|pied)", r"voies? de fait", r"agress(e|é|ion|er|ait)\w*",
       r"poignard\w*", r"attaqu\w*", r"etrangl\w*", r"sauté dessus", r"tabass\w*",
       r"(l'a|l'ont|a ete|s'est fait|se faire|vont le|va le|veut le) plante\b",
       r"se faire planter", r"crach\w* (sur|au visage)",
       figurative=True, past_lowers=True, excludes=("injury",)),
    # triage-policy immediate: a credible threat to harm or kill someone.
    _c("threat", "immediate", {SI}, "threat", "menace",
       r"(pay|payer|paye|paie|remettre) (\w+ ){0,5}(or else|sinon)\b",
       _WILL + r" (\w+ ){0,2}(break|snap|slit|cut|crack|smash|bash|cave in|split|bust|rip|stomp|"
       r"kick|punch) (\w+ ){0,2}(neck|throat|skull|head|face|jaw|teeth|legs?|arms?|knees?|ribs?)",
       r"(know|knows|knew|found out|find out) (\w+ ){0,2}(where|what car|which car|what vehicle|"
       r"what time|when) (you|u|i|my|your|she|he|his|her) (\w+ ){0,2}(live|lives|park|parks|"
       r"drive|drives|work|works|leave|leaves|stay|stays|get off|gets off|finish|finishes)",
       r"settle (things|the score|scores|up|it|his business) with", r"get (back at|even with)",
       r"(pay|paying) (him|her|them) back", r"revenge", r"se venger", r"vengeance",
       r"(trancher|couper|casser) (la gorge|le cou|la gueule|les jambes|les bras|la face)",
       r"(sait|sais|savent|connait|connaissent) (\w+ ){0,3}(quel char|quelle auto|"
       r"quelle voiture|(ou|où) (je|tu|elle|il|ma|ta) (\w+ )?(reste|demeure|habite|travaille|"
       r"stationne)|a quelle heure (je|tu|elle) (pars|finis|sors|part|finit))",
       r"regler (ses|son|leur) comptes? avec",
       r"i know where (you|u) (live|stay|park)", r"knows? where (he|she|they|you) (lives?|stays?)",
       r"watch (your|ur) ?(self|back)", r"better watch", r"(you'?re|ur|you are) dead",
       r"(i'?ll|i will|gonna|going to) (find|get) (you|u)\b", r"won'?t see it coming",
       _WILL + r" (\w+ ){0,2}" + _HARM + r" (\w+ ){0,2}" + _WHO,
       _WILL + r" (\w+ ){0,2}" + _HARM_TO_PERSON + " " + _TARGET,
       r"(kill|murder|stab|shank|poke|slash|strangle)s? " + _TARGET,
       r"make (\w+ ){0,2}(her|him|them|you|u) pay", r"(you'?re|ur|you are) (next|finished)\b",
       r"find out where (you|u|he|she|they) (live|lives|stay|stays|park|parks)",
       r"(going|gonna) (to )?find (you|u|him|her)\b",
       r"put (\w+ ){0,3}in (the|a) (hospital|ground|body bag|wheelchair)",
       r"(next|first) (guard|co|officer|screw|one|guy|person|staff)( who| that)? (\w+ ){0,8}"
       r"(hospital|body bag|dead|gets it)", r"smash (\w+ ){0,2}(face|head|teeth) in",
       r"(vais|va|vas|allons|vont|veux|veut|voulait) (te|le|la|vous|les) (retrouver|pogner|"
       r"faire la peau|crever|descendre|arranger le portrait)",
       r"casser la (gueule|yeule|face)", r"faire la peau", r"(va|vas|allez) (me|nous) le payer",
       r"gets? it (tomorrow|tonight|today|at|after|in the|on|if)",
       r"(if|unless) (he|you|u) (doesn'?t|don'?t|does not|do not|can'?t) pay",
       r"threaten(ed|ing|s)? (the |a |an )?(staff|officer|co|guard|nurse|instructor|" + _WHO + ")",
       r"death threats?", r"hit list",
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
       r"(is|'s|he'?s|you'?re|ur|youre) (a )?dead man",
       r"regler (son|ses|leur) (compte|cas) (a|au|avec)",
       r"(aller|va) (lui )?regler son (compte|cas)",
       r"(won'?t|will not|isn'?t gonna|not gonna|ain'?t gonna|never) (\w+ ){0,1}(walk out|"
       r"make it (out|home|back)|(come|get|make it) out alive|leave (here )?alive|see (tomorrow|"
       r"the morning))\b", r"(sortira|ressortira|sortiras) (pas|jamais) (\w+ ){0,2}(vivant|"
       r"d'ici|de la)", r"with (you|u|him|her|them) (still )?in(side)? (it|there)",
       r"open (you|u|him|her|them|\w+) up\b", r"(you'?ll|he'?ll|she'?ll|gonna|will) regret",
       r"je sais (ou|où) (tu|vous) (restes?|demeures?|habites?)",
       r"(sait|savent) (ou|où) (il|elle|ils) (reste|demeure|habite)",
       r"fais (attention|gaffe) (a|à) (toi|tes|ta|ton)", r"(t'es|tu es|il est) (un homme )?mort",
       r"(va|vais|vont|veut|voulait|menace de|a menacé de|pourrait) (le |la |les |te |vous |l')?"
       r"(tuer|planter|poignarder|battre|frapper|casser|régler|arranger|passer)\b",
       r"(verra|voit|vas) pas (venir|le voir venir)", r"menaces? de mort",
       r"(a )?menac\w* (l'agent|l'agente|le personnel|l'infirmi\w+|le gardien|un agent|"
       r"une agente)",
       figurative=True),
    # triage-policy priority: threats talked about without a credible target or plan.
    _c("threat_talk", "priority", {SI}, "threats", "menaces",
       r"threat(s|ened|ening)?\b(?! to (kill|hurt|harm|hang|cut) (himself|herself|myself))",
       r"menaces?\b(?! de se )(?! (personne|pas|plus|pu|jamais|rien)\b)",
       r"menac(ait|ant|ante|ants)\b", r"intimid\w*"),
    # triage-policy immediate (CD 843): self-harm, an act or evidence of one.
    _c("self_harm", "immediate", {HS}, "self-harm", "automutilation",
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
       r"marques? (\w+ ){0,3}(au|autour (du|de son|de sa)|sur (le|son)) cou", r"jusqu'au sang",
       r"se (gratt|taillad|scarifi)\w* (\w+ ){0,4}avec",
       r"marks? (\w+ ){0,4}(around|on|across) (his|her) "
       r"(neck|throat)",
       r"self[- ]?harm\w*", r"self[- ]?injur\w*",
       r"cut(ting|s)? (himself|herself|(up |on )?(his|her) (arms?|forearms?|wrists?|legs?))",
       r"slash(ed|ing)? (his|her|himself|herself)",
       r"(slit|slic|slash|open)\w* (open )?(his|her|my) (own )?(wrists?|veins?|throat|forearms?)",
       r"(hurt|harm|hurting|harming) (himself|herself|myself)", r"bang(ing|ed|s)? (his|her) head",
       r"head ?bang\w*", r"burn(ed|ing|t)? (himself|herself)",
       r"swallow(ed|ing)? (a |the |some )?(razor|batter(y|ies)|glass|screws?|metal|pen)",
       r"ligatures?", r"noose",
       r"(sheet|cord|string|shoelace|lace|rope|strip|belt|towel|cable|wire|shirt|bootlace|sock)s? "
       r"(\w+ ){0,2}(around|round|to) (his|her|the) (neck|throat|vent|bars?|bed ?frame|window)",
       r"marks (around|on) (his|her) neck",
       r"(cuts|lacerations|slashes|gashes|scratches|wounds) (\w+ ){0,3}(on|up|along|across|to|"
       r"down|over) (\w+ ){0,2}(arms?|forearms?|wrists?|legs?|thighs?|stomach)",
       r"(carv|gouge|dig|digg)\w* (at |into )?(his|her) (own )?(wrists?|arms?|"
       r"forearms?|skin|legs?|thighs?)",
       r"scratch\w* (at |into )(his|her) (own )?(wrists?|arms?|forearms?|skin|legs?|thighs?) "
       r"(\w+ ){0,3}(with|until|till|open|raw|bleed\w*)",
       r"(slam|smash|bash|bang|hit|knock|beat|pound)\w* (his|her) (own )?head (off|on|against|"
       r"into)", r"burn(ed|ing|t|s)? (his|her) (own )?(arms?|forearms?|hands?|skin|legs?|wrists?)"
       r"(?! (on|at|with|in) (the |a )?(grill|stove|oven|pan|pot|kettle|iron|fryer|dishwasher|"
       r"steam|kitchen|cooking))",
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
       r"(poignets?|bras|avant-bras) (\w+ ){0,3}(couverts?|pleins?) de (coupures|sang|entailles)",
       r"avale\w* (\w+ ){0,3}(piles|lames?|vis|clous|verre|batteries)",
       r"found (him|her) with a (sheet|ligature|cord|rope)", r"cut (him|her) down",
       r"(l'|le |la )(avons |a |ont |avaient )?decroch\w*",
       r"s'?automutil\w*", r"automutilation", r"se (coupe|coupait|couper|mutile|brule|brûle)\w*",
       r"(se|s') ?(frapp|tap|cogn|bang|pet)\w* la tete",
       r"coupures? (aux|sur les|sur) (bras|poignets)",
       r"drap (autour|attache|noue)", screened=True, excludes=("weapon",)),
    # triage-policy immediate (CD 843): suicide, a plan, a stated or hedged intent, a goodbye.
    _c("suicide", "immediate", {HS}, "suicide risk", "risque suicidaire",
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
       r"(note|letter)s? [^.;!?]{0,60}\b(goodbye|good-bye|farewell)",
       r"(goodbye|good-bye|farewell) (\w+ ){0,3}(note|letter)",
       r"(derniere fois|dernier soir) (que )?(je|tu|vous|on) (le|me|te|nous)? ?(vois|voit|verra|"
       r"verras|vas voir|voyez)", r"sauter (de|du|en bas de|par-dessus) (l'etage|la rangee|"
       r"la rampe|haut|pont|toit|la passerelle)",
       r"s'il (lui )?arrive quelque chose", r"(se|me) (pendre|tuer|suicider)",
       r"suicid\w*", r"(?-i:SI)\b", r"(kill|off|top|waste) (himself|herself|myself)",
       r"end it\b(?! with)", r"end (everything|it all)",
       r"(nobody|no one|no-one|noone) (would|will|'d|'ll|is going to|gonna) (\w+ )?(miss|care|"
       r"notice)", r"better off (without (him|her|me)|dead)", r"rather be dead",
       r"wish(es|ed)? (he|i|she) (was|were) dead",
       r"no (reason|point|purpose) (to|in|for) (live|living|life|keep(ing)? going|go(ing)? on|"
       r"be(ing)? here|wak\w+ up|carry(ing)? on|stick(ing)? around)",
       r"nothing (left )?to live for", r"can'?t (go on|keep going|do this anymore|take (it|this) "
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
       r"won'?t need (them|it|those|these|his \w+)", r"where he'?s going",
       r"(tear|tore|torn|ripp?(ed|ing)?)( up)? (his |the )?(bed)?sheets? (into|in) "
       r"(strips|pieces)",
       r"bottle of pills", r"(pills|meds|tablets) (are )?(ready|lined up|counted out)",
       r"(it'?s|it is|it will be) (all )?over soon",
       r"sa(id|ying|ys) (his )?goodbyes?", r"dit adieu",
       r"last time (you'?ll|you will) see (me|him)",
       r"(se|me|te) (tuer|suicider|pendre|foutre en l'air)",
       r"sauter la (cervelle|caboche|tete)",
       r"(take|swallow|down|prendre|avaler) (all|every one of|the rest of|toutes?|tous) (of )?"
       r"(my|his|her|mes|ses) (pills|meds|medications?|pilules|medicaments|comprimes)",
       r"see if (anyone|anybody|someone) (even )?(cares|notices)",
       r"blow (his|her|my) (brains|head) (out|off)",
       r"eat a bullet", r"(se|me) tirer une balle", r"shoot (himself|herself|myself)",
       r"(found|trouve|trouvee) (\w+ ){0,3}(hanging|pendue?)\b(?! (out|around))", r"en finir",
       r"veut mourir",
       r"idees? (noires|suicidaires)", r"lettre d'adieu",
       r"(sera|serai|va etre) (pu|plus|pus) (la|ici)", r"veut (pu|plus) (vivre|etre la)",
       r"faire une (connerie|niaiserie|betise)", r"dechir\w* (son|ses|le|les) draps?",
       r"drap en lanieres", screened=True),
    # triage-policy: an overdose of his own saved medication is health services only.
    _c("own_overdose", "immediate", {HS}, "overdose of own medication",
       "surdose de ses médicaments",
       r"(took|swallowed|taken|downed|ingested|popped) ([1-9]\d+|all|every one|a (handful|bunch|"
       r"fistful|bottle|whole bottle)) (of )?(his|her) (own )?[\w-]+",
       r"(pris|avale) ([1-9]\d+|toutes?|une poignee|un paquet|une bouteille) (de )?(ses|"
       r"sa) [\w-]+",
       r"(sav|stockpil|hoard|cheek|stash|collect|accumulat)\w* (up )?(all )?(his|her) (own )?"
       r"(pills|meds|medications?|tablets)",
       r"swallowed (them all|all (his|her) (pills|meds))",
       r"(took|swallowed|downed|taken) (\w+ ){0,2}(his|her) (whole|entire) (bottle|supply|stash|"
       r"blister pack|pack)",
       r"(took|swallowed|downed|taken) (all|every one|the whole|a (handful|bunch|fistful|bottle))"
       r" (of )?(his|her) (own )?(pills|meds|medications?|tablets)",
       r"(avale|pris) (toutes )?ses (pilules|medicaments|comprimes) (d'un coup|en meme temps)",
       r"(avale|pris) toutes ses (pilules|medicaments|comprimes)",
       r"(accumul|ramass|cach|gard)\w* (toutes )?ses (pilules|medicaments|comprimes)",
       excludes=("overdose", "alcohol", "search", "drugs", "medication_refusal", "contraband")),
    # triage-policy: an overdose adds SI when illicit drugs are involved or suspected.
    _c("overdose", "immediate", {HS, SI}, "overdose", "surdose",
       r"overdos\w*", r"(?-i:OD)('?d|'?ing|ed)?\b", r"narcan", r"naloxone", r"surdose",
       r"swallow(ed|ing)? (it|something|an? (package|balloon|bag|bindle)|the (package|balloon))",
       r"avale\w* (quelque chose|de quoi|un (sachet|ballon|paquet|colis))", past_lowers=True),
    # triage-policy immediate: a medical emergency.
    _c("medical", "immediate", {HS}, "medical emergency", "urgence médicale",
       r"foam\w* (at|from) the mouth", r"twitching", r"(ecume|bave) (a|à) la bouche",
       r"trembl\w* (de tout son corps|au sol|par terre|sans arret)", r"convuls\w*",
       r"(blood )?sugar (is |has )?(crash\w*|dropp\w*|very low|really low|through the roof)",
       r"hypoglyc\w*", r"diabetic (emergency|shock|low)", r"incoherent",
       r"lips (are |were |turning |turned |going )?(blue|purple|grey|gray|mauves?|bleues?)",
       r"levres (\w+ )?(bleues|mauves|grises)", r"(asthma|allergy) attack",
       r"(can'?t|cannot|unable to) (move|feel) (his|her) (legs|arms|body|face)",
       r"(head injury|hit his head and)", r"(crise d'asthme|hypoglycemie)",
       r"seiz(ure|ing)", r"convuls\w*", r"unresponsive", r"not responsive", r"not breathing",
       r"can'?t breath\w*", r"(trouble|difficulty|struggling) breathing", r"chest pains?",
       r"(holding|clutching) (his |her )?chest", r"lips (are |were )?blue", r"turn(ing|ed) blue",
       r"(grey|gray) (colou?r|skin)", r"collapsed", r"passed out", r"fainted",
       r"code blue", r"ambulance", r"(no|without|sans|pas de) (vital signs|pulse|"
       r"signes vitaux|pouls)", r"cold to the touch", r"found dead", r"(trouve|retrouve) mort",
       r"deceased", r"decede", r"rigor", r"(can'?t|cannot|couldn'?t|unable to) (wake|rouse) "
       r"(him|her)", r"(impossible de|arrive pas a) (le|la) reveiller", r"slumped",
       r"heart attack", r"stroke\b",
       r"anaphyla\w*", r"allergic reaction", r"bleeding (heavily|badly|a lot|out|profusely)",
       r"not respond\w*(?! to (his|her|my|our|the) (calls?|texts?|messages?|emails?|letters?|"
       r"phone|door|treatment))", r"(isn'?t|wasn'?t|not|no longer) (moving|breathing|conscious)",
       r"(barely|shallow|laboured|labored|ragged|agonal) breath\w*",
       r"breathing (is |was )?(shallow|laboured|labored|ragged|irregular)",
       r"(having|had|took) a fit\b", r"shaking all over", r"jerking",
       r"(struggling|trouble|difficulty|hard time|problems?) (to )?breath\w*",
       r"throat (is )?(swelling|closing)", r"(face|lips|tongue) (is |are )?swell\w*",
       r"(arm|face|side) (is |went )?numb", r"(down|on the (floor|ground)) and not (moving|"
       r"getting up|responding)", r"(went|turned|going) (grey|gray|pale|white)",
       r"inconscient\w*", r"(ne )?(repond|reagit) (pas|plus) (a son nom|aux stimuli|a la voix|"
       r"quand on)", r"(ne )?reagit (pas|plus)\b",
       r"respire (pas|plus|pu|mal|a peine|difficilement)",
       r"(?-i:CPR|RCR|AED|DEA)\b", r"chest compressions", r"massage cardiaque", r"defibrillat\w*",
       r"(difficulte|misere|mal|peine) a respirer", r"(pu|plus|pas) capable de respirer",
       r"(bleue?|blue|mauve) (autour de la|around (the|his|her)) (bouche|mouth|lips|levres)",
       r"(pompe|inhaler|puffer) (\w+ ){0,2}(marche pas|not working|doesn'?t work|isn'?t working)",
       r"douleurs? (a la poitrine|thoraciques?)", r"convulsions?", r"gorge (qui )?enfle",
       r"crise (d'epilepsie|cardiaque)", r"perdu connaissance", r"s'est effondre",
       r"levres bleues", r"saigne (beaucoup|abondamment)", past_lowers=True),
    # triage-policy immediate: escape or breach with specifics.
    _c("escape", "immediate", {SI}, "escape/breach", "évasion/brèche",
       r"escalad\w* (la |le )?(cloture|mur)",
       r"(bars|window|grate|grill|fence) ([\w-]+ ){0,5}(cut|sawed|sawn|bent|pried|loosened)\b",
       r"(tried|trying|attempt\w*|tries) to (run|flee|bolt|escape|take off|get away|break away)",
       r"ran (off |away )?from (the )?(officers?|escort|staff|van|hospital)",
       r"(tente|tenté|essay\w*) de (s'enfuir|fuir|se sauver|s'evader|partir en courant)",
       r"barreaux ([\w'-]+ ){0,8}(scies|coupes|tordus|desserres)", r"s'est (enfui|sauve|evade)",
       r"(escape|evasion) (attempt|plan|in progress|tonight|en cours)", r"tentative d'evasion",
       r"(fence|cloture) (\w+ ){0,2}(cut|coupee|breached)",
       r"(cut|snipped|broken|coupe\w*|brise\w*) (\w+ ){0,2}(zip[- ]?ties|ties|links|mesh|"
       r"tie-?wraps|attaches)", r"(hole|trou|tunnel) (\w+ ){0,3}(under|in|through|sous|dans) "
       r"(the |la |le )?(\w+ )?(fence|cloture|wall|mur)", r"(dug|dig\w*|creus\w*) (\w+ ){0,3}"
       r"(under|sous) (the |la )?(fence|cloture|wall|mur)",
       r"cut (the |a |in the )?(\w+ )?(fence|wire|perimeter|mesh)", r"(a pair of )?cutters",
       r"slip\w* (out of )?(his|the|her|a) (cuffs?|handcuffs?|restraints?|shackles?)",
       r"(ran|run|running|bolted|bolts|took off) (for|towards?|to) (the )?(stairs|stairwell|exit|"
       r"doors?|fence|gate|parking|woods|elevator)", r"a pris la fuite",
       r"count (\w+ ){0,3}(is |was )(off|short|wrong|out)\b",
       r"manque (un|une|deux|\d+) (detenue?s?|gars|inmates?)",
       r"(un|deux|\d+) (detenus?|gars) (manque|manquent|manquant)",
       r"compte (pas bon|errone|ne balance pas)",
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
       r"mesur\w* (le|la) (mur|cloture)", r"(absent|introuvable|disparu) (au|du|lors du) "
       r"(denombrement|compte)", r"(scie|sci)\w* (les )?barreaux",
       past_lowers=True),
    # triage-policy priority: escape talk without specifics.
    _c("escape_talk", "priority", {SI}, "escape talk", "propos d'évasion",
       r"(questions?|asking|asked|curious) (\w+ ){0,5}(perimeter|patrol|camera|fence|tower|"
       r"shift change|blind spots?)",
       r"questions? (\w+ ){0,5}(patrouille|perimetre|cameras|cloture|changement de quart)",
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
       r"(talk\w*|parl\w*|jas\w*) (\w+ ){0,4}(about|of|de) (running|bolting|"
       r"taking off|escaping|se sauver|s'evader|sacrer le camp|crisser le camp)",
       r"passer par-dessus (le mur|la cloture)"),
    # triage-policy immediate: fire setting.
    _c("fire", "immediate", {SI}, "fire", "feu",
       r"(set|sets|setting|lit|lighting|light) (a |his |her |the )?(\w+ ){0,2}(on )?fire",
       r"on fire", r"fire (in|on) (the |his |her |a )?(cell|range|unit|tier)",
       r"(cell|mattress|garbage|range) fire", r"arson",
       r"smoke (on|in|coming|from|filling|pouring)", r"burning (his|a|the) (mattress|sheets?|"
       r"paper|cell|clothes)", r"(mis|met|mettre|mettait) le feu",
       r"(?<!couvre-)(?<!couvre\s)feu (dans|au|a|sur)\b",
       r"incendi\w*", r"fumee (sur|dans|qui|partout)", r"torch(ed|es|ing)\b",
       r"(lit|lighting|light|ignit\w*) (up )?(his|her|the|a) (mattress|sheets?|bedding|cell|"
       r"garbage|paper|clothes)", r"(thick|heavy|black) smoke",
       r"allum\w* (son|sa|le|la|ses|les|un|une) (matelas|draps?|linge|cellule|papier|vetements|"
       r"poubelle|feu)", r"boucane", r"en flammes", figurative=True, past_lowers=True),
    # triage-policy immediate: flooding a range as part of a disturbance.
    _c("flood", "immediate", {SI}, "flooding", "inondation",
       r"flood(ing|ed|s)? (the |his |their )?(cells?|range|tier|landing|unit)",
       r"water (pouring|everywhere)", r"(water|eau) (\w+ ){0,3}(running|pouring|flowing|coule|"
       r"sort) (\w+ ){0,4}(range|tier|corridor|rangee|under the door|sous la porte)",
       r"inond\w*", r"plugg(ed|ing) (his |their |the )?toilets?",
       past_lowers=True),
    # triage-policy immediate: a riot or group refusal building up.
    _c("disturbance", "immediate", {SI}, "disturbance", "désordre",
       r"rowdy", r"(banging|throwing|tossing) (\w+ ){0,2}(trays|chairs|tables|furniture|stuff)",
       r"(getting|is getting|are getting) (loud|rowdy|wild|out of hand|heated)",
       r"refus\w* to (return|hand back|give back|hand in) (their|the) (trays|food slot)",
       r"(block|hold)(ing)? (the|their) (food )?(slot|hatch|trap|hatches)",
       r"s'enerve", r"lancent des (plateaux|chaises|objets)", r"(ca|la rangee) (brasse|chauffe)",
       r"refus\w* de (remettre|rendre) (leurs|les) plateaux", r"(work|hunger) strike",
       r"riot\w*", r"(group|mass) (refusal|disturbance|sit-?in)",
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
       r"refus\w* de quitter la cour", figurative=True, past_lowers=True),
    # triage-policy immediate: a drone drop under way.
    _c("drone_drop", "immediate", {SI}, "drone drop under way", "largage par drone en cours",
       r"drones?[^.;!?]{0,60}\b(right now|now|currently|presently|at this moment|presentement|"
       r"en ce moment|actuellement|en cours|just dropped|vient de (tomber|larguer)|"
       r"dropping|as we speak|at the moment|still (up|there|overhead|hovering))\b",
       r"drones? (is |are )?(\w+ )?(hovering|circling|buzzing|overhead|dropping)",
       past_lowers=True),
    # triage-policy immediate: a staff member compromised right now.
    _c("staff_danger", "immediate", {SI}, "staff member at risk", "membre du personnel en danger",
       r"not answering (the |his |her |on )?(radio|calls)", r"officer down",
       r"(staff|officer|instructor|nurse|teacher) (\w+ ){0,3}(missing|unaccounted|trapped)",
       r"(ne )?repond pas (a la|au) radio", r"agente? (\w+ ){0,2}(au sol|en danger|disparue?)",
       r"(hasn'?t|has not|not|isn'?t|didn'?t|won'?t|no longer|stopped) (been )?(answer|respond)"
       r"\w* (to )?(the |his |her |on (the )?|my )?(radio|pages?)",
       r"(door|room|servery|kitchen|office|shop) (is |was )?locked from (the )?inside",
       r"no (answer|response|reply) (on|from|over) (the |his |her )?radio",
       r"(pas de|aucune) reponse (a|sur|de) (la|sa) radio"),
    # triage-policy immediate (community): a victim contacted against conditions.
    _c("victim_contact", "immediate", {SI}, "victim contact", "contact avec la victime",
       r"(parked|waiting|hanging around|showed up|shows up|driving by|drove by|was|were|"
       r"seen|spotted|"
       r"lurking) (\w+ ){0,3}"
       r"(outside|at|by|near|in front of) (her|his ex'?s?|the victim'?s?) (house|home|place|work|"
       r"apartment|door|school)", r"stationne devant chez (elle|la victime)",
       r"(rode|tourne|traine) autour de chez (elle|la victime|son ex)",
       r"no ?contact (condition|order)", r"victim (on|in) (his|the) file",
       r"(contact\w*|called|texted|messag\w*|went to|was at|at) (\w+ ){0,3}victim",
       r"victim\w* (\w+ ){0,3}(says|said|reports?|reported) (that )?(he|the client|the offender|"
       r"(?-i:[A-Z])\w+) (\w+ ){0,3}(contacted|called|texted|messaged|showed up|came|"
       r"was (at|outside))",
       r"condition de non-?communication", r"(contact\w*|appel\w*) (avec )?la victime",
       r"interdit de contact", r"interdiction de contact",
       r"(texte|appele|contacte|vu|visite|ecrit a|rendu chez) (\w+ ){0,2}(la |sa )?victime",
       community_routes=frozenset()),
    # A search goes on record for the SIO, even when it finds nothing (triage-policy: negation).
    _c("search", "routine", {SI}, "search", "fouille",
       r"search(ed|es|ing)?\b", r"fouill\w*", r"pat[- ]?down", r"frisk\w*", r"shakedown",
       r"strip search", r"dog team", r"chien detecteur", r"search\w*", r"ion ?scan",
       r"(room|cell|locker|bag|property|body|area|perimeter|fence|security) (check|inspection|"
       r"sweep)", r"(tool|tools|outils?) (count|compte|decompte)",
       r"(compte|decompte) des outils", r"compte des outils",
       r"(?-i:UA)\b", r"urinalysis",
       r"(urine|drug) (test|screen)", r"test d'urine", r"depistage"),
    # triage-policy priority: contraband rumour or find.
    _c("contraband", "priority", {SI}, "contraband", "contrebande",
       r"(fishing line|fish line|string|rope) (\w+ ){0,3}(fence|wall)", r"drop site",
       r"fil de peche", r"site de largage", r"keister\w*", r"boof\w*", r"hoop(ed|ing)\b",
       r"body[- ]?pack\w*", r"(body )?cavity",
       r"contraband", r"contrebande", r"cell ?phones?", r"cellular", r"smart ?phones?",
       r"cellulaires?", r"(un|des|du) cell\b", r"sim cards?", r"cartes? sim",
       r"(phone )?chargers?\b",
       r"(sonnerie|ringing|ringtone|phone ring\w*) (\w+ ){0,4}(dans sa|in his|"
       r"from his|from the) (cellule|cell)", r"chargeurs?\b",
       r"(there'?s|there is|a|his) phone (on|in|hidden|stashed|going around)\b",
       r"(hidden|stashed) phone", r"tobacco", r"tabac", r"cig(arette)?s\b", r"smokes\b",
       r"lighters?\b", r"briquets?\b", r"tattoo (gun|machine)", r"(fusil|machine) a tatouer",
       r"packages?\b", r"colis",
       r"stash\w*",
       r"bindles?", r"balloons?\b", r"(brought|bring|bringing|smuggl\w*|sneak\w*) (\w+ ){0,3}in\b",
       r"coming in (with|on|through|at|during) (the |next |his |her )?([\w']+ ){0,2}"
       r"(visits?|mail|vr|pfv|drop)", r"fai\w* entrer", r"rentrer (de la|du|des) \w+",
       r"bundles?\b", r"(wrapped|taped|bound) (\w+ ){0,3}(in|with) (\w+ )?tape",
       r"(looks|looked|looking) like a drop", r"drop (zone|spot|package)",
       r"(prohibited|unauthori[sz]ed|illicit|banned) (items?|property|objects?|articles?)",
       r"(found|trouve\w*) (\w+ ){0,3}(bag|baggie|sac|sachet|bunch|handful|poignee) (of |"
       r"de )?(pills|"
       r"pilules|comprimes|tablets)",
       r"paquets?\b", r"ruban (noir|adhesif|electrique|gris|a conduit)",
       r"(objets?|articles?) (interdits?|prohibes?|non autorises?)"),
    _c("brew", "priority", {SI}, "brew", "alcool artisanal",
       r"(?<!trouble\s)(?<!something\s)brew(s|ing)?\b", r"hooch", r"home ?brew", r"moonshine",
       r"pruno", r"yeast", r"levure", r"brassin", r"bagosse", r"broue",
       r"alcool (artisanal|maison|frelate)",
       r"smell(ed|s|ing)? (of |like )?(fruit|yeast|ferment\w*)",
       r"odeur de (fruits?|fermentation|levure)"),
    _c("drugs", "priority", {SI}, "drugs", "drogue",
       r"snort\w*", r"sniff\w*", r"(white|brown) powder", r"poudre (blanche|brune)",
       r"shoot(ing)? up", r"(needle|syringe|rig)s?\b(?! (exchange|disposal))",
       r"seringues?", r"s'injecte\w*",
       r"(tested|came back|test(ed)?|was|is|ua|urine) (\w+ )?positive (for|on)",
       r"(resultat|test) positif", r"positif (a|au|pour) (la |le |l')?\w+",
       r"meth(?!adone)\w*", r"pupil\w* (\w+ ){0,2}(pinned|dilated|pinpoint|huge)",
       r"pupilles (\w+ ){0,2}(dilatees|contractees|en tete d'epingle)",
       r"(digital|electronic) scale",
       r"balance (electronique|digitale)", r"burnt foil", r"papier (d'aluminium|alu) brule",
       r"nodd?(ed|ing)? off", r"baggies? (of )?(pills|powder|weed|white|brown)",
       r"(thinks|suspects|believes|pense|croit) (\w+ ){0,2}(is |'s |est )?(selling|"
       r"dealing|vend)\b",
       r"coming and going", r"va-et-vient", r"amphet\w*",
       r"drugs?\b(?! (program|programme|counsel\w*|strategy|free))", r"drogues?\b",
       r"narcotics?", r"stupefiants?", r"weed\b", r"marijuana", r"cannabis", r"meth\b",
       r"crystal\b", r"cocaine", r"coke\b", r"crack\b", r"heroine?", r"fent(anyl)?\b",
       r"opioids?", r"opiace\w*", r"suboxone", r"\bsubs\b", r"bupe", r"strips\b", r"dope\b",
       r"diesel", r"pills? (being )?(sold|passed|traded|selling|passing|trading)",
       r"(selling|passing|trading|diverting|cheeking) (his |her )?(pills|meds)",
       r"(positive|pos|dirty) (ua|urinalysis|urine|drug test)",
       r"soaked (paper|letter|card|page)s?", r"chemical smell", r"odeur chimique",
       r"papiers? imbibes?", r"(seemed|looked|appeared|was|is|getting|got) high\b", r"stoned",
       r"pupils (pinned|dilated)", r"pinned pupils",
       r"took (a few |some |a couple )?pills", r"using again", r"relaps\w*", r"rechute",
       r"consomm\w* (de la drogue|des drogues)", r"intoxiqu\w*",
       r"(showing|showed|show|shows|came|coming|turned|turns) up (\w+ )?high\b",
       r"high (on|as a kite)", r"pinpoint pupils", r"(gele|stone) (ben |bien )?(dur|raide)",
       r"(bandes?|films?) de suboxone", r"(du|le|de) pot\b",
       r"(smell\w*|sent\w*|odeur) (\w+ ){0,3}"
       r"(weed|pot|cannabis|marijuana|skunk)", r"trafi(c|qu)\w*", r"traffick\w*", r"dealer\w*",
       r"dealing",
       r"(ua|urinalysis|urine|test d'urine|depistage) (\w+ ){0,3}(positi(ve|f)|pos|dirty)",
       r"pipes? (a|à|for|de) (crack|meth|crystal)", r"crack pipe"),
    _c("alcohol", "priority", {SI}, "alcohol", "alcool",
       r"(fail\w*|blew|blow|positive) (\w+ ){0,2}(breathalyz\w*|breathalys\w*|breath test|"
       r"alcohol test)", r"(echoue|positif|souffle) (\w+ ){0,2}(l'|a l')?(alcootest|ivressometre)",
       r"smell(ing|ed|s)? (of|like) (booze|alcohol|liquor|beer)",
       r"(drinking|drunk|intoxicated|impaired|hungover|boozing)\b"
       r"(?! (coffee|tea|water|juice|pop|milk))", r"(back|started) (on the bottle|drinking)",
       r"boire\b", r"\bboit\b(?! (de l'eau|du cafe|du the|du jus|du lait|de la liqueur))",
       r"en boisson", r"ivre\b", r"saoul", r"soul\b",
       r"sent l'alcool", r"odeur d'alcool", r"slurr\w*", community_routes=frozenset()),
    # triage-policy priority: debts and taxing, muscling and pressure.
    _c("pressure", "priority", {SI}, "debt/pressure", "dette/pression",
       r"(taken|taking|took|takes|jacked|swiped|stolen) (\w+ )?(off|from) (him|her)\b",
       r"(canteen|food|tray|stuff|shoes|meds) (\w+ ){0,2}(taken|stolen|jacked|swiped)",
       r"(needs?|wants?|has) to get (out of|off) (this|the) (unit|range|tier)",
       r"before something happens", r"something (is going to|will|'?s gonna|gonna) happen to "
       r"(him|me)", r"se fait voler", r"(veut|doit) (sortir|partir) de (l'unite|la rangee)",
       r"owe(s|d)?\b", r"debts?\b", r"dettes?\b", r"(doit|devait) (de l'argent|\d+|du cash)",
       r"tax(ed|ing|es)?\b(?! (return|form))", r"taxer", r"taxe\b", r"taxait",
       r"muscl(ed|ing|e)\b", r"pressur(e|ed|ing)\b", r"pression", r"leaning on",
       r"strong[- ]?arm\w*", r"extort\w*", r"extorsion",
       r"(take|took|taking|takes) (his|her) (canteen|food|tray|shoes)",
       r"canteen (bag )?(off|from) (him|her)", r"paying (them|him|the guys) (his|her) ",
       r"\brats?\b", r"snitch\w*", r"skinner", r"stool pigeon",
       r"(asked|asking|wants|wanted|request\w*) (to (go|be moved|be placed) )?(to|for|into|in) "
       r"(seg|pc|protective custody|protection)\b", r"(wants|wanted|trying|asked) to check in",
       r"demande (d'aller en |la |a aller en )?(protection|isolement)",
       r"(looks?|looked|seemed|seems) (scared|shook|shaken|afraid|terrified)",
       r"se fait (taxer|brasser|menacer)", r"a peur",
       r"pay(ing|s)? (\w+ )?(rent|protection) to\b", r"pay(ing|s)? (\w+ )?protection",
       r"(made|forced|told|pressured) to (hand over|give up|pay)",
       r"(hand|handing|hands|handed) over (his|her|their) (canteen|food|tray|money|"
       r"meds|phone|shoes|stuff)", r"(give|gives|giving|gave) up (his|her) (canteen|food|tray|"
       r"phone time)", r"(wants|wanted|asking|asked|begging) (to get |to move )?off (the|his) "
       r"(range|unit|tier)",
       r"(prend|prendre|pris|vole|voler|vol\w*) (sa|son|ses) (cantine|bouffe|nourriture|plateau|"
       r"souliers|tele|argent)", r"(veut|demande a) changer de (rangee|unite|secteur)",
       r"pay\w* (un|le) loyer", r"(no|zero|pas d'|pas une cenne|aucun) (money|funds|cash|argent|"
       r"\$)[^.;!?]{0,60}\b(but|yet|mais|pourtant)\b[^.;!?]{0,40}\b(new|full|nouveaux?|nouvelles?|"
       r"pleine?)\b"),
    # triage-policy priority: gang or group tension, incompatibles.
    _c("gang", "priority", {SI}, "gang/tension", "gang/tension",
       r"(problems?|issues?|trouble|heat|beef) with (\w+ ){0,3}(guys|crew|range|unit|gang)",
       r"(problemes?|chicane|trouble|beef|conflit) avec (les gars|la gang|des gars|un gars|la "
       r"rangee)",
       r"gangs?\b", r"affiliat\w*", r"patched", r"hells\b", r"incompatibles?",
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
       r"recrut\w*", r"recruit\w*", r"(gang|clan) (de|du|from|of) ", r"mad[- ]?dog\w*",
       r"(eyeing|staring (down|at)) each other",
       r"(old|former) (crew|gang|associates|co-?accused|codefendants?|running buddies)",
       r"co-?accus\w*", r"non-?assoc\w*", r"keep (them |him )?(separate|apart)",
       r"(crown|five-?point\w*|teardrop|spider ?web|swastika|ss bolts|gang|\d{2,}) (\w+ ){0,2}"
       r"tattoo", r"tattoo (\w+ ){0,3}(gang|crew|crown|colou?rs)", r"tatou\w* (de|des) gang",
       r"(testified|testifies|temoigne|temoigner) (\w+ )?(against|contre)",
       r"(gang|crew) (tattoo|patch|colou?rs)", r"patch (des|of the|d')",
       r"(negative|criminal|bad) (associates|peers|crowd)",
       r"(anciens?|vieux) (chums|complices|amis de gang|associes)", r"bandes? (de rue|rivales)"),
    # triage-policy priority: planned-but-vague trouble, rumours.
    _c("vague_trouble", "priority", {SI}, "trouble brewing", "trouble en vue",
       r"something (is |'s )?(going down|gonna (go down|happen)|going to (go down|happen)|"
       r"planned|about to happen)", r"(going|go) down (this|next|on|tonight|tomorrow)",
       r"ca (va|s'en va) (brasser|chauffer|peter|sauter|virer)", r"se prepare",
       r"word (on the (yard|range|street|unit) )?is",
       r"(?<!after\sthe\s)(?<!apres\sla\s)rumou?r(s|ed)?\b",
       r"(?<!apres\sla\s)(?<!apres\sles\s)rumeurs?\b",
       figurative=True),
    # triage-policy priority: suspicious visits or mail.
    _c("visits_mail", "priority", {SI}, "visits/mail", "visites/courrier",
       r"visitor (\w+ ){0,6}(nervous|passed|handed|slipped|sweaty|wash?ro?om|bathroom|toilet)",
       r"(passed|handed|slipped) (something|an? (object|package|item)) (to|at)",
       r"(mail|letter|card|envelope|courrier|lettre|enveloppe) (\w+ ){0,5}(stain\w*|smell\w*|"
       r"soaked|odeur|tach\w*|imbib\w*|suspect\w*)", r"held for (sio|ipso|security)",
       r"(suspicious|suspect) (mail|letter|visit|visitor|package)", r"visite suspecte",
       r"(slide|slid|sliding|pass\w*|push\w*|glisse\w*) (\w+ ){0,3}(across|under|"
       r"sous) (the |la )table",
       r"(papier|paper) (\w+ ){0,3}(tach\w*|stain\w*)", r"odeur (bizarre|etrange|chimique|drole)",
       r"(retenu|gardee?|envoyee?) (pour|a) l'(ars|asr)",
       r"hands (\w+ ){0,2}under the table", r"mains sous la table",
       r"(dog|chien) (\w+ ){0,2}(indicated|alerted|sat|hit|a (reagi|marque|indique))",
       r"(pages?|papers?|lettre|letter|feuilles?) (\w+ ){0,4}(tremp\w*|soaked|damp|humide)",
       r"(smells?|sent) (weird|funny|strange|chemical|bizarre|drole)",
       r"(outside|around|bypass\w*|avoid\w*|not (through|using)) (the )?(normal |regular |usual |"
       r"official )?(mail|mailroom)",
       r"visiteu(r|se)s? (\w+ ){0,6}(nerveu\w*|toilettes?|salle de bain|passe|remis|glisse|"
       r"agite\w*)"),
    # triage-policy priority: a drone seen, a drop found after the fact.
    _c("drone", "priority", {SI}, "drone", "drone", r"(?<!after\sthe\s)(?<!apres\sle\s)drones?\b"),
    # HMPPS key or lock compromise, radio compromise: a staff member compromised right now.
    _c("key_compromise", "immediate", {SI}, "keys/radio compromised", "clés/radio compromises",
       r"(ripp|grabb|took|snatch|arrach|pogn|stole|steal)\w* (\w+ ){0,3}(radio|keys|cles|"
       r"trousseau)\b",
       r"(keys?|radio|cles?|clefs?|trousseau) (\w+ ){0,3}(went|gone|go|are|is|was|were|been) "
       r"missing", r"(lock|keyhole|door|gate|serrure|barrure)s? (\w+ ){0,4}(tampered|jammed with|"
       r"glued|gum|stuffed with|trafiqu\w*|forc\w*|colle)", r"tamper\w* (with )?(the |a )?(lock|"
       r"door|gate|keyhole)"),
    # HMPPS Bomb: a threat or a suspicious device is a present risk to the institution.
    _c("bomb", "immediate", {SI}, "bomb threat/device", "alerte à la bombe/engin",
       r"bombs?\b(?! (pop|bag))", r"bombes?\b", r"explosi(f|ve)s?\b", r"(?-i:IED)\b",
       r"(suspicious|suspect) (device|package|parcel)", r"colis suspect",
       r"engin (explosif|suspect)",
       r"(wires|fils) (\w+ ){0,3}(sticking out|qui depassent)"),
    # HMPPS Release in error: someone who should be inside is out.
    _c("release_error", "immediate", {SI}, "released in error", "libéré par erreur",
       r"releas\w* (\w+ ){0,6}(but|yet|even though|although|alors que|mais) (\w+ ){0,8}(warrant|"
       r"detainer|mandat)", r"(should not|shouldn'?t|should never|n'aurait pas du) (have )?(been |"
       r"etre )?(released|libere)", r"wrongful release", r"warrant (\w+ ){0,5}never (entered|"
       r"processed|logged)",
       r"releas\w* (\w+ ){0,2}(in error|by mistake|wrongly|erroneously)", r"wrongly released",
       r"(libere|liberee|liberation|sorti) (\w+ ){0,2}par erreur"),
    # HMPPS Dirty protest: a security incident and a sign of a man in distress.
    _c("dirty_protest", "priority", {SI, HS}, "dirty protest", "protestation salissante",
       r"dirty protest",
       r"smear\w* (\w+ ){0,3}(feces|faeces|shit|excrement|poop|urine|blood|walls?|"
       r"window|door)", r"(barbouill\w*|etend\w*|etal\w*) (\w+ ){0,3}(excrements|marde|merde|"
       r"matieres fecales)"),
    # triage-policy immediate: a drop under way (someone waiting for or picking up a throw-over).
    _c("drop_under_way", "immediate", {SI}, "drop under way", "largage en cours"),
    # triage-policy priority (community): a collateral contact raising a concern.
    _c("collateral_concern", "priority", set(), "collateral concern",
       "inquiétude d'un contact"),
    # triage-policy: new information that departs from what was declared or planned.
    _c("undisclosed", "priority", {CM}, "not declared", "non déclaré",
       r"(not|never|wasn'?t|hasn'?t|didn'?t|did not|has not) (\w+ ){0,1}(declared?|disclosed?|"
       r"mentioned|told (us|me|his po|the office))", r"(pas|jamais) (\w+ ){0,2}(declare|divulgue|"
       r"mentionne|avise)", r"sans (nous|me|m') (le )?(dire|aviser)",
       r"(not|none|nothing|isn'?t|wasn'?t|aren'?t) (\w+ ){0,4}(in|part of|dans|"
       r"partie de) (his|the|her|son|le) (release |"
       r"correctional |community )?"
       r"plan", r"instead of (the |his )?((?-i:CCC|CRC)|halfway house|plan|release plan)",
       r"au lieu de (la )?((?-i:CCC|CRC)|maison de transition)", r"s'en va (pu|plus) en maison",
       r"pas dans (le|son) plan", r"fell through", r"nowhere to (go|stay|live)",
       r"(moving|move|moved|going to live|staying) (back )?in (with|together)",
       r"(va|vont) (rester|vivre|habiter) chez",
       r"(n'ira|ira) (pas|pu|plus) (au|a la|en) ",
       r"no longer (going|staying|welcome|allowed)", r"undisclosed",
       r"(new|nouvelle|nouveau) (girlfriend|boyfriend|"
       r"partner|blonde|chum|conjointe?) (\w+ ){0,6}(not|never|pas|jamais|hasn'?t|didn'?t)"),
    # Medication taken as prescribed: a routine note for health services.
    _c("medication_taken", "routine", {HS}, "medication taken", "médication prise",
       r"(took|taken|takes|prend|pris|a pris) (\w+ ){0,2}(meds|medications?|medicaments|"
       r"pilules|dose)\b(?! (from|de) )"),
    # triage-policy acts: stockpiling pills is self-harm told by the act (own medication: HS only).
    _c("stockpile", "immediate", {HS}, "pills stockpiled", "médicaments accumulés",
       excludes=("search", "drugs", "overdose", "contraband", "medication_refusal", "alcohol")),
    # Officers hand intelligence to the SIO: that alone says it is security-relevant.
    _c("intel_referral", "priority", {SI}, "passed to security", "transmis à la sécurité",
       r"(handed|passed|held|sent|forwarded|referred|reported|flagged|given|passing) "
       r"(it |this |the info |that )?(on )?(to|for) (the )?(sio|ipso|sis|security|intel\w*)",
       r"(remis|transmis|transmettre|signal\w*|envoye)( (l'info|ca|le tout))? (a|au) "
       r"(l'ars|l'asr|la securite|renseignement)"),
    # triage-policy priority: boundary testing and manipulation of staff.
    _c("boundary", "priority", {SI}, "boundary testing", "test des limites",
       r"(offered|offering|offers) (me )?\$ ?\d+", r"look the other way", r"fermer les yeux sur",
       r"(m'a )?offert \d+ ?\$",
       r"(look up|find|get|search) (\w+ ){0,3}(address|phone number|number|info\w*) (\w+ ){0,2}"
       r"(of|for)", r"(chercher|trouver|donner) (l'adresse|le numero|les infos?)",
       r"(slipped|gave|handed|passed) me (a|his|her|the) (\w+ ){0,2}(note|number|letter)",
       r"(call|contact|phone|text|email) (her|him|them|his \w+) for him",
       r"m'a (glisse|donne|remis|passe) (le|son|sa|un|une) (\w+ )?(numero|note|lettre|mot)",
       r"pour que je (l'|le |la |lui )?(appelle|contacte|texte)",
       r"i look (nice|good|pretty|beautiful|hot|cute)", r"asked (me )?if i('?m| am| was) "
       r"(single|married|seeing|with)", r"if i (have|had) (kids|children|a (wife|husband|"
       r"boyfriend|girlfriend|partner))", r"what school", r"where i (live|park|stay)",
       r"my (home )?address", r"my first name", r"(personal|home) (cell|phone|number|#)",
       r"what time (my|i) (shift|finish|get off|leave)", r"my shift ends",
       r"which (door|exit|car) i", r"what (car|vehicle|truck) (i|do i)\b",
       r"(asked|asking|asks) (\w+ ){0,3}(about )?my (family|kids|wife|husband|address|car|plate|"
       r"schedule|days off|personal)", r"(bring|get) (him |them |me )?(in )?(some )?"
       r"(tobacco|phones?|drugs|stuff|things)", r"make it worth (my|your) (while|wile)",
       r"pay (me|you) to", r"me payer", r"rend\w* (un|des) (petits?|p'?tits?)? ?services?",
       r"(pas comme|not like) (les autres|the other (guards|cos|officers|staff|ones))",
       r"(connait|knows) (\w+ ){0,3}(nom|name|adresse|address) (de|of) (sa|ta|votre|your|his|her) "
       r"(femme|wife|blonde|chum|mari|husband|enfants|kids|fille|daughter)", r"vie privee",
       r"personal life", r"(beaux yeux|beautiful eyes|nice eyes)",
       r"(call\w*|appel\w*) (\w+ ){0,3}(par|by) (son|her|his) (prenom|first name)",
       r"(quel coin|what part|which part|quel quartier|what area) (de|"
       r"of) (\w+ ){0,2}(elle|she|il|he|you|tu) "
       r"(reste|vit|lives|habite|live|demeure)",
       r"(asked|wants|wanted) (\w+ ){0,2}to call him (by his "
       r"first name|(?-i:[A-Z])\w+)",
       r"compliment\w* (l'|la |le |the |an? |her |his |my )?(agente?|officer|co|cx|nurse|"
       r"infirmi\w+|"
       r"staff|prof\w*|teacher)",
       r"(sur|on|about) (ses|her) (cheveux|hair|looks|appearance|outfit|"
       r"yeux|eyes|body|corps|perfume|parfum)",
       r"(one of the good ones|you'?re different)",
       r"(looks?|is looking) (really |so |very )?(lovely|beautiful|pretty|"
       r"gorgeous|hot|cute|sexy|nice|good) (today|tonight)",
       r"(offered|gave|give|giving) me (a |an |his |some )?(\w+ )?(gift|drawing|card|present|"
       r"money|cash)", r"as a thank[- ]?you", r"cadeau", r"si j'etais (mariee?|celibataire)",
       r"(ou|où) je (reste|demeure|habite)", r"mon (adresse|prenom)", r"mes enfants",
       r"mon (numero|num|#|cell|cellulaire)( de (telephone|tel|cell))? (personnel|perso)",
       r"t'es (belle|beau|cute)",
       r"(asked|asking|asks|wants|wanted|begged|begging|tried to get|trying to get) (me|staff|"
       r"the (officer|co|nurse|guard)) to (mail|post|send|bring|pass|deliver|carry|sneak|"
       r"smuggle|look the other way|make (a|some) calls? for)",
       r"(offered|offering|offers) (to pay|me money|me cash|money|cash)",
       r"m'a offert (de l'argent|du cash|de me payer|\d+)",
       r"(si je|que je) (lui )?(apporte|apportais|rentre|rentrais|fais entrer|poste|postais)"),
    # CD 568-2: information about a staff member goes to the SIO only.
    _c("staff_info", "priority", {SI}, "staff information", "information sur un employé",
       r"(officer|(?-i:CO|CX)|guard|staff|agente?|surveillant) (\w+ ){0,4}(leaving|leaves|left|"
       r"quitte|quittait) (his|her|son) (post|poste)", r"quitte son poste pour",
       r"(officer|(?-i:CO|CX)|guard|staff member|nurse|instructor|teacher|colleague|co-?worker|"
       r"agente?|collegue|infirmi\w+|surveillant|employe)\b(\s+[\w']+){0,4}\s+(is |was |has been |"
       r"have been |a )?((bring(s|ing)?|brought|smuggl\w*|sneak\w*) (\w+ ){0,3}in\b|dating|"
       r"seeing (an? |the )?(inm|inmate|offender|parolee|client)|sleeping with|texting|"
       r"messaging|kissing|hugging|selling|sells|sold|taking money|took money|"
       r"accept(ed|ing|s)? (gifts?|money|cash|an? gift|favou?rs?)|passing (notes|messages|"
       r"info\w*|contraband|stuff)|leak\w*|too (friendly|close)|over-?familiar|asleep on|"
       r"drunk on|high on|fait entrer|apporte|fr[eé]quente|vend|(found|caught) with|"
       r"(giv(es|ing)|gave|donne) (\w+ ){0,2}(extra|free|special|money|cash|tobacco|cigarettes|"
       r"drugs|phones?|personal|de l'argent|du tabac))\b", staff=True),
    # triage-policy priority: a marked change in behaviour or mental state.
    _c("mental_state", "priority", {HS}, "change in mental state", "changement de l'état mental",
       r"talking to (people|someone|somebody|voices|things) (who|that) (aren'?t|isn'?t|are not|is"
       r" not) there", r"(hearing|seeing) things", r"responding to (voices|internal stimuli)",
       r"tear(y|ful)", r"weepy", r"isolat(ing|ed|es) (himself|herself|in)",
       r"(mood|affect|humeur) (\w+ ){0,3}(flat|low|down|sombre|basse?|triste|depressive)\b",
       r"(stopped|quit|not|no longer|arrete d'aller|va (pu|plus)) (going to |attending |"
       r"coming to |"
       r"a la |au )?(yard|meals|programs?|gym|work|school|cour|repas|gymnase|travail)\b",
       r"(very|really|pretty|quite) (flat|down)\b",
       r"hunger strike",
       r"(tv|radio|television|tele) (is |was )?(talking|speaking|parle) (about|to|de|"
       r"a) (him|her|me|lui)",
       r"(hasn'?t|has not|not|won'?t) (come|came|been) out of (his|her) cell",
       r"stopped (showering|washing|talking)",
       r"barely (touching|eating) (his|her) (food|trays?|meals)", r"(up|awake) all night",
       r"(people|someone|somebody|they) (\w+ ){0,2}(following|watching|spying on) (him|her)",
       r"taping over (the )?(webcam|camera)",
       r"(parle|parlait) (a|à) des (gens|personnes) qui (sont|ne sont) pas",
       r"(entend|voit) des (choses|voix)", r"s'isole",
       r"(not|isn'?t|no longer|won'?t|stopped) (eating|sleeping|talking|eat|sleep)",
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
       r"giv(e|es|ing|en) (\w+ ){0,3}away", r"gave (\w+ ){0,3}away",
       r"gave (all )?(his|her) (stuff|things|"
       r"belongings|property|canteen|radio|tv|shoes|photos|pictures)",
       r"donn\w* (toutes )?ses (affaires|choses|biens|photos)",
       r"donn\w* (sa|son|ses) (tele|television|radio|souliers|espadrilles|cantine|photos)",
       r"(hasn'?t|has not|hadn'?t|won'?t|didn'?t|not) (left|leave|leaving|gotten out of|"
       r"got out of)"
       r" (his|her) (bed|bunk|cell)", r"barely (talking|eating|sleeping|speaking)",
       r"convinced (that )?(the )?(guards|staff|cos|officers|nurses|they|everyone|people)",
       r"(putting|puts|put) (\w+ ){0,2}in (his|her|my) (food|coffee|water|meals|drink)",
       r"(they'?re|they are|everyone is|people are|guards are|staff are) (\w+ )?(following|"
       r"watching|spying on|out to get|after) (him|her|me)",
       r"(reste|est) (couche|au lit|dans son lit) depuis",
       r"(ne )?mange (presque )?(plus|pu|rien)",
       r"(croit|pense|convaincu) que (les|on|tout le monde|le personnel|ils) ",
       r"(mett\w*|met) (\w+ ){0,2}dans (sa|son|ses) (nourriture|bouffe|repas|cafe)"),
    # triage-policy priority: care-relevant information (an injury, not an emergency).
    _c("injury", "priority", {HS}, "injury", "blessure",
       r"(twist|sprain|broke|hurt|injur|jam|tore|pull)\w* (his|her) (ankle|knee|wrist|hand|foot|"
       r"finger|toe|back|shoulder|arm|leg|neck|hamstring|groin|muscle)",
       r"(s'est )?(tordu|foulé|casse|cassé|blesse|blessé) (la|le|un|une|sa|son) (cheville|genou|"
       r"poignet|main|pied|doigt|dos|epaule|bras|jambe)",
       r"bleed\w*", r"injur\w*", r"bless(e|ee|ure)s?\b", r"saign\w*", r"sprain\w*",
       r"(fell|fall|falling|tombe|tombee) (in|down|off|from|dans|de|en)\b", r"swollen",
       r"broken (arm|hand|nose|wrist|leg|finger|jaw)", r"vomit\w*", r"throwing up"),
    _c("medication_refusal", "priority", {HS}, "medication refused", "médication refusée",
       r"refus(es|ing|ed|e)? (his |her |all |to take )?(\w+ )?(meds|medications?|pills|insulin|"
       r"methadone|dose)", r"refus\w* (sa|ses|son) (\w+ )?(medication|medicaments|pilules|medic|"
       r"methadone|dose|injection)\b",
       r"(stopped|not|isn'?t|quit|won'?t) (be )?taking (his |her )?(\w+ )?(meds|medications?|"
       r"pills)",
       r"arrete (sa|ses) (medication|medicaments)", r"(ne )?prend (pu|plus|pas) (ses|sa|son)\b",
       r"cheeking",
       r"(arret\w*|stopp\w*|quit|cess\w*|lache) (de prendre |taking )?(sa|son|ses|his|her) "
       r"(lithium|seroquel|quetiapine|clozapine|olanzapine|risperidone|abilify|zyprexa|"
       r"effexor|prozac|zoloft|insulin|insuline|antidepress\w*|antipsycho\w*|meds|medication|"
       r"medicaments?|pilules|injection)\b"),
    # CD item 6: any new information about an offender before release.
    _c("pre_release", "routine", {CM}, "before release", "avant la libération",
       r"releas(e|es|ed|ing) on (his |her )?(wed|sr|stat|warrant expiry|expiry) (in|on|next)",
       r"(libere|liberee|sort|sortira|liberation) (a|à) (sa|son) (date d'expiration|expiration|"
       r"fin de mandat) (dans|la semaine|le mois|vendredi|lundi)",
       r"releas(e|es|ed|ing|e date)? (on (sr|stat|statutory|parole|dp|day parole|full parole) )?"
       r"(in \d+|in (a|two|three|few)|on (mon|tues|wednes|thurs|fri|satur|sun)day|"
       r"(mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next (week|month)|this week)",
       r"(\d+|two|three|a few|couple) (days|weeks|wks|months) (from|before|until|till|to) "
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
       r"quand il va sortir", r"a sa sortie",
       r"(goes|going|gets|getting|get) out on (stat|sr|statutory|parole|day parole|dp|"
       r"full parole)",
       r"(stat|statutory|sr|dp|day parole|full parole) (release )?(date )?(is )?(in \d+|in (a|two|"
       r"three|few)|next|this (week|month)|on (mon|tues|wednes|thurs|fri|satur|sun)day)",
       r"(sort|sortira|sortie|libere|liberee) en (liberation|semi-liberte) (\w+ )?(d'office|"
       r"conditionnelle|totale)? ?(dans|la semaine|vendredi|demain|bientot)"),
    # triage-policy priority (community): missed curfew or appointment, arrest.
    _c("missed", "priority", set(), "missed curfew/appointment", "couvre-feu/rendez-vous manqué",
       r"(phone|cell) (is |was )?(disconnected|cut off|out of service)",
       r"(ne s'est pas|s'est pas|pas) (rapporte|presente)", r"abscond\w*",
       r"telephone (est )?(coupe|debranche|hors service)",
       r"missed ([\w:.'-]+ ){0,3}(curfew|appt|appointment|check[- ]?in|meeting|report\w*|ua)\b",
       r"not (at )?home\b", r"(was|is|were)n'?t (at )?home\b",
       r"(hasn'?t|has not) been (around|home|seen)", r"no one knows where",
       r"no[- ]show", r"did(n'?t| not) (show|report|come in|return)",
       r"failed to (report|show|return|attend)", r"late for (his |her )?curfew",
       r"not answering (his|her) (phone|door)", r"not home (for|at|during)",
       r"whereabouts unknown", r"(?-i:UAL)\b", r"unlawfully at large", r"warrant",
       r"(pas|n'est pas|est pas) (rentre|presente|revenu)",
       r"(n'etait|etait|est|n'est) pas (chez (lui|elle)|a la maison|a son domicile)",
       r"manque (son|sa|le|la) (rendez-vous|rdv|couvre-feu|rencontre)",
       r"absent (au|a son|du) (couvre-feu|rendez-vous)", r"introuvable",
       r"en liberte illegale",
       r"(address|whereabouts|location|adresse) (\w+ ){0,3}(is |est )?(unknown|inconnue?)",
       r"no record of (him|her)",
       r"missed (\w+ ){0,3}(sessions?|group|class|rencontre|program|programme)",
       r"(sait|savent|sais|know|knows) (pas|not) (ou|où|where)",
       r"(doesn'?t|don'?t|didn'?t) know where",
       r"(ramass\w*|pack\w*) (up )?(ses|his|her) (affaires|stuff|things|bags)"),
    # triage-policy priority (community): new associates of concern, a collateral's worry.
    _c("associates", "priority", set(), "new associates", "nouvelles fréquentations",
       r"(new|strange|different|lots of|a bunch of|bunch of|shady|sketchy) (people|guys|faces|"
       r"associates|friends|crowd) (\w+ ){0,2}(over|around|coming|hanging|at (his|the))",
       r"(nouveau monde|nouvelles? frequentations?|nouveaux amis|(du monde|des gens) louches?)",
       r"(known|connue?s?) (to|for|des|pour|par la) (police|policiers|trafi\w*|drugs|dealing|"
       r"gang)",
       r"(guys|people|gars|monde) (\w+ ){0,2}(que je|i) (connaissais|connais|didn'?t|don'?t) "
       r"(pas|know|recogni[sz]e)"),
    _c("arrest", "priority", set(), "police arrest/charges", "arrestation/accusations",
       r"arrest(ed|s)?\b", r"charged\b", r"(new )?charges\b", r"arrestation",
       r"a ete arrete", r"accuse de"),
    # Casework (triage-policy: programs, work, family, positive progress -> case management).
    _c("release_planning", "routine", {CM}, "release planning", "préparation de la libération",
       r"release plan", r"plan de sortie", r"halfway house", r"maison de transition",
       r"(?-i:PO)\b", r"parole officer", r"agent de liberation", r"(?-i:ALC)\b",
       r"case management", casework=True),
    _c("program", "routine", {CM}, "program/education", "programme/études",
       r"programs?\b", r"programmes?\b", r"sessions? (of|in)", r"class(es)?\b", r"cours\b",
       r"school", r"ecole", r"(?-i:GED)\b", r"diploma", r"diplome", r"etudes", r"cert\w*",
       r"modules?\b", r"seances? (du|de|d')", r"(?-i:Elder)", r"aine\b", r"sweat lodge",
       r"suerie", r"ceremon\w*",
       r"smudg\w*", r"counsel+(ing|or)", r"correctional plan", r"plan correctionnel",
       r"on track", r"(?-i:DEP|AEC|DES)\b", r"secondaire \d", r"high school", r"therap\w*",
       r"tutor\w*", r"literacy",
       casework=True),
    _c("work", "routine", {CM}, "work", "travail",
       r"work(s|ed|ing)? (in|at) (the )?(kitchen|laundry|shop|corcan|library|canteen|warehouse)",
       r"corcan", r"\bjob\b", r"employment", r"emploi", r"travail\w*", r"welding", r"soudure",
       r"instruct(o|e)r (says|said|is happy|happy)",
       r"(is|was|always|shows up|showed up|arrives?|arrived|came in|comes in|been) on time",
       r"(toujours|est toujours|arrive|arrivait) a l'heure", r"resume\b",
       r"\bcv\b", r"hired", r"embauch\w*", r"working (\d+|full|part)",
       r"started (in|at|on) (the )?(kitchen|laundry|shop|corcan|library|canteen|warehouse|"
       r"cleaning|grounds)", r"hard[- ]?work(er|ing)", r"works? hard", r"travaille fort",
       r"bon travaillant", r"commence (a|au|en) (la )?(cuisine|buanderie|atelier|bibliotheque|"
       r"entretien|cantine)", casework=True),
    _c("family", "routine", {CM}, "family", "famille",
       r"(his|her|sa|son|ses) ([\w]+'s )?(wife|daughter|son|kids|children|mom|mother|mum|dad|"
       r"father|grandmother|grandfather|grandma|sister|brother|family|fiancee?|girlfriend|"
       r"partner|granddaughter|grandson|fille|fils|enfants|mere|pere|grand-mere|famille|"
       r"conjointe|blonde|soeur|frere|femme|mari)\b", r"parloir (de|avec)",
       r"visit(ing|or|ors)? (application|list)",
       r"liste de visiteurs", r"family visit", r"(?-i:ETA)\b", r"escorted temporary absence",
       r"(?-i:PFV)\b", r"visites? familiales?", r"(souper|diner|repas) de famille",
       r"family (dinner|supper|meal)", casework=True),
    _c("positive", "routine", {CM}, "positive behaviour", "comportement positif",
       r"apologi[sz]ed", r"s'est excuse", r"helped", r"(?<!are\s)(?<!is\s)helping",
       r"a aide", r"volunteer\w*", r"bonne implication", r"implique\b",
       r"s'est porte volontaire", r"without being asked", r"sans qu'on (le )?lui demande",
       r"(good|great|positive) attitude", r"(belle|bonne) attitude", r"proud", r"fier",
       r"thank(s|ed)? (you )?(for|me)", r"said thanks", r"remerci\w*", r"respectful",
       r"polite", r"\bpoli\b", r"cooperative", r"collabor\w*", r"did (well|great)",
       r"doing (great|well)", r"progress\w*", r"progres", r"participat\w* (well|fully|actively)",
       r"participe bien", r"improv\w*", r"s'ameliore", r"passed\b", r"completed", r"finished",
       r"a termine", r"graduat\w*", r"talked (\w+ ){0,3}down",
       r"calm\w* (him|her|them|things|everyone) down", r"de-?escalat\w*", r"under his wing",
       r"mentor\w*", r"respectueu\w*", r"coach\w*", r"(bien|ben) passe",
       r"went (well|fine|great)", casework=True),
)
# fmt: on
