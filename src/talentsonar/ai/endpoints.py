"""AI endpoints: ``/api/v1/ai/…`` and the AI actions on jobs and candidates.

Every answer says which provider and model produced it, whether it came from cache,
the prompt version, and whether the builtin provider stood in (``fallback``).
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, status
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.admin.audit import Actor
from talentsonar.ai import events as _events  # noqa: F401  (subscribes to domain events)
from talentsonar.ai import schemas as s
from talentsonar.ai import service
from talentsonar.ai.repository import AiTaskRepository, AiUsageRepository
from talentsonar.ai.service import AiContext
from talentsonar.ai.tasks import ANALYZE_TOP, reservation_args
from talentsonar.auth.principal import AiCaller, Principal, caller
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.errors import TalentSonarError
from talentsonar.core.queue import Priority, enqueue
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import Envelope, Page, PageParams, page_params
from talentsonar.credits import service as credits
from talentsonar.matching.service import top_matches
from talentsonar.models.task import TaskStatus

#: Every endpoint here may call a model: the ``ai`` rate limit, checked with the caller.
router = APIRouter(tags=["ai"], dependencies=[Depends(caller("ai"))])


def _ctx(runtime: Runtime, session: AsyncSession, principal: Principal) -> AiContext:
    """The caller's organisation pays for what it asks (in credits)."""
    return AiContext(runtime, session, principal.org_id, payer=Actor.of(principal))


@router.post("/ai/cv-analysis", response_model=Envelope[s.AiAnswer[s.CvAnalysis]])
async def analyze_cv(
    body: s.CvAnalysisRequest, principal: AiCaller, session: Session, runtime: RuntimeDep
) -> Envelope[s.AiAnswer[s.CvAnalysis]]:
    """Analyse a CV (text or candidate) against requirements (text or job). Cached 1 h."""
    answer = await service.cv_analysis(
        _ctx(runtime, session, principal),
        cv_text=body.cv_text,
        candidate_id=body.candidate_id,
        job_requirements=body.job_requirements,
        job_id=body.job_id,
    )
    return Envelope(data=s.AiAnswer[s.CvAnalysis].model_validate(answer))


@router.post("/ai/cv-analysis/batch", response_model=Envelope[list[s.BatchItemResult]])
async def analyze_cv_batch(
    body: s.BatchCvAnalysisRequest,
    principal: AiCaller,
    session: Session,
    runtime: RuntimeDep,
) -> Envelope[list[s.BatchItemResult]]:
    """Analyse up to 50 CVs against the same requirements; one bad item does not fail the rest."""
    ctx = _ctx(runtime, session, principal)
    requirements = body.job_requirements
    if body.job_id is not None and not (requirements and requirements.strip()):
        requirements = service.job_text(await service.load_job(ctx, body.job_id))
    out: list[s.BatchItemResult] = []
    for index, item in enumerate(body.cvs):
        try:
            answer = await service.cv_analysis(
                ctx,
                cv_text=item.cv_text,
                candidate_id=item.candidate_id,
                job_requirements=requirements,
                job_id=None,
            )
        except TalentSonarError as exc:
            out.append(s.BatchItemResult(index=index, ok=False, error=exc.message))
            continue
        out.append(
            s.BatchItemResult(
                index=index, ok=True, analysis=s.AiAnswer[s.CvAnalysis].model_validate(answer)
            )
        )
    return Envelope(data=out)


@router.post("/ai/job-requirements", response_model=Envelope[s.AiAnswer[s.JobRequirements]])
async def generate_job_requirements(
    body: s.JobRequirementsRequest,
    principal: AiCaller,
    session: Session,
    runtime: RuntimeDep,
) -> Envelope[s.AiAnswer[s.JobRequirements]]:
    """Structured requirements from job information. Cached 4 h by the job-info hash."""
    answer = await service.job_requirements(
        _ctx(runtime, session, principal), body.model_dump(by_alias=False, mode="json")
    )
    return Envelope(data=s.AiAnswer[s.JobRequirements].model_validate(answer))


@router.get("/ai/usage", response_model=Page[dict[str, Any]])
async def usage(
    principal: AiCaller, session: ReadSession,
    paging: Annotated[PageParams, page_params(default_limit=100)],
) -> Page[dict[str, Any]]:
    """Calls, cached calls, tokens and cost per operation and provider for this organisation."""
    totals, total = paging.page_of(await AiUsageRepository(session, principal.org_id).totals())
    return Page(data=totals, pagination=paging.pagination(total))


