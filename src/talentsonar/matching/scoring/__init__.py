"""The basic match score: pure, vectorised, explainable (no I/O).

A job is scored against a whole :class:`CandidatePool` at once. Every feature is a number in
[0, 1] per candidate; the score is the weighted mean of the features that *apply* to the job
(education only counts when the job asks for it, location only when the job has one …),
scaled to 0-100. The features, the weights and :data:`SCORER_VERSION` are stored with every
score, so a score can always be explained and reproduced.

Determinism: features are rounded to 6 decimals and the score to 2, and the weighted sum is
an element-wise product summed per row, so a candidate's score never depends on which other
candidates happen to be in the pool.

Modules: ``weights`` (features, default weights, version), ``inputs`` (job, candidate,
pool), one module per feature family (``skills``, ``titles``, ``experience``,
``seniority``, ``education``, ``location``), ``features`` (the feature matrix), ``pool``
(the weighted score and hidden gems) and ``explain`` (rationale and breakdown).
"""

from talentsonar.matching.scoring.education import EDUCATION_LEVELS, education_level
from talentsonar.matching.scoring.experience import experience_fit, minimum_years
from talentsonar.matching.scoring.explain import feature_breakdown, rationale
from talentsonar.matching.scoring.features import (
    SEMANTIC_CEILING,
    SEMANTIC_FLOOR,
    feature_matrix,
)
from talentsonar.matching.scoring.inputs import (
    BoolArray,
    CandidateInput,
    CandidatePool,
    FloatArray,
    JobInput,
)
from talentsonar.matching.scoring.location import location_tokens
from talentsonar.matching.scoring.pool import PoolScores, combine, score_pool
from talentsonar.matching.scoring.seniority import (
    SENIORITY_LEVELS,
    candidate_seniority,
    job_seniority_years,
    seniority_from_years,
    seniority_level,
)
from talentsonar.matching.scoring.skills import IMPLIED_SKILL_CREDIT
from talentsonar.matching.scoring.titles import TITLE_CEILING, TITLE_FLOOR, title_tokens
from talentsonar.matching.scoring.weights import (
    DEFAULT_WEIGHTS,
    FEATURES,
    INFERRED_SKILLS_WEIGHT,
    SCORER_VERSION,
    UNKNOWN_FIT,
    effective_weights,
    normalise_weights,
)

__all__ = [
    "DEFAULT_WEIGHTS",
    "EDUCATION_LEVELS",
    "FEATURES",
    "IMPLIED_SKILL_CREDIT",
    "INFERRED_SKILLS_WEIGHT",
    "SCORER_VERSION",
    "SEMANTIC_CEILING",
    "SEMANTIC_FLOOR",
    "SENIORITY_LEVELS",
    "TITLE_CEILING",
    "TITLE_FLOOR",
    "UNKNOWN_FIT",
    "BoolArray",
    "CandidateInput",
    "CandidatePool",
    "FloatArray",
    "JobInput",
    "PoolScores",
    "candidate_seniority",
    "combine",
    "education_level",
    "effective_weights",
    "experience_fit",
    "feature_breakdown",
    "feature_matrix",
    "job_seniority_years",
    "location_tokens",
    "minimum_years",
    "normalise_weights",
    "rationale",
    "score_pool",
    "seniority_from_years",
    "seniority_level",
    "title_tokens",
]
