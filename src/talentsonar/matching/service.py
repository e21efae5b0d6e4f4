"""Matching services: read ranked, explained matches; record AI analyses.

``top_matches`` and ``record_ai_analysis`` are the contract with the AI helper.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.errors import NotFound
from talentsonar.core.models import utcnow
from talentsonar.matching.repository import MatchRepository
from talentsonar.models.candidate import Candidate
from talentsonar.models.match import Match

STRONG_MATCH = 75.0
GOOD_MATCH = 60.0


@dataclass(frozen=True, slots=True)
class MatchRow:
    """One ranked match as other domains see it."""

    candidate_id: uuid.UUID
    job_id: uuid.UUID
    match_score: float
    match_rationale: str
    candidate_name: str
    candidate_type: str
    candidate_skills: list[str]
    analysis_type: str
    analyzed_at: Any
    is_hidden_gem: bool
    features: dict[str, Any] = field(default_factory=dict)


def to_match_row(match: Match, candidate: Candidate) -> MatchRow:
    return MatchRow(
        candidate_id=match.candidate_id,
        job_id=match.job_id,
        match_score=float(match.match_score),
        match_rationale=match.match_rationale,
        candidate_name=candidate.name,
        candidate_type=candidate.type,
        candidate_skills=list(candidate.skills or []),
        analysis_type=match.analysis_type,
        analyzed_at=match.analyzed_at,
        is_hidden_gem=bool(match.is_hidden_gem),
        features=dict(match.features or {}),
    )


async def top_matches(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    *,
    limit: int,
    min_score: float,
    candidate_type: str | None = None,
) -> list[MatchRow]:
    """The best-scored live candidates of ``org_id`` for ``job_id``, best first."""
    rows = await MatchRepository(session, org_id).top_for_job(
        job_id, limit=max(1, min(int(limit), 1000)), min_score=float(min_score),
        candidate_type=candidate_type,
    )
    return [to_match_row(m, c) for m, c in rows]


async def record_ai_analysis(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    analysis: dict[str, Any],
    provenance: dict[str, Any],
) -> None:
    """Attach an AI fit analysis to a scored pair (``analysis_type='ai_enhanced'``).

    Raises :class:`NotFound` when the pair has no match in this organisation.
    """
    stored = await MatchRepository(session, org_id).set_ai_analysis(
        job_id, candidate_id, analysis, provenance, utcnow()
    )
    if not stored:
        raise NotFound("Match")
    await session.flush()
