"""An invitation to take an assessment: one attempt by one candidate, through a single-use
link (a signed random token, stored hashed) that expires."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Float, ForeignKey, Index, LargeBinary, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class AssessmentInvitation(TenantModel):
    """``status``: ``invited`` → ``started`` → ``submitted`` (or ``timed_out``) →
    ``graded``; ``revoked`` when the recruiter replaces it. ``paper`` is the drawn,
    shuffled list of questions (``{"id", "options"}``: option order)."""

    __tablename__ = "assessment_invitations"
    __table_args__ = (
        Index("ix_assessment_invitations_assessment_candidate", "assessment_id", "candidate_id"),
    )

    assessment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE")
    )
    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(320))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    token_nonce: Mapped[bytes] = mapped_column(LargeBinary(16))
    status: Mapped[str] = mapped_column(String(20), default="invited")
    expires_at: Mapped[datetime]
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    deadline_at: Mapped[datetime | None] = mapped_column(default=None)
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)
    graded_at: Mapped[datetime | None] = mapped_column(default=None)
    seed: Mapped[int] = mapped_column(BigInteger, default=0)
    paper: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    score: Mapped[float | None] = mapped_column(Float, default=None)
    results: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    invited_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
