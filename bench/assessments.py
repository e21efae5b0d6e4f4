"""Assessments under load: N candidates answering at once (issue 17: p95 of saving an
answer <= 100 ms with 200 candidates), with a baseline measured in the same run.

    .venv/bin/python bench/assessments.py [--candidates 200] [--answers 6] [--rounds 3]

A fresh embedded PostgreSQL and the app on an in-process ASGI transport (the public HTTP
API without a socket; rate limits off). Set-up: one assessment (Python, SQL; no code
exercise), N candidates invited and started. Then N candidates at once, each saving its
answers one after another (``PUT /assessments/take/{token}/answers/{id}``: the token
looked up by its hash, the attempt's state checked and the answer upserted under a share
lock, in one transaction), twice: with no time between answers (every request queued at
once: a stress figure, where the latency is mostly the wait in one event loop), and with
the time a person takes per question (``--think``, default 5 s: N/5 saves a second). The
baseline is the same N clients sending as many trivial authenticated reads
(``GET /api/v1/auth/me``) in the same pattern, in the same process and run.

Code grading throughput (100 submissions graded in the sandbox) and the sandbox-escape
cases are measured by ``bench/sandbox.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
from sqlalchemy import select

from talentsonar.assessments.bank import bank
from talentsonar.assessments.service import link_token
from talentsonar.models.assessment_invitation import AssessmentInvitation

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import Bench, fresh_service, percentile


def right_body(question: dict[str, object]) -> dict[str, object]:
    q = bank()[str(question["id"])]
    if q.kind in ("single", "multiple"):
        texts = {q.options[i] for i in q.correct}
        options = question["options"]
        assert isinstance(options, list)
        return {"choices": [o["id"] for o in options if o["text"] in texts]}
    return {"text": "; ".join(q.points)}


async def setup(bench: Bench, n: int) -> list[tuple[str, list[dict[str, object]]]]:
    c, h = bench.client, bench.headers
    made = await c.post("/api/v1/assessments", headers=h, json={
        "skills": ["Python", "SQL"], "seniority": "mid", "includeCode": False,
        "questionsPerSkill": 3, "timeLimitMinutes": 60})
    made.raise_for_status()
    assessment = made.json()["data"]["id"]
    for i in range(n):
        cand = await c.post("/api/v1/candidates", headers=h, json={
            "name": f"Candidate {i}", "email": f"c{i}@example.com", "skills": ["Python"]})
        cand.raise_for_status()
        invited = await c.post(f"/api/v1/assessments/{assessment}/invitations", headers=h,
                               json={"candidateId": cand.json()["data"]["id"]})
        invited.raise_for_status()
    async with bench.runtime.db.session() as s:
        rows = (await s.execute(select(AssessmentInvitation.id,
                                       AssessmentInvitation.token_nonce))).all()
    papers = []
    for invitation_id, nonce in rows:
        link = f"/api/v1/assessments/take/{link_token(bench.runtime, invitation_id, nonce)}"
        started = await c.post(f"{link}/start")
        started.raise_for_status()
        papers.append((link, started.json()["data"]["questions"]))
    return papers


async def timed(call: Callable[[], Awaitable[httpx.Response]], out: list[float]) -> None:
    started = time.perf_counter()
    response = await call()
    out.append((time.perf_counter() - started) * 1000)
    if response.status_code != 200:
        raise SystemExit(f"{response.status_code}: {response.text[:300]}")


async def pause(think: float, rng: random.Random) -> None:
    if think > 0:
        await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))


async def baseline(bench: Bench, n: int, per_client: int, think: float) -> list[float]:
    latencies: list[float] = []
    rng = random.Random(1)

    async def client() -> None:
        await pause(think / 2, rng)
        for _ in range(per_client):
            await timed(lambda: bench.client.get("/api/v1/auth/me", headers=bench.headers),
                        latencies)
            await pause(think, rng)

    await asyncio.gather(*(client() for _ in range(n)))
    return latencies


async def answering(bench: Bench, papers: list[tuple[str, list[dict[str, object]]]],
                    per_client: int, think: float) -> list[float]:
    latencies: list[float] = []
    rng = random.Random(2)

    async def candidate(link: str, questions: list[dict[str, object]]) -> None:
        await pause(think / 2, rng)
        for question in questions[:per_client]:
            body = right_body(question)
            await timed(lambda q=question, b=body: bench.client.put(
                f"{link}/answers/{q['id']}", json=b), latencies)
            await pause(think, rng)

    await asyncio.gather(*(candidate(link, qs) for link, qs in papers))
    return latencies


def line(name: str, values: list[float], wall: float) -> str:
    return (f"{name}: {len(values)} requests in {wall:.2f} s ({len(values) / wall:.0f}/s); "
            f"p50 {percentile(values, 50):.1f} ms, p95 {percentile(values, 95):.1f} ms, "
            f"p99 {percentile(values, 99):.1f} ms")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--answers", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--think", type=float, default=5.0,
                        help="seconds a candidate spends on a question (0: all at once)")
    args = parser.parse_args()
    async with fresh_service(database_pool_size=20) as bench:
        t0 = time.perf_counter()
        papers = await setup(bench, args.candidates)
        print(f"set-up: {args.candidates} candidates invited and started in "
              f"{time.perf_counter() - t0:.1f} s; load average {os.getloadavg()[0]:.1f}, "
              f"{os.cpu_count()} CPUs")
        modes = [("at once, no thinking time", 0.0)]
        if args.think > 0:
            modes.append((f"each answering every {args.think:g} s on average "
                          f"(~{args.candidates / args.think:.0f} saves/s)", args.think))
        for round_ in range(1, args.rounds + 1):
            for name, think in modes:
                t = time.perf_counter()
                base = await baseline(bench, args.candidates, args.answers, think)
                base_wall = time.perf_counter() - t
                t = time.perf_counter()
                saves = await answering(bench, papers, args.answers, think)
                save_wall = time.perf_counter() - t
                print(f"round {round_}, {args.candidates} candidates {name} "
                      f"(load average {os.getloadavg()[0]:.1f}):")
                print("  " + line("baseline GET /auth/me", base, base_wall))
                print("  " + line("saving an answer     ", saves, save_wall))


if __name__ == "__main__":
    asyncio.run(main())
