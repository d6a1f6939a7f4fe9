"""The learned second opinion: a small model trained on the labelled sets at first use.

The rule engine knows the sentences it was fixed on; on each fresh blind round its first look
fell short (benchmarks/triage_rounds.md). A linear model over character and word n-grams,
trained on the same labelled sets, generalized better to the next round when measured leave one
round out (``benchmarks/triage_learned.py``). So the engine asks it for a second opinion, which
may raise the urgency or add a route, never lower or remove one: the rules keep their word on
what they recognise, and the model catches what they were never taught.

The model is trained when first asked (``warm_up`` at start-up), from the corpora committed
beside this module; nothing is downloaded. The bot keeps the trained model on disk between starts
(``keep_in``, ``bot.triage.learned.stored``), so that a restart does not train it again.
"""

from __future__ import annotations

import ctypes
import json
import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from bot.triage.learned import stored
from bot.triage.learned.features import Vocabulary, folded, grams
from bot.triage.learned.ridge import fit_ridges

CORPUS = Path(__file__).parent / "corpus"
# The development corpus (a copy of ../shared/corpus/observations-dev.jsonl) and the blind
# rounds (benchmarks/triage_rounds.md), each once its first look was recorded.
TRAINING_SETS = (
    "observations-dev.jsonl",
    "round-2.jsonl",
    "round-1.jsonl",
    "round-3.jsonl",
    "round-4.jsonl",
    "round-5.jsonl",
    "round-6.jsonl",
    "round-7.jsonl",
    "round-8.jsonl",
    "round-9.jsonl",
    "round-10.jsonl",
    "round-11.jsonl",
    "round-12.jsonl",
    "round-13.jsonl",
    "round-14.jsonl",
    "round-15.jsonl",
    "round-16.jsonl",
    "round-17.jsonl",
    "round-18.jsonl",
    "round-19.jsonl",
    "round-20.jsonl",
    "round-21.jsonl",
    "round-22.jsonl",
    "round-23.jsonl",
    "round-24.jsonl",
    "round-25.jsonl",
    "round-26.jsonl",
    "round-27.jsonl",
    "round-28.jsonl",
    "round-29.jsonl",
    "round-30.jsonl",
    "round-31.jsonl",
    "round-32.jsonl",
    "round-33.jsonl",
    "round-34.jsonl",
    "round-35.jsonl",
    "round-36.jsonl",
    "round-37.jsonl",
    "round-38.jsonl",
    "round-39.jsonl",
    "round-40.jsonl",
    "round-41.jsonl",
    "round-42.jsonl",
    "round-43.jsonl",
    "round-44.jsonl",
    "round-45.jsonl",
    "round-46.jsonl",
    "round-47.jsonl",
    "round-48.jsonl",
    "round-49.jsonl",
    "round-50.jsonl",
    "round-51.jsonl",
    "round-52.jsonl",
    "round-53.jsonl",
    "round-54.jsonl",
    "round-55.jsonl",
    "round-56.jsonl",
)
LEVELS = ("routine", "priority", "immediate")
LEARNED_ROUTES = ("security_intelligence", "health_services", "case_management")
TARGETS = ("immediate", "priority", *LEARNED_ROUTES)
# Scores above these (ridge scores, targets +1 and -1) count. Chosen by
# benchmarks/triage_learned.py on the training rounds alone, each held out in turn against the
# rule engine's first look on it: the best urgency accuracy with immediate precision >= 0.85,
# and the best F1 of the routes.
THRESHOLDS = {
    "immediate": 0.1,
    "priority": 0.2,
    # A note the rules read as priority is raised to immediate above a bar of its own: chosen by
    # the same benchmark, each round from S on scored by a model trained on the rounds before it
    # (the best pooled urgency accuracy with immediate precision >= 0.85, then the best recall).
    "immediate over priority": 0.25,
    "security_intelligence": -0.1,
    "health_services": -0.1,
    "case_management": -0.1,
}
_WINDOW = 3  # the phrase shown is at most this many tokens
# On a one-line note a single n-gram decides, and the near misses the rules were taught ("il
# frappe sur le sac de boxe", "il a une plante sur sa fenêtre") are one-liners the model
# over-reads; the blind rounds' notes run to a median of 20 to 27 words.
MIN_WORDS = 15
# Minimum evidence: the model may raise a note only when the words that weighed most towards the
# raise carry some content ("on the county", "you're holding"), not when they are function words
# and reporting verbs alone ("said it would", "il dit que"), which every note has. Whether the gate
# is on was chosen by benchmarks/triage_learned.py on the training rounds alone (it is on when
# it does not lower pooled urgency accuracy under the precision floor, held out round by round).
EVIDENCE_REQUIRED = False
_FUNCTION_WORDS = frozenset(
    """a an the this that these those it its it's he she they we you i me him her them us his
    their our my your is was are were be been being am has have had do does did will would
    shall should can could may might must ll re ve qu not no to of in on at by for from
    with as and or but if so than then there here what which who when where how all some any
    said says say saying told tells tell asked asks says stated states just also very too
    up out about into over after before again still now
    le la les un une des du de ce cet cette ces il elle ils elles on nous vous je tu
    me te se lui leur leurs son sa ses mon ma mes ton ta tes notre votre en est
    etait sont ai as avait ont ete etre avoir fait faire va vais vont qui que quoi dont
    ou et mais ou donc car ni pas ne n' plus dans sur sous avec pour par chez vers au aux
    dit dis disait a dit raconte demande comme si alors puis encore deja tout tous toute""".split()
)


