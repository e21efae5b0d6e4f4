"""Per-organisation re-weighting of the match features from recruiter feedback (pure numpy).

A logistic model ``P(positive | features) = sigmoid(b + w . x)`` with an L2 penalty pulling
``w`` towards the default weights (scaled), fitted by projected gradient descent with
``w >= 0``. The learned ``w`` (normalised to sum 1) become the org's feature weights, so
the score stays a readable weighted mean of the same features.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from talentsonar.matching.scoring import DEFAULT_WEIGHTS, FEATURES, normalise_weights

POSITIVE_TYPES = frozenset({"positive", "hired"})
#: The default weights are the prior; this is their scale in logit space.
PRIOR_SCALE = 4.0


@dataclass(frozen=True, slots=True)
class FittedWeights:
    weights: dict[str, float]
    n_samples: int
    n_positive: int
    loss: float


def has_enough_feedback(labels: Sequence[str], minimum: int) -> bool:
    positives = sum(1 for t in labels if t in POSITIVE_TYPES)
    return len(labels) >= minimum and 0 < positives < len(labels)


def fit_weights(
    samples: Sequence[tuple[Mapping[str, float], str]],
    *,
    l2: float = 1.0,
    iterations: int = 3000,
    learning_rate: float = 0.5,
) -> FittedWeights:
    """Fit non-negative feature weights to ``(features, feedback_type)`` samples."""
    x = np.array([[float(f.get(n, 0.0)) for n in FEATURES] for f, _ in samples], dtype=np.float64)
    y = np.array([1.0 if t in POSITIVE_TYPES else 0.0 for _, t in samples], dtype=np.float64)
    prior = np.array([DEFAULT_WEIGHTS[n] for n in FEATURES]) * PRIOR_SCALE
    w = prior.copy()
    b = 0.0
    n = max(len(y), 1)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad_w = x.T @ (p - y) / n + l2 * (w - prior) / n
        grad_b = float(np.mean(p - y))
        w = np.maximum(w - learning_rate * grad_w, 0.0)
        b -= learning_rate * grad_b
    p = np.clip(1.0 / (1.0 + np.exp(-(x @ w + b))), 1e-9, 1 - 1e-9)
    loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    return FittedWeights(
        weights=normalise_weights(dict(zip(FEATURES, w.tolist(), strict=True))),
        n_samples=len(y),
        n_positive=int(y.sum()),
        loss=round(loss, 6),
    )
