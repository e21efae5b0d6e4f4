"""Matching API: ranked, explained matches per job and per candidate, hidden gems, a blind
view, a fairness report and nearest-profile search (``/api/v1``)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from talentsonar.auth.principal import CurrentPrincipal, authorize, rate_limit
from talentsonar.core.deps import ReadConnection, ReadSession, RuntimeDep, Session
from talentsonar.core.errors import NotFound
from talentsonar.core.schemas import Envelope, RowsJSON
from talentsonar.embeddings import get_embedder
from talentsonar.matching import service
from talentsonar.matching.lookup import ensure_candidate
from talentsonar.matching.repository import (
    candidate_exists_row,
    candidate_matches_rows,
    job_exists_row,
    job_matches_rows,
)
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

router = APIRouter(tags=["matching"], dependencies=[Depends(authorize), rate_limit()])

Limit = Annotated[int, Query(ge=1, le=200)]
MinScore = Annotated[float, Query(alias="minScore", ge=0, le=100)]


_JOB_MATCHES = RowsJSON(JobMatch)


@router.get("/jobs/{job_id}/matches", response_model=Envelope[list[JobMatch]])
async def job_matches(
    job_id: uuid.UUID,
    principal: CurrentPrincipal,
    conn: ReadConnection,
    limit: Limit = 15,
    min_score: MinScore = 50,
    type: Annotated[CandidateTypeFilter, Query()] = "all",
) -> Response:
    """Top candidates for a job, best first, each with its rationale and latest feedback."""
    rows = await job_matches_rows(
        conn, principal.org_id, job_id, limit=limit, min_score=min_score,
        candidate_type=None if type == "all" else type,
    )
    if not rows and not await job_exists_row(conn, principal.org_id, job_id):
        raise NotFound("Job")
    return _JOB_MATCHES.many(rows)


@router.get("/jobs/{job_id}/matches/blind", response_model=Envelope[list[BlindMatch]])
async def blind_matches(
    job_id: uuid.UUID,
    principal: CurrentPrincipal,
    session: ReadSession,
    limit: Limit = 15,
    min_score: MinScore = 50,
) -> Envelope[list[BlindMatch]]:
    """Top matches without names, photo links, age or gender hints (fair first screening)."""
    return Envelope(
        data=await service.blind_matches(
            session, principal.org_id, job_id, limit=limit, min_score=min_score
        )
    )


@router.get("/jobs/{job_id}/hidden-gems", response_model=Envelope[list[JobMatch]])
async def hidden_gems(
    job_id: uuid.UUID, principal: CurrentPrincipal, session: ReadSession, limit: Limit = 15
) -> Envelope[list[JobMatch]]:
    """Candidates whose semantic and experience evidence is strong despite low keyword match."""
    return Envelope(data=await service.hidden_gems(session, principal.org_id, job_id, limit=limit))


@router.get("/jobs/{job_id}/fairness-report", response_model=Envelope[FairnessReport])
async def fairness_report(
    job_id: uuid.UUID, principal: CurrentPrincipal, session: ReadSession
) -> Envelope[FairnessReport]:
    """Score distribution of a job's matches by candidate type."""
    return Envelope(data=await service.fairness_report(session, principal.org_id, job_id))


@router.get("/jobs/{job_id}/candidates/{candidate_id}/match", response_model=Envelope[MatchDetail])
async def match_detail(
    job_id: uuid.UUID, candidate_id: uuid.UUID, principal: CurrentPrincipal, session: ReadSession
) -> Envelope[MatchDetail]:
    """Score, rationale, matched/missing skills, feature breakdown, provenance, AI analysis."""
    return Envelope(
        data=await service.match_detail(session, principal.org_id, job_id, candidate_id)
    )


_CANDIDATE_MATCHES = RowsJSON(CandidateMatch)


@router.get("/candidates/{candidate_id}/matches", response_model=Envelope[list[CandidateMatch]])
async def candidate_matches(
    candidate_id: uuid.UUID,
    principal: CurrentPrincipal,
    conn: ReadConnection,
    limit: Limit = 15,
    min_score: MinScore = 0,
) -> Response:
    """The best jobs for a candidate."""
    rows = await candidate_matches_rows(
        conn, principal.org_id, candidate_id, limit=limit, min_score=min_score
    )
    if not rows and not await candidate_exists_row(conn, principal.org_id, candidate_id):
        raise NotFound("Candidate")
    return _CANDIDATE_MATCHES.many(rows)


@router.get(
    "/candidates/{candidate_id}/match-statistics",
    response_model=Envelope[CandidateMatchStatistics],
)
async def candidate_match_statistics(
    candidate_id: uuid.UUID, principal: CurrentPrincipal, session: ReadSession
) -> Envelope[CandidateMatchStatistics]:
    """``matchStatistics`` of one candidate (jobs matched, best score, strong matches)."""
    await ensure_candidate(session, principal.org_id, candidate_id)
    return Envelope(
        data=await service.candidate_match_statistics(session, principal.org_id, candidate_id)
    )


@router.post("/profiles/match", response_model=Envelope[list[ProfileMatch]])
async def match_profiles(
    body: ProfileMatchRequest, principal: CurrentPrincipal, session: Session, runtime: RuntimeDep
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
