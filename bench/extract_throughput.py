"""Extraction throughput on real resume PDFs: in-process vs the isolated process pool.

    .venv/bin/python bench/extract_throughput.py [DATA_DIR] [N]   (defaults ../shared/data, 200)

Both runs use the same N PDFs from DATA_DIR/resumes_categorised/pdf (spread over categories)
and 2 caller threads (an ingest worker's concurrency on 2 cores); prints CVs/s and the ratio.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.extract import extract_document
from talentsonar.cvs.isolation import IsolatedExtractor
from talentsonar.cvs.types import ExtractedDocument


def run(
    name: str, files: list[bytes], extract: Callable[[bytes], ExtractedDocument], threads: int
) -> float:
    rejected = 0

    def one(data: bytes) -> int:
        try:
            extract(data)
            return 0
        except DocumentRejected:
            return 1

    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        rejected = sum(pool.map(one, files))
    elapsed = time.perf_counter() - started
    rate = len(files) / elapsed
    print(f"{name:<28}{len(files):6d} CVs {elapsed:7.2f} s {rate:8.1f} CVs/s  rejected={rejected}")
    return rate


def main(data_dir: Path, count: int) -> None:
    paths = sorted((data_dir / "resumes_categorised" / "pdf").glob("*/*.pdf"))
    step = max(1, len(paths) // count)
    files = [p.read_bytes() for p in paths[::step][:count]]
    pages_note = f"{len(files)} PDFs, {sum(len(f) for f in files) / len(files) / 1024:.0f} KB avg"
    print(f"extract_throughput: {pages_note}")
    in_process_1 = run("in-process, 1 thread", files, extract_document, 1)
    in_process_2 = run("in-process, 2 threads", files, extract_document, 2)
    pool = IsolatedExtractor(size=2)
    try:
        pool.extract(files[0])  # start the first worker outside the timing
        isolated = run("isolated pool(2), 2 threads", files, pool.extract, 2)
    finally:
        pool.close()
    print(
        f"isolated / in-process(2 threads) = {isolated / in_process_2:.2f}; "
        f"in-process 2 vs 1 threads = {in_process_2 / in_process_1:.2f}"
    )


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"),
        int(sys.argv[2]) if len(sys.argv) > 2 else 200,
    )
