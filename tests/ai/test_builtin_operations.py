"""With no key and no network every operation answers usefully from the builtin provider."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import httpx
from sqlalchemy import select

from talentsonar.core.runtime import Runtime
from talentsonar.models.ai_usage import AiUsage
from tests.ai.conftest import (
    CV_JUNIOR,
    CV_SENIOR,
    REQUIREMENTS,
    create_job,
    get_match,
    org_id,
    seed_candidate,
    seed_match,
)
from tests.conftest import run_queued_tasks

API = "/api/v1"


async def test_cv_analysis_text_ranks_and_caches(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    body = {"cvText": CV_SENIOR, "jobRequirements": REQUIREMENTS}
    first = await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)
    assert first.status_code == 200, first.text
    data = first.json()["data"]
    assert data["provider"] == "builtin"
    assert data["cached"] is False
    assert data["fallback"] is False
    assert data["promptVersion"]
    assert data["model"]
    result = data["result"]
    assert {"React", "TypeScript", "Node.js", "PostgreSQL"} <= set(result["matchedSkills"])
    assert "GraphQL" in result["missingSkills"]
    assert result["seniority"] == "Senior"
    assert result["yearsOfExperience"] >= 10

    junior = await client.post(
        f"{API}/ai/cv-analysis",
        json={"cvText": CV_JUNIOR, "jobRequirements": REQUIREMENTS},
        headers=h,
    )
    assert junior.json()["data"]["result"]["matchScore"] < result["matchScore"]

    again = await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)
    assert again.json()["data"]["cached"] is True
    assert again.json()["data"]["result"] == result
    async with runtime.db.session() as session:
        rows = (await session.execute(select(AiUsage).order_by(AiUsage.created_at))).scalars().all()
    assert [r.cached for r in rows] == [False, False, True]
    assert all(r.operation == "cv_analysis" and r.provider == "builtin" for r in rows)


async def test_bad_input_is_a_clear_4xx(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    for body in (
        {},
        {"cvText": "x"},
        {"jobRequirements": "x"},
        {"cvText": "", "jobRequirements": ""},
        {"cvText": "x", "jobId": "not-a-uuid"},
    ):
        response = await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)
        assert response.status_code == 422, (body, response.text)
    response = await client.post(
        f"{API}/ai/cv-analysis/batch", json={"cvs": [], "jobRequirements": "x"}, headers=h
    )
    assert response.status_code == 422
    response = await client.post(f"{API}/ai/job-requirements", json={"title": ""}, headers=h)
    assert response.status_code == 422
    response = await client.post(
        f"{API}/jobs/{uuid.uuid4()}/analyze-top", json={"limit": 0}, headers=h
    )
    assert response.status_code == 422


async def test_batch_and_stored_ids(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    job = await create_job(client, h)
    cand = await seed_candidate(runtime, org_id(user), name="Jane Doe", cv_text=CV_SENIOR)
    body = {
        "jobId": job["id"],
        "cvs": [
            {"cvText": CV_JUNIOR},
            {"candidateId": str(cand)},
            {"candidateId": str(uuid.uuid4())},
        ],
    }
    response = await client.post(f"{API}/ai/cv-analysis/batch", json=body, headers=h)
    assert response.status_code == 200, response.text
    items = response.json()["data"]
    assert [i["ok"] for i in items] == [True, True, False]
    assert items[2]["error"] == "Candidate not found"
    assert (
        items[1]["analysis"]["result"]["matchScore"] > items[0]["analysis"]["result"]["matchScore"]
    )


async def test_job_operations(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    job = await create_job(client, h)
    analysis = await client.post(f"{API}/jobs/{job['id']}/analyze", headers=h)
    assert analysis.status_code == 200, analysis.text
    result = analysis.json()["data"]["result"]
    assert result["trueSeniorityLevel"] == "Senior"
    assert "Design APIs in Node.js" in result["keyResponsibilities"]
    required = {r["skill"] for r in result["skillRequirements"] if r["importance"] == "required"}
    assert {"React", "TypeScript", "Node.js", "PostgreSQL"} <= required

    body = {
        "title": "Junior Data Analyst",
        "description": "SQL and Excel spreadsheets daily. Nice to have: Python.",
        "skills": ["pandas"],
    }
    reqs = await client.post(f"{API}/ai/job-requirements", json=body, headers=h)
    assert reqs.status_code == 200, reqs.text
    r = reqs.json()["data"]["result"]
    assert r["seniority"] == "Junior"
    assert r["minYearsExperience"] == 0
    # one vocabulary: the taxonomy's canonical names ("pandas" is Pandas, not the question
    # bank's old "Data Analysis"; Excel is Microsoft Excel)
    assert {"Pandas", "SQL", "Microsoft Excel"} <= set(r["requiredSkills"])
    assert "Python" in r["preferredSkills"]
    again = await client.post(f"{API}/ai/job-requirements", json=body, headers=h)
    assert again.json()["data"]["cached"] is True


async def test_enrichment(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    cand = await seed_candidate(runtime, org_id(user), name="Jane Doe", cv_text=CV_SENIOR)
    response = await client.post(f"{API}/candidates/{cand}/enrich", headers=user["headers"])
    assert response.status_code == 200, response.text
    result = response.json()["data"]["result"]
    # the CV's own current title wins over one guessed from skill categories
    assert result["suggestedRoleTitle"] == "Senior Software Engineer"
    assert "JavaScript" in result["inferredSkills"]  # implied by React / TypeScript, not stated
    assert "React" in result["experienceSummary"]


async def test_fit_analysis_is_stored_on_the_match(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    org = org_id(user)
    job = await create_job(client, h)
    cand = await seed_candidate(runtime, org, name="Jane Doe", cv_text=CV_SENIOR)
    unscored = await seed_candidate(runtime, org, name="Sam Smith", cv_text=CV_JUNIOR)
    await seed_match(runtime, org, job["id"], cand, 70.0)
    response = await client.post(f"{API}/jobs/{job['id']}/candidates/{cand}/analyze", headers=h)
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    result = data["result"]
    assert set(result["multiDimensionalAnalysis"]) == {
        "technicalSkills",
        "experience",
        "seniorityFit",
        "roleAlignment",
        "growthPotential",
    }
    assert any(g["skill"] == "GraphQL" and not g["evidenced"] for g in result["skillGapAnalysis"])
    assert result["futurePotentialProjection"]["score"] > 0
    assert result["matchRationale"]
    match = await get_match(runtime, job["id"], cand)
    assert match is not None
    assert match.analysis_type == "ai_enhanced"
    assert match.ai_analysis == result
    assert match.ai_provenance is not None
    assert match.ai_provenance["provider"] == "builtin"
    assert match.ai_provenance["promptVersion"] == data["promptVersion"]

    other = await client.post(f"{API}/jobs/{job['id']}/candidates/{unscored}/analyze", headers=h)
    assert other.status_code == 200
    assert "nothing was stored" in other.json()["message"]


async def test_analyze_top_runs_in_background(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    from talentsonar.core.events import AnalysisCompleted, EventContext

    seen: list[dict[str, Any]] = []

    async def remember(ctx: EventContext, event: AnalysisCompleted) -> None:
        seen.append(dataclasses.asdict(event))

    runtime.events.subscribe(AnalysisCompleted, remember)

    h = user["headers"]
    org = org_id(user)
    job = await create_job(client, h)
    candidates = []
    for i, score in enumerate((90.0, 80.0, 70.0, 40.0)):
        cid = await seed_candidate(
            runtime, org, name=f"Person {i}", cv_text=CV_SENIOR if i % 2 == 0 else CV_JUNIOR
        )
        await seed_match(runtime, org, job["id"], cid, score)
        candidates.append(cid)
    status = await client.get(f"{API}/jobs/{job['id']}/analysis-status", headers=h)
    assert status.json()["data"] == {
        "inProgress": False,
        "total": 0,
        "completed": 0,
        "failed": 0,
        "progress": 0,
        "taskId": None,
        "status": None,
    }
    queued = await client.post(
        f"{API}/jobs/{job['id']}/analyze-top", json={"limit": 3, "minScore": 50}, headers=h
    )
    assert queued.status_code == 202, queued.text
    assert queued.json()["data"]["total"] == 3
    status = (await client.get(f"{API}/jobs/{job['id']}/analysis-status", headers=h)).json()["data"]
    assert status["inProgress"] is True
    assert status["total"] == 3
    assert status["completed"] == 0
    await run_queued_tasks(runtime)
    status = (await client.get(f"{API}/jobs/{job['id']}/analysis-status", headers=h)).json()["data"]
    assert status == {
        **status,
        "inProgress": False,
        "total": 3,
        "completed": 3,
        "failed": 0,
        "progress": 100,
        "status": "succeeded",
    }
    for cid, expected in zip(
        candidates, ("ai_enhanced", "ai_enhanced", "ai_enhanced", "basic"), strict=True
    ):
        match = await get_match(runtime, job["id"], cid)
        assert match is not None
        assert match.analysis_type == expected
    assert [p["completed"] for p in seen if p["job_id"] == uuid.UUID(job["id"])] == [3]


async def test_cross_org_ids_are_404(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any], runtime: Runtime
) -> None:
    job = await create_job(client, user["headers"])
    cand = await seed_candidate(runtime, org_id(user), name="Jane Doe", cv_text=CV_SENIOR)
    await seed_match(runtime, org_id(user), job["id"], cand, 80.0)
    h = other_user["headers"]
    calls = [
        ("POST", f"{API}/ai/cv-analysis", {"candidateId": str(cand), "jobRequirements": "React"}),
        ("POST", f"{API}/ai/cv-analysis", {"cvText": "React dev", "jobId": job["id"]}),
        ("POST", f"{API}/ai/cv-analysis/batch", {"jobId": job["id"], "cvs": [{"cvText": "x"}]}),
        ("POST", f"{API}/jobs/{job['id']}/candidates/{cand}/analyze", None),
        ("POST", f"{API}/jobs/{job['id']}/analyze-top", {"limit": 5}),
        ("GET", f"{API}/jobs/{job['id']}/analysis-status", None),
        ("POST", f"{API}/jobs/{job['id']}/analyze", None),
        ("POST", f"{API}/candidates/{cand}/enrich", None),
    ]
    for method, url, body in calls:
        response = await client.request(method, url, json=body, headers=h)
        assert response.status_code == 404, (url, response.text)
    batch = await client.post(
        f"{API}/ai/cv-analysis/batch",
        json={"jobRequirements": "React", "cvs": [{"candidateId": str(cand)}]},
        headers=h,
    )
    assert batch.json()["data"][0]["ok"] is False
