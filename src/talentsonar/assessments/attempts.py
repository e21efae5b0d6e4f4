"""The candidate's side of an assessment, under the link's token (no account): read the
paper, start the timer, save answers as they go, submit.

- A link that expired before the start, was replaced, or whose attempt is finished answers
  410 (Gone): the link is single-use.
- The timer is the server's: ``deadline_at`` is set at the start. An answer after it is
  refused (409) and closes the attempt (``timed_out``), which is then graded with the
  answers saved in time.
- A submit (or a timeout) queues the grading task: nothing is graded in the API process.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.assessments import schemas as s
from talentsonar.assessments.bank import Question, bank, shown
from talentsonar.assessments.grading import valid_choice
from talentsonar.assessments.repository import TakeRepository
from talentsonar.assessments.service import TOKEN_PREFIX
from talentsonar.core.errors import Conflict, Gone, NotFound, UnprocessableEntity
from talentsonar.core.models import utcnow
from talentsonar.core.queue import Priority, enqueue
from talentsonar.core.runtime import Runtime
from talentsonar.core.security import sha256_hex
from talentsonar.models.assessment_invitation import AssessmentInvitation

FINISHED = {"submitted": "was submitted", "timed_out": "timed out", "graded": "was graded"}
GRADE_TASK = "assessments.grade_attempt"


def _hash(token: str) -> str:
    if not token.startswith(TOKEN_PREFIX) or len(token) > 120:
        raise NotFound("No assessment at this link")
    return sha256_hex(token)


def _seconds_left(deadline: datetime | None, now: datetime) -> int:
    return max(0, int((deadline - now).total_seconds())) if deadline else 0


def _refuse_closed(status: str, expires_at: datetime | None, now: datetime) -> None:
    if status == "revoked":
        raise Gone("This link was replaced by a newer invitation", code="link_revoked")
    if status in FINISHED:
        raise Gone(f"This link was used: the attempt {FINISHED[status]}", code="link_used")
    if status == "invited" and expires_at is not None and expires_at < now:
        raise Gone("This link has expired", code="link_expired")


async def _close_timed_out(runtime: Runtime, invitation_id: uuid.UUID,
                           org_id: uuid.UUID) -> None:
    """Close a timed-out attempt in a transaction of its own (the refused request's
    rolls back) and queue its grading."""
    async with runtime.db.session() as session:
        if await TakeRepository(session).close(invitation_id, "timed_out", utcnow()):
            await enqueue(session, GRADE_TASK, org_id=org_id,
                          args={"invitation_id": str(invitation_id)}, priority=Priority.high)


async def _open(runtime: Runtime, session: AsyncSession, token: str,
                *, lock: bool = False) -> AssessmentInvitation:
    invitation = await TakeRepository(session).by_token_hash(_hash(token), lock=lock)
    if invitation is None:
        raise NotFound("No assessment at this link")
    now = utcnow()
    _refuse_closed(invitation.status, invitation.expires_at, now)
    if invitation.status == "started" and invitation.deadline_at and invitation.deadline_at < now:
        invitation_id, org_id = invitation.id, invitation.org_id
        await session.rollback()
        await _close_timed_out(runtime, invitation_id, org_id)
        raise Gone("The time limit has passed: the attempt is closed and will be graded",
                   code="time_up")
    return invitation


async def paper(runtime: Runtime, session: AsyncSession, token: str) -> s.Paper:
    """The paper: its rules before the start; the questions (and saved answers) after."""
    invitation = await _open(runtime, session, token)
    repo = TakeRepository(session)
    assessment = await repo.assessment(invitation.assessment_id)
    if assessment is None:
        raise Gone("This assessment was withdrawn", code="link_revoked")
    questions: list[s.PaperQuestion] = []
    if invitation.status == "started":
        saved = {a.question_id: a.answer for a in await repo.answers(invitation.id)}
        for entry in invitation.paper:
            questions.append(s.PaperQuestion.model_validate(
                {**shown(entry, invitation.seed), "answer": saved.get(entry["id"])}))
    return s.Paper(
        title=assessment.title, organization=await repo.org_name(invitation.org_id),
        status=invitation.status, time_limit_minutes=assessment.time_limit_minutes,
        question_count=len(invitation.paper), expires_at=invitation.expires_at,
        started_at=invitation.started_at, deadline_at=invitation.deadline_at,
        seconds_left=_seconds_left(invitation.deadline_at, utcnow())
        if invitation.deadline_at else None,
        questions=questions,
    )


async def start(runtime: Runtime, session: AsyncSession, token: str) -> s.Paper:
    """Start the timer (once; starting again answers the same paper)."""
    invitation = await _open(runtime, session, token, lock=True)
    if invitation.status == "invited":
        assessment = await TakeRepository(session).assessment(invitation.assessment_id)
        if assessment is None:
            raise Gone("This assessment was withdrawn", code="link_revoked")
        now = utcnow()
        invitation.status = "started"
        invitation.started_at = now
        invitation.deadline_at = now + timedelta(minutes=assessment.time_limit_minutes)
        await session.flush()
    return await paper(runtime, session, token)


def _answer_of(question: Question, seed: int, body: s.AnswerSave) -> dict[str, Any]:
    """The stored answer, checked against the question's kind (422 when it does not fit)."""
    if question.kind in ("single", "multiple"):
        if body.choices is None or not valid_choice(question, seed, body.choices):
            raise UnprocessableEntity(
                "Give choices: " + ("one option id" if question.kind == "single"
                                    else "option ids") + " of this question",
                details={"field": "choices"})
        return {"choices": body.choices}
    if question.kind == "short":
        if body.text is None:
            raise UnprocessableEntity("Give text: the answer", details={"field": "text"})
        return {"text": body.text}
    if body.code is None:
        raise UnprocessableEntity("Give code: the solution's source", details={"field": "code"})
    return {"code": body.code}


