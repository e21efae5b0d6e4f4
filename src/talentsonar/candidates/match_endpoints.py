"""A candidate's matches: ``/api/v1/candidates/{id}/matches`` and ``/match-statistics``.

Thin handlers over ``matching.service``; they keep the ``matching`` tag.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Depends

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.deps import ReadSession
from talentsonar.core.schemas import Envelope, Page
from talentsonar.matching import service
from talentsonar.matching.schemas import (
    CandidateMatch,
    CandidateMatchStatistics,
    MatchPaging,
    MinScore,
)

router = APIRouter(prefix="/candidates", tags=["matching"], dependencies=[Depends(authorize)])


@router.get("/{candidate_id}/matches", response_model=Page[CandidateMatch])
async def candidate_matches(
    candidate_id: uuid.UUID,
    principal: Caller,
    session: ReadSession,
    paging: MatchPaging,
    min_score: MinScore = 0,
) -> Page[CandidateMatch]:
    """The best jobs for a candidate."""
    matches, total = await service.candidate_matches(
        session, principal.org_id, candidate_id, paging, min_score=min_score
    )
    return Page(data=matches, pagination=paging.pagination(total))


@router.get(
    "/{candidate_id}/match-statistics",
    response_model=Envelope[CandidateMatchStatistics],
)
async def candidate_match_statistics(
    candidate_id: uuid.UUID, principal: Caller, session: ReadSession
) -> Envelope[CandidateMatchStatistics]:
    """``matchStatistics`` of one candidate (jobs matched, best score, strong matches)."""
    return Envelope(
        data=await service.candidate_match_statistics(session, principal.org_id, candidate_id)
    )
