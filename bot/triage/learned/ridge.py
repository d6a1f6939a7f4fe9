"""A class-balanced ridge classifier over sparse rows, solved in a fraction of a second.

Least squares on targets of +1 and -1 with an L2 penalty, each class weighed by the inverse of its
share (immediate notes are a third of the training set, routes fewer). There are far fewer notes
than n-grams, so the problem is solved in the dual: weights = rowsᵀ · a, where
(rows · rowsᵀ + alpha · W⁻¹) a = targets, by conjugate gradients (a fixed tolerance and round
limit, no randomness: the same notes give the same weights).

Every row holds the intercept's constant feature, so rows · rowsᵀ holds a matrix of ones, whose
eigenvalue (the number of notes) dwarfs the others; the gradients are preconditioned by that
matrix of ones plus the rest's diagonal, inverted exactly (Sherman-Morrison), which takes a fifth
of the rounds off, each a pass over every note's n-grams both ways, for a few sums over the notes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from bot.triage.learned.features import Rows

ALPHA = 1.0
_ROUNDS = 500
_TOLERANCE = 1e-8


def fit_ridge(rows: Rows, target: np.ndarray, *, alpha: float = ALPHA) -> np.ndarray:
    """Weights whose dot product with a row is above zero for the target's notes."""
    signs = np.where(target, 1.0, -1.0)
    share = float(target.mean())
    if share in (0.0, 1.0):
        raise ValueError("a target needs notes on both sides")
    weight = np.where(target, 0.5 / share, 0.5 / (1 - share))

    scratch = np.empty(len(rows.values))

    def apply(dual: np.ndarray) -> np.ndarray:
        return rows.dot(rows.dot_transposed(dual, scratch), scratch) + alpha * dual / weight

    precondition = _preconditioner(rows, alpha / weight)
    dual = np.zeros_like(signs)
    residual = signs.copy()
    preconditioned = precondition(residual)
    direction = preconditioned.copy()
    norm = residual @ preconditioned
    limit = _TOLERANCE * (signs @ signs)
    for _ in range(_ROUNDS):
        step_in = apply(direction)
        step = norm / (direction @ step_in)
        dual += step * direction
        residual -= step * step_in
        if residual @ residual < limit:
            break
        preconditioned = precondition(residual)
        new_norm = residual @ preconditioned
        direction = preconditioned + (new_norm / norm) * direction
        norm = new_norm
    return rows.dot_transposed(dual, scratch)


def _preconditioner(rows: Rows, penalty: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """The inverse of (the intercept's column times its transpose, a matrix of ones, plus the
    diagonal of the rest and of the penalty), applied to a vector. The intercept's feature is
    the last column (``Vocabulary``)."""
    constant = np.zeros(rows.width)
    constant[-1] = 1.0
    ones = rows.dot(constant)  # the intercept's column: its value in each row
    inverse = 1 / (rows.squared_norms() - ones * ones + penalty)
    towards = inverse * ones
    scale = 1 / (1 + ones @ towards)
    return lambda vector: inverse * vector - towards * (scale * (towards @ vector))


def fit_ridges(rows: Rows, targets: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Each target's weights, the fits run side by side: numpy lets go of the interpreter in
    the large array work each step does, so a second core takes a third off the bot's start-up.
    Each fit is the same as alone (the same steps on the same numbers)."""
    with ThreadPoolExecutor(max_workers=min(len(targets), os.cpu_count() or 1)) as pool:
        fitted = pool.map(lambda target: fit_ridge(rows, target), targets.values())
        return dict(zip(targets, fitted, strict=True))
