"""Ingestion benchmark: real resume PDFs through ``POST /api/v1/candidates/upload`` into a
fresh embedded database, with the built-in providers.

    .venv/bin/python bench/ingest.py [DATA_DIR] [--n 200] [--concurrency 4] [--single 20]

Prints: sustained CVs/s, per-CV p50/p95 latency from upload to searchable profile, the
p50/p95 of a single upload on an idle service, and peak RSS. A single-file upload is
parsed, embedded and committed before the answer, so "answered" = "searchable". Refused
files are counted by error code (their names and contents are not printed).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import Bench, fresh_service, peak_rss_mb, percentile

REFUSALS: Counter[str] = Counter()


async def upload_one(bench: Bench, path: Path) -> tuple[float, str | None]:
    started = time.perf_counter()
    r = await bench.client.post("/api/v1/candidates/upload", headers=bench.headers,
                                files=[("file", (path.name, path.read_bytes(), "application/pdf"))])
    elapsed = time.perf_counter() - started
    if r.status_code != 202:
        REFUSALS[f"{r.status_code} {r.json().get('error', {}).get('code')}"] += 1
        return elapsed, None
    item = r.json()["data"]["files"][0]
    return elapsed, item.get("candidateId")


async def run(data_dir: Path, n: int, concurrency: int, single: int) -> None:
    pdfs = sorted((data_dir / "resumes_categorised" / "pdf").rglob("*.pdf"))
    if not pdfs:
        raise SystemExit(f"no PDFs under {data_dir}/resumes_categorised/pdf")
    random.Random(7).shuffle(pdfs)
    idle_set, load_set = pdfs[:single], pdfs[single:single + n]
    async with fresh_service() as bench:
        # Warm-up (model load, extraction workers) on a file outside both sets.
        await upload_one(bench, pdfs[-1])

        idle = []
        for path in idle_set:
            elapsed, _ = await upload_one(bench, path)
            idle.append(elapsed)

        latencies: list[float] = []
        failures = 0
        ids: list[str] = []
        queue: asyncio.Queue[Path] = asyncio.Queue()
        for path in load_set:
            queue.put_nowait(path)

        async def client_loop() -> None:
            nonlocal failures
            while not queue.empty():
                path = queue.get_nowait()
                elapsed, cid = await upload_one(bench, path)
                if cid is None:
                    failures += 1
                else:
                    latencies.append(elapsed)
                    ids.append(cid)

        started = time.perf_counter()
        await asyncio.gather(*(client_loop() for _ in range(concurrency)))
        wall = time.perf_counter() - started

        r = await bench.client.get("/api/v1/candidates", headers=bench.headers,
                                   params={"limit": 1})
        stored = r.json()["pagination"]["total"]
        own, children = peak_rss_mb()
        print(f"corpus: {len(load_set)} PDFs from {data_dir}/resumes_categorised/pdf, "
              f"{concurrency} concurrent clients, built-in providers")
        print(f"sustained: {len(latencies) / wall:.2f} CVs/s ({len(latencies)} ok, "
              f"{failures} refused, {wall:.1f} s wall)")
        if REFUSALS:
            print("refused files by answer: "
                  + ", ".join(f"{code} x{n}" for code, n in REFUSALS.most_common()))
        print(f"upload->searchable latency under load: p50 {percentile(latencies, 50) * 1000:.0f}"
              f" ms, p95 {percentile(latencies, 95) * 1000:.0f} ms")
        print(f"single upload on idle service ({len(idle)} runs): "
              f"p50 {percentile(idle, 50) * 1000:.0f} ms, p95 {percentile(idle, 95) * 1000:.0f} ms")
        print(f"candidates stored: {stored} (duplicates merged)")
        print(f"peak RSS: API process {own:.0f} MB, extraction workers (reaped) {children:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default="../shared/data", type=Path)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--single", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(run(args.data_dir, args.n, args.concurrency, args.single))


if __name__ == "__main__":
    main()
