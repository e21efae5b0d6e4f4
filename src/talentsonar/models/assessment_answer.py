"""One saved answer of an assessment attempt (upserted as the candidate goes)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class AssessmentAnswer(TenantModel):
    __tablename__ = "assessment_answers"
    __table_args__ = (
        UniqueConstraint(
            "invitation_id", "question_id", name="uq_assessment_answers_invitation_question"
        ),
    )

    invitation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessment_invitations.id", ondelete="CASCADE")
    )
    question_id: Mapped[str] = mapped_column(String(80))
    answer: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    saved_at: Mapped[datetime]
    #: 0..1 once graded
    score: Mapped[float | None] = mapped_column(Float, default=None)
    grading: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
