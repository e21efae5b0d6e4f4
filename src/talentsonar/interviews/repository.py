from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Select

from talentsonar.core.repository import TenantRepository, windowed
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

    async def for_candidates(self, candidate_ids: Sequence[uuid.UUID]) -> list[Interview]:
        """The interviews of each of ``candidate_ids`` (one query), latest first."""
        if not candidate_ids:
            return []
        stmt = self.base().where(Interview.candidate_id.in_(list(set(candidate_ids)))).order_by(
            Interview.scheduled_at.desc().nulls_last(), Interview.created_at.desc())
        return list((await self.session.execute(stmt)).scalars())

    async def window(self, *, offset: int, limit: int) -> tuple[list[Interview], int]:
        stmt = self.filtered(job_id=None, candidate_id=None, status=None)
        return await windowed(self.session, stmt, offset=offset, limit=limit)
