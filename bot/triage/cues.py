"""Cues around the concepts: negation, hedges, harmless contexts, the past, and the setting.

The concepts in ``bot.triage.lexicon`` say what an officer reports; these cues say how it stands:
denied or absent, hedged, a joke or a drill, over and done; ``bot.triage.setting`` says whether the
observation is made in the community or inside.
All patterns run on accent-folded text (``fold``), so ``fouillé`` and ``fouille`` read alike.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from bot.triage.scanner import Scan, compile_terms, fold
from bot.triage.setting import SETTING_CUES

# triage-policy: negation lowers urgency. A cue counts within a few words before the term, in
# the same clause ("but", "mais", a full stop end it). Denial keeps the topic's route.
_DENIAL = (
    r"(den(y|ies|ied|ying)|nie|niait|nient|nié)\b|no (signs?|evidence|indication) of"
    r"|aucune? (signe|indice|trace)s? d"
)
_NEGATION = compile_terms(
    (
        _DENIAL,
        r"no(?![-\w])(?! (idea|doubt|matter|later|sooner))(?![ .]*\d)",  # not "cell no. 4"
        r"not\b(?! (sure|certain|clear|only|just))",
        r"never\b",
        r"none\b",
        r"nothing\b",
        r"nil\b",
        r"without\b",
        r"negative (for|on)",
        r"neg for",
        # "Don't worry about me" reassures; it negates nothing that follows.
        r"(did|does|do|is|was|are|were|has|have|had|could|would)"
        r"(n'?t| not)\b(?<!dont)(?! worry)",
        # English "dont" (don't) typed without its apostrophe, not French "dont" (of which),
        # which a determiner or a pronoun follows: "une brosse dont le manche...".
        r"dont\b(?! (le|la|les|l'|il|elle|ils|elles|on|je|j'|un|une|des|tu|nous|vous|ce|cet|"
        r"cette|ces|son|sa|ses|leur|leurs|mon|ma|mes|plusieurs|certains|certaines|deux|trois|"
        r"quatre|cinq|\d))",
        r"won'?t",
        r"will not",
        r"aucune?\b",
        # Nor does "inquiète-toi pas" / "t'inquiète pas" ("don't worry").
        r"(?<!inquiete\stoi\s)(?<!inquiete-toi\s)(?<!t'inquiete\s)(?<!inquietez\svous\s)"
        r"(?<!inquietez-vous\s)pas\b(?! sur)",
        r"ni\b",
        r"sans\b",
        r"jamais\b",
        r"(nobody|no one|no-one|noone)\b",
        r"personne (ne|n')",
        # Québec's "personne le menace" (nobody threatens him), after "que", "pis", "mais", "et".
        r"(?<=\bque\s)personne\b",
        r"(?<=\bpis\s)personne\b",
        r"(?<=\bmais\s)personne\b",
        # "Personne a bouché de toilette" (nobody plugged a toilet), not "la personne a frappé".
        r"(?<!la\s)(?<!une\s)(?<!cette\s)(?<!chaque\s)(?<!autre\s)(?<!seule\s)(?<!de\s)"
        r"(?<!quelle\s)personne (a|est|s'est|avait|va)\b",
        # "ne ... plus": "elle ne s'est plus blessée", "il n'en prend plus".
        r"n(e |')(\w+ |\w+'){0,2}(plus|pu|pus)\b",
        # Québec's "pense pu à" (no longer thinks of), without its "ne": "y pense pu à se faire
        # du mal". Not "pu" alone, which tells the facts in joual ("y bouge pu", "trouve pu ses
        # clés") and denies nothing that follows.
        r"(pense|pensait|parle|parlait) (pu|plus|pus) (a|de|d')",
        r"negati(f|ve)\b",
        r"rien\b",
    )
)
_IS_DENIAL = re.compile(rf"(?:{fold(_DENIAL)})")
_LISTS = re.compile(rf"(?:{fold(_DENIAL)})|no\b|none|nothing|without|aucune?|ni\b|sans|rien|pas\b")
# triage-policy: hedged risk is still risk; a hedge after the negation cue cancels it.
_HEDGE = compile_terms(
    (
        r"might",
        r"may\b",
        r"could",
        r"maybe",
        r"possibl[ey]",
        r"probabl[ey]",
        r"prob\b",
        r"perhaps",
        r"not sure",
        r"unsure",
        r"unclear",
        r"peut-etre",
        r"pourrai\w*",
        r"possiblement",
        r"probablement",
        r"soupcon\w*",
        r"suspect\w*",
        r"threaten\w* to",
        r"menace de",
        r"pas sur",
    )
)
assert _NEGATION.lower is not None and _HEDGE.lower is not None  # both lists have patterns
_NEGATION_CUES = _NEGATION.lower
_HEDGES = _HEDGE.lower
_CLAUSE_END = re.compile(  # read in the lower-case text
    r"[.;:!?\n()]|\b(but|mais|though|however|cependant|pourtant|except|sauf|yet|although|"
    r"alors que|whereas|tandis que|then|puis|while|pendant que)\b"
)
# A verb joined by "and" starts a clause of its own: "told no seconds and swung at the CO".
_JOINED_VERB = re.compile(
    r"\b(and|et|pis) (\w+ed|swung|threw|hit|struck|spat|bit|drove|took|ran|went|came|got|"
    r"has|had|was|is|a|est|s'est|l'a|l'ont|ont)\b"
)
_CONDITION = re.compile(r"\b(si|if|unless|a moins)\b")
_PRONOUNS = r"je|j'|il|elle|ils|elles|i|he|she|they|we"
_SUBJECT = re.compile(rf"\b({_PRONOUNS}|on)\b")
# A new subject after the cue starts a clause of its own, told without a comma: "il va pas bien
# il veut se tuer" denies nothing of the killing. Not when the cue's verb reports it ("didn't say
# he would", "no thoughts that he would", "pense pas qu'il va"): the "not" covers what follows.
_NEW_SUBJECT = re.compile(rf"(\w+)?'?\s*\b({_PRONOUNS})\b")  # not "on", also a preposition
_REPORTING = frozenset(
    """that que qu say says said saying tell tells told mention mentions mentioned think thinks
    thought feel feels felt believe believes like sure whether if si dit dire disait pense
    pensait croit croyait mentionne trouve""".split()
)
_NEGATION_WORDS = 4  # words allowed between the cue and the term ("denies any thoughts of SI")
# Words that do not count among them: "denies any thoughts of suicide or self-harm"; and the
# soft phrase right after the cue in "doesn't seem like he wants to hurt himself", or the heard
# talk in "nobody has heard him talk about hurting himself".
_TRANSPARENT = frozenset(
    "any of or nor and ou ni et thoughts thought idees idee de d' des".split()
)
_SOFTENED = re.compile(
    r"^\s*((seem|seems|seemed|look|looks|appear|appears) like (he|she) wants? to|(has |have |"
    r"had )?(heard|hear) (him|her|them) (talk|talking|say|saying|mention|mentioning) (about|of)?)"
    r"\b"
)
_LOOKBACK = 90
# A search or check is the point of the note: what it did not find still goes on record.
_CHECK = (
    r"search\w*",
    r"fouill\w*",
    r"frisk\w*",
    r"pat[- ]?down",
    r"shakedown",
    r"sweep",
    r"inspection",
    r"checked (on|in on)",
    r"wellness check",
    r"(cell|welfare|locker|room|area|bag|property|body|security|perimeter|range) "
    r"(check|inspection)",
    r"(at|on|during|after) (the |a |his |her )?(\w+ )?check\b",
    r"verifi\w*",
    r"ion ?scan",
    r"metal detector",
    r"detecteur de metaux",
    r"body ?scan\w*",
    r"(tool|tools|outils?) (count|compte|decompte)",
    r"compte des outils",
    r"urinalysis",
    r"(urine|drug) (test|screen)",
    r"test d'urine",
    r"assessment",
    r"evaluation",
)


@dataclass(frozen=True)
class Negation:
    """A negation cue that governs a term: where it starts, and whether it is a denial."""

    start: int
    denial: bool


def negation_before(lower: str, start: int) -> Negation | None:
    """The negation cue governing the term at ``start``, if any (no cue across a clause end)."""
    lo = max(0, start - _LOOKBACK)
    clause = lower[lo:start]
    if not _NEGATION_CUES.search(clause):  # most terms have no cue anywhere before them
        return None
    ends = list(_CLAUSE_END.finditer(clause))
    if ends:
        lo += ends[-1].end()
        clause = clause[ends[-1].end() :]
    parts = clause.split(",")
    window = parts[-1]
    cues = list(_NEGATION_CUES.finditer(window))
    # "no weapons, drugs or phones found": a list carries a "no" across its commas (but not
    # a verb's "won't come out, has jammed the door").
    if not cues and len(parts) > 1 and len(window.split()) <= 1 and len(parts[-2].split()) <= 4:
        listed = f"{parts[-2]},{window}"
        cues = [cue for cue in _NEGATION_CUES.finditer(listed) if _LISTS.match(cue.group())]
        window = listed if cues else window
    offset = lo + len(clause) - len(window)
    if not cues:
        return None
    cue = cues[-1]
    after = _SOFTENED.sub(" ", window[cue.end() :])
    counted = [w for w in after.split() if w not in _TRANSPARENT]
    if len(counted) > _NEGATION_WORDS:
        return None
    joined = _JOINED_VERB.search(lower, offset + cue.end(), start + 12)
    if joined and joined.start() < start:
        return None
    if _HEDGES.search(window, cue.start()):
        return None
    denial = bool(_IS_DENIAL.match(window, cue.start()))
    if not denial and any(m.group(1) not in _REPORTING for m in _NEW_SUBJECT.finditer(after)):
        return None
    after = lower[offset + cue.end() : start + 4]  # up to the term's first word
    if _CONDITION.search(window, 0, cue.start()) and _SUBJECT.search(after):
        return None  # "if he doesn't pay, I'll stab him": the "not" stays in the condition
    return Negation(offset + cue.start(), denial)


# A clause that gives a reason is not what a negation before it denies: "y dort pas parce qu'y
# commence à l'usine" denies the sleep, not the reason.
_REASON_OPENS = re.compile(r"(because|cause|parce|pcq|vu qu|car|puisque)\b")


def context_denied(lower: str, start: int) -> bool:
    """Whether a harmless context at ``start`` is denied ("he wasn't joking", "not a drill")."""
    return not _REASON_OPENS.match(lower, start) and negation_before(lower, start) is not None


@dataclass(frozen=True)
class Harmless:
    """A harmless context and the concepts it neutralises in its sentence."""

    labels: tuple[str, str]
    patterns: tuple[str, ...]
    neutralises: frozenset[str]
    figurative: bool  # also neutralises every concept marked figurative
    # triage-policy: a harmless context lowers the urgency; some keep the topic's route, as a
    # check does ("every blade signed back in", a threat checked and found to be a joke).
    keeps_route: bool = False
    whole_note: bool = False  # the context may be told in a later sentence ("asked him after")
    past_only: bool = False  # it counts only in a sentence that speaks of the past
    # Not when the sentence puts the act in the room: "a fight broke out between Roy and Tran
    # over the remote" during the game is a fight, not the broadcast.
    not_in_the_room: bool = False
    # It names its own words only: "suicide watch rounds" makes "suicide" the watch's name, but
    # "he says he will hang himself" in the same sentence is still said.
    own_words_only: bool = False
    # It settles the note: with it, a routine verdict of the rules stands, and the learned second
    # opinion is not asked (an illness or an injury already seen by health care reads, to the
    # model, like the emergencies it was trained on).
    settles: bool = False

    @property
    def name(self) -> str:
        """Its name among the scanned pattern lists."""
        return f"harmless: {self.labels[0]}"


def _harmless(
    en: str, fr: str, names: str, figurative: bool, *patterns: str, **kw: bool
) -> Harmless:
    return Harmless((en, fr), patterns, frozenset(names.split()), figurative, **kw)


# Laughter is no joke when the sentence goes on to say he meant it.
_NOT_SERIOUS_AFTER = (
    r"(?![^.;!?]{0,60}\b(serious|serieux|serieuse|meant it|no joke|pas une blague|pas pour rire|"
    r"do i look like|j'ai-?tu l'air|not joking|wasn'?t joking))"
)

# A tool found where work put it, not hidden, on a man or in his cell.
_NOT_HIDDEN = (
    r"(?!(\w+ ){0,3}(taped|hidden|stashed|wrapped|tucked|concealed|cache\w*|scotch\w*|"
    r"dissimul\w*|enroul\w*|his|her|on him|sur lui|cells?|cellules?|mattress|matelas|bunk|"
    r"pocket|poche|locker|casier|sock|bas|shoe|soulier|waistband))"
)

# A sport's bout that went on for real is a fight.
_NOT_FOR_REAL = (
    r"(?![^.;!?]{0,60}\b(turned into|for real|pour vrai|real fight|vraie bataille|kept (going|"
    r"punching|hitting)|after the bell|apres la cloche))"
)

# A report retold and then undone: "Earlier I reported E-12 unresponsive. Correction: earplugs";
# "Suivi: la 'bataille' que j'ai criée, c'était pas une bataille". What the retelling sentence
# names was the first report's fear, and a later word says it was nothing; a follow-up that
# turned worse ("c'était pas fini", "worse than I thought") undoes nothing.
_NOTHING_AFTER_ALL = (
    r"(?=[\s\S]{0,500}\b(turned out (to be )?(nothing|fine|ok|okay|harmless)|"
    r"not (shaped|sharpened|an? (od|overdose|seizure|shank|weapon))\b|false alarm|"
    r"(?<!not\s)ruled out|sorry for the (alarm|scare|scramble|call)|nothing to it|"
    r"(nurse|medical|hc|ems) not (needed|required)|closing (it|this) out|approved (work )?pass|"
    r"c'etait (pas (une?|du|de la) (convulsion|od|surdose|arme|feu|bataille)|rien)\b|"
    r"s'est avere\w* (rien|correct|faux|negati\w*)|fausse (alerte|alarme)|"
    r"desole pour (l'alerte|la panique|le derangement)|(infirmiere|medecin|sante) pas "
    r"necessaire))"
    r"(?![\s\S]{0,500}\b(worse|pire|more serious|plus grave|pas fini|still going|escalat\w*))"
)
_RETOLD = (
    r"^\W*(ref|re|further to|update (on|to|re)|suivi (de|du|sur))\b[^.;!?]{0,30}\b(0875|entry|"
    r"entree|report|rapport|log|call|appel|\d{3,4})\b",
    r"(earlier|previously|this morning|tantot|plus tot|ce matin),? (i|j'ai) (\w+ )?(reported|"
    r"called|sent|radioed|flagged|logged|wrote|signale|rapporte|appele|envoye|crie)",
    r"(que|qu') j'ai (signale|rapporte|crie|appele|envoye|call)\w*",
    r"(that|which|the \w+) I (reported|called( in)?|radioed|flagged|logged|sent)\b",
)


# triage-policy: alarming words in harmless contexts ("fire drill", "movie about a riot").
# A man changed since a death, not only in tears: withdrawn, not eating, not sleeping.
_CHANGED = (
    r"(isolat|withdr|skip|not eat|won'?t eat|stays? in|refus|mange pas|s'isol|repli|"
    r"dort (pu|plus|pas)|not sleep|can'?t sleep|hasn'?t slept|insomn|hardly sl|barely sl|"
    r"no sleep|missed (\w+ )?(days?|shifts?) (of|at) work|voices?|voix|hallucin|paranoi|"
    r"voir personne|see (any|no) ?one|couvert sa fenetre|covered (his|her) window)"
)

# Teams whose games are watched on the unit's television.
_TEAMS = (
    r"(habs|leafs|canadiens?|bruins|sens|senators|jets|oilers|flames|canucks|raptors|alouettes|"
    r"blue jays|expos|team canada|equipe canada)"
)

# A release or a transfer on its way: "transféré au minimum demain", "out on the 29th to the CRF".
_LEAVING = (
    r"(transfere\w*|transferred|transferring|transfer|released|libere\w*|sort|leaving|s'en va|"
    r"part) (\w+ ){0,3}(au |to |a la |en )?(minimum|medium|camp|ccc|crc|maison|another|autre|"
    r"demain|tomorrow|next week|la semaine prochaine)",
    r"(out|released|leaving|leaves|sort|part) (on|le) (the )?\d{1,2}(st|nd|rd|th|e)?\b",
    r"(out|released|leaving|leaves|going|goes|heads?|sort|part|s'en va)\b[^.;!?]{0,30}\b(to|a|au|"
    r"a la) (the )?(\w+ )?(crf|ccc|crc|halfway house|maison de transition)\b",
)

HARMLESS = (
    _harmless(
        "fiction",
        "fiction",
        "weapon hostage escape escape_talk",
        True,
        r"(ufc|mma|wwe|boxing match|fight night|combat extreme|match de boxe)",
        r"(at|a) (the|la) (tv|television|tele|screen|ecran)\b",
        r"\b(dvd|blu-?ray|netflix)\b",
        r"(movie|film|cop show|tv show|horror movie|episode|documentary) (night|scene|on the tv|"
        r"in the dayroom)",
        r"soiree (de )?(film|cinema|tele)",
        r"(movie|film)s? (du|de la|of the) (\w+ )?(soir|night|semaine|week)",
        r"(film|movie|histoire|story|livre|book|roman|novel|essay|dissertation|redaction|paper) "
        r"(\w+ ){0,2}(d'|de |about |sur |on )(a |an |the |un |une |la |le |les )?"
        r"(evasion|escape|prison|gangsters?|mafia|guerre|war|hold-?up|braquage|vol|meurtre|"
        r"murder)",
        r"(\w+ )?scene in (?-i:[A-Z])\w+",
        # A video game with a headset: « il jouait à la Xbox avec le casque, c'était au jeu ».
        r"(jou\w*|play\w*) (a |à |au |on )?(la |the |his |sa |son )?(xbox|playstation|ps[345]|"
        r"switch|nintendo|jeu video|video ?games?|fortnite|call of duty|gta)\b",
        r"(c'etait|it was) (dans le |au |in the )?(jeu|game)\b",
        r"(fight|action|chase|shootout|death|kill|escape) scenes?\b",
        r"(it was|it'?s|c'etait|c'est) (just )?(the |la |le )?(tv|tele|television|film|movie|"
        r"show)\b",
        r"(coming|came|venaient|venait) (\w+ ){0,1}from the (tv|film|movie|television|show)",
        r"(in|during) the (1st|2nd|3rd|first|second|third) period",
        # A game watched on television, told by the broadcast: the teams, the period, the score.
        r"(watch\w*|regard\w*|ecout\w*) (\w+ ){0,3}(hockey|football|soccer|baseball|the game|"
        r"the match|la partie|le match|ufc|boxing|boxe|lutte|wrestling|" + _TEAMS + ")",
        r"(in|during) the (1st|2nd|3rd|first|second|third|last)\b(?! (floor|range|tier|shift|cell|"
        r"door|time|week|day|wing|unit|pod))",
        r"en (premiere|deuxieme|troisieme|1re|2e|3e|prolongation)\b"
        r"(?! (rangee|etage|aile|classe))",
        r"(wins?|won|winning|lost|loses|gagne\w*|perd\w*|l'emporte) \d{1,2} ?(-|a|à|to) ?"
        r"\d{1,2}\b",
        # A game watched, not played: "during the card game" is at the table, in the room.
        r"(watching|watched|regard\w*) (the |la |le )?(\w+ )?(hockey |football |ufc )?(game|"
        r"match|partie)\b",
        _TEAMS + r" (game|match|partie)",
        r"(movie|film|book|novel|thriller|documentary|doc|docu|show|series|tv|video ?game|game|"
        r"song|story|"
        r"podcast|comic|article|play|livre|roman|documentaire|emission|serie|jeu video|jeu|"
        r"chanson|histoire|bande dessinee|balado) (\w+ )?(about|on|sur|de)\b",
        # A story retold: "il racontait le film qu'il a vu hier".
        r"(racont\w*|retell\w*|retold|telling|told|describ\w*|decri\w*) (\w+ ){0,3}(the |a |le |"
        r"la |un |une |son |sa |his |her )(film|movie|show|episode|series|serie|book|livre|roman|"
        r"novel)\b",
        not_in_the_room=True,
    ),
    _harmless(
        "joke",
        "blague",
        "",
        True,
        r"jok(e|ed|es|ing|ingly)\b",
        r"kidding",
        r"lol\b",
        r"lmao",
        r"haha\w*",
        r"laughed it off",
        r"figure of speech",
        # Said laughing, not an act done laughing ("a garroché un pichet d'eau dans la friteuse
        # exprès en riant" is a fire set).
        r"(dit|dit ca|disait|a dit|repondu|lance) (\w+ ){0,3}en riant",
        r"blagu\w*",
        r"pour rire",
        r"(all|just|only) (in|for) (good )?fun",
        r"pour le (fun|plaisir)",
        r"(workout|training|entrainement|gym|exercise|run)\b[^.;!?]{0,30}(kill|tue)",
        r"(everybody|everyone|all|they|both|guys|the range|tout le monde|les gars) (\w+ )?"
        r"(laugh\w*|rig\w*|riaient)" + _NOT_SERIOUS_AFTER,
        r"(toute la table|tout le monde|les gars|la gang|the whole table|the table) (\w+ ){0,3}"
        r"(a rire|de rire|rire|laughing|laughed|cracked up|a ri|ont ri)\b" + _NOT_SERIOUS_AFTER,
        not_in_the_room=True,
    ),
    # Words said over a game played in the room are banter; acts at the table are not: "he got
    # stabbed during the poker game" is a stabbing.
    _harmless(
        "game banter",
        "taquinerie de jeu",
        "threat threat_talk",
        False,
        r"trash[- ]?talk\w*",
        r"(after|on|apres) (a|an|un|une) (block|goal|shot|foul|dunk|save|but|lancer|passe)\b",
        r"(basketball|hockey|soccer|volleyball|baseball|softball|rec) (league|ligue|team|equipe|"
        r"practice|pratique)",
        r"winning (shot|goal|basket|run)",
        # A game played in the gym or the yard, by its name or as a tournament.
        r"(dodge ?ball|ballon[- ]chasseur|ballon[- ]balai|floor hockey|ball hockey|flag football|"
        r"kickball|handball|ultimate|frisbee|horseshoes|fer a cheval|washers|tug of war|"
        r"souque a la corde)\b",
        r"(tourney|tournament|tournoi)s?\b",
        r"free throws?",
        r"lancers? francs",
        r"(basketball|hockey|soccer|volleyball|ball hockey|card game|cards|cribbage|"
        r"crib|chess|echecs|euchre|poker) (game|match|partie|tournament|tournoi|table|board)",
        r"(ping ?pong|table tennis|pool|foosball|billiards?|baby-?foot) (table|game|match|partie)",
        r"(crib|cribbage|chess|checkers|card|poker|euchre|scrabble|monopoly|uno) (board|table|"
        r"hand|game)s?\b",
        r"(table|partie|jeu) (d'echecs|de cartes|de crib|de poker|de dames)",
        r"(play\w*|jou\w*) (\w+ ){0,2}(at |a game of |aux |au |a la |une partie d')?(chess|cards|"
        r"checkers|crib|cribbage|poker|euchre|scrabble|monopoly|uno|dominoes|echecs|cartes|dames|"
        r"dominos)\b",
        r"(checkmate|echec et mat)",
        r"(play\w*|jou\w*) (\w+ ){0,2}(risk|monopoly|scrabble|clue|yahtzee|dominos?|dominoes|"
        r"trivial pursuit|jeu de societe|board game)\b",
        # The people of a game watched or played: "gonna kill that ref".
        r"(the|that|this|ce|cet|l') ?(ref|refs|referee|referees|umpire|ump|goalie|arbitre|"
        r"arbitres)\b",
        r"(took|takes|taking|lost|loses) (his|her|my) (queen|rook|king|bishop|knight|pieces?)",
        r"(lost|loses|losing|won|wins|perd\w*|gagn\w*) (a |the |une |la )?(\w+ )?(hand|round|game|"
        r"main|partie|manche)\b",
    ),
    _harmless(
        "moved at a visit",
        "ému à une visite",
        "mental_state",
        False,
        r"(cried|crying|tears|teary|pleur\w*|larmes) (\w+ ){0,3}(a (little|bit)|un peu|de joie|"
        r"of joy|happy)",
        r"(souriant|smiling|happy tears|with a smile|le sourire)",
        r"(pleur\w*|cried|crying|tears|larmes) (\w+ ){0,3}(en partant|when (she|he|they) left|"
        r"at the "
        r"end of the visit|a la fin de la visite|au depart|saying goodbye|en disant au revoir)",
    ),
    _harmless(
        "an earlier report undone",
        "un signalement précédent défait",
        "violence weapon threat threat_talk veiled_threat hostage fire flood disturbance escape "
        "medical overdose self_harm suicide contraband drugs missed staff_danger injury "
        "mental_state giving_away gang drone drone_drop",
        False,
        *(retold + _NOTHING_AFTER_ALL for retold in _RETOLD),
        keeps_route=True,
        settles=True,
    ),
    _harmless(
        "drill or false alarm",
        "exercice ou fausse alarme",
        "fire disturbance escape hostage staff_danger medical overdose",
        False,
        r"refresher",
        r"(staff|annual|first aid|naloxone|cpr|peer support) training",
        r"(cours|course|class|formation|exam\w*|training|certification) (\w+ ){0,1}(de |d'|in |"
        r"of )?(rcr|cpr|premiers soins|first aid|secourisme|naloxone)\b",
        r"(naloxone|narcan|cpr|first aid|rcr|premiers soins) (course|class|session|certification|"
        r"workshop|cours|formation|atelier)",
        r"certified (\w+ ){0,2}(peer|helpers?|in)",
        r"formation (du personnel|naloxone|rcr|premiers soins)",
        r"kits? (\w+ ){0,3}(checked|restocked|verifies?)",
        r"(fire|evacuation|emergency|lockdown) drill",
        r"(hostage|negotiation|crisis|de-?escalation|use of force|cell extraction|prise d'otage|"
        r"negociation) (\w+ ){0,1}(training|course|exercise|drill|formation|exercice)",
        r"exercice (de feu|d'incendie|incendie|d'evacuation|de confinement|(des )?pompiers)",
        r"(fire|feu) (practice|pratique)",
        r"pratique (d'incendie|de feu|d'evacuation|de confinement)",
        r"\w+ (scenario )?drill\b",
        r"scenarios?\b",
        r"role[- ]?players?",
        r"mises? en situation",
        r"(rescue|planned|hostage|ert|training|evacuation|tabletop|full-scale|mock) exercises?",
        r"exercise (was )?(concluded|ended|complete\w*|over)",
        r"(?-i:ERT|ETU|GIU) (training|exercise|drill|scenario)",
        r"scenario (drill|exercise|training)",
        r"false alarm",
        r"fausse alarme",
        r"burnt toast",
        r"toast brule",
        r"(burn\w*|brul\w*|burne\w*) (\w+ ){0,2}toasts?",
        # Cooking burnt: "burnt his grilled cheese in the toaster oven".
        r"(burnt|burned|burning|brule\w*) (his |her |the |a |son |sa |le |la |des )?(\w+ )?("
        r"grilled cheese|toast|popcorn|pop ?corn|food|supper|dinner|lunch|eggs|bacon|pizza|"
        r"noodles|soup|rice|bouffe|souper|diner|riz|oeufs|nouilles)\b",
        r"(steam|vapeur) (from the shower |de la douche )?(set off|a declenche|declenche)",
        r"(aed|dea|defibrillat\w*|oxygen|oxygene|narcan|naloxone) (\w+ ){0,2}(check\w*|inspect\w*|"
        r"pads? replaced|restock\w*|verifi\w*)",
        r"(check|inspection|verification) (of |des? |du )?(the |l')?(aed|dea|defib\w*)",
        r"formation (de |d'|en )?(secourisme|premiers soins|rcr|naloxone)",
        r"recertifi\w*",
        r"secourisme",
        r"alarm test",
        r"test (of )?the alarm",
        r"training (exercise|scenario)",
        r"simul(ation|ated|ee?s?)\b",
        r"\bmock\b",
        r"exercice (\w+ ){0,4}(d'intervention|d'urgence|de l'equipe)",
    ),
    _harmless(
        "staff weapons qualification",
        "qualification du personnel aux armes",
        "weapon",
        False,
        r"(re)?qualif\w* (\w+ ){0,3}(firearms?|weapons?|rifle|pistol|shotgun|range|au tir|armes?)",
        r"(firearms?|weapons?|rifle|pistol|shotgun|use of force|armes? a feu) (re)?(qualif\w*|"
        r"training|recert\w*|course)",
        r"(formation|entrainement|requalification|qualification) (\w+ ){0,2}(au tir|aux armes|"
        r"armes? a feu|maniement)",
        r"(range|champ de tir) (day|for (the )?(perimeter|tower|escort) staff)",
    ),
    _harmless(
        "resolved",
        "réglé",
        "violence gang medical",
        False,
        r"no (issues?|problems?|incidents?|trouble|episodes?|further (issues?|incidents?)) since",
        r"pas de (problemes?|troubles?|incidents?|episodes?) depuis",
        r"shook hands",
        r"(se sont )?serre la main",
        r"(deja )?regle\w* en discipline",
        # A squabble that calmed down on its own, no blows: "ça se calme tout seul, pas de coup".
        r"(se calme\w*|calmed|settled) (down )?(tout seul\w*|on (their|its|his) own|by (itself|"
        r"themselves))[^.;!?]{0,40}\b(pas de coups?|no (blows|punches))",
        r"(regle\w*|settled|sorted (it )?out|worked it out) (\w+ ){0,1}(entre eux|between (them|"
        r"themselves)|themselves|among themselves)",
        settles=True,
    ),
    # A sanctioned sport is no fight (gloves on the heavy bag at boxing club, refereed by rec
    # staff) unless it went on for real.
    _harmless(
        "sanctioned sport",
        "sport encadré",
        "violence injury",
        False,
        *(
            sport + _NOT_FOR_REAL
            for sport in (
                r"sparr\w*",
                r"(boxing|sparring) gloves",
                r"(supervised|refereed|run) by (the )?(rec|recreation|gym|sports?) "
                r"(staff|officers?|instructors?|coordinators?|leaders?)",
                r"(cours|club) de (boxe|lutte|judo|karate|jiu-jitsu)",
                r"(boxing|wrestling|judo|karate|martial arts?) (club|class|program)",
                r"(heavy|punching|speed) bag",
                r"sac de (boxe|frappe)",
            )
        ),
        whole_note=True,
        settles=True,  # knuckles taped on the heavy bag read, to the model, like a fight
    ),
    # Arm wrestling at a table is a game, in its own sentence only: no one sanctioned it, and a
    # punch told in the next sentence is still a punch.
    _harmless(
        "arm wrestling",
        "tir au poignet",
        "violence injury",
        False,
        r"(tir au poignet|bras de fer|arm[- ]?wrestl\w*)" + _NOT_FOR_REAL,
    ),
    _harmless(
        "one man, calm",
        "un seul homme, calme",
        "disturbance",
        False,
        # A refusal by one man, alone and calm, is no group refusal building up.
        r"(?<!us\s)(?<!me\s)(?<!them\s)(?<!i'm\s)(?<!am\s)(?<!suis\s)(alone|by himself|"
        r"on his own|tout seul)\b[^.;!?]{0,30}\b(calm\w*|quiet\w*|calme\w*|tranquille\w*|poli\w*)",
        whole_note=True,
    ),
    _harmless(
        "over and done, talked about",
        "passé et réglé, raconté",
        "violence gang weapon threat hostage pressure disturbance fire escape",
        False,
        r"dealt with",
        r"(brought|bring|brings|bringing) up",
        r"describ\w*",
        r"discuss\w*",
        r"went over",
        r"(talked|went|walked) (\w+ )?through",
        r"(a )?(decrit|revu|discute|raconte)\b",
        r"(talked|talks|spoke|speaks|told "
        r"(me|us|staff|the (young |new |other )?(guys|group|class|men|boys|range))|opened up) "
        r"(\w+ ){0,4}about",
        r"reflect\w* on",
        r"(served|did) (his|her) "
        r"time for",
        r"(m'a|nous a|a|avait) (parle|reparle|raconte) (de|d')",
        r"revenu sur",
        r"(purge|regle|reglee)s? (\w+ ){0,2}(depuis|en|a)\b",
        past_only=True,
    ),
    _harmless(
        "tip checked, nothing found",
        "info vérifiée, rien trouvé",
        "weapon contraband drugs brew drone drone_drop",
        False,
        # A smell or a hunch checked: "thought I smelled brew, checked, no brew".
        r"(thought|suspected|smelled|smelt|pensais|croyais|senti)[^!?]{0,80}\b(checked|searched|"
        r"verifi\w*|fouill\w*)[^!?]{0,80}\b(no (brew|contraband|drugs|weapons?)|nothing (found|"
        r"there)|rien trouve|pas de (brew|boisson|drogue|contrebande)|aucune? (contrebande|"
        r"drogue))",
        # A search prompted by a tip, or by a find elsewhere, that turned up nothing.
        r"((tip|info\w*|rumou?r|kite|source|renseignement|tuyau)s? (about|on|of|regarding|re|"
        r"concernant|sur|que|recue?s?|received|that)|(following|after|suite a|a la suite de|"
        r"apres) (the |a |la |le )?(discovery|find|finding|seizure|decouverte|saisie) (of|d'un|"
        r"d'une|de|du|des)) [^!?]{0,200}\b(nothing|rien|no (weapons?|shank|contraband|drugs|"
        r"medication|pills|phones?|alcohol|brew)|aucune? (arme|objet|drogue))(?! else)"
        r"(?! d'autre)( ([\w']+ ){0,4}(found|located|trouve\w*|saisi\w*|marque\w*|indique\w*|"
        r"turned up|showed up)|(?=\s*[.,;!]|\s*$))",
        keeps_route=True,
        whole_note=True,
    ),
    # Mail or parcels through the scanner, clean, in its own sentence: "2 colis passés aux
    # rayons X, rien de suspect".
    _harmless(
        "mail scanned, nothing found",
        "courrier passé aux rayons X, rien trouvé",
        "weapon contraband drugs brew visits_mail",
        False,
        r"(colis|parcels?|mail|courrier|packages?|lettres?|letters?|envelopes?|enveloppes?|"
        r"visiteurs?|visitors?)"
        r"[^.;!?]{0,60}\b(x-?ray\w*|rayons? x|scan\b|scann\w*|ion ?scan\w*|verifie\w*|checked|"
        r"inspect\w*|fouille\w*|searched)[^.;!?]{0,60}\b(rien de suspect|rien d'anormal|nothing "
        r"suspicious|nothing (found|of concern)|came back clean|all clean|rien trouve|negati\w*)",
        keeps_route=True,
    ),
    # A risk asked about straight and answered no: the question names the risk, the answer denies
    # it ("asked him straight if he's thinking of hurting himself, he said no"). Its own sentence
    # only: evidence told elsewhere still beats the denial.
    # "My PO is gonna kill me if I'm late": fear of a scolding, not a threat.
    _harmless(
        "idiom of a scolding",
        "expression de réprimande",
        "threat threat_talk",
        False,
        r"(my|his|her|mon|ma|sa|son) (po|parole officer|mom|mother|mum|ma|wife|girlfriend|boss|"
        r"lawyer|sister|blonde|mere|femme|patron|agente? de liberation|avocate?|foreman|"
        r"supervisor|contremaitre) ['\"]?(is |'s |will |"
        r"would |'d |'ll |va |vont )?(gonna |going to |be going to )?(kill|murder|tuer) (me|him|"
        r"her|moi|lui)\b",
        r"(va|vont) me tuer si\b",
    ),
    # A drone on the ground, crashed or found: its load is a find (contraband), not a drop under
    # way ("package still attached" on a drone found in the snow).
    _harmless(
        "a drone found on the ground",
        "un drone retrouvé au sol",
        "drone_drop",
        False,
        r"(drones?|quad[- ]?(rotor|copter)s?) (was |were )?(\w+ ){0,1}(found|recovered|"
        r"discovered|crashed|downed|on the ground)\b(?! (hovering|circling|flying|over|above))",
        r"(crashed|downed|broken|found|recovered) (\w+ ){0,1}drones?\b",
        r"drones? (\w+ ){0,1}(retrouve|trouve|ecrase|tombe|recupere|par terre|au sol)\w*",
        keeps_route=True,
    ),
    _harmless(
        "asked and denied",
        "demandé, nié",
        "suicide self_harm",
        False,
        r"\bask\w* (him|her|them)? ?(straight|directly|point blank|outright)? ?(if|whether) "
        r"[^.;!?]{0,80}\b(said|says|answered|replied|told (me|us)) (no|nope|non)\b",
        r"\bdemand\w* (\w+ ){0,2}(s'il|si) [^.;!?]{0,80}\b(a dit|dit|repond\w*|m'a dit) (non)\b",
        keeps_route=True,
    ),
    _harmless(
        "history disclosed",
        "antécédents déclarés",
        "suicide self_harm overdose own_overdose",
        False,
        r"(history of|previous|prior|past|old|ancienne?s?|antecedents? (de|d'))( \w+)? (attempts?|"
        r"tentatives?|episodes?|overdoses?)",
        r"(disclosed|reported|mentioned|talked about|spoke about|shared|declare\w*|mentionne\w*|"
        r"dit avoir fait|a raconte|a parle de|parle de) (a |une |an |the |la |l' |son |sa |his |"
        r"her )?(\w+ ){0,2}(attempt|tentative|overdose|surdose|(?-i:OD))\b",
        # "Talked about the time she cut herself at remand in 2021".
        r"(talked|spoke|told (me|us)|shared|a parle|a raconte) (about |de )?(the |la |une )?(time|"
        r"fois) (\w+ ){0,2}(cut|hurt|burn\w*|coup\w*|blesse\w*) (herself|himself|themselves)?",
        # Dark thoughts he had once: « qui avait des idées noires au printemps ».
        # "Old self-injury hx 2019".
        r"(old|past|previous|prior) (\w+ )?(self-?injury|self-?harm|cutting) (hx|history)",
        r"(avait|avaient|had) (eu )?(des |de |some |dark )?(idees noires|dark thoughts|suicidal "
        r"thoughts|idees suicidaires)",
        # A habit of the past: "used to cut himself", « se coupait » (told with its time).
        r"(used to|would) (\w+ ){0,1}(cut|burn|hurt|harm|scratch|carve)\w* (himself|herself|"
        r"themselves|his|her)\b",
        r"se (coupait|mutilait|brulait|scarifiait|faisait du mal)\b",
        keeps_route=True,
        past_only=True,
    ),
    # The record read, not the day: "his file mentions an armed assault in 2016" is what staff
    # already know (the topic's route stays), told in a sentence of the past.
    _harmless(
        "history on file",
        "antécédents au dossier",
        "violence weapon threat escape hostage",
        False,
        r"(file|record|history|criminal record|rap sheet|dossier|casier( judiciaire)?) "
        r"([\w.]+ ){0,3}(shows?|mentions?|notes?|indicates?|lists?|says|reads|mentionne\w*|"
        r"indique\w*|fait etat|montre\w*|note\w*|rapporte\w*)",
        r"(on|in|au) (his|her|son|sa) (file|record|dossier)",
        r"(known|connue?) (\w+ ){0,2}(history|antecedents?)",
        keeps_route=True,
        past_only=True,
    ),
    _harmless(
        "watch ended",
        "surveillance levée",
        "suicide self_harm",
        False,
        r"(suicide|self-?harm|sw|ligature|mental health) watch (\w+ ){0,2}(ended|lifted|removed|"
        r"discontinued|stopped|over|done|finished|came off)",
        r"(came|comes|taken|was taken|is) off (suicide |sw )?watch",
        r"(lifted|ended|discontinued|removed|stopped|took (him|her) off) (the |his |her )?"
        r"(suicide|sw|self-?harm) watch",
        # On watch once, and let off: "was on suicide watch in April and discharged in May".
        r"(suicide|sw|self-?harm) watch\b[^.;!?]{0,60}\b(discharged|released|taken off|came off|"
        r"ended|lifted)\b",
        r"(suicide|sw) watch (check|checks|round|rounds|observation|obs|review|reassessment|"
        r"assessment)\b",
        r"(suivi|programme|plan|protocole) (de )?prevention (du )?suicide",
        r"suicide prevention (\w+ )?(follow-?up|check|plan|program\w*|protocol|team)",
        r"(fin|levee) (de la |du )?(surveillance|garde|observation) (anti-?suicide|suicidaire|"
        r"constante|etroite)",
        keeps_route=True,
        own_words_only=True,
    ),
    _harmless(
        "leaving for a transfer or release",
        "départ pour un transfert ou une libération",
        "mental_state giving_away",
        False,
        *_LEAVING,
    ),
    # Things given away when he leaves, told in a sentence of their own: "gave his TV away to the
    # guys. He's out on the 29th to the Brandon CRF".
    _harmless(
        "things left behind on leaving",
        "affaires laissées au départ",
        "giving_away",
        False,
        *_LEAVING,
        whole_note=True,
    ),
    # A pastime of his life before, told of: "the drones he used to build before he came in".
    _harmless(
        "a pastime told of",
        "un passe-temps raconté",
        "drone drone_drop",
        False,
        r"(used to|would) (build|fly|make|race|collect|repair|fix) (\w+ ){0,2}(drones?|planes?|"
        r"rc)",
        r"(drones?|planes?) (\w+ ){0,2}(he|she|il|elle) (used to|would|faisait|fabriquait|"
        r"pilotait)",
        r"(fabriquait|pilotait|construisait) (des )?drones",
    ),
    # An incompatibles check that found none: "checked against the incompatibles list, none on
    # this unit" (the route stays).
    _harmless(
        "incompatibles checked",
        "incompatibles vérifiés",
        "gang",
        False,
        r"(checked|verifi\w*|compar\w*) (\w+ ){0,3}(against |avec |contre )?(the |"
        r"la )?(incompatibles?|"
        r"non-?associations?|keep ?separates?) (list|liste)[^.;!?]{0,30}\b(none|no|aucun\w*|"
        r"nobody|"
        r"personne)\b",
        keeps_route=True,
    ),
    # A release told as the plan has it: "matches what his PO has in the release plan". It
    # settles the note: the model reads "halfway house" and "picking him up" as a departure.
    _harmless(
        "as the release plan has it",
        "conforme au plan de libération",
        "",
        False,
        r"(like|as|matches|match\w*|consistent with|in line with|conforme (a|au)|comme (le |"
        r"c'est )?"
        r"(prevu|dit)) (\w+ ){0,6}(the |his |her |le |son |sa )?(release |correctional |"
        r"de liberation"
        r" )?plan( says| dit| de liberation| has)?\b",
        settles=True,
    ),
    # A check that follows an episode now past: "suite à sa crise de panique la semaine passée:
    # prend ses meds, dort mieux" (the route stays).
    _harmless(
        "follow-up of a past episode",
        "suivi d'un épisode passé",
        "mental_state withdrawal",
        False,
        r"(suite a|following|after|apres|since) (sa|son|his|her|la|le|the) (\w+ ){0,2}(crise|"
        r"episode|"
        r"panic attack|attaque de panique|breakdown|crisis) (\w+ ){0,3}(la semaine (passee|"
        r"derniere)|"
        r"last week|hier|yesterday|l'autre jour|the other day|il y a \w+ jours|days ago)",
        # A withdrawal followed up: « une semaine après son sevrage », "two weeks after his detox".
        r"(\w+ )?(semaines?|jours|weeks?|days) (apres|after|post|suivant) (son |sa |his |her |le "
        r"|the )?(sevrage|withdrawal|detox|desintox)",
        keeps_route=True,
    ),
    # Sleepless or nervous over something ordinary ahead: "y dort pas parce qu'y commence à
    # l'usine à 6h", "can't sleep, first day at the job tomorrow".
    _harmless(
        "nerves before an event",
        "nervosité avant un événement",
        "mental_state",
        False,
        r"(because|cause|since|parce qu'?|pcq|vu qu'?|car) (\w+ ){0,3}(start\w*|begin\w*|commence"
        r"\w*|debute\w*) (\w+ ){0,3}(l')?(job|work|shift|school|class|course|program|travail|job|"
        r"usine|shop|chantier|emploi|cours|ecole|programme|stage)",
        r"(because|cause|since|parce qu'?|pcq|vu qu'?|car) (\w+ ){0,3}(start\w*|begin\w*|commence"
        r"\w*|debute\w*) (\w+ ){0,4}(at|a) \d",
        r"(first|premiere?) (day|shift|journee|jour|shift) (\w+ ){0,2}(at|of|on|a|au|de|du) "
        r"(the |his |her |la |le |l'|son |sa )?(\w+ )?(job|work|plant|shop|site|travail|job|"
        r"usine|chantier|emploi|ecole|school)",
        r"(nervous|excited|anxious|stressed|nerveux|nerveuse|excite|excitee|stresse|stressee) "
        r"(\w+ ){0,2}(about|for|before|pour|avant|de) (\w+ ){0,2}(interview|entrevue|job|"
        r"first day|premiere journee|exam|examen|test|graduation|wedding|mariage|visit|visite)",
    ),
    # Tears of joy are no change in mental state: "happy-crying, his daughter got into university".
    _harmless(
        "tears of joy",
        "larmes de joie",
        "mental_state",
        False,
        r"happy[- ]?(cry\w*|tears)",
        r"tears of (joy|happiness|pride)",
        r"(larmes|pleur\w*) (de|of) (joie|bonheur|fierte)",
        r"cr(y|ied|ying) (because|from|out of|with) (joy|happiness|pride)",
        r"(pleur\w*|cr(y|ied|ying)) (\w+ ){0,3}(good news|bonne nouvelle)",
        whole_note=True,
    ),
    # Tears at a death in the family are grief, not a change in mental state (the route stays):
    # "crying on the phone with his mom, grandma passed away last night". Its own words only: a
    # man withdrawn and off his meals since the death has changed.
    _harmless(
        "bereavement",
        "deuil",
        "mental_state",
        False,
        r"(crying|cried|cries|in tears|teary|tearful|pleur\w*|en larmes)(?![^.;!?]{0,80}\b"
        + _CHANGED
        + r"\w*)[^.;!?]{0,80}\b(passed away|passed on|died|funeral|decede\w*|deces|est mort\w*|"
        r"funerailles|enterrement)\b",
        keeps_route=True,
        own_words_only=True,
    ),
    # His offence retold in a program: "described the night of his offence, including the knife
    # he used".
    _harmless(
        "his offence retold",
        "son délit raconté",
        "weapon violence threat",
        False,
        r"(the night|the day|details?|la nuit|le jour|les details) (of|de) (his|her|their|son|sa|"
        r"leur) (index )?(offen[cs]e|crime|murder|robbery|assault|delit|infraction|meurtre|vol)\b",
    ),
    # His record told in a program: "linked them to his last two arrests" is history, not news.
    _harmless(
        "his record",
        "ses antécédents",
        "arrest",
        False,
        r"(his|her|son|sa|ses) (last|previous|past|prior|earlier|old|first|dernier\w*|ancien\w*|"
        r"precedent\w*|premier\w*) (\w+ ){0,2}(arrests?|charges|convictions?|arrestations?|"
        r"condamnations?)",
    ),
    # The death told first, the tears sentences later ("à la suite du décès de son frère ... Il
    # pleure en parlant de son frère"), with no sign of a change between them.
    _harmless(
        "a death, then tears",
        "un décès, puis des larmes",
        "mental_state",
        False,
        r"\b(passed away|passed on|died|funeral|decede\w*|deces|est mort\w*|funerailles|"
        r"enterrement)\b((?!" + _CHANGED + r")[\s\S]){0,300}\b("
        r"crying|cried|cries|in tears|teary|tearful|pleur\w*|en larmes)\b",
        keeps_route=True,
        whole_note=True,
        own_words_only=True,
    ),
    # A staff member "wants to kill him" in a man's fear is paranoid talk, not a threat he makes:
    # "says the meds are poison and the nurse wants to kill him".
    _harmless(
        "persecution belief",
        "idée de persécution",
        "threat threat_talk",
        False,
        r"(nurse|nurses|staff|guards?|officers?|doctor|docteur|infirmi\w+|linfirmi\w+|gardes?|"
        r"gardiens?|agents?|cos|screws|psych\w*|the (government|cia|rcmp)|le gouvernement) "
        r"(\w+ ){0,2}(want|wants|wanted|are trying|is trying|try|tries|are going|is going|veut|"
        r"veulent|voulait|essai\w*|va|vont|cherch\w*) (to |de |d'|a )?(\w+ )?(kill|poison|tuer|"
        r"empoisonner|get|finir|eliminer) (him|le|l')",
        r"(l?infirmi\w+|gardes?|gardiens?|agents?|docteur|staff|screws|psych\w*|gouvernement) "
        r"(\w+ ){0,2}(veut|veulent|voulait|essai\w*|va|vont|cherch\w*) (de |d'|a )?(le |l')"
        r"(tuer|empoisonner|eliminer)",
        own_words_only=True,
    ),
    # A tool short at a count and found where it was dropped: "one butter knife short, found it
    # in the dish pit" (found taped, hidden or wrapped, it is a weapon hidden).
    _harmless(
        "missing tool found",
        "outil manquant retrouvé",
        "tool_loss weapon escape",
        False,
        # The find may be told in the next sentence ("Knife missing at the 1830 check. Found it
        # in the dish rack."), never hidden, on a man or in his cell.
        r"(short|missing|unaccounted|flagged|manqu\w*)[^;!?]{0,90}\b(found|located|recovered|"
        r"turned up|retrouv\w*|localis\w*) ((it|them|the (\w+ )?(knife|blade|tool|utensil|"
        r"scissors|spoon|fork)|le|la|les|l') )?"
        + _NOT_HIDDEN
        + r"(\w+ ){0,4}(in|under|behind|on|at|dans|"
        r"sous|derriere|sur|au|a la)\b",
        # The tool that turned up by itself: "the paring knife flagged at the 1500 check turned
        # up in the dish pit sink".
        r"(knife|knives|blade|tool|scissors|utensil|couteau|lame|outil|ciseaux)s? [^.;!?]{0,60}\b"
        r"(turned up|was found|were found|showed up|a ete retrouve\w*|retrouve\w*) "
        + _NOT_HIDDEN
        + r"(\w+ ){0,4}(in|under|behind|on|at|dans|sous|derriere|sur|au|a la)\b",
        keeps_route=True,
    ),
    # Ordinary care, already given or asked for: "twisted his ankle at floor hockey, saw the
    # nurse", "a sick call form for a toothache", "bronchite, repos en cellule". Injuries alone
    # are not health services' route.
    _harmless(
        "ordinary care",
        "soins ordinaires",
        "injury",
        False,
        r"(saw|seen by|checked by|assessed by|treated (at|by)|taped (at|by)|bandaged (at|by)|"
        r"a vu|vu par|vue par|examine\w* par|soign\w* (par|a)) (the |l'|le |la )?(nurse|"
        r"l?infirmi\w+|doctor|doc|medecin|hc|health ?care|physio|clinic|clinique)",
        r"(cleaned|taped|bandaged|wrapped|iced|stitched|nettoy\w*|bande\w*|"
        r"pansement)\b[^.;!?]{0,20}"
        r"\b(at|a|au) (hc|health ?care|the clinic|l'infirmerie|la clinique)",
        r"sick ?call (form|slip|request|box)",
        r"(cell|bed) rest\b",
        r"repos (en|dans sa) cell",
        r"(flu|cold|bronchitis|toothache|sore throat|migraine|nosebleed|grippe|rhume|bronchite|"
        r"mal de dents|mal de gorge|saignement de nez)\b(?! (like|comme))",
        # First aid already given: "ice given", "a bandage applied".
        r"(ice( pack)?|ice bag|bandage|band-?aid|glace|sac de glace|pansement) (was |a ete )?"
        r"(given|applied|put on|donne\w*|applique\w*|mis)\b",
        r"(premiers soins|first aid) (\w+ ){0,1}(faits|donnes|given|done|applied|complete\w*)",
        r"(continue\w*|finish\w*|finit|termine\w*|went back to|back to) (\w+ ){0,1}(son |sa |his |"
        r"her |the |au |a la )?(shift|quart|work|travail|job)\b",
        r"(lifting|work|medical) restriction",
        r"restriction (de travail|medicale)",
        r"(crutches|cane|walker|wheelchair|bequilles|canne|marchette) (\w+ ){0,2}(approved|"
        r"authori[sz]ed|autorise\w*|approuve\w*)",
        r"(back|returned|revenu) from (the |his |her )?(outside )?(hospital|dentist|clinic)? ?"
        r"(after|from) (his |her )?(\w+ )?(surgery|operation|appointment|checkup)",
        settles=True,
    ),
    # An as-needed painkiller declined because the pain is gone is no refusal of treatment: "turned
    # down his 1400 Tylenol, says his knees are fine today" (the route stays).
    _harmless(
        "as-needed dose declined",
        "dose au besoin refusée",
        "medication_refusal",
        False,
        r"(turned down|declined|refused|refuse\w*|didn'?t want|pas voulu|skipped) (his |her |sa |"
        r"son |the |a )?(\d{3,4} |evening |morning |night )?(tylenol|advil|ibuprofen|"
        r"acetaminophen|motrin|aspirin|prn|painkillers?|pain meds|antidouleur\w*)\b",
        keeps_route=True,
        own_words_only=True,
        settles=True,
    ),
    # Someone lying still who was resting: "he was sunbathing with earbuds in, rolled over".
    _harmless(
        "resting, not down",
        "au repos",
        "medical",
        False,
        r"(sunbath\w*|tanning|napping|earbuds|headphones|ecouteurs|se faisait bronzer|bronzait|"
        r"faisait (la|une) sieste)",
        # He answered: "rolled over and gave me a thumbs up", « m'a fait un pouce en l'air ».
        r"(thumbs[- ]up|pouce (en l'air|leve))",
        r"rolled over and (\w+ ){0,2}(said|told|waved|answered|gave|asked|looked)\b",
        r"s'est (re)?tourne (\w+ ){0,2}(pis|et) (m'a|a) (dit|repondu|fait)",
        whole_note=True,
    ),
    # "Personne blessé": nobody hurt, its own words only ("une autre personne a été poignardée"
    # is somebody).
    _harmless(
        "nobody hurt",
        "personne blessé",
        "injury",
        False,
        r"personne (n'est |n'a ete |de )?(blesse\w*|touche\w*)",
        own_words_only=True,
    ),
    _harmless(
        "no fire after all",
        "pas de feu finalement",
        "fire",
        False,
        r"(no|pas de|aucun) (actual |real |vrai )?(fire|feu)\b(?! (yet|encore))",
        r"(hair ?dryer|kettle|toaster|microwave|fan|seche-cheveux|bouilloire|grille-pain|"
        r"micro-?ondes|ventilateur) (\w+ ){0,3}(overheat\w*|surchauff\w*|melt\w*|fondu\w*|"
        r"short\w*)",
        # Smoke from cooking: "c'était du pain brûlé dans le grille-pain".
        r"(burnt|burned|burning) (toast|popcorn|food|bread|bacon|pan)",
        r"(pain|toast|toasts|popcorn|pop-?corn|bouffe|bacon|bagel) brul\w*",
        r"(burnt|burned|burning) (a |the |his |her )?(bagel|muffin|pizza|grilled cheese|sandwich)",
        r"(fire department|fire dept|fire crew|firefighters|pompiers) (\w+ ){0,2}(not (required|"
        r"needed|called)|pas (requis|necessaires?|appeles|appelés))",
        # Smoke from wildfires far away: "heavy smoke from the Saskatchewan fires", air quality.
        r"(wild ?fires?|forest fires?|feux? de foret|incendies? de foret)",
        r"smoke (from|of) (the )?(\w+ ){0,2}fires\b",
        r"fumee (des|de) (feux|incendies)",
        r"(air quality|qualite de l'air)",
        whole_note=True,
    ),
    _harmless(
        "celebration",
        "fête",
        "threat threat_talk",
        False,
        r"(bonne fete|happy birthday|joyeux anniversaire|bon anniversaire|congrat\w*|"
        r"felicitations|bravo)",
    ),
    # Praise in the words of a riot or a bomb: "bingo night was a riot", « un gâteau 'bombe' ».
    _harmless(
        "a compliment",
        "un compliment",
        "disturbance bomb fire",
        False,
        r"(night|game|party|show|class|bingo|movie|film|he|she|guy|session|evening|event|trip|"
        r"outing|dinner|supper|lunch|tournament|it) (was|is|'s) (such |just )?(an? )?(absolute |"
        r"total |real |complete )?'?(riot|blast)\b(?! (on|in|at|out|over|broke))",
        r"(what|such) an? '?riot\b",
        r"(c'etait|c'est|etait) '?de la '?bombe\b",
        # On fire at a game: « est en feu au ballon-balai », "on fire at cards tonight".
        r"(en feu|on fire) (au|a la|aux|at|in|during) (\w+ ){0,2}(ballon\w*|hockey|basket\w*|"
        r"soccer|volley\w*|baseball|balle|jeu|partie|game|match|gym|cards|cartes|poker|"
        r"tournament|tournoi)",
        r"(gateau|cake|dessert|tarte|pie|recette|recipe|souper|repas|meal|chili|sauce|pizza|"
        r"poutine|tourtiere|pate|muffins?|biscuits?|cookies?) (\w+ ){0,2}'?(bombe|bomb)\b",
        own_words_only=True,
    ),
    # A weapon called in that turned out to be a utensil or a toy: "it turned out to be a plastic
    # butter knife from lunch" (the report of the knife may come first; the route stays).
    _harmless(
        "a harmless object",
        "un objet inoffensif",
        "weapon",
        False,
        r"(turned out|it was|it'?s|c'etait|c'est|s'est avere\w*|was just|was only|juste)\b[^.;!?]"
        r"{0,20}\b(plastic|butter|rubber|foam|toy|disposable|paper|cardboard|plastique|jouet|"
        r"carton) (butter )?(knife|knives|fork|spoon|spork|utensil|gun|pistol|couteau|fourchette|"
        r"cuillere|fusil|pistolet)\b",
        r"(turned out|it was|c'etait|s'est avere\w*|was just|juste)\b[^.;!?]{0,20}\b(un |une )?"
        r"(couteau|fourchette|cuillere|fusil|pistolet) (en plastique|a beurre|jouet|en carton)",
        keeps_route=True,
        whole_note=True,
    ),
    # An absence excused: "missed group, he was at a court video appearance, excused".
    _harmless(
        "an excused absence",
        "une absence motivée",
        "missed",
        False,
        r"(excused|approved absence|absence (approuvee|motivee|justifiee|autorisee)|motive par|"
        r"with (the )?(facilitator'?s?|po'?s?|staff'?s?|parole officer'?s?) (ok|permission|"
        r"approval))\b",
        r"(was|he was|she was|etait) (at|a|en) (a |an |his |her |son |sa |la |le )?(court|cour|"
        r"tribunal|video ?(court|appearance)|medical|hospital|hopital|dentist|dentiste|"
        r"appointment|rendez-vous|funeral|funerailles)\b",
    ),
    # A pest killed: "hitting his mattress with a rolled towel, said he was killing a spider".
    # It settles the note: to the second opinion, the blows read as a fight.
    _harmless(
        "a pest killed",
        "une bibitte tuée",
        "violence threat",
        False,
        r"(kill\w*|squash\w*|swat\w*|tu\w*|ecras\w*) (a |the |that |une |un |la |le |cette )?"
        r"(\w+ )?(spider|bug|fly|mosquito|wasp|bee|cockroach|roach|mouse|ant|araignee|bibitte|"
        r"mouche|maringouin|guepe|coquerelle|souris|fourmi)s?\b",
        settles=True,
    ),
    # Talk about food: "said he OD'd on the supper lasagna", "the chili is gonna kill somebody".
    _harmless(
        "talk about food",
        "propos sur la bouffe",
        "overdose own_overdose threat",
        False,
        r"(chili|food|soup|stew|meal|coffee|pizza|lunch|supper|dinner|bouffe|repas|soupe|cafe|"
        r"poutine|lasagna|casserole|pate)\b[^.;!?]{0,15}\b(is |'s |was )?(gonna|going to|will|va|"
        r"would) (kill|tuer|poison|empoisonner|finish) (somebody|someone|us|everybody|everyone|"
        r"quelqu'un|tout le monde|the (whole )?(range|unit)|la rangee)",
        r"(od'?d|o\.d\.'?d|overdosed|overdosing|overdose|surdose) (on|sur|de) (the |his |my |that "
        r"|some |too much |la |le |les |du |de la )?(\w+ )?(lasagna|pizza|food|sugar|candy|"
        r"chocolate|cake|pie|turkey|poutine|chips|coffee|pasta|wings|fries|dessert|carbs|bread|"
        r"cookies|ice cream|tacos|chili|bouffe|sucre|chocolat|gateau|tarte|dinde|cafe|frites)\b",
        own_words_only=True,
    ),
    # A privacy curtain: "a sheet hung across the front of his bunk like a curtain ... the
    # light from the range keeps him up". To the model a sheet hung reads like a ligature.
    _harmless(
        "a privacy curtain",
        "un rideau d'intimité",
        "",
        False,
        r"(like|as) a (curtain|tent|privacy screen)\b",
        r"(comme|en) (un )?(rideau|tente)\b",
        r"(privacy|intimite) (curtain|screen|rideau|sheet)",
        r"(the )?(light|lights|lumiere) (from|of|du|de la) (the )?(range|corridor|hallway|rangee|"
        r"corridor) (keeps|kept|empeche)",
        settles=True,
    ),
    # A relative's death told as a loss: "losing his brother to an overdose in 2019" is grief and
    # a reason for his program, not an overdose or a suicide risk of his.
    _harmless(
        "a relative lost",
        "un proche perdu",
        "overdose own_overdose suicide",
        False,
        r"(lost|losing|loses|lose|perdu|perdre|perd) (his|her|their|a|son|sa|ses|un|une) (\w+ )?"
        r"(brother|sister|mother|father|mom|mum|dad|son|daughter|cousin|friend|buddy|best friend|"
        r"partner|wife|husband|uncle|aunt|nephew|niece|frere|soeur|mere|pere|fils|fille|ami|amie|"
        r"chum|blonde|conjointe?|oncle|tante|neveu|niece|cousine?) (to|a|dans|d') (an? |une |la |"
        r"un )?(\w+ )?(overdose|od|surdose|suicide|fentanyl)\b",
        own_words_only=True,
    ),
    _harmless(
        "ceremony",
        "cérémonie",
        "contraband",
        False,
        # Not "tobacco pouches wrapped in electrical tape in the long grass": a pouch is how
        # tobacco is sold; a tie, an offering or a medicine pouch is the ceremony's.
        r"tobacco (ties?|offerings?|bundles?|prayer)",
        r"(medicine|prayer|sacred) (pouch|bundle)",
        r"(sacred|ceremonial|traditional) tobacco",
        r"tabac (sacre|ceremoniel|traditionnel)",
        r"(attaches|offrandes?) de tabac",
        r"(offer|offrir|offre) (\w+ ){0,1}(tobacco|tabac)\b",
        r"(offered|offering|offrande|offert) (\w+ ){0,1}(tobacco|tabac) (to|a|au|a l') ?(the )?"
        r"(elder|aine\w*|fire|feu|creator|createur)",
    ),
    # A victim who saw him, and he kept away: "the victim saw the client at the mall, he did not
    # approach her" is a sighting (priority), no contact against a condition. It settles the note:
    # to the model, a frightened victim reads like one contacted.
    _harmless(
        "seen, no contact",
        "vu, sans contact",
        "victim_contact",
        False,
        *(
            kept_away + r"\b(?![^.;!?]{0,60}\b(but|mais|yet|though|however|pourtant|sauf)\b)"
            for kept_away in (
                r"(did not|didn'?t|never) (\w+ ){0,1}(approach|speak to|talk to|contact|go near) "
                r"(her|him|them|the victim)",
                r"(ne l'a|l'a|ne lui a|lui a) (pas|jamais) (approche\w*|contacte\w*|aborde\w*|"
                r"parle)",
            )
        ),
        settles=True,
    ),
    # Dark thoughts told as gone: « dit que les idées noires sont parties » (health services
    # still hears of it).
    _harmless(
        "dark thoughts gone",
        "idées noires parties",
        "suicide self_harm",
        False,
        r"(idees noires|dark thoughts|suicidal thoughts|idees suicidaires|thoughts of (suicide|"
        r"self-?harm|hurting (himself|herself)|killing (himself|herself))) (\w+ ){0,2}(sont |are |"
        r"have |has |etaient )?(parties|partis|gone|passed|disparues?|finies|over|lifted)\b",
        keeps_route=True,
        own_words_only=True,
    ),
    # Noise that settled once the cause was gone: "yelled and banged on the doors for a bit,
    # settled once the generator kicked in" (a power cut, not a disturbance building up).
    _harmless(
        "settled once explained",
        "calmé une fois expliqué",
        "disturbance",
        False,
        r"(settled|calmed|quieted|quietened|died) (down )?(once|when|after|as soon as|right "
        r"away|quickly)\b",
        r"(se sont |s'est )?(calme\w*|replace\w*) (des que|quand|aussitot que|une fois que|apres "
        r"que)",
        # Over in minutes: « elle s'est calmée en deux minutes », "calmed down within a minute".
        r"(s'est|se sont|s'etait) (calme\w*|replace\w*) en (\d+|une|deux|trois|quelques) "
        r"(minutes?|secondes?)",
        r"(calmed|settled|cooled) (down )?(in|within) (\d+|a|one|two|three|a few|a couple( of)?) "
        r"(minutes?|seconds?)",
        r"(power|lights?|electricity|courant|electricite) (\w+ ){0,2}(out|outage|failure|went out|"
        r"panne)",
        r"panne (de courant|d'electricite)",
    ),
    # Halloween's fake heads and blood: "une fausse tête coupée sur la porte du bureau".
    _harmless(
        "a decoration",
        "une décoration",
        "weapon violence injury",
        False,
        r"(fake|plastic|rubber|fausse|faux|en plastique) (\w+ ){0,1}(heads?|blood|spiders?|"
        r"skeletons?|severed|tetes?|sang|squelettes?|araignees?)\b",
        settles=True,
    ),
    # Signs a clinician found stable: withdrawal "shaky, sweating", "vitals stable, the doctor to
    # see him tomorrow" (the route stays; an overdose or a self-harm told stands).
    _harmless(
        "vitals stable",
        "signes vitaux stables",
        "medical",
        False,
        r"(vitals?|vital signs|signes vitaux) (\w+ ){0,2}(stable|normal|ok|good|fine|within "
        r"normal|stables|normaux|corrects?|bons)\b",
        keeps_route=True,
        whole_note=True,
    ),
    # A drone seen once, nothing since: « vu un drone mardi soir, rien vu depuis » (intelligence,
    # no drop under way).
    _harmless(
        "nothing seen since",
        "rien vu depuis",
        "drone_drop",
        False,
        r"(rien|nothing|no sign of (it|him|them)) (vu |seen |d'autre |else )?(depuis|since)\b",
        whole_note=True,
    ),
    # The officer saw him calm and talking: "sat calmly on his bunk afterwards and talked with
    # me". It settles the note: the model reads "on his bunk" as the hangings it was trained on.
    _harmless(
        "calm and talking",
        "calme et jasant",
        "",
        False,
        r"(sat|sitting|was|is|stood|standing) calm(ly)?\b[^.;!?]{0,40}\b(and|then|et|pis) "
        r"(talked|chatted|spoke|talking|chatting|joked|a jase|a parle|jasait|parlait)",
        r"calme et (jase|parle|souriant|collabore)\w*",
        settles=True,
    ),
    # An ambulance or a van booked for care: "the ambulance at the sally port is the scheduled
    # transfer for his hip surgery" (in its own sentence: an emergency told elsewhere stands).
    _harmless(
        "planned medical escort",
        "sortie médicale prévue",
        "medical",
        False,
        r"(scheduled|planned|booked|prevu\w*|cedule\w*|planifi\w*) (\w+ ){0,3}(transfer|escort|"
        r"transport|appointment|surgery|operation|rendez-vous|chirurgie|sortie medicale)",
    ),
    # The inmate fire crew by its name: "Équipe incendie: Drapeau a demandé...", "the fire crew
    # goes out to the county training ground" (its own words only: a fire told in the note burns).
    _harmless(
        "the fire crew",
        "l'équipe incendie",
        "fire",
        False,
        r"(equipe|brigade|crew|team) (de |d'|des )?(pompiers|incendie|feu|fire|fire-?(and|&)-?"
        r"rescue|firefight\w*)\b",
        r"(fire|fire-?(and|&)-?rescue|firefighting|pompiers) (crew|team|brigade|hall|station|"
        r"training|exam|course)\b",
        own_words_only=True,
    ),
    # A ceremony's fire or smoke, kept by an Elder: "boucane dans la cour, c'est le feu sacré".
    _harmless(
        "ceremonial fire",
        "feu de cérémonie",
        "fire",
        False,
        # The fire itself named as the ceremony's: matches taken from the lodge and a mattress lit
        # with a smudge lighter are fires.
        r"(sacred|ceremonial|ceremony|lodge) fire",
        r"feu (sacre|ceremoniel|de (la )?ceremonie)",
        r"qulliq",
    ),
    # "Shoot" as a camera does: the photographer's "I'm gonna shoot him Saturday", the shoot and
    # the camera in one stretch of the note (a threat told elsewhere in it stands).
    _harmless(
        "a photo shoot",
        "une séance photo",
        "threat threat_talk",
        False,
        r"shoot\w*\b[^!?]{0,200}\b(photographer|camera|photos?|pictures|portraits?)\b",
        r"(photographer|camera|photos?|pictures|portraits?)\b[^!?]{0,200}\bshoot\w*",
    ),
    # Recreation gear found and handed back: "la corde du tir au câble, retournée aux loisirs".
    _harmless(
        "recreation gear returned",
        "équipement de loisirs remis",
        "weapon contraband",
        False,
        r"(returned|given back|handed back|brought back|retourne\w*|remis\w*|rapporte\w*) "
        r"(\w+ ){0,2}(to|aux?|a la) (the )?(rec|recreation|loisirs|gym|sports?|rec office|"
        r"bureau des loisirs)\b",
        r"(tug of war|tir au cable|souque a la corde)",
        settles=True,
    ),
    _harmless(
        "role-play or workbook",
        "jeu de rôle ou cahier",
        "suicide self_harm threat threat_talk violence weapon hostage",
        False,
        r"role[- ]?play\w*",
        r"jeux? de roles?",
        r"workbook",
        r"cahier (d'exercices|du participant|de travail)",
        r"(practis|practic)\w* (\w+ ){0,2}(asking|how to|what to|responding)",
        r"(what|how) to (do|respond|say) (if|when) (a|someone|somebody|your)",
        # Not a goodbye to his own: "the last page is a letter to his daughter saying goodbye".
        r"(assignment|homework|devoir|essay|creative writing|dissertation|how to spell|comment "
        r"(on )?ecri\w*|spelling of)\b(?![^.;!?]{0,80}\b(goodbye|good-bye|adieu|sorry for "
        r"everything|pardon pour tout|last page|derniere page))",
    ),
    _harmless(
        "ingredients controlled",
        "ingrédients contrôlés",
        "brew",
        False,
        r"(yeast|levure|sugar|sucre)[^.;!?]{0,30}\b(weighed|logged|locked|signed|counted|measured|"
        r"pesee?|loggee?|barree?|comptee?|signee?|mesuree?|sous cle)",
    ),
    _harmless(
        "count corrected",
        "compte corrigé",
        "escape",
        False,
        r"(re-?count\w*|recompt\w*)[^.;!?]{0,40}\b(ok|correct|good|clear\w*|bon|juste|balance\w*)",
        r"(paper(work)?|clerical|counting|admin\w*|data entry) (error|mistake)",
        r"erreur (de papier|administrative|de compte|clericale|de saisie)",
        # The man short at the count found asleep: "finalement trouvé endormi dans la salle de
        # lavage", "found in his cell asleep. Counted."
        r"(found|located|trouve\w*|retrouve\w*) (\w+ ){0,6}(asleep|sleeping|endormi\w*)",
        settles=True,
    ),
    _harmless(
        "already reported and handled",
        "déjà rapporté et réglé",
        "violence gang weapon threat hostage self_harm suicide fire disturbance injury medical",
        False,
        r"0875 (for|on|about|re|de|pour|sur|du)\b",
        r"(nothing|rien) (further|de plus|depuis|since)",
        r"(back|retourne\w*|remis) (in|to|into|en) (the )?(population|pop|general population|"
        r"regular|normal)",
        r"(hcu|health care|sio|ipso|l'ars|l'asr) (has|have|saw|seen|a vu|ont vu|"
        r"l'a|already|deja)\b",
        keeps_route=True,
        past_only=True,
    ),
    _harmless(
        "threat checked, a joke",
        "menace vérifiée, une blague",
        "threat threat_talk violence",
        True,
        r"(asked|checked|spoke (to|with)|talked (to|with)|followed up|verifi\w*|confirm\w*|"
        r"demande|parle (aux?|avec))"
        r"[^.!?;\n]{0,100}(laugh\w*|jok\w*|kidding|riait|riaient|rient|a ri|rigol\w*|blague\w*|"
        r"pour rire|niaise\w*)" + _NOT_SERIOUS_AFTER,
        r"(their|our|leur|notre) (running |old |inside )?(joke|gag|blague|niaiserie)",
        # A rumour checked and found to be nothing.
        r"(rumou?rs?|rumeurs?)[^.!?;\n]{0,100}\b(pas de (chicane|probleme|beef|bataille|trouble)|"
        r"no (beef|problem|issue|fight|truth)|nothing to it|rien (de vrai|la-dedans|a ca)|"
        r"unfounded|non fondee?s?)",
        keeps_route=True,
        whole_note=True,
    ),
    # Words of a threat both men laughed at, in a later sentence too, and the officer's own word
    # on it: "Heard 'I'll kill you' from the common room. Both laughing. Nothing to it."
    _harmless(
        "laughed together",
        "ils en riaient",
        "threat threat_talk",
        False,
        r"(both|the two of them|all of them|everyone|everybody|les deux|tout le monde) (\w+ ){0,2}"
        r"(laughing|laughed|riaient|rient|riait|en riant)" + _NOT_SERIOUS_AFTER,
        r"\bnothing to it\b",
        r"rien (la-dedans|de grave la-dedans)",
        whole_note=True,
    ),
    # A perimeter alarm checked: the fence intact, an animal's tracks (the route stays).
    _harmless(
        "perimeter checked",
        "périmètre vérifié",
        "escape",
        False,
        r"(fence|fences|cloture|perimeter|perimetre|wall|mur|grate|grille)s? (\w+ ){0,2}(intact|"
        r"intacte|ok|secure|solid|undamaged|not damaged|no damage|sans dommage|en bon etat)",
        r"(fox|deer|raccoon|animal|bird|coyote|moose|renard|chevreuil|raton|animaux|orignal) "
        r"(tracks|prints|traces|pistes)",
        # The walk told by what it did not find: "no holes, no packages, no tracks".
        r"no (holes|gaps|breach\w*|cuts),? (\w+ ){0,2}no (packages|tracks|footprints|holes)\b",
        r"(aucun trou|pas de trou)s?,? (\w+ ){0,2}(aucune?|pas de) (traces?|colis|paquets?)\b",
        keeps_route=True,
        settles=True,
    ),
    # A "drone" that was a model plane or a bird: the perimeter was checked (the route stays).
    _harmless(
        "not a drone",
        "pas un drone",
        "drone drone_drop",
        False,
        r"(hobby|model|toy|rc|remote[- ]control\w*) (plane|airplane|aircraft|helicopter|heli)",
        r"(avion|helicoptere)s? (teleguide|miniature|jouet|modele reduit)",
        # Somebody else's drone, known: "the highway contractor's survey drone".
        r"(survey|surveying|contractor'?s?|hydro|news|media|real estate|inspection|mapping|police|"
        r"rcmp|(?-i:SQ|OPP)) (\w+ )?drones?",
        r"drones? (d'arpentage|d'inspection|d'hydro|de la police|de la (?-i:SQ)|du contracteur|de "
        r"l'entrepreneur)",
        r"(turned out|it was|c'etait|s'est avere|was just)[^.;!?]{0,30}\b(birds?|hawk|goose|geese|"
        r"kite|balloon|oiseaux?|cerf-volant|ballon|plane|avion|airliner)\b",
        keeps_route=True,
        whole_note=True,
    ),
    # A commotion checked and found to be the television: "it was the UFC card on TV".
    _harmless(
        "it was the television",
        "c'était la télé",
        "violence threat disturbance",
        False,
        r"(it was|it'?s|turned out (it was|to be)|c'etait|c'est|c'etait juste) "
        r"(just |only |juste )?(the |la |le |a |un )?(\w+ ){0,3}(on (the )?(tv|tele|television|"
        r"screen)|a la (tele|television)|the (tv|tele|television)|la (tele|television))"
        r"(?=\s*[.,;!]|\s*$)",
        whole_note=True,
        not_in_the_room=True,
    ),
    # Shouting at the screen, in its own sentence: "he was yelling at his TV, Habs lost in
    # overtime". It settles the note (the model reads the screams, not the screen).
    _harmless(
        "shouting at the screen",
        "crier après l'écran",
        "violence threat disturbance",
        False,
        r"(yell|scream|shout|curs|swear|gueul|hurl|sacr)\w* (at|contre) (his |the |sa |la |le )?"
        r"(tv|tele|television|screen|ecran)\b",
        r"(lost|won|perdu|gagne) (\w+ )?(in|en) (overtime|ot|a shootout|prolongation|fusillade)",
        not_in_the_room=True,
        settles=True,
    ),
    # The broadcast named in a later sentence: "guys screaming KILL HIM. Went down: world juniors,
    # Canada-Sweden in OT."
    _harmless(
        "a game on the screen",
        "un match à la télé",
        "violence threat disturbance",
        False,
        r"(world juniors?|junior worlds|mondial junior|championnat (mondial )?junior|stanley cup|"
        r"coupe stanley|grey cup|coupe grey|super ?bowl|olympics|olympiques|world cup|coupe du "
        r"monde|hockey night)\b",
        _TEAMS + r" (scored|won|lost|score|compte|gagne|perd)\w*",
        r"(canada|" + _TEAMS + r")[- ](vs?\.? ?|contre )?(sweden|usa|russia|finland|czechia|"
        r"slovakia|suede|etats-unis|russie|finlande|tchequie|" + _TEAMS + r")\b",
        whole_note=True,
        not_in_the_room=True,
        settles=True,
    ),
    _harmless(
        "accident",
        "accident",
        "flood",
        False,
        r"accident\w*",
        # Water that came from the weather: « inondé avec la fonte des neiges », a roof leaking.
        r"(fonte (des|de la) neiges?|snow ?melt|meltwater|spring thaw|the thaw|degel|heavy rain|"
        r"grosse pluie|orage|rainstorm|crue|roof (\w+ )?(leak\w*)|toit (\w+ )?(coul\w*|fuit))",
        r"plumb\w*",
        r"(tuyau|pipe|toilette|toilet|lavabo|sink|laveuse|washer|drain|renvoi|valve|chauffe-eau|"
        r"water heater)s? (\w+ ){0,2}(a pete|pete|burst|broke|leak\w*|a coule|fuit|a fendu|split)",
        r"backed up",
        r"refoul\w*",
        r"maintenance (called|notified|came)",
        r"plombier",
        r"plomberie",
        r"(toilet|toilette|sink|lavabo|drain|renvoi|tub|bain|shower|douche|laveuse|washer|bol)s? "
        r"(\w+ ){0,2}(overflow\w*|deborde\w*)",
        r"(overflow\w*|deborde\w*) (\w+ ){0,2}(toilet|toilette|sink|lavabo|drain|tub|bain|shower|"
        r"douche|laveuse|washer|bol)s?\b",
        r"fuite",
        r"drains? (\w+ ){0,1}(slow|clogged|plugged|bouche|lent)",
        r"work order",
        r"bon de travail",
        r"leak\w*",
    ),
    _harmless(
        "sharps control",
        "contrôle des objets tranchants",
        "weapon",
        False,
        r"knife station",
        # A class's sharps counted: "scissors, compasses and box cutters counted, nothing missing".
        r"(scissors|compasses|cutters|knives|blades|tools|ciseaux|compas|couteaux|lames|outils)"
        r"[^.;!?]{0,40}\b(counted|compte\w*|signed back|all (there|accounted for))\b",
        # A cook's skill: "he's quick with a blade, wants to be a chef".
        r"(quick|good|handy|fast|skilled|great|nice|rapide|habile|bon|adroit) (with|avec) (a|the|"
        r"un|une|le|la) (knife|blade|couteau|lame)s?\b[^.;!?]{0,80}\b(chef|cook|cuisin\w*|kitchen|"
        r"culinary|butcher|boucher)",
        r"(on its|on a|on the) tether",
        r"sharps count",
        r"(knife|tool) count",
        r"returned (it|them) (after|at|when)",
        r"tool crib",
        # Tools bought for a hobby with the parole officer's leave: "couteaux à sculpter achetés
        # avec l'accord de son ALC".
        r"(avec|with) (l'accord|l'autorisation|la permission|the (approval|permission|ok)|"
        r"approval|permission) (de|du|of|from) (son |sa |his |her |the )?(alc|po|agent|parole "
        r"officer|surveillant|surveillante|case manager)\b",
        r"with (his|her|the) (po|parole officer|alc|case manager|cm)'?s? (approval|permission|ok)",
        # Blades of the grounds crew's machines, sharpened as the instructor asked.
        r"(lames?|blades?) (des|de la|du|of the|for the|on the) (tondeuses?|mowers?|lawn ?mowers?|"
        r"taille-haies?|chainsaws?)",
        r"(mower|lawn ?mower|chainsaw|tondeuse) blades?",
        r"(comme|as) (l'|the )?(instructeur|instructor|superviseur|supervisor|boss|foreman|"
        r"contremaitre) (lui )?(avait |had )?(demande|asked|told|assigned)",
        # The procedure itself: "follows the knife sign-out procedure".
        r"(knife|knives|tool|tools|blade|utensil|sharps|couteaux?|outils?|lames?|ustensiles?) "
        r"(sign[- ]?out|sign[- ]?in|check[- ]?out|control|signature|controle) (procedure|sheet|"
        r"log|board|system|process|rules?|registre|feuille|procedure)",
    ),
    # A tool control of a shop or kitchen is a check (HMPPS "tool loss" is its failure): when it
    # accounts for everything it keeps its route, as a search that finds nothing does. One that
    # comes up short is no harmless context ("the blade wasn't on the board").
    _harmless(
        "tool control complete",
        "contrôle des outils complet",
        "weapon escape tool_loss",
        False,
        r"(all|every|each|tous|toutes|chaque) (\w+ ){0,2}(blades?|knives|knife|utensils?|tools?|"
        r"sharps|couteaux|couteau|lames?|outils?|ustensiles?),? ([\w-]+,? ){0,8}(signed|accounted|"
        r"returned|back|present|in place|comptes|retournes|remis|en place)",
        r"(blades?|knives|knife|utensils?|tools?|sharps|couteaux|couteau|lames?|outils?|"
        r"ustensiles?) (\w+ ){0,5}(returned|handed back|signed (back|in)|handled properly|"
        r"retournes|rentres|remis|signes|ramasses|sortis (et|pis) rentres)",
        r"(registre|register|log|sign-?out sheet|inventaire|inventory) (des |of (the )?)?"
        r"(couteaux|knives|outils|tools|lames|blades) (\w+ ){0,1}(complet|complete|correct|ok|"
        r"bon|a jour|balanced)",
        r"(couteaux|knives|lames|blades) (\w+ ){0,2}(attaches|tethered|cabled|chained|enchaines|"
        r"cables) (\w+ ){0,2}(au|to|a) (the |leur |their )?(poste|station|table|comptoir|counter)",
        r"(tethered|chained|cabled) (\w+ )?(knife|knives|blade)",
        # The count told after the tools: "handed out 6 kitchen knives... All 6 counted back in".
        r"(knives|knife|blades?|tools?|couteaux|outils)\b[^!?]{0,80}\b(all|tous|toutes|les) ("
        r"\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|"
        r"dix) (\w+ ){0,1}(counted|signed|checked|returned|comptes|retournes|rentres) (back )?",
        r"signed (out|in) (and|then|et|pis) (\w+ ){0,1}(back )?(in|returned|rentre\w*|remis)\b",
        # Shop work counted back: "every piece was counted back in at 1130".
        r"(every|each|all( the)?|chaque|toutes les|tous les) (\w+ ){0,2}(pieces?|parts?|items?|"
        r"tools?|blades?|morceaux|pieces|outils) (\w+ ){0,2}(counted|signed|checked|comptes|"
        r"comptees|verifie\w*) (back )?(in|out)?",
        r"(knife|knives|blade|cutters?|tools?|couteau|outils?) (\w+ ){0,4}(chained|tethered|"
        r"enchaine\w*) (to|au|a la) (the )?(table|counter|station|poste|comptoir)",
        r"signed (out|in) (\w+ ){0,3}(at \d+|on the (board|sheet)|sur le registre)[^.;!?]{0,40}"
        r"\b(?<!not\s)(back|returned|counted|signed (back|in)|rentre|remis)\b"
        r"(?![^.;!?]{0,40}\b(not|missing|short|manque\w*|unaccounted))",
        r"(counted|all \d+ \w+ counted|comptes?) (\w+ ){0,3}(on|sur) (the |le )?(shadow ?board|"
        r"tableau)(?![^.;!?]{0,40}\b(not|missing|short|manque\w*|unaccounted))",
        # A hobby or shop tool issued to him and on the sheet: "the approved hobby knife signed
        # out to him at 0900".
        r"(approved|authori[sz]ed|issued|autorise\w*|approuve\w*) (\w+ ){0,2}(hobby |craft |shop |"
        r"leather |work |d'artisanat )?(knife|knives|blade|blades|tools?|scissors|x-?acto|"
        r"couteau|lame|outils?|ciseaux)\b",
        r"(tally|(tool|blade|knife|utensil|shadow ?board) count|compte des (outils|couteaux)|"
        r"decompte des (outils|couteaux)) (is |was |est )?(correct|complete|complet|ok|exact|good|"
        r"balanced|juste)",
        keeps_route=True,
        settles=True,  # shop work counted back in reads, to the model, like weapon-making
    ),
)

# Over and done ("last week", "il y a 3 jours"): violence or an overdose that is past is priority.
_PAST = (
    r"last (week|wk|wknd|weekend|month|year|summer|fall|winter|spring)",
    r"(\d+|a|one|two|three|few|couple( of)?) (days|weeks|wks|months|years|yrs) ago",
    r"(years|months|weeks) ago",
    r"(at|in) (his|her) (last|previous|old|former) (institution|pen|joint|jail|prison|"
    r"placement|facility)",
    r"when (he|she) was (younger|a kid|a teen\w*|on the street|outside|in provincial)",
    # Youth as the time: "used to cut himself as a teenager", « à l'adolescence ».
    r"as an? (teen\w*|kid|child|youth|young (man|woman|guy|girl)|juvenile|adolescent)\b",
    r"in (his|her|their) (early |late )?(teens|youth|childhood|twenties)\b",
    r"(a|dans|pendant|durant) (l'|sa |son )(adolescence|jeunesse|enfance)\b",
    r"(quand|lorsqu'?) ?(il|elle) etait (ado\w*|petite?|enfant|jeune)\b",
    # Nothing since: "nothing in ten years", « rien depuis cinq ans ».
    r"nothing (in|for) (the (last|past) )?(\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"many|several|a few) years",
    r"rien depuis (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|des) ans",
    r"the other day",
    # Healing injuries are old ones: "yellowish bruises", "des bleus jaunis".
    r"(yellow\w*|greenish|old|healing|fading|faded|week-old|jaun\w*|vieux|vieilles|anciens?|"
    r"anciennes?) (\w+ ){0,1}(bruis\w*|marks?|bleus?|ecchymoses?|marques?|black eye|shiner|"
    r"oeil au beurre noir|coquard)",
    r"(\w+ ){0,2}(days?|weeks?) old\b",
    r"vieux de (\d+|quelques|deux|trois) (jours|semaines)",
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)'?s\b",
    r"(bataille|incident|agression|chicane|automutilation|overdose|surdose|feu|menace|"
    r"evenement)s? "
    r"(de|d'|du) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|la semaine|la veille)",
    r"earlier this (week|month)",
    # A month named as when it happened: "after the fight with Arsenault in May", « depuis
    # l'affaire du couteau en mars » (the month told after the event or after "depuis").
    r"\b(in|en|since|depuis|back in|last) (january|february|march|april|may|june|july|august|"
    r"september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
    r"septembre|octobre|novembre|decembre)\b(?! (\d|next|prochain))",
    # A season told with a past verb: « qui avait des idées noires au printemps ».
    r"(avait|avaient|had|was having|were having) [^.;!?]{0,40}\b(au|in the|last|l'|ce|cet) ("
    r"printemps|spring|ete|summer|automne|fall|hiver|winter)\b",
    # An incident known by its season or holiday: "the crew involved in the spring disturbance".
    r"(the|that|le|la|l') (spring|summer|fall|autumn|winter|christmas|easter|new year'?s|"
    r"printemps|ete|automne|hiver|noel|paques) (riot|disturbance|fight|brawl|lockdown|incident|"
    r"stabbing|emeute|bataille|desordre|trouble|agression)",
    r"(l'emeute|la bataille|le desordre|l'incident|l'agression) (du|de l'|de la) (printemps|ete|"
    r"automne|hiver|noel|paques)",
    r"(back|returned|came back) from "
    r"(the )?(outside )?hospital",
    r"la semaine (passee|derniere)",
    r"(le|la) (week-?end|fin de semaine|mois) (passee?|derniere?)",
    r"il y a (\d+|quelques|deux|trois|un|une) (jours|semaines|mois|ans|annees|an)\b",
    r"y'?a (\d+|quelques|deux|trois|un|une) (jours|semaines|mois|ans|annees|an)\b",
    # A history by its year: "old self-injury hx 2019".
    r"(hx|history|historique|antecedents?) (of )?(\w+ ){0,2}(19|20)\d\d\b",
    r"(a|dans) son (ancien|dernier) (penitencier|etablissement|pen)",
    r"quand il etait (jeune|dehors|au provincial)",
    r"l'autre jour",
    r"(retour|revenu) de l'hopital",
    # A year: "back in 2019", "his 2021 charge" (not a clock time, which stands alone).
    r"(back |way back )?in (19|20)\d\d\b",
    r"back in '\d\d\b",
    r"(the|le|la|l') '\d\d\b",
    r"en (19|20)\d\d\b",
    r"(his|her|their|sa|son|ses) (19|20)\d\d\b",
    r"(de|d'|of|from) (19|20)\d\d\b",
    # "the 2016 robbery" (not "the 1900 movement", a clock time).
    r"(the|le|la|l') (19|20)\d\d (robbery|assault|offen[cs]e|charges?|conviction|sentence|case|"
    r"incident|fight|murder|stabbing|shooting|break-?in|vol|agression|meurtre|delit|infraction|"
    r"condamnation|dossier)",
    r"(at|in) (his|her) (last|previous) (hearing|trial|court date|parole hearing)",
    r"(a|lors de) (sa|son) (derniere|dernier|precedente?) (audience|proces|comparution)",
)
# triage-policy: planned trouble told without a time or details ("talking about running, no
# details") is priority; read anywhere in the note, it lowers only concepts marked vague_lowers.
_VAGUE = (
    r"one of these (days|nights)",
    # Overheard with no one named: "didn't get a name", « pas pogné de nom ».
    r"(didn'?t|did not|couldn'?t|could not) (get|catch|hear) (a |the |his |their |any )?names?",
    r"pas (eu|pogne|entendu|su) (de |le |les )?noms?",
    r"some ?day\b",
    r"sooner or later",
    r"(one day|someday) soon",
    r"(no|without) (date|time|day|details?|specifics|plan) (given|set|named|mentioned)?",
    r"nothing (concrete|specific|definite|solid)",
    r"un de ces (jours|quatre|soirs)",
    r"un jour ou l'autre",
    r"tot ou tard",
    r"(pas de|aucune?|sans) (date|details?|precisions?|plan)\b",
    r"rien de (concret|precis)",
    r"(no one|nobody|personne( de)?|aucune? personne) (named|nomme|vise|visee)",
    r"(no|pas de|aucune?|without|sans) (target|cible|means|moyen|name|nom)\b",
)
# An act put in the room rather than on the screen: its people and its cause are present.
_IN_THE_ROOM = (
    r"between (\w+ ){1,2}and \w+",
    r"entre (\w+ ){1,2}et \w+",
    r"(over|about|pour|a cause de|a propos de) (the |la |le |a |une )?(remote|channel|tv|tele|"
    r"television|manette|poste|seat|chair|place|chaise|siege|bet|pari)\b",
    r"(inmates?|inms?|guys|two of them|detenus|gars|les deux) (\w+ ){0,2}(fought|got into|"
    r"went at|squared|se sont battus|se sont pogne|se battaient)",
    r"(punch|hit|struck|kick|slapp|shov|push|grabb|stabb|jump|swung at|frapp|pogn|tabass)\w* "
    r"(?-i:[A-Z][a-z]+)\b(?! (game|match|fan|fans|jersey))",
)
# A "!" or "?" that closes a quotation the sentence goes on after ("yelled 'I'll kill you!'
# across the chess table") ends no sentence; before a dash it does ("'This is a drill!' - smoke
# pouring out of cell 12" is two facts).
_BANG_ENDS = r"[!?](?![!?]*['\"»”’]+\s*[a-zà-ÿ])"
_SENTENCE_END = re.compile(rf"(?:[.;\n]|{_BANG_ENDS})[.!?;\n]*")
# In a bulleted note ("- 1350 unit 2 - inm X - ..."), a dash between spaces ends a fragment; in
# prose it is a clause's dash ("get him 'the shank' - turned out he meant the DVD").
_BULLETED_END = re.compile(rf"(?:[.;\n]|\s[-–—•]\s|{_BANG_ENDS})[.!?;\n]*")
_BULLET = re.compile(r"\s*[-–—•*]\s")


def sentence_starts(text: Scan) -> list[int]:
    """Start offsets of the sentences of a text (for cues whose scope is one sentence)."""
    ends = _BULLETED_END if _BULLET.match(text.lower) else _SENTENCE_END
    return [0, *(m.end() for m in ends.finditer(text.lower))]


def sentence_of(starts: list[int], position: int) -> int:
    """The index of the sentence holding ``position``."""
    return bisect_right(starts, position) - 1


def past_sentences(found: dict[str, list[tuple[int, int]]], starts: list[int]) -> set[int]:
    """The sentences that speak of something over and done."""
    return {sentence_of(starts, start) for start, _ in found["past"]}


def is_vague(found: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the note says its plan has no time or details."""
    return bool(found["vague"])


_CONTRAST = re.compile(
    r"[\s\"'(-]*(but|however|though|yet|still|mais|par contre|cependant|pourtant|toutefois|"
    r"sauf que)\b"
)


def contrasted(lower: str, starts: list[int]) -> set[int]:
    """The sentences that open by turning against what came before ("But", "Par contre")."""
    return {i for i, start in enumerate(starts) if _CONTRAST.match(lower, start)}


def has_check(found: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the note is about a search or a check (its negative findings keep their route)."""
    return bool(found["check"])


# The cues' pattern lists, scanned with the concepts in one pass (``Scanner``).
CUES = {
    "past": _PAST,
    "vague": _VAGUE,
    "in_the_room": _IN_THE_ROOM,
    "check": _CHECK,
    **SETTING_CUES,
    **{context.name: context.patterns for context in HARMLESS},
}
