"""Grades a code submission by running hidden tests in the bubblewrap sandbox.

Never blocks the event loop (asyncio subprocesses), never runs code unsandboxed (when
bubblewrap is missing or does not work, every submission gets status ``error`` with
"sandbox unavailable"), and bounds what one run may cost the worker: at most
``concurrency`` runs at once, each killed (its whole process group, and with it the PID
namespace) at the wall-time limit or once its output passes the cap.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import time
from dataclasses import asdict, dataclass, field
from importlib import resources

from talentsonar.sandbox.bwrap import (
    SandboxConfig,
    bwrap_argv,
    bwrap_path,
    probe,
    subprocess_user,
)
from talentsonar.sandbox.types import LANGUAGES, CodeResult, Limits, Status

#: what the harness may write on its results pipe (it writes a few hundred bytes per test)
RESULTS_CAP = 1024 * 1024
#: the host kills the sandbox this long after the wall-time limit if it is still there
KILL_GRACE_SECONDS = 0.5
#: a failed availability probe is tried again after this long
REPROBE_SECONDS = 60.0


def _harness_source(name: str) -> str:
    return resources.files("talentsonar.sandbox").joinpath(name).read_text(encoding="utf-8")


@dataclass
class _Run:
    """What the host saw of one run."""

    events: list[dict[str, object]] = field(default_factory=list)
    output_bytes: int = 0
    output_exceeded: bool = False
    timed_out: bool = False
    stderr_tail: bytes = b""


class Sandbox:
    """One per process (``default_sandbox``); tests build their own with other settings."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self._semaphore: asyncio.Semaphore | None = None
        self._unavailable: str | None = None
        self._probed = False
        self._probed_at = 0.0
        self._harness = _harness_source("harness_py.py")
        self._js_runner = _harness_source("harness_js.js")

    async def unavailable(self) -> str | None:
        """None when code can be graded here; otherwise the reason. A success is probed
        once per process; a failure again after ``REPROBE_SECONDS`` (bwrap installed later)."""
        now = time.monotonic()
        if not self._probed or (
            self._unavailable is not None and now - self._probed_at > REPROBE_SECONDS
        ):
            self._unavailable = await probe(self.config)
            self._probed, self._probed_at = True, now
        return self._unavailable

    def _command(self, language: str, results_fd: int) -> list[str]:
        argv = [self.config.python, "-I", "-B", "-c", self._harness, str(results_fd), language]
        if language == "javascript":
            argv.append(self.config.node)
        return argv

    async def grade_code(
        self, language: str, source: str, tests: str, limits: Limits | None = None
    ) -> CodeResult:
        limits = limits or Limits()
        started = time.monotonic()
        if language not in LANGUAGES:
            return _result("error", 0, 0, f"unsupported language: {language!r}", started)
        reason = await self.unavailable()
        if reason is not None:
            return _result("error", 0, 0, reason, started)
        bwrap = bwrap_path(self.config)
        if bwrap is None:
            return _result("error", 0, 0, "sandbox unavailable: bubblewrap is gone", started)
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.config.concurrency)
        payload = json.dumps(
            {
                "solution": source,
                "tests": tests,
                "limits": asdict(limits),
                "js_runner": self._js_runner if language == "javascript" else "",
            }
        )
        async with self._semaphore:
            run = await self._run(bwrap, language, limits, payload.encode())
        return _grade(run, started)

    async def _run(self, bwrap: str, language: str, limits: Limits, payload: bytes) -> _Run:
        run = _Run()
        read_fd, write_fd = os.pipe()
        argv = bwrap_argv(bwrap, limits, self._command(language, write_fd))
        try:
            proc = await asyncio.create_subprocess_exec(
                *argv,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                pass_fds=(write_fd,),
                cwd="/",
                start_new_session=True,
                **subprocess_user(self.config),  # type: ignore[arg-type]
            )
        finally:
            os.close(write_fd)
        loop = asyncio.get_running_loop()
        results = asyncio.StreamReader(limit=RESULTS_CAP)
        transport, _ = await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(results), os.fdopen(read_fd, "rb", 0)
        )
        exceeded = asyncio.Event()

        def kill() -> None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)

        async def feed() -> None:
            assert proc.stdin is not None
            try:
                proc.stdin.write(payload)
                await proc.stdin.drain()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the sandbox is gone already: what it reported is graded
            finally:
                proc.stdin.close()

        async def drain(stream: asyncio.StreamReader | None, keep_tail: bool) -> None:
            assert stream is not None
            while chunk := await stream.read(65536):
                if run.output_exceeded:
                    continue  # read to the end (the run is killed) so the pipe closes
                run.output_bytes += len(chunk)
                if keep_tail:
                    run.stderr_tail = (run.stderr_tail + chunk)[-2000:]
                if run.output_bytes > limits.output_bytes:
                    run.output_exceeded = True
                    exceeded.set()
                    kill()

        async def read_results() -> None:
            size = 0
            while line := await results.readline():
                size += len(line)
                if size > RESULTS_CAP:
                    kill()
                    return
                with contextlib.suppress(ValueError):
                    event = json.loads(line)
                    if isinstance(event, dict):
                        run.events.append(event)

        readers = asyncio.gather(
            feed(), drain(proc.stdout, False), drain(proc.stderr, True), read_results()
        )
        try:
            await asyncio.wait_for(
                asyncio.shield(readers), timeout=limits.wall_seconds + KILL_GRACE_SECONDS
            )
        except TimeoutError:
            run.timed_out = not exceeded.is_set()
            kill()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(readers, timeout=5)
        except BaseException:
            kill()
            raise
        finally:
            kill()
            transport.close()
            with contextlib.suppress(TimeoutError, ProcessLookupError):
                await asyncio.wait_for(proc.wait(), timeout=5)
        return run


