"""Run extraction in pooled child processes: a PDF/DOCX decompression bomb or a parser crash
costs one child, not the service.

Each worker is a ``spawn``-ed process (no inherited sockets, locks or threads) capped with
``RLIMIT_AS`` (address space, default 1 GB) and, per document, ``RLIMIT_CPU``; the parent
waits ``limits.timeout_seconds`` of wall-clock time. A worker that dies, overruns or times out
is killed and replaced, and the caller gets ``corrupt_document`` / ``document_timeout``.

Trade-off: a pipe round trip per document (~1 ms plus the pickled bytes) and one Python
process per worker (~40 MB RSS) instead of a new process per document, which would cost
~150 ms of interpreter start-up each and cap throughput far below 10 CVs/s on 2 cores.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from talentsonar.cvs import errors as codes
from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.types import ExtractedDocument, ExtractionLimits


def _worker_main(conn: Connection, memory_limit: int) -> None:  # runs in the child
    import resource

    if memory_limit > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    from talentsonar.cvs.extract import extract_document

    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        data, filename, limits = request
        usage = resource.getrusage(resource.RUSAGE_SELF)
        used = int(usage.ru_utime + usage.ru_stime) + 1
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = used + max(1, int(limits.timeout_seconds) + 1)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
        try:
            reply: tuple[str, Any] = (
                "ok",
                extract_document(data, filename=filename, limits=limits),
            )
        except DocumentRejected as exc:
            reply = ("rejected", (exc.code, exc.message, exc.details))
        except MemoryError:
            reply = ("rejected", (codes.CORRUPT_DOCUMENT, _TOO_COMPLEX, None))
        except Exception:
            reply = ("rejected", (codes.CORRUPT_DOCUMENT, _UNREADABLE, None))
        conn.send(reply)


_TOO_COMPLEX = "This document needs too much memory to read; it may be malformed."
_UNREADABLE = "This document is damaged and cannot be read."


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection


class IsolatedExtractor:
    """A small pool of extraction processes (thread-safe; call from worker threads)."""

    def __init__(self, size: int | None = None, memory_limit_bytes: int = 1024**3) -> None:
        self.size = size or max(1, min(4, os.cpu_count() or 1))
        self.memory_limit_bytes = memory_limit_bytes
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._started = 0
        self._closed = False

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=_worker_main,
            args=(child, self.memory_limit_bytes),
            daemon=True,
            name="talentsonar-extract",
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def _acquire(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise RuntimeError("extractor pool is closed")
            if self._idle.empty() and self._started < self.size:
                self._started += 1
                try:
                    return self._spawn()
                except BaseException:
                    self._started -= 1
                    raise
        return self._idle.get()

    def _release(self, worker: _Worker) -> None:
        self._idle.put(worker)

    def _discard(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        with self._lock:
            self._started -= 1

    def extract(
        self,
        data: bytes,
        *,
        filename: str | None = None,
        limits: ExtractionLimits = ExtractionLimits(),
    ) -> ExtractedDocument:
        if not data:
            raise DocumentRejected(codes.EMPTY_FILE, "The file is empty.")
        if len(data) > limits.max_bytes:
            raise DocumentRejected(
                codes.FILE_TOO_LARGE,
                f"The file is {len(data) / 1_048_576:.1f} MB; the limit is "
                f"{limits.max_bytes / 1_048_576:.0f} MB.",
                details={"bytes": len(data), "maxBytes": limits.max_bytes},
            )
        worker = self._acquire()
        try:
            worker.conn.send((data, filename, limits))
            if not worker.conn.poll(limits.timeout_seconds):
                self._discard(worker)
                raise DocumentRejected(
                    codes.DOCUMENT_TIMEOUT,
                    f"Reading this document took longer than {limits.timeout_seconds:g} s.",
                )
            status, payload = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._discard(worker)
            raise DocumentRejected(codes.CORRUPT_DOCUMENT, _TOO_COMPLEX) from exc
        except DocumentRejected:
            raise
        except BaseException:
            self._discard(worker)
            raise
        self._release(worker)
        if status == "ok":
            assert isinstance(payload, ExtractedDocument)
            return payload
        code, message, details = payload
        raise DocumentRejected(code, message, details=details)

    def close(self) -> None:
        with self._lock:
            self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            try:
                worker.conn.send(None)
            except OSError:
                pass
            worker.process.join(timeout=2)
            if worker.process.is_alive():
                worker.process.kill()
            worker.conn.close()


_pools: dict[int, IsolatedExtractor] = {}
_pools_lock = threading.Lock()


def default_extractor(memory_limit_bytes: int = 1024**3) -> IsolatedExtractor:
    """The process-wide pool for this memory cap (created on first use, closed at exit)."""
    with _pools_lock:
        pool = _pools.get(memory_limit_bytes)
        if pool is None:
            pool = _pools[memory_limit_bytes] = IsolatedExtractor(
                memory_limit_bytes=memory_limit_bytes
            )
            atexit.register(pool.close)
        return pool


def run_isolated(
    data: bytes, *, filename: str | None = None, limits: ExtractionLimits = ExtractionLimits()
) -> ExtractedDocument:
    return default_extractor(limits.memory_limit_bytes).extract(
        data, filename=filename, limits=limits
    )
