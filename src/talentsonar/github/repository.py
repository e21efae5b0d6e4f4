"""The one read GitHub evidence needs of a candidate: does it exist, and which GitHub
link its parsed CV carries."""

from __future__ import annotations

import uuid

from talentsonar.core.repository import TenantRepository
from talentsonar.models.candidate import Candidate


class GitHubCandidateRepository(TenantRepository[Candidate]):
    model = Candidate
    label = "Candidate"

    async def github_link(self, candidate_id: uuid.UUID) -> tuple[bool, str | None]:
        """(exists, the CV's GitHub link) of a candidate of the organisation."""
        stmt = (
            self.base()
            .where(Candidate.id == candidate_id)
            .with_only_columns(Candidate.profile["links"]["github"].astext)
        )
        row = (await self.session.execute(stmt)).first()
        if row is None:
            return False, None
        return True, row[0]
