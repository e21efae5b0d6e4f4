"""AI endpoints: ``/api/v1/ai/…``. The AI actions on a job or a candidate live with the
package that owns their URL (``jobs/ai_endpoints.py``, ``candidates/ai_endpoints.py``).

Every answer says which provider and model produced it, whether it came from cache,
the prompt version, and whether the builtin provider stood in (``fallback``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.ai import events as _events  # noqa: F401  (subscribes to domain events)
from talentsonar.ai import schemas as s
from talentsonar.ai import service
from talentsonar.ai.repository import AiUsageRepository
from talentsonar.ai.service import AiContext
from talentsonar.auth.principal import AiCaller, Principal, caller
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.errors import TalentSonarError
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import Envelope, Page, PageParams, page_params

#: Every endpoint here may call a model: the ``ai`` rate limit, checked with the caller.
router = APIRouter(tags=["ai"], dependencies=[Depends(caller("ai"))])


def _ctx(runtime: Runtime, session: AsyncSession, principal: Principal) -> AiContext:
    """The caller's organisation pays for what it asks (in credits)."""
    return service.caller_context(runtime, session, principal)


@router.post("/ai/cv-analysis", response_model=Envelope[s.CvAnalysisAnswer])
async def analyze_cv(
    body: s.CvAnalysisRequest, principal: AiCaller, session: Session, runtime: RuntimeDep
) -> Envelope[s.CvAnalysisAnswer]:
    """Analyse a CV (text or candidate) against requirements (text or job). Cached 1 h."""
    answer = await service.cv_analysis(
        _ctx(runtime, session, principal),
        cv_text=body.cv_text,
        candidate_id=body.candidate_id,
        job_requirements=body.job_requirements,
        job_id=body.job_id,
    )
    return Envelope(data=s.CvAnalysisAnswer.model_validate(answer))


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
                index=index, ok=True, analysis=s.CvAnalysisAnswer.model_validate(answer)
            )
        )
    return Envelope(data=out)


@router.post("/ai/job-requirements", response_model=Envelope[s.JobRequirementsAnswer])
async def generate_job_requirements(
    body: s.JobRequirementsRequest,
    principal: AiCaller,
    session: Session,
    runtime: RuntimeDep,
) -> Envelope[s.JobRequirementsAnswer]:
    """Structured requirements from job information. Cached 4 h by the job-info hash."""
    answer = await service.job_requirements(
        _ctx(runtime, session, principal), body.model_dump(by_alias=False, mode="json")
    )
    return Envelope(data=s.JobRequirementsAnswer.model_validate(answer))


@router.get("/ai/usage", response_model=Page[dict[str, Any]])
async def usage(
    principal: AiCaller, session: ReadSession,
    paging: Annotated[PageParams, page_params(default_limit=100)],
) -> Page[dict[str, Any]]:
    """Calls, cached calls, tokens and cost per operation and provider for this organisation."""
    totals, total = paging.page_of(await AiUsageRepository(session, principal.org_id).totals())
    return Page(data=totals, pagination=paging.pagination(total))
