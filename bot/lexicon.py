"""Concept lexicons for triage: what officers write, in English and French, and what it means.

Each concept is data: the urgency it calls for, the routes it feeds, labels for the officer's card
in both languages, and patterns (regular expressions over accent-folded text, any case).
A space in a pattern stands for any run of spaces or quote marks, so ``take out`` also matches
``'take out'``. Levels and routes follow ../shared/triage-policy.md; the comments cite its clauses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SI, HS, CM = "security_intelligence", "health_services", "case_management"

# A target of violence or threats: a person, a staff member, or a capitalised surname.
_WHO = (
    r"(him|her|them|you|u|me|us|staff|somebody|someone|anybody|anyone|every(one|body)"
    r"|(a|the|that) (guard|co|cop|screw|nurse|officer|instructor|rat|goof|guy|new guy|teacher)"
    r"|(his|her|their|my|your) [\w']+|(?-i:[A-Z][a-z]+))\b"
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
    excludes: tuple[str, ...] = ()  # concepts this one overrides when both are found


def _c(
    name: str, level: str, routes: set[str], en: str, fr: str, *pats: str, **kw: Any
) -> Concept:
    return Concept(name, level, frozenset(routes), (en, fr), pats, **kw)


# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # triage-policy immediate: a weapon or weapon-making in hands or hidden nearby.
    _c("weapon", "immediate", {SI}, "weapon", "arme",
       r"shank(s|ed)?\b", r"shiv", r"zip ?gun", r"(?<!tattoo\s)(?<!glue\s)(?<!heat\s)guns?\b",
       r"firearms?", r"pistol", r"rifle", r"handgun", r"ammo\b", r"ammunition", r"bullets?\b",
       r"weapons?\b", r"knife\b", r"knives", r"(razor )?blades?\b", r"machete",
       r"sharpen(ed|ing|s)?\b", r"(lock in a sock|sock with a lock)", r"shards? of",
       r"armes?\b", r"couteaux?\b", r"lames?( de rasoir)?\b", r"aiguis\w*", r"poin[cç]on",
       r"pistolet", r"fusil", r"pics? artisana\w*"),
    # triage-policy immediate: a hostage or barricade.
    _c("hostage", "immediate", {SI}, "hostage/barricade", "otage/barricade",
       r"hostage", r"otages?\b", r"barricad\w*",
       r"(scissors|knife|blade|pen|glass|shank|ciseaux|couteau|lame|crayon)[^.;!?]{0,40}"
       r"\b(neck|throat|cou|gorge)\b"),
    # triage-policy immediate: violence happening, just happened or planned.
    _c("violence", "immediate", {SI}, "violence", "violence",
       r"fight(s|ing)?\b(?! (his|the|a) (case|charges?|appeal|transfer|conviction))", r"fought",
       r"brawl", r"punch(ed|es|ing)?\b", r"assault(ed|ing|s)?\b",
       r"(?<!panic\s)(?<!heart\s)attack",
       r"stab(bed|bing|s)?\b", r"beat(ing|en)?( him| her)? up", r"beating", r"beaten",
       r"jumped (him|her|by|on)", r"kick(ed|ing) " + _WHO, r"chok(ed|ing) " + _WHO, r"strangl",
       r"head ?butt", r"(spat|spit(ting)?) (on|at|in)", r"swung at", r"threw (a punch|punches)",
       r"hit(ting)? (another|an? (inm|inmate|guy|officer|staff|co)|the \w+|" + _WHO + ")",
       r"grabbed (the |a |an )?(nurse|officer|staff|co|guard|instructor|teacher|her|him)",
       r"scrap(ping)? (with|on)", r"getting (stabbed|shanked|jumped|poked|beat|smashed)",
       r"bagarre\w*", r"se (battent|battaient|batt\w+)", r"battu", r"frapp(e|é|er|ait|ent)\b",
       r"coups? de (poing|pied)", r"voies? de fait", r"agress(e|é|ion|er|ait)\w*",
       r"poignard\w*", r"attaqu\w*", r"etrangl\w*", r"sauté dessus", r"tabass\w*",
       r"planté", r"se faire planter", r"crach\w* (sur|au visage)",
       figurative=True, past_lowers=True),
    # triage-policy immediate: a credible threat to harm or kill someone.
    _c("threat", "immediate", {SI}, "threat", "menace",
       r"i know where (you|u) (live|stay|park)", r"knows? where (he|she|they|you) (lives?|stays?)",
       r"watch (your|ur) ?(self|back)", r"better watch", r"(you'?re|ur|you are) dead",
       r"(i'?ll|i will|gonna|going to) (find|get) (you|u)\b", r"won'?t see it coming",
       r"(will|'ll|gonna|going to|wants? to|plans? to|planning to|might|may|could|swore to|"
       r"threaten(ed|ing|s)? to) (\w+ ){0,2}(kill|stab|shank|hurt|harm|beat|smash|jump|poke|"
       r"slash|take out|deal with|murder|do in) " + _WHO,
       r"gets? it (tomorrow|tonight|today|at|after|in the|on|if)",
       r"(if|unless) (he|you|u) (doesn'?t|don'?t|does not|do not|can'?t) pay",
       r"threaten(ed|ing|s)? (the |a |an )?(staff|officer|co|guard|nurse|instructor|" + _WHO + ")",
       r"death threats?", r"hit list",
       r"je sais (ou|où) (tu|vous) (restes?|demeures?|habites?)",
       r"(sait|savent) (ou|où) (il|elle|ils) (reste|demeure|habite)",
       r"fais (attention|gaffe) (a|à) (toi|tes|ta|ton)", r"(t'es|tu es|il est) (un homme )?mort",
       r"(va|vais|vont|veut|voulait|menace de|a menacé de|pourrait) (le |la |les |te |vous |l')?"
       r"(tuer|planter|poignarder|battre|frapper|casser|régler|arranger|passer)\b",
       r"(verra|voit|vas) pas (venir|le voir venir)", r"menaces? de mort",
       r"a? ?menac\w* (l'agent|l'agente|le personnel|l'infirmi\w+|le gardien|un agent|une agente)",
       figurative=True),
    # triage-policy priority: threats talked about without a credible target or plan.
    _c("threat_talk", "priority", {SI}, "threats", "menaces",
       r"threat(s|ened|ening)?\b(?! to (kill|hurt|harm|hang|cut) (himself|herself|myself))",
       r"menaces?\b(?! de se )"),
    # triage-policy immediate (CD 843): self-harm, an act or evidence of one.
    _c("self_harm", "immediate", {HS}, "self-harm", "automutilation",
       r"self[- ]?harm\w*", r"self[- ]?injur\w*",
       r"cut(ting|s)? (himself|herself|(up |on )?(his|her) (arms?|forearms?|wrists?|legs?))",
       r"slash(ed|ing)? (his|her|himself|herself)",
       r"(hurt|harm|hurting|harming) (himself|herself|myself)", r"bang(ing|ed|s)? (his|her) head",
       r"head ?bang\w*", r"burn(ed|ing|t)? (himself|herself)",
       r"swallow(ed|ing)? (a |the |some )?(razor|batter(y|ies)|glass|screws?|metal|pen)",
       r"ligatures?", r"noose", r"(sheet|cord|string|shoelace|rope)s? (tied )?(around|round|to) "
       r"(his|her|the) (neck|vent|bars?)", r"marks (around|on) (his|her) neck",
       r"found (him|her) with a (sheet|ligature|cord|rope)",
       r"s'?automutil\w*", r"automutilation", r"se (coupe|coupait|couper|mutile|brule|brûle)\w*",
       r"se (frappe|tape|cogne) la tete", r"coupures? (aux|sur les|sur) (bras|poignets)",
       r"drap (autour|attache|noue)", r"marques? (au|autour du) cou"),
    # triage-policy immediate (CD 843): suicide, a plan, a stated or hedged intent, a goodbye.
    _c("suicide", "immediate", {HS}, "suicide risk", "risque suicidaire",
       r"suicid\w*", r"(?-i:SI)\b", r"kill (himself|herself|myself)",
       r"end (it all|his life|her life|my life|things)", r"hang (himself|herself|myself)",
       r"wants? to die", r"better off dead", r"(not|won'?t) be (around|here) (much )?"
       r"(longer|tomorrow|anymore)", r"(doesn'?t|does not|don'?t) want to (be here|live|wake up)",
       r"(has|have|got) a way out", r"do something stupid",
       r"(goodbye|good-bye|farewell|suicide) (letter|note)",
       r"(he'?s|hes|he is|i'?m|im) done(?! (with )?(his|the|my|her|for|a)\b)",
       r"won'?t need (them|it|those|these|his \w+)", r"where he'?s going",
       r"(tear|tore|torn|ripp?(ed|ing)?)( up)? (his |the )?(bed)?sheets? (into|in) "
       r"(strips|pieces)",
       r"bottle of pills", r"(pills|meds) (are )?ready",
       r"(it'?s|it is|it will be) (all )?over soon",
       r"sa(id|ying|ys) (his )?goodbyes?", r"dit adieu",
       r"last time (you'?ll|you will) see (me|him)",
       r"(se|me|te) (tuer|suicider|pendre|foutre en l'air)", r"en finir", r"veut mourir",
       r"idees? (noires|suicidaires)", r"lettre d'adieu",
       r"(sera|serai|va etre) (pu|plus|pus) (la|ici)", r"veut (pu|plus) (vivre|etre la)",
       r"faire une (connerie|niaiserie|betise)", r"dechir\w* (son|ses|le|les) draps?",
       r"drap en lanieres"),
    # triage-policy: an overdose of his own saved medication is health services only.
    _c("own_overdose", "immediate", {HS}, "overdose of own medication",
       "surdose de ses médicaments",
       r"(saved|saving|stockpiled|hoarded|cheeked)( up)? (his|her) (own )?(pills|meds|medication)",
       r"swallowed (them all|all (his|her) (pills|meds))", r"took all (his|her) (pills|meds)",
       r"(avale|pris|accumule|ramasse) (toutes )?ses (pilules|medicaments)",
       excludes=("overdose",)),
    # triage-policy: an overdose adds SI when illicit drugs are involved or suspected.
    _c("overdose", "immediate", {HS, SI}, "overdose", "surdose",
       r"overdos\w*", r"(?-i:OD)('?d|'?ing|ed)?\b", r"narcan", r"naloxone", r"surdose",
       r"swallow(ed|ing)? (it|something|an? (package|balloon|bag|bindle)|the (package|balloon))",
       r"avale (quelque chose|un (sachet|ballon|paquet|colis))", past_lowers=True),
    # triage-policy immediate: a medical emergency.
    _c("medical", "immediate", {HS}, "medical emergency", "urgence médicale",
       r"seiz(ure|ing)", r"convuls\w*", r"unresponsive", r"not responsive", r"not breathing",
       r"can'?t breath\w*", r"(trouble|difficulty|struggling) breathing", r"chest pains?",
       r"(holding|clutching) (his |her )?chest", r"lips (are |were )?blue", r"turn(ing|ed) blue",
       r"(grey|gray) (colou?r|skin)", r"collapsed", r"passed out", r"fainted",
       r"code (blue|called)", r"\b911\b", r"ambulance", r"heart attack", r"stroke\b",
       r"anaphyla\w*", r"allergic reaction", r"bleeding (heavily|badly|a lot|out|profusely)",
       r"inconscient\w*", r"(ne )?repond (pas|plus)(?! (a|au|aux|a la|a son|a sa) "
       r"(radio|telephone|tel|cell|mes|nos|ses|questions|appels?|porte))",
       r"respire (pas|plus|mal)", r"difficulte a respirer", r"douleur (a la poitrine|thoracique)",
       r"crise (d'epilepsie|cardiaque)", r"perdu connaissance", r"s'est effondre",
       r"levres bleues", r"saigne (beaucoup|abondamment)", past_lowers=True),
    # triage-policy immediate: escape or breach with specifics.
    _c("escape", "immediate", {SI}, "escape/breach", "évasion/brèche",
       r"(escape|evasion) (attempt|plan|in progress|tonight|en cours)", r"tentative d'evasion",
       r"(fence|cloture) (\w+ ){0,2}(cut|coupee|breached)", r"cut (the |a |in the )?(fence|wire)",
       r"(hole|trou) (in|dans) (the |la |le )?(fence|cloture|wall|mur)", r"bolt ?cutters?",
       r"wire cutters?", r"coupe-?boulons?", r"pince coupante",
       r"map of the (perimeter|institution|yard|fence)", r"plan du (perimetre|penitencier)",
       r"perimeter (alarm|breach)", r"alarme (du )?perim\w*",
       r"count (not|isn'?t|hasn'?t been) (yet )?(cleared|confirmed|correct)",
       r"denombrement (pas|non) (encore )?(confirme|complete|bon)",
       r"(missing|unaccounted) (at|for|from) (the )?count", r"manque au denombrement",
       r"climb(ing|ed)? (over )?(the )?(fence|wall)", r"over the wall", r"tunnel",
       past_lowers=True),
    # triage-policy priority: escape talk without specifics.
    _c("escape_talk", "priority", {SI}, "escape talk", "propos d'évasion",
       r"escap(e|ed|ing)\b", r"break(ing)? out\b", r"bust(ing)? out", r"roll (him|me) out",
       r"get (him|me) out of here", r"s'evad\w*", r"evasion", figurative=True),
    # triage-policy immediate: fire setting.
    _c("fire", "immediate", {SI}, "fire", "feu",
       r"(set|sets|setting|lit|lighting|light) (a |his |her |the )?(\w+ ){0,2}(on )?fire",
       r"on fire", r"fire (in|on) (the |his |her |a )?(cell|range|unit|tier)",
       r"(cell|mattress|garbage|range) fire", r"arson",
       r"smoke (on|in|coming|from|filling|pouring)", r"burning (his|a|the) (mattress|sheets?|"
       r"paper|cell|clothes)", r"(mis|met|mettre|mettait) le feu", r"feu (dans|au|a|sur)\b",
       r"incendi\w*", r"fumee (sur|dans|qui|partout)", figurative=True, past_lowers=True),
    # triage-policy immediate: flooding a range as part of a disturbance.
    _c("flood", "immediate", {SI}, "flooding", "inondation",
       r"flood(ing|ed|s)? (the |his |their )?(cells?|range|tier|landing|unit)",
       r"water (pouring|everywhere)", r"inond\w*", r"plugg(ed|ing) (his |their |the )?toilets?",
       past_lowers=True),
    # triage-policy immediate: a riot or group refusal building up.
    _c("disturbance", "immediate", {SI}, "disturbance", "désordre",
       r"riot\w*", r"(group|mass) (refusal|disturbance|sit-?in)",
       r"refus(e|es|ing|ed) to (lock ?(up|in|down)|go (in|back)|return to (their|his|the) cells?|"
       r"rack up)", r"won'?t lock ?up", r"not locking up", r"disturbance",
       r"bang(ing|ed)? (on )?(the )?(doors|tables|bars)",
       r"(\d+\+?|dozen|bunch of|all the) (guys|inmates|inms|i/ms) (\w+ ){0,3}(yelling|refusing|"
       r"standing|gathered|gathering|getting loud)", r"emeute\w*", r"mutin\w*",
       r"refus\w* de (reintegrer|rentrer|regagner|barrer)", r"ca monte", r"perturbation",
       r"(une vingtaine|une dizaine|une quinzaine|\d+) (de )?(gars|detenus) (\w+ ){0,4}"
       r"(crient|refusent|bloquent)", figurative=True, past_lowers=True),
    # triage-policy immediate: a drone drop under way.
    _c("drone_drop", "immediate", {SI}, "drone drop under way", "largage par drone en cours",
       r"drones?[^.;!?]{0,60}\b(right now|now|currently|presently|at this moment|presentement|"
       r"en ce moment|actuellement|en cours|just dropped|vient de (tomber|larguer)|"
       r"dropping)\b", past_lowers=True),
    # triage-policy immediate: a staff member compromised right now.
    _c("staff_danger", "immediate", {SI}, "staff member at risk", "membre du personnel en danger",
       r"not answering (the |his |her |on )?(radio|calls)", r"officer down",
       r"(staff|officer|instructor|nurse|teacher) (\w+ ){0,3}(missing|unaccounted|trapped)",
       r"(ne )?repond pas (a la|au) radio", r"agente? (\w+ ){0,2}(au sol|en danger|disparue?)"),
    # triage-policy immediate (community): a victim contacted against conditions.
    _c("victim_contact", "immediate", {SI}, "victim contact", "contact avec la victime",
       r"no[- ]contact (condition|order)", r"victim (on|in) (his|the) file",
       r"(contact\w*|called|texted|messag\w*|went to|was at|at) (\w+ ){0,3}victim",
       r"victim\w* (\w+ ){0,3}(contacted|called|saw|reported)",
       r"condition de non-?communication", r"(contact\w*|appel\w*) (avec )?la victime",
       r"interdit de contact", r"interdiction de contact",
       r"(texte|appele|contacte|vu|visite|ecrit a|rendu chez) (\w+ ){0,2}(la |sa )?victime",
       community_routes=frozenset()),
    # A search goes on record for the SIO, even when it finds nothing (triage-policy: negation).
    _c("search", "routine", {SI}, "search", "fouille",
       r"search(ed|es|ing)?\b", r"fouill\w*", r"pat[- ]?down", r"frisk\w*", r"shakedown",
       r"strip search", r"dog team", r"chien detecteur"),
    # triage-policy priority: contraband rumour or find.
    _c("contraband", "priority", {SI}, "contraband", "contrebande",
       r"contraband", r"contrebande", r"cell ?phones?", r"cellular", r"smart ?phones?",
       r"cellulaires?", r"sim cards?", r"cartes? sim", r"(phone )?chargers?\b", r"chargeurs?\b",
       r"(there'?s|there is|a|his) phone (on|in|hidden|stashed|going around)\b",
       r"(hidden|stashed) phone", r"tobacco", r"tabac", r"cig(arette)?s\b", r"smokes\b",
       r"lighters?\b", r"briquets?\b", r"tattoo (gun|machine)", r"packages?\b", r"colis",
       r"stash\w*",
       r"bindles?", r"balloons?\b", r"(brought|bring|bringing|smuggl\w*|sneak\w*) (\w+ ){0,3}in\b",
       r"coming in (with|on|through|at|during) (the |next |his |her )?([\w']+ ){0,2}"
       r"(visits?|mail|vr|pfv|drop)", r"fai\w* entrer", r"rentrer (de la|du|des) \w+"),
    _c("brew", "priority", {SI}, "brew", "alcool artisanal",
       r"(?<!trouble\s)(?<!something\s)brew(s|ing)?\b", r"hooch", r"home ?brew", r"moonshine",
       r"pruno", r"brassin", r"bagosse", r"broue", r"alcool (artisanal|maison|frelate)",
       r"smell(ed|s|ing)? (of |like )?(fruit|yeast|ferment\w*)",
       r"odeur de (fruits?|fermentation|levure)"),
    _c("drugs", "priority", {SI}, "drugs", "drogue",
       r"drugs?\b(?! (program|programme|counsel\w*|strategy|free))", r"drogues?\b",
       r"narcotics?", r"stupefiants?", r"weed\b", r"marijuana", r"cannabis", r"meth\b",
       r"crystal\b", r"cocaine", r"coke\b", r"crack\b", r"heroine?", r"fent(anyl)?\b",
       r"opioids?", r"opiace\w*", r"suboxone", r"\bsubs\b", r"bupe", r"strips\b", r"dope\b",
       r"diesel", r"pills? (being )?(sold|passed|traded|selling|passing|trading)",
       r"(selling|passing|trading|diverting|cheeking) (his |her )?(pills|meds)",
       r"ion ?scan", r"(positive|pos|dirty) (ua|urinalysis|urine|drug test)",
       r"soaked (paper|letter|card|page)s?", r"chemical smell", r"odeur chimique",
       r"papiers? imbibes?", r"(seemed|looked|appeared|was|is|getting|got) high\b", r"stoned",
       r"pupils (pinned|dilated)", r"pinned pupils",
       r"took (a few |some |a couple )?pills", r"using again", r"relaps\w*", r"rechute",
       r"consomm\w* (de la drogue|des drogues)", r"intoxiqu\w*"),
    _c("alcohol", "priority", {SI}, "alcohol", "alcool",
       r"smell(ing|ed|s)? (of|like) (booze|alcohol|liquor|beer)",
       r"(drinking|drunk|intoxicated|impaired|hungover|boozing)\b"
       r"(?! (coffee|tea|water|juice|pop|milk))", r"(back|started) (on the bottle|drinking)",
       r"boire\b", r"\bboit\b", r"en boisson", r"ivre\b", r"saoul", r"soul\b",
       r"sent l'alcool", r"odeur d'alcool", r"slurr\w*", community_routes=frozenset()),
    # triage-policy priority: debts and taxing, muscling and pressure.
    _c("pressure", "priority", {SI}, "debt/pressure", "dette/pression",
       r"owe(s|d)?\b", r"debts?\b", r"dettes?\b", r"(doit|devait) (de l'argent|\d+|du cash)",
       r"tax(ed|ing|es)?\b(?! (return|form))", r"taxer", r"taxe\b", r"taxait",
       r"muscl(ed|ing|e)\b", r"pressur(e|ed|ing)\b", r"pression", r"leaning on",
       r"strong[- ]?arm\w*", r"extort\w*", r"extorsion",
       r"(take|took|taking|takes) (his|her) (canteen|food|tray|shoes)",
       r"canteen (bag )?(off|from) (him|her)", r"paying (them|him|the guys) (his|her) ",
       r"\brats?\b", r"snitch\w*", r"skinner", r"\bdiner\b", r"stool pigeon",
       r"(asked|asking|wants|wanted|request\w*) (to (go|be moved|be placed) )?(to|for|into|in) "
       r"(seg|pc|protective custody|protection)\b", r"(wants|wanted|trying|asked) to check in",
       r"demande (d'aller en |la |a aller en )?(protection|isolement)",
       r"(looks?|looked|seemed|seems) (scared|shook|shaken|afraid|terrified)",
       r"se fait (taxer|brasser|menacer)", r"a peur"),
    # triage-policy priority: gang or group tension, incompatibles.
    _c("gang", "priority", {SI}, "gang/tension", "gang/tension",
       r"gangs?\b", r"affiliat\w*", r"patched", r"hells\b", r"incompatibles?",
       r"history with", r"bad blood", r"beef(ing)? (with|between)", r"tensions?\b",
       r"tense\b", r"tendue?s?\b", r"chicane", r"guerre de (gangs?|territoire)",
       r"(known|documented|criminal) (associates?|criminals?)",
       r"(\d+|two|some|couple) guys (i|we) (know|recognize) from"),
    # triage-policy priority: planned-but-vague trouble, rumours.
    _c("vague_trouble", "priority", {SI}, "trouble brewing", "trouble en vue",
       r"something (is |'s )?(going down|gonna (go down|happen)|going to (go down|happen)|"
       r"planned|about to happen)", r"(going|go) down (this|next|on|tonight|tomorrow)",
       r"ca (va|s'en va) (brasser|chauffer|peter|sauter|virer)", r"se prepare",
       r"word (on the (yard|range|street|unit) )?is", r"rumou?r(s|ed)?\b", r"rumeurs?\b",
       figurative=True),
    # triage-policy priority: suspicious visits or mail.
    _c("visits_mail", "priority", {SI}, "visits/mail", "visites/courrier",
       r"visitor (\w+ ){0,6}(nervous|passed|handed|slipped|sweaty|wash?ro?om|bathroom|toilet)",
       r"(passed|handed|slipped) (something|an? (object|package|item)) (to|at)",
       r"(mail|letter|card|envelope|courrier|lettre|enveloppe) (\w+ ){0,5}(stain\w*|smell\w*|"
       r"soaked|odeur|tach\w*|imbib\w*|suspect\w*)", r"held for (sio|ipso|security)",
       r"(suspicious|suspect) (mail|letter|visit|visitor|package)", r"visite suspecte"),
    # triage-policy priority: a drone seen, a drop found after the fact.
    _c("drone", "priority", {SI}, "drone", "drone", r"drones?\b"),
    # Officers hand intelligence to the SIO: that alone says it is security-relevant.
    _c("intel_referral", "priority", {SI}, "passed to security", "transmis à la sécurité",
       r"(handed|passed|held|sent|forwarded|referred|reported|flagged|given|passing) "
       r"(it |this |the info |that )?(on )?(to|for) (the )?(sio|ipso|sis|security|intel\w*)",
       r"(remis|transmis|transmettre|signal\w*|envoye)( (l'info|ca|le tout))? (a|au) "
       r"(l'ars|l'asr|la securite|renseignement)"),
    # triage-policy priority: boundary testing and manipulation of staff.
    _c("boundary", "priority", {SI}, "boundary testing", "test des limites",
       r"i look (nice|good|pretty|beautiful|hot|cute)", r"asked (me )?if i('?m| am| was) "
       r"(single|married|seeing|with)", r"if i (have|had) (kids|children|a (wife|husband|"
       r"boyfriend|girlfriend|partner))", r"what school", r"where i (live|park|stay)",
       r"my (home )?address", r"my first name", r"(personal|home) (cell|phone|number|#)",
       r"what time (my|i) (shift|finish|get off|leave)", r"my shift ends",
       r"which (door|exit|car) i", r"what (car|vehicle|truck) (i|do i)\b",
       r"(asked|asking|asks) (\w+ ){0,3}(about )?my (family|kids|wife|husband|address|car|plate|"
       r"schedule|days off|personal)", r"(bring|get) (him |them |me )?(in )?(some )?"
       r"(tobacco|phones?|drugs|stuff|things)", r"make it worth (my|your) (while|wile)",
       r"pay (me|you) to", r"me payer", r"rend\w* (un|des) (petits? )?services?",
       r"(offered|gave|give|giving) me (a |an |his |some )?(\w+ )?(gift|drawing|card|present|"
       r"money|cash)", r"as a thank[- ]?you", r"cadeau", r"si j'etais (mariee?|celibataire)",
       r"(ou|où) je (reste|demeure|habite)", r"mon (adresse|prenom)", r"mes enfants",
       r"mon (numero|num|#|cell|cellulaire)( de (telephone|tel|cell))? (personnel|perso)",
       r"t'es (belle|beau|cute)"),
    # CD 568-2: information about a staff member goes to the SIO only.
    _c("staff_info", "priority", {SI}, "staff information", "information sur un employé",
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
       r"(not|isn'?t|no longer|won'?t|stopped) (eating|sleeping|talking|eat|sleep)",
       r"hasn'?t (eaten|slept|been eating|been sleeping)", r"refus\w* (to eat|meals|food)",
       r"skipp(ing|ed) (meals|yard|food)", r"(mange|dort) (pu|plus|pas)", r"withdrawn",
       r"renferme", r"isole\b", r"stay(i|)ng in (his|her) cell", r"reste (couche|dans sa cellule)",
       r"won'?t talk to anyone", r"parle (a|à) personne", r"talking to himself",
       r"parle tout seul", r"paranoi\w*", r"cameras? in the walls?", r"hearing voices",
       r"entend des voix", r"poison\w*", r"empoisonn\w*", r"crying", r"pleure",
       r"not like him(self)?", r"pas comme d'habitude", r"mood (is )?(low|down|flat)",
       r"depress\w*", r"deprime", r"hopeless", r"since (his|her) \w+ (died|passed)",
       r"pacing", r"(panic|anxiety) attack", r"crise (de panique|d'anxiete)",
       r"giv(e|es|ing|en) (\w+ ){0,3}away", r"gave (\w+ ){0,3}away",
       r"gave (all )?(his|her) (stuff|things|"
       r"belongings|property|canteen|radio|tv|shoes|photos|pictures)",
       r"donn\w* (toutes )?ses (affaires|choses|biens|photos)"),
    # triage-policy priority: care-relevant information (an injury, not an emergency).
    _c("injury", "priority", {HS}, "injury", "blessure",
       r"bleed\w*", r"injur\w*", r"bless(e|ee|ure)s?\b", r"saign\w*", r"sprain\w*",
       r"(fell|fall|falling|tombe|tombee) (in|down|off|from|dans|de|en)\b", r"swollen",
       r"broken (arm|hand|nose|wrist|leg|finger|jaw)", r"vomit\w*", r"throwing up"),
    _c("medication_refusal", "priority", {HS}, "medication refused", "médication refusée",
       r"refus(es|ing|ed|e)? (his |her |all |to take )?(meds|medications?|pills)",
       r"refus\w* (sa|ses) (medication|medicaments|pilules)",
       r"(stopped|not|isn'?t) taking (his |her )?(meds|medications?)",
       r"arrete (sa|ses) (medication|medicaments)", r"ne prend (pu|plus|pas) ses",
       r"cheeking"),
    # CD item 6: any new information about an offender before release.
    _c("pre_release", "priority", {CM}, "before release", "avant la libération",
       r"releas(es|ing|e date)? (on (sr|stat|statutory|parole|dp|day parole|full parole) )?"
       r"(in \d+|in (a|two|three|few)|on (mon|tues|wednes|thurs|fri|satur|sun)day|"
       r"(mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next (week|month)|this week)",
       r"(\d+|two|three|a few|couple) (days|weeks|wks|months) (from|before|until|till|to) "
       r"(his |her )?(wed|sr|release|warrant expiry|parole|stat)",
       r"(dp|day parole|parole|full parole|sr) hearing", r"audience de liberation",
       r"liberation (d'office|conditionnelle|totale) (dans|la semaine|le mois|bientot)",
       r"(sort|sortira|sortie) (dans|la semaine|vendredi|demain|bientot)",
       r"once he'?s out", r"when he gets out", r"at (his )?release",
       r"quand il va sortir", r"a sa sortie"),
    # triage-policy priority (community): missed curfew or appointment, arrest.
    _c("missed", "priority", set(), "missed curfew/appointment", "couvre-feu/rendez-vous manqué",
       r"missed (\w+ ){0,3}(curfew|appt|appointment|check[- ]?in|meeting|report\w*|ua)\b",
       r"not (at )?home\b", r"(hasn'?t|has not) been (around|home|seen)", r"no one knows where",
       r"no[- ]show", r"did(n'?t| not) (show|report|come in|return)",
       r"failed to (report|show|return|attend)", r"late for (his |her )?curfew",
       r"not answering (his|her) (phone|door)", r"not home (for|at|during)",
       r"whereabouts unknown", r"(?-i:UAL)\b", r"unlawfully at large", r"warrant",
       r"(pas|n'est pas|est pas) (rentre|presente|revenu)",
       r"manque (son|sa|le|la) (rendez-vous|rdv|couvre-feu|rencontre)",
       r"absent (au|a son|du) (couvre-feu|rendez-vous)", r"introuvable",
       r"en liberte illegale"),
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
       r"modules?\b", r"(?-i:Elder)", r"aine\b", r"sweat lodge", r"suerie", r"ceremon\w*",
       r"smudg\w*", r"counsel+(ing|or)", r"therap\w*", r"tutor\w*", r"literacy",
       casework=True),
    _c("work", "routine", {CM}, "work", "travail",
       r"work(s|ed|ing)? (in|at) (the )?(kitchen|laundry|shop|corcan|library|canteen|warehouse)",
       r"corcan", r"\bjob\b", r"employment", r"emploi", r"travail\w*", r"welding", r"soudure",
       r"instruct(o|e)r (says|said|is happy|happy)", r"on time", r"a l'heure", r"resume\b",
       r"\bcv\b", r"hired", r"embauch\w*", r"working (\d+|full|part)", casework=True),
    _c("family", "routine", {CM}, "family", "famille",
       r"(his|her|sa|son|ses) ([\w]+'s )?(wife|daughter|son|kids|children|mom|mother|mum|dad|"
       r"father|grandmother|grandfather|grandma|sister|brother|family|fiancee?|girlfriend|"
       r"partner|granddaughter|grandson|fille|fils|enfants|mere|pere|grand-mere|famille|"
       r"conjointe|blonde|soeur|frere)\b", r"visit(ing|or|ors)? (application|list)",
       r"liste de visiteurs", r"family visit", r"(?-i:ETA)\b", r"escorted temporary absence",
       r"(?-i:PFV)\b", r"visite familiale", casework=True),
    _c("positive", "routine", {CM}, "positive behaviour", "comportement positif",
       r"apologi[sz]ed", r"s'est excuse", r"helped", r"helping", r"a aide", r"volunteer\w*",
       r"s'est porte volontaire", r"without being asked", r"sans qu'on (le )?lui demande",
       r"(good|great|positive) attitude", r"(belle|bonne) attitude", r"proud", r"fier",
       r"thank(s|ed)? (you )?(for|me)", r"said thanks", r"remerci\w*", r"respectful",
       r"polite", r"\bpoli\b", r"cooperative", r"collabor\w*", r"did (well|great)",
       r"doing (great|well)", r"progress\w*", r"progres", r"participat\w* (well|fully|actively)",
       r"participe bien", r"improv\w*", r"s'ameliore", r"passed\b", r"completed", r"finished",
       r"a termine", r"graduat\w*", casework=True),
)
# fmt: on
