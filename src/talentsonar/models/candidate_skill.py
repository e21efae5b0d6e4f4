"""A candidate's skill profile: one row per (candidate, skill) with the combined level of
every source that evidences it (``skill_evidence``)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class CandidateSkill(TenantModel):
    """``proficiency`` 0-10 and ``confidence`` 0-1 combine the sources; ``status`` is
    ``verified`` (an assessment, code, GitHub or a recruiter shows it), ``failed`` (an
    assessment or exercise showed it lacking and nothing else verifies it) or ``claimed``
    (the CV says so). ``sources`` lists the sources that evidence it."""

    __tablename__ = "candidate_skills"
    __table_args__ = (
        UniqueConstraint("candidate_id", "skill", name="uq_candidate_skills_candidate_skill"),
        Index("ix_candidate_skills_org_skill", "org_id", "skill"),
    )

    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE")
    )
    skill: Mapped[str] = mapped_column(String(120))
    proficiency: Mapped[float] = mapped_column(Float, default=0.0)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(20), default="claimed")
    sources: Mapped[list[str]] = mapped_column(JSONB, default=list)
    verified_at: Mapped[datetime | None] = mapped_column(default=None)
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
