"""Grading rules (pure): choice questions, the level a result shows, and the per-skill
results an attempt records on the candidate's skill profile.

- **Single choice**: 1 for the right option, else 0.
- **Multiple choice**: the share of the right options chosen minus the share of the wrong
  options chosen, at least 0: choosing every option scores nothing.
- **Short answer**: the share of the rubric's expected points the answer covers (graded by
  the AI layer; the builtin provider decides deterministically).
- **Code**: the share of hidden tests passed (0 when it does not compile or run).
- **Proficiency** of a skill: the mean score of its questions times the level's ceiling
  (a perfect junior paper shows 6/10, a perfect senior one 10/10). Choice and short answers
  are the ``assessment`` source, code exercises the ``code`` source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from talentsonar.assessments.bank import Question, option_id

LEVEL_CEILING = {"junior": 6.0, "mid": 8.0, "senior": 10.0}


def chosen_indices(question: Question, seed: int, selected: Iterable[str]) -> set[int]:
    ids = {option_id(seed, question.id, i): i for i in range(len(question.options))}
    return {ids[s] for s in selected if s in ids}


def valid_choice(question: Question, seed: int, selected: Sequence[str]) -> bool:
    """Whether ``selected`` names options of this paper (one for a single choice)."""
    ids = {option_id(seed, question.id, i) for i in range(len(question.options))}
    if any(s not in ids for s in selected) or len(set(selected)) != len(selected):
        return False
    return not (question.kind == "single" and len(selected) > 1)


def grade_choice(question: Question, seed: int, selected: Iterable[str]) -> float:
    picked = chosen_indices(question, seed, selected)
    if question.kind == "single":
        return 1.0 if picked and picked == set(question.correct) else 0.0
    right = len(picked & question.correct) / len(question.correct)
    wrong_options = len(question.options) - len(question.correct)
    wrong = len(picked - question.correct) / wrong_options if wrong_options else 0.0
    return max(0.0, right - wrong)


def proficiency(level: str, fraction: float) -> float:
    return round(LEVEL_CEILING.get(level, 8.0) * max(0.0, min(1.0, fraction)), 2)


@dataclass(frozen=True, slots=True)
class SkillResult:
    skill: str
    source: str  # "assessment" | "code"
    score: float  # 0..1, mean of the questions
    proficiency: float  # 0..10
    confidence: float
    questions: int
    evidence: dict[str, Any]


def skill_results(level: str, graded: Sequence[tuple[Question, float, dict[str, Any]]],
                  *, attempt: str) -> list[SkillResult]:
    """Per skill and source (``assessment`` for choices and short answers, ``code`` for
    exercises): the mean score, the level it shows and the answers that show it."""
    groups: dict[tuple[str, str], list[tuple[Question, float, dict[str, Any]]]] = {}
    for item in graded:
        source = "code" if item[0].kind == "code" else "assessment"
        groups.setdefault((item[0].skill, source), []).append(item)
    out = []
    for (skill, source), items in sorted(groups.items()):
        mean = sum(score for _, score, _ in items) / len(items)
        confidence = (min(0.95, 0.7 + 0.1 * len(items)) if source == "code"
                      else min(0.9, 0.45 + 0.15 * len(items)))
        out.append(SkillResult(
            skill=skill, source=source, score=round(mean, 4),
            proficiency=proficiency(level, mean), confidence=round(confidence, 2),
            questions=len(items),
            evidence={"attempt": attempt, "level": level, "score": round(mean, 4),
                      "answers": [{"questionId": q.id, "kind": q.kind, "prompt": q.prompt[:200],
                                   "score": round(score, 4), **detail}
                                  for q, score, detail in items]},
        ))
    return out