@dataclass(frozen=True)
class Model:
    """A vocabulary and one weight vector per target."""

    vocabulary: Vocabulary
    weights: dict[str, np.ndarray]

    def scores(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Each target's score for each note (above the threshold: the target is meant)."""
        rows = self.vocabulary.rows(grams(text) for text in texts)
        return {target: rows.dot(w) for target, w in self.weights.items()}


@dataclass(frozen=True)
class Opinion:
    """What the model would say of a note: an urgency and the routes its topics call for."""

    urgency: str
    routes: frozenset[str]


def _targets(item: dict[str, Any]) -> dict[str, bool]:
    return {
        "immediate": item["urgency"] == "immediate",
        "priority": item["urgency"] != "routine",
        **{route: route in item["routes"] for route in LEARNED_ROUTES},
    }


def train(items: list[dict[str, Any]]) -> Model:
    """A model trained on labelled notes (``text``, ``urgency``, ``routes``)."""
    vocabulary, rows = Vocabulary.learn_with_rows(item["text"] for item in items)
    labels = [_targets(item) for item in items]
    targets = {target: np.array([label[target] for label in labels]) for target in TARGETS}
    return Model(vocabulary, fit_ridges(rows, targets))


def labelled(names: tuple[str, ...] = TRAINING_SETS) -> list[dict[str, Any]]:
    """The labelled notes of the training sets, in order."""
    lines = [line for name in names for line in (CORPUS / name).read_text("utf-8").splitlines()]
    return [json.loads(line) for line in lines if line.strip()]


def opinion_of(
    scores: dict[str, float], thresholds: dict[str, float] = THRESHOLDS, rules: str = "routine"
) -> Opinion:
    """The opinion that one note's scores give under the thresholds, on a note the rules read as
    ``rules``: over a priority verdict, only an immediate one above its own bar has anything to
    add (the rules' routes stand)."""
    if rules == "priority":
        raised = scores["immediate"] >= thresholds["immediate over priority"]
        return Opinion("immediate" if raised else "priority", frozenset())
    if scores["immediate"] >= thresholds["immediate"]:
        urgency = "immediate"
    elif scores["priority"] >= thresholds["priority"]:
        urgency = "priority"
    else:
        urgency = "routine"
    routes = frozenset(r for r in LEARNED_ROUTES if scores[r] >= thresholds[r])
    return Opinion(urgency, routes)


def consulted(rules: str, text: str) -> bool:
    """Whether the model is asked at all: on a note the rules read as routine or priority (an
    immediate verdict has nothing above it), long enough to weigh. Over a priority verdict it may
    only raise to immediate: held out round by round, the rules' priority verdicts on immediate
    items told by acts alone were the misses it caught most (benchmarks/triage_learned.py)."""
    return rules != "immediate" and len(text.split()) >= MIN_WORDS and ready()


# Where the model trains in the background (the bot), it is asked only once trained: meanwhile
# notes are triaged by the rules alone, and an item read as immediate never waits for it.
_trained = threading.Event()
_in_background = threading.Event()


def ready() -> bool:
    """Whether the model may be asked now: at once where it trains on first use (the CLI, the
    tests), once trained where it trains in the background."""
    return not _in_background.is_set() or _trained.is_set()


# Where the trained model is kept between starts: none (train at each start) until ``keep_in``.
_kept_in: list[Path] = []


def keep_in(directory: Path) -> None:
    """Keep the trained model in ``directory`` between starts, and load it from there (the bot);
    before the model is first asked."""
    _kept_in[:] = [directory]


def train_in_background() -> threading.Thread:
    """Train on a thread of its own, so that start-up does not wait for it."""
    _in_background.set()
    thread = threading.Thread(target=model, name="rapport-second-opinion", daemon=True)
    thread.start()
    return thread


@cache
def model() -> Model:
    """The model trained on the committed training sets (once per process), or the one kept from
    an earlier start when it was made from the same sets and code."""
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, _ARENAS)
    kept = None
    if _kept_in:
        made_from = stored.digest(CORPUS / name for name in TRAINING_SETS)
        kept = stored.path_for(_kept_in[0], made_from)
    vocabulary, weights = stored.load_or_train(kept, _trained_parts)
    if libc is not None:
        libc.malloc_trim(0)
    _trained.set()
    return Model(vocabulary, weights)