def _result(status: Status, passed: int, total: int, message: str, started: float) -> CodeResult:
    score = round(passed / total, 4) if total and status != "compile_error" else 0.0
    duration = int((time.monotonic() - started) * 1000)
    return CodeResult(status, passed, total, score, message, duration)


def _grade(run: _Run, started: float) -> CodeResult:
    by_kind: dict[str, dict[str, object]] = {}
    outcomes: list[tuple[str, str, str]] = []
    for event in run.events:
        kind = str(event.get("event"))
        by_kind.setdefault(kind, event)
        if kind == "test":
            outcomes.append(
                (str(event.get("name")), str(event.get("outcome")), str(event.get("message")))
            )
    if "compile_error" in by_kind:
        return _result("compile_error", 0, 0, str(by_kind["compile_error"]["message"]), started)
    plan = by_kind.get("plan", {}).get("tests")
    total = len(plan) if isinstance(plan, list) else 0
    passed = sum(1 for _, outcome, _ in outcomes if outcome == "passed")
    first_failure = next((f"{n}: {m}" for n, o, m in outcomes if o != "passed"), "")
    if run.output_exceeded:
        return _result("output_limit", passed, total, "the output limit was reached", started)
    if any(outcome == "memory" for _, outcome, _ in outcomes):
        return _result("memory_limit", passed, total, first_failure, started)
    if run.timed_out or any(outcome == "timeout" for _, outcome, _ in outcomes):
        return _result(
            "timeout", passed, total, first_failure or "the time limit was reached", started
        )
    if "error" in by_kind:
        return _result("error", 0, total, str(by_kind["error"]["message"]), started)
    if plan and "done" not in by_kind:
        # the submission killed the harness (kill -1): the tests it did not report fail
        message = f"{passed}/{total} tests passed; the submission stopped the grader"
        return _result("failed", passed, total, message, started)
    if "done" not in by_kind or not plan:
        detail = run.stderr_tail.decode(errors="replace").strip()[-300:]
        reason = "no tests were found" if "done" in by_kind else "the grader did not finish"
        return _result(
            "error", passed, total, f"{reason}{': ' + detail if detail else ''}", started
        )
    if passed == total:
        return _result("passed", passed, total, f"{passed}/{total} tests passed", started)
    return _result(
        "failed", passed, total, f"{passed}/{total} tests passed; {first_failure}", started
    )


_default: Sandbox | None = None


def default_sandbox() -> Sandbox:
    """The process's sandbox, configured from the settings (``SANDBOX_*``)."""
    global _default
    if _default is None:
        from talentsonar.core.config import get_settings

        settings = get_settings()
        _default = Sandbox(
            SandboxConfig(
                bwrap=settings.sandbox_bwrap,
                python=settings.sandbox_python,
                node=settings.sandbox_node,
                host_uid=settings.sandbox_host_uid,
                concurrency=settings.sandbox_concurrency or max(1, os.cpu_count() or 1),
            )
        )
    return _default


async def grade_code(
    language: str, source: str, tests: str, limits: Limits | None = None
) -> CodeResult:
    """Run ``tests`` against ``source`` in the sandbox and grade the result."""
    return await default_sandbox().grade_code(language, source, tests, limits)


async def sandbox_unavailable() -> str | None:
    """None when this machine can grade code; otherwise the reason ("sandbox unavailable: …")."""
    return await default_sandbox().unavailable()
