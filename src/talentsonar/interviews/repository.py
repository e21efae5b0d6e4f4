from __future__ import annotations

import uuid

from sqlalchemy import Select

from talentsonar.core.repository import TenantRepository
from talentsonar.models.interview import Interview


class InterviewRepository(TenantRepository[Interview]):
    model = Interview
    label = "Interview"

    def filtered(
        self, *, job_id: uuid.UUID | None, candidate_id: uuid.UUID | None, status: str | None
    ) -> Select[Interview]:
        stmt = self.base()
        if job_id is not None:
            stmt = stmt.where(Interview.job_id == job_id)
        if candidate_id is not None:
            stmt = stmt.where(Interview.candidate_id == candidate_id)
        if status:
            stmt = stmt.where(Interview.status == status)
        return stmt.order_by(
            Interview.scheduled_at.desc().nulls_last(), Interview.created_at.desc()
        )
