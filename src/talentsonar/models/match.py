"""Matches: the explained basic score (and optional AI analysis) of one job x candidate pair."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Computed,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class AnalysisType(enum.StrEnum):
    basic = "basic"
    ai_enhanced = "ai_enhanced"


#: What a recruiter sorts by (seed 001's ``matchScore``).
RANKING_SCORE_SQL = "coalesce(ai_score, match_score)"


class Match(TenantModel):
    """One scored pair. ``match_score`` is the basic score (every pair, recomputed in the
    background), ``ai_score`` the score of the pair's latest AI fit analysis, and
    ``ranking_score`` the one recruiters sort by: the AI score when there is one, else the
    basic score (computed by PostgreSQL, so it can never disagree with the other two).
    ``features``/``weights``/``scorer_version``/``embedding_model`` are the
    provenance that makes the score explainable and reproducible; ``inputs_hash`` lets the
    background scorer skip pairs whose inputs did not change."""

    __tablename__ = "matches"
    __table_args__ = (
        UniqueConstraint("job_id", "candidate_id", name="uq_matches_job_candidate"),
        Index("ix_matches_job_ranking", "job_id", text("ranking_score DESC"), "candidate_id"),
        Index(
            "ix_matches_candidate_ranking", "candidate_id", text("ranking_score DESC"), "job_id"
        ),
    )

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    match_score: Mapped[float] = mapped_column(Float)
    ai_score: Mapped[float | None] = mapped_column(Float, default=None)
    ranking_score: Mapped[float] = mapped_column(
        Float, Computed(RANKING_SCORE_SQL, persisted=True)
    )
    match_rationale: Mapped[str] = mapped_column(Text, default="")
    features: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    weights: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    scorer_version: Mapped[str] = mapped_column(String(40))
    embedding_model: Mapped[str | None] = mapped_column(String(200), default=None)
    inputs_hash: Mapped[str] = mapped_column(String(64), default="")
    analysis_type: Mapped[str] = mapped_column(String(20), default=AnalysisType.basic.value)
    ai_analysis: Mapped[dict[str, Any] | None] = mapped_column(JSONB, default=None)
    ai_provenance: Mapped[dict[str, Any] | None] = mapped_column(JSONB, default=None)
    analyzed_at: Mapped[datetime | None] = mapped_column(default=None)
    is_hidden_gem: Mapped[bool] = mapped_column(Boolean, default=False)
