"""Seniority: levels named in titles, levels implied by years, and the seniority fit."""

from __future__ import annotations

import re

import numpy as np

from talentsonar.matching.scoring.inputs import FloatArray
from talentsonar.matching.scoring.weights import UNKNOWN_FIT

SENIORITY_LEVELS: dict[str, int] = {
    "intern": 0,
    "trainee": 0,
    "graduate": 1,
    "entry": 1,
    "junior": 1,
    "jr": 1,
    "mid": 2,
    "intermediate": 2,
    "experienced": 2,
    "senior": 3,
    "sr": 3,
    "lead": 4,
    "staff": 4,
    "manager": 4,
    "principal": 5,
    "head": 5,
    "director": 5,
    "vp": 6,
    "chief": 6,
    "executive": 6,
}
WORD = re.compile(r"[a-z][a-z0-9+#.]*")


def seniority_level(text: str | None) -> int | None:
    """The highest seniority word in a title or a job's seniority field."""
    found = [
        SENIORITY_LEVELS[w] for w in WORD.findall((text or "").lower()) if w in SENIORITY_LEVELS
    ]
    return max(found) if found else None


def seniority_from_years(years: float | None) -> int | None:
    if years is None:
        return None
    for bound, level in ((1.0, 0), (2.5, 1), (5.0, 2), (9.0, 3), (14.0, 4)):
        if years < bound:
            return level
    return 5


#: The level of a current title that names none ("Data Analyst", "Software Engineer").
UNMARKED_TITLE_LEVEL = 2


def candidate_seniority(years_level: int | None, title_level: int | None) -> float | None:
    """A candidate's seniority from both kinds of evidence: the level their years imply
    and the level their current title says, averaged (either alone when the other is
    unknown). Years alone would make six years as a data analyst "senior" for any senior
    job; a title alone would make a two-year "Lead" a lead."""
    known = [level for level in (years_level, title_level) if level is not None]
    return sum(known) / len(known) if known else None


def job_seniority_years(level: int | None) -> float | None:
    """The years a seniority level usually implies (when the job gives no minimum)."""
    return (
        None
        if level is None
        else {0: 0.0, 1: 0.5, 2: 2.5, 3: 5.0, 4: 7.0, 5: 10.0, 6: 12.0}[min(level, 6)]
    )


def seniority_fit(candidate_levels: FloatArray, job_level: int) -> FloatArray:
    """Per candidate: 1 at the job's level, 0.35 less per level away (unknown: neutral)."""
    gap = np.abs(candidate_levels - job_level)
    fit: FloatArray = np.where(np.isnan(gap), UNKNOWN_FIT, np.clip(1.0 - 0.35 * gap, 0.0, 1.0))
    return fit
