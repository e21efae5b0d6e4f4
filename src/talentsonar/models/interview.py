"""Interviews of a candidate for a job: schedule, interviewers, status, results."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class InterviewStatus(enum.StrEnum):
    scheduled = "scheduled"
    completed = "completed"
    cancelled = "cancelled"


class Interview(TenantModel):
    """``results`` holds ``{"answers": [{question, skill, expectedPoints, answer, rating}],
    "ratings": {competency: 1..5}, "notes"}`` once recorded."""

    __tablename__ = "interviews"
    __table_args__ = (
        Index("ix_interviews_org_job", "org_id", "job_id"),
        Index("ix_interviews_org_candidate", "org_id", "candidate_id"),
    )

    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    scheduled_at: Mapped[datetime | None] = mapped_column(default=None)
    interviewers: Mapped[list[str]] = mapped_column(JSONB, default=list)
    status: Mapped[str] = mapped_column(String(20), default=InterviewStatus.scheduled.value)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    results: Mapped[dict[str, Any] | None] = mapped_column(JSONB, default=None)
    results_version: Mapped[int] = mapped_column(default=0)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
