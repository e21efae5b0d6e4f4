"""Skill coverage: how many of the job's skills a candidate shows (implied ones count half)."""

from __future__ import annotations

import numpy as np

from talentsonar.matching.scoring.inputs import BoolArray, FloatArray

#: An implied skill (React ⇒ JavaScript) counts this much of a direct mention.
IMPLIED_SKILL_CREDIT = 0.5


def coverage(direct: BoolArray, implied: BoolArray) -> FloatArray:
    """Per candidate: mean credit over the job's skills (1 direct, 0.5 implied, 0 missing)."""
    if direct.shape[1] == 0:
        return np.zeros(direct.shape[0])
    credit = np.where(direct, 1.0, np.where(implied, IMPLIED_SKILL_CREDIT, 0.0))
    result: FloatArray = credit.mean(axis=1)
    return result
