"""Staff: intelligence handed over, boundary testing, information about a staff member.

Levels and routes follow the triage policy; the comments cite its clauses.
"""

from __future__ import annotations

from bot.triage.lexicon.concept import SI, Concept, concept

# fmt: off
CONCEPTS: tuple[Concept, ...] = (
    # Officers hand intelligence to the SIO: that alone says it is security-relevant.
    concept("intel_referral", "priority", {SI}, "passed to security", "transmis à la sécurité",
       r"(handed|passed|held|sent|forwarded|referred|reported|flagged|given|passing) "
       r"(it |this |the info |that )?(on )?(to|for) (the )?(sio|ipso|sis|security|intel\w*)",
       r"(remis|transmis|transmettre|signal\w*|envoye)( (l'info|ca|le tout))? (a|au) "
       r"(l'ars|l'asr|la securite|renseignement)"),
    # triage-policy priority: boundary testing and manipulation of staff.
    concept("boundary", "priority", {SI}, "boundary testing", "test des limites",
       r"(offered|offering|offers) (me )?\$ ?\d+", r"look the other way", r"fermer les yeux sur",
       # Affection asked of staff or pet names: "keeps asking the facilitator for hugs".
       r"(asking|asks|asked|wants|wanted|begging|demande\w*) (\w+ ){0,5}for (a )?(hugs?|kiss(es)?|"
       r"a kiss|calins?|becs?)\b",
       r"calls? (her|him|the (\w+ )?(officer|nurse|facilitator|teacher)) ['\"]?(sweetheart|honey|"
       r"babe|baby|darling|beautiful|gorgeous|sweetie|hun|love)\b",
       r"(l'appelle|appelle l'\w+) ['\"]?(ma belle|mon amour|cherie|mon coeur|ma chouette|bebe)\b",
       # A staff member's time off or private pictures known to him: he has been looking.
       r"(asked|asks|asking|knew|knows|know|mentioned|demande\w*|sait|savait|parle\w*) (\w+ ){0,5}"
       r"(my|her|your|the officer's|the nurse's|mes|tes|vos|mon|ma|ta) (vacation|holidays?|trip|"
       r"cruise|vacances|voyage|conges?|days off|honeymoon|lune de miel)\b",
       r"(saw|seen|found|looked at|looked up|vu|trouve|regarde) (\w+ ){0,3}(my|her|your|the "
       r"officer's|the nurse's|mes|tes|vos) (pictures|photos|pics|profile|facebook|instagram|"
       r"tiktok|social media|page|profil)\b",
       r"saw the (pictures|photos|pics)\b",
       r"(m'a )?offert \d+ ?\$",
       r"(look up|find|get|search) (\w+ ){0,3}(address|phone number|number|info\w*) (\w+ ){0,2}"
       r"(of|for)", r"(chercher|trouver|donner) (l'adresse|le numero|les infos?)",
       r"(slipped|gave|handed|passed) me (a|his|her|the) (\w+ ){0,2}(note|number|letter)",
       r"(call|contact|phone|text|email) (her|him|them|his \w+) for him",
       r"m'a (glisse|donne|remis|passe) (le|son|sa|un|une) (\w+ )?(numero|note|lettre|mot)",
       r"pour que je (l'|le |la |lui )?(appelle|contacte|texte)",
       r"i look (nice|good|pretty|beautiful|hot|cute)",
       # "Said I 'look killer' in the new jacket"; "keeps calling me Jenny" (her first name).
       r"i ['\"]?(look|looked) (killer|amazing|great|sexy|gorgeous|fine|stunning)\b",
       r"(keeps?|kept) (calling|calls) me (?-i:[A-Z][a-z]+)\b",
       r"compliments? (\w+ ){0,2}(sur|on|about) (mes|my|her|his|ses|your|tes|vos) (yeux|eyes|"
       r"cheveux|hair|looks?|smile|sourire|body|corps|figure|lips|levres|legs|jambes)",
       r"(special|speciale|particuliere|unique|real) (connection|connexion|bond|lien)",
       r"(toi|vous) (pis|et) moi\b", r"(you|u) and me (are|have|got)\b", r"asked (me )?if i('?m|"
       r" am| was) "
       r"(single|married|seeing|with)", r"if i (have|had) (kids|children|a (wife|husband|"
       r"boyfriend|girlfriend|partner))", r"what school", r"where i (live|park|stay)",
       r"my (home )?address", r"my first name",
       # Things asked from staff's home: « m'a demandé de lui amener des graines de chez nous ».
       r"(demand\w*|asked|asks|asking|wants?|veut) (\w+ ){0,3}(de |to )?(lui |me |him |her )?"
       r"(amener|apporter|emmener|rentrer|bring|get) (\w+ ){0,5}(de chez (nous|vous|toi|moi|"
       r"elle|lui|vous autres)|from (your|her|his|my) (home|house|place|garden|yard)|from home)\b",
       # Told of her: "asked her twice whether she has kids", « demande si elle a des enfants ».
       r"(asked|asking|asks|demande\w*) (her|him|me|lui|the officer|the nurse|l'agente?|"
       r"l'infirmi\w+) (\w+ ){0,2}(if|whether|si) (she|he|you|elle|il|tu|vous) (has|have|had|"
       r"a|avait|as|avez) (any |des |un |une )?(kids|children|a (wife|husband|boyfriend|"
       r"girlfriend|partner)|enfants|kids|chum|blonde|mari|femme)\b",
       r"(asked|asks|asking|demande\w*) (\w+ ){0,3}(if|whether|si) (she'?s|he'?s|you'?re|she is|"
       r"he is|you are|elle est|il est|tu es|vous etes) (on|sur) (facebook|instagram|snapchat|"
       r"tiktok|insta|snap)",
       r"(husband|wife|boyfriend|girlfriend|mari|femme|chum|blonde) (must be|is|est|doit etre) "
       r"(a )?(lucky|chanceu\w*)",
       r"(asked|asks|asking|demande\w*) (\w+ ){0,2}(her|him|if she|if he|si elle|"
       r"si il) (\w+ ){0,3}"
       r"(still )?(living|lives|lived|reste|habite|demeure) (out )?(by|in|on|at|near|pres|a|au|"
       r"dans)\b",
       # Contact after release asked of staff: "asked for my Facebook so he can keep in touch".
       r"(asked|asks|asking|wants|wanted|demande\w*) (\w+ ){0,3}(for |pour )?(my|her|his|your|mon|"
       r"ma|son|sa|ton|ta) (facebook|instagram|snapchat|tiktok|insta|snap|socials|email|e-?mail|"
       r"courriel|cell (phone|number|#)|phone number|number|numero)",
       r"keep in touch (with (me|her|him|staff))?(\w+ ){0,3}(after|once|when) (he'?s|he is|"
       r"she'?s|i'?m|he gets|he get) (out|released)", r"(personal|home) (cell|phone|number|#)",
       r"what time (my|i) (shift|finish|get off|leave)", r"my shift ends",
       r"which (door|exit|car) i", r"what (car|vehicle|truck) (i|do i)\b",
       r"(asked|asking|asks) (\w+ ){0,3}(about )?my (family|kids|wife|husband|address|car|plate|"
       r"schedule|days off|personal)", r"(bring|get) (him |them |me )?(in )?(some )?"
       r"(tobacco|phones?|drugs|stuff|things)",
       r"make it worth (my|your|her|his|their) (while|wile)",
       r"pay (me|you) to", r"me payer", r"rend\w* (un|des) (petits?|p'?tits?)? ?services?",
       r"(pas comme|not like) (les autres|the other (guards|cos|officers|staff|ones))",
       # Flattery and closeness as they sound: looks, "the only one who gets me", a first name.
       r"(look|looks|looking|looked) (\w+ ){0,1}(better|good|nice|pretty|beautiful|hot|great|"
       r"cute) (with|in|today|tonight)", r"(the )?only one (\w+ ){0,2}(who|that) (\w+ ){0,1}(gets|"
       r"understands|cares about|listens to|gets through to) (me|him)",
       r"(la |le )?seule? (\w+ ){0,2}qui (me|le) (comprend|comprends|ecoute)",
       r"(called|calls|calling|appel\w*) (co|cx|officer|nurse|guard|l'agent|l'agente|agent|"
       r"agente|l'ac|ac) \w+ '\w+'", r"off the books", r"(without|not) (going|go|goes) through "
       r"(the )?(system|mail|mailroom)",
       r"(connait|knows) (\w+ ){0,3}(nom|name|adresse|address) (de|of) (sa|ta|votre|your|his|her) "
       r"(femme|wife|blonde|chum|mari|husband|enfants|kids|fille|daughter)", r"vie privee",
       r"personal life", r"(beaux yeux|beautiful eyes|nice eyes)",
       # Looks praised to a staff member: "that colour suits you", "le vert vous va bien".
       r"(vous|te|t') (va|vont|allait|allaient) (\w+ ){0,1}(bien|a ravir|a merveille)",
       r"(looks?|looked) (\w+ ){0,1}(good|great|nice|pretty|beautiful|hot|cute|lovely) on (you|u|"
       r"her)\b", r"(suits|suited) (you|u|her) (\w+ ){0,1}(well|nicely|perfectly)?",
       r"(should|devriez|devrais|devrait) (\w+ ){0,2}(wear|porter) (\w+ ){0,3}(more|plus)\b",
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
       r"(ou|où) je (reste|demeure|habite)", r"mon (adresse|prenom|nom de famille)",
       r"mes enfants",
       r"si (chu|j'?suis|je suis|j'etais) sur (facebook|instagram|insta|snap\w*|tiktok|fb)\b",
       r"mon (numero|num|#|cell|cellulaire)( de (telephone|tel|cell))? (personnel|perso)",
       r"t'es (belle|beau|cute)",
       r"(asked|asking|asks|demande\w*) (\w+ ){0,2}(officer|co|cx|nurse|agente?|l'agente?|"
       r"l'infirmi\w+) (\w+ ){0,2}(if|whether|about|si) (her|his|sa|son|ses) (daughter|son|kids?|"
       r"children|wife|husband|family|fille|fils|enfants|femme|mari|famille)",
       r"(what|which|quelle?) (street|town|area|city|road|part of town|rue|ville|quartier|coin) "
       r"(\w+ ){0,3}(lives|live|stays|reste|habite|demeure)\b",
       r"(officer|guard|one|co|cx|agent|agente|celle|celui) (\w+ ){0,1}(who|that|qui) "
       r"(lives|drives|reste|habite|demeure|conduit|parks)\b",
       r"si (j'|je |l'agente? |elle |il )(restais|reste|demeure|demeurais|habite|habitais|vis|"
       r"vivais)\b", r"si (ma|mon|mes) (fille|fils|gars|enfants|kids|blonde|chum|femme|mari)\b",
       r"(what|which|quel|quelle) (\w+ )?(perfume|cologne|parfum|shampoo|shampoing)",
       r"(you|u|ya) (always |really |sure |so )*(look|looks|looking|smell|"
       r"smells) (\w+ ){0,1}(nice|"
       r"good|pretty|beautiful|hot|great|cute|lovely|sexy|amazing)\b",
       r"(call\w*|appel\w*|address\w*|nomm\w*) (\w+ ){0,3}(par|by) (mon|ma|ton|my|"
       r"your) (petit nom|"
       r"prenom|first name|nickname|surnom)",
       r"si (j'|je |l'agente? |elle |il )(avais|avait|ai|a) (des )?(enfants|kids|flos|p'tits|"
       r"petits|une blonde|un chum|un mari|une femme)",
       r"(quelle|a quelle|ou) (\w+ ){0,1}ecole (\w+ ){0,2}(mes|tes|ses|vos|leurs)? ?(enfants|kids|"
       r"flos|p'tits|petits)?(\w+ )?(vont|va|allaient)",
       r"(ou|où) (y|ils|elles|mes enfants|tes enfants) (vont|allaient) (a l'|à l')ecole",
       # Programs' and chaplaincy staff bring worksheets; mail they carry out is another matter.
       r"(asked|asking|asks|wants|wanted|begged|begging|tried to get|trying to get) the (\w+ )?"
       r"(facilitator|teacher|instructor|librarian|chaplain|volunteer|interpreter|elder|worker) "
       r"to (mail|post|sneak|smuggle|look the other way|make (a|some) calls? for)\b",
       r"(asked|asking|asks|wants|wanted|begged|begging|tried to get|trying to get) (me|staff|"
       r"the (officer|co|nurse|guard)) to (mail|post|send|bring|pass(?! (on|along)\b)|deliver|"
       r"carry|sneak|"
       r"smuggle|look the other way|make (a|some) calls? for)",
       r"(offered|offering|offers) (to pay|me money|me cash|money|cash)",
       r"m'a offert (de l'argent|du cash|de me payer|\d+)",
       r"(si je|que je) (lui )?(apporte|apportais|rentre|rentrais|fais entrer|poste|postais)"),
    # triage-policy immediate: a staff member compromised right now (passing something in).
    concept("staff_compromised", "immediate", {SI}, "staff member compromised",
       "membre du personnel compromis",
       # Seen handing a man contraband: "watched Officer T. hand a phone to Hébert".
       r"\b(officer|co|cx|guard|nurse|instructor|staff member|agente?|infirmi\w+)\b"
       r"[^;!?]{0,30}\b(hand|hands|handed|handing|pass|passed|passing|slip|slipped|give|gave|giving|remet|remis|"
       r"donne\w*|passe\w*|glisse\w*) (him |her |them )?(a |an |the |un |une |le |la |his |her |"
       r"son |sa )?(\w+ ){0,2}(phone|cell ?phone|cellphone|package|pills|drugs|tobacco|cellulaire|"
       r"paquet|pilules|drogue|tabac) (to|a|au)\b",
       # The thing named first: « une employée de la cuisine sortir un paquet de sa boîte à lunch
       # pis le donner au det. Bergeron ».
       r"(employee?|employe\w*|cuisiniere|cook|worker|travailleuse?|contractor|instructor|"
       r"instructeur|teacher|enseignante?|officer|agente?)\b[^.;!?]{0,80}\b(paquet|package|colis|"
       r"cellulaire|cell ?phone|phone|baggie|pouch|tabac|tobacco|drugs|drogue|pills|pilules)\b"
       r"[^.;!?]{0,60}\b(le |la |les |it |them )?(donn\w*|remett\w*|pass\w*|gave|give\w*|hand\w*|"
       r"slipp?\w*) (\w+ )?"
       r"(to|au|a) (the |an |a |le |la )?(det\b|detenue?|inmate|inm\b|resident|residente|"
       r"offender)",
       # Seen taking something from a man and hiding it on herself: "the officer on 3 took a
       # package out of Olson's hand and put it in her vest".
       r"\b(officer|co|cx|guard|nurse|instructor|staff member|agente?|infirmi\w+)\b (\w+ ){0,4}"
       r"(took|take|takes|taking|grabbed|accepted|received|pris|prend|accepte|recu) (a |the |un |"
       r"une )?(\w+ )?(package|bag|envelope|bundle|paquet|sac|enveloppe)[^.;!?]{0,50}\b(put|puts|"
       r"tucked|slid|stuffed|mis|met|cache|glisse) (it |le |la )?(in|into|under|dans|sous) (her|"
       r"his|sa|son) (vest|pocket|bag|jacket|bra|waistband|veste|poche|sac|manteau|brassiere)",
       r"(expose|report|rat (on|out)|denoncer|devoiler) (her|him|la|le) (unless|if (she|he) "
       r"(doesn'?t|does not|won'?t)|sauf si|si (elle|il) (ne )?(rentre|apporte))",
       r"\b(officer|ofc|co|cx|c/o|guard|nurse|instructor|screw|staff member|(the )?(guy|girl|lady|"
       r"one) "
       r"(on|from) (nights|days|evenings|the night shift|the day shift)|(le|la) (gars|fille|"
       r"madame) (de nuit|de soir|de jour))\b[^.;!?]{0,40}\b(bring\w*|brought|sneak\w*|smuggl\w*|"
       r"rentr\w*|apport\w*) (\w+ ){0,3}(in |inside |dedans )?(\w+ ){0,2}(tonight|today|tomorrow|"
       r"this weekend|ce soir|a soir|demain|en fin de semaine)\b",
       r"\bunless (the |that |this )?(officer|co|cx|guard|nurse|instructor|staff member|she|he|"
       r"you|u) (\w+ ){0,2}(brings?|bring(ing)? in|sneaks?|smuggles?|gets?|carr(y|ies)|mails?|"
       r"passes?) (\w+ ){0,4}(in|inside|tonight|today|tomorrow|now|for (him|me))\b",
       r"\b(a moins (que|qu')|sauf si) (l'agente?|le gardien|l'infirmiere|elle|il|tu|vous) "
       r"([\w']+ ){0,2}(apporte|rentre|passe|amene|fasse entrer)\w*",
       r"out of (her|his) (own )?(purse|handbag|lunch ?bag|lunch ?box|backpack|sacoche|sac a main)"
       r"[^.;!?]{0,60}\b(to|a) (?-i:[A-Z])\w+",
       r"(sorti|sort|sortait) (\w+ ){0,3}de (sa|son) (sacoche|sac a main|boite a lunch|sac a dos)"
       r"[^.;!?]{0,60}\b(a|au) (?-i:[A-Z])\w+",
       # A uniformed officer passing something: "CO just handed a package to inmate Fox".
       r"\b(co|cx|officer|guard|staff|nurse|instructor|steward|agente?|gardien|surveillant|"
       r"employee)\b[^.;!?]{0,40}\b(handed|passed|slid|slipped|gave|remis|passe|glisse|donne)"
       r"\w* (\w+ ){0,2}(a |an |the |un |une )?(small |little |petit |petite )?(package|bag|"
       r"parcel|bundle|envelope|phone|paquet|sac|colis|enveloppe|cellulaire)\b[^.;!?]{0,30}\b(to|"
       r"a|au) (an? |l')?(inmate|inm|offender|detenu|(?-i:[A-Z])\w+)",
       # Or handing the offender one, told recipient first: "hand inm Vasquez a sealed package".
       r"\b(co|cx|officer|guard|staff|nurse|instructor|steward|agente?|gardien|surveillant|"
       r"employee)\b[^.;!?]{0,40}\b(hand|pass|slip|give|gave|slid|remet|remis|donne|glisse|passe)"
       r"\w* (an? |the |l')?(inmate|inm|offender|detenue?|au detenu|a (?-i:[A-Z])\w+|"
       r"(?-i:[A-Z])\w+) (\S+ ){0,2}(a |an |the |un |une )?(small |little |sealed |taped |petit |"
       r"petite )?(package|bag|parcel|bundle|envelope|phone|paquet|sac|colis|enveloppe|"
       r"cellulaire)\b",
       # Or taking one from a visitor or an offender's family: "seen taking a taped package
       # from his mother and tucking it in her jacket".
       r"\b(co|cx|officer|guard|staff|nurse|instructor|steward|agente?|gardien|surveillant|"
       r"employee)\b[^.;!?]{0,40}\b(tak|took|accept|receiv|pris|prend|accept|recu|recev)\w* "
       r"(\w+ ){0,2}(a |an |the |un |une )?(small |little |petit |petite )?(\w+ )?(package|bag|"
       r"parcel|bundle|envelope|phone|paquet|sac|colis|enveloppe|cellulaire)\b[^.;!?]{0,30}\b("
       r"from|de|du|de la) (the |an? |la |le |l')?(inmate|inm|offender|detenu|visitor|visiteur|"
       r"visiteuse|(his|her|sa|son) (mother|wife|girlfriend|brother|sister|mere|femme|blonde|"
       r"frere|soeur)|(?-i:[A-Z])\w+)"),
    # CD 568-2: information about a staff member goes to the SIO only.
    concept("staff_info", "priority", {SI}, "staff information", "information sur un employé",
       # Shifts probed from outside: "appelle au poste pour savoir quel agent travaille à soir".
       r"(savoir|demande\w*|ask\w*|find out|know|wanted to know) ([\w']+ ){0,2}(quel|quelle|quels|"
       r"which|what|who) (agent|agente|agents|officers?|guards?|staff|cos|cxs?|gardiens?|"
       r"surveillants?|nurses?|infirmi\w+)( \w+)? (travaill\w*|work\w*|is on|are on|est de|sont "
       r"de|on shift|de garde|de nuit|de soir|fait (le |du )?(temps supp|overtime|ot|shift|quart)|"
       r"does (the )?(overtime|ot|shift)|rentre)",
       # When her shift ends: « à quelle heure finit le quart », "what time her shift ends".
       r"(a )?quelle heure (finit|fini|commence|termine|debute) (le|son|leur|ton|votre) "
       r"(quart|shift|chiffre)",
       r"what time (her|his|the|your|their) (\w+ )?shift (ends|starts|finishes|is over|begins)",
       r"(officer|(?-i:CO|CX)|guard|staff|agente?|surveillant) (\w+ ){0,4}(leaving|leaves|left|"
       r"quitte|quittait) (his|her|son) (post|poste)", r"quitte son poste pour",
       r"(officer|(?-i:CO|CX)|guard|staff member|nurse|instructor|teacher|colleague|co-?worker|"
       r"agente?|collegue|infirmi\w+|surveillant|employe)\b(\s+[\w']+){0,4}\s+(is |was |has been |"
       r"have been |a )?((bring(s|ing)?|brought|smuggl\w*|sneak\w*) (\w+ ){0,3}in\b|dating|"
       r"seeing (an? |the )?(inm|inmate|offender|parolee|client)|sleeping with|texting|"
       r"messaging|kissing|hugging|selling|sells|sold|taking money|took money|"
       r"(hand|hands|handed|handing|slip|slips|slipped|slipping|pass|passes|passed|passing) "
       r"(him|her|them|the inm\w*|an inm\w*) (a |an |some )?(\w+ )?(note|package|phone|cell|"
       r"pouch|baggie|bundle|folded (\w+ )?(paper|letter|envelope))s?|"
       r"accept(ed|ing|s)? (gifts?|money|cash|an? gift|favou?rs?)|passing (notes|messages|"
       r"info\w*|contraband|stuff)|leak\w*|too (friendly|close)|over-?familiar|asleep on|"
       r"drunk on|high on|fait entrer|apporte|fr[eé]quente|vend|(found|caught) with|"
       r"(giv(es|ing)|gave|donne) (\w+ ){0,2}(extra|free|special|money|cash|tobacco|cigarettes|"
       r"drugs|phones?|personal|de l'argent|du tabac))\b",
       # Things from outside brought to an offender: "Officer X, she brings me the paper".
       r"(officer|(?-i:CO|CX)|guard|staff member|instructor|teacher|agente?|surveillant)\b"
       r"[^.;!?]{0,40}\b(brings?|brought|bringing|m'apporte|lui apporte|apportait) (me|him|her|"
       r"them)? ?(\w+ ){0,2}(newspapers?|papers?|the (?-i:[A-Z])\w+|journal|journaux|magazines?|"
       r"revues?|coffee|cafe|timmies|tim's|food from|bouffe|snacks?|chips|candy|bonbons|smokes|"
       r"cigarettes|lighter|briquet)\b", staff=True),
)
# fmt: on
