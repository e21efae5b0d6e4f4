"""The interview assessment: pure, deterministic, monotonic (no I/O).

What an interview *measured* is a fact, like a match's features: every provider starts from
it, and the numbers in an interview analysis are these, whoever writes the narrative.

- **Scale.** A rating ``r`` on the 1-5 scale is ``20 * r`` out of 100 (the share of the
  scale: 4/5 is 80/100, 1/5 is 20/100).
- **One answer.** Its rating and, when the question lists expected points, the share of
  them the answer covers; the mean of the two when both exist.
- **Not assessed.** A question with no answer text and no rating was not asked or not
  answered: it is *not assessed*, excluded from every score and reported, never a zero.
  A recorded answer with text but neither rating nor expected points is evidence (it
  covers its requirement) without a score.
- **Competency.** The mean of its scored answers and its explicit competency ratings.
- **Overall.** The mean of the competency scores; ``None`` when nothing was scored.
  Raising any rating never lowers it (each step is a mean of non-decreasing terms).
- **Coverage.** Every recorded answer and competency rating covers the requirement it
  concerns, whatever its score; a low score is a concern, not missing coverage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from statistics import mean
from typing import Any

#: Points per step of the 1-5 rating scale.
RATING_POINTS = 20
STRONG_HIRE = 80
HIRE = 65
LEAN_NO = 45
#: A competency scored below this is a concern; at or above STRENGTH it is a strength.
CONCERN_BELOW = 50
STRENGTH_FROM = 70


def rating_score(rating: float) -> int:
    """A 1-5 rating as 0-100 (the share of the scale)."""
    return round(RATING_POINTS * max(1.0, min(5.0, float(rating))))


def recommendation(overall: int | None) -> str:
    if overall is None:
        return "not_assessed"
    if overall >= STRONG_HIRE:
        return "strong_hire"
    if overall >= HIRE:
        return "hire"
    if overall >= LEAN_NO:
        return "lean_no"
    return "no_hire"


@dataclass(frozen=True, slots=True)
class ScoredAnswer:
    question: str
    competency: str
    score: int | None  # None: recorded as evidence, not scored
    rating: float | None
    covered_points: tuple[str, ...]
    missed_points: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Competency:
    name: str
    score: int
    signals: int
    evidence: str


@dataclass(frozen=True, slots=True)
class CoverageRow:
    requirement: str
    cv_evidence: str | None
    interview_evidence: str | None

    @property
    def covered_by(self) -> str:
        if self.cv_evidence and self.interview_evidence:
            return "both"
        return "cv" if self.cv_evidence else "interview" if self.interview_evidence else "none"


@dataclass
class Assessment:
    answers: list[ScoredAnswer] = field(default_factory=list)
    not_assessed: list[str] = field(default_factory=list)
    competencies: list[Competency] = field(default_factory=list)
    overall: int | None = None
    coverage: list[CoverageRow] = field(default_factory=list)

    @property
    def recommendation(self) -> str:
        return recommendation(self.overall)

    def strengths(self) -> list[str]:
        best = sorted(self.competencies, key=lambda c: (-c.score, c.name))
        return [
            f"{c.name}: {c.score}/100 ({c.evidence})" for c in best if c.score >= STRENGTH_FROM
        ][:4]

    def concerns(self) -> list[str]:
        out = [
            f"{c.name}: {c.score}/100 ({c.evidence})"
            for c in self.competencies
            if c.score < CONCERN_BELOW
        ]
        out += [
            f"{r.requirement}: not evidenced in the CV and not assessed in the interview"
            for r in self.coverage
            if r.covered_by == "none"
        ]
        if self.not_assessed:
            out.append(f"{len(self.not_assessed)} question(s) not assessed (no answer, no rating)")
        return out


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def assess(
    answers: Sequence[Mapping[str, Any]],
    ratings: Mapping[str, float],
    requirements: Sequence[str],
    *,
    normalize: Callable[[str], str],
    point_coverage: Callable[[str, list[str]], tuple[list[str], list[str]]],
    cv_evidence: Callable[[str], str | None],
    answer_mentions: Callable[[str], set[str]],
) -> Assessment:
    """The assessment of recorded results against ``requirements`` (canonical skill names).

    The text helpers are passed in (the analyst's vocabulary): ``normalize`` gives a
    skill's canonical name, ``point_coverage`` the expected points an answer covers,
    ``cv_evidence`` a CV quote evidencing a requirement, ``answer_mentions`` the canonical
    skills an answer names.
    """
    result = Assessment()
    signals: dict[str, list[int]] = {}
    notes: dict[str, list[str]] = {}
    evidence_of: dict[str, list[str]] = {}
    for item in answers:
        text = str(item.get("answer") or "")
        question = str(item.get("question") or "")
        raw_rating = item.get("rating")
        rating = float(raw_rating) if raw_rating is not None else None
        competency = normalize(str(item.get("skill") or item.get("competency") or "General"))
        if not text.strip() and rating is None:
            result.not_assessed.append(_clip(question, 120) or competency)
            continue
        points = [str(p) for p in item.get("expectedPoints") or item.get("expected_points") or []]
        covered, missed = point_coverage(text, points) if text.strip() else ([], list(points))
        parts: list[int] = []
        if rating is not None:
            parts.append(rating_score(rating))
        if points and text.strip():
            parts.append(round(100 * len(covered) / len(points)))
        score = round(mean(parts)) if parts else None
        result.answers.append(
            ScoredAnswer(question, competency, score, rating, tuple(covered), tuple(missed), text)
        )
        described = f'answered "{_clip(question, 80)}"'
        if rating is not None:
            described += f", rated {rating:g}/5"
        if points and text.strip():
            described += f", covered {len(covered)}/{len(points)} expected points"
        evidence_of.setdefault(competency, []).append(described)
        for mentioned in answer_mentions(text) - {competency}:
            evidence_of.setdefault(mentioned, []).append(f'mentioned in "{_clip(question, 80)}"')
        if score is not None:
            signals.setdefault(competency, []).append(score)
            notes.setdefault(competency, []).append(described)
    for name, value in ratings.items():
        competency = normalize(str(name))
        signals.setdefault(competency, []).append(rating_score(value))
        notes.setdefault(competency, []).append(f"rated {float(value):g}/5")
        evidence_of.setdefault(competency, []).append(f"competency rated {float(value):g}/5")
    result.competencies = [
        Competency(name, round(mean(values)), len(values), "; ".join(notes[name][:3]))
        for name, values in signals.items()
    ]
    result.overall = (
        round(mean(c.score for c in result.competencies)) if result.competencies else None
    )
    rows: list[CoverageRow] = []
    seen: set[str] = set()
    for requirement in requirements:
        if requirement in seen:
            continue
        seen.add(requirement)
        interview = evidence_of.get(requirement)
        rows.append(
            CoverageRow(
                requirement,
                cv_evidence(requirement),
                "; ".join(interview[:2]) if interview else None,
            )
        )
    for competency, notes_of in evidence_of.items():
        if competency not in seen and any(not d.startswith("mentioned") for d in notes_of):
            seen.add(competency)
            rows.append(CoverageRow(competency, cv_evidence(competency), "; ".join(notes_of[:2])))
    result.coverage = rows
    return result
