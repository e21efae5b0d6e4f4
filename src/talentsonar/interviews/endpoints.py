"""Interviews API (``/api/v1/interviews``)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.ai import schemas as ai_schemas
from talentsonar.ai import service as ai
from talentsonar.ai.service import AiContext
from talentsonar.auth.principal import CurrentPrincipal, Principal, authorize
from talentsonar.core.audit import Actor
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import Envelope, Page, Paging
from talentsonar.interviews.repository import InterviewRepository
from talentsonar.interviews.schemas import (
    Interview,
    InterviewCreate,
    InterviewResults,
    InterviewUpdate,
    QuestionKitRequest,
)
from talentsonar.interviews.service import InterviewService
from talentsonar.models.interview import InterviewStatus

router = APIRouter(
    prefix="/interviews", tags=["interviews"], dependencies=[Depends(authorize)]
)


class InterviewQuestionKitAnswer(ai_schemas.QuestionKitAnswer):
    focus_skills: list[str] | None = None


def _service(runtime: Runtime, session: AsyncSession, principal: Principal) -> InterviewService:
    return InterviewService(
        AiContext(runtime, session, principal.org_id, payer=Actor.of(principal))
    )


@router.post("", response_model=Envelope[Interview], status_code=status.HTTP_201_CREATED)
async def create_interview(
    body: InterviewCreate, principal: CurrentPrincipal, session: Session, runtime: RuntimeDep
) -> Envelope[Interview]:
    interview = await _service(runtime, session, principal).create(body)
    return Envelope(data=Interview.model_validate(interview), message="Interview scheduled")


@router.get("", response_model=Page[Interview])
async def list_interviews(
    principal: CurrentPrincipal,
    session: ReadSession,
    paging: Paging,
    job_id: Annotated[uuid.UUID | None, Query(alias="jobId")] = None,
    candidate_id: Annotated[uuid.UUID | None, Query(alias="candidateId")] = None,
    status_: Annotated[InterviewStatus | None, Query(alias="status")] = None,
) -> Page[Interview]:
    repo = InterviewRepository(session, principal.org_id)
    rows, total = await repo.paginate(
        repo.filtered(
            job_id=job_id, candidate_id=candidate_id, status=status_.value if status_ else None
        ),
        paging,
    )
    return Page(
        data=[Interview.model_validate(r) for r in rows], pagination=paging.pagination(total)
    )


@router.post("/questions", response_model=Envelope[ai_schemas.QuestionKitAnswer])
async def question_kit(
    body: QuestionKitRequest, principal: CurrentPrincipal, session: Session, runtime: RuntimeDep
) -> Envelope[ai_schemas.QuestionKitAnswer]:
    """A question kit for a job title and skills (cached 2 h by title + skills + count)."""
    answer = await ai.question_kit(
        AiContext(runtime, session, principal.org_id, payer=Actor.of(principal)),
        title=body.job_title,
        skills=body.skills,
        count=body.count,
        level=body.level,
    )
    return Envelope(data=ai_schemas.QuestionKitAnswer.model_validate(answer))


@router.get("/{interview_id}", response_model=Envelope[Interview])
async def get_interview(
    interview_id: uuid.UUID, principal: CurrentPrincipal, session: ReadSession
) -> Envelope[Interview]:
    interview = await InterviewRepository(session, principal.org_id).get_or_404(interview_id)
    return Envelope(data=Interview.model_validate(interview))


@router.patch("/{interview_id}", response_model=Envelope[Interview])
async def update_interview(
    interview_id: uuid.UUID,
    body: InterviewUpdate,
    principal: CurrentPrincipal,
    session: Session,
    runtime: RuntimeDep,
) -> Envelope[Interview]:
    interview = await _service(runtime, session, principal).update(interview_id, body)
    return Envelope(data=Interview.model_validate(interview), message="Interview updated")


@router.get("/{interview_id}/questions", response_model=Envelope[InterviewQuestionKitAnswer])
async def interview_questions(
    interview_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: Session,
    runtime: RuntimeDep,
    count: Annotated[int, Query(ge=1, le=50)] = ai.DEFAULT_KIT_SIZE,
) -> Envelope[InterviewQuestionKitAnswer]:
    """Questions aimed at the job requirements the candidate's CV did not evidence."""
    answer = await _service(runtime, session, principal).questions(interview_id, count)
    return Envelope(data=InterviewQuestionKitAnswer.model_validate(answer))


@router.put("/{interview_id}/results", response_model=Envelope[Interview])
async def record_results(
    interview_id: uuid.UUID,
    body: InterviewResults,
    principal: CurrentPrincipal,
    session: Session,
    runtime: RuntimeDep,
) -> Envelope[Interview]:
    """Record answers and per-competency ratings; the interview becomes completed."""
    interview = await _service(runtime, session, principal).record_results(interview_id, body)
    return Envelope(data=Interview.model_validate(interview), message="Results recorded")


@router.get(
    "/{interview_id}/analysis",
    response_model=Envelope[ai_schemas.InterviewAnalysisAnswer],
)
async def interview_analysis(
    interview_id: uuid.UUID, principal: CurrentPrincipal, session: Session, runtime: RuntimeDep
) -> Envelope[ai_schemas.InterviewAnalysisAnswer]:
    """Competency scores and the requirement x evidence coverage matrix (cached 30 min)."""
    answer = await _service(runtime, session, principal).analysis(interview_id)
    return Envelope(data=ai_schemas.InterviewAnalysisAnswer.model_validate(answer))
