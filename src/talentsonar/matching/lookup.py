"""Existence checks shared by matching and feedback: another organisation's id is a 404."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.errors import NotFound
from talentsonar.matching.repository import MatchListRepository, ScoringSourceRepository
from talentsonar.models.candidate import Candidate


async def require_candidate(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID
) -> Candidate:
    candidate = await ScoringSourceRepository(session, org_id).live_candidate(candidate_id)
    if candidate is None:
        raise NotFound("Candidate")
    return candidate


async def ensure_job(session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID) -> None:
    """404 unless the job is this organisation's and live (selects the id only)."""
    if not await MatchListRepository(session, org_id).job_exists(job_id):
        raise NotFound("Job")


async def ensure_candidate(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID
) -> None:
    """404 unless the candidate is this organisation's and live; selects the id only."""
    if not await MatchListRepository(session, org_id).candidate_exists(candidate_id):
        raise NotFound("Candidate")
