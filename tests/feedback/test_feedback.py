from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import text

from talentsonar.core.runtime import Runtime
from talentsonar.matching.scoring import DEFAULT_WEIGHTS
from tests.conftest import run_queued_tasks
from tests.matching.conftest import BACKEND_JOB, MakeCandidate, MakeJob, org_of, seed_pool


async def test_feedback_is_recorded_listed_and_shown_on_matches(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    pool = await seed_pool(runtime, org_of(user))
    job = await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)
    response = await client.post(
        "/api/v1/feedback",
        json={
            "jobId": job["id"],
            "candidateId": str(pool["strong"]),
            "feedbackType": "hired",
            "notes": "Great interview",
        },
        headers=user["headers"],
    )
    assert response.status_code == 201, response.text
    assert response.json()["message"] == "Feedback recorded successfully"
    listed = (
        await client.get(f"/api/v1/jobs/{job['id']}/feedback", headers=user["headers"])
    ).json()["data"]
    assert listed[0]["candidateName"] == "Anna Kovacs"
    assert listed[0]["feedbackType"] == "hired"
    matches = (
        await client.get(f"/api/v1/jobs/{job['id']}/matches", headers=user["headers"])
    ).json()["data"]
    assert matches[0]["feedback"]["feedbackType"] == "hired"
    # The latest feedback on the pair is the one a match shows.
    second = await client.post("/api/v1/feedback", json={
        "jobId": job["id"], "candidateId": str(pool["strong"]), "feedbackType": "negative",
        "notes": "Declined the offer"}, headers=user["headers"])
    assert second.status_code == 201, second.text
    matches = (
        await client.get(f"/api/v1/jobs/{job['id']}/matches", headers=user["headers"])
    ).json()["data"]
    shown = matches[0]["feedback"]
    assert (shown["feedbackType"], shown["notes"]) == ("negative", "Declined the offer")
    assert shown["createdAt"] == second.json()["data"]["createdAt"]
    assert all(m["feedback"] is None for m in matches[1:])
    for bad in (
        {"jobId": job["id"], "candidateId": str(pool["strong"]), "feedbackType": "meh"},
        {"jobId": "nope", "candidateId": str(pool["strong"]), "feedbackType": "positive"},
    ):
        assert (
            await client.post("/api/v1/feedback", json=bad, headers=user["headers"])
        ).status_code == 422
    model = (await client.get("/api/v1/ranking-model", headers=user["headers"])).json()["data"]
    assert model["learned"] is False
    assert model["weights"]["semantic"] == DEFAULT_WEIGHTS["semantic"]


async def test_feedback_preferring_experience_reweights_the_org(
    client: httpx.AsyncClient,
    runtime: Runtime,
    user: dict[str, Any],
    make_job: MakeJob,
    make_candidate: MakeCandidate,
    other_user: dict[str, Any],
) -> None:
    """Recruiters consistently like experienced people even with fewer listed skills: the
    org's experience weight rises and experienced candidates move up."""
    org = org_of(user)
    job = await make_job(user["headers"], **{**BACKEND_JOB, "minYearsExperience": 8})
    seasoned, juniors = [], []
    for i in range(12):
        seasoned.append(
            await make_candidate(
                org,
                name=f"Seasoned {i}",
                headline="Python Engineer",
                years=10 + i % 3,
                skills=["Python", "Docker"] if i % 2 else ["Python", "PostgreSQL"],
                summary="Long-time Python engineer.",
            )
        )
        juniors.append(
            await make_candidate(
                org,
                name=f"Junior {i}",
                headline="Python Engineer",
                years=1 + (i % 2),
                skills=["Python", "Django", "PostgreSQL", "Docker"],
                summary="Python engineer building Django apps on PostgreSQL with Docker.",
            )
        )
    await run_queued_tasks(runtime)

    async def ranking() -> list[str]:
        rows = (
            await client.get(
                f"/api/v1/jobs/{job['id']}/matches",
                params={"minScore": 0, "limit": 24},
                headers=user["headers"],
            )
        ).json()["data"]
        return [r["candidate"]["id"] for r in rows]

    before = await ranking()
    seasoned_ids = {str(s) for s in seasoned}
    in_top_before = len(seasoned_ids & set(before[:12]))
    for cid, kind in [(s, "positive") for s in seasoned] + [(j, "negative") for j in juniors]:
        response = await client.post(
            "/api/v1/feedback",
            json={
                "jobId": job["id"],
                "candidateId": str(cid),
                "feedbackType": kind,
            },
            headers=user["headers"],
        )
        assert response.status_code == 201, response.text
    # The request only records: the burst of 24 queued one relearn, which the worker runs
    # (fitting the model in the request froze the API process ~0.1 s per feedback).
    async with runtime.db.session() as session:
        queued = await session.scalar(text(
            "SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'feedback.relearn' "
            "AND status = 'todo'"))
    assert queued == 1
    model = (await client.get("/api/v1/ranking-model", headers=user["headers"])).json()["data"]
    assert model["learned"] is False
    await run_queued_tasks(runtime)  # the relearn, then the re-score it queues
    model = (await client.get("/api/v1/ranking-model", headers=user["headers"])).json()["data"]
    assert model["learned"] is True
    assert model["nSamples"] == 24
    assert model["weights"]["experience"] > DEFAULT_WEIGHTS["experience"]
    await run_queued_tasks(runtime)  # background re-score with the learned weights

    after = await ranking()
    assert len(seasoned_ids & set(after[:12])) > in_top_before
    detail = (
        await client.get(
            f"/api/v1/jobs/{job['id']}/candidates/{seasoned[0]}/match", headers=user["headers"]
        )
    ).json()["data"]
    assert detail["provenance"]["weightsVersion"] >= 1
    assert detail["provenance"]["weights"] == model["weights"]
    # another organisation keeps the default weights
    other = (await client.get("/api/v1/ranking-model", headers=other_user["headers"])).json()
    assert other["data"]["learned"] is False
