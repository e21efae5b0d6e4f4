"""All SQL of the tasks API: status and progress of background work, polled by clients."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, TypedDict, cast

from sqlalchemy import ColumnElement, bindparam, func, select

from talentsonar.core.repository import CompiledSelect, TenantRepository
from talentsonar.core.schemas import PageParams
from talentsonar.models.task import Task, TaskStatus, task_progress


class TaskRow(TypedDict):
    """What a client sees of a task (``TaskOut``): not the payload, which can be large."""

    id: uuid.UUID
    kind: str
    status: str
    progress: int
    total: int
    completed: int
    failed: int
    attempts: int
    subject_type: str | None
    subject_id: uuid.UUID | None
    result: dict[str, Any] | None
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


_COLUMNS = (
    Task.id,
    Task.kind,
    Task.status,
    Task.total,
    Task.completed,
    Task.failed,
    Task.attempts,
    Task.subject_type,
    Task.subject_id,
    Task.result,
    Task.error,
    Task.created_at,
    Task.started_at,
    Task.finished_at,
)


def _filters(*, by_status: bool, by_kind: bool) -> list[ColumnElement[bool]]:
    conditions = [Task.org_id == bindparam("org_id"), Task.deleted_at.is_(None)]
    if by_status:
        conditions.append(Task.status == bindparam("status", type_=Task.status.type))
    if by_kind:
        conditions.append(Task.kind == bindparam("kind"))
    return conditions


def _page_query(*, by_status: bool, by_kind: bool) -> CompiledSelect:
    stmt = (
        select(*_COLUMNS, func.count().over().label("_total"))
        .where(*_filters(by_status=by_status, by_kind=by_kind))
        .order_by(Task.created_at.desc(), Task.id)
    )
    return CompiledSelect(stmt.limit(bindparam("limit")).offset(bindparam("offset")))


# Clients poll these: compiled once (the four filter combinations).
_FLAGS = [(s, k) for s in (False, True) for k in (False, True)]
PAGE = {flags: _page_query(by_status=flags[0], by_kind=flags[1]) for flags in _FLAGS}
_ONE = CompiledSelect(
    select(*_COLUMNS).where(*_filters(by_status=False, by_kind=False), Task.id == bindparam("id"))
)


def _task_row(row: dict[str, Any]) -> TaskRow:
    row.pop("_total", None)
    row["progress"] = task_progress(row["status"], row["total"], row["completed"], row["failed"])
    return cast(TaskRow, row)


class TaskRepository(TenantRepository[Task]):
    model = Task
    label = "Task"

    async def page(
        self, paging: PageParams, *, status: TaskStatus | None = None, kind: str | None = None
    ) -> tuple[list[TaskRow], int]:
        """Newest first, with the total (:meth:`CompiledSelect.page`)."""
        filters: dict[str, Any] = {"org_id": self.org_id}
        if status is not None:
            filters["status"] = status
        if kind:
            filters["kind"] = kind
        rows, total = await PAGE[(status is not None, bool(kind))].page(
            self.session, limit=paging.limit, offset=paging.offset, **filters
        )
        return [_task_row(r) for r in rows], total

    async def row(self, task_id: uuid.UUID) -> TaskRow | None:
        rows = await _ONE.rows(self.session, org_id=self.org_id, id=task_id)
        return _task_row(rows[0]) if rows else None
