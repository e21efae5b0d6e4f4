"""JobSwap tables: the companies of a network (an organisation), their HR users,
employee profiles with home and work places, generated swap matches, swap requests, the
HR reviews a swap needs, and the commute cache."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from pgvector.sqlalchemy import Vector
from sqlalchemy import (
    ARRAY,
    Float,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import Base, TenantModel, utcnow

DIMENSIONS = 384


class JobSwapCompany(TenantModel):
    """A company that is a member of the organisation's JobSwap network."""

    __tablename__ = "jobswap_companies"
    __table_args__ = (UniqueConstraint("org_id", "name"),)

    name: Mapped[str] = mapped_column(String(200))


class JobSwapHrUser(TenantModel):
    """A user (role ``hr``) who reviews swaps for one company."""

    __tablename__ = "jobswap_hr_users"
    __table_args__ = (UniqueConstraint("org_id", "user_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("jobswap_companies.id", ondelete="CASCADE"), index=True
    )


class JobSwapProfile(TenantModel):
    """An employee's profile (the seed's ``users``). The exact home address and point are
    the owner's alone; others see ``home_area`` and commute minutes."""

    __tablename__ = "jobswap_profiles"
    __table_args__ = (
        UniqueConstraint("org_id", "user_id"),
        Index("ix_jobswap_profiles_work_point", "org_id", "work_lat", "work_lon"),
        Index(
            "ix_jobswap_profiles_resume_hnsw",
            "resume_embedding",
            postgresql_using="hnsw",
            postgresql_ops={"resume_embedding": "vector_cosine_ops"},
        ),
        Index(
            "ix_jobswap_profiles_role_hnsw",
            "role_embedding",
            postgresql_using="hnsw",
            postgresql_ops={"role_embedding": "vector_cosine_ops"},
        ),
    )

    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), default=None
    )
    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("jobswap_companies.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(60), default=None)
    job_title: Mapped[str] = mapped_column(String(200))
    salary_band: Mapped[str | None] = mapped_column(String(60), default=None)
    salary_min: Mapped[int | None] = mapped_column(default=None)
    salary_max: Mapped[int | None] = mapped_column(default=None)
    home_address: Mapped[str] = mapped_column(String(300))
    home_lat: Mapped[float] = mapped_column(Float)
    home_lon: Mapped[float] = mapped_column(Float)
    home_area: Mapped[str] = mapped_column(String(200))
    work_address: Mapped[str] = mapped_column(String(300))
    work_lat: Mapped[float] = mapped_column(Float)
    work_lon: Mapped[float] = mapped_column(Float)
    work_area: Mapped[str] = mapped_column(String(200))
    commute_mode: Mapped[str] = mapped_column(String(20), default="driving")
    skills: Mapped[list[str]] = mapped_column(ARRAY(String(100)), default=list)
    profile_complete: Mapped[bool] = mapped_column(default=False)
    avatar_url: Mapped[str | None] = mapped_column(String(500), default=None)
    candidate_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("candidates.id", ondelete="SET NULL"), default=None
    )
    resume_text: Mapped[str | None] = mapped_column(Text, default=None)
    parsed_resume: Mapped[dict[str, Any] | None] = mapped_column(JSONB, default=None)
    resume_embedding: Mapped[Any | None] = mapped_column(Vector(DIMENSIONS), default=None)
    role_embedding: Mapped[Any | None] = mapped_column(Vector(DIMENSIONS), default=None)
    matches_generated_at: Mapped[datetime | None] = mapped_column(default=None)


class JobSwapMatch(TenantModel):
    """One direction of a qualifying swap: ``profile``'s view of ``match_profile``."""

    __tablename__ = "jobswap_matches"
    __table_args__ = (
        UniqueConstraint("profile_id", "match_profile_id"),
        Index("ix_jobswap_matches_profile_score", "profile_id", "compatibility_score"),
    )

    profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("jobswap_profiles.id", ondelete="CASCADE")
    )
    match_profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("jobswap_profiles.id", ondelete="CASCADE"), index=True
    )
    compatibility_score: Mapped[int] = mapped_column()
    breakdown: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    commute_before_minutes: Mapped[int] = mapped_column()
    commute_after_minutes: Mapped[int] = mapped_column()
    their_commute_before_minutes: Mapped[int] = mapped_column()
    their_commute_after_minutes: Mapped[int] = mapped_column()
    salary_compatible: Mapped[bool] = mapped_column(default=False)


class JobSwapRequest(TenantModel):
    """A swap proposed by ``from_profile`` to ``to_profile``; both must accept."""

    __tablename__ = "jobswap_swap_requests"

    match_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("jobswap_matches.id", ondelete="SET NULL"), default=None
    )
    from_profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("jobswap_profiles.id", ondelete="CASCADE"), index=True
    )
    to_profile_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("jobswap_profiles.id", ondelete="CASCADE"), index=True
    )
    message: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    share_resume: Mapped[bool] = mapped_column(default=False)
    share_contact: Mapped[bool] = mapped_column(default=False)
    to_share_resume: Mapped[bool] = mapped_column(default=False)
    to_share_contact: Mapped[bool] = mapped_column(default=False)
    commute_savings_minutes: Mapped[int] = mapped_column()
    from_accepted_at: Mapped[datetime | None] = mapped_column(default=None)
    to_accepted_at: Mapped[datetime | None] = mapped_column(default=None)
    declined_at: Mapped[datetime | None] = mapped_column(default=None)


class JobSwapHrRequest(TenantModel):
    """One company's review of an accepted swap (one per company involved)."""

    __tablename__ = "jobswap_hr_requests"
    __table_args__ = (UniqueConstraint("swap_request_id", "company_id"),)

    swap_request_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("jobswap_swap_requests.id", ondelete="CASCADE")
    )
    company_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("jobswap_companies.id", ondelete="CASCADE"), index=True
    )
    estimated_cost_savings: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    savings_breakdown: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="hr_review")
    note: Mapped[str | None] = mapped_column(Text, default=None)
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    decided_at: Mapped[datetime | None] = mapped_column(default=None)


class JobSwapCommute(Base):
    """A cached commute time between two rounded points for one mode and provider."""

    __tablename__ = "jobswap_commutes"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    minutes: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
