"""Maintenance reads across organisations (workers at start)."""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


class MaintenanceRepository:
    """Across organisations: what a worker must bring up to date when it starts."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def orgs_with_stale_matches(self, scorer_version: str) -> list[uuid.UUID]:
        """Organisations holding matches scored by another scorer version or with a candidate
        embedded by a model other than the one stored with the score."""
        result = await self.session.execute(
            text(
                "SELECT DISTINCT m.org_id FROM matches m"
                " JOIN candidates c ON c.id = m.candidate_id "
                "WHERE m.scorer_version <> :version "
                "OR m.embedding_model IS DISTINCT FROM c.embedding_model"
            ),
            {"version": scorer_version},
        )
        return [r[0] for r in result]
