"""Skill profiles: record what a source says about a candidate's skill and recompute the
skill's combined level. Called by assessments, the code sandbox's grading, GitHub evidence,
the CV parser's skills and recruiters; the caller owns the transaction (this flushes)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.db import after_commit
from talentsonar.core.errors import NotFound, UnprocessableEntity
from talentsonar.core.events import SkillProfileChanged, publish
from talentsonar.skills.canonical import canonical_skill
from talentsonar.skills.combine import SOURCES, SourceLevel, combine
from talentsonar.skills.repository import (
    CandidateSkillRepository,
    ClaimRepository,
    SkillEvidenceRepository,
    candidate_in_org,
)

#: A skill the CV names (with no ``cv`` evidence recorded): a claim of a middling level.
CV_PROFICIENCY = 5.0
CV_CONFIDENCE = 0.4
#: ``session.info`` key: candidates whose profile change was published in this transaction.
_PUBLISHED = "talentsonar.skills.published"

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
    if source != "cv":
        await _announce(session, org_id, candidate_id)


async def _announce(session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID) -> None:
    """Publish :class:`SkillProfileChanged` once per candidate and transaction."""
    done: set[uuid.UUID] | None = session.info.get(_PUBLISHED)
    if done is None:
        done = session.info[_PUBLISHED] = set()

        async def forget() -> None:
            session.info.pop(_PUBLISHED, None)

        after_commit(session, forget)
    if candidate_id in done:
        return
    done.add(candidate_id)
    await publish(session, SkillProfileChanged(org_id=org_id, candidate_id=candidate_id))


async def recompute(session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID,
                    skill: str) -> None:
    """Recompute one skill's combined row from its evidence (drop it when none is left)."""
    rows = await SkillEvidenceRepository(session, org_id).of_skill(candidate_id, skill)
    skills = CandidateSkillRepository(session, org_id)
    if not rows:
        await skills.drop(candidate_id, skill)
        await session.flush()
        return
    levels = [SourceLevel(r.source, r.proficiency, r.confidence, r.verified_at) for r in rows]
    if not any(r.source == "cv" for r in rows) and skill in await ClaimRepository(
        session, org_id
    ).claims(candidate_id):
        first = min(r.created_at for r in rows)
        levels.append(SourceLevel("cv", CV_PROFICIENCY, CV_CONFIDENCE, first))
    combined = combine(levels)
    await skills.upsert(candidate_id=candidate_id, skill=skill, values={
        "proficiency": combined.proficiency, "confidence": combined.confidence,
        "status": combined.status, "sources": combined.sources,
        "verified_at": combined.verified_at,
    })
    await session.flush()
