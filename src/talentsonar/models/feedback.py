"""Recruiter feedback on a job x candidate pair (labels that per-org ranking learns from)."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class FeedbackType(enum.StrEnum):
    positive = "positive"
    negative = "negative"
    hired = "hired"


class Feedback(TenantModel):
    __tablename__ = "feedback"
    __table_args__ = (Index("ix_feedback_job_candidate", "job_id", "candidate_id"),)

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE")
    )
    feedback_type: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
