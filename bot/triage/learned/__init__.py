"""The learned second opinion on an observation (a linear model over n-grams), its features and
its solver. ``second_opinion`` and ``weightiest_phrase`` are what the engine asks."""

from bot.triage.learned.opinion import (
    LEVELS,
    Opinion,
    consulted,
    keep_in,
    second_opinion,
    train_in_background,
    warm_up,
    weightiest_phrase,
)

__all__ = [
    "LEVELS",
    "Opinion",
    "consulted",
    "keep_in",
    "second_opinion",
    "train_in_background",
    "warm_up",
    "weightiest_phrase",
]
