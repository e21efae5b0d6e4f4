"""In-process CPU per request of the throughput benchmark's request (GET
/api/v1/tasks?limit=20 over 20 rows, signed in with a bearer token): the app is called as
an ASGI callable, with no server and no socket, so the figure is the service's own Python
work (routing, middleware, dependencies, auth, SQL driver, validation, JSON), not
uvicorn's or PostgreSQL's.

    .venv/bin/python bench/api_cpu.py [--requests 3000] [--concurrency 8] [--profile out]

Prints the process CPU time per request (the median of five rounds). ``--profile`` writes
a cProfile of one more round to ``out`` (read it with ``python -m pstats out``).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import fresh_service
from api_throughput import seed


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--profile")
    args = parser.parse_args()
    async with fresh_service(database_pool_size=10) as bench:
        seed(bench.database_url, bench.org_id, 20)
        app = bench.client._transport.app  # type: ignore[attr-defined]
        token = bench.headers["Authorization"].encode()
        scope: dict[str, Any] = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
            "method": "GET", "scheme": "http", "path": "/api/v1/tasks",
            "raw_path": b"/api/v1/tasks", "root_path": "", "query_string": b"limit=20",
            "headers": [(b"host", b"bench"), (b"authorization", token),
                        (b"accept", b"*/*")],
            "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000),
            "state": {},
        }

        async def one() -> None:
            sent: list[dict[str, Any]] = []

            async def receive() -> dict[str, Any]:
                return {"type": "http.request", "body": b"", "more_body": False}

            async def send(message: dict[str, Any]) -> None:
                sent.append(message)

            await app({**scope, "state": {}}, receive, send)
            if sent[0]["status"] != 200:
                raise SystemExit(f"answer {sent[0]['status']}: {sent[1]['body'][:300]!r}")

        async def round_(n: int) -> float:
            queue = iter(range(n))

            async def worker() -> None:
                for _ in queue:
                    await one()

            began = time.process_time()
            await asyncio.gather(*(worker() for _ in range(args.concurrency)))
            return (time.process_time() - began) / n * 1e6

        await round_(300)  # warm up
        rounds = [await round_(args.requests) for _ in range(5)]
        print(f"GET /api/v1/tasks?limit=20: {statistics.median(rounds):.0f} µs CPU per request "
              f"(rounds: {', '.join(f'{r:.0f}' for r in rounds)}; {args.requests} requests, "
              f"{args.concurrency} at a time)")
        if args.profile:
            profiler = cProfile.Profile(time.process_time)  # CPU, not wall time
            profiler.enable()
            await round_(args.requests)
            profiler.disable()
            profiler.dump_stats(args.profile)


if __name__ == "__main__":
    asyncio.run(main())
