"""Skill profiles' SQL: evidence rows per (candidate, skill, source) and the combined row."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import load_only

from talentsonar.core.repository import TenantRepository
from talentsonar.models.candidate import Candidate
from talentsonar.models.candidate_skill import CandidateSkill
from talentsonar.models.org_skill import OrgSkill
from talentsonar.models.skill_evidence import SkillEvidenceRow


class SkillEvidenceRepository(TenantRepository[SkillEvidenceRow]):
    model = SkillEvidenceRow

    async def upsert(
        self, *, candidate_id: uuid.UUID, skill: str, source: str, proficiency: float,
        confidence: float, evidence: dict[str, Any], verified_at: datetime,
    ) -> None:
        stmt = insert(SkillEvidenceRow).values(
            id=uuid.uuid4(), org_id=self.org_id, candidate_id=candidate_id, skill=skill,
            source=source, proficiency=proficiency, confidence=confidence,
            evidence=evidence, verified_at=verified_at,
        )
        stmt = stmt.on_conflict_do_update(
            constraint="uq_skill_evidence_candidate_skill_source",
            set_={"proficiency": stmt.excluded.proficiency,
                  "confidence": stmt.excluded.confidence,
                  "evidence": stmt.excluded.evidence,
                  "verified_at": stmt.excluded.verified_at,
                  "updated_at": func.now(), "deleted_at": None},
            where=SkillEvidenceRow.org_id == self.org_id,
        )
        await self.session.execute(stmt)

    async def of_skill(self, candidate_id: uuid.UUID, skill: str) -> Sequence[SkillEvidenceRow]:
        return await self.list(self.base().where(
            SkillEvidenceRow.candidate_id == candidate_id, SkillEvidenceRow.skill == skill))

    async def of_candidate(self, candidate_id: uuid.UUID) -> Sequence[SkillEvidenceRow]:
        return await self.list(self.base().where(
            SkillEvidenceRow.candidate_id == candidate_id
        ).order_by(SkillEvidenceRow.skill, SkillEvidenceRow.source))

    async def of_candidates(
        self, candidate_ids: Sequence[uuid.UUID]
    ) -> Sequence[SkillEvidenceRow]:
        """The evidence rows of several candidates (one query)."""
        if not candidate_ids:
            return []
        return await self.list(self.base().where(
            SkillEvidenceRow.candidate_id.in_(list(set(candidate_ids)))
        ).order_by(SkillEvidenceRow.candidate_id, SkillEvidenceRow.skill,
                   SkillEvidenceRow.source))

    async def remove_source(self, candidate_id: uuid.UUID, source: str,
                            keep: Sequence[str]) -> list[str]:
        """Delete ``source``'s rows of skills not in ``keep``; the skills whose row went."""
        stmt = delete(SkillEvidenceRow).where(
            SkillEvidenceRow.org_id == self.org_id,
            SkillEvidenceRow.candidate_id == candidate_id,
            SkillEvidenceRow.source == source,
            SkillEvidenceRow.skill.not_in(list(keep)),
        ).returning(SkillEvidenceRow.skill)
        return list((await self.session.execute(stmt)).scalars())


class CandidateSkillRepository(TenantRepository[CandidateSkill]):
    model = CandidateSkill

    async def upsert(self, *, candidate_id: uuid.UUID, skill: str, values: dict[str, Any]) -> None:
        stmt = insert(CandidateSkill).values(
            id=uuid.uuid4(), org_id=self.org_id, candidate_id=candidate_id, skill=skill, **values
        )
        stmt = stmt.on_conflict_do_update(
            constraint="uq_candidate_skills_candidate_skill",
            set_={**{k: getattr(stmt.excluded, k) for k in values},
                  "updated_at": func.now(), "deleted_at": None},
            where=CandidateSkill.org_id == self.org_id,
        )
        await self.session.execute(stmt)

    async def drop(self, candidate_id: uuid.UUID, skill: str) -> None:
        await self.session.execute(delete(CandidateSkill).where(
            CandidateSkill.org_id == self.org_id, CandidateSkill.candidate_id == candidate_id,
            CandidateSkill.skill == skill))

    async def of_candidate(self, candidate_id: uuid.UUID) -> Sequence[CandidateSkill]:
        return await self.list(self.base().where(
            CandidateSkill.candidate_id == candidate_id
        ).order_by(CandidateSkill.proficiency.desc(), CandidateSkill.skill))

    async def rows_of_candidates(
        self, candidate_ids: Sequence[uuid.UUID]
    ) -> Sequence[CandidateSkill]:
        """The combined rows of several candidates (one query)."""
        if not candidate_ids:
            return []
        return await self.list(self.base().where(
            CandidateSkill.candidate_id.in_(list(set(candidate_ids)))
        ).order_by(CandidateSkill.candidate_id, CandidateSkill.proficiency.desc(),
                   CandidateSkill.skill))

    async def of_candidates(
        self, candidate_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, dict[str, tuple[str, float, list[str]]]]:
        """``{candidate: {skill: (status, proficiency, sources)}}``."""
        if not candidate_ids:
            return {}
        rows = await self.session.execute(
            select(CandidateSkill.candidate_id, CandidateSkill.skill, CandidateSkill.status,
                   CandidateSkill.proficiency, CandidateSkill.sources)
            .where(CandidateSkill.org_id == self.org_id,
                   CandidateSkill.candidate_id.in_(list(candidate_ids)),
                   CandidateSkill.deleted_at.is_(None))
        )
        out: dict[uuid.UUID, dict[str, tuple[str, float, list[str]]]] = {}
        for cid, skill, status, prof, sources in rows:
            out.setdefault(cid, {})[skill] = (status, prof, list(sources or []))
        return out


