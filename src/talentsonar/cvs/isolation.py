"""Run extraction in pooled child processes: a PDF/DOCX decompression bomb or a parser crash
costs one child, not the service.

Each worker is a fresh interpreter (``python -m talentsonar.cvs.isolation``: no inherited
sockets, locks, threads or ``__main__`` module) capped with ``RLIMIT_AS`` (address space,
default 1 GB) and, per document, ``RLIMIT_CPU``; the parent waits ``limits.timeout_seconds``
of wall-clock time. A worker that dies, overruns or times out is killed and replaced, and the
caller gets ``corrupt_document`` / ``document_timeout``. Requests and replies are
length-prefixed pickles over the child's stdin/stdout (the child's own prints go to stderr).

Trade-off: a pipe round trip per document (~1 ms plus the bytes) and one resident Python
process per worker (~40 MB RSS) instead of a new process per document, which would cost
~150-300 ms of interpreter start-up each and cap throughput far below 10 CVs/s on 2 cores.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import queue
import select
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, BinaryIO

from talentsonar.cvs import errors as codes
from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.types import ExtractedDocument, ExtractionLimits

_HEADER = struct.Struct(">Q")
_TOO_COMPLEX = (
    "This document could not be read within the memory and time limits; it may be malformed."
)
_UNREADABLE = "This document is damaged and cannot be read."


class _WorkerDied(Exception):
    pass


class _WorkerTimeout(Exception):
    pass


def _write_message(stream: BinaryIO, payload: Any) -> None:
    body = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(body)) + body)
    stream.flush()


def _read_exact(fd: int, size: int, deadline: float | None) -> bytes:
    chunks: list[bytes] = []
    remaining = size
    while remaining:
        if deadline is not None:
            wait = deadline - time.monotonic()
            if wait <= 0 or not select.select([fd], [], [], wait)[0]:
                raise _WorkerTimeout
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise _WorkerDied
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _read_message(fd: int, deadline: float | None) -> Any:
    (size,) = _HEADER.unpack(_read_exact(fd, _HEADER.size, deadline))
    return pickle.loads(_read_exact(fd, size, deadline))


def _serve(memory_limit: int) -> None:  # runs in the child
    import resource

    protocol_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed by libraries goes to stderr, not into the protocol
    if memory_limit > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    from talentsonar.cvs.extract import extract_document

    stdin_fd = sys.stdin.buffer.fileno()
    while True:
        try:
            request = _read_message(stdin_fd, None)
        except (_WorkerDied, OSError, EOFError):
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
        _write_message(protocol_out, reply)


@dataclass(slots=True)
class _Worker:
    process: subprocess.Popen[bytes]

    @property
    def stdin(self) -> BinaryIO:
        assert self.process.stdin is not None
        return self.process.stdin  # type: ignore[return-value]

    @property
    def stdout_fd(self) -> int:
        assert self.process.stdout is not None
        return self.process.stdout.fileno()


class IsolatedExtractor:
    """A small pool of extraction processes (thread-safe; call it from worker threads,
    e.g. ``await asyncio.to_thread(extractor.extract, data)``)."""

    def __init__(self, size: int | None = None, memory_limit_bytes: int = 1024**3) -> None:
        self.size = size or max(1, min(4, os.cpu_count() or 1))
        self.memory_limit_bytes = memory_limit_bytes
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._started = 0
        self._closed = False

    def _spawn(self) -> _Worker:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p and os.path.isdir(p))
        process = subprocess.Popen(
            [sys.executable, "-m", "talentsonar.cvs.isolation", str(self.memory_limit_bytes)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            close_fds=True,
        )
        return _Worker(process)

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

    def _discard(self, worker: _Worker) -> None:
        worker.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.process.wait(timeout=5)
        for stream in (worker.process.stdin, worker.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
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
            _write_message(worker.stdin, (data, filename, limits))
            status, payload = _read_message(
                worker.stdout_fd, time.monotonic() + limits.timeout_seconds
            )
        except _WorkerTimeout:
            self._discard(worker)
            raise DocumentRejected(
                codes.DOCUMENT_TIMEOUT,
                f"Reading this document took longer than {limits.timeout_seconds:g} s.",
            ) from None
        except (_WorkerDied, OSError, EOFError, pickle.UnpicklingError) as exc:
            self._discard(worker)
            raise DocumentRejected(codes.CORRUPT_DOCUMENT, _TOO_COMPLEX) from exc
        except BaseException:
            self._discard(worker)
            raise
        self._idle.put(worker)
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
            with contextlib.suppress(OSError, ValueError):
                _write_message(worker.stdin, None)
                worker.stdin.close()
            try:
                worker.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait(timeout=2)
            if worker.process.stdout is not None:
                worker.process.stdout.close()


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


if __name__ == "__main__":
    _serve(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
