from __future__ import annotations

from typing import Any

import httpx

from talentsonar.core.runtime import Runtime
from tests.conftest import run_queued_tasks
from tests.matching.conftest import BACKEND_JOB, MakeJob, org_of, seed_pool


async def test_dashboard_and_insights_are_cached_and_invalidated_after_writes(
    client: httpx.AsyncClient,
    runtime: Runtime,
    user: dict[str, Any],
    other_user: dict[str, Any],
    make_job: MakeJob,
) -> None:
    headers = user["headers"]
    empty = (await client.get("/api/v1/analytics/dashboard", headers=headers)).json()["data"]
    assert empty["totalJobs"] == 0
    assert empty["totalCandidates"] == 0

    pool = await seed_pool(runtime, org_of(user))
    job = await make_job(headers, **BACKEND_JOB)
    await make_job(
        headers,
        **{
            **BACKEND_JOB,
            "title": "Data Analyst",
            "status": "closed",
            "department": "Finance",
            "requiredSkills": ["Excel"],
        },
    )
    await run_queued_tasks(runtime)
    board = (await client.get("/api/v1/analytics/dashboard", headers=headers)).json()["data"]
    assert board["totalJobs"] == 2
    assert board["openJobs"] == 1
    assert board["totalCandidates"] == 3
    assert board["strongMatches"] >= 1
    assert 0 < board["averageMatchScore"] < 100
    assert {a["type"] for a in board["recentActivity"]} >= {"job", "candidate"}

    await client.post(
        "/api/v1/feedback",
        json={
            "jobId": job["id"],
            "candidateId": str(pool["strong"]),
            "feedbackType": "positive",
        },
        headers=headers,
    )
    insights = (await client.get("/api/v1/analytics/insights", headers=headers)).json()
    tech = next(d for d in insights["data"] if d["department"] == "Technology")
    assert {"skill": "Python", "count": 1} in tech["topSkills"]
    breakdowns = insights["breakdowns"]
    python = next(s for s in breakdowns["skillSupplyDemand"] if s["skill"] == "Python")
    assert python["demand"] == 1
    assert python["supply"] == 2
    assert breakdowns["pipeline"]["byType"] == {"uploaded": 3}
    assert breakdowns["pipeline"]["feedback"] == {"positive": 1}

    other = (await client.get("/api/v1/analytics/dashboard", headers=other_user["headers"])).json()[
        "data"
    ]
    assert other["totalJobs"] == 0
    assert other["totalCandidates"] == 0


async def test_cached_dashboard_refreshes_after_a_write(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    headers = user["headers"]
    first = (await client.get("/api/v1/analytics/dashboard", headers=headers)).json()["data"]
    second = (await client.get("/api/v1/analytics/dashboard", headers=headers)).json()["data"]
    assert first == second
    assert first["totalJobs"] == 0
    await make_job(headers, **BACKEND_JOB)
    refreshed = (await client.get("/api/v1/analytics/dashboard", headers=headers)).json()["data"]
    assert refreshed["totalJobs"] == 1
