"""The learned second opinion: where it is asked, what it may change, and how it says why
(sentences written for these tests)."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from bot.triage import Urgency, engine, triage
from bot.triage.learned import consulted, opinion, second_opinion, stored, weightiest_phrase
from bot.triage.learned.features import Vocabulary
from bot.triage.learned.opinion import MIN_WORDS, TARGETS, Opinion, evidenced, labelled, train

LONG = "word " * MIN_WORDS
SHORT = "word " * (MIN_WORDS - 1)


@pytest.mark.parametrize(
    ("rules", "text", "asked"),
    [
        ("routine", LONG, True),  # the rules placed nothing urgent: a second look
        ("routine", SHORT, False),  # a one-liner is the rules' to read
        ("priority", LONG, True),  # it may still call for the supervisor now
        ("immediate", LONG, False),  # nothing above it, and it is never lowered
    ],
)
def test_the_second_opinion_is_asked_only_of_long_notes_the_rules_did_not_read_as_immediate(
    rules: str, text: str, asked: bool
) -> None:
    assert consulted(rules, text) is asked


# Long notes that no rule places, told by what was seen and said: (note, urgency it calls for).
UNPLACED = [
    (
        "Pendant la ronde de nuit le détenu de la 7 était assis dans le noir et il m'a dit "
        "calmement qu'il aura plus besoin de ses affaires après ce soir",
        Urgency.IMMEDIATE,
    ),
    (
        "Au retour de la cour le gars de la 12 avait la main enroulée dans un linge plein de "
        "sang et refusait de montrer ce qu'il avait fait",
        Urgency.IMMEDIATE,
    ),
]


@pytest.mark.parametrize(("text", "urgency"), UNPLACED)
def test_a_long_note_the_rules_miss_is_raised_and_the_card_says_which_words_weighed(
    text: str, urgency: Urgency
) -> None:
    result = triage(text)
    assert result.urgency is urgency
    assert "supervisor" in result.routes
    label, phrase = result.reasons[0].split(": ", 1)
    assert label in ("learned", "appris")
    assert phrase.strip("'") in text  # as the officer typed it


def test_over_a_priority_verdict_the_second_opinion_may_only_raise_to_immediate() -> None:
    scores = {target: 1.0 for target in TARGETS}  # every target meant, every route too
    assert opinion.opinion_of(scores, rules="priority") == Opinion("immediate", frozenset())
    scores["immediate"] = opinion.THRESHOLDS["immediate over priority"] - 0.01
    assert opinion.opinion_of(scores, rules="priority").urgency == "priority"  # not lowered
    assert opinion.opinion_of(scores).urgency == "immediate"  # over routine, the lower bar


def test_a_long_note_the_rules_read_as_priority_is_raised_when_it_reads_as_an_emergency(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The rules hear a change in mental state; the model reads a man collapsing now.
    text = (
        "Late entry: around 1500 in the shop Lemieux was sweaty, grey and talking gibberish, "
        "not like him at all, he sat down on the floor and could not tell me where he was"
    )
    with monkeypatch.context() as rules_alone:
        rules_alone.setattr(engine, "consulted", lambda *args: False)
        assert triage(text).urgency is Urgency.PRIORITY
    result = triage(text)
    assert result.urgency is Urgency.IMMEDIATE
    assert {"health_services", "supervisor"} <= set(result.routes)  # the rules' route stands
    assert result.reasons[0].startswith("learned: ")


@pytest.mark.parametrize(
    "text",
    [
        "Walked the range after supper, everybody watching the hockey game, two guys playing "
        "cards and the rest on the phones, quiet shift overall",
        "Le détenu Gagnon a passé l'après-midi à la bibliothèque à préparer son curriculum "
        "vitae pour le salon de l'emploi du mois prochain, il était de bonne humeur",
    ],
)
def test_an_ordinary_long_note_stays_routine(text: str) -> None:
    assert second_opinion(text).urgency == "routine"
    assert triage(text).urgency is Urgency.ROUTINE


def test_the_weightiest_phrase_is_words_of_the_note() -> None:
    text = "Le gars de la 9 a donné sa télé pis ses runners à son voisin en disant adieu à tous"
    phrase = weightiest_phrase(text, "immediate")
    assert phrase and phrase in text


def test_training_is_repeatable() -> None:
    items = labelled()
    first, second = train(items), train(items)
    assert all(np.array_equal(first.weights[t], second.weights[t]) for t in TARGETS)


def test_the_evidence_gate_lowers_a_raise_whose_weightiest_words_say_nothing() -> None:
    # The gate is measured by benchmarks/triage_learned.py and shipped only if it helps there.
    raised = Opinion("immediate", frozenset({"security_intelligence"}))
    assert evidenced(raised, {"immediate": False, "priority": True}).urgency == "priority"
    assert evidenced(raised, {"immediate": False, "priority": False}).urgency == "routine"
    assert evidenced(raised, {"immediate": True, "priority": False}) == raised


def test_a_model_training_in_the_background_is_asked_only_once_trained(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bot trains the second opinion while it already answers: meanwhile the rules decide."""
    monkeypatch.setattr(opinion, "_in_background", threading.Event())
    monkeypatch.setattr(opinion, "_trained", threading.Event())
    note = "quiet evening on the range, he sat by himself at supper and barely spoke to anyone"
    assert opinion.consulted("routine", note)  # trained on first use: asked at once
    opinion._in_background.set()
    assert not opinion.consulted("routine", note)
    opinion._trained.set()
    assert opinion.consulted("routine", note)


