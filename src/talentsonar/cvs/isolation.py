"""Run extraction in pooled child processes: a PDF/DOCX decompression bomb or a parser crash
costs one child, not the service.

The pool is pebble's ``ProcessPool`` on the ``spawn`` start method: each worker is a fresh
interpreter (no inherited sockets, locks or threads) capped with ``RLIMIT_AS`` (address
space, default 1 GB) and, per document, ``RLIMIT_CPU``. pebble gives each document
``limits.timeout_seconds`` of wall-clock time and kills the worker that overruns it; a
worker that dies (memory cap, CPU cap, crash) or is killed is replaced, and the caller
gets ``corrupt_document`` / ``document_timeout``.

Trade-off: a pipe round trip per document (~1 ms plus the bytes) and one resident Python
process per worker (~40 MB RSS) instead of a new process per document, which would cost
~150-300 ms of interpreter start-up each and cap throughput far below 10 CVs/s on 2 cores.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

import pebble

from talentsonar.cvs import errors as codes
from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.types import ExtractedDocument, ExtractionLimits

_TOO_COMPLEX = (
    "This document could not be read within the memory and time limits; it may be malformed."
)
_UNREADABLE = "This document is damaged and cannot be read."

#: What a worker sends back: the document, or a rejection's (code, message, details).
_Reply = tuple[str, Any]


def _cap_memory(memory_limit: int) -> None:  # runs in each worker as it starts
    import resource

    if memory_limit > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))


def _cap_cpu(seconds: float) -> None:
    """Let this document use ``seconds`` more CPU time (SIGXCPU kills the worker after)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = used + max(1, int(seconds) + 1)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _extract_in_worker(data: bytes, filename: str | None, limits: ExtractionLimits) -> _Reply:
    from talentsonar.cvs.extract import extract_document

    _cap_cpu(limits.timeout_seconds)
    try:
        return ("ok", extract_document(data, filename=filename, limits=limits))
    except DocumentRejected as exc:
        return ("rejected", (exc.code, exc.message, exc.details))
    except MemoryError:
        return ("rejected", (codes.CORRUPT_DOCUMENT, _TOO_COMPLEX, None))
    except Exception:
        return ("rejected", (codes.CORRUPT_DOCUMENT, _UNREADABLE, None))


class IsolatedExtractor:
    """A small pool of extraction processes (thread-safe; call it from worker threads,
    e.g. ``await asyncio.to_thread(extractor.extract, data)``)."""

    def __init__(self, size: int | None = None, memory_limit_bytes: int = 1024**3) -> None:
        self.size = size or max(1, min(4, os.cpu_count() or 1))
        self.memory_limit_bytes = memory_limit_bytes
        self._pool = pebble.ProcessPool(
            max_workers=self.size,
            initializer=_cap_memory,
            initargs=(memory_limit_bytes,),
            context=multiprocessing.get_context("spawn"),
        )

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
        try:
            future = self._pool.schedule(
                _extract_in_worker, args=(data, filename, limits), timeout=limits.timeout_seconds
            )
        except RuntimeError as exc:  # closed
            raise RuntimeError("extractor pool is closed") from exc
        try:
            status, payload = future.result()
        except FutureTimeout:
            raise DocumentRejected(
                codes.DOCUMENT_TIMEOUT,
                f"Reading this document took longer than {limits.timeout_seconds:g} s.",
            ) from None
        except Exception as exc:  # pebble.ProcessExpired (the worker died), a broken reply
            raise DocumentRejected(codes.CORRUPT_DOCUMENT, _TOO_COMPLEX) from exc
        if status == "ok":
            assert isinstance(payload, ExtractedDocument)
            return payload
        code, message, details = payload
        raise DocumentRejected(code, message, details=details)

    def close(self) -> None:
        self._pool.stop()  # type: ignore[no-untyped-call]  # pebble leaves stop() unannotated
        self._pool.join(timeout=5)


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
