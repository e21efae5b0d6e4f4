"""CV files and their versions: one row per stored upload of a candidate's CV."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class CvDocument(TenantModel):
    """A stored CV file. ``candidate_id`` is empty while the upload is being parsed;
    ``extracted_text`` holds only the visible text (hidden spans are kept apart in
    ``hidden_text`` and never parsed or scored)."""

    __tablename__ = "cv_documents"
    __table_args__ = (
        Index("ix_cv_documents_org_sha256", "org_id", "sha256"),
        Index("ix_cv_documents_candidate_version", "candidate_id", "version"),
    )

    candidate_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), default=None, index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    storage_key: Mapped[str] = mapped_column(String(500))
    filename: Mapped[str] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(20))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    text_sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int | None] = mapped_column(Integer, default=None)
    extracted_text: Mapped[str] = mapped_column(Text, default="")
    hidden_text: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    flags: Mapped[list[str]] = mapped_column(JSONB, default=list)
    upload_options: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    uploaded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
