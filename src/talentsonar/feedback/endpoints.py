"""``POST /api/v1/feedback``, ``GET /api/v1/jobs/{id}/feedback``, the org's ranking model."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from talentsonar.analytics.service import invalidate_after_commit, register_runtime
from talentsonar.auth.principal import CurrentPrincipal, authorize
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.schemas import Envelope, Page, PageParams, page_params
from talentsonar.feedback import service
from talentsonar.feedback.schemas import FeedbackCreate, FeedbackOut, RankingModelOut

router = APIRouter(tags=["feedback"], dependencies=[Depends(authorize)])



#: Short lists answered whole by default (a page of up to 100).
ShortList = Annotated[PageParams, page_params(default_limit=100)]

@router.post("/feedback", response_model=Envelope[FeedbackOut], status_code=201)
async def submit_feedback(
    body: FeedbackCreate, principal: CurrentPrincipal, session: Session, runtime: RuntimeDep
) -> Envelope[FeedbackOut]:
    """Record positive / negative / hired feedback on a job x candidate pair."""
    register_runtime(runtime)
    feedback = await service.record_feedback(
        session, runtime.settings, principal.org_id, body, created_by_id=principal.user_id
    )
    invalidate_after_commit(session, principal.org_id)
    return Envelope(data=feedback, message="Feedback recorded successfully")


@router.get("/jobs/{job_id}/feedback", response_model=Page[FeedbackOut])
async def list_job_feedback(
    job_id: uuid.UUID, principal: CurrentPrincipal, session: ReadSession, paging: ShortList
) -> Page[FeedbackOut]:
    """All feedback on a job, newest first."""
    items, total = paging.page_of(await service.job_feedback(session, principal.org_id, job_id))
    return Page(data=items, pagination=paging.pagination(total))


@router.get("/ranking-model", response_model=Envelope[RankingModelOut])
async def get_ranking_model(
    principal: CurrentPrincipal, session: ReadSession
) -> Envelope[RankingModelOut]:
    """The feature weights this organisation's scores use (learned or default)."""
    return Envelope(data=await service.ranking_model(session, principal.org_id))
