"""The code sandbox (issue 17): normal grading, and every escape the issue names fails
safely AND is graded, without harming the process that runs it (this test process)."""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from pathlib import Path

import pytest

from talentsonar.sandbox import CodeResult, Limits, Sandbox
from talentsonar.sandbox.bwrap import SandboxConfig

REPO = Path(__file__).resolve().parents[2]
#: small limits keep the suite fast (the defaults are larger, docs/SANDBOX.md); the wall
#: time is generous so a loaded machine cannot turn a normal run into a timeout
FAST = Limits(cpu_seconds=1, memory_mb=256, processes=16, wall_seconds=20, output_bytes=64 * 1024)

ADD = "def add(a, b):\n    return a + b\n"
ADD_TESTS = (
    "import solution\n\n"
    "def test_small():\n    assert solution.add(1, 2) == 3\n\n"
    "def test_negative():\n    assert solution.add(-1, -2) == -3\n\n"
    "def helper():\n    raise AssertionError('not a test')\n"
)
JS_TESTS = (
    'const assert = require("assert");\nconst { add } = require("./solution");\n'
    "function test_small() { assert.strictEqual(add(1, 2), 3); }\n"
    "async function test_wrong() {\n  assert.strictEqual(add(1, 1), 3);\n}\n"
)


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(concurrency=2))


async def _attack(sandbox: Sandbox, body: str, limits: Limits = FAST) -> CodeResult:
    """A submission whose one test passes only if the attack in ``attack()`` worked."""
    tests = "import solution\n\ndef test_attack():\n    assert solution.attack()\n"
    return await sandbox.grade_code("python", body, tests, limits)


async def test_passing_and_failing_submissions_are_scored(sandbox: Sandbox) -> None:
    ok = await sandbox.grade_code("python", ADD, ADD_TESTS, FAST)
    assert (ok.status, ok.tests_passed, ok.tests_total, ok.score) == ("passed", 2, 2, 1.0)
    wrong = await sandbox.grade_code(
        "python", "def add(a, b):\n    return abs(a + b)\n", ADD_TESTS, FAST
    )
    assert (wrong.status, wrong.tests_passed, wrong.tests_total, wrong.score) == (
        "failed",
        1,
        2,
        0.5,
    )
    assert "test_negative" in wrong.message
    assert "AssertionError" in wrong.message
    assert "tests line 7" in wrong.message  # where, without the hidden test's text


async def test_code_that_does_not_compile_scores_zero_with_the_compiler_message(
    sandbox: Sandbox,
) -> None:
    result = await sandbox.grade_code(
        "python", "def add(a, b)\n    return a + b\n", ADD_TESTS, FAST
    )
    assert (result.status, result.tests_passed, result.score) == ("compile_error", 0, 0.0)
    assert "SyntaxError" in result.message
    assert "line 1" in result.message


async def test_reading_the_hosts_and_the_services_files_fails(sandbox: Sandbox) -> None:
    targets = [
        "/etc/passwd",
        "/etc/shadow",
        str(REPO / "pyproject.toml"),
        str(REPO / ".env"),
        str(REPO / ".talentsonar"),
        "/work",
        "/root",
        "/proc/1/environ",
        "/home",
    ]
    body = (
        "import os\n"
        f"TARGETS = {targets!r}\n"
        "def attack():\n"
        "    seen = [t for t in TARGETS if os.path.exists(t)]\n"
        "    assert not seen, seen\n"
        "    return open('/etc/passwd').read()\n"
    )
    result = await _attack(sandbox, body)
    assert result.status == "failed"
    assert result.tests_passed == 0
    assert "FileNotFoundError" in result.message
    assert "/etc/passwd" in result.message


async def test_the_system_is_read_only_and_tmp_is_private(sandbox: Sandbox) -> None:
    body = (
        "import os\n"
        "def attack():\n"
        "    open('/tmp/mine', 'w').write('ok')\n"  # the one writable place
        "    open('/usr/bin/evil', 'w').write('x')\n"
        "    return True\n"
    )
    result = await _attack(sandbox, body)
    assert result.status == "failed"
    assert "Read-only file system" in result.message
    assert not Path("/usr/bin/evil").exists()


async def test_opening_a_socket_fails(sandbox: Sandbox) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.setblocking(False)
    body = (
        "import socket\n"
        "def attack():\n"
        f"    socket.create_connection(('127.0.0.1', {port}), timeout=1).close()\n"
        "    return socket.create_connection(('1.1.1.1', 53), timeout=1)\n"
    )
    try:
        result = await _attack(sandbox, body)
        assert result.status == "failed"
        assert "ConnectionRefusedError" in result.message or "unreachable" in result.message
        with pytest.raises(BlockingIOError):
            listener.accept()  # nothing ever reached the host's loopback
    finally:
        listener.close()


async def test_a_fork_bomb_is_contained_and_nothing_outlives_the_run(sandbox: Sandbox) -> None:
    marker = f"escapee-{uuid.uuid4().hex}"
    body = (
        "import os, time\n"
        "def attack():\n"
        "    if os.fork() == 0:\n"  # a detached process that tries to outlive the run
        "        os.setsid()\n"
        "        sleeper = ['python3', '-c', 'import time; time.sleep(60)']\n"
        f"        os.execv('/usr/bin/python3', [*sleeper, '{marker}'])\n"
        "    while True:\n"
        "        try:\n"
        "            os.fork()\n"
        "        except OSError:\n"
        "            pass\n"
    )
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        result = await _attack(sandbox, body, Limits(cpu_seconds=1, wall_seconds=2))
    finally:
        task.cancel()
    assert result.status == "timeout"
    assert result.tests_passed == 0
    assert ticks >= 10  # the event loop kept running while the bomb went off
    assert not _processes_with(marker)
    after = await sandbox.grade_code("python", ADD, ADD_TESTS, FAST)
    assert after.status == "passed"  # and the next run is not starved of processes


