"""Matching API: nearest-profile search (``/api/v1/profiles/match``).

The ranked, explained matches of a job or a candidate, hidden gems, the blind view and the
fairness report live with the package that owns their URL (``jobs/match_endpoints.py``,
``candidates/match_endpoints.py``); they call ``matching.service``."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.deps import RuntimeDep, Session
from talentsonar.core.schemas import Envelope
from talentsonar.embeddings import get_embedder
from talentsonar.matching import service
from talentsonar.matching.schemas import ProfileMatch, ProfileMatchRequest

router = APIRouter(tags=["matching"], dependencies=[Depends(authorize)])


@router.post("/profiles/match", response_model=Envelope[list[ProfileMatch]])
async def match_profiles(
    body: ProfileMatchRequest, principal: Caller, session: Session, runtime: RuntimeDep
) -> Envelope[list[ProfileMatch]]:
    """Nearest candidate profiles to a text or a candidate (cosine >= threshold, at most count)."""
    return Envelope(
        data=await service.match_profiles(
            session,
            principal.org_id,
            body,
            get_embedder(runtime),
            runtime.settings.matching_ef_search,
        )
    )
