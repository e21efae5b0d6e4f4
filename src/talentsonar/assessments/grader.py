"""Grading an attempt (run by the ``assessments.grade_attempt`` task, never in the API):
choices by rule, short answers by the AI layer against their rubric, code by the sandbox's
hidden tests. The results go on the candidate's skill profile (``assessment`` and ``code``
sources) and the recruiter who sent the invitation is notified."""

from __future__ import annotations

import uuid
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.ai.grading import grade_short_answer
from talentsonar.assessments.bank import Question, bank
from talentsonar.assessments.grading import grade_choice, skill_results
from talentsonar.assessments.repository import TakeRepository
from talentsonar.core.models import utcnow
from talentsonar.core.runtime import Runtime
from talentsonar.notifications.service import notify
from talentsonar.sandbox import grade_code
from talentsonar.skills.profiles import record_evidence

log = structlog.get_logger(__name__)

#: How much of a compiler message or first failure an answer keeps.
MESSAGE_LIMIT = 2000


async def _grade_one(runtime: Runtime, session: AsyncSession, org_id: uuid.UUID,
                     question: Question, seed: int,
                     answer: dict[str, Any] | None) -> tuple[float, dict[str, Any]]:
    """``(score 0..1, detail)``; ``detail["ungraded"]`` when the machinery (not the
    candidate) failed, so the result is not recorded against the candidate."""
    if answer is None:
        return 0.0, {"answered": False}
    if question.kind in ("single", "multiple"):
        return grade_choice(question, seed, answer.get("choices") or []), {"answered": True}
    if question.kind == "short":
        text = str(answer.get("text") or "")
        graded = await grade_short_answer(runtime, session, org_id, question=question.prompt,
                                          points=list(question.points), answer=text)
        return graded["score"] / 100, {
            "answered": True, "answer": text[:1000],
            "coveredPoints": graded.get("coveredPoints", []),
            "missedPoints": graded.get("missedPoints", []),
            "feedback": graded.get("feedback", ""), "gradedBy": graded.get("provider"),
        }
    result = await grade_code(question.language or "python", str(answer.get("code") or ""),
                              question.tests or "")
    detail: dict[str, Any] = {
        "answered": True, "status": result.status, "testsPassed": result.tests_passed,
        "testsTotal": result.tests_total, "message": result.message[:MESSAGE_LIMIT],
        "durationMs": result.duration_ms,
    }
    if result.status == "error":
        detail["ungraded"] = True
    score = 0.0 if result.status == "compile_error" else float(result.score)
    return score, detail


async def grade_attempt(runtime: Runtime, session: AsyncSession,
                        invitation_id: uuid.UUID) -> dict[str, Any]:
    """Grade a closed attempt once (a graded or open one is left alone)."""
    repo = TakeRepository(session)
    invitation = await repo.by_id(invitation_id)
    if invitation is None or invitation.status not in ("submitted", "timed_out"):
        return {"graded": False}
    assessment = await repo.assessment(invitation.assessment_id)
    level = assessment.seniority if assessment is not None else "mid"
    answers = {a.question_id: a for a in await repo.answers(invitation.id)}
    questions = bank()
    graded: list[tuple[Question, float, dict[str, Any]]] = []
    for entry in invitation.paper:
        question = questions.get(entry["id"])
        if question is None:
            continue
        row = answers.get(question.id)
        score, detail = await _grade_one(runtime, session, invitation.org_id, question,
                                         invitation.seed, row.answer if row else None)
        if row is not None:
            row.score = score
            row.grading = detail
        graded.append((question, score, detail))
    counted = [g for g in graded if not g[2].get("ungraded")]
    results = skill_results(level, counted, attempt=str(invitation.id))
    for result in results:
        await record_evidence(
            session, org_id=invitation.org_id, candidate_id=invitation.candidate_id,
            skill=result.skill, source=result.source,  # type: ignore[arg-type]
            proficiency=result.proficiency, confidence=result.confidence,
            evidence=result.evidence,
        )
    total = round(100 * sum(g[1] for g in counted) / len(counted), 1) if counted else 0.0
    invitation.score = total
    invitation.status = "graded"
    invitation.graded_at = utcnow()
    invitation.results = {
        "skills": [{"skill": r.skill, "source": r.source, "score": r.score,
                    "proficiency": r.proficiency, "questions": r.questions} for r in results],
        "answered": sum(1 for g in graded if g[2].get("answered")),
        "questions": len(graded),
        "ungraded": [g[0].id for g in graded if g[2].get("ungraded")],
        # per question: its score and, for code, the sandbox's status and message
        "perQuestion": [
            {"id": q.id, "skill": q.skill, "kind": q.kind, "score": round(score, 4),
             "answered": bool(d.get("answered")),
             **{k: d[k] for k in ("status", "message", "testsPassed", "testsTotal") if k in d}}
            for q, score, d in graded
        ],
    }
    await session.flush()
    title = assessment.title if assessment is not None else "Assessment"
    summary = ", ".join(f"{r.skill} {r.proficiency:g}/10 ({r.source})" for r in results)
    await notify(
        session, invitation.org_id, invitation.invited_by_id, "assessment.graded",
        f"{title}: scored {total:g}/100",
        f"{invitation.email} completed the assessment ({invitation.status}). {summary}",
        {"invitationId": str(invitation.id), "candidateId": str(invitation.candidate_id),
         "assessmentId": str(invitation.assessment_id), "score": total},
        email=True,
    )
    log.info("assessments.graded", invitation=str(invitation.id), score=total)
    return {"graded": True, "score": total, "skills": len(results)}
