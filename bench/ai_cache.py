"""AI cache benchmark: a fake OpenAI-compatible provider with 1 s latency.

1. p50 latency of a CV analysis that misses the cache (provider called) vs one that hits.
   Target: hit at least 99 % faster.
2. 100 concurrent identical requests -> number of provider calls. Target: 1.
3. Provider down: once the breaker is open, p50 latency of answers from the builtin
   fallback (distinct CVs, so no cache hits). Target: < 100 ms.

Usage: .venv/bin/python bench/ai_cache.py [--misses 5] [--hits 50] [--database-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from _ai_harness import app_client, bench_settings
from tests.fakes.llm import FakeLLM

CV = """Senior Software Engineer
2015 - present: React, TypeScript and Node.js on AWS; PostgreSQL; Docker and Kubernetes.
"""
REQUIREMENTS = (
    "Senior Full-Stack Engineer\nRequired: React, TypeScript, Node.js, PostgreSQL, 5+ years"
)


async def main(misses: int, hits: int, database_url: str | None) -> None:
    with FakeLLM() as fake:
        fake.state.latency = 1.0
        settings = bench_settings(
            Path(tempfile.mkdtemp()),
            ai_provider="openai",
            openai_base_url=fake.openai_url,
            ai_timeout_seconds=10.0,
            ai_max_retries=1,
            breaker_failure_threshold=3,
        )
        async with app_client(settings, database_url) as (client, _runtime, headers):
            url = "/api/v1/ai/cv-analysis"
            miss_times: list[float] = []
            for i in range(misses):
                body = {"cvText": CV + f"\nReference {i}", "jobRequirements": REQUIREMENTS}
                start = time.perf_counter()
                r = await client.post(url, json=body, headers=headers)
                miss_times.append(time.perf_counter() - start)
                assert r.json()["data"]["cached"] is False, r.text
            hit_times: list[float] = []
            body = {"cvText": CV + "\nReference 0", "jobRequirements": REQUIREMENTS}
            for _ in range(hits):
                start = time.perf_counter()
                r = await client.post(url, json=body, headers=headers)
                hit_times.append(time.perf_counter() - start)
                assert r.json()["data"]["cached"] is True, r.text
            base_times: list[float] = []
            for _ in range(hits):
                start = time.perf_counter()
                await client.get("/api/v1/tasks", headers=headers)
                base_times.append(time.perf_counter() - start)
            p50_miss = statistics.median(miss_times)
            p50_hit = statistics.median(hit_times)
            faster = 100 * (1 - p50_hit / p50_miss)
            print(
                f"cv-analysis miss p50: {p50_miss * 1000:.1f} ms  "
                f"(n={misses}, provider latency 1000 ms)"
            )
            print(f"cv-analysis hit  p50: {p50_hit * 1000:.1f} ms  (n={hits})")
            print(
                f"baseline p50 of a trivial authenticated GET /api/v1/tasks: "
                f"{statistics.median(base_times) * 1000:.1f} ms (same run)"
            )
            print(
                f"hit is {faster:.2f} % faster than miss (target >= 99 %): "
                f"{'PASS' if faster >= 99 else 'FAIL'}"
            )

            before = fake.state.calls["openai"]
            body = {"cvText": CV + "\nConcurrent", "jobRequirements": REQUIREMENTS}
            start = time.perf_counter()
            responses = await asyncio.gather(
                *(client.post(url, json=body, headers=headers) for _ in range(100))
            )
            wall = time.perf_counter() - start
            ok = sum(r.status_code == 200 for r in responses)
            calls = fake.state.calls["openai"] - before
            print(
                f"100 concurrent identical requests: {ok} OK in {wall:.2f} s, "
                f"provider calls = {calls} "
                f"(target 1): {'PASS' if calls == 1 else 'FAIL'}"
            )
            fake.state.down = True
            fallback_times: list[float] = []
            reasons: set[str] = set()
            for i in range(30):
                body = {"cvText": CV + f"\nDown {i}", "jobRequirements": REQUIREMENTS}
                start = time.perf_counter()
                r = await client.post(url, json=body, headers=headers)
                elapsed = time.perf_counter() - start
                data = r.json()["data"]
                if data["fallbackReason"] == "openai: circuit_open":
                    fallback_times.append(elapsed)
                reasons.add(str(data["fallbackReason"]))
            p50_fallback = statistics.median(fallback_times)
            print(
                f"provider down, breaker open: builtin fallback p50 {p50_fallback * 1000:.1f} ms "
                f"(n={len(fallback_times)}) (target < 100 ms): "
                f"{'PASS' if p50_fallback < 0.1 else 'FAIL'}"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", type=int, default=5)
    parser.add_argument("--hits", type=int, default=50)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    asyncio.run(main(args.misses, args.hits, args.database_url))
