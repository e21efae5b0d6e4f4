"""A candidate's skill profile: ``/api/v1/candidates/{id}/skills`` (what the CV claims and
what assessments, code, GitHub and recruiters verified) and a recruiter's level for one
skill. Thin handlers over ``skills.service``; they keep the ``skills`` tag."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.audit import Actor
from talentsonar.core.deps import ReadSession, Session
from talentsonar.core.schemas import Envelope
from talentsonar.skills import service
from talentsonar.skills.schemas import SkillLevelSet, SkillProfile

router = APIRouter(prefix="/candidates", tags=["skills"], dependencies=[Depends(authorize)])


@router.get("/{candidate_id}/skills", response_model=Envelope[SkillProfile])
async def candidate_skills(candidate_id: uuid.UUID, principal: Caller,
                           session: ReadSession) -> Envelope[SkillProfile]:
    """Each skill with its proficiency (0-10), confidence (0-1), status (verified, failed,
    claimed) and its sources, each with its evidence and when it was last verified."""
    return Envelope(data=await service.profile(session, principal.org_id, candidate_id))


@router.put("/{candidate_id}/skills/{skill}", response_model=Envelope[SkillProfile])
async def set_skill_level(
    candidate_id: uuid.UUID,
    skill: Annotated[str, Path(min_length=1, max_length=120)],
    body: SkillLevelSet,
    principal: Caller,
    session: Session,
    request: Request,
) -> Envelope[SkillProfile]:
    """A recruiter sets (or overrides) the level of one skill; audited."""
    found = await service.set_level(session, principal.org_id, candidate_id, skill, body,
                                    Actor.of(principal, request))
    return Envelope(data=found, message="Skill level set")
