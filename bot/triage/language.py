"""Which language an officer wrote in: English or French, from cheap signs in the words.

Short notes carry few function words ("nie toute idée suicidaire, humeur bonne"), so every word
can vote: common words and officers' vocabulary of one language, French accents and elisions
("l'agent", "qu'il"), English contractions and endings ("doesn't", "refusing"). Words both
languages use ("a", "on", "plus", "pour"...) are in neither list. A tie is English, the default.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_FRENCH = frozenset(
    # function words
    "le la les des du de un une est et il elle ils elles pas dans sur avec au aux sa son ses "
    "qui que ça ca pis mais ou où très tres été à je tu nous vous leur leurs lui ce cet cette "
    "ces rien aucun aucune selon toujours depuis avait était fait dit va vont sont moins mon ma "
    "mes ta tes notre nos votre vos se ne ni sans chez vers après apres avant pendant "
    "durant encore déjà deja aussi donc quand comme parce puis alors tout toute tous "
    "toutes quelque quelques autre autres même meme peu beaucoup trop bien mal oui non "
    "avoir être etre ont avons fais faire dire veut peut doit semble "
    "hier matin soir nuit demain aujourd'hui heure heures fois jour jours semaine ras "
    # officers' French: people, places, events, states
    "détenu détenus detenu detenus détenue délinquant délinquante delinquant agente "
    "surveillant gardien infirmière infirmier cellule cellules rangée rangee rangées "
    "unité unite cour gymnase cuisine douche douches visite visites fouille fouillé dénombrement "
    "denombrement isolement ronde libération conditionnelle couvre-feu "
    "rendez-vous appel téléphone courriel nie niait idée idées humeur bonne bon calme "
    "suivi refusé refusait dort mange parle pleure menacé bagarre arme couteau "
    "drogue contrebande cellulaire colis clôture cloture blessé blessure santé soins "
    "programme travail famille mère père fille fils conjointe copine blonde ami amis gars "
    "collaboré aidé participé trouvé vu entendu".split()
)
_ENGLISH = frozenset(
    "the is and he she his her in with to of was at says said he's she's not no "
    "inm inmate inmates i/m this that it's him they them their from by after before around "
    "about just been has have had will would be are were my i you your asked told found "
    "offender offenders cell yard who what when where which there here did does "
    "doesn't didn't don't won't can't isn't wasn't hasn't haven't couldn't wouldn't hes "
    "into out up down over again still very really all any some nothing something seems "
    "looked looks today tonight yesterday morning evening night earlier later ago "
    "staff officer guys guy unit search refused denies denied mood good someone somebody "
    "anyone everyone nobody door wrote told asked says saw heard seen found got went came "
    "because but if or so than then too while during without within through off".split()
)
_FRENCH_ACCENTS = frozenset("éèêëàâîïôûùüçœ")
_ELISION = re.compile(r"^(?:[ldjnmtsc]|qu|jusqu|lorsqu|puisqu)['’](?!s$)[^\W\d_]")
_ENGLISH_ENDINGS = ("n't", "'ll", "'ve", "'re", "'d", "ness", "ful")  # and "ing", not "eing"


def detect_language(text: str) -> str:
    """ "fr" when French signs outnumber English ones, else "en" (the default)."""
    french = english = 0
    for word in _WORD.findall(text.lower()):
        if word in _FRENCH:
            french += 1
        elif word in _ENGLISH:
            english += 1
        elif ("'" in word or "’" in word) and _ELISION.match(word):
            french += 1
        elif not word.isascii() and not _FRENCH_ACCENTS.isdisjoint(word):
            french += 1
        elif word.endswith(_ENGLISH_ENDINGS) or (
            word.endswith("ing") and word[-4:-3] not in ("", "e")
        ):
            english += 1
    return "fr" if french > english else "en"
