"""Skill coverage: how many of the job's skills a candidate shows, and how sure we are.

A skill verified by an assessment, a code exercise, GitHub or a recruiter counts fully; one
the CV claims counts :data:`CLAIMED_SKILL_CREDIT`; one implied by another (React ⇒
JavaScript) half of that; one an assessment found lacking :data:`FAILED_SKILL_CREDIT`,
whatever the CV says."""

from __future__ import annotations

import numpy as np

from talentsonar.matching.scoring.inputs import BoolArray, FloatArray

#: A skill verified by a test, code, GitHub or a recruiter.
VERIFIED_SKILL_CREDIT = 1.0
#: A skill the CV names, unverified.
CLAIMED_SKILL_CREDIT = 0.85
#: An implied skill (React ⇒ JavaScript) counts this much of a claim.
IMPLIED_SKILL_CREDIT = 0.5
#: A skill an assessment or exercise found lacking.
FAILED_SKILL_CREDIT = 0.2


def coverage(
    direct: BoolArray,
    implied: BoolArray,
    verified: BoolArray | None = None,
    failed: BoolArray | None = None,
) -> FloatArray:
    """Per candidate: mean credit over the job's skills (verified 1, claimed 0.85, implied
    0.425, failed 0.2, missing 0)."""
    if direct.shape[1] == 0:
        return np.zeros(direct.shape[0])
    claimed = CLAIMED_SKILL_CREDIT
    credit = np.where(direct, claimed, np.where(implied, IMPLIED_SKILL_CREDIT * claimed, 0.0))
    if verified is not None:
        credit = np.where(verified, VERIFIED_SKILL_CREDIT, credit)
    if failed is not None:
        credit = np.where(failed, FAILED_SKILL_CREDIT, credit)
    result: FloatArray = credit.mean(axis=1)
    return result
