from __future__ import annotations

import uuid
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, or_, select

from talentsonar.core.repository import TenantRepository
from talentsonar.core.rows import DriverConnection, RowQuery
from talentsonar.core.schemas import PageParams
from talentsonar.models.job import Job


def _search_condition(query: Any, pattern: Any) -> ColumnElement[bool]:
    """Full text on the weighted search vector, or a substring of the title."""
    return or_(Job.search.op("@@")(func.websearch_to_tsquery("english", query)),
               Job.title.ilike(pattern, escape="\\"))


class JobRepository(TenantRepository[Job]):
    model = Job
    label = "Job"


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: A job as the ``Job`` schema shows it, without match statistics.
_COLUMNS = (
    Job.id,
    Job.title,
    Job.department,
    Job.location,
    Job.description,
    Job.status,
    Job.required_skills,
    Job.nice_to_have_skills,
    Job.company_context,
    Job.seniority,
    Job.min_years_experience,
    Job.education_level,
    Job.remote,
    Job.employment_type,
    Job.created_by_id,
    Job.embedding_model,
    Job.created_at,
    Job.updated_at,
)


@cache
def _page_query(*, by_status: bool, by_department: bool, by_search: bool) -> RowQuery:
    """The list page for one combination of filters (compiled on first use)."""
    stmt = select(*_COLUMNS, func.count().over().label("_total")).where(
        Job.org_id == bindparam("org_id"), Job.deleted_at.is_(None)
    )
    if by_status:
        stmt = stmt.where(Job.status == bindparam("status"))
    if by_department:
        stmt = stmt.where(func.lower(Job.department) == bindparam("department"))
    if by_search:
        stmt = stmt.where(_search_condition(bindparam("search"), bindparam("pattern")))
    stmt = stmt.order_by(Job.created_at.desc(), Job.id)
    return RowQuery(stmt.limit(bindparam("limit")).offset(bindparam("offset")))


class JobRows:
    """The job list as rows straight from the driver."""

    def __init__(self, conn: DriverConnection, org_id: uuid.UUID) -> None:
        self.conn = conn
        self.org_id = org_id

    async def page(
        self, paging: PageParams, *, status: str | None, department: str | None,
        search: str | None,
    ) -> tuple[list[dict[str, Any]], int]:
        """Newest first; ``department`` case-insensitively, ``search`` in full text or as a
        substring of the title. The total comes as for :class:`CandidateRows`."""
        values: dict[str, Any] = {"org_id": self.org_id}
        if status:
            values["status"] = status
        if department:
            values["department"] = department.strip().lower()
        if search and search.strip():
            values["search"] = search
            values["pattern"] = f"%{_escape_like(search.strip())}%"
        query = _page_query(by_status="status" in values, by_department="department" in values,
                            by_search="search" in values)
        return await query.page(self.conn, limit=paging.limit, offset=paging.offset, **values)
