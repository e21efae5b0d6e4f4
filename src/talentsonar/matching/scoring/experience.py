"""Experience: the candidate's years against the job's minimum."""

from __future__ import annotations

import numpy as np

from talentsonar.matching.scoring.inputs import FloatArray
from talentsonar.matching.scoring.seniority import job_seniority_years
from talentsonar.matching.scoring.weights import UNKNOWN_FIT


def minimum_years(min_years: float | None, seniority: int | None) -> float | None:
    """The job's minimum years, or the years its seniority usually implies."""
    return min_years if min_years is not None else job_seniority_years(seniority)


def experience_fit(years: FloatArray, minimum: float) -> FloatArray:
    """``(years / minimum) ** 1.5`` capped at 1; unknown years get a neutral fit."""
    if minimum <= 0:
        fit = np.ones_like(years)
    else:
        with np.errstate(over="ignore"):  # a vanishing minimum: the ratio saturates at 1
            fit = np.clip(years / minimum, 0.0, 1.0) ** 1.5
    result: FloatArray = np.where(np.isnan(years), UNKNOWN_FIT, fit)
    return result
