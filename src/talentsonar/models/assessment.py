"""Assessment templates: the skills and seniority a paper is drawn for (from a job's
requirements or a list of skills)."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class Assessment(TenantModel):
    __tablename__ = "assessments"

    title: Mapped[str] = mapped_column(String(200))
    job_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("jobs.id", ondelete="SET NULL"), default=None
    )
    #: "junior" | "mid" | "senior": the level questions are drawn at
    seniority: Mapped[str] = mapped_column(String(20), default="mid")
    skills: Mapped[list[str]] = mapped_column(JSONB, default=list)
    questions_per_skill: Mapped[int] = mapped_column(Integer, default=3)
    include_code: Mapped[bool] = mapped_column(Boolean, default=True)
    time_limit_minutes: Mapped[int] = mapped_column(Integer, default=45)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