@router.post(
    "/jobs/{job_id}/candidates/{candidate_id}/analyze",
    response_model=Envelope[s.AiAnswer[s.FitAnalysis]],
)
async def analyze_pair(
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    principal: AiCaller,
    session: Session,
    runtime: RuntimeDep,
) -> Envelope[s.AiAnswer[s.FitAnalysis]]:
    """AI fit analysis of one job x candidate pair, stored on the match as ``ai_enhanced``."""
    answer = await service.fit_analysis(_ctx(runtime, session, principal), job_id, candidate_id)
    message = (
        "Analysis stored on the match"
        if answer.pop("stored")
        else ("Analysis computed; the pair has no match yet, so nothing was stored")
    )
    return Envelope(data=s.AiAnswer[s.FitAnalysis].model_validate(answer), message=message)


@router.post(
    "/jobs/{job_id}/analyze-top",
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
    ctx = _ctx(runtime, session, principal)
    await service.load_job(ctx, job_id)
    rows = await top_matches(
        session, principal.org_id, job_id, limit=body.limit, min_score=body.min_score
    )
    # The batch reserves its credits up front; the task releases what it did not use.
    reservation = None
    price = credits.price_of("fit_analysis", settings=runtime.settings) * len(rows)
    if price > 0:
        reservation = await credits.reserve(
            session, principal.org_id, price, idempotency_key=f"analyze-top:{uuid.uuid4().hex}",
            actor=Actor.of(principal), reason=f"AI analysis of the top {len(rows)}",
            related=("job", str(job_id)), settings=runtime.settings,
        )
    row = await enqueue(
        session,
        ANALYZE_TOP,
        org_id=principal.org_id,
        args={
            "job_id": str(job_id),
            "candidate_ids": [str(r.candidate_id) for r in rows],
            "reservation": reservation_args(reservation),
        },
        priority=Priority.high,
        created_by_id=principal.user_id,
        subject=("job", job_id),
        total=len(rows),
    )
    return Envelope(
        data=s.AnalyzeTopAccepted(
            task_id=row.id, total=len(rows), status_url=f"/api/v1/jobs/{job_id}/analysis-status"
        ),
        message=f"AI analysis of {len(rows)} candidates queued",
    )


@router.get("/jobs/{job_id}/analysis-status", response_model=Envelope[s.AnalysisStatus])
async def analysis_status(
    job_id: uuid.UUID, principal: AiCaller, session: ReadSession, runtime: RuntimeDep
) -> Envelope[s.AnalysisStatus]:
    """Progress of the latest top-N analysis of the job."""
    await service.load_job(_ctx(runtime, session, principal), job_id)
    task = await AiTaskRepository(session, principal.org_id).latest_for_subject(ANALYZE_TOP, job_id)
    if task is None:
        return Envelope(
            data=s.AnalysisStatus(in_progress=False, total=0, completed=0, failed=0, progress=0)
        )
    done = task.completed + task.failed
    finished = task.status in (TaskStatus.succeeded, TaskStatus.failed, TaskStatus.cancelled)
    progress = 100 if finished or task.total == 0 else round(100 * done / task.total)
    return Envelope(
        data=s.AnalysisStatus(
            in_progress=not finished,
            total=task.total,
            completed=task.completed,
            failed=task.failed,
            progress=progress,
            task_id=task.id,
            status=task.status.value,
        )
    )


@router.post("/jobs/{job_id}/analyze", response_model=Envelope[s.AiAnswer[s.JobAnalysis]])
async def analyze_job(
    job_id: uuid.UUID, principal: AiCaller, session: Session, runtime: RuntimeDep
) -> Envelope[s.AiAnswer[s.JobAnalysis]]:
    """Key responsibilities, ideal candidate, true seniority and skill requirements of a job."""
    answer = await service.job_analysis(_ctx(runtime, session, principal), job_id)
    return Envelope(data=s.AiAnswer[s.JobAnalysis].model_validate(answer))


@router.post("/candidates/{candidate_id}/enrich", response_model=Envelope[s.AiAnswer[s.Enrichment]])
async def enrich_candidate(
    candidate_id: uuid.UUID, principal: AiCaller, session: Session, runtime: RuntimeDep
) -> Envelope[s.AiAnswer[s.Enrichment]]:
    """Suggested role title, experience summary and inferred skills of a candidate."""
    answer = await service.enrichment(_ctx(runtime, session, principal), candidate_id)
    return Envelope(data=s.AiAnswer[s.Enrichment].model_validate(answer))
