"""Existence checks shared by matching and feedback: another organisation's id is a 404."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.errors import NotFound
from talentsonar.matching.repository import ScoringSourceRepository, live_candidate
from talentsonar.models.candidate import Candidate
from talentsonar.models.job import Job


async def require_job(session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID) -> Job:
    job = await ScoringSourceRepository(session, org_id).job(job_id)
    if job is None:
        raise NotFound("Job")
    return job


async def require_candidate(
    session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID
) -> Candidate:
    candidate = await live_candidate(session, org_id, candidate_id)
    if candidate is None:
        raise NotFound("Candidate")
    return candidate
