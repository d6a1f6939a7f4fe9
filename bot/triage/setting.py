"""Where an observation is made: under community supervision (CD 715) or inside an institution.

triage-policy: community supervision is recognised by its setting (a CCC or halfway house, a home
or work visit, the parole office, police or collateral contacts), never by the words "offender" or
"client" alone. A strong cue decides; a weak one only when nothing places the man inside.
"""

from __future__ import annotations

# Police services by their initials (Sûreté du Québec, RCMP, OPP, city services: Montréal, Québec,
# Gatineau, Longueuil, Laval, Sherbrooke, Ottawa, Toronto, Winnipeg, Vancouver, Edmonton).
_POLICE = "SQ|GRC|RCMP|OPP|SPVM|SPVQ|SPVG|SPAL|SPL|SPVS|OPS|TPS|WPS|VPD|EPS"

# Where a man on conditional release lives or goes: the setting, unless the note is about the
# release still to come ("three weeks from day parole to the Ottawa CRC": he is inside).
_DESTINATIONS = (
    r"(?<!release\sto\sthe\s)(?<!releases\sto\sthe\s)(?<!released\sto\sthe\s)(?<!instead\sof\sthe\s)"
    r"(?-i:CCC|CRC|CCF|CRF|CRR)\b",
    r"centre (residentiel )?communautaire",
    r"day parole",
    r"semi-liberte",
)
_COMMUNITY_STRONG = (
    r"parolee",
    r"parole office",
    r"bureau (de|des) (liberation|libération|probation|libérations)",
    r"(landlord|employer|boss|foreman|supervisor at work|proprio|proprietaire|employeur|patron|"
    r"contremaitre|manager|gerante?)('?s)? ([\w.()':,-]+ ){0,6}(called|phoned|texted|emailed|"
    r"came (by|to the office)|says|said|reports?|reported|a (appele|telephone|texte)|appelle|"
    r"dit|rapporte)",
    r"(called|phoned|contacted|spoke (with|to)|appel\w*|parle (a|avec)) (the |his |"
    r"her |son |sa |le "
    r"|la |l')?(landlord|employer|boss|foreman|proprio|proprietaire|employeur|patron)",
    # A message left by a collateral contact: "msg left 0845 by landlord Mrs. Kaur".
    r"(msg|message|voicemail|vm|texto?|courriel|e-?mail|call|appel)s? (\w+ ){0,3}(from|by|de|du|"
    r"de la) (the |his |her |son |sa |le |la |l')?(landlord|employer|boss|foreman|proprio|"
    r"proprietaire|employeur|patron|contremaitre|police|(?-i:" + _POLICE + r")\b)",
    r"(appel|avis|msg|message) (du |de la |de l')?((?-i:" + _POLICE + r")\b|police)",
    r"bureau (de )?(la )?((?-i:LC)\b|libe|libe cond\w*)",
    r"work (site )?visit",
    # Electronic monitoring is worn on release only.
    r"(electronic monitoring|surveillance electronique|ankle (monitor|bracelet)|bracelet "
    r"electronique|(?-i:GPS) (shows|showed|shows that|alert|montre|indique|alerte)|"
    r"exclusion zone|zone d'exclusion)",
    # The reporting a man on release owes: "at the Gatineau office for his monthly".
    r"(for|pour) (his|her|son|sa) (monthly|weekly|bi-?weekly|mensuel\w*|hebdo\w*)( (report\w*|"
    r"check-?ins?|signature|rapport))?(?=\s*[,.;]|\s*$|\s+(at|au|a|with|avec)\b)",
    r"visite (au|sur le|sur son) (travail|lieu de travail|chantier)",
    # What the parole officer learned through a collateral: "je l'ai su par son proprio".
    r"(su|appris|learned|found out|heard) (\w+ ){0,2}(par|from|through) (the |his |her |son |sa |"
    r"le |la )?(landlord|employer|boss|foreman|proprio|proprietaire|employeur|patron|"
    r"contremaitre)",
    # A man on release reporting in: "client at office 1330 for his reporting".
    r"(at|in|au|to) (the )?(office|bureau) (\w+ ){0,2}(for|pour) (his|her|son|sa) (reporting|"
    r"report|check-?in|signature|rencontre de suivi)",
    r"no ?contact (condition|order)",
    r"conditions?:? no ?contact\b",
    r"conditions? de (non ?contact|non ?communication)",
    r"condition (de |d')(ne pas|pas) (la |le |les |lui |leur )?(communiquer|contacter|entrer en "
    r"contact|approcher)",
    r"(police service|police department|(?-i:PS|PD|" + _POLICE + r"))\b (\w+ ){0,3}"
    r"(called|phoned|advised|a appele|reported|stopped|arrested|picked up|intercept\w*|arret\w*|"
    r"interpell\w*)",
    r"(agent|agente|sgt|sergent|constable|officer|policier) (\w+ ){0,2}(de la |du |from (the )?)"
    r"((?-i:" + _POLICE + r")\b|\w+ (?-i:PS|PD)\b|police)",
    r"police de (?-i:[A-Z])\w+",
    # A patrol officer who saw the man out there: "le policier de quartier a vu le client".
    r"(policier|policiere|police officer|patrol officer|constable|cop) (\w+ ){0,3}(de quartier|"
    r"du quartier|communautaire|de la ville|(a|ont|has|had|have) (vu|seen|spotted|croise|arrete|"
    r"intercepte|interpelle|stopped|picked up))",
    r"interdi(ction|t) de contact",
    r"\((?-i:" + _POLICE + r"|PS|PD)\)",
    r"(?-i:PS|PD)\b,? (\w+ ){0,2}called",
    r"(?-i:Cst)\.? (?-i:[A-Z])\w+",
    r"(notre|le|la|du|au|un|une|our) (liberee?|libere conditionnel|parolee)\b(?! (le|"
    r"la|en|dans|par|sous))",
    r"community (maintenance|program|corrections|supervision|residential)",
    r"work release",
    r"home visit",
    r"(?-i:HV)\b",
    r"visite a domicile",
    r"collateral",
    r"curfew",
    r"(appel|avis) (du|de la) (police|(?-i:" + _POLICE + r")\b)",
    r"la police (m'|nous |me )?(avise|informe|appel\w*|rapporte)",
    r"couvre-feu",
    r"in the community",
    r"dans la communaute",
)
_COMMUNITY_WEAK = (
    # The parole officer's own night line: "Garde ALC", "after-hours line", "ligne de garde".
    r"(after-?hours|on-?call) (line|call|phone)",
    r"ligne de garde",
    r"garde (de soir |de nuit )?(?-i:ALC)\b",
    r"resident\b",
    # Victim services call about inmates as well as parolees.
    r"victim services",
    r"services aux victimes",
    # A police service named by its initials, where nothing places the man inside.
    r"(?-i:" + _POLICE + r")\b",
    r"(phone|weekly|monthly|telephone|tel) check-?in",
    # A family member's call is community supervision unless the note places the man inside.
    r"(sister|brother|mother|mom|father|dad|girlfriend|wife|partner|aunt|uncle|soeur|frere|mere|"
    r"pere|blonde|conjointe|tante|oncle)('?s)? ([\w.()':,-]+ ){0,5}(called|phoned|texted|"
    r"emailed|says|said|reports?|a (appele|telephone|texte)|appelle|dit|rapporte)",
    r"suivi (tel|telephonique)",
    r"(appel|msg|message|vm|texto|courriel) (de|du) (la |le |sa |son )?(soeur|frere|mere|pere|"
    r"blonde|conjointe|tante|oncle)",
    r"(office|bureau) (visit|visite|check-?in)",
    r"visite au bureau",
    r"halfway house",
    r"maison de transition",
    r"(my|mon|ma) (client|cliente)\b",
    r"(his|her|son|sa) (apt|apartment|appartement|place)\b",
    r"(new|nouvel|nouveau) (apt|apartment|appartement|address|adresse)",
    r"(address|adresse) change",
    r"changement d'adresse",
    r"(appel|rencontre) de suivi",
    r"follow-?up (call|meeting)",
    r"prochaine (rencontre|recontre)",
    r"police\b",  # called out to a parolee's home, or to an escape from an escort
    r"employer",
    r"employeur",
    r"appt",
    r"appointment",
    r"rendez-vous",
    r"rdv\b",
    r"(approved|approuvee?) (address|residence|adresse|associates?)",
    r"(residence|address|adresse) (is |was )?(not|non|pas) (approved|approuvee)",
    r"adresse approuvee",
    r"(laid off|mis a pied|mise a pied)",
    # A halfway house by its name: "Harbour House", "Maison Radisson".
    r"(?-i:[A-Z][a-z]+) (?-i:House)\b",
    r"(?-i:Maison) (?-i:[A-Z][a-z]+)",
    r"(at|to|called|into) the office\b",
    r"(au|le) bureau",
    r"(?-i:Bureau) (?-i:[A-Z])[\w-]+",  # a parole office by its name: "Bureau Ville-Marie"
)
_INSTITUTION = (
    r"inms?\b",
    r"inmates?",
    r"i/ms?\b",
    r"detenue?s?\b(?! (au|a la|par la|dans un) (poste|police))",
    r"codetenue?s?",
    r"servery",
    r"tiers?\b",
    r"landing",
    r"cellies?",
    r"(?<!au\s)(?<!son\s)cells?\b(?! ?(phone|#|number))",
    r"cellules?",
    r"ranges?\b",
    r"rangee",
    r"units?\b",
    r"unite",
    r"yard",
    r"(?-i:SIU|UIS)\b",
    r"seg\b",
    r"isolement",
    r"count\b",
    r"denombrement",
    r"lock ?up",
    r"corcan",
    r"(?-i:WED)\b",
    r"penitencier",
    r"institution",
    r"(le gars|the guy|guy) (de la|in|from) \d+",
    r"(sort|sortira|releas\w*|libere\w*) (\w+ ){0,4}(dans \d+|in \d+|next (week|month)|"
    r"la semaine prochaine|le mois prochain)",
    r"health care",
    r"infirmerie",
    r"infirmi\w+",
    r"(?-i:SIO|ASR|ARS)\b",
)
# The setting's pattern lists, scanned with the concepts and cues in one pass.
SETTING_CUES = {
    "community": _COMMUNITY_STRONG,
    "community, destination": _DESTINATIONS,
    "community, weak": _COMMUNITY_WEAK,
    "institution": _INSTITUTION,
}


def community_cue(found: dict[str, list[tuple[int, int]]]) -> tuple[int, int] | None:
    """Where the words that place the observation under community supervision are, if any."""
    strong = found["community"]
    before_release = found["pre_release"]  # a release still to come: the man is inside
    if not before_release:
        strong = strong + found["community, destination"]
    if strong or found["institution"] or before_release:
        return min(strong, default=None)
    return min(found["community, weak"], default=None)
