from __future__ import annotations

from typing import Any

import httpx

from talentsonar.core.events import EventContext, JobChanged
from talentsonar.core.runtime import Runtime


def job_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": "Senior React Developer",
        "department": "Technology",
        "location": "Budapest",
        "description": "Build our recruiting front end with React and TypeScript.",
        "requiredSkills": ["React", "TypeScript"],
        "companyContext": {"industry": "SaaS", "companySize": "500-1000"},
    }
    body.update(overrides)
    return body


async def test_job_crud_and_filters(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    created = await client.post("/api/v1/jobs", json=job_body(), headers=h)
    assert created.status_code == 201, created.text
    job = created.json()["data"]
    assert job["status"] == "open"
    assert job["requiredSkills"][:1]
    assert job["companyContext"]["industry"] == "SaaS"
    assert job["matchStatistics"] == {
        "totalCandidates": 0, "strongMatches": 0, "goodMatches": 0, "aiAnalyzedCount": 0
    }
    assert job["embeddingModel"]  # embedded on create

    nurse = await client.post("/api/v1/jobs", json=job_body(
        title="ICU Nurse", department="Healthcare", description="Intensive care nursing",
        requiredSkills=["Patient Care"], status="on hold"), headers=h)
    assert nurse.status_code == 201
    assert nurse.json()["data"]["status"] == "on hold"

    listed = await client.get("/api/v1/jobs", params={"status": "on hold"}, headers=h)
    assert [j["title"] for j in listed.json()["data"]] == ["ICU Nurse"]
    assert listed.json()["pagination"] == {"page": 1, "limit": 20, "total": 1, "totalPages": 1}
    by_dept = await client.get("/api/v1/jobs", params={"department": "technology"}, headers=h)
    assert [j["title"] for j in by_dept.json()["data"]] == ["Senior React Developer"]
    searched = await client.get("/api/v1/jobs", params={"search": "nursing"}, headers=h)
    assert [j["title"] for j in searched.json()["data"]] == ["ICU Nurse"]
    everything = await client.get("/api/v1/jobs", params={"status": "all", "limit": 1}, headers=h)
    assert everything.json()["pagination"]["total"] == 2
    assert everything.json()["pagination"]["totalPages"] == 2
    past_the_end = await client.get("/api/v1/jobs", params={"page": 9, "status": "on hold"},
                                    headers=h)
    assert past_the_end.json() == {
        "data": [], "pagination": {"page": 9, "limit": 20, "total": 1, "totalPages": 1}}
    literal = await client.get("/api/v1/jobs", params={"search": "100%_"}, headers=h)
    assert literal.status_code == 200
    assert literal.json()["data"] == []

    patched = await client.patch(f"/api/v1/jobs/{job['id']}", json={"status": "closed"},
                                 headers=h)
    assert patched.status_code == 200
    assert patched.json()["data"]["status"] == "closed"
    assert patched.json()["message"] == "Job updated successfully"

    got = await client.get(f"/api/v1/jobs/{job['id']}", headers=h)
    assert got.json()["data"]["status"] == "closed"

    deleted = await client.delete(f"/api/v1/jobs/{job['id']}", headers=h)
    assert deleted.status_code == 200
    assert (await client.get(f"/api/v1/jobs/{job['id']}", headers=h)).status_code == 404
    remaining = await client.get("/api/v1/jobs", headers=h)
    assert [j["title"] for j in remaining.json()["data"]] == ["ICU Nurse"]


async def test_job_validation(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    for bad in ({"title": ""}, {"title": "x", "status": "paused"},
                {"title": "x", "requiredSkills": "React"}, {"title": "x" * 301},
                {"title": "x", "minYearsExperience": -1}):
        response = await client.post("/api/v1/jobs", json=bad, headers=h)
        assert response.status_code == 422, (bad, response.text)
    assert (await client.get("/api/v1/jobs", params={"status": "paused"},
                             headers=h)).status_code == 422
    assert (await client.get("/api/v1/jobs/not-a-uuid", headers=h)).status_code == 422
    assert (await client.get("/api/v1/jobs")).status_code == 401
    listed = await client.get("/api/v1/jobs", headers=h)
    assert listed.json()["pagination"]["total"] == 0


async def test_jobs_are_invisible_to_other_organisations(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    created = await client.post("/api/v1/jobs", json=job_body(), headers=user["headers"])
    job_id = created.json()["data"]["id"]
    other = other_user["headers"]
    assert (await client.get(f"/api/v1/jobs/{job_id}", headers=other)).status_code == 404
    assert (await client.patch(f"/api/v1/jobs/{job_id}", json={"status": "closed"},
                               headers=other)).status_code == 404
    assert (await client.delete(f"/api/v1/jobs/{job_id}", headers=other)).status_code == 404
    assert (await client.get("/api/v1/jobs", headers=other)).json()["data"] == []
    still = await client.get(f"/api/v1/jobs/{job_id}", headers=user["headers"])
    assert still.json()["data"]["status"] == "open"


async def test_job_changes_publish_events(client: httpx.AsyncClient,
                                          user: dict[str, Any], runtime: Runtime) -> None:
    seen: list[tuple[str, str]] = []

    async def record(ctx: EventContext, event: JobChanged) -> None:
        assert ctx.runtime is runtime
        seen.append((str(event.job_id), event.change))

    runtime.events.subscribe(JobChanged, record)

    h = user["headers"]
    job_id = (await client.post("/api/v1/jobs", json=job_body(), headers=h)).json()["data"]["id"]
    await client.patch(f"/api/v1/jobs/{job_id}", json={"title": "Lead React Developer"}, headers=h)
    await client.delete(f"/api/v1/jobs/{job_id}", headers=h)
    assert seen == [(job_id, "created"), (job_id, "updated"), (job_id, "deleted")]
