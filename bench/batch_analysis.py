"""Batch AI fit analysis benchmark: the top 10 candidates of a job.

1. With a fake OpenAI-compatible provider answering in 2 s per call (target: <= 8 s wall;
   the seed's target is 60 s). Concurrency per provider: AI_MAX_CONCURRENCY (default 4).
2. With the builtin provider (target: <= 1 s).

Wall time = from POST /jobs/{id}/analyze-top to the background task having finished
(worker run in process), so it includes queueing, the analyses and storing them.

Usage: .venv/bin/python bench/batch_analysis.py [--top 10] [--latency 2.0] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from _ai_harness import app_client, bench_settings
from tests.fakes.llm import FakeLLM

from talentsonar.core.config import Settings
from talentsonar.models.candidate import Candidate
from talentsonar.models.cv_document import CvDocument
from talentsonar.models.match import Match
from talentsonar.worker import run_worker

SKILLS = ["React", "TypeScript", "Node.js", "PostgreSQL", "Docker", "AWS", "Python", "GraphQL"]


def cv_text(i: int) -> str:
    skills = ", ".join(SKILLS[: 3 + i % 6])
    return f"Engineer {i}\n{2024 - 2 - i % 9} - present: built products with {skills}.\n"


async def run(
    settings: Settings, top: int, database_url: str | None
) -> tuple[float, dict[str, Any]]:
    async with app_client(settings, database_url) as (client, runtime, headers):
        org = uuid.UUID(headers.pop("x-org"))
        r = await client.post(
            "/api/v1/jobs",
            headers=headers,
            json={
                "title": "Senior Full-Stack Engineer",
                "description": "Build the product.",
                "requiredSkills": SKILLS[:5],
                "niceToHaveSkills": SKILLS[5:],
                "minYearsExperience": 5,
            },
        )
        r.raise_for_status()
        job_id = uuid.UUID(r.json()["data"]["id"])
        async with runtime.db.session() as session:
            for i in range(top + 5):
                cid = uuid.uuid4()
                text = cv_text(i)
                session.add(
                    Candidate(id=cid, org_id=org, name=f"Candidate {i}", profile_status="parsed")
                )
                await session.flush()
                session.add(
                    CvDocument(
                        org_id=org,
                        candidate_id=cid,
                        version=1,
                        is_current=True,
                        storage_key=f"bench/{cid}",
                        filename="cv.txt",
                        content_type="text/plain",
                        kind="txt",
                        size=len(text),
                        sha256=cid.hex * 2,
                        text_sha256=cid.hex * 2,
                        extracted_text=text,
                    )
                )
                session.add(
                    Match(
                        org_id=org,
                        job_id=job_id,
                        candidate_id=cid,
                        match_score=90 - i,
                        match_rationale="basic",
                        scorer_version="bench",
                        analysis_type="basic",
                    )
                )
        await run_worker(runtime, wait=False, install_signal_handlers=False)  # drain cache warming
        start = time.perf_counter()
        r = await client.post(
            f"/api/v1/jobs/{job_id}/analyze-top",
            headers=headers,
            json={"limit": top, "minScore": 0},
        )
        r.raise_for_status()
        await run_worker(runtime, wait=False, install_signal_handlers=False)
        wall = time.perf_counter() - start
        status = (
            await client.get(f"/api/v1/jobs/{job_id}/analysis-status", headers=headers)
        ).json()["data"]
        return wall, status


async def main(top: int, latency: float, database_url: str | None) -> None:
    with FakeLLM() as fake:
        fake.state.latency = latency
        settings = bench_settings(
            Path(tempfile.mkdtemp()),
            ai_provider="openai",
            openai_base_url=fake.openai_url,
            ai_timeout_seconds=30.0,
        )
        wall, status = await run(settings, top, database_url)
        calls = fake.state.calls["openai"]
        print(
            f"top {top} with fake provider at {latency:.1f} s/call, concurrency "
            f"{settings.ai_max_concurrency}: wall {wall:.2f} s (target <= 8 s): "
            f"{'PASS' if wall <= 8 else 'FAIL'}; completed {status['completed']}, "
            f"failed {status['failed']}; provider calls {calls} (incl. 2 warming calls)"
        )
    settings = bench_settings(Path(tempfile.mkdtemp()), ai_provider="builtin")
    wall, status = await run(settings, top, database_url)
    print(
        f"top {top} with builtin: wall {wall:.2f} s (target <= 1 s): "
        f"{'PASS' if wall <= 1 else 'FAIL'}; completed {status['completed']}, "
        f"failed {status['failed']}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--latency", type=float, default=2.0)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    asyncio.run(main(args.top, args.latency, args.database_url))
