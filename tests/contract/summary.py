"""The contract tests' figure, printed at the end of the run (hooks registered by
``tests/conftest.py``, so the figure is printed under pytest-xdist as well):

    Seeds 000, 001 and 004 endpoints conforming: N of 60

An endpoint conforms when its contract test passed (``seed_endpoint`` user property)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.contract.shapes import seed_endpoints

PROPERTY = "seed_endpoint"
_OUTCOMES: dict[str, bool] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for name, key in report.user_properties:
        if name == PROPERTY and (report.when == "call" or report.failed):
            _OUTCOMES[key] = _OUTCOMES.get(key, True) and report.passed


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _OUTCOMES:
        return
    endpoints = seed_endpoints()
    conforming = sorted(k for k, ok in _OUTCOMES.items() if ok and k in endpoints)
    terminalreporter.write_sep("-", "seed contract")
    terminalreporter.write_line(
        f"Seeds 000, 001 and 004 endpoints conforming: {len(conforming)} of {len(endpoints)}"
    )
    for key in sorted(set(endpoints) - set(conforming)):
        state = "failed" if key in _OUTCOMES else "not run"
        terminalreporter.write_line(f"  {state}: {key} ({endpoints[key]['endpoint']})")
