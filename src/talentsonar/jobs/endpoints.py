"""Jobs API (``/api/v1/jobs``): shapes of seed 001."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response, status
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.principal import CurrentPrincipal, authorize, rate_limit
from talentsonar.core.deps import ReadConnection, ReadSession, RuntimeDep, Session
from talentsonar.core.schemas import Envelope, Message, Page, Paging, RowsJSON
from talentsonar.embeddings import get_embedder
from talentsonar.jobs import service as job_service
from talentsonar.jobs.repository import JobRepository, JobRows
from talentsonar.jobs.schemas import Job, JobCreate, JobUpdate
from talentsonar.models.job import Job as JobRow

router = APIRouter(prefix="/jobs", tags=["jobs"], dependencies=[Depends(authorize), rate_limit()])


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
    body: JobCreate, principal: CurrentPrincipal, session: Session, runtime: RuntimeDep
) -> Envelope[Job]:
    """Create a job; candidates are (re)scored against it in the background."""
    service = job_service.JobService(session, principal.org_id, get_embedder(runtime))
    job = await service.create(body, created_by_id=principal.user_id)
    [out] = await _with_statistics(session, principal.org_id, [job])
    return Envelope(data=out, message="Job created successfully")


_JOBS = RowsJSON(Job)


@router.get("", response_model=Page[Job])
async def list_jobs(
    principal: CurrentPrincipal,
    conn: ReadConnection,
    paging: Paging,
    status: Annotated[
        Literal["open", "closed", "on hold", "all"], Query(description="Filter by status")
    ] = "all",
    department: Annotated[str | None, Query(max_length=200)] = None,
    search: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """Jobs of the organisation, newest first."""
    rows, total = await JobRows(conn, principal.org_id).page(
        paging, status=None if status == "all" else status, department=department,
        search=search)
    stats = await job_service.match_statistics_rows(
        conn, principal.org_id, [row["id"] for row in rows])
    for row in rows:
        row["match_statistics"] = stats[row["id"]]
    return _JOBS.page(rows, paging, total)


@router.get("/{job_id}", response_model=Envelope[Job])
async def get_job(job_id: uuid.UUID, principal: CurrentPrincipal, session: ReadSession
                  ) -> Envelope[Job]:
    row = await JobRepository(session, principal.org_id).get_or_404(job_id)
    [out] = await _with_statistics(session, principal.org_id, [row])
    return Envelope(data=out)


@router.patch("/{job_id}", response_model=Envelope[Job])
async def update_job(
    job_id: uuid.UUID, body: JobUpdate, principal: CurrentPrincipal, session: Session,
    runtime: RuntimeDep,
) -> Envelope[Job]:
    service = job_service.JobService(session, principal.org_id, get_embedder(runtime))
    job = await service.update(job_id, body)
    [out] = await _with_statistics(session, principal.org_id, [job])
    return Envelope(data=out, message="Job updated successfully")


@router.delete("/{job_id}", response_model=Message)
async def delete_job(job_id: uuid.UUID, principal: CurrentPrincipal, session: Session,
                     runtime: RuntimeDep) -> Message:
    """Soft delete: the job disappears from every list; its rows stay for audit."""
    service = job_service.JobService(session, principal.org_id, get_embedder(runtime))
    await service.delete(job_id)
    return Message(message="Job deleted successfully")