async def save_answer(runtime: Runtime, session: AsyncSession, token: str, question_id: str,
                      body: s.AnswerSave) -> s.AnswerSaved:
    repo = TakeRepository(session)
    state = await repo.state(_hash(token))
    if state is None:
        raise NotFound("No assessment at this link")
    invitation_id, org_id, status, seed, deadline, paper_entries = state
    now = utcnow()
    _refuse_closed(status, None, now)
    if status != "started":
        raise Conflict("Start the assessment first (POST …/start)", code="not_started")
    if deadline is not None and deadline < now:
        await session.rollback()
        await _close_timed_out(runtime, invitation_id, org_id)
        raise Conflict("The time limit has passed: the answer was not saved and the attempt "
                       "is closed", code="time_up")
    if not any(e["id"] == question_id for e in paper_entries):
        raise NotFound("No such question on this paper")
    answer = _answer_of(bank()[question_id], seed, body)
    if not await repo.save_answer(org_id=org_id, invitation_id=invitation_id,
                                  question_id=question_id, answer=answer, now=now):
        raise Gone("The attempt is closed: the answer was not saved", code="link_used")
    return s.AnswerSaved(question_id=question_id, saved_at=now,
                         seconds_left=_seconds_left(deadline, now))


async def submit(runtime: Runtime, session: AsyncSession, token: str) -> s.Submitted:
    invitation = await _open(runtime, session, token, lock=True)
    if invitation.status != "started":
        raise Conflict("Start the assessment first (POST …/start)", code="not_started")
    repo = TakeRepository(session)
    answered = len(await repo.answers(invitation.id))
    now = utcnow()
    await repo.close(invitation.id, "submitted", now)
    await enqueue(session, GRADE_TASK, org_id=invitation.org_id,
                  args={"invitation_id": str(invitation.id)}, priority=Priority.high)
    return s.Submitted(status="submitted", submitted_at=now, answered=answered,
                       question_count=len(invitation.paper))
