from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import text

from talentsonar.core.runtime import Runtime
from tests.conftest import run_queued_tasks
from tests.matching.conftest import BACKEND_JOB, MakeJob, change_candidate, org_of, seed_pool


async def _matches(
    client: httpx.AsyncClient, user: dict[str, Any], job_id: str, **params: Any
) -> list[dict[str, Any]]:
    response = await client.get(
        f"/api/v1/jobs/{job_id}/matches", params=params, headers=user["headers"]
    )
    assert response.status_code == 200, response.text
    data: list[dict[str, Any]] = response.json()["data"]
    return data


async def test_matches_appear_without_further_call_and_rank_sensibly(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    pool = await seed_pool(runtime, org_of(user))
    job = await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)

    matches = await _matches(client, user, job["id"], minScore=0)
    order = [uuid.UUID(m["candidate"]["id"]) for m in matches]
    assert order == [pool["strong"], pool["partial"], pool["unrelated"]]
    top = matches[0]
    assert top["matchScore"] > 75 > matches[-1]["matchScore"]
    assert "Python" in top["matchRationale"]
    assert "Django" in top["matchRationale"]
    assert "missing Django, PostgreSQL, Docker" in matches[1]["matchRationale"]
    assert top["aiAnalyzed"] is False
    assert top["feedback"] is None
    # defaults: minScore 50 hides the accountant
    default = await _matches(client, user, job["id"])
    assert pool["unrelated"] not in {uuid.UUID(m["candidate"]["id"]) for m in default}

    detail = (
        await client.get(
            f"/api/v1/jobs/{job['id']}/candidates/{pool['partial']}/match", headers=user["headers"]
        )
    ).json()["data"]
    assert detail["matchedSkills"] == ["Python"]
    assert detail["missingSkills"] == ["Django", "PostgreSQL", "Docker"]
    contributions = sum(b["contribution"] for b in detail["breakdown"])
    assert abs(contributions - detail["matchScore"]) < 0.1
    assert detail["provenance"]["scorerVersion"].startswith("basic-")
    assert detail["provenance"]["embeddingModel"]

    best = (
        await client.get(f"/api/v1/candidates/{pool['strong']}/matches", headers=user["headers"])
    ).json()["data"]
    assert best[0]["job"]["id"] == job["id"]

    listed = (await client.get(f"/api/v1/jobs/{job['id']}", headers=user["headers"])).json()
    stats = listed["data"]["matchStatistics"]
    assert stats["totalCandidates"] == 3
    assert stats["strongMatches"] >= 1

    # The lists answer from driver rows, the detail pages from ORM models: the same JSON.
    jobs = (await client.get("/api/v1/jobs", headers=user["headers"])).json()["data"]
    assert jobs == [listed["data"]]
    candidates = (await client.get("/api/v1/candidates", headers=user["headers"])).json()["data"]
    assert {c["id"] for c in candidates} == {str(cid) for cid in pool.values()}
    assert any(c["matchStatistics"]["totalJobsMatched"] for c in candidates)
    for item in candidates:
        detail = (
            await client.get(f"/api/v1/candidates/{item['id']}", headers=user["headers"])
        ).json()["data"]
        # ... but the detail's metadata also mirrors summary and experience (seed 001)
        assert {k: v for k, v in item.items() if k != "metadata"} == {
            key: detail[key] for key in item if key != "metadata"}
        assert item["metadata"].items() <= detail["metadata"].items()


async def test_new_candidate_is_scored_against_open_jobs(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    job = await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)
    assert await _matches(client, user, job["id"], minScore=0) == []
    pool = await seed_pool(runtime, org_of(user))
    await run_queued_tasks(runtime)
    assert len(await _matches(client, user, job["id"], minScore=0)) == len(pool)


