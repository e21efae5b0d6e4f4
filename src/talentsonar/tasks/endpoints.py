from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from talentsonar.auth.principal import CurrentPrincipal, authorize, rate_limit
from talentsonar.core.deps import ReadConnection
from talentsonar.core.errors import NotFound
from talentsonar.core.schemas import Envelope, Page, Paging, RowsJSON
from talentsonar.models.task import TaskStatus
from talentsonar.tasks.repository import TaskRows
from talentsonar.tasks.schemas import TaskOut

router = APIRouter(
    prefix="/tasks", tags=["tasks"], dependencies=[Depends(authorize), rate_limit()]
)


_TASKS = RowsJSON(TaskOut)


@router.get("", response_model=Page[TaskOut])
async def list_tasks(
    principal: CurrentPrincipal,
    conn: ReadConnection,
    paging: Paging,
    status: Annotated[TaskStatus | None, Query(description="Only tasks in this status")] = None,
    kind: Annotated[str | None, Query(max_length=100)] = None,
) -> Response:
    """Background tasks of the organisation, newest first."""
    rows, total = await TaskRows(conn, principal.org_id).page(paging, status=status, kind=kind)
    return _TASKS.page(rows, paging, total)


@router.get("/{task_id}", response_model=Envelope[TaskOut])
async def get_task(
    task_id: uuid.UUID, principal: CurrentPrincipal, conn: ReadConnection
) -> Response:
    """Status and progress of one background task."""
    row = await TaskRows(conn, principal.org_id).get(task_id)
    if row is None:
        raise NotFound("Task")
    return _TASKS.one(row)
