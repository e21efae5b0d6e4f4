"""``skills.profiles.record_evidence``: upsert per (candidate, skill, source) and the
combined level, confidence and status of the skill."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from talentsonar.core.errors import NotFound, UnprocessableEntity
from talentsonar.core.runtime import Runtime
from talentsonar.models.candidate_skill import CandidateSkill
from talentsonar.models.skill_evidence import SkillEvidenceRow
from talentsonar.skills.combine import SourceLevel, combine
from talentsonar.skills.profiles import record_evidence

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def test_combine_weights_verified_sources_over_claims() -> None:
    claimed = combine([SourceLevel("cv", 6.0, 0.5, NOW)])
    assert claimed.status == "claimed"
    assert claimed.proficiency == 6.0
    tested = combine([SourceLevel("cv", 6.0, 0.5, NOW), SourceLevel("code", 9.0, 0.9, NOW)])
    assert tested.status == "verified"
    assert tested.proficiency > 8.0
    assert tested.confidence > claimed.confidence
    failed = combine([SourceLevel("cv", 6.0, 0.5, NOW), SourceLevel("assessment", 2.0, 0.8, NOW)])
    assert failed.status == "failed"
    assert failed.proficiency < 4.0
    later_fail = combine([SourceLevel("github", 7.0, 0.6, NOW),
                          SourceLevel("code", 1.0, 0.9, NOW + timedelta(days=1))])
    assert later_fail.status == "failed"
    override = combine([SourceLevel("code", 9.0, 0.9, NOW), SourceLevel("recruiter", 3.0, 1, NOW)])
    assert override.proficiency == 3.0
    assert override.status == "failed"


async def test_record_evidence_upserts_and_combines(
    runtime: Runtime, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    created = await client.post("/api/v1/candidates", headers=user["headers"],
                                json={"name": "Ada", "skills": ["Python"]})
    assert created.status_code == 201, created.text
    cid = uuid.UUID(created.json()["data"]["id"])
    org = uuid.UUID(user["user"]["organization"]["id"])
    async with runtime.db.session() as s:
        await record_evidence(s, org_id=org, candidate_id=cid, skill="python3", source="cv",
                              proficiency=6, confidence=0.5, evidence={"quote": "Python"})
        await record_evidence(s, org_id=org, candidate_id=cid, skill="Python", source="code",
                              proficiency=4, confidence=0.9, evidence={"exercise": "a"})
        await record_evidence(s, org_id=org, candidate_id=cid, skill="Python", source="code",
                              proficiency=9, confidence=0.9, evidence={"exercise": "b"})
        with pytest.raises(UnprocessableEntity):
            await record_evidence(s, org_id=org, candidate_id=cid, skill="Python",
                                  source="cv", proficiency=11, confidence=0.5, evidence={})
        with pytest.raises(NotFound):
            await record_evidence(s, org_id=uuid.uuid4(), candidate_id=cid, skill="Python",
                                  source="cv", proficiency=5, confidence=0.5, evidence={})
        await s.commit()
    async with runtime.db.session() as s:
        rows = (await s.scalars(select(SkillEvidenceRow).where(
            SkillEvidenceRow.candidate_id == cid))).all()
        assert sorted((r.skill, r.source) for r in rows) == [("Python", "code"), ("Python", "cv")]
        assert next(r for r in rows if r.source == "code").evidence == {"exercise": "b"}
        [skill] = (await s.scalars(select(CandidateSkill).where(
            CandidateSkill.candidate_id == cid))).all()
        assert skill.status == "verified"
        assert skill.proficiency > 8
        assert skill.sources == ["cv", "code"]
