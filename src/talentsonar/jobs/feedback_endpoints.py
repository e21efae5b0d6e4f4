"""``GET /api/v1/jobs/{id}/feedback``: a thin handler over ``feedback.service``; it keeps the
``feedback`` tag."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from talentsonar.auth.principal import CurrentPrincipal, authorize
from talentsonar.core.deps import ReadSession
from talentsonar.core.schemas import Page, PageParams, page_params
from talentsonar.feedback import service
from talentsonar.feedback.schemas import FeedbackOut

router = APIRouter(prefix="/jobs", tags=["feedback"], dependencies=[Depends(authorize)])

#: Short lists answered whole by default (a page of up to 100).
ShortList = Annotated[PageParams, page_params(default_limit=100)]


@router.get("/{job_id}/feedback", response_model=Page[FeedbackOut])
async def list_job_feedback(
    job_id: uuid.UUID, principal: CurrentPrincipal, session: ReadSession, paging: ShortList
) -> Page[FeedbackOut]:
    """All feedback on a job, newest first."""
    items, total = paging.page_of(await service.job_feedback(session, principal.org_id, job_id))
    return Page(data=items, pagination=paging.pagination(total))
