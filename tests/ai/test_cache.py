"""Cache: hit/miss, single flight (in process and across two API processes via Redis),
tag invalidation when a job changes, warming of a new job's requirements and kit."""

from __future__ import annotations

import asyncio
from pathlib import Path

from talentsonar.core.observability import CACHE_REQUESTS
from tests.ai.conftest import CV_SENIOR, REQUIREMENTS, create_job, provider_settings
from tests.conftest import open_client, register_user, run_queued_tasks
from tests.fakes.llm import FakeLLM

API = "/api/v1"


def _hits(namespace: str, result: str) -> float:
    return CACHE_REQUESTS.labels(namespace, result)._value.get()


async def test_concurrent_identical_requests_call_the_provider_once(
    tmp_path: Path, redis_prefix: str, database_url: str, fake_llm: FakeLLM
) -> None:
    fake_llm.state.latency = 0.3
    settings = provider_settings(tmp_path, redis_prefix, fake_llm, "openai")
    async with open_client(settings, database_url) as (client, _runtime):
        h = (await register_user(client))["headers"]
        body = {"cvText": CV_SENIOR, "jobRequirements": REQUIREMENTS}
        misses = _hits("cv_analysis", "miss")
        responses = await asyncio.gather(
            *(client.post(f"{API}/ai/cv-analysis", json=body, headers=h) for _ in range(20))
        )
    assert all(r.status_code == 200 for r in responses)
    assert fake_llm.state.calls["openai"] == 1
    cached = [r.json()["data"]["cached"] for r in responses]
    assert cached.count(False) == 1
    assert cached.count(True) == 19
    assert _hits("cv_analysis", "miss") - misses >= 1


async def test_two_processes_share_the_cache_through_redis(
    tmp_path: Path, redis_prefix: str, redis_url: str, database_url: str, fake_llm: FakeLLM
) -> None:
    fake_llm.state.latency = 0.3
    settings = provider_settings(tmp_path, redis_prefix, fake_llm, "openai").model_copy(
        update={"redis_url": redis_url}
    )
    async with (
        open_client(settings, database_url) as (a, _),
        open_client(settings, database_url) as (b, _),
    ):
        h = (await register_user(a))["headers"]
        body = {"cvText": CV_SENIOR, "jobRequirements": REQUIREMENTS}
        responses = await asyncio.gather(
            *(a.post(f"{API}/ai/cv-analysis", json=body, headers=h) for _ in range(5)),
            *(b.post(f"{API}/ai/cv-analysis", json=body, headers=h) for _ in range(5)),
        )
    assert all(r.status_code == 200 for r in responses)
    assert fake_llm.state.calls["openai"] == 1


async def test_job_change_invalidates_and_new_job_is_warmed(
    tmp_path: Path, redis_prefix: str, database_url: str, fake_llm: FakeLLM
) -> None:
    settings = provider_settings(tmp_path, redis_prefix, fake_llm, "openai")
    async with open_client(settings, database_url) as (client, runtime):
        h = (await register_user(client))["headers"]
        job = await create_job(client, h)
        await run_queued_tasks(runtime)  # warming: requirements + question kit of the new job
        warmed_calls = fake_llm.state.calls["openai"]
        assert warmed_calls == 2
        body = {"cvText": CV_SENIOR, "jobId": job["id"]}
        first = (await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)).json()["data"]
        second = (await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)).json()["data"]
        assert (first["cached"], second["cached"]) == (False, True)
        analysis = (await client.post(f"{API}/jobs/{job['id']}/analyze", headers=h)).json()["data"]
        assert analysis["cached"] is False

        # A change that does not alter the analysed text: only the tag drops the entries.
        patched = await client.patch(
            f"{API}/jobs/{job['id']}", json={"location": "Remote"}, headers=h
        )
        assert patched.status_code == 200, patched.text
        await run_queued_tasks(runtime)
        again = (await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)).json()["data"]
        assert again["cached"] is False
        analysis = (await client.post(f"{API}/jobs/{job['id']}/analyze", headers=h)).json()["data"]
        assert analysis["cached"] is False


async def test_question_kit_cache_key_is_title_skills_count(client, user) -> None:  # type: ignore[no-untyped-def]
    h = user["headers"]
    body = {"jobTitle": "Senior Backend Engineer", "skills": ["Python", "k8s"], "count": 5}
    first = (await client.post(f"{API}/interviews/questions", json=body, headers=h)).json()["data"]
    second = (await client.post(f"{API}/interviews/questions", json=body, headers=h)).json()["data"]
    third = (
        await client.post(f"{API}/interviews/questions", json={**body, "count": 6}, headers=h)
    ).json()["data"]
    assert (first["cached"], second["cached"], third["cached"]) == (False, True, False)
    assert len(first["result"]["questions"]) == 5
    assert len(third["result"]["questions"]) == 6


async def test_candidate_change_drops_its_cached_answers(client, user, runtime) -> None:  # type: ignore[no-untyped-def]
    from tests.ai.conftest import org_id, seed_candidate

    h = user["headers"]
    cand = await seed_candidate(runtime, org_id(user), name="Jane Doe", cv_text=CV_SENIOR)
    first = (await client.post(f"{API}/candidates/{cand}/enrich", headers=h)).json()["data"]
    second = (await client.post(f"{API}/candidates/{cand}/enrich", headers=h)).json()["data"]
    assert (first["cached"], second["cached"]) == (False, True)
    # A change that leaves the CV text alone: only the candidate:<id> tag makes it a miss.
    patched = await client.patch(f"{API}/candidates/{cand}", json={"location": "Remote"}, headers=h)
    assert patched.status_code == 200, patched.text
    third = (await client.post(f"{API}/candidates/{cand}/enrich", headers=h)).json()["data"]
    assert third["cached"] is False
