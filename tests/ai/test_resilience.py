"""Retries, timeouts, the circuit breaker and the builtin fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from talentsonar.core.http import BreakerState
from tests.ai.conftest import CV_JUNIOR, CV_SENIOR, REQUIREMENTS, provider_settings
from tests.conftest import open_client, register_user
from tests.fakes.llm import FakeLLM

API = "/api/v1"


async def test_flaky_provider_all_operations_succeed_through_retries(
    tmp_path: Path, redis_prefix: str, database_url: str, fake_llm: FakeLLM
) -> None:
    """30 % of calls fail (500 or a hang past the client timeout); retries absorb it."""
    settings = provider_settings(
        tmp_path,
        redis_prefix,
        fake_llm,
        "openai",
        ai_timeout_seconds=1.5,  # a busy machine must not turn good answers into timeouts
        ai_max_retries=6,
        breaker_failure_threshold=50,
    )
    fake_llm.state.error_rate = 0.3
    fake_llm.state.random_faults = ("500", "hang", "429")
    fake_llm.state.hang_seconds = 4.0  # well past the client timeout
    async with open_client(settings, database_url) as (client, _runtime):
        h = (await register_user(client))["headers"]
        answers = []
        for i in range(12):
            body = {
                "cvText": (CV_SENIOR if i % 2 else CV_JUNIOR) + f"\nRef {i}",
                "jobRequirements": REQUIREMENTS,
            }
            response = await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)
            assert response.status_code == 200, response.text
            answers.append(response.json()["data"])
        questions = await client.post(
            f"{API}/interviews/questions",
            json={"jobTitle": "SRE", "skills": ["Linux", "Go"], "count": 4},
            headers=h,
        )
        answers.append(questions.json()["data"])
        reqs = await client.post(
            f"{API}/ai/job-requirements", json={"title": "SRE", "skills": ["Linux"]}, headers=h
        )
        answers.append(reqs.json()["data"])
    assert all(a["provider"] == "openai" and not a["fallback"] for a in answers)
    # Faults really happened: more calls than answers.
    assert fake_llm.state.calls["openai"] > len(answers)


@pytest.mark.parametrize("provider", ["openai", "gemini"])
async def test_breaker_opens_falls_back_and_closes_after_recovery(
    provider: str, tmp_path: Path, redis_prefix: str, database_url: str, fake_llm: FakeLLM
) -> None:
    settings = provider_settings(
        tmp_path,
        redis_prefix,
        fake_llm,
        provider,
        ai_max_retries=1,
        breaker_failure_threshold=3,
        breaker_reset_seconds=60,  # stays open however slowly the next calls run
    )
    async with open_client(settings, database_url) as (client, runtime):
        h = (await register_user(client))["headers"]
        fake_llm.state.down = True
        reasons = []
        for i in range(4):
            body = {"cvText": CV_SENIOR + f"\nRef {i}", "jobRequirements": REQUIREMENTS}
            data = (await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)).json()["data"]
            assert data["provider"] == "builtin"
            assert data["fallback"] is True
            assert data["result"]["matchScore"] > 0
            reasons.append(data["fallbackReason"])
        assert runtime.breaker(provider).state == BreakerState.open, reasons
        assert reasons[-1] == f"{provider}: circuit_open"
        calls_when_open = fake_llm.state.calls[provider]
        data = (
            await client.post(
                f"{API}/ai/cv-analysis",
                json={"cvText": CV_JUNIOR, "jobRequirements": REQUIREMENTS},
                headers=h,
            )
        ).json()["data"]
        assert data["fallbackReason"] == f"{provider}: circuit_open"
        assert fake_llm.state.calls[provider] == calls_when_open  # open: the provider is not called

        fake_llm.state.down = False
        breaker = runtime.breaker(provider)
        breaker.opened_at -= breaker.reset_seconds  # the reset window has passed: one trial call
        data = (
            await client.post(
                f"{API}/ai/cv-analysis",
                json={"cvText": CV_JUNIOR + "\nnew", "jobRequirements": REQUIREMENTS},
                headers=h,
            )
        ).json()["data"]
        assert data["provider"] == provider
        assert data["fallback"] is False
        assert runtime.breaker(provider).state == BreakerState.closed


async def test_requests_per_minute_budget_falls_back(
    tmp_path: Path, redis_prefix: str, database_url: str, fake_llm: FakeLLM
) -> None:
    settings = provider_settings(
        tmp_path, redis_prefix, fake_llm, "openai", ai_requests_per_minute=2
    )
    async with open_client(settings, database_url) as (client, _runtime):
        h = (await register_user(client))["headers"]
        providers = []
        for i in range(3):
            body = {"cvText": CV_SENIOR + f"\n{i}", "jobRequirements": REQUIREMENTS}
            data = (await client.post(f"{API}/ai/cv-analysis", json=body, headers=h)).json()["data"]
            providers.append((data["provider"], data["fallbackReason"]))
    assert providers == [
        ("openai", None),
        ("openai", None),
        ("builtin", "openai: rate_budget_exhausted"),
    ]
    assert fake_llm.state.calls["openai"] == 2
