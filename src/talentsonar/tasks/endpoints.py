from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from talentsonar.auth.principal import CurrentPrincipal, authorize, rate_limit
from talentsonar.core.deps import ReadSession
from talentsonar.core.schemas import Envelope, Page, Paging
from talentsonar.models.task import Task, TaskStatus
from talentsonar.tasks.repository import TaskRepository
from talentsonar.tasks.schemas import TaskOut

router = APIRouter(
    prefix="/tasks", tags=["tasks"], dependencies=[Depends(authorize), rate_limit()]
)


@router.get("", response_model=Page[TaskOut])
async def list_tasks(
    principal: CurrentPrincipal,
    session: ReadSession,
    paging: Paging,
    status: Annotated[TaskStatus | None, Query(description="Only tasks in this status")] = None,
    kind: Annotated[str | None, Query(max_length=100)] = None,
) -> Page[TaskOut]:
    """Background tasks of the organisation, newest first."""
    repo = TaskRepository(session, principal.org_id)
    stmt = repo.base().order_by(Task.created_at.desc(), Task.id)
    if status is not None:
        stmt = stmt.where(Task.status == status)
    if kind:
        stmt = stmt.where(Task.kind == kind)
    rows, total = await repo.paginate(stmt, paging)
    return Page(data=[TaskOut.model_validate(r) for r in rows], pagination=paging.pagination(total))


@router.get("/{task_id}", response_model=Envelope[TaskOut])
async def get_task(
    task_id: uuid.UUID, principal: CurrentPrincipal, session: ReadSession
) -> Envelope[TaskOut]:
    """Status and progress of one background task."""
    task = await TaskRepository(session, principal.org_id).get_or_404(task_id)
    return Envelope(data=TaskOut.model_validate(task))
