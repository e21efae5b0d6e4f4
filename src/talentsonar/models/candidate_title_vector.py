"""Embedding of a candidate's titles (headline + recent roles), for title similarity."""

from __future__ import annotations

import uuid
from typing import Any

from pgvector.sqlalchemy import Vector
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import Base
from talentsonar.models.job import EMBEDDING_DIMENSIONS


class CandidateTitleVector(Base):
    """Derived data owned by matching: recomputed when the title text or model changes."""

    __tablename__ = "candidate_title_vectors"

    candidate_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True
    )
    org_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    text_hash: Mapped[str] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(200))
    embedding: Mapped[Any] = mapped_column(Vector(EMBEDDING_DIMENSIONS))
