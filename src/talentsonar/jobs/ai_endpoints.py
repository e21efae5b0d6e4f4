"""AI actions on a job: ``/api/v1/jobs/{id}/analyze``, ``/analyze-top``, ``/analysis-status``
and the fit analysis of one job x candidate pair.

Thin handlers over ``ai.service``; they keep the ``ai`` tag and the ``ai`` rate limit.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends, status

from talentsonar.ai import schemas as s
from talentsonar.ai import service
from talentsonar.auth.principal import AiCaller, caller
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.schemas import Envelope

#: Every endpoint here may call a model: the ``ai`` rate limit, checked with the caller.
router = APIRouter(prefix="/jobs", tags=["ai"], dependencies=[Depends(caller("ai"))])


@router.post(
    "/{job_id}/candidates/{candidate_id}/analyze",
    response_model=Envelope[s.FitAnswer],
)
async def analyze_pair(
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    principal: AiCaller,
    session: Session,
    runtime: RuntimeDep,
) -> Envelope[s.FitAnswer]:
    """AI fit analysis of one job x candidate pair, stored on the match as ``ai_enhanced``."""
    answer = await service.fit_analysis(
        service.caller_context(runtime, session, principal), job_id, candidate_id
    )
    message = (
        "Analysis stored on the match"
        if answer.pop("stored")
        else ("Analysis computed; the pair has no match yet, so nothing was stored")
    )
    return Envelope(data=s.FitAnswer.model_validate(answer), message=message)


@router.post(
    "/{job_id}/analyze-top",
    response_model=Envelope[s.AnalyzeTopAccepted],
    status_code=status.HTTP_202_ACCEPTED,
)
async def analyze_top(
    job_id: uuid.UUID,
    body: s.AnalyzeTopRequest,
    principal: AiCaller,
    session: Session,
    runtime: RuntimeDep,
) -> Envelope[s.AnalyzeTopAccepted]:
    """Queue AI fit analysis of the job's top ``limit`` candidates scoring at least ``minScore``."""
    task_id, total = await service.queue_top_analysis(
        service.caller_context(runtime, session, principal),
        job_id,
        limit=body.limit,
        min_score=body.min_score,
        created_by_id=principal.user_id,
    )
    return Envelope(
        data=s.AnalyzeTopAccepted(
            task_id=task_id, total=total, status_url=f"/api/v1/jobs/{job_id}/analysis-status",
            job_id=job_id,
            estimated_completion_time=service.estimated_completion_time(runtime, total),
        ),
        message=f"AI analysis of {total} candidates queued",
    )


@router.get("/{job_id}/analysis-status", response_model=Envelope[s.AnalysisStatus])
async def analysis_status(
    job_id: uuid.UUID, principal: AiCaller, session: ReadSession, runtime: RuntimeDep
) -> Envelope[s.AnalysisStatus]:
    """Progress of the latest top-N analysis of the job."""
    return Envelope(
        data=await service.analysis_status(
            service.caller_context(runtime, session, principal), job_id
        )
    )


@router.post("/{job_id}/analyze", response_model=Envelope[s.JobAnalysisAnswer])
async def analyze_job(
    job_id: uuid.UUID, principal: AiCaller, session: Session, runtime: RuntimeDep
) -> Envelope[s.JobAnalysisAnswer]:
    """Key responsibilities, ideal candidate, true seniority and skill requirements of a job."""
    answer = await service.job_analysis(service.caller_context(runtime, session, principal), job_id)
    return Envelope(data=s.JobAnalysisAnswer.model_validate(answer))
