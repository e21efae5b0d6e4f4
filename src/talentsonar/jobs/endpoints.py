"""Jobs API (``/api/v1/jobs``): shapes of seed 001."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, status
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.schemas import Envelope, Message, Page, Paging
from talentsonar.embeddings import get_embedder
from talentsonar.jobs import (
    ai_endpoints,
    feedback_endpoints,
    match_endpoints,
    pipeline_endpoints,
    skills_endpoints,
)
from talentsonar.jobs import service as job_service
from talentsonar.jobs.repository import JobRepository
from talentsonar.jobs.schemas import Job, JobCreate, JobUpdate
from talentsonar.models.job import Job as JobRow

router = APIRouter(prefix="/jobs", tags=["jobs"], dependencies=[Depends(authorize)])
#: Every router under ``/api/v1/jobs``: the jobs themselves, then other domains' views of
#: and actions on a job (each keeps its own tag and rate limit).
routers = (
    router,
    ai_endpoints.router,
    match_endpoints.router,
    feedback_endpoints.router,
    pipeline_endpoints.router,
    skills_endpoints.router,
)


async def _with_statistics(
    session: AsyncSession, org_id: uuid.UUID, rows: list[JobRow]
) -> list[Job]:
    # Looked up through the module so the matching domain can replace the function.
    stats = await job_service.match_statistics_for_jobs(session, org_id, [r.id for r in rows])
    out = []
    for row in rows:
        job = Job.model_validate(row)
        if row.id in stats:
            job.match_statistics = stats[row.id]
        out.append(job)
    return out


@router.post("", response_model=Envelope[Job], status_code=status.HTTP_201_CREATED)
async def create_job(
    body: JobCreate, principal: Caller, session: Session, runtime: RuntimeDep
) -> Envelope[Job]:
    """Create a job; candidates are (re)scored against it in the background."""
    service = job_service.JobService(session, principal.org_id, get_embedder(runtime))
    job = await service.create(body, created_by_id=principal.user_id)
    [out] = await _with_statistics(session, principal.org_id, [job])
    return Envelope(data=out, message=await job_service.created_message(session, principal.org_id))


@router.get("", response_model=Page[Job])
async def list_jobs(
    principal: Caller,
    session: ReadSession,
    paging: Paging,
    status: Annotated[
        Literal["open", "closed", "on hold", "all"], Query(description="Filter by status")
    ] = "all",
    department: Annotated[str | None, Query(max_length=200)] = None,
    search: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[Job]:
    """Jobs of the organisation, newest first."""
    rows, total = await JobRepository(session, principal.org_id).page(
        paging, status=None if status == "all" else status, department=department,
        search=search)
    stats = await job_service.match_statistics_for_jobs(
        session, principal.org_id, [row["id"] for row in rows])
    jobs = [{**row, "match_statistics": stats[row["id"]]} for row in rows]
    return Page[Job].model_validate({"data": jobs, "pagination": paging.pagination(total)})


@router.get("/{job_id}", response_model=Envelope[Job])
async def get_job(job_id: uuid.UUID, principal: Caller, session: ReadSession
                  ) -> Envelope[Job]:
    row = await JobRepository(session, principal.org_id).get_or_404(job_id)
    [out] = await _with_statistics(session, principal.org_id, [row])
    return Envelope(data=out)


@router.patch("/{job_id}", response_model=Envelope[Job])
async def update_job(
    job_id: uuid.UUID, body: JobUpdate, principal: Caller, session: Session,
    runtime: RuntimeDep,
) -> Envelope[Job]:
    service = job_service.JobService(session, principal.org_id, get_embedder(runtime))
    job = await service.update(job_id, body)
    [out] = await _with_statistics(session, principal.org_id, [job])
    return Envelope(data=out, message="Job updated successfully")


@router.delete("/{job_id}", response_model=Message)
async def delete_job(job_id: uuid.UUID, principal: Caller, session: Session,
                     runtime: RuntimeDep) -> Message:
    """Soft delete: the job disappears from every list; its rows stay for audit."""
    service = job_service.JobService(session, principal.org_id, get_embedder(runtime))
    await service.delete(job_id)
    return Message(message="Job deleted successfully")
