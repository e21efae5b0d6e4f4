"""A job's hiring pipeline: its board, its figures, and adding candidates to it from the
shortlist or a talent search. Thin handlers over ``pipeline.service`` (``pipeline`` tag)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, status

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.audit import Actor
from talentsonar.core.deps import ReadSession, Session
from talentsonar.core.schemas import Envelope
from talentsonar.pipeline import service
from talentsonar.pipeline.schemas import (
    AddedApplication,
    Board,
    JobApplicationsAdd,
    PipelineFigures,
)

router = APIRouter(prefix="/jobs", tags=["pipeline"], dependencies=[Depends(authorize)])


@router.get("/{job_id}/pipeline", response_model=Envelope[Board])
async def job_pipeline(
    job_id: uuid.UUID,
    principal: Caller,
    session: ReadSession,
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=service.BOARD_MAX_LIMIT,
            description="Cards per column at most (best score first); "
            "a column's further cards: GET /api/v1/applications?jobId=…"
            "&stageId=…",
        ),
    ] = service.BOARD_DEFAULT_LIMIT,
) -> Envelope[Board]:
    """The job's board: every stage in order with its count and its applications
    (candidate name, score, time in stage)."""
    return Envelope(data=await service.board(session, principal.org_id, job_id, limit))


@router.get("/{job_id}/pipeline/figures", response_model=Envelope[PipelineFigures])
async def job_pipeline_figures(
    job_id: uuid.UUID, principal: Caller, session: ReadSession
) -> Envelope[PipelineFigures]:
    """Counts per stage, how many reached each stage, mean time in stage and the
    conversion between stages."""
    return Envelope(data=await service.figures(session, principal.org_id, job_id))


@router.post(
    "/{job_id}/applications",
    response_model=Envelope[list[AddedApplication]],
    status_code=status.HTTP_201_CREATED,
)
async def add_job_applications(
    job_id: uuid.UUID,
    body: JobApplicationsAdd,
    principal: Caller,
    session: Session,
    request: Request,
) -> Envelope[list[AddedApplication]]:
    """Add candidates (from the job's shortlist or a talent search) to the job's
    pipeline; a candidate already in it keeps their application (``created: false``)."""
    added = await service.add_to_job(
        session, principal.org_id, job_id, body, Actor.of(principal, request)
    )
    created = sum(a.created for a in added)
    return Envelope(data=added, message=f"{created} candidate(s) added to the pipeline")
