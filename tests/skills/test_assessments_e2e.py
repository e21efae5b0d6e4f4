"""Acceptance of issue 17, end to end through the API and the worker: an assessment from a
demo job's requirements, a demo candidate invited by e-mail (a fake SMTP server), the paper
completed through the link with a code exercise graded in the sandbox, the result on the
skill profile, and the candidate's score for the job moving with the explanation naming
the source. Then the refusals: a used link, answers after the time limit, code that does
not compile."""

from __future__ import annotations

import json
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from talentsonar.core.models import utcnow
from talentsonar.core.runtime import Runtime
from talentsonar.models.assessment_invitation import AssessmentInvitation
from tests.conftest import client_of, make_settings, register_user, run_queued_tasks
from tests.skills.assessment_helpers import answer_all, link_of, right_answer, wrong_answer

DEMO_JOB = "Senior Backend Engineer (Python)"


def _demo_job() -> dict[str, Any]:
    text = resources.files("talentsonar.jobs").joinpath("demo_jobs.json").read_text("utf-8")
    data = json.loads(text)
    jobs = data if isinstance(data, list) else data["jobs"]
    job = next(j for j in jobs if j["title"] == DEMO_JOB)
    return {"title": job["title"], "description": job.get("description", ""),
            "requiredSkills": job.get("required_skills") or job.get("requiredSkills"),
            "seniority": job.get("seniority"), "location": job.get("location")}


@pytest.fixture
async def app(tmp_path: Path, redis_prefix: str, database_url: str,
              inbox: Any) -> Any:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix,
                             smtp_url=f"smtp://127.0.0.1:{inbox.port}")
    rt = Runtime(settings, database_url)
    await rt.start()
    try:
        async with client_of(rt) as client:
            yield client, rt
    finally:
        await rt.close()


async def _match(client: httpx.AsyncClient, h: dict[str, str], job: str,
                 cand: str) -> dict[str, Any]:
    r = await client.get(f"/api/v1/jobs/{job}/candidates/{cand}/match", headers=h)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()["data"]
    return data


