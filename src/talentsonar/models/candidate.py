"""Candidates: people in an organisation's talent pool (internal, past, uploaded, sourced)."""

from __future__ import annotations

import enum
from typing import Any

from pgvector.sqlalchemy import Vector
from sqlalchemy import Boolean, Computed, Index, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel
from talentsonar.models.job import EMBEDDING_DIMENSIONS


class CandidateType(enum.StrEnum):
    internal = "internal"
    past = "past"
    uploaded = "uploaded"
    sourced = "sourced"


class EmploymentStatus(enum.StrEnum):
    available = "available"
    interviewing = "interviewing"
    hired = "hired"


class ProfileStatus(enum.StrEnum):
    partial = "partial"
    parsed = "parsed"
    failed = "failed"


# Weights: A name; B headline, recent titles and skills; C everything else.
CANDIDATE_SEARCH_SQL = (
    "setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(titles_text, '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(skills_text, '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(search_text, '')), 'C')"
)


class Candidate(TenantModel):
    """A person in the talent pool. ``skills`` are canonical taxonomy names;
    ``skills_text``/``titles_text``/``search_text`` are maintained by the service
    and feed the weighted ``search`` tsvector and the trigram indexes."""

    __tablename__ = "candidates"
    __table_args__ = (
        Index("ix_candidates_org_type", "org_id", "type"),
        Index("ix_candidates_org_email", "org_id", "email"),
        Index("ix_candidates_org_phone", "org_id", "phone_e164"),
        Index("ix_candidates_org_content_hash", "org_id", "content_hash"),
        Index("ix_candidates_search", "search", postgresql_using="gin"),
        Index(
            "ix_candidates_skills", "skills", postgresql_using="gin",
            postgresql_ops={"skills": "jsonb_path_ops"},
        ),
        Index(
            "ix_candidates_skills_lower",
            text("(lower(skills::text)::jsonb) jsonb_path_ops"),
            postgresql_using="gin",
        ),
        Index(
            "ix_candidates_name_trgm", "name", postgresql_using="gin",
            postgresql_ops={"name": "gin_trgm_ops"},
        ),
        Index(
            "ix_candidates_skills_text_trgm", "skills_text", postgresql_using="gin",
            postgresql_ops={"skills_text": "gin_trgm_ops"},
        ),
        Index(
            "ix_candidates_headline_trgm", "headline", postgresql_using="gin",
            postgresql_ops={"headline": "gin_trgm_ops"},
        ),
        Index(
            "ix_candidates_embedding_hnsw",
            "embedding",
            postgresql_using="hnsw",
            postgresql_ops={"embedding": "vector_cosine_ops"},
        ),
    )

    type: Mapped[str] = mapped_column(String(20), default=CandidateType.uploaded.value)
    name: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str | None] = mapped_column(String(320), default=None)
    phone: Mapped[str | None] = mapped_column(String(60), default=None)
    #: ``phone`` in E.164 ("+442079460321"): what duplicate detection compares
    phone_e164: Mapped[str | None] = mapped_column(String(30), default=None)
    location: Mapped[str | None] = mapped_column(String(300), default=None)
    headline: Mapped[str | None] = mapped_column(String(500), default=None)
    summary: Mapped[str | None] = mapped_column(Text, default=None)
    skills: Mapped[list[str]] = mapped_column(JSONB, default=list)
    employment_status: Mapped[str] = mapped_column(
        String(20), default=EmploymentStatus.available.value, index=True
    )
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", JSONB, default=dict)
    profile: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    profile_status: Mapped[str] = mapped_column(String(20), default=ProfileStatus.partial.value)
    total_years_experience: Mapped[float | None] = mapped_column(default=None)
    flags: Mapped[list[str]] = mapped_column(JSONB, default=list)
    is_hidden_gem: Mapped[bool] = mapped_column(Boolean, default=False)
    content_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    skills_text: Mapped[str] = mapped_column(Text, default="")
    titles_text: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    embedding: Mapped[Any | None] = mapped_column(Vector(EMBEDDING_DIMENSIONS), default=None)
    embedding_model: Mapped[str | None] = mapped_column(String(200), default=None)
    #: The version of ``candidate_embedding_text`` the vector was made from.
    embedding_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    search: Mapped[Any] = mapped_column(
        TSVECTOR, Computed(CANDIDATE_SEARCH_SQL, persisted=True), deferred=True
    )