async def test_incremental_rescoring_and_deleted_candidates_disappear(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    org = org_of(user)
    pool = await seed_pool(runtime, org)
    job = await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)
    before = {
        m["candidate"]["id"]: m["matchScore"]
        for m in await _matches(client, user, job["id"], minScore=0)
    }

    # Re-saving the job without changes: every pair is skipped by its inputs hash.
    response = await client.patch(
        f"/api/v1/jobs/{job['id']}", json={"department": "Technology"}, headers=user["headers"]
    )
    assert response.status_code == 200, response.text
    await run_queued_tasks(runtime)
    tasks = (
        await client.get(
            "/api/v1/tasks", params={"kind": "matching.score_job"}, headers=user["headers"]
        )
    ).json()["data"]
    assert tasks[0]["status"] == "succeeded", tasks[0]
    assert tasks[0]["result"]["skippedUnchanged"] == 3
    assert tasks[0]["result"]["written"] == 0

    # The partial candidate learns Django and PostgreSQL: only that pair is re-scored.
    await change_candidate(
        runtime, org, pool["partial"], skills=["Python", "Flask", "Django", "PostgreSQL"]
    )
    await run_queued_tasks(runtime)
    after = {
        m["candidate"]["id"]: m["matchScore"]
        for m in await _matches(client, user, job["id"], minScore=0)
    }
    assert after[str(pool["partial"])] > before[str(pool["partial"])]
    assert after[str(pool["strong"])] == before[str(pool["strong"])]

    from talentsonar.core.models import utcnow

    await change_candidate(runtime, org, pool["strong"], deleted_at=utcnow())
    await run_queued_tasks(runtime)
    remaining = {m["candidate"]["id"] for m in await _matches(client, user, job["id"], minScore=0)}
    assert str(pool["strong"]) not in remaining
    assert len(remaining) == 2
    gone = await client.get(
        f"/api/v1/jobs/{job['id']}/candidates/{pool['strong']}/match", headers=user["headers"]
    )
    assert gone.status_code == 404


async def test_cross_organisation_isolation(
    client: httpx.AsyncClient,
    runtime: Runtime,
    user: dict[str, Any],
    other_user: dict[str, Any],
    make_job: MakeJob,
) -> None:
    pool = await seed_pool(runtime, org_of(user))
    job = await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)
    foreign = other_user["headers"]
    cid = pool["strong"]
    for path in (
        f"/api/v1/jobs/{job['id']}/matches",
        f"/api/v1/jobs/{job['id']}/matches/blind",
        f"/api/v1/jobs/{job['id']}/hidden-gems",
        f"/api/v1/jobs/{job['id']}/fairness-report",
        f"/api/v1/jobs/{job['id']}/candidates/{cid}/match",
        f"/api/v1/candidates/{cid}/matches",
        f"/api/v1/candidates/{cid}/match-statistics",
        f"/api/v1/jobs/{job['id']}/feedback",
    ):
        response = await client.get(path, headers=foreign)
        assert response.status_code == 404, (path, response.text)
    response = await client.post(
        "/api/v1/profiles/match", json={"candidateId": str(cid)}, headers=foreign
    )
    assert response.status_code == 404
    response = await client.post(
        "/api/v1/feedback",
        json={"jobId": job["id"], "candidateId": str(cid), "feedbackType": "positive"},
        headers=foreign,
    )
    assert response.status_code == 404
    # and the other org's own job sees none of these candidates
    other_job = (await client.post("/api/v1/jobs", json=BACKEND_JOB, headers=foreign)).json()
    await run_queued_tasks(runtime)
    assert await _matches(client, other_user, other_job["data"]["id"], minScore=0) == []


async def test_blind_view_fairness_report_and_profile_match(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    pool = await seed_pool(runtime, org_of(user))
    job = await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)
    blind = (
        await client.get(
            f"/api/v1/jobs/{job['id']}/matches/blind",
            params={"minScore": 0},
            headers=user["headers"],
        )
    ).json()["data"]
    text = str(blind)
    for name in ("Anna", "Kovacs", "Bela", "Nagy", "Cecil", "Szabo"):
        assert name not in text
    assert blind[0]["candidate"]["alias"] == "Candidate 001"

    report = (
        await client.get(f"/api/v1/jobs/{job['id']}/fairness-report", headers=user["headers"])
    ).json()["data"]
    assert report["total"] == 3
    assert report["groups"][0]["candidateType"] == "uploaded"
    assert sum(report["groups"][0]["histogram"].values()) == 3

    near = (
        await client.post(
            "/api/v1/profiles/match",
            json={
                "text": "Backend engineer: Django REST APIs, PostgreSQL, AWS",
                "threshold": 0.3,
                "count": 2,
            },
            headers=user["headers"],
        )
    ).json()["data"]
    assert near
    assert near[0]["candidate"]["id"] == str(pool["strong"])
    assert len(near) <= 2
    assert all(n["similarity"] >= 0.3 for n in near)
    bad = await client.post(
        "/api/v1/profiles/match", json={"threshold": 0.5}, headers=user["headers"]
    )
    assert bad.status_code == 422
    bad = await client.get(
        f"/api/v1/jobs/{job['id']}/matches", params={"minScore": 500}, headers=user["headers"]
    )
    assert bad.status_code == 422


