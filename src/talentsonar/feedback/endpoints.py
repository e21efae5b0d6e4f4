"""``POST /api/v1/feedback`` and the org's ranking model. A job's feedback is listed by
``jobs/feedback_endpoints.py``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from talentsonar.analytics.service import invalidate_after_commit
from talentsonar.auth.principal import CurrentPrincipal, authorize
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.schemas import Envelope, PageParams, page_params
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
    feedback = await service.record_feedback(
        session, runtime.settings, principal.org_id, body, created_by_id=principal.user_id
    )
    invalidate_after_commit(session, principal.org_id)
    return Envelope(data=feedback, message="Feedback recorded successfully")


@router.get("/ranking-model", response_model=Envelope[RankingModelOut])
async def get_ranking_model(
    principal: CurrentPrincipal, session: ReadSession
) -> Envelope[RankingModelOut]:
    """The feature weights this organisation's scores use (learned or default)."""
    return Envelope(data=await service.ranking_model(session, principal.org_id))
