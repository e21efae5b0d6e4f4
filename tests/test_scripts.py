"""scripts/run and scripts/test: the arguments reach the service / pytest, never `uv sync`.

The scripts are copied next to a fake `uv` (first on PATH) and a fake `.venv/bin`, each
writing the arguments it was given to a file, so the real shell scripts run unchanged.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _recorder(path: Path, log: Path) -> None:
    path.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\n')
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def _checkout(tmp_path: Path) -> Path:
    root = tmp_path / "checkout"
    shutil.copytree(REPO / "scripts", root / "scripts")
    (root / "bin").mkdir()
    (root / ".venv" / "bin").mkdir(parents=True)
    _recorder(root / "bin" / "uv", tmp_path / "uv.args")
    _recorder(root / ".venv" / "bin" / "talentsonar", tmp_path / "talentsonar.args")
    _recorder(root / ".venv" / "bin" / "python", tmp_path / "python.args")
    return root


def _run(root: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{root / 'bin'}{os.pathsep}{os.environ['PATH']}",
           "TALENTSONAR_PYTHON": sys.executable}
    return subprocess.run([str(root / "scripts" / argv[0]), *argv[1:]], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def _args(log: Path) -> list[str]:
    return log.read_text().splitlines()


def test_run_passes_its_arguments_to_the_service_not_to_uv(tmp_path: Path) -> None:
    root = _checkout(tmp_path)
    done = _run(root, "run", "--port", "8100", "--no-demo")
    assert done.returncode == 0, done.stderr
    # --inexact: the service does not uninstall the test tools scripts/test installed
    assert _args(tmp_path / "uv.args") == [
        "sync", "--frozen", "--python", sys.executable, "--inexact"]
    assert _args(tmp_path / "talentsonar.args") == ["serve", "--port", "8100", "--no-demo"]


def test_test_installs_the_dev_extras_and_passes_its_arguments_to_pytest(
    tmp_path: Path,
) -> None:
    root = _checkout(tmp_path)
    done = _run(root, "test", "tests/auth", "-q")
    assert done.returncode == 0, done.stderr
    assert _args(tmp_path / "uv.args") == [
        "sync", "--frozen", "--python", sys.executable, "--extra", "dev"]
    args = _args(tmp_path / "python.args")
    assert args[:2] == ["-m", "pytest"]
    assert args[-2:] == ["tests/auth", "-q"]  # the caller's arguments come last, untouched