NOTES = [
    "He gave away his radio and his canteen and told me he won't need them after tonight",
    "Quiet on the range, played cards after supper, asked about his visit on Sunday",
    "Le gars de la 12 dit qu'il va pogner le nouveau dans la douche demain matin",
]


Model = tuple[Vocabulary, dict[str, np.ndarray]]


def _small() -> Model:
    trained = train(labelled(("observations-dev.jsonl",)))
    return trained.vocabulary, trained.weights


def _scores_alike(model: Model, trained: Model) -> bool:
    before, after = opinion.Model(*trained).scores(NOTES), opinion.Model(*model).scores(NOTES)
    return all(np.allclose(before[t], after[t]) for t in TARGETS)


def test_a_kept_model_scores_every_note_as_the_trained_one(tmp_path: Path) -> None:
    """A restart loads the model kept by the last start instead of training it again; the first
    start's model, read back from what it kept, scores as the one trained."""
    path = stored.path_for(tmp_path, "abc")
    trained = _small()
    first = stored.load_or_train(path, lambda: trained)  # none kept: trained, kept
    assert path.exists() and _scores_alike(first, trained)
    kept = stored.load_or_train(path, lambda: pytest.fail("trained again"))
    assert _scores_alike(kept, trained)


def test_a_kept_model_is_named_by_what_it_was_made_from(tmp_path: Path) -> None:
    """A changed training set makes another file: an old model is never loaded for a new corpus,
    and the older file is removed when the new one is kept."""
    corpus = tmp_path / "round.jsonl"
    corpus.write_text('{"text": "a"}\n', encoding="utf-8")
    first = stored.digest([corpus])
    corpus.write_text('{"text": "b"}\n', encoding="utf-8")
    assert stored.digest([corpus]) != first
    old, new = stored.path_for(tmp_path, first), stored.path_for(tmp_path, stored.digest([corpus]))
    stored.save(old, stored.written(*_small()))
    stored.save(new, stored.written(*_small()))
    assert new.exists() and not old.exists()


def test_a_damaged_or_unwritable_store_only_means_training(tmp_path: Path) -> None:
    damaged = stored.path_for(tmp_path, "abc")
    damaged.write_bytes(b"PK\x03\x04 not a model")
    assert stored.load(damaged) is None
    trained = _small()
    assert _scores_alike(stored.load_or_train(damaged, lambda: trained), trained)
    assert stored.load(damaged) is not None  # written whole over the damaged one
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")  # a file where the directory should be
    assert _scores_alike(
        stored.load_or_train(stored.path_for(blocked, "abc"), lambda: trained), trained
    )
