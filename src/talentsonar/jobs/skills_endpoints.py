"""``/api/v1/jobs/{id}/skills-coverage``: how many candidates have each of the job's required
skills verified, only claimed, failed or missing. A thin handler over ``skills.service``."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.deps import ReadSession
from talentsonar.core.schemas import Envelope
from talentsonar.jobs.service import get_job
from talentsonar.skills import service
from talentsonar.skills.schemas import SkillsCoverage

router = APIRouter(prefix="/jobs", tags=["skills"], dependencies=[Depends(authorize)])


@router.get("/{job_id}/skills-coverage", response_model=Envelope[SkillsCoverage])
async def skills_coverage(job_id: uuid.UUID, principal: Caller,
                          session: ReadSession) -> Envelope[SkillsCoverage]:
    job = await get_job(session, principal.org_id, job_id)
    found = await service.coverage(session, principal.org_id, job.id, job.required_skills or [])
    return Envelope(data=found)