async def test_assessment_from_a_demo_job_moves_the_match(app: Any, inbox: Any) -> None:
    client, runtime = app
    user = await register_user(client)
    h = user["headers"]
    job = (await client.post("/api/v1/jobs", headers=h, json=_demo_job())).json()["data"]
    cand = (await client.post("/api/v1/candidates", headers=h, json={
        "name": "Grace Hopper", "email": "grace@example.com", "headline": "Backend Engineer",
        "skills": ["Python", "PostgreSQL", "Docker"], "totalYearsExperience": 7,
    })).json()["data"]
    other = (await client.post("/api/v1/candidates", headers=h, json={
        "name": "Alan Turing", "email": "alan@example.com", "skills": ["Python"],
    })).json()["data"]
    await run_queued_tasks(runtime)
    before = await _match(client, h, job["id"], cand["id"])

    created = await client.post("/api/v1/assessments", headers=h, json={"jobId": job["id"]})
    assert created.status_code == 201, created.text
    assessment = created.json()["data"]
    assert assessment["skills"][0] == "Python"
    assert assessment["seniority"] == "senior"
    invited = await client.post(f"/api/v1/assessments/{assessment['id']}/invitations",
                                headers=h, json={"candidateId": cand["id"]})
    assert invited.status_code == 201, invited.text
    again = await client.post(f"/api/v1/assessments/{assessment['id']}/invitations",
                              headers=h, json={"candidateId": cand["id"]})
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "conflict"
    second = await client.post(f"/api/v1/assessments/{assessment['id']}/invitations",
                               headers=h, json={"candidateId": other["id"]})
    assert second.status_code == 201
    await run_queued_tasks(runtime)
    links = {m["To"]: link_of(m) for m in inbox.messages}
    link = links["grace@example.com"]

    intro = (await client.get(link)).json()["data"]
    assert intro["status"] == "invited"
    assert intro["questions"] == []
    started = await client.post(f"{link}/start")
    assert started.status_code == 200, started.text
    questions = started.json()["data"]["questions"]
    kinds = {q["kind"] for q in questions}
    assert "code" in kinds
    assert {"single", "short"} <= kinds
    for q in questions:  # nothing of the answers leaks to the candidate
        assert set(q) <= {"id", "skill", "kind", "prompt", "options", "language", "starter",
                          "answer"}
    paper_other = (await client.post(f"{links['alan@example.com']}/start")).json()["data"]
    assert [q["id"] for q in paper_other["questions"]] != [q["id"] for q in questions]

    # a wrong answer first, replaced by the right one: saved as the candidate goes
    await answer_all(client, link, questions[:1], right=False)
    await answer_all(client, link, questions)
    reopened = (await client.get(link)).json()["data"]
    assert reopened["questions"][0]["answer"] == right_answer(questions[0])
    bad = await client.put(f"{link}/answers/{questions[0]['id']}", json={"text": "x"}
                           if questions[0]["kind"] != "short" else {"choices": ["nope"]})
    assert bad.status_code == 422
    assert (await client.put(f"{link}/answers/nope", json={"text": "x"})).status_code == 404
    done = await client.post(f"{link}/submit")
    assert done.status_code == 200, done.text
    assert done.json()["data"]["answered"] == len(questions)

    # the link is single-use: every call after the submit is 410 in our error format
    for call in (client.get(link), client.post(f"{link}/start"),
                 client.put(f"{link}/answers/{questions[0]['id']}",
                            json=right_answer(questions[0]))):
        gone = await call
        assert gone.status_code == 410
        assert gone.json()["error"]["code"] == "link_used"

    await run_queued_tasks(runtime)
    graded = (await client.get(f"/api/v1/assessments/{assessment['id']}/invitations",
                               headers=h)).json()["data"]
    mine = next(i for i in graded if i["candidateId"] == cand["id"])
    assert mine["status"] == "graded"
    assert mine["score"] == 100.0
    profile = (await client.get(f"/api/v1/candidates/{cand['id']}/skills",
                                headers=h)).json()["data"]
    python = next(s for s in profile["skills"] if s["name"] == "Python")
    assert python["status"] == "verified"
    sources = {s["source"]: s for s in python["sources"]}
    assert {"cv", "code"} <= set(sources)
    assert sources["code"]["evidence"]["answers"][0]["status"] == "passed"
    assert sources["code"]["verifiedAt"] is not None
    assert python["proficiency"] > 8

    after = await _match(client, h, job["id"], cand["id"])
    assert after["basicScore"] > before["basicScore"]
    assert "verified by a code exercise" in after["matchRationale"]
    assert "verified by an assessment" in after["matchRationale"]
    notes = (await client.get("/api/v1/notifications", headers=h)).json()["data"]
    assert any(n["type"] == "assessment.graded" for n in notes)
    coverage = (await client.get(f"/api/v1/jobs/{job['id']}/skills-coverage",
                                 headers=h)).json()["data"]
    rows = {r["skill"]: r for r in coverage["skills"]}
    assert rows["Python"]["verified"] == 1
    assert rows["Python"]["claimed"] == 1  # Alan: not graded yet
    assert rows["FastAPI"]["verified"] == 1  # not on her CV: shown by the assessment
    assert rows["FastAPI"]["missing"] == 1

    # Alan: wrong answers, code that does not compile; time runs out after saving
    alan = links["alan@example.com"]
    await answer_all(client, alan, paper_other["questions"], right=False)
    async with runtime.db.session() as s:
        await s.execute(update(AssessmentInvitation)
                        .where(AssessmentInvitation.candidate_id == other["id"])
                        .values(deadline_at=utcnow() - timedelta(seconds=1)))
    q0 = paper_other["questions"][0]
    late = await client.put(f"{alan}/answers/{q0['id']}", json=right_answer(q0))
    assert late.status_code == 409
    assert late.json()["error"]["code"] == "time_up"
    closed = await client.get(alan)
    assert closed.status_code == 410
    await run_queued_tasks(runtime)
    graded = (await client.get(f"/api/v1/assessments/{assessment['id']}/invitations",
                               headers=h)).json()["data"]
    his = next(i for i in graded if i["candidateId"] == other["id"])
    assert his["status"] == "graded"
    assert his["score"] == 0.0
    profile = (await client.get(f"/api/v1/candidates/{other['id']}/skills",
                                headers=h)).json()["data"]
    python = next(s for s in profile["skills"] if s["name"] == "Python")
    assert python["status"] == "failed"
    code = next(s for s in python["sources"] if s["source"] == "code")
    answer = code["evidence"]["answers"][0]
    assert answer["status"] == "compile_error"
    assert "SyntaxError" in answer["message"]
    assert code["proficiency"] == 0
    match = await _match(client, h, job["id"], other["id"])
    assert "failed Python" in match["matchRationale"]
    assert wrong_answer(q0) != right_answer(q0)
