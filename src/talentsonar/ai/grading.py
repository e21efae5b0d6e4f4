"""Short answers graded against a rubric of expected points (``answer_grading``): through
the gateway like every operation; the builtin provider decides deterministically with the
same point matching as interview answers (``knowledge.point_coverage``)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.ai import schemas as s
from talentsonar.ai.knowledge import point_coverage
from talentsonar.core.runtime import Runtime


def grade_answer(rubric: dict[str, Any], answer: str) -> s.AnswerGrade:
    """The builtin grade: the share of the rubric's points the answer covers."""
    points = [str(p) for p in rubric.get("points") or []]
    if not answer.strip() or not points:
        return s.AnswerGrade(score=0, covered_points=[], missed_points=points,
                             feedback="No answer." if not answer.strip() else "No rubric.")
    covered, missed = point_coverage(answer, points)
    score = round(100 * len(covered) / len(points))
    feedback = (f"Covers {len(covered)} of {len(points)} expected points"
                + (f"; missing: {', '.join(missed)}." if missed else "."))
    return s.AnswerGrade(score=score, covered_points=covered, missed_points=missed,
                         feedback=feedback)


async def grade_short_answer(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID, *, question: str,
    points: list[str], answer: str,
) -> dict[str, Any]:
    """``{"score": 0-100, "coveredPoints", "missedPoints", "feedback", "provider"}``; the
    organisation is not charged credits (grading is part of the assessment)."""
    from talentsonar.ai.service import AiContext, run_operation

    answered = await run_operation(
        AiContext(runtime, session, org_id),
        "answer_grading",
        {"rubric": {"question": question, "points": points}, "answer": answer[:5000]},
    )
    result: dict[str, Any] = dict(answered["result"])
    result["provider"] = answered["provider"]
    return result
