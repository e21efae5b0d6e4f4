"""Skill profiles as the API shows them, a recruiter's level (audited) and a job's coverage:
what other packages call (candidates' and jobs' thin handlers, assessments)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.audit import Actor, record
from talentsonar.core.errors import NotFound
from talentsonar.models.candidate import Candidate
from talentsonar.models.candidate_skill import CandidateSkill
from talentsonar.models.skill_evidence import SkillEvidenceRow
from talentsonar.skills.canonical import canonical_skill, canonical_skills, taxonomy
from talentsonar.skills.evidence import candidate_skill_details
from talentsonar.skills.profiles import CV_CONFIDENCE, CV_PROFICIENCY, record_evidence
from talentsonar.skills.repository import (
    CandidateSkillRepository,
    ClaimRepository,
    SkillEvidenceRepository,
)
from talentsonar.skills.schemas import (
    ProfileSkill,
    RequiredSkillCoverage,
    SkillLevelSet,
    SkillProfile,
    SkillsCoverage,
    SourceEvidence,
)

__all__ = ["coverage", "profile", "profiles", "record_evidence", "set_level"]


def _category(name: str) -> str | None:
    tax = taxonomy()
    return tax.category(name) if tax is not None else None


def _cv_source(detail: Any, when: datetime | None) -> SourceEvidence:
    evidence: dict[str, Any] = {}
    if detail is not None and detail.evidence is not None:
        ev = detail.evidence
        evidence = {"quote": ev.text, "section": ev.section, "start": ev.start, "end": ev.end,
                    "support": ev.support}
    return SourceEvidence(source="cv", proficiency=CV_PROFICIENCY, confidence=CV_CONFIDENCE,
                          evidence=evidence, verified_at=when)


async def profile(session: AsyncSession, org_id: uuid.UUID,
                  candidate_id: uuid.UUID) -> SkillProfile:
    """Every skill of the candidate: the CV's claims (with their evidence spans) and what
    assessments, code, GitHub and recruiters recorded, each source with its proof."""
    found = await profiles(session, org_id, [candidate_id])
    if candidate_id not in found:
        raise NotFound("Candidate not found")
    return found[candidate_id]


async def profiles(session: AsyncSession, org_id: uuid.UUID,
                   candidate_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, SkillProfile]:
    """:func:`profile` of each live candidate of the organisation among ``candidate_ids``
    (absent: not found), in three queries whatever their number (GraphQL's loader)."""
    candidates = await ClaimRepository(session, org_id).candidates(candidate_ids)
    if not candidates:
        return {}
    ids = [c.id for c in candidates]
    evidence: dict[uuid.UUID, list[SkillEvidenceRow]] = {}
    for proof in await SkillEvidenceRepository(session, org_id).of_candidates(ids):
        evidence.setdefault(proof.candidate_id, []).append(proof)
    combined: dict[uuid.UUID, list[CandidateSkill]] = {}
    for level in await CandidateSkillRepository(session, org_id).rows_of_candidates(ids):
        combined.setdefault(level.candidate_id, []).append(level)
    return {c.id: _profile_of(c, evidence.get(c.id, []), combined.get(c.id, []))
            for c in candidates}


def _profile_of(candidate: Candidate, evidence_rows: Sequence[SkillEvidenceRow],
                combined_rows: Sequence[CandidateSkill]) -> SkillProfile:
    claimed = canonical_skills(candidate.skills or [])
    details = {d.name: d for d in candidate_skill_details(claimed, candidate.profile or {})
               if not d.implied}
    by_skill: dict[str, list[SourceEvidence]] = {}
    for row in evidence_rows:
        by_skill.setdefault(row.skill, []).append(SourceEvidence(
            source=row.source, proficiency=row.proficiency, confidence=row.confidence,
            evidence=row.evidence or {}, verified_at=row.verified_at))
    combined = {c.skill: c for c in combined_rows}
    out: list[ProfileSkill] = []
    for name, c in combined.items():
        sources = by_skill.get(name, [])
        if name in details and not any(s.source == "cv" for s in sources):
            sources = [_cv_source(details[name], None), *sources]
        out.append(ProfileSkill(name=name, category=_category(name), proficiency=c.proficiency,
                                confidence=c.confidence, status=c.status, sources=sources,
                                verified_at=c.verified_at))
    for name in claimed:
        if name not in combined:
            out.append(ProfileSkill(name=name, category=_category(name),
                                    proficiency=CV_PROFICIENCY, confidence=CV_CONFIDENCE,
                                    status="claimed",
                                    sources=[_cv_source(details.get(name), None)]))
    order = {"verified": 0, "failed": 1, "claimed": 2}
    out.sort(key=lambda s: (order.get(s.status, 3), -s.proficiency, s.name.lower()))
    return SkillProfile(
        candidate_id=candidate.id, skills=out,
        verified_count=sum(s.status == "verified" for s in out),
        claimed_count=sum(s.status == "claimed" for s in out),
        failed_count=sum(s.status == "failed" for s in out),
    )


async def set_level(session: AsyncSession, org_id: uuid.UUID, candidate_id: uuid.UUID,
                    skill: str, body: SkillLevelSet, actor: Actor) -> SkillProfile:
    """A recruiter's level for ``skill``: overrides the other sources; audited with the
    level before and after."""
    name = canonical_skill(skill)
    before = {s.skill: s for s in
              await CandidateSkillRepository(session, org_id).of_candidate(candidate_id)}.get(name)
    await record_evidence(
        session, org_id=org_id, candidate_id=candidate_id, skill=name, source="recruiter",
        proficiency=body.proficiency, confidence=1.0,
        evidence={"note": body.note, "userId": str(actor.user_id) if actor.user_id else None},
    )
    await record(
        session, actor, "skills.level_set", org_id=org_id, target_type="candidate",
        target_id=candidate_id,
        before={"skill": name, "proficiency": before.proficiency, "status": before.status}
        if before is not None else {"skill": name},
        after={"skill": name, "proficiency": body.proficiency, "note": body.note},
    )
    return await profile(session, org_id, candidate_id)


async def coverage(session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID,
                   required: Sequence[str]) -> SkillsCoverage:
    """How many of the organisation's candidates have each required skill verified (by an
    assessment, code, GitHub or a recruiter), only claimed (the CV), failed, or missing."""
    skills = canonical_skills(required)
    total, counts = await ClaimRepository(session, org_id).coverage(skills)
    rows = []
    for skill in skills:
        c = counts[skill]
        rows.append(RequiredSkillCoverage(
            skill=skill, verified=c["verified"], claimed=c["claimed"], failed=c["failed"],
            missing=max(0, total - c["verified"] - c["claimed"] - c["failed"])))
    return SkillsCoverage(job_id=job_id, candidates=total, skills=rows)
