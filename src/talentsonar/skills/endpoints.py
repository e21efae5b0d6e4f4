"""Skills autocomplete (``GET /api/v1/skills/suggest?q=``) from the shipped taxonomy, with
each skill's ESCO URI and O*NET technology id."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from talentsonar.auth.principal import authorize
from talentsonar.core.schemas import Envelope
from talentsonar.skills.canonical import taxonomy
from talentsonar.skills.schemas import OnetRef, SkillSuggestion
from talentsonar.skills.standards import standards_of
from talentsonar.skills.taxonomy import Skill

router = APIRouter(prefix="/skills", tags=["skills"],
                   dependencies=[Depends(authorize)])


@router.get("/suggest", response_model=Envelope[list[SkillSuggestion]])
async def suggest_skills(
    q: Annotated[str, Query(min_length=1, max_length=100)],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Envelope[list[SkillSuggestion]]:
    """Canonical skills whose name or alias starts with ``q`` ("k8" -> Kubernetes)."""
    tax = taxonomy()
    if tax is None:
        return Envelope(data=[])
    return Envelope(data=[_suggestion(s) for s in tax.suggest(q, limit)])


def _suggestion(skill: Skill) -> SkillSuggestion:
    ids = standards_of(skill.name)
    onet = (
        OnetRef(commodity_code=ids.onet_code, commodity_title=ids.onet_title,
                example=ids.onet_example)
        if ids is not None and ids.onet_code else None
    )
    return SkillSuggestion(name=skill.name, category=skill.category,
                           esco_uri=ids.esco_uri if ids is not None else None, onet=onet)
