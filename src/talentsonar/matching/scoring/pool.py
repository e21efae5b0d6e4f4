"""Score one job against a whole pool: weighted mean of the applicable features."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from talentsonar.matching.gems import hidden_gem_mask
from talentsonar.matching.scoring.features import feature_matrix
from talentsonar.matching.scoring.inputs import BoolArray, CandidatePool, FloatArray, JobInput
from talentsonar.matching.scoring.weights import (
    COLUMN,
    FEATURES,
    effective_weights,
    normalise_weights,
)


@dataclass
class PoolScores:
    """The result of scoring one job against a pool."""

    scores: FloatArray  # (n,) 0-100
    features: FloatArray  # (n, len(FEATURES)) in [0, 1]
    applicable: BoolArray  # (len(FEATURES),) which features count for this job
    weights: dict[str, float]
    effective: dict[str, float]  # ``weights`` as applied to this job (see effective_weights)
    required_direct: BoolArray  # (n, r)
    required_implied: BoolArray  # (n, r)
    nice_direct: BoolArray  # (n, k)
    hidden_gem: BoolArray  # (n,)


def combine(
    features: FloatArray, applicable: BoolArray, weights: Mapping[str, float]
) -> FloatArray:
    """Weighted mean of the applicable features, 0-100, rounded to 2 decimals."""
    vector = np.array([weights[name] for name in FEATURES], dtype=np.float64) * applicable
    total = float(vector.sum())
    if total <= 0:
        return np.zeros(features.shape[0])
    scores: FloatArray = np.round(100.0 * (features * (vector / total)).sum(axis=1), 2)
    return scores


def score_pool(
    job: JobInput, pool: CandidatePool, weights: Mapping[str, float] | None = None
) -> PoolScores:
    """Score ``job`` against every candidate of ``pool``."""
    normalised = normalise_weights(weights)
    features, applicable, req_direct, req_implied, nice_direct = feature_matrix(job, pool)
    scores = combine(features, applicable, effective_weights(job, normalised))
    return PoolScores(
        scores=scores,
        features=features,
        applicable=applicable,
        weights=normalised,
        effective=effective_weights(job, normalised),
        required_direct=req_direct,
        required_implied=req_implied,
        nice_direct=nice_direct,
        # One definition of a hidden gem (talentsonar.matching.gems), the evidence score
        # standing for the deeper analysis until an AI fit analysis exists.
        hidden_gem=hidden_gem_mask(scores, features, applicable, COLUMN),
    )
