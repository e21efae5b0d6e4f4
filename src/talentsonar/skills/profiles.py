"""Skill profiles: record what a source says about a candidate's skill and recompute the
skill's combined level. Called by assessments, the code sandbox's grading, GitHub evidence,
the CV parser's skills and recruiters; the caller owns the transaction (this flushes)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.errors import NotFound, UnprocessableEntity
from talentsonar.skills.canonical import canonical_skill
from talentsonar.skills.combine import SOURCES, SourceLevel, combine
from talentsonar.skills.repository import (
    CandidateSkillRepository,
    SkillEvidenceRepository,
    candidate_in_org,
)

SourceName = Literal["cv", "assessment", "code", "github", "recruiter"]


async def record_evidence(
    session: AsyncSession,
    *,
    org_id: uuid.UUID,
    candidate_id: uuid.UUID,
    skill: str,
    source: SourceName,
    proficiency: float,
    confidence: float,
    evidence: dict[str, Any],
    verified_at: datetime | None = None,
) -> None:
    """Upsert ``source``'s word on ``skill`` (0-10, confidence 0-1) and recompute the
    skill's combined proficiency, confidence and status. The skill name is canonicalised
    through the taxonomy ("k8s" → "Kubernetes"). Raises ``NotFound`` for a candidate that
    is not the organisation's, ``UnprocessableEntity`` for an unknown source or a level out
    of range."""
    name = canonical_skill(skill)[:120]
    if not name:
        raise UnprocessableEntity("The skill name is empty")
    if source not in SOURCES:
        raise UnprocessableEntity(f"Unknown evidence source {source!r}")
    if not 0.0 <= proficiency <= 10.0 or not 0.0 <= confidence <= 1.0:
        raise UnprocessableEntity("Proficiency must be 0-10 and confidence 0-1")
    if not await candidate_in_org(session, org_id, candidate_id):
        raise NotFound("Candidate not found")
    await SkillEvidenceRepository(session, org_id).upsert(
        candidate_id=candidate_id, skill=name, source=source,
        proficiency=float(proficiency), confidence=float(confidence), evidence=evidence,
        verified_at=verified_at or datetime.now(UTC),
    )
    await recompute(session, org_id, candidate_id, name)


async def recompute(session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID,
                    skill: str) -> None:
    """Recompute one skill's combined row from its evidence (drop it when none is left)."""
    rows = await SkillEvidenceRepository(session, org_id).of_skill(candidate_id, skill)
    skills = CandidateSkillRepository(session, org_id)
    if not rows:
        await skills.drop(candidate_id, skill)
        await session.flush()
        return
    combined = combine(
        SourceLevel(r.source, r.proficiency, r.confidence, r.verified_at) for r in rows
    )
    await skills.upsert(candidate_id=candidate_id, skill=skill, values={
        "proficiency": combined.proficiency, "confidence": combined.confidence,
        "status": combined.status, "sources": combined.sources,
        "verified_at": combined.verified_at,
    })
    await session.flush()
