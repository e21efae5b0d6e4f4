"""Extraction throughput on real resume PDFs: in-process vs the isolated process pool.

    .venv/bin/python bench/extract_throughput.py [DATA_DIR] [N] [--baseline SRC] [--rounds R]
    (defaults ../shared/data, 200)

Both runs use the same N PDFs from DATA_DIR/resumes_categorised/pdf (spread over categories)
and 2 caller threads (an ingest worker's concurrency on 2 cores); prints CVs/s and the ratio.

``--baseline SRC``: SRC is the ``src`` directory of an older checkout (e.g.
``git archive <commit> src | tar -x -C /tmp/base``). Extraction CPU time per CV (one thread,
process CPU time, so other load on the machine counts little) is measured for this checkout
and for SRC in alternating subprocesses, R rounds each (default 3); the best round of each and
their ratio are printed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
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


def load(data_dir: Path, count: int) -> list[bytes]:
    paths = sorted((data_dir / "resumes_categorised" / "pdf").glob("*/*.pdf"))
    step = max(1, len(paths) // count)
    return [p.read_bytes() for p in paths[::step][:count]]


def cpu_per_cv(data_dir: Path, count: int) -> float:
    """Process CPU milliseconds per CV of in-process extraction, one thread."""
    files = load(data_dir, count)
    for data in files[:3]:  # imports, fonts and caches outside the timing
        with contextlib.suppress(DocumentRejected):
            extract_document(data)
    started = time.process_time()
    for data in files:
        with contextlib.suppress(DocumentRejected):
            extract_document(data)
    return (time.process_time() - started) * 1000 / len(files)


def compare(data_dir: Path, count: int, baseline: Path, rounds: int) -> None:
    here = Path(__file__).resolve().parents[1] / "src"
    figures: dict[str, list[float]] = {"this checkout": [], "baseline": []}
    for _ in range(rounds):
        for name, src in (("this checkout", here), ("baseline", baseline)):
            env = {**os.environ, "PYTHONPATH": str(src)}
            out = subprocess.run(
                [sys.executable, __file__, str(data_dir), str(count), "--cpu-only"],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            figures[name].append(float(out.stdout.split()[-1]))
    ours, theirs = min(figures["this checkout"]), min(figures["baseline"])
    for name, values in figures.items():
        rounds_text = " ".join(f"{v:.1f}" for v in values)
        print(f"{name:<28}{min(values):7.1f} ms CPU/CV (best of: {rounds_text})")
    print(f"extraction CPU this checkout / baseline = {ours / theirs:.2f}  target <= 1.20")


def main(data_dir: Path, count: int) -> None:
    files = load(data_dir, count)
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
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default="../shared/data", type=Path)
    parser.add_argument("count", nargs="?", default=200, type=int)
    parser.add_argument("--baseline", type=Path, help="src directory of an older checkout")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cpu-only", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.cpu_only:
        print(f"cpu_ms_per_cv {cpu_per_cv(options.data_dir, options.count)}")
    else:
        main(options.data_dir, options.count)
        if options.baseline:
            compare(options.data_dir, options.count, options.baseline, options.rounds)
