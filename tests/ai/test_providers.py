"""The same operations through the real openai / google-genai SDKs against the fakes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from talentsonar.core.runtime import Runtime
from tests.ai.conftest import (
    CV_SENIOR,
    REQUIREMENTS,
    create_job,
    org_id,
    provider_settings,
    seed_candidate,
)
from tests.conftest import open_client, register_user
from tests.fakes.llm import FakeLLM

API = "/api/v1"


@pytest.mark.parametrize("provider", ["openai", "gemini"])
async def test_every_operation_goes_through_the_sdk(
    provider: str, tmp_path: Path, redis_prefix: str, database_url: str, fake_llm: FakeLLM
) -> None:
    settings = provider_settings(tmp_path, redis_prefix, fake_llm, provider)
    async with open_client(settings, database_url) as (client, runtime):
        user = await register_user(client)
        h = user["headers"]
        job = await create_job(client, h)
        cand = await seed_candidate(runtime, org_id(user), name="Jane Doe", cv_text=CV_SENIOR)
        calls: list[tuple[str, str, Any]] = [
            (
                "POST",
                f"{API}/ai/cv-analysis",
                {"cvText": CV_SENIOR, "jobRequirements": REQUIREMENTS},
            ),
            ("POST", f"{API}/ai/job-requirements", {"title": "Backend Engineer", "skills": ["Go"]}),
            ("POST", f"{API}/jobs/{job['id']}/analyze", None),
            ("POST", f"{API}/jobs/{job['id']}/candidates/{cand}/analyze", None),
            ("POST", f"{API}/candidates/{cand}/enrich", None),
            (
                "POST",
                f"{API}/interviews/questions",
                {"jobTitle": "Backend Engineer", "skills": ["Go"], "count": 3},
            ),
        ]
        for method, url, body in calls:
            before = fake_llm.state.calls[provider]
            response = await client.request(method, url, json=body, headers=h)
            assert response.status_code == 200, (url, response.text)
            data = response.json()["data"]
            assert data["provider"] == provider, (url, data)
            assert data["fallback"] is False, (url, data)
            assert data["cached"] is False
            assert fake_llm.state.calls[provider] == before + 1
        pro = response.json()["data"]["model"]
        assert pro == ("gpt-4o-mini" if provider == "openai" else "gemini-2.5-flash")
        fit = await client.post(f"{API}/jobs/{job['id']}/candidates/{cand}/analyze", headers=h)
        assert fit.json()["data"]["cached"] is True
        if provider == "gemini":
            assert fit.json()["data"]["model"] == "gemini-2.5-pro"


@pytest.mark.parametrize("provider", ["openai", "gemini"])
async def test_repair_retry_then_fallback(
    provider: str, tmp_path: Path, redis_prefix: str, database_url: str, fake_llm: FakeLLM
) -> None:
    settings = provider_settings(tmp_path, redis_prefix, fake_llm, provider)
    async with open_client(settings, database_url) as (client, _runtime):
        h = (await register_user(client))["headers"]
        body = {"cvText": CV_SENIOR, "jobRequirements": REQUIREMENTS}
        fake_llm.state.queue.extend(["invalid"])  # one bad answer: the repair retry fixes it
        repaired = await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)
        data = repaired.json()["data"]
        assert data["provider"] == provider
        assert data["fallback"] is False
        assert fake_llm.state.calls[provider] == 2

        fake_llm.state.queue.extend(["malformed", "invalid"])  # bad twice: builtin answers
        body["jobRequirements"] += "\nAlso: Docker"
        fallback = await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)
        data = fallback.json()["data"]
        assert fallback.status_code == 200
        assert data["provider"] == "builtin"
        assert data["fallback"] is True
        assert "InvalidOutput" in data["fallbackReason"]
        assert "Docker" in data["result"]["matchedSkills"]  # a real builtin analysis
        assert fake_llm.state.calls[provider] == 4
        # A fallback answer is not cached as the provider's answer.
        retry = await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)
        assert retry.json()["data"]["provider"] == provider


async def test_429_with_retry_after_is_retried(
    tmp_path: Path, redis_prefix: str, database_url: str, fake_llm: FakeLLM
) -> None:
    settings = provider_settings(tmp_path, redis_prefix, fake_llm, "openai")
    async with open_client(settings, database_url) as (client, _runtime):
        h = (await register_user(client))["headers"]
        fake_llm.state.retry_after = "0.05"
        fake_llm.state.queue.extend(["429", "429", "500"])
        response = await client.post(
            f"{API}/ai/cv-analysis",
            json={"cvText": CV_SENIOR, "jobRequirements": REQUIREMENTS},
            headers=h,
        )
        data = response.json()["data"]
        assert data["provider"] == "openai"
        assert data["fallback"] is False
        assert fake_llm.state.calls["openai"] == 4


async def test_usage_accounting(
    tmp_path: Path, redis_prefix: str, database_url: str, fake_llm: FakeLLM
) -> None:
    settings = provider_settings(tmp_path, redis_prefix, fake_llm, "openai")
    async with open_client(settings, database_url) as (client, _runtime):
        h = (await register_user(client))["headers"]
        body = {"cvText": CV_SENIOR, "jobRequirements": REQUIREMENTS}
        await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)
        await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)
        usage = (await client.get(f"{API}/ai/usage", headers=h)).json()["data"]
        [row] = usage
        assert row["operation"] == "cv_analysis"
        assert row["provider"] == "openai"
        assert row["calls"] == 2
        assert row["cachedCalls"] == 1
        assert row["promptTokens"] > 0
        assert row["completionTokens"] > 0
        assert row["costUsd"] > 0
        other = await register_user(client)
        assert (await client.get(f"{API}/ai/usage", headers=other["headers"])).json()["data"] == []


async def test_runtime_fixture_defaults_to_builtin(runtime: Runtime) -> None:
    from talentsonar.ai.gateway import gateway

    assert gateway(runtime).provider().name == "builtin"
