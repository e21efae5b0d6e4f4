"""Skills autocomplete (``GET /api/v1/skills/suggest?q=``) from the shipped taxonomy."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from talentsonar.auth.principal import authorize
from talentsonar.candidates.schemas import SkillSuggestion
from talentsonar.core.schemas import Envelope
from talentsonar.skills.canonical import taxonomy

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
    return Envelope(data=[SkillSuggestion(name=s.name, category=s.category)
                          for s in tax.suggest(q, limit)])
