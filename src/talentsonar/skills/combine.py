"""How the sources of one skill combine into one level (pure functions, no I/O).

Each source gives a proficiency 0-10 and a confidence 0-1. A recruiter's level overrides
the others; otherwise the level is the mean of the sources weighted by confidence times the
source's weight (code and assessments count more than a CV claim). The confidence grows
with each independent source: ``1 - Π(1 - c·w)`` with ``w`` capped at 1."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Source = Literal["cv", "assessment", "code", "github", "recruiter"]
SOURCES: tuple[Source, ...] = ("cv", "assessment", "code", "github", "recruiter")

#: How much each source's word weighs against the others.
SOURCE_WEIGHTS: dict[str, float] = {
    "cv": 1.0, "github": 1.5, "assessment": 2.5, "code": 3.0, "recruiter": 3.0,
}
#: Sources that verify a skill (something other than the person's own claim).
VERIFYING = frozenset({"assessment", "code", "github", "recruiter"})
#: Sources whose low score means the skill was tested and found lacking.
TESTING = frozenset({"assessment", "code"})
#: A tested level at or above this passes; below it fails.
PASS_LEVEL = 5.0


@dataclass(frozen=True, slots=True)
class SourceLevel:
    source: str
    proficiency: float
    confidence: float
    verified_at: datetime


@dataclass(frozen=True, slots=True)
class Combined:
    proficiency: float
    confidence: float
    status: str  # "verified" | "claimed" | "failed"
    sources: list[str]
    verified_at: datetime | None


def combine(levels: Iterable[SourceLevel]) -> Combined:
    order: dict[str, int] = {name: i for i, name in enumerate(SOURCES)}
    levels = sorted(levels, key=lambda lv: order.get(lv.source, len(order)))
    if not levels:
        return Combined(0.0, 0.0, "claimed", [], None)
    verified_at = max((lv.verified_at for lv in levels if lv.source in VERIFYING), default=None)
    sources = [lv.source for lv in levels]
    recruiter = next((lv for lv in levels if lv.source == "recruiter"), None)
    miss = 1.0
    for lv in levels:
        miss *= 1.0 - min(1.0, lv.confidence * min(1.0, SOURCE_WEIGHTS.get(lv.source, 1.0)))
    confidence = round(1.0 - miss, 3)
    if recruiter is not None:
        proficiency = recruiter.proficiency
    else:
        total = sum(lv.confidence * SOURCE_WEIGHTS.get(lv.source, 1.0) for lv in levels)
        proficiency = (
            sum(lv.proficiency * lv.confidence * SOURCE_WEIGHTS.get(lv.source, 1.0)
                for lv in levels) / total
            if total > 0 else max(lv.proficiency for lv in levels)
        )
    return Combined(round(max(0.0, min(10.0, proficiency)), 2), confidence,
                    _status(levels, recruiter), sources, verified_at)


def _status(levels: list[SourceLevel], recruiter: SourceLevel | None) -> str:
    if recruiter is not None:
        return "verified" if recruiter.proficiency >= PASS_LEVEL else "failed"
    passed = [lv for lv in levels if lv.source in VERIFYING and lv.proficiency >= PASS_LEVEL]
    if passed:
        # The latest test wins when a test failed after another source passed.
        failed = [lv for lv in levels if lv.source in TESTING and lv.proficiency < PASS_LEVEL]
        latest_fail = max((lv.verified_at for lv in failed), default=None)
        latest_pass = max(lv.verified_at for lv in passed)
        if latest_fail is not None and latest_fail > latest_pass:
            return "failed"
        return "verified"
    if any(lv.source in TESTING and lv.proficiency < PASS_LEVEL for lv in levels):
        return "failed"
    return "claimed"
