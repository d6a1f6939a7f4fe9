"""The ontology's word families: who, what was done, with what, to whom, in English and French.

A family is a set of cue words (one word or a few in a row), each matched by its lemma and stem
(``bot.triage.lemmas``), so "grab" covers "grabbed", "grabs" and "grabed", and "pogner" covers
"pogné"
and "pognait". Families are the building blocks of the frames in ``bot.triage.ontology``: "an act
of
force, then a person or a staff member within a few words" is an assault; "an act of force, then a
lunch tray" is nothing, because a tray is in no target family. Families marked ``exact`` match
the written word only (plural "doors" is a crowd banging, one "door" may be one man asking).
"""

from __future__ import annotations

from bot.triage.vocabulary import acts, settings
from bot.triage.vocabulary.family import ALARM, NUMBER, NUMBER_WORDS, Family

FAMILIES: tuple[Family, ...] = (*acts.FAMILIES, *settings.FAMILIES)

__all__ = ["ALARM", "FAMILIES", "NUMBER", "NUMBER_WORDS", "Family"]
