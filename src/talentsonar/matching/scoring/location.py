"""Location: place words of a location, and whether a candidate is where the job is."""

from __future__ import annotations

import re

import numpy as np

from talentsonar.matching.scoring.inputs import CandidatePool, FloatArray
from talentsonar.matching.scoring.weights import UNKNOWN_FIT


def location_tokens(location: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]{3,}", (location or "").lower()) if w != "remote")


def location_fit(pool: CandidatePool, wanted_tokens: frozenset[str]) -> FloatArray:
    """1 where a candidate's location shares a word with the job's, 0 where it is known and
    does not, neutral where it is unknown."""
    assert pool.locations is not None
    n = len(pool)
    wanted = [f"l:{t}" for t in sorted(wanted_tokens)]
    hits = pool.locations.membership(wanted, pool.vocab, n).any(axis=1)
    known = np.zeros(n, dtype=bool)
    known[np.unique(pool.locations.rows)] = True
    result: FloatArray = np.where(hits, 1.0, np.where(known, 0.0, UNKNOWN_FIT))
    return result
