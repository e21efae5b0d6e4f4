"""Embedded PostgreSQL bookkeeping."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from talentsonar.core.embedded_pg import HANDLES_FILE, forget_dead_handles


def test_dead_processes_are_forgotten(tmp_path: Path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    handles = tmp_path / HANDLES_FILE
    handles.write_text(json.dumps([gone.pid, os.getpid()]))
    forget_dead_handles(tmp_path)
    assert json.loads(handles.read_text()) == [os.getpid()]


def test_missing_or_garbled_handle_file_is_left_alone(tmp_path: Path) -> None:
    forget_dead_handles(tmp_path)  # no file: nothing to do
    handles = tmp_path / HANDLES_FILE
    handles.write_text("{not json")
    forget_dead_handles(tmp_path)
    assert handles.read_text() == "{not json"