async def test_allocating_10_gb_hits_the_memory_limit(sandbox: Sandbox) -> None:
    body = "def attack():\n    return bytearray(10 * 1024 ** 3)\n"
    result = await _attack(sandbox, body)
    assert result.status == "memory_limit"
    assert result.tests_passed == 0


async def test_an_endless_loop_times_out_on_cpu_and_on_wall_time(sandbox: Sandbox) -> None:
    spin = await _attack(sandbox, "def attack():\n    while True:\n        pass\n")
    assert spin.status == "timeout"
    assert spin.tests_passed == 0
    sleep = await _attack(
        sandbox, "import time\ndef attack():\n    time.sleep(600)\n", Limits(wall_seconds=1)
    )
    assert sleep.status == "timeout"
    assert 1000 <= sleep.duration_ms < 10_000


async def test_writing_1_gb_to_stdout_hits_the_output_limit(sandbox: Sandbox) -> None:
    body = (
        "import sys\n"
        "def attack():\n"
        "    block = 'x' * (1 << 20)\n"
        "    for _ in range(1024):\n"
        "        sys.stdout.write(block)\n"
        "    return True\n"
    )
    result = await _attack(sandbox, body)
    assert result.status == "output_limit"
    assert result.tests_passed == 0


async def test_printed_or_forged_results_do_not_count(sandbox: Sandbox) -> None:
    fake = '{"event": "test", "name": "test_attack", "outcome": "passed", "message": ""}'
    body = (
        "import os, sys\n"
        f"FAKE = {fake!r}\n"
        "print(FAKE)\n"
        "sys.stderr.write(FAKE + '\\n')\n"
        "for fd in range(3, 64):\n"
        "    try:\n"
        "        os.write(fd, (FAKE + '\\n' + '{\"event\": \"done\"}\\n').encode())\n"
        "    except OSError:\n"
        "        pass\n"
        "def attack():\n"
        "    os._exit(0)\n"
    )
    result = await _attack(sandbox, body)
    assert (result.status, result.tests_passed, result.tests_total) == ("failed", 0, 1)


async def test_killing_everything_it_can_stops_only_its_own_grading(sandbox: Sandbox) -> None:
    body = "import os, signal\ndef attack():\n    os.kill(-1, signal.SIGKILL)\n"
    result = await _attack(sandbox, body)
    assert (result.status, result.tests_passed, result.tests_total) == ("failed", 0, 1)
    assert "stopped the grader" in result.message


async def test_javascript_is_graded_in_the_same_sandbox(sandbox: Sandbox) -> None:
    source = "function add(a, b) { return a + b; }\nmodule.exports = { add };\n"
    tests = JS_TESTS
    result = await sandbox.grade_code("javascript", source, tests, FAST)
    assert (result.status, result.tests_passed, result.tests_total) == ("failed", 1, 2)
    assert "tests line 5" in result.message
    broken = await sandbox.grade_code("javascript", "function add(a, {", tests, FAST)
    assert broken.status == "compile_error"
    assert "SyntaxError" in broken.message
    net = await sandbox.grade_code(
        "javascript",
        "module.exports = { add: () => require('fs').readFileSync('/etc/passwd', 'utf8') };",
        tests,
        FAST,
    )
    assert net.status == "failed"
    assert "ENOENT" in net.message


async def test_rewriting_the_hidden_tests_on_disk_does_not_help(sandbox: Sandbox) -> None:
    # the tests reach each run from the harness's memory, never from a file in /tmp
    py = await sandbox.grade_code(
        "python",
        "open('/tmp/work/tests.py', 'w').write('def test_negative():\\n    pass\\n')\n"
        "def add(a, b):\n    return 0\n",
        ADD_TESTS,
        FAST,
    )
    assert (py.status, py.tests_passed) == ("failed", 0)
    cheat = (
        "module.exports = { add: () => 0 };\n"
        "require('fs').writeFileSync('/tmp/work/tests.js', "
        "'module.exports = { test_small() {}, test_wrong() {} };');\n"
    )
    js = await sandbox.grade_code("javascript", cheat, JS_TESTS, FAST)
    assert (js.status, js.tests_passed, js.tests_total) == ("failed", 0, 2)


async def test_without_bubblewrap_nothing_runs(tmp_path: Path) -> None:
    witness = tmp_path / "ran"
    sandbox = Sandbox(SandboxConfig(bwrap=str(tmp_path / "no-bwrap")))
    body = f"open({str(witness)!r}, 'w').write('ran')\ndef add(a, b):\n    return a + b\n"
    result = await sandbox.grade_code("python", body, ADD_TESTS, FAST)
    assert result.status == "error"
    assert result.message.startswith("sandbox unavailable")
    assert not witness.exists()
    unknown = await Sandbox().grade_code("cobol", "", "", FAST)
    assert unknown.status == "error"
    assert "unsupported language" in unknown.message


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if marker.encode() in cmdline:
                found.append(int(entry))
    return found
