"""The builtin analyst's CPU work runs off the event loop: a cheap request is served while
an analysis is in progress (issue 13's load test found the API stalled behind it)."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest

from talentsonar.ai import analyst
from talentsonar.core.runtime import Runtime
from tests.ai.conftest import CV_SENIOR, create_job, org_id, seed_candidate, seed_match

API = "/api/v1"


async def test_a_cheap_request_is_served_while_an_analysis_runs(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    runtime: Runtime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    h = user["headers"]
    job = await create_job(client, h)
    cand = await seed_candidate(runtime, org_id(user), name="Jane Doe", cv_text=CV_SENIOR)
    await seed_match(runtime, org_id(user), job["id"], cand, 70.0)

    started = threading.Event()
    served = threading.Event()
    outcome: dict[str, bool] = {}
    real = analyst.fit_analysis

    def blocking_analysis(*args: Any, **kwargs: Any) -> Any:
        # Holds the analysis open until the cheap request has been answered. On the event
        # loop this would block that request, and the wait would end unserved.
        started.set()
        outcome["served_during_analysis"] = served.wait(timeout=20)
        return real(*args, **kwargs)

    monkeypatch.setattr(analyst, "fit_analysis", blocking_analysis)
    analysis = asyncio.create_task(
        client.post(f"{API}/jobs/{job['id']}/candidates/{cand}/analyze", headers=h)
    )
    assert await asyncio.to_thread(started.wait, 20)
    cheap = await client.get("/health/live")
    served.set()
    response = await analysis
    assert cheap.status_code == 200, cheap.text
    assert response.status_code == 200, response.text
    assert outcome["served_during_analysis"] is True
