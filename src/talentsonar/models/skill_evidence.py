"""What one source says about one skill of one candidate (the CV, an assessment, a code
exercise, GitHub, a recruiter): upserted per (candidate, skill, source)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class SkillEvidenceRow(TenantModel):
    """``evidence`` is the source's proof: ``{"quote": …}`` for a CV, ``{"answers": […]}``
    for an assessment, ``{"repositories": […]}`` for GitHub, ``{"note": …}`` for a
    recruiter."""

    __tablename__ = "skill_evidence"
    __table_args__ = (
        UniqueConstraint(
            "candidate_id", "skill", "source", name="uq_skill_evidence_candidate_skill_source"
        ),
    )

    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    skill: Mapped[str] = mapped_column(String(120))
    source: Mapped[str] = mapped_column(String(20))
    proficiency: Mapped[float] = mapped_column(Float)
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    verified_at: Mapped[datetime]
