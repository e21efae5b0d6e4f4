"""An external provider's answers are held to the same facts as the builtin's: the basic score
and hidden-gem definition of a scored pair, and the interview assessment's numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from talentsonar.core.runtime import Runtime
from tests.ai.conftest import (
    CV_SENIOR,
    create_job,
    org_id,
    provider_settings,
    seed_candidate,
    seed_match,
)
from tests.conftest import open_client, register_user
from tests.fakes.llm import FakeLLM

API = "/api/v1"


def _result(data: dict[str, Any]) -> dict[str, Any]:
    inner = data.get("result")
    return inner if isinstance(inner, dict) else data


async def _seed(client: Any, runtime: Runtime, user: dict[str, Any]) -> tuple[str, str]:
    job = await create_job(client, user["headers"])
    cand = await seed_candidate(runtime, org_id(user), name="Jane Doe", cv_text=CV_SENIOR)
    await seed_match(runtime, org_id(user), job["id"], cand, 70.0)
    return job["id"], str(cand)


async def test_an_llm_answer_keeps_the_facts(
    tmp_path: Path, redis_prefix: str, database_url: str, fake_llm: FakeLLM
) -> None:
    settings = provider_settings(tmp_path, redis_prefix, fake_llm, "openai")
    async with open_client(settings, database_url) as (client, runtime):
        user = await register_user(client)
        h = user["headers"]
        job_id, cand = await _seed(client, runtime, user)

        fit = await client.post(f"{API}/jobs/{job_id}/candidates/{cand}/analyze", headers=h)
        assert fit.status_code == 200, fit.text
        assert fit.json()["data"]["provider"] == "openai"
        result = _result(fit.json()["data"])
        assert result["basicScore"] == 70.0
        assert result["isHiddenGem"] is False
        # the fake answers 50: a difference from the basic score, with the provider's reasons
        assert result["matchScore"] == 50
        assert result["scoreDifferences"]

        created = await client.post(
            f"{API}/interviews", json={"candidateId": cand, "jobId": job_id}, headers=h
        )
        assert created.status_code == 201, created.text
        iid = created.json()["data"]["id"]
        results = {
            "answers": [
                {"question": "Q1", "skill": "React", "answer": "Hooks.", "rating": 4},
                {"question": "Q2", "skill": "GraphQL", "answer": "", "rating": None},
            ],
            "ratings": {"Communication": 5},
        }
        recorded = await client.put(f"{API}/interviews/{iid}/results", json=results, headers=h)
        assert recorded.status_code == 200, recorded.text
        analysis = await client.get(f"{API}/interviews/{iid}/analysis", headers=h)
        assert analysis.status_code == 200, analysis.text
        assert analysis.json()["data"]["provider"] == "openai"
        found = _result(analysis.json()["data"])
        assert found["overallScore"] == 90  # (80 + 100) / 2, whatever the fake said
        assert found["recommendation"] == "strong_hire"
        assert found["notAssessed"] == ["Q2"]
        matrix = {row["requirement"]: row["coveredBy"] for row in found["coverageMatrix"]}
        assert matrix["React"] in ("interview", "both")
