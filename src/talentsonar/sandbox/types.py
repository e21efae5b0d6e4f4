"""The sandbox's public value types: the limits a run gets and the graded result."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal[
    "passed", "failed", "compile_error", "timeout", "memory_limit", "output_limit", "error"
]

#: The languages ``grade_code`` accepts.
LANGUAGES: tuple[str, ...] = ("python", "javascript")


@dataclass(frozen=True, slots=True)
class Limits:
    """What one submission may use. Every figure is enforced by the kernel or by the host.

    ``cpu_seconds`` is per test (each test runs in a process of its own, ``RLIMIT_CPU``);
    ``memory_mb`` is the address space of each process (``RLIMIT_AS``; V8's data segment,
    ``RLIMIT_DATA``, for JavaScript); ``processes`` counts processes and threads of the
    sandbox (``RLIMIT_NPROC`` in its own user namespace); ``wall_seconds`` is the whole
    run, after which the host kills it; ``output_bytes`` caps stdout plus stderr.
    """

    cpu_seconds: int = 2
    memory_mb: int = 256
    processes: int = 16
    wall_seconds: float = 10.0
    output_bytes: int = 1024 * 1024

    def __post_init__(self) -> None:
        if self.cpu_seconds < 1 or self.memory_mb < 32 or self.processes < 2:
            raise ValueError("limits too small to start an interpreter")
        if self.wall_seconds <= 0 or self.output_bytes < 1:
            raise ValueError("wall_seconds and output_bytes must be positive")


@dataclass(frozen=True, slots=True)
class CodeResult:
    status: Status
    tests_passed: int
    tests_total: int
    score: float  # tests_passed / tests_total; 0 on compile error or when there are no tests
    message: str
    duration_ms: int
