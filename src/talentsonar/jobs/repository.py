from __future__ import annotations

from sqlalchemy import Select, func, or_

from talentsonar.core.repository import TenantRepository
from talentsonar.models.job import Job


class JobRepository(TenantRepository[Job]):
    model = Job
    label = "Job"

    def filtered(
        self, *, status: str | None, department: str | None, search: str | None
    ) -> Select[Job]:
        stmt = self.base()
        if status:
            stmt = stmt.where(Job.status == status)
        if department:
            stmt = stmt.where(func.lower(Job.department) == department.strip().lower())
        if search and search.strip():
            query = func.websearch_to_tsquery("english", search)
            stmt = stmt.where(or_(Job.search.op("@@")(query),
                                  Job.title.ilike(f"%{_escape_like(search.strip())}%",
                                                  escape="\\")))
        return stmt.order_by(Job.created_at.desc(), Job.id)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
