"""GraphQL against REST for one screen: 50 candidates, each with their top 5 matches
(score, explanation, breakdown) and those matches' jobs.

    .venv/bin/python bench/graphql_vs_rest.py [--repeat 20] [--jobs 20] [--concurrency 8]

A fresh embedded PostgreSQL and the app on an in-process ASGI transport (bench/_harness.py);
55 candidates x ``--jobs`` jobs of stored matches written straight to the tables. The same
run times, ``--repeat`` times each:

- GraphQL: one POST /graphql;
- REST, the calls a client needs for the same data: GET /api/v1/candidates?limit=50, then
  per candidate GET /api/v1/candidates/{id}/matches?limit=5 (jobs' titles come with
  them), then per match GET /api/v1/jobs/{job}/candidates/{candidate}/match (the
  breakdown); each level's calls ``--concurrency`` at a time;
- REST without the breakdown (the first two levels only), for reference.

Prints each one's median and p95 latency, its SQL statement count (SQLAlchemy's
before_cursor_execute plus the driver's query log, as tests/graphql_api counts them) and the
ratio GraphQL / REST. Targets: GraphQL <= 0.5 x REST, <= 6 statements.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# This file's folder comes first on sys.path when run as a script, where this module
# would shadow graphql-core's `graphql`: the repository root and src/ instead.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent / "src"))
sys.path.insert(0, str(_HERE.parent))

import httpx  # noqa: E402
from bench._harness import Bench, fresh_service, percentile  # noqa: E402
from sqlalchemy import event  # noqa: E402

from talentsonar.core.runtime import Runtime  # noqa: E402
from talentsonar.models.candidate import Candidate  # noqa: E402
from talentsonar.models.job import Job  # noqa: E402
from talentsonar.models.match import Match  # noqa: E402

QUERY = """
query Screen {
  candidates(first: 50) {
    edges { node {
      id name headline
      topMatches(first: 5) {
        matchScore explanation
        breakdown { feature value weight contribution }
        job { id title department location status }
      }
    } }
  }
}"""


async def seed(runtime: Runtime, org_id: uuid.UUID, candidates: int, jobs: int) -> None:
    async with runtime.db.session() as session:
        job_ids = [uuid.uuid4() for _ in range(jobs)]
        for j, jid in enumerate(job_ids):
            session.add(
                Job(
                    id=jid,
                    org_id=org_id,
                    title=f"Backend Engineer {j}",
                    department="Technology",
                    location="Remote",
                    description="Python services",
                    required_skills=["Python"],
                )
            )
        candidate_ids = [uuid.uuid4() for _ in range(candidates)]
        for i, cid in enumerate(candidate_ids):
            session.add(
                Candidate(
                    id=cid,
                    org_id=org_id,
                    name=f"Candidate {i}",
                    headline="Python developer",
                    skills=["Python"],
                    profile={},
                    flags=[],
                    metadata_={},
                )
            )
        await session.flush()
        for i, cid in enumerate(candidate_ids):
            for j, jid in enumerate(job_ids):
                score = float(95 - (i * 7 + j * 13) % 70)
                session.add(
                    Match(
                        org_id=org_id,
                        job_id=jid,
                        candidate_id=cid,
                        match_score=score,
                        match_rationale=f"Strong Python match ({score:.0f})",
                        scorer_version="bench",
                        features={},
                        weights={},
                        details={
                            "breakdown": [
                                {
                                    "feature": f,
                                    "value": 0.5,
                                    "applicable": True,
                                    "weight": 0.2,
                                    "contribution": 0.1,
                                }
                                for f in ("skills", "experience", "title", "semantic", "location")
                            ],
                            "matchedSkills": ["python"],
                            "missingSkills": [],
                        },
                    )
                )


@contextmanager
def counted(runtime: Runtime) -> Iterator[list[str]]:
    seen: list[str] = []
    engine = runtime.db.engine.sync_engine

    def on_execute(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    def on_query(record: Any) -> None:
        seen.append(record.query)

    def on_checkout(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        dbapi_connection.driver_connection.add_query_logger(on_query)

    def on_checkin(dbapi_connection: Any, record: Any) -> None:
        if dbapi_connection is not None:
            dbapi_connection.driver_connection.remove_query_logger(on_query)

    event.listen(engine, "before_cursor_execute", on_execute)
    event.listen(engine.pool, "checkout", on_checkout)
    event.listen(engine.pool, "checkin", on_checkin)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
        event.remove(engine.pool, "checkout", on_checkout)
        event.remove(engine.pool, "checkin", on_checkin)


async def graphql_screen(b: Bench) -> int:
    r = await b.client.post("/graphql", json={"query": QUERY}, headers=b.headers)
    r.raise_for_status()
    body = r.json()
    assert "errors" not in body, body["errors"]
    nodes = body["data"]["candidates"]["edges"]
    assert len(nodes) == 50
    assert all(len(n["node"]["topMatches"]) == 5 for n in nodes)
    return 1


async def _all(
    calls: list[Callable[[], Awaitable[httpx.Response]]], concurrency: int
) -> list[httpx.Response]:
    gate = asyncio.Semaphore(concurrency)

    async def one(call: Callable[[], Awaitable[httpx.Response]]) -> httpx.Response:
        async with gate:
            r = await call()
            r.raise_for_status()
            return r

    return await asyncio.gather(*(one(c) for c in calls))


async def rest_screen(b: Bench, concurrency: int, breakdown: bool) -> int:
    c, h = b.client, b.headers
    page = await c.get("/api/v1/candidates", params={"limit": 50}, headers=h)
    page.raise_for_status()
    people = page.json()["data"]
    assert len(people) == 50
    lists = await _all(
        [
            (
                lambda cid=p["id"]: c.get(
                    f"/api/v1/candidates/{cid}/matches", params={"limit": 5}, headers=h
                )
            )
            for p in people
        ],
        concurrency,
    )
    calls = 1 + len(lists)
    if breakdown:
        pairs = [
            (m["job"]["id"], p["id"])
            for p, r in zip(people, lists, strict=True)
            for m in r.json()["data"]
        ]
        assert len(pairs) == 250
        await _all(
            [
                (lambda j=j, cid=cid: c.get(f"/api/v1/jobs/{j}/candidates/{cid}/match", headers=h))
                for j, cid in pairs
            ],
            concurrency,
        )
        calls += len(pairs)
    return calls


async def measure(
    b: Bench, name: str, fn: Callable[[], Awaitable[int]], repeat: int
) -> tuple[float, int]:
    await fn()  # warm up
    with counted(b.runtime) as statements:
        calls = await fn()
    sql = [s for s in statements if s.strip().upper() not in ("BEGIN", "COMMIT", "ROLLBACK")]
    times: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        await fn()
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    print(
        f"  {name:44s} median {median:8.1f} ms  p95 {percentile(times, 95):8.1f} ms  "
        f"{calls:4d} HTTP calls  {len(sql):4d} SQL statements"
    )
    return median, len(sql)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    async with fresh_service() as b:
        await seed(b.runtime, uuid.UUID(b.org_id), 55, args.jobs)
        print(
            f"50 candidates x top 5 matches (of {args.jobs} jobs) with jobs and breakdown; "
            f"{args.repeat} runs each, REST calls {args.concurrency} at a time"
        )
        gql, gql_sql = await measure(
            b, "GraphQL: one POST /graphql", lambda: graphql_screen(b), args.repeat
        )
        rest, _ = await measure(
            b,
            "REST: list + matches + match details",
            lambda: rest_screen(b, args.concurrency, True),
            args.repeat,
        )
        lean, _ = await measure(
            b,
            "REST without breakdown: list + matches",
            lambda: rest_screen(b, args.concurrency, False),
            args.repeat,
        )
        print(
            f"  GraphQL/REST time: {gql / rest:.3f} (target <= 0.5)   "
            f"GraphQL/REST-without-breakdown: {gql / lean:.3f}   "
            f"GraphQL statements: {gql_sql} (target <= 6)"
        )


if __name__ == "__main__":
    asyncio.run(main())
