"""AI actions on a candidate: ``POST /api/v1/candidates/{id}/enrich``.

A thin handler over ``ai.service``; it keeps the ``ai`` tag and the ``ai`` rate limit.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends

from talentsonar.ai import schemas as s
from talentsonar.ai import service
from talentsonar.auth.principal import AiCaller, caller
from talentsonar.core.deps import RuntimeDep, Session
from talentsonar.core.schemas import Envelope

#: The endpoint may call a model: the ``ai`` rate limit, checked with the caller.
router = APIRouter(prefix="/candidates", tags=["ai"], dependencies=[Depends(caller("ai"))])


@router.post("/{candidate_id}/enrich", response_model=Envelope[s.EnrichmentAnswer])
async def enrich_candidate(
    candidate_id: uuid.UUID, principal: AiCaller, session: Session, runtime: RuntimeDep
) -> Envelope[s.EnrichmentAnswer]:
    """Suggested role title, experience summary and inferred skills of a candidate."""
    answer = await service.enrichment(
        service.caller_context(runtime, session, principal), candidate_id
    )
    return Envelope(data=s.EnrichmentAnswer.model_validate(answer))
