"""The pure scorer: determinism, pool independence, weights and provenance."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talentsonar.matching.profiles import candidate_fingerprint, job_fingerprint, pair_hash
from talentsonar.matching.scoring import (
    DEFAULT_WEIGHTS,
    FEATURES,
    CandidateInput,
    CandidatePool,
    JobInput,
    feature_breakdown,
    normalise_weights,
    rationale,
    score_pool,
    title_tokens,
)

SKILLS = ["Python", "Django", "PostgreSQL", "Docker", "AWS", "React", "Excel", "Go"]

skill_sets = st.frozensets(st.sampled_from(SKILLS), max_size=6)
vectors = st.lists(st.floats(-1, 1, allow_nan=False, width=32), min_size=8, max_size=8).map(
    lambda v: np.array(v, dtype=np.float64)
)
candidates = st.builds(
    CandidateInput,
    id=st.uuids().map(str),
    skills=skill_sets,
    implied=skill_sets,
    title_tokens=st.frozensets(st.sampled_from(["python", "engineer", "accountant", "developer"])),
    embedding=st.one_of(st.none(), vectors),
    years=st.one_of(st.none(), st.floats(0, 40, allow_nan=False)),
    seniority=st.one_of(st.none(), st.integers(0, 6)),
    education=st.one_of(st.none(), st.integers(1, 5)),
    location_tokens=st.frozensets(st.sampled_from(["budapest", "vienna", "hungary"])),
)
jobs = st.builds(
    JobInput,
    title=st.just("Senior Python Engineer"),
    required=st.lists(st.sampled_from(SKILLS), max_size=5, unique=True).map(tuple),
    nice=st.lists(st.sampled_from(SKILLS), max_size=3, unique=True).map(tuple),
    title_tokens=st.just(title_tokens("Senior Python Engineer")),
    embedding=st.one_of(st.none(), vectors),
    min_years=st.one_of(st.none(), st.floats(0, 15, allow_nan=False)),
    seniority=st.one_of(st.none(), st.integers(0, 6)),
    education=st.one_of(st.none(), st.integers(1, 5)),
    location_tokens=st.frozensets(st.sampled_from(["budapest", "vienna"])),
    remote=st.one_of(st.none(), st.booleans()),
)


@settings(max_examples=60, deadline=None)
@given(job=jobs, pool=st.lists(candidates, min_size=1, max_size=12), pick=st.integers(0, 11))
def test_same_inputs_give_identical_score_whatever_the_pool(
    job: JobInput, pool: list[CandidateInput], pick: int
) -> None:
    pick %= len(pool)
    whole = score_pool(job, CandidatePool.build(pool, dimensions=8))
    again = score_pool(job, CandidatePool.build(pool, dimensions=8))
    alone = score_pool(job, CandidatePool.build([pool[pick]], dimensions=8))
    assert np.array_equal(whole.scores, again.scores)
    assert whole.scores[pick] == alone.scores[0]
    assert np.array_equal(whole.features[pick], alone.features[0])
    assert ((whole.scores >= 0) & (whole.scores <= 100)).all()
    breakdown = feature_breakdown(whole, pick)
    assert abs(sum(float(b["contribution"]) for b in breakdown) - whole.scores[pick]) < 0.05


def _job() -> JobInput:
    return JobInput(
        title="Senior Python Engineer",
        required=("Python", "Django", "PostgreSQL"),
        nice=("AWS",),
        title_tokens=title_tokens("Senior Python Engineer"),
        min_years=5,
        seniority=3,
    )


def test_aliases_count_fully_and_implied_skills_count_less() -> None:
    job = _job()
    pool = CandidatePool.build(
        [
            CandidateInput("direct", frozenset({"Python", "Django", "PostgreSQL"})),
            CandidateInput("implied", frozenset({"Django"}), implied=frozenset({"Python"})),
            CandidateInput("none", frozenset({"Excel"})),
        ],
        dimensions=8,
    )
    result = score_pool(job, pool)
    coverage = result.features[:, FEATURES.index("required_skills")]
    assert coverage.tolist() == pytest.approx([0.85, 0.425, 0.0])
    text = rationale(job, pool, result, 1)
    assert "has 1/3 required skills (Django)" in text
    assert "implies Python" in text
    assert "missing PostgreSQL" in text


def test_verified_skills_count_more_than_claims_and_failed_ones_less() -> None:
    job = _job()
    claims = frozenset({"Python", "Django", "PostgreSQL"})
    pool = CandidatePool.build(
        [
            CandidateInput("claimed", claims),
            CandidateInput("verified", claims, verified=frozenset({"Python"}),
                           checked_by=(("Python", "code"),)),
            CandidateInput("failed", claims, failed=frozenset({"Python"}),
                           checked_by=(("Python", "assessment"),)),
        ],
        dimensions=8,
    )
    result = score_pool(job, pool)
    claimed, verified, failed = result.features[:, FEATURES.index("required_skills")]
    assert verified > claimed > failed
    assert result.scores[1] > result.scores[0] > result.scores[2]
    assert "Python verified by a code exercise" in rationale(job, pool, result, 1)
    text = rationale(job, pool, result, 2)
    assert "has 2/3 required skills" in text
    assert "failed Python in an assessment" in text


def test_changed_weights_change_score_and_provenance() -> None:
    job = _job()
    candidate = CandidateInput(
        "c", frozenset({"Python"}), title_tokens=title_tokens("Python dev"), years=9.0, seniority=3
    )
    pool = CandidatePool.build([candidate], dimensions=8)
    default = score_pool(job, pool)
    experience_heavy = {**DEFAULT_WEIGHTS, "experience": 0.6}
    heavier = score_pool(job, pool, experience_heavy)
    assert heavier.scores[0] > default.scores[0]
    assert heavier.weights != default.weights
    jp, cp = job_fingerprint(job), candidate_fingerprint(candidate)
    assert pair_hash(jp, cp, default.weights, "m") != pair_hash(jp, cp, heavier.weights, "m")
    assert pair_hash(jp, cp, default.weights, "m") != pair_hash(jp, cp, default.weights, "m2")
    assert pair_hash(jp, cp, default.weights, "m") == pair_hash(jp, cp, default.weights, "m")


def test_weights_are_normalised_non_negative() -> None:
    weights = normalise_weights({"semantic": -3, "title": 2})
    assert weights["semantic"] == 0
    assert abs(sum(weights.values()) - 1) < 1e-5
    assert normalise_weights({n: 0 for n in FEATURES}) == normalise_weights(None)


def test_profile_similarity_outweighs_a_title_alone() -> None:
    """The candidate vector already holds their titles and skills: a candidate whose whole
    profile resembles the job ranks above one who only has a similar-sounding title."""
    axis = np.eye(8)
    job = JobInput(
        "Payroll Accountant", (), embedding=axis[0], title_embedding=axis[1], skills_inferred=True
    )
    profile_match = CandidateInput(
        "profile", frozenset(), embedding=axis[0], title_embedding=0.6 * axis[1] + 0.8 * axis[2]
    )
    title_only = CandidateInput(
        "title", frozenset(), embedding=0.6 * axis[0] + 0.8 * axis[3], title_embedding=axis[1]
    )
    result = score_pool(job, CandidatePool.build([profile_match, title_only], dimensions=8))
    assert result.scores[0] > result.scores[1]
    assert abs(sum(DEFAULT_WEIGHTS.values()) - 1) < 1e-9


NAMES = [
    "Python",
    "Django",
    "Kubernetes",
    "History",
    "Instructional Design",
    "Work Ethic",
    "Terraform",
    "Teaching",
]


@settings(max_examples=80, deadline=None)
@given(
    required=st.lists(st.sampled_from(NAMES), max_size=5, unique=True),
    nice=st.lists(st.sampled_from(NAMES), max_size=3, unique=True),
    skills=st.lists(st.frozensets(st.sampled_from(NAMES), max_size=5), min_size=1, max_size=4),
    implied=st.frozensets(st.sampled_from(NAMES), max_size=3),
    years=st.one_of(st.none(), st.floats(0, 30, allow_nan=False)),
    min_years=st.one_of(st.none(), st.floats(0, 10, allow_nan=False)),
    seniority=st.one_of(st.none(), st.integers(0, 6)),
)
def test_an_explanation_names_only_requirements_the_job_shows(
    required: list[str],
    nice: list[str],
    skills: list[frozenset[str]],
    implied: frozenset[str],
    years: float | None,
    min_years: float | None,
    seniority: int | None,
) -> None:
    """Issue 15: "missing Instructional Design, History" from a list nobody could see. Every
    skill an explanation or the match details name is one of the job's own requirements."""
    job = JobInput(
        "Backend Engineer",
        tuple(required),
        nice=tuple(nice),
        title_tokens=title_tokens("Backend Engineer"),
        min_years=min_years,
        seniority=seniority,
    )
    pool = CandidatePool.build(
        [CandidateInput(str(i), s, implied=implied, years=years) for i, s in enumerate(skills)],
        dimensions=8,
    )
    result = score_pool(job, pool)
    shown = set(required) | set(nice)
    for row in range(len(skills)):
        text = rationale(job, pool, result, row)
        named = {n for n in NAMES if re.search(rf"\b{re.escape(n)}\b", text)}
        assert named <= shown, text
        if not min_years:  # a number of years the job does not show is not "asked"
            assert "job asks" not in text
