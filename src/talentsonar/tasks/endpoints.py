from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.deps import ReadSession
from talentsonar.core.errors import NotFound
from talentsonar.core.schemas import Envelope, Page, Paging
from talentsonar.models.task import TaskStatus
from talentsonar.tasks.repository import TaskRepository
from talentsonar.tasks.schemas import TaskOut

router = APIRouter(
    prefix="/tasks", tags=["tasks"], dependencies=[Depends(authorize)]
)


@router.get("", response_model=Page[TaskOut])
async def list_tasks(
    principal: Caller,
    session: ReadSession,
    paging: Paging,
    status: Annotated[TaskStatus | None, Query(description="Only tasks in this status")] = None,
    kind: Annotated[str | None, Query(max_length=100)] = None,
) -> Page[TaskOut]:
    """Background tasks of the organisation, newest first."""
    rows, total = await TaskRepository(session, principal.org_id).page(
        paging, status=status, kind=kind
    )
    return Page[TaskOut].model_validate({"data": rows, "pagination": paging.pagination(total)})


@router.get("/{task_id}", response_model=Envelope[TaskOut])
async def get_task(task_id: uuid.UUID, principal: Caller, session: ReadSession
                   ) -> Envelope[TaskOut]:
    """Status and progress of one background task."""
    row = await TaskRepository(session, principal.org_id).row(task_id)
    if row is None:
        raise NotFound("Task")
    return Envelope(data=TaskOut.model_validate(row))
