"""A job's matches: ``/api/v1/jobs/{id}/matches``, ``/matches/blind``, ``/hidden-gems``,
``/fairness-report`` and one job x candidate match.

Thin handlers over ``matching.service``; they keep the ``matching`` tag.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from talentsonar.auth.principal import Caller, authorize
from talentsonar.core.deps import ReadSession, RuntimeDep
from talentsonar.core.schemas import Envelope, Page
from talentsonar.embeddings import get_embedder
from talentsonar.matching import service
from talentsonar.matching.schemas import (
    BlindMatch,
    CandidateTypeFilter,
    FairnessReport,
    JobMatch,
    MatchDetail,
    MatchPaging,
    MinScore,
)

router = APIRouter(prefix="/jobs", tags=["matching"], dependencies=[Depends(authorize)])


@router.get("/{job_id}/matches", response_model=Page[JobMatch])
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
        session,
        principal.org_id,
        job_id,
        paging,
        min_score=min_score,
        candidate_type=None if type == "all" else type,
    )
    return Page(data=matches, pagination=paging.pagination(total))


@router.get("/{job_id}/matches/blind", response_model=Page[BlindMatch])
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


@router.get("/{job_id}/hidden-gems", response_model=Page[JobMatch])
async def hidden_gems(
    job_id: uuid.UUID, principal: Caller, session: ReadSession, paging: MatchPaging
) -> Page[JobMatch]:
    """Candidates whose semantic and experience evidence is strong despite low keyword match."""
    gems, total = await service.hidden_gems(session, principal.org_id, job_id, paging)
    return Page(data=gems, pagination=paging.pagination(total))


@router.get("/{job_id}/fairness-report", response_model=Envelope[FairnessReport])
async def fairness_report(
    job_id: uuid.UUID, principal: Caller, session: ReadSession
) -> Envelope[FairnessReport]:
    """Score distribution of a job's matches by candidate type."""
    return Envelope(data=await service.fairness_report(session, principal.org_id, job_id))


@router.get("/{job_id}/candidates/{candidate_id}/match", response_model=Envelope[MatchDetail])
async def match_detail(
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    principal: Caller,
    session: ReadSession,
    runtime: RuntimeDep,
) -> Envelope[MatchDetail]:
    """Score, rationale, matched/missing skills, feature breakdown, provenance, AI analysis.
    A pair the background scoring has not stored yet is scored on the spot (not stored)."""
    return Envelope(
        data=await service.match_detail(
            session, principal.org_id, job_id, candidate_id, embedder=get_embedder(runtime)
        )
    )
