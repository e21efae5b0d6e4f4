from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select

from talentsonar.core.repository import TenantRepository
from talentsonar.core.rows import DriverConnection, RowQuery
from talentsonar.core.schemas import PageParams
from talentsonar.models.task import Task, TaskStatus, task_progress


class TaskRepository(TenantRepository[Task]):
    model = Task
    label = "Task"


#: What a client sees of a task (TaskOut): not the payload, which can be large.
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


def _page_query(*, by_status: bool, by_kind: bool) -> RowQuery:
    stmt = (
        select(*_COLUMNS, func.count().over().label("_total"))
        .where(*_filters(by_status=by_status, by_kind=by_kind))
        .order_by(Task.created_at.desc(), Task.id)
    )
    return RowQuery(stmt.limit(bindparam("limit")).offset(bindparam("offset")))


_FLAGS = [(s, k) for s in (False, True) for k in (False, True)]
_PAGE = {flags: _page_query(by_status=flags[0], by_kind=flags[1]) for flags in _FLAGS}
_ONE = RowQuery(
    select(*_COLUMNS).where(
        *_filters(by_status=False, by_kind=False), Task.id == bindparam("id")
    )
)


def _with_progress(row: dict[str, Any]) -> dict[str, Any]:
    row["progress"] = task_progress(row["status"], row["total"], row["completed"], row["failed"])
    return row


class TaskRows:
    """Task status and progress as rows, straight from the driver: clients poll these."""

    def __init__(self, conn: DriverConnection, org_id: uuid.UUID) -> None:
        self.conn = conn
        self.org_id = org_id

    async def page(
        self, paging: PageParams, *, status: TaskStatus | None = None, kind: str | None = None
    ) -> tuple[list[dict[str, Any]], int]:
        """Newest first, with the total (:meth:`RowQuery.page`)."""
        flags = (status is not None, bool(kind))
        filters: dict[str, Any] = {"org_id": self.org_id}
        if status is not None:
            filters["status"] = status
        if kind:
            filters["kind"] = kind
        rows, total = await _PAGE[flags].page(
            self.conn, limit=paging.limit, offset=paging.offset, **filters
        )
        return [_with_progress(r) for r in rows], total

    async def get(self, task_id: uuid.UUID) -> dict[str, Any] | None:
        rows = await _ONE.fetch(self.conn, org_id=self.org_id, id=task_id)
        return _with_progress(rows[0]) if rows else None
