"""The grading harness that runs INSIDE the sandbox under the system ``python3 -I -B``.

It is never imported by the service: ``runner`` passes this file's text with ``-c``.
Standard library only, Python 3.8+.

Protocol: the submission arrives as JSON on stdin (``solution``, ``tests``, ``limits``);
results leave as JSON lines on the file descriptor named by ``argv[1]``, a pipe only this
process writes. Each test runs in a forked child that closes that descriptor before the
candidate's code is imported, so nothing the candidate prints (stdout, stderr, exit
codes) can forge a result; this process also makes itself non-dumpable so a child cannot
ptrace it or take its descriptors, and ``/proc`` is not mounted.
"""

from __future__ import annotations

import ast
import contextlib
import json
import os
import re
import resource
import signal
import sys
import traceback
from typing import IO, Any

MESSAGE_CHARS = 600
JS_TEST = re.compile(r"^(?:async\s+)?function\s*\*?\s*(test_[A-Za-z0-9_$]*)\s*\(", re.M)


def _emit(out: IO[str], **event: Any) -> None:
    out.write(json.dumps(event) + "\n")
    out.flush()


def _set_limits(limits: dict[str, Any], language: str) -> None:
    memory = limits["memory_mb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (limits["processes"], limits["processes"]))
    # V8 reserves far more address space than it uses: node is held by its data segment
    # (and its own heap limit), Python by its address space.
    kind = resource.RLIMIT_DATA if language == "javascript" else resource.RLIMIT_AS
    resource.setrlimit(kind, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (memory, memory))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))


def _not_dumpable() -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE, 0
    except Exception:  # defence in depth only: /proc is not mounted anyway
        return


def _short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1] + "…"


def _failure_message(exc: BaseException) -> str:
    # The exception (an assert's own message) and the line of the hidden tests that failed:
    # its number only, so the message never shows the hidden test's text.
    line = 0
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == "tests.py":
            line = frame.lineno or 0
    head = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return _short(head + (f" (tests line {line})" if line else ""))


def _run_test(name: str, tests_source: str, cpu_seconds: int, write_fd: int) -> None:
    os.setpgid(0, 0)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    sys.path.insert(0, "/tmp/work")
    import linecache

    lines = tests_source.splitlines(True)
    linecache.cache["tests.py"] = (len(tests_source), None, lines, "tests.py")
    outcome, message = "error", ""
    try:
        namespace: dict[str, Any] = {"__name__": "tests"}
        exec(compile(tests_source, "tests.py", "exec"), namespace)
        namespace[name]()
        outcome = "passed"
    except MemoryError:
        outcome, message = "memory", "MemoryError: the memory limit was reached"
    except AssertionError as exc:
        outcome, message = "failed", _failure_message(exc)
    except BaseException as exc:  # every other exception fails the test too
        outcome, message = "failed", _failure_message(exc)
    try:
        os.write(write_fd, json.dumps({"outcome": outcome, "message": message}).encode())
    finally:
        os._exit(0)


