"""Matching API: ranked, explained matches per job and per candidate, hidden gems, a blind
view, a fairness report and nearest-profile search (``/api/v1``)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.schemas import Envelope, Page, PageParams, page_params
from talentsonar.embeddings import get_embedder
from talentsonar.matching import service
from talentsonar.matching.lookup import ensure_candidate
from talentsonar.matching.schemas import (
    BlindMatch,
    CandidateMatch,
    CandidateMatchStatistics,
    CandidateTypeFilter,
    FairnessReport,
    JobMatch,
    MatchDetail,
    ProfileMatch,
    ProfileMatchRequest,
)

router = APIRouter(tags=["matching"], dependencies=[Depends(authorize)])

Limit = Annotated[int, Query(ge=1, le=200)]
MinScore = Annotated[float, Query(alias="minScore", ge=0, le=100)]
#: Match lists: ``limit`` up to 200, 15 by default (as before they had pages).
MatchPaging = Annotated[PageParams, page_params(default_limit=15, max_limit=200)]


@router.get("/jobs/{job_id}/matches", response_model=Page[JobMatch])
async def job_matches(
    job_id: uuid.UUID,
    principal: Caller,
    session: ReadSession,
    paging: MatchPaging,
    min_score: MinScore = 50,
    type: Annotated[CandidateTypeFilter, Query()] = "all",
) -> Page[JobMatch]:
    """Top candidates for a job, best first, each with its rationale and latest feedback.
    ``minScore`` (default 50) leaves weaker matches out; ``pagination.total`` counts the
    matches at or above it."""
    matches, total = await service.job_matches(
        session, principal.org_id, job_id, paging, min_score=min_score,
        candidate_type=None if type == "all" else type,
    )
    return Page(data=matches, pagination=paging.pagination(total))


@router.get("/jobs/{job_id}/matches/blind", response_model=Page[BlindMatch])
async def blind_matches(
    job_id: uuid.UUID,
    principal: Caller,
    session: ReadSession,
    paging: MatchPaging,
    min_score: MinScore = 50,
) -> Page[BlindMatch]:
    """Top matches without names, photo links, age or gender hints (fair first screening)."""
    matches, total = await service.blind_matches(
        session, principal.org_id, job_id, paging, min_score=min_score
    )
    return Page(data=matches, pagination=paging.pagination(total))


@router.get("/jobs/{job_id}/hidden-gems", response_model=Page[JobMatch])
async def hidden_gems(
    job_id: uuid.UUID, principal: Caller, session: ReadSession, paging: MatchPaging
) -> Page[JobMatch]:
    """Candidates whose semantic and experience evidence is strong despite low keyword match."""
    gems, total = await service.hidden_gems(session, principal.org_id, job_id, paging)
    return Page(data=gems, pagination=paging.pagination(total))


@router.get("/jobs/{job_id}/fairness-report", response_model=Envelope[FairnessReport])
async def fairness_report(
    job_id: uuid.UUID, principal: Caller, session: ReadSession
) -> Envelope[FairnessReport]:
    """Score distribution of a job's matches by candidate type."""
    return Envelope(data=await service.fairness_report(session, principal.org_id, job_id))


@router.get("/jobs/{job_id}/candidates/{candidate_id}/match", response_model=Envelope[MatchDetail])
async def match_detail(
    job_id: uuid.UUID, candidate_id: uuid.UUID, principal: Caller, session: ReadSession
) -> Envelope[MatchDetail]:
    """Score, rationale, matched/missing skills, feature breakdown, provenance, AI analysis."""
    return Envelope(
        data=await service.match_detail(session, principal.org_id, job_id, candidate_id)
    )


@router.get("/candidates/{candidate_id}/matches", response_model=Page[CandidateMatch])
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
    "/candidates/{candidate_id}/match-statistics",
    response_model=Envelope[CandidateMatchStatistics],
)
async def candidate_match_statistics(
    candidate_id: uuid.UUID, principal: Caller, session: ReadSession
) -> Envelope[CandidateMatchStatistics]:
    """``matchStatistics`` of one candidate (jobs matched, best score, strong matches)."""
    await ensure_candidate(session, principal.org_id, candidate_id)
    return Envelope(
        data=await service.candidate_match_statistics(session, principal.org_id, candidate_id)
    )


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
