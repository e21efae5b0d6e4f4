"""The AI analyses of a scored pair start from matching's facts (issue 15): the years are the
profile's, the basic score is the match's, CV and fit analysis agree, a score that differs
says why, and a hidden gem follows the one definition (never the top-ranked candidate)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import update

from talentsonar.core.runtime import Runtime
from talentsonar.matching import gems
from talentsonar.models.candidate import Candidate
from talentsonar.models.match import Match
from tests.ai.conftest import create_job, get_match, org_id, seed_candidate, seed_match

API = "/api/v1"

#: Date ranges in the text add up to 13 years; the stored profile says 20.2.
CV = """Alex Example
Senior Backend Engineer
Skills: Python, PostgreSQL, Docker, React
2013 - present: Senior Engineer at Acme. Built Python services on PostgreSQL with Docker.
Built React screens for the admin tools.
"""


def _result(data: dict[str, Any]) -> dict[str, Any]:
    """The analysis fields (inside ``result`` or at data level)."""
    inner = data.get("result")
    return inner if isinstance(inner, dict) else data


async def _candidate(runtime: Runtime, org: uuid.UUID, *, years: float, skills: list[str]) -> Any:
    cid = await seed_candidate(runtime, org, name="Alex Example", cv_text=CV, skills=skills)
    async with runtime.db.session() as session:
        await session.execute(
            update(Candidate)
            .where(Candidate.id == cid)
            .values(total_years_experience=years, headline="Senior Backend Engineer")
        )
    return cid


async def test_the_analyses_of_a_pair_agree_with_its_match(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    org = org_id(user)
    job = await create_job(
        client,
        h,
        title="Senior Backend Engineer",
        requiredSkills=["Python", "PostgreSQL", "Kubernetes"],
        niceToHaveSkills=["Docker"],
    )
    top = await _candidate(runtime, org, years=20.2, skills=["Python", "PostgreSQL", "Docker"])
    await seed_match(runtime, org, job["id"], top, 70.87)
    other = await _candidate(runtime, org, years=3.0, skills=["Python"])
    await seed_match(runtime, org, job["id"], other, 40.0)

    fit = await client.post(f"{API}/jobs/{job['id']}/candidates/{top}/analyze", headers=h)
    assert fit.status_code == 200, fit.text
    result = _result(fit.json()["data"])
    assert result["yearsOfExperience"] == 20.2  # the profile's, not the text's 13
    assert "20.2 years" in result["multiDimensionalAnalysis"]["experience"]["rationale"]
    assert result["basicScore"] == 70.87
    assert result["isHiddenGem"] is False  # ranked first: never a hidden gem
    assert result["scoreDifferences"]
    if result["matchScore"] != round(result["basicScore"]):
        assert len(result["scoreDifferences"]) > 1  # each difference with its reason
    # Kubernetes is missing: the gap says so and names it
    assert any(g.startswith("Kubernetes (required)") for g in result["gaps"])
    # every strength quotes a line of the CV, with its section
    assert result["strengths"]
    for item in result["evidence"]:
        if item["kind"] == "strength":
            assert item["quote"]
            assert item["quote"] in " ".join(CV.split())
            assert item["section"]

    cv = await client.post(
        f"{API}/ai/cv-analysis", json={"candidateId": str(top), "jobId": job["id"]}, headers=h
    )
    assert cv.status_code == 200, cv.text
    cv_result = _result(cv.json()["data"])
    assert cv_result["matchScore"] == result["matchScore"]
    assert cv_result["yearsOfExperience"] == 20.2
    assert cv_result["basicScore"] == 70.87

    stored = await get_match(runtime, job["id"], top)
    assert stored is not None
    assert stored.is_hidden_gem is False


async def test_the_top_ranked_candidate_is_not_listed_as_a_hidden_gem(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    org = org_id(user)
    job = await create_job(client, h)
    first = await _candidate(runtime, org, years=5, skills=["Python"])
    second = await _candidate(runtime, org, years=5, skills=["Python"])
    await seed_match(runtime, org, job["id"], first, 55.0)
    await seed_match(runtime, org, job["id"], second, 45.0)
    async with runtime.db.session() as session:
        await session.execute(
            update(Match).where(Match.job_id == uuid.UUID(job["id"])).values(is_hidden_gem=True)
        )
    listed = await client.get(f"{API}/jobs/{job['id']}/hidden-gems", headers=h)
    assert listed.status_code == 200, listed.text
    body = listed.json()
    assert [m["candidate"]["id"] for m in body["data"]] == [str(second)]
    assert body["pagination"]["total"] == 1


def test_the_definition() -> None:
    assert gems.is_hidden_gem(50, 70, top_ranked=False)
    assert not gems.is_hidden_gem(50, 70, top_ranked=True)  # the top-ranked is not hidden
    assert not gems.is_hidden_gem(65, 90, top_ranked=False)  # the basic score is not low
    assert not gems.is_hidden_gem(50, 59, top_ranked=False)  # the deeper one is not high
    assert not gems.is_hidden_gem(55, 62, top_ranked=False)  # not far enough above


async def test_a_stored_candidate_is_analysed_with_its_profile(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    """Without a scored pair (requirements as text), the profile's years and title still win
    over what the analyst would read from the CV text."""
    h = user["headers"]
    cand = await _candidate(runtime, org_id(user), years=20.2, skills=["Python"])
    response = await client.post(
        f"{API}/ai/cv-analysis",
        json={"candidateId": str(cand), "jobRequirements": "Backend Engineer\nRequired: Python"},
        headers=h,
    )
    assert response.status_code == 200, response.text
    result = _result(response.json()["data"])
    assert result["yearsOfExperience"] == 20.2
    assert result["basicScore"] is None  # no scored pair: nothing to differ from
    assert any(s.startswith("Python (required)") for s in result["strengths"])
    enriched = await client.post(f"{API}/candidates/{cand}/enrich", headers=h)
    assert enriched.status_code == 200, enriched.text
    found = _result(enriched.json()["data"])
    assert found["suggestedRoleTitle"] == "Senior Backend Engineer"
    assert "20.2 years" in found["experienceSummary"]


def test_scoring_uses_the_same_definition() -> None:
    """At scoring time the evidence score (semantic, experience, title) is the deeper analysis."""
    import numpy as np

    from talentsonar.matching.scoring import FEATURES

    col = {name: i for i, name in enumerate(FEATURES)}
    features = np.zeros((3, len(FEATURES)))
    features[:, col["semantic"]] = [0.9, 0.9, 0.5]
    features[:, col["experience"]] = [1.0, 1.0, 0.5]
    features[:, col["title"]] = [0.7, 0.7, 0.5]
    applicable = np.ones(len(FEATURES), dtype=bool)
    scores = np.array([50.0, 75.0, 40.0])
    mask = gems.hidden_gem_mask(scores, features, applicable, col)
    deeper = [
        gems.evidence_score(
            {n: float(features[i, col[n]]) for n in FEATURES}, dict.fromkeys(FEATURES, True)
        )
        for i in range(3)
    ]
    expected = [gems.is_hidden_gem(float(scores[i]), deeper[i], top_ranked=False) for i in range(3)]
    assert mask.tolist() == expected == [True, False, False]


def test_a_provider_score_that_differs_without_a_reason_gets_one() -> None:
    from talentsonar.ai.service import agree_with_facts

    facts = {"matchScore": 70.87, "topRanked": True, "candidateYears": 20.2}
    answer = {
        "matchScore": 48,
        "matchRationale": "weak on Go",
        "isHiddenGem": True,
        "scoreDifferences": [],
        "yearsOfExperience": 13.0,
    }
    fixed = agree_with_facts(dict(answer), facts)
    assert fixed["isHiddenGem"] is False  # the top-ranked candidate is never a hidden gem
    assert fixed["yearsOfExperience"] == 20.2
    assert fixed["basicScore"] == 70.87
    assert fixed["scoreDifferences"] == ["Basic score 70.9, this analysis 48: weak on Go"]
    gem = agree_with_facts(
        {**answer, "matchScore": 75}, {**facts, "matchScore": 50.0, "topRanked": False}
    )
    assert gem["isHiddenGem"] is True
