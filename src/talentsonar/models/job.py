"""Jobs: the positions an organisation recruits for."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from pgvector.sqlalchemy import Vector
from sqlalchemy import Boolean, Computed, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel

EMBEDDING_DIMENSIONS = 384


class JobStatus(enum.StrEnum):
    open = "open"
    closed = "closed"
    on_hold = "on hold"


JOB_SEARCH_SQL = (
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(department, '')), 'B') || "
    "setweight(jsonb_to_tsvector('english'::regconfig, required_skills, '[\"string\"]'), 'B') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')"
)


class Job(TenantModel):
    """A job opening. ``status`` is one of :class:`JobStatus` values ('on hold' with a space)."""

    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_org_status", "org_id", "status"),
        Index("ix_jobs_search", "search", postgresql_using="gin"),
        Index(
            "ix_jobs_embedding_hnsw",
            "embedding",
            postgresql_using="hnsw",
            postgresql_ops={"embedding": "vector_cosine_ops"},
        ),
    )

    title: Mapped[str] = mapped_column(String(300))
    department: Mapped[str | None] = mapped_column(String(200), default=None, index=True)
    location: Mapped[str | None] = mapped_column(String(200), default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    required_skills: Mapped[list[str]] = mapped_column(JSONB, default=list)
    nice_to_have_skills: Mapped[list[str]] = mapped_column(JSONB, default=list)
    status: Mapped[str] = mapped_column(String(20), default=JobStatus.open.value)
    company_context: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    seniority: Mapped[str | None] = mapped_column(String(50), default=None)
    min_years_experience: Mapped[float | None] = mapped_column(default=None)
    education_level: Mapped[str | None] = mapped_column(String(100), default=None)
    remote: Mapped[bool | None] = mapped_column(Boolean, default=None)
    employment_type: Mapped[str | None] = mapped_column(String(50), default=None)
    #: Per requirement field, where its value comes from ("inferred" from the posting or
    #: "edited" by a person) and the evidence of inferred values
    #: (``talentsonar.jobs.requirements``); ``{}``: never inferred.
    requirements: Mapped[dict[str, Any]] = mapped_column(
        JSONB, default=dict, server_default=text("'{}'::jsonb")
    )
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    embedding: Mapped[Any | None] = mapped_column(Vector(EMBEDDING_DIMENSIONS), default=None)
    embedding_model: Mapped[str | None] = mapped_column(String(200), default=None)
    embedding_version: Mapped[int] = mapped_column(Integer, default=0)
    search: Mapped[Any] = mapped_column(
        TSVECTOR, Computed(JOB_SEARCH_SQL, persisted=True), deferred=True
    )