async def test_scorer_version_change_rescores_in_background(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    from sqlalchemy import text

    from talentsonar.matching.scoring import SCORER_VERSION
    from talentsonar.matching.tasks import enqueue_stale_rescoring

    pool = await seed_pool(runtime, org_of(user))
    job = await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)
    async with runtime.db.session() as session:
        await session.execute(text("UPDATE matches SET scorer_version = 'basic-0.0'"))
    async with runtime.db.session() as session:
        assert await enqueue_stale_rescoring(session) == [org_of(user)]
    await run_queued_tasks(runtime)
    detail = (
        await client.get(
            f"/api/v1/jobs/{job['id']}/candidates/{pool['partial']}/match",
            headers=user["headers"],
        )
    ).json()["data"]
    assert detail["provenance"]["scorerVersion"] == SCORER_VERSION
    async with runtime.db.session() as session:
        assert await enqueue_stale_rescoring(session) == []


async def test_list_statistics_count_as_the_detail_pages(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    """The lists' match statistics (driver rows) against the detail pages' (ORM), on scores
    set on either side of the thresholds: good >= 60, strong >= 75, best rounded."""
    pool = await seed_pool(runtime, org_of(user))
    jobs = [await make_job(user["headers"], **{**BACKEND_JOB, "title": f"Backend {i}"})
            for i in range(3)]
    await run_queued_tasks(runtime)
    scores = {  # (candidate, job index) -> score; the third job's best match is AI-analysed
        ("strong", 0): 80.0, ("strong", 1): 65.0, ("strong", 2): 40.0,
        ("partial", 0): 74.6, ("partial", 1): 59.9, ("partial", 2): 75.0,
    }
    async with runtime.db.session() as session:
        for (who, index), score in scores.items():
            await session.execute(
                text("UPDATE matches SET match_score = :score, analysis_type = :kind "
                     "WHERE candidate_id = :cid AND job_id = :jid"),
                {"score": score, "cid": pool[who], "jid": uuid.UUID(jobs[index]["id"]),
                 "kind": "ai_enhanced" if (who, index) == ("partial", 2) else "basic"})
        await session.execute(
            text("DELETE FROM matches WHERE candidate_id = :cid"), {"cid": pool["unrelated"]})

    h = user["headers"]
    listed_candidates = {
        c["id"]: c["matchStatistics"]
        for c in (await client.get("/api/v1/candidates", headers=h)).json()["data"]
    }
    assert listed_candidates[str(pool["strong"])] == {
        "totalJobsMatched": 2, "bestMatchScore": 80, "strongMatches": 1}
    assert listed_candidates[str(pool["partial"])] == {
        "totalJobsMatched": 2, "bestMatchScore": 75, "strongMatches": 1}
    assert listed_candidates[str(pool["unrelated"])] == {
        "totalJobsMatched": 0, "bestMatchScore": None, "strongMatches": 0}
    listed_jobs = {
        j["id"]: j["matchStatistics"]
        for j in (await client.get("/api/v1/jobs", headers=h)).json()["data"]
    }
    assert [listed_jobs[j["id"]] for j in jobs] == [
        {"totalCandidates": 2, "strongMatches": 1, "goodMatches": 1, "aiAnalyzedCount": 0},
        {"totalCandidates": 2, "strongMatches": 0, "goodMatches": 1, "aiAnalyzedCount": 0},
        {"totalCandidates": 2, "strongMatches": 1, "goodMatches": 0, "aiAnalyzedCount": 1},
    ]
    for cid, stats in listed_candidates.items():
        detail = (await client.get(f"/api/v1/candidates/{cid}", headers=h)).json()["data"]
        assert detail["matchStatistics"] == stats
    for job in jobs:
        detail = (await client.get(f"/api/v1/jobs/{job['id']}", headers=h)).json()["data"]
        assert detail["matchStatistics"] == listed_jobs[job["id"]]


async def test_job_matches_filters_and_missing_jobs(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    pool = await seed_pool(runtime, org_of(user))
    job = await make_job(user["headers"], **BACKEND_JOB)
    quiet = await make_job(user["headers"], **{**BACKEND_JOB, "title": "No matches yet"})
    await run_queued_tasks(runtime)
    everyone = await _matches(client, user, job["id"], minScore=0)
    assert len(everyone) == len(pool)
    assert everyone[0]["candidate"]["headline"] == "Senior Python Engineer"
    scores = [m["matchScore"] for m in everyone]
    assert scores == sorted(scores, reverse=True)
    assert len(await _matches(client, user, job["id"], minScore=0, limit=2)) == 2
    assert await _matches(client, user, job["id"], minScore=0, type="internal") == []
    async with runtime.db.session() as session:
        await session.execute(text("UPDATE candidates SET type = 'internal' WHERE id = :c"),
                              {"c": pool["partial"]})
    internal = await _matches(client, user, job["id"], minScore=0, type="internal")
    assert [m["candidate"]["id"] for m in internal] == [str(pool["partial"])]
    floor = scores[1]
    assert all(m["matchScore"] >= floor
               for m in await _matches(client, user, job["id"], minScore=floor))

    async with runtime.db.session() as session:  # a job whose matches are not scored yet
        await session.execute(text("DELETE FROM matches WHERE job_id = :j"),
                              {"j": uuid.UUID(quiet["id"])})
    assert await _matches(client, user, quiet["id"], minScore=0) == []
    assert (await client.delete(f"/api/v1/jobs/{job['id']}", headers=user["headers"])
            ).status_code == 200
    gone = await client.get(f"/api/v1/jobs/{job['id']}/matches", headers=user["headers"])
    assert gone.status_code == 404
    assert gone.json()["error"]["code"] == "not_found"
    unknown = await client.get(f"/api/v1/jobs/{uuid.uuid4()}/matches", headers=user["headers"])
    assert unknown.status_code == 404


async def test_candidate_matches_best_live_jobs_first(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    pool = await seed_pool(runtime, org_of(user))
    backend = await make_job(user["headers"], **BACKEND_JOB)
    books = await make_job(user["headers"], title="Bookkeeper", department="Finance",
                           description="Keep the books: ledgers, invoices, payroll.",
                           requiredSkills=["Bookkeeping"], niceToHaveSkills=[])
    await run_queued_tasks(runtime)
    h = user["headers"]

    async def best(candidate: uuid.UUID, **params: Any) -> list[dict[str, Any]]:
        r = await client.get(f"/api/v1/candidates/{candidate}/matches", params=params,
                             headers=h)
        assert r.status_code == 200, r.text
        data: list[dict[str, Any]] = r.json()["data"]
        return data

    found = await best(pool["strong"])
    assert [m["job"]["id"] for m in found] == [backend["id"], books["id"]]
    assert found[0]["job"] == {"id": backend["id"], "title": backend["title"],
                               "department": "Technology", "location": "Budapest",
                               "status": "open"}
    assert found[0]["matchScore"] > found[1]["matchScore"]
    assert found[0]["aiAnalyzed"] is False
    assert [m["job"]["id"] for m in await best(pool["strong"], minScore=found[0]["matchScore"])
            ] == [backend["id"]]
    assert len(await best(pool["strong"], limit=1)) == 1

    assert (await client.delete(f"/api/v1/jobs/{backend['id']}", headers=h)).status_code == 200
    assert [m["job"]["id"] for m in await best(pool["strong"])] == [books["id"]]
    assert (await client.delete(f"/api/v1/jobs/{books['id']}", headers=h)).status_code == 200
    assert await best(pool["strong"]) == []
    assert (await client.delete(f"/api/v1/candidates/{pool['strong']}", headers=h)
            ).status_code == 200
    for missing in (pool["strong"], uuid.uuid4()):
        r = await client.get(f"/api/v1/candidates/{missing}/matches", headers=h)
        assert r.status_code == 404


async def test_match_lists_answer_the_list_shape_with_pages(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    """Every list answers {"data", "pagination"}: the match lists page through all matches
    (``limit`` as before, ``page`` after it) and say how many there are."""
    pool = await seed_pool(runtime, org_of(user))
    job = await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)
    h = user["headers"]
    everyone = await _matches(client, user, job["id"], minScore=0)
    pages = []
    for page in (1, 2, 3):
        r = await client.get(f"/api/v1/jobs/{job['id']}/matches",
                             params={"minScore": 0, "limit": 2, "page": page}, headers=h)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["pagination"] == {"page": page, "limit": 2, "total": len(pool),
                                      "totalPages": (len(pool) + 1) // 2}
        pages += body["data"]
    assert [m["candidate"]["id"] for m in pages] == [
        m["candidate"]["id"] for m in everyone][:6]
    default = (await client.get(f"/api/v1/jobs/{job['id']}/matches", headers=h)).json()
    assert default["pagination"]["limit"] == 15  # the old default page size
    assert default["pagination"]["total"] == sum(m["matchScore"] >= 50 for m in everyone)
    for path in (f"/api/v1/jobs/{job['id']}/matches/blind",
                 f"/api/v1/jobs/{job['id']}/hidden-gems",
                 f"/api/v1/candidates/{pool['strong']}/matches",
                 f"/api/v1/jobs/{job['id']}/feedback",
                 "/api/v1/organization/members"):
        r = await client.get(path, headers=h)
        assert r.status_code == 200, (path, r.text)
        assert set(r.json()) == {"data", "pagination"}, path
        assert r.json()["pagination"]["total"] >= len(r.json()["data"]), path


async def test_an_ai_score_is_the_match_score_a_recruiter_sorts_by(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    """Seed 001's worker makes the match carry the AI score; we keep the basic score beside
    it: ``matchScore`` (AI when present, else basic), ``basicScore``, ``aiScore``."""
    from talentsonar.matching.service import record_ai_analysis

    await seed_pool(runtime, org_of(user))
    job = await make_job(user["headers"], **BACKEND_JOB)
    await run_queued_tasks(runtime)

    async def listed(path: str) -> list[dict[str, Any]]:
        r = await client.get(path, params={"minScore": 0}, headers=user["headers"])
        assert r.status_code == 200, r.text
        return r.json()["data"]  # type: ignore[no-any-return]

    before = await listed(f"/api/v1/jobs/{job['id']}/matches")
    assert all(m["matchScore"] == m["basicScore"] and m["aiScore"] is None for m in before)
    last = before[-1]
    weakest, weakest_basic = last["candidate"]["id"], last["basicScore"]
    assert before[0]["candidate"]["id"] != weakest
    async with runtime.db.session() as session:
        basic = await record_ai_analysis(
            session, uuid.UUID(str(org_of(user))), uuid.UUID(job["id"]), uuid.UUID(weakest),
            {"matchScore": 99, "matchRationale": "Strong on every dimension"},
            {"provider": "test"})
    assert basic == weakest_basic

    after = await listed(f"/api/v1/jobs/{job['id']}/matches")
    assert after[0]["candidate"]["id"] == weakest
    assert (after[0]["matchScore"], after[0]["aiScore"], after[0]["basicScore"]) == (
        99, 99, weakest_basic)
    assert [m["matchScore"] for m in after] == sorted(
        (m["matchScore"] for m in after), reverse=True)
    detail = (await client.get(f"/api/v1/jobs/{job['id']}/candidates/{weakest}/match",
                               headers=user["headers"])).json()["data"]
    assert (detail["matchScore"], detail["basicScore"]) == (99, weakest_basic)
    best_jobs = await listed(f"/api/v1/candidates/{weakest}/matches")
    assert best_jobs[0]["matchScore"] == 99
    stats = (await client.get(f"/api/v1/candidates/{weakest}/match-statistics",
                              headers=user["headers"])).json()["data"]
    assert stats["bestMatchScore"] == 99
    # Rescoring (e.g. after an edit of the job) keeps the AI score ranking the pair.
    await client.patch(f"/api/v1/jobs/{job['id']}", json={"description": "Python and SQL."},
                       headers=user["headers"])
    await run_queued_tasks(runtime)
    again = await listed(f"/api/v1/jobs/{job['id']}/matches")
    assert (again[0]["candidate"]["id"], again[0]["matchScore"]) == (weakest, 99)


async def test_a_pair_not_scored_yet_is_scored_on_demand_with_the_stored_score(
    client: httpx.AsyncClient, runtime: Runtime, user: dict[str, Any], make_job: MakeJob
) -> None:
    """A recruiter opening a candidate before the background scoring reaches the pair (a CV
    just uploaded, or a pair the narrowed scoring did not store) gets its match, not a 404."""
    pool = await seed_pool(runtime, org_of(user))
    job = await make_job(user["headers"], **BACKEND_JOB)
    path = f"/api/v1/jobs/{job['id']}/candidates/{pool['partial']}/match"
    async with runtime.db.session() as session:
        stored = await session.scalar(text("SELECT count(*) FROM matches"))
    assert stored == 0  # the scoring task has not run

    pending = await client.get(path, headers=user["headers"])
    assert pending.status_code == 200, pending.text
    on_demand = pending.json()["data"]
    assert on_demand["missingSkills"] == ["Django", "PostgreSQL", "Docker"]
    assert on_demand["aiScore"] is None

    await run_queued_tasks(runtime)
    scored = (await client.get(path, headers=user["headers"])).json()["data"]
    assert scored["matchScore"] == on_demand["matchScore"]
    assert scored["breakdown"] == on_demand["breakdown"]
    assert scored["provenance"]["inputsHash"] == on_demand["provenance"]["inputsHash"]
    # unknown ids stay a 404
    missing = await client.get(
        f"/api/v1/jobs/{job['id']}/candidates/{uuid.uuid4()}/match", headers=user["headers"])
    assert missing.status_code == 404
