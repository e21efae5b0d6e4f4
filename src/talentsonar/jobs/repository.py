from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any, TypedDict, cast

from sqlalchemy import ColumnElement, bindparam, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from talentsonar.core.fulltext import websearch_text
from talentsonar.core.repository import CompiledSelect, TenantRepository, windowed
from talentsonar.core.schemas import PageParams
from talentsonar.models.candidate import Candidate
from talentsonar.models.job import Job


def _search_condition(query: Any, pattern: Any) -> ColumnElement[bool]:
    """Full text on the weighted search vector, or a substring of the title."""
    return or_(Job.search.op("@@")(func.websearch_to_tsquery("english", query)),
               Job.title.ilike(pattern, escape="\\"))


class JobRepository(TenantRepository[Job]):
    model = Job
    label = "Job"

    async def count_open(self) -> int:
        """How many live, open jobs the organisation has."""
        stmt = select(func.count()).select_from(Job).where(
            Job.org_id == self.org_id, Job.deleted_at.is_(None), Job.status == "open")
        return int((await self.session.execute(stmt)).scalar_one())

    async def count_candidates_to_score(self) -> int:
        """How many live candidates a new job of the organisation is scored against."""
        stmt = select(func.count()).select_from(Candidate).where(
            Candidate.org_id == self.org_id, Candidate.deleted_at.is_(None))
        return int((await self.session.execute(stmt)).scalar_one())

    async def by_ids(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Job]:
        """The organisation's live jobs among ``ids`` (one query; not the vectors)."""
        if not ids:
            return {}
        stmt = self.base().where(Job.id.in_(list(set(ids)))).options(
            defer(Job.embedding), defer(Job.search))
        return {job.id: job for job in (await self.session.execute(stmt)).scalars()}

    async def window(
        self, *, offset: int, limit: int, status: str | None = None
    ) -> tuple[list[Job], int]:
        """One window of the organisation's live jobs, newest first, and their total."""
        stmt = self.base().options(defer(Job.embedding), defer(Job.search))
        if status:
            stmt = stmt.where(Job.status == status)
        stmt = stmt.order_by(Job.created_at.desc(), Job.id)
        return await windowed(self.session, stmt, offset=offset, limit=limit)

    async def page(
        self, paging: PageParams, *, status: str | None, department: str | None,
        search: str | None,
    ) -> tuple[list[JobRow], int]:
        """The job list (:func:`job_page`: a compiled select, typed rows)."""
        return await job_page(self.session, self.org_id, paging, status=status,
                              department=department, search=search)


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
    Job.requirements,
    Job.created_by_id,
    Job.embedding_model,
    Job.created_at,
    Job.updated_at,
)


@cache
def _page_query(*, by_status: bool, by_department: bool, by_search: bool) -> CompiledSelect:
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
    return CompiledSelect(stmt.limit(bindparam("limit")).offset(bindparam("offset")))


class JobRow(TypedDict):
    """A job as the ``Job`` schema shows it, without match statistics."""

    id: uuid.UUID
    title: str
    department: str | None
    location: str | None
    description: str
    status: str
    required_skills: list[str]
    nice_to_have_skills: list[str]
    company_context: dict[str, Any]
    seniority: str | None
    min_years_experience: float | None
    education_level: str | None
    remote: bool | None
    employment_type: str | None
    requirements: dict[str, Any]
    created_by_id: uuid.UUID | None
    embedding_model: str | None
    created_at: datetime
    updated_at: datetime


async def job_page(
    session: AsyncSession, org_id: uuid.UUID, paging: PageParams, *, status: str | None,
    department: str | None, search: str | None,
) -> tuple[list[JobRow], int]:
    """Newest first; ``department`` case-insensitively, ``search`` in full text or as a
    substring of the title; the total comes with the page (``count(*) OVER ()``)."""
    values: dict[str, Any] = {"org_id": org_id}
    if status:
        values["status"] = status
    if department:
        values["department"] = department.strip().lower()
    if search and search.strip():
        values["search"] = websearch_text(search)
        values["pattern"] = f"%{_escape_like(search.strip())}%"
    query = _page_query(by_status="status" in values, by_department="department" in values,
                        by_search="search" in values)
    rows, total = await query.page(session, limit=paging.limit, offset=paging.offset, **values)
    for row in rows:
        del row["_total"]
    return cast(list[JobRow], rows), total
