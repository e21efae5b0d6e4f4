"""Applications: a candidate in a job's hiring pipeline, in one stage at a time."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel, utcnow


class Application(TenantModel):
    """One per (job, candidate) among live rows. ``stage_entered_at`` is when it entered
    its current stage (time in stage); ``rejection_reason_id`` is set while it sits in a
    stage of kind ``rejected``."""

    __tablename__ = "applications"
    __table_args__ = (
        Index(
            "uq_applications_job_candidate",
            "job_id",
            "candidate_id",
            unique=True,
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index("ix_applications_org_job_stage", "org_id", "job_id", "stage_id"),
        Index("ix_applications_org_candidate", "org_id", "candidate_id"),
    )

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stages.id"), index=True)
    stage_entered_at: Mapped[datetime] = mapped_column(default=utcnow)
    source: Mapped[str] = mapped_column(String(30), default="manual")
    rejection_reason_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("rejection_reasons.id"), default=None
    )
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