def _run_js_test(
    name: str, node: str, runner: str, limits: dict[str, Any], write_fd: int, source_fd: int
) -> None:
    # The hidden tests reach node on its stdin, from this harness's memory: never a file
    # the candidate's code (same uid, writable /tmp) could rewrite for the next test.
    os.setpgid(0, 0)
    os.dup2(source_fd, 0)
    os.close(source_fd)
    cpu = limits["cpu_seconds"]
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    os.set_inheritable(write_fd, True)
    heap = "--max-old-space-size={}".format(max(16, limits["memory_mb"] * 3 // 4))
    try:
        os.execv(node, [node, heap, "-e", runner, str(write_fd), name])
    finally:
        os._exit(127)


def _send(fd: int, data: bytes) -> None:
    """Write ``data`` to the pipe ``fd`` and close it (a reader that died is no error)."""
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError:
        pass
    finally:
        os.close(fd)


def _js_compile_error(node: str, limits: dict[str, Any]) -> str | None:
    """``node --check`` (parses, runs nothing): None, or the parser's message."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        os.dup2(write_fd, 2)
        cpu = limits["cpu_seconds"]
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        try:
            os.execv(node, [node, "--check", "/tmp/work/solution.js"])
        finally:
            os._exit(127)
    os.close(write_fd)
    chunks: list[bytes] = []
    while chunk := os.read(read_fd, 65536):
        chunks.append(chunk)
    os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        return None
    # node's report: the file:line, the line, a caret, the error; then its own stack
    text = b"".join(chunks).decode("utf-8", "replace").replace("/tmp/work/", "")
    lines = []
    for line in text.splitlines():
        if line.startswith("    at ") or line.startswith("Node.js v"):
            break
        lines.append(line)
    return _short("\n".join(lines)) or "the code does not compile"


def _collect(pid: int, read_fd: int, language: str) -> tuple[str, str]:
    _, status = os.waitpid(pid, 0)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(read_fd, 65536)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
        if sum(map(len, chunks)) > 65536:
            break
    os.close(read_fd)
    with contextlib.suppress(OSError):
        os.kill(-1, signal.SIGKILL)  # whatever the test left behind, in this PID namespace
    try:
        report = json.loads(b"".join(chunks).decode())
        return report["outcome"], report.get("message", "")
    except (ValueError, KeyError, TypeError):
        pass
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig in (signal.SIGXCPU, signal.SIGKILL):
            return "timeout", "the CPU time limit was reached"
        if language == "javascript" and sig in (signal.SIGABRT, signal.SIGTRAP, signal.SIGSEGV):
            return "memory", "node ran out of memory"
        return "failed", f"the test process died of signal {sig}"
    return "failed", f"the test exited before reporting (exit status {os.WEXITSTATUS(status)})"


def _prepare_python(out: IO[str], payload: dict[str, Any]) -> list[str] | None:
    """solution.py written and the test names, or None after reporting why not."""
    source = payload["solution"]
    try:
        compile(source, "solution.py", "exec")
    except (SyntaxError, ValueError) as exc:
        message = "".join(traceback.format_exception_only(type(exc), exc))
        _emit(out, event="compile_error", message=_short(message))
        return None
    with open("solution.py", "w", encoding="utf-8") as handle:
        handle.write(source)
    try:
        tree = ast.parse(payload["tests"], "tests.py")
    except SyntaxError as exc:
        _emit(out, event="error", message=_short(f"the tests do not compile: {exc}"))
        return None
    return [
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    ]


def _prepare_javascript(
    out: IO[str], payload: dict[str, Any], node: str, limits: dict[str, Any]
) -> list[str] | None:
    with open("solution.js", "w", encoding="utf-8") as handle:
        handle.write(payload["solution"])
    error = _js_compile_error(node, limits)
    if error is not None:
        _emit(out, event="compile_error", message=error)
        return None
    return sorted(set(JS_TEST.findall(payload["tests"])))


def main() -> None:
    out = os.fdopen(int(sys.argv[1]), "w")
    os.set_inheritable(out.fileno(), False)
    language = sys.argv[2]
    node = sys.argv[3] if len(sys.argv) > 3 else ""
    payload = json.loads(sys.stdin.read())
    limits = payload["limits"]
    _set_limits(limits, language)
    _not_dumpable()
    os.makedirs("/tmp/work", exist_ok=True)
    os.chdir("/tmp/work")
    if language == "javascript":
        names = _prepare_javascript(out, payload, node, limits)
    else:
        names = _prepare_python(out, payload)
    if names is None:
        return
    _emit(out, event="plan", tests=names)
    tests_source = payload["tests"].encode("utf-8")
    for name in names:
        read_fd, write_fd = os.pipe()
        source_read, source_write = os.pipe() if language == "javascript" else (-1, -1)
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            os.close(out.fileno())
            if language == "javascript":
                os.close(source_write)
                runner = payload["js_runner"]
                _run_js_test(name, node, runner, limits, write_fd, source_read)
            _run_test(name, payload["tests"], limits["cpu_seconds"], write_fd)
        os.close(write_fd)
        if language == "javascript":
            os.close(source_read)
            _send(source_write, tests_source)
        os.set_blocking(read_fd, False)
        outcome, message = _collect(pid, read_fd, language)
        _emit(out, event="test", name=name, outcome=outcome, message=message)
    _emit(out, event="done")


if __name__ == "__main__":
    main()
