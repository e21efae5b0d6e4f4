"""The features a score is made of, their default weights and the scorer's version."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from talentsonar.matching.scoring.inputs import JobInput

#: basic-1.4: skills inferred from a job's description need supporting context (issue 15).
#: basic-1.5: a job is scored on the requirements it shows (inferred ones stored on the
#: job, nothing inferred at scoring time); a candidate's seniority weighs years and title.
#: basic-1.6: a required skill verified by an assessment, code, GitHub or a recruiter counts
#: fully, a CV claim less, a failed assessment little (issue 17).
SCORER_VERSION = "basic-1.6"

FEATURES: tuple[str, ...] = (
    "required_skills",
    "nice_skills",
    "semantic",
    "title",
    "experience",
    "seniority",
    "education",
    "location",
)

#: The candidate's vector is built from their headline, recent titles and skills
#: (``candidate_embedding_text``), so ``semantic`` already carries most of the title
#: evidence; ``title`` (job title vs the candidate's titles) stays as a smaller, explicit
#: signal rather than counting the same evidence twice.
DEFAULT_WEIGHTS: dict[str, float] = {
    "required_skills": 0.26,
    "nice_skills": 0.06,
    "semantic": 0.36,
    "title": 0.10,
    "experience": 0.10,
    "seniority": 0.04,
    "education": 0.04,
    "location": 0.04,
}

#: Skills the scorer had to infer from a job's prose (the recruiter listed none) are weaker
#: evidence than a recruiter's list: their coverage weight is scaled by this.
INFERRED_SKILLS_WEIGHT = 0.2
#: A candidate whose years are unknown gets this experience / seniority / location fit.
UNKNOWN_FIT = 0.5

#: Column of each feature in a feature matrix.
COLUMN: dict[str, int] = {name: i for i, name in enumerate(FEATURES)}


def normalise_weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    """Non-negative weights over :data:`FEATURES` summing to 1 (defaults fill the gaps)."""
    merged = {
        name: max(0.0, float((weights or {}).get(name, DEFAULT_WEIGHTS[name]))) for name in FEATURES
    }
    total = sum(merged.values())
    if total <= 0:
        merged, total = dict(DEFAULT_WEIGHTS), sum(DEFAULT_WEIGHTS.values())
    if abs(total - 1.0) < 1e-4:  # already normalised: keep as is, so this is idempotent
        return {name: round(value, 6) for name, value in merged.items()}
    return {name: round(value / total, 6) for name, value in merged.items()}


def effective_weights(job: JobInput, weights: Mapping[str, float]) -> dict[str, float]:
    """The weights used for ``job``: skill coverage counts less when the skills were inferred
    from the job's prose rather than listed by the recruiter (required and nice-to-have
    alike)."""
    adjusted = dict(weights)
    if job.skills_inferred:
        adjusted["required_skills"] = weights["required_skills"] * INFERRED_SKILLS_WEIGHT
    if job.nice_inferred:
        adjusted["nice_skills"] = weights["nice_skills"] * INFERRED_SKILLS_WEIGHT
    return adjusted
