"""Code grading in the sandbox: 100 submissions, and the escape cases tried and held.

    .venv/bin/python bench/sandbox.py [N] [--concurrency C]   (defaults 100, the CPU count)

Grades N Python submissions (a realistic mix: correct, wrong, not compiling, and a few
JavaScript ones) with ``concurrency`` runs at once, as a worker would, and prints the wall
time. The baseline, measured in the same run, is the bare cost of the same number of
interpreter starts with the same concurrency, outside any sandbox and running no submitted
code (``python3 -c pass``): the difference is what bubblewrap, the harness and the tests
cost. Then every escape case of docs/SANDBOX.md is run once and counted as held when it
got the expected status and left nothing behind.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time

from talentsonar.sandbox import CodeResult, Limits, Sandbox
from talentsonar.sandbox.bwrap import SandboxConfig

PY_TESTS = """import solution

def test_empty():
    assert solution.fizzbuzz(0) == []

def test_three():
    assert solution.fizzbuzz(3) == ["1", "2", "Fizz"]

def test_fifteen():
    assert solution.fizzbuzz(15)[-1] == "FizzBuzz"

def test_five():
    assert solution.fizzbuzz(5)[4] == "Buzz"
"""
PY_RIGHT = """def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        word = ("Fizz" if i % 3 == 0 else "") + ("Buzz" if i % 5 == 0 else "")
        out.append(word or str(i))
    return out
"""
PY_WRONG = PY_RIGHT.replace("i % 5 == 0", "i % 4 == 0")
PY_BROKEN = "def fizzbuzz(n)\n    return []\n"
JS_TESTS = """const assert = require("assert");
const { fizzbuzz } = require("./solution");
function test_three() { assert.deepStrictEqual(fizzbuzz(3), ["1", "2", "Fizz"]); }
function test_fifteen() { assert.strictEqual(fizzbuzz(15)[14], "FizzBuzz"); }
"""
JS_RIGHT = """function fizzbuzz(n) {
  const out = [];
  for (let i = 1; i <= n; i++) out.push((i % 3 ? "" : "Fizz") + (i % 5 ? "" : "Buzz") || String(i));
  return out;
}
module.exports = { fizzbuzz };
"""

ATTACK_TESTS = "import solution\n\ndef test_attack():\n    assert solution.attack()\n"
#: (name, submission, limits, the statuses that mean the sandbox held)
ESCAPES: list[tuple[str, str, Limits, tuple[str, ...]]] = [
    (
        "read /etc/passwd",
        "def attack():\n    return open('/etc/passwd').read()\n",
        Limits(),
        ("failed",),
    ),
    (
        "read the service's files",
        "import os\ndef attack():\n"
        f"    return open({os.path.abspath('pyproject.toml')!r}).read()\n",
        Limits(),
        ("failed",),
    ),
    (
        "write outside /tmp",
        "def attack():\n    open('/usr/lib/evil', 'w').write('x')\n",
        Limits(),
        ("failed",),
    ),
    (
        "open a socket",
        "import socket\ndef attack():\n"
        "    return socket.create_connection(('1.1.1.1', 53), timeout=1)\n",
        Limits(),
        ("failed",),
    ),
    (
        "fork bomb",
        "import os\ndef attack():\n    while True:\n        try:\n            os.fork()\n"
        "        except OSError:\n            pass\n",
        Limits(cpu_seconds=1, wall_seconds=3),
        ("timeout", "failed"),
    ),
    (
        "allocate 10 GB",
        "def attack():\n    return bytearray(10 * 1024 ** 3)\n",
        Limits(),
        ("memory_limit",),
    ),
    (
        "endless loop",
        "def attack():\n    while True:\n        pass\n",
        Limits(cpu_seconds=1, wall_seconds=3),
        ("timeout",),
    ),
    (
        "sleep past the wall time",
        "import time\ndef attack():\n    time.sleep(600)\n",
        Limits(wall_seconds=1),
        ("timeout",),
    ),
    (
        "1 GB to stdout",
        "import sys\ndef attack():\n    for _ in range(1024):\n"
        "        sys.stdout.write('x' * (1 << 20))\n",
        Limits(),
        ("output_limit",),
    ),
    (
        "forge results on stdout and on every fd",
        'import os\nFAKE = b\'{"event": "test", '
        '"name": "test_attack", "outcome": "passed"}\\n{"event": "done"}\\n\'\n'
        "print(FAKE.decode())\nfor fd in range(1, 64):\n    try:\n        os.write(fd, FAKE)\n"
        "    except OSError:\n        pass\ndef attack():\n    os._exit(0)\n",
        Limits(),
        ("failed",),
    ),
    (
        "signal the host (kill -1)",
        "import os, signal\ndef attack():\n    os.kill(-1, signal.SIGKILL)\n    return False\n",
        Limits(),
        ("failed",),
    ),
    (
        "ptrace / read the harness's memory",
        "import os\ndef attack():\n    return open(f'/proc/{os.getppid()}/mem', 'rb').read(1)\n",
        Limits(),
        ("failed",),
    ),
]


def submissions(n: int) -> list[tuple[str, str, str]]:
    kinds = [
        ("python", PY_RIGHT, PY_TESTS),
        ("python", PY_WRONG, PY_TESTS),
        ("python", PY_RIGHT, PY_TESTS),
        ("python", PY_BROKEN, PY_TESTS),
        ("python", PY_RIGHT, PY_TESTS),
        ("python", PY_WRONG, PY_TESTS),
        ("python", PY_RIGHT, PY_TESTS),
        ("python", PY_RIGHT, PY_TESTS),
        ("python", PY_WRONG, PY_TESTS),
        ("javascript", JS_RIGHT, JS_TESTS),
    ]
    return [kinds[i % len(kinds)] for i in range(n)]


async def baseline(n: int, concurrency: int) -> float:
    semaphore = asyncio.Semaphore(concurrency)

    async def start() -> None:
        async with semaphore:
            proc = await asyncio.create_subprocess_exec("/usr/bin/python3", "-I", "-c", "pass")
            await proc.wait()

    started = time.monotonic()
    await asyncio.gather(*(start() for _ in range(n)))
    return time.monotonic() - started


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    sandbox = Sandbox(SandboxConfig(concurrency=args.concurrency))
    reason = await sandbox.unavailable()
    if reason:
        raise SystemExit(reason)
    bare = await baseline(args.n, args.concurrency)
    work = submissions(args.n)
    started = time.monotonic()
    results: list[CodeResult] = await asyncio.gather(
        *(sandbox.grade_code(lang, source, tests) for lang, source, tests in work)
    )
    wall = time.monotonic() - started
    statuses: dict[str, int] = {}
    for result in results:
        statuses[result.status] = statuses.get(result.status, 0) + 1
    print(
        f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs, "
        f"concurrency {args.concurrency}"
    )
    print(f"baseline: {args.n} bare interpreter starts, no sandbox: {bare:.2f} s")
    print(
        f"{args.n} code submissions graded in the sandbox: {wall:.2f} s wall "
        f"({wall / args.n * 1000:.0f} ms each, {args.n / wall:.1f}/s); statuses {statuses}"
    )
    held = 0
    for name, body, limits, expected in ESCAPES:
        result = await sandbox.grade_code("python", body, ATTACK_TESTS, limits)
        ok = result.status in expected and result.tests_passed == 0
        held += ok
        print(
            f"  escape {'held' if ok else 'BROKE'}: {name}: {result.status} ({result.message[:80]})"
        )
    print(f"sandbox-escape cases tried: {len(ESCAPES)}, held: {held}")


if __name__ == "__main__":
    asyncio.run(main())