def _trained_parts() -> tuple[Vocabulary, dict[str, np.ndarray]]:
    trained = train(labelled())
    return trained.vocabulary, trained.weights


# Training's memory, handed back to the system once it is done. Training counts every note's
# n-grams in short-lived counters and arrays, tens of megabytes of which only the vocabulary and
# weights (about 14 MB) survive; glibc keeps freed pages in the process between the survivors
# (``malloc_trim`` hands them back), and gives each new thread a heap of its own, whose free top
# it keeps for good (``malloc_trim`` hands back the first heap's, not the others'): with a heap
# for the fitting threads, the model's share of resident memory was 38 MB instead of 27. So
# glibc makes no new heap from training on: the fitting threads share the heaps there are. The
# limit is process-wide, and glibc reads it once, when a thread next needs a heap: the bot
# trains on a worker thread (``asyncio.to_thread``) that has a heap of its own by then, so it
# keeps two, which its other threads, the database connections' and asyncio's workers, share
# (they allocate little, and no slowdown showed in the test suite's timings); a process that
# trains on its main thread alone (the CLI, the benchmarks) keeps one. Elsewhere than glibc
# there is nothing to call, and nothing is lost but those megabytes.
_M_ARENA_MAX = -8  # mallopt's parameter (malloc.h)
_ARENAS = 1


def _glibc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def second_opinion(text: str, rules: str = "routine") -> Opinion:
    """The learned opinion of one note the rules read as ``rules`` (with the minimum evidence its
    raise needs)."""
    scores = model().scores([text])
    found = opinion_of({target: float(s[0]) for target, s in scores.items()}, rules=rules)
    if not EVIDENCE_REQUIRED:
        return found
    return evidenced(found, {level: has_evidence(model(), text, level) for level in TO_RAISE})


TO_RAISE = ("immediate", "priority")
_WORDS = re.compile(r"\w+")


def evidenced(found: Opinion, evidence: dict[str, bool]) -> Opinion:
    """The opinion an urgency keeps only where its weightiest words carry content: an immediate
    raise without it falls back to priority if that has it, else to routine (routes kept)."""
    if found.urgency == "immediate" and not evidence["immediate"]:
        found = Opinion("priority", found.routes)
    if found.urgency == "priority" and not evidence["priority"]:
        found = Opinion("routine", found.routes)
    return found


def has_evidence(trained: Model, text: str, target: str) -> bool:
    """Whether the words that weighed most towards a target say something (not function words
    and reporting verbs alone)."""
    words = _WORDS.findall(folded(phrase_of(trained, text, target)))
    return any(len(word) > 1 and word not in _FUNCTION_WORDS for word in words)


def weightiest_phrase(text: str, target: str) -> str:
    """The few neighbouring words that weighed most towards a target, as the officer typed them."""
    return phrase_of(model(), text, target)


def phrase_of(trained: Model, text: str, target: str) -> str:
    """The few neighbouring words that weighed most towards a target in a trained model."""
    tokens = trained.vocabulary.contributions(text, trained.weights[target])
    if not tokens:
        return ""
    best = (float("-inf"), 0, 0)
    for first in range(len(tokens)):
        total = 0.0
        for last in range(first, min(first + _WINDOW, len(tokens))):
            total += tokens[last][2]
            if total > best[0]:
                best = (total, tokens[first][0], tokens[last][1])
    shown = text if len(folded(text)) == len(text) else folded(text)
    return shown[best[1] : best[2]].strip(" .,;:!?'\"()")


def warm_up() -> None:
    """Train the model at start-up, not on a first message."""
    model()
