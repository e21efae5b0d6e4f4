"""Interviews: CRUD, question kits aimed at unevidenced requirements, results, analysis."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from talentsonar.ai.knowledge import LEVELS, knowledge
from talentsonar.core.runtime import Runtime
from tests.ai.conftest import create_job, org_id, seed_candidate

API = "/api/v1"
CV_PARTIAL = """Alex Kim
Backend Engineer
2018 - present: Python and Django services on PostgreSQL; Docker for local development.
"""


async def _setup(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> tuple[dict[str, Any], uuid.UUID]:
    job = await create_job(
        client,
        user["headers"],
        title="Senior Backend Engineer",
        requiredSkills=["Python", "PostgreSQL", "Kubernetes", "Go"],
        niceToHaveSkills=[],
        description="Run our services.",
    )
    cand = await seed_candidate(runtime, org_id(user), name="Alex Kim", cv_text=CV_PARTIAL)
    return job, cand


def test_question_bank_is_large_enough() -> None:
    bank = knowledge()
    assert len(bank.skills) >= 40
    for entry in bank.skills.values():
        assert set(entry.questions) == set(LEVELS)
        assert all(
            q.question.endswith("?") or q.question.endswith(".") for q in entry.questions.values()
        )
        assert all(len(q.points) >= 3 for q in entry.questions.values())
    assert len(bank.behavioural) >= 6


async def test_interview_lifecycle(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    job, cand = await _setup(client, user, runtime)
    created = await client.post(
        f"{API}/interviews",
        json={
            "candidateId": str(cand),
            "jobId": job["id"],
            "scheduledAt": "2026-12-01T10:00:00Z",
            "interviewers": ["Ana", "Ben"],
        },
        headers=h,
    )
    assert created.status_code == 201, created.text
    interview = created.json()["data"]
    assert interview["status"] == "scheduled"
    assert interview["interviewers"] == ["Ana", "Ben"]
    iid = interview["id"]

    listed = await client.get(f"{API}/interviews", params={"jobId": job["id"]}, headers=h)
    assert [i["id"] for i in listed.json()["data"]] == [iid]
    assert (
        await client.get(f"{API}/interviews", params={"status": "completed"}, headers=h)
    ).json()["data"] == []

    kit = await client.get(f"{API}/interviews/{iid}/questions", params={"count": 4}, headers=h)
    assert kit.status_code == 200, kit.text
    data = kit.json()["data"]
    # Python and PostgreSQL are evidenced in the CV: the kit aims at Kubernetes and Go.
    assert data["focusSkills"] == ["Kubernetes", "Go"]
    questions = data["result"]["questions"]
    assert len(questions) == 4
    assert [q["skill"] for q in questions[:2]] == ["Kubernetes", "Go"]
    assert all(q["level"] == "senior" for q in questions[:2])

    patched = await client.patch(
        f"{API}/interviews/{iid}", json={"interviewers": ["Ana"]}, headers=h
    )
    assert patched.json()["data"]["interviewers"] == ["Ana"]

    no_results = await client.get(f"{API}/interviews/{iid}/analysis", headers=h)
    assert no_results.status_code == 422

    k8s, go = questions[0], questions[1]
    results = {
        "answers": [
            {
                "question": k8s["question"],
                "skill": "Kubernetes",
                "expectedPoints": k8s["expectedPoints"],
                "answer": "I set resource requests and limits, then used the HPA "
                "for autoscaling on CPU.",
                "rating": 4,
            },
            {
                "question": go["question"],
                "skill": "Go",
                "expectedPoints": go["expectedPoints"],
                "answer": "Not sure, I have not used it.",
                "rating": 1,
            },
        ],
        "ratings": {"Communication": 4},
    }
    recorded = await client.put(f"{API}/interviews/{iid}/results", json=results, headers=h)
    assert recorded.status_code == 200, recorded.text
    assert recorded.json()["data"]["status"] == "completed"

    analysis = await client.get(f"{API}/interviews/{iid}/analysis", headers=h)
    assert analysis.status_code == 200, analysis.text
    a = analysis.json()["data"]
    assert a["cached"] is False
    assert a["provider"] == "builtin"
    matrix = {row["requirement"]: row for row in a["result"]["coverageMatrix"]}
    assert matrix["Python"]["coveredBy"] == "cv"
    assert "Python" in matrix["Python"]["cvEvidence"]
    assert matrix["Kubernetes"]["coveredBy"] == "interview"
    # a recorded answer covers its requirement, however it was rated (issue 15)
    assert matrix["Go"]["coveredBy"] == "interview"
    assert "rated 1/5" in matrix["Go"]["interviewEvidence"]
    scores = {c["competency"]: c["score"] for c in a["result"]["competencyScores"]}
    assert scores["Kubernetes"] > scores["Go"]
    assert any("Go" in c for c in a["result"]["concerns"])
    again = await client.get(f"{API}/interviews/{iid}/analysis", headers=h)
    assert again.json()["data"]["cached"] is True

    # New results: a new analysis (the cache key carries the results version).
    results["answers"][1]["answer"] = (
        "I pass a context with a deadline through every call, so "
        "cancellation and the timeout reach every goroutine."
    )
    await client.put(f"{API}/interviews/{iid}/results", json=results, headers=h)
    fresh = (await client.get(f"{API}/interviews/{iid}/analysis", headers=h)).json()["data"]
    assert fresh["cached"] is False
    fresh_scores = {c["competency"]: c["score"] for c in fresh["result"]["competencyScores"]}
    assert fresh_scores["Go"] > scores["Go"]


async def test_interview_input_errors_and_cross_org(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    job, cand = await _setup(client, user, runtime)
    for body in ({}, {"candidateId": str(cand)}, {"candidateId": "x", "jobId": job["id"]}):
        assert (await client.post(f"{API}/interviews", json=body, headers=h)).status_code == 422
    missing = await client.post(
        f"{API}/interviews", json={"candidateId": str(uuid.uuid4()), "jobId": job["id"]}, headers=h
    )
    assert missing.status_code == 404
    assert (
        await client.post(
            f"{API}/interviews/questions", json={"jobTitle": "x", "count": 0}, headers=h
        )
    ).status_code == 422
    iid = (
        await client.post(
            f"{API}/interviews", json={"candidateId": str(cand), "jobId": job["id"]}, headers=h
        )
    ).json()["data"]["id"]
    bad_status = await client.patch(f"{API}/interviews/{iid}", json={"status": "lost"}, headers=h)
    assert bad_status.status_code == 422
    cancelled = await client.patch(
        f"{API}/interviews/{iid}", json={"status": "cancelled"}, headers=h
    )
    assert cancelled.json()["data"]["status"] == "cancelled"
    refused = await client.put(f"{API}/interviews/{iid}/results", json={"answers": []}, headers=h)
    assert refused.status_code == 422

    o = other_user["headers"]
    assert (
        await client.post(
            f"{API}/interviews", json={"candidateId": str(cand), "jobId": job["id"]}, headers=o
        )
    ).status_code == 404
    for method, url, body in [
        ("GET", f"{API}/interviews/{iid}", None),
        ("PATCH", f"{API}/interviews/{iid}", {"notes": "x"}),
        ("GET", f"{API}/interviews/{iid}/questions", None),
        ("PUT", f"{API}/interviews/{iid}/results", {"answers": []}),
        ("GET", f"{API}/interviews/{iid}/analysis", None),
    ]:
        response = await client.request(method, url, json=body, headers=o)
        assert response.status_code == 404, (url, response.text)
    assert (await client.get(f"{API}/interviews", headers=o)).json()["data"] == []
