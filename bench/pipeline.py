"""Pipeline board benchmark: a job with N applications (default 1,000) spread over the
stages, every candidate scored. Prints the server time (in-process ASGI, no socket) of
the board, the job's figures, a board column's next page and a move, with a baseline
measured in the same run (``GET /api/v1/jobs/{id}``, one small read).

    .venv/bin/python bench/pipeline.py [--candidates 1000] [--requests 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._harness import fresh_service, percentile
from sqlalchemy import insert

from talentsonar.models.application import Application
from talentsonar.models.application_event import ApplicationEvent
from talentsonar.models.candidate import Candidate
from talentsonar.models.match import Match

FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia"]
LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson"]
#: Share of the applications in each stage (by position), roughly a real funnel.
FUNNEL = [0.40, 0.20, 0.10, 0.08, 0.04, 0.02, 0.14, 0.02]


async def timed(client, path: str, headers: dict[str, str], n: int, **kw) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(n):
        t = time.perf_counter()
        r = await client.get(path, headers=headers, **kw)
        out.append(time.perf_counter() - t)
        r.raise_for_status()
    return out


def line(name: str, timings: list[float]) -> str:
    return (
        f"{name:<44} p50 {percentile(timings, 50) * 1000:6.1f} ms"
        f"  p95 {percentile(timings, 95) * 1000:6.1f} ms  ({len(timings)} requests)"
    )


async def main(candidates: int, requests: int) -> None:
    rng = random.Random(16)
    async with fresh_service() as bench:
        client, h = bench.client, bench.headers
        org = uuid.UUID(bench.org_id)
        job = (
            await client.post(
                "/api/v1/jobs",
                headers=h,
                json={"title": "Bench Engineer", "requiredSkills": ["Python"]},
            )
        ).json()["data"]["id"]
        stages = (await client.get("/api/v1/pipeline/stages", headers=h)).json()["data"]
        weights = FUNNEL[: len(stages)]
        t0 = time.perf_counter()
        async with bench.runtime.db.session() as session:
            people, matches, apps, events = [], [], [], []
            for i in range(candidates):
                cid, aid = uuid.uuid4(), uuid.uuid4()
                stage = rng.choices(stages, weights=weights)[0]
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
                people.append(
                    {
                        "id": cid,
                        "org_id": org,
                        "name": name,
                        "skills": [],
                        "flags": [],
                        "profile": {},
                        "metadata_": {},
                        "profile_status": "parsed",
                    }
                )
                matches.append(
                    {
                        "org_id": org,
                        "job_id": uuid.UUID(job),
                        "candidate_id": cid,
                        "match_score": round(rng.uniform(20, 95), 1),
                        "match_rationale": "bench",
                        "scorer_version": "bench",
                        "analysis_type": "basic",
                    }
                )
                apps.append(
                    {
                        "id": aid,
                        "org_id": org,
                        "job_id": uuid.UUID(job),
                        "candidate_id": cid,
                        "stage_id": uuid.UUID(stage["id"]),
                        "source": "api",
                    }
                )
                events.append(
                    {
                        "org_id": org,
                        "application_id": aid,
                        "to_stage_id": uuid.UUID(stage["id"]),
                        "to_stage_name": stage["name"],
                    }
                )
            await session.execute(insert(Candidate), people)
            await session.execute(insert(Match), matches)
            await session.execute(insert(Application), apps)
            await session.execute(insert(ApplicationEvent), events)
        print(
            f"loaded {candidates} candidates with applications in {time.perf_counter() - t0:.1f} s;"
            f" load average {os.getloadavg()[0]:.1f}"
        )

        board = f"/api/v1/jobs/{job}/pipeline"
        await timed(client, board, h, 10)  # warm-up
        await timed(client, f"/api/v1/jobs/{job}", h, 10)
        baseline = await timed(client, f"/api/v1/jobs/{job}", h, requests)
        boards = await timed(client, board, h, requests)
        small = await timed(client, board, h, requests, params={"limit": 10})
        figures = await timed(client, f"{board}/figures", h, max(20, requests // 4))
        column = await timed(
            client,
            "/api/v1/applications",
            h,
            requests // 2,
            params={"jobId": job, "stageId": stages[0]["id"], "page": 2, "limit": 50},
        )
        moves = []
        for app in rng.sample(apps, min(50, len(apps))):
            t = time.perf_counter()
            r = await client.post(
                f"/api/v1/applications/{app['id']}/move",
                headers=h,
                json={"stageId": stages[3]["id"]},
            )
            moves.append(time.perf_counter() - t)
            r.raise_for_status()
        data = (await client.get(board, headers=h)).json()["data"]
        print(
            f"board: {len(data['stages'])} columns, {data['total']} applications, "
            f"{sum(len(c['applications']) for c in data['stages'])} cards shown"
        )
        print(line("baseline GET /jobs/{id}", baseline))
        print(line("GET /jobs/{id}/pipeline (50 per column)", boards))
        print(line("GET /jobs/{id}/pipeline?limit=10", small))
        print(line("GET /jobs/{id}/pipeline/figures", figures))
        print(line("GET /applications?jobId&stageId (page 2)", column))
        print(line("POST /applications/{id}/move", moves))
        print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(main(args.candidates, args.requests))
