"""Education: the level a degree or a requirement names, and the education fit."""

from __future__ import annotations

import re

import numpy as np

from talentsonar.matching.scoring.inputs import FloatArray
from talentsonar.matching.scoring.weights import UNKNOWN_FIT

EDUCATION_LEVELS: dict[str, int] = {
    "high school": 1,
    "secondary": 1,
    "ged": 1,
    "diploma": 1,
    "associate": 2,
    "bachelor": 3,
    "bachelors": 3,
    "bsc": 3,
    "ba": 3,
    "bs": 3,
    "be": 3,
    "btech": 3,
    "b.tech": 3,
    "undergraduate": 3,
    "degree": 3,
    "master": 4,
    "masters": 4,
    "msc": 4,
    "ms": 4,
    "ma": 4,
    "mba": 4,
    "mtech": 4,
    "m.tech": 4,
    "postgraduate": 4,
    "phd": 5,
    "doctorate": 5,
    "doctoral": 5,
    "ph.d": 5,
}


def education_level(text: str | None) -> int | None:
    """The highest education level named in ``text`` (a degree, a job's requirement)."""
    lowered = (text or "").lower()
    best: int | None = None
    for word, level in EDUCATION_LEVELS.items():
        if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", lowered) and (
            best is None or level > best
        ):
            best = level
    return best


def education_fit(candidate_levels: FloatArray, job_level: int) -> FloatArray:
    """1 at or above the job's level, 0.5 one level short, else 0 (unknown: neutral)."""
    shortfall = job_level - candidate_levels
    fit = np.where(shortfall <= 0, 1.0, np.where(shortfall <= 1, 0.5, 0.0))
    result: FloatArray = np.where(np.isnan(shortfall), UNKNOWN_FIT, fit)
    return result
