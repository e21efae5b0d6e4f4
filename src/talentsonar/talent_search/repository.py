from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.models.candidate import Candidate


class PoolRepository:
    """Read-only look-ups in the organisation's talent pool."""

    def __init__(self, session: AsyncSession, org_id: uuid.UUID) -> None:
        self.session = session
        self.org_id = org_id

    async def existing_emails(self, emails: Iterable[str]) -> set[str]:
        wanted = sorted({e.lower() for e in emails if e})
        if not wanted:
            return set()
        stmt = select(func.lower(Candidate.email)).where(
            Candidate.org_id == self.org_id,
            Candidate.deleted_at.is_(None),
            func.lower(Candidate.email).in_(wanted),
        )
        return set((await self.session.execute(stmt)).scalars())