class OrgSkillRepository(TenantRepository[OrgSkill]):
    model = OrgSkill

    async def all(self) -> Sequence[OrgSkill]:
        return await self.list(self.base().order_by(OrgSkill.name))

    async def named(self, name: str) -> OrgSkill | None:
        stmt = self.base().where(func.lower(OrgSkill.name) == name.lower())
        return (await self.session.execute(stmt)).scalar_one_or_none()


class ClaimRepository:
    """What candidates' CVs claim (``candidates.skills``), read for profiles and coverage."""

    def __init__(self, session: Any, org_id: uuid.UUID) -> None:
        self.session = session
        self.org_id = org_id

    async def candidate(self, candidate_id: uuid.UUID) -> Candidate | None:
        stmt = select(Candidate).options(load_only(
            Candidate.id, Candidate.skills, Candidate.profile, Candidate.name, Candidate.email,
        )).where(Candidate.id == candidate_id, Candidate.org_id == self.org_id,
                 Candidate.deleted_at.is_(None))
        found: Candidate | None = (await self.session.execute(stmt)).scalar_one_or_none()
        return found

    async def candidates(self, candidate_ids: Sequence[uuid.UUID]) -> list[Candidate]:
        """Several live candidates' claims (skills and parsed profile), one query."""
        if not candidate_ids:
            return []
        stmt = select(Candidate).options(load_only(
            Candidate.id, Candidate.skills, Candidate.profile, Candidate.name, Candidate.email,
        )).where(Candidate.id.in_(list(set(candidate_ids))), Candidate.org_id == self.org_id,
                 Candidate.deleted_at.is_(None))
        return list((await self.session.execute(stmt)).scalars())

    async def claims(self, candidate_id: uuid.UUID) -> list[str]:
        skills = await self.session.scalar(select(Candidate.skills).where(
            Candidate.id == candidate_id, Candidate.org_id == self.org_id))
        return list(skills or [])

    async def coverage(self, skills: Sequence[str]) -> tuple[int, dict[str, dict[str, int]]]:
        """``(candidates, {skill: {"verified", "failed", "claimed"}})`` over the org's pool:
        verified/failed from skill profiles, claimed from CVs without a test result."""
        total = int(await self.session.scalar(select(func.count()).where(
            Candidate.org_id == self.org_id, Candidate.deleted_at.is_(None))) or 0)
        out: dict[str, dict[str, int]] = {s: {"verified": 0, "failed": 0, "claimed": 0}
                                          for s in skills}
        if not skills:
            return total, out
        live = select(Candidate.id).where(
            Candidate.org_id == self.org_id, Candidate.deleted_at.is_(None))
        tested = await self.session.execute(
            select(CandidateSkill.skill, CandidateSkill.status, func.count())
            .where(CandidateSkill.org_id == self.org_id, CandidateSkill.skill.in_(list(skills)),
                   CandidateSkill.status.in_(["verified", "failed"]),
                   CandidateSkill.deleted_at.is_(None), CandidateSkill.candidate_id.in_(live))
            .group_by(CandidateSkill.skill, CandidateSkill.status))
        for skill, status, count in tested:
            out[skill][status] = int(count)
        for skill in skills:
            judged = select(CandidateSkill.candidate_id).where(
                CandidateSkill.org_id == self.org_id, CandidateSkill.skill == skill,
                CandidateSkill.status.in_(["verified", "failed"]))
            claimed = await self.session.scalar(select(func.count()).where(
                Candidate.org_id == self.org_id, Candidate.deleted_at.is_(None),
                Candidate.skills.contains([skill]), Candidate.id.not_in(judged)))
            out[skill]["claimed"] = int(claimed or 0)
        return total, out


async def candidate_in_org(session: Any, org_id: uuid.UUID, candidate_id: uuid.UUID) -> bool:
    """Whether the candidate exists (not deleted) in the organisation."""
    found = await session.scalar(select(Candidate.id).where(
        Candidate.id == candidate_id, Candidate.org_id == org_id, Candidate.deleted_at.is_(None)))
    return found is not None
