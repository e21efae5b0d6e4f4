"""The seniority feature weighs the candidate's years *and* current title against the job's
seniority (issue 15: a data analyst got seniority 1.0 for a Senior Backend Engineer job)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import talentsonar.candidates
from talentsonar.cvs.parsing.profile import parse_profile
from talentsonar.matching.profiles import candidate_input, job_input
from talentsonar.matching.scoring import FEATURES, CandidatePool, score_pool

SENIORITY = FEATURES.index("seniority")


def _job(title: str, seniority: str) -> Any:
    return SimpleNamespace(
        title=title,
        seniority=seniority,
        required_skills=["Python"],
        nice_to_have_skills=[],
        description="",
        embedding=None,
        min_years_experience=None,
        education_level=None,
        location=None,
        remote=None,
        requirements={},
    )


def _candidate(headline: str, years: float | None, titles: list[str]) -> Any:
    return SimpleNamespace(
        id="c",
        skills=["Python"],
        headline=headline,
        location=None,
        total_years_experience=years,
        embedding=None,
        profile={"work_history": [{"title": t} for t in titles], "education": []},
    )


def _seniority_fit(job: Any, candidate: Any) -> float:
    result = score_pool(job_input(job), CandidatePool.build([candidate_input(candidate)]))
    assert result.applicable[SENIORITY]
    return float(result.features[0, SENIORITY])


def test_the_demo_data_analyst_is_no_senior_backend_engineer() -> None:
    cv = Path(talentsonar.candidates.__file__).with_name("demo_cvs") / "sofia-marin.txt"
    profile = parse_profile(cv.read_text(), today=date(2026, 12, 3))
    # her dates span more than five years: years alone said "senior"
    assert profile.total_years_experience is not None
    assert profile.total_years_experience >= 5
    candidate = _candidate(
        profile.headline or "",
        profile.total_years_experience,
        [w.title or "" for w in profile.work_history],
    )
    fit = _seniority_fit(_job("Senior Backend Engineer (Python)", "senior"), candidate)
    assert fit < 0.9


@pytest.mark.parametrize(
    ("headline", "years", "titles", "low", "high"),
    [
        ("Data Analyst", 3, ["Data Analyst"], 0.0, 0.7),  # mid level, a senior job
        ("Senior Backend Engineer", 7, ["Senior Backend Engineer"], 1.0, 1.0),
        ("Lead Developer", 2, ["Lead Developer"], 0.0, 0.9),  # a title alone is no senior
        ("", None, [], 0.5, 0.5),  # nothing known: neutral
        ("Senior Data Analyst", None, ["Senior Data Analyst"], 1.0, 1.0),  # title only
    ],
)
def test_years_and_title_both_count(
    headline: str, years: float | None, titles: list[str], low: float, high: float
) -> None:
    fit = _seniority_fit(
        _job("Senior Backend Engineer", "senior"), _candidate(headline, years, titles)
    )
    assert low <= fit <= high
