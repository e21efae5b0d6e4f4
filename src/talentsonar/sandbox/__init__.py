"""The code sandbox: runs a candidate's code against hidden tests under bubblewrap.

``await grade_code("python", source, tests)`` -> ``CodeResult``. See docs/SANDBOX.md.
"""

from __future__ import annotations

from talentsonar.sandbox.runner import Sandbox, default_sandbox, grade_code, sandbox_unavailable
from talentsonar.sandbox.types import LANGUAGES, CodeResult, Limits, Status

__all__ = [
    "LANGUAGES",
    "CodeResult",
    "Limits",
    "Sandbox",
    "Status",
    "default_sandbox",
    "grade_code",
    "sandbox_unavailable",
]
