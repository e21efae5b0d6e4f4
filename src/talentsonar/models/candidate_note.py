"""Notes on a candidate, visible to the whole organisation, with @mentions of members."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class CandidateNote(TenantModel):
    __tablename__ = "candidate_notes"
    __table_args__ = (Index("ix_candidate_notes_org_candidate", "org_id", "candidate_id"),)

    candidate_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    body: Mapped[str] = mapped_column(Text)
    #: The mentioned members' user ids (strings).
    mentions: Mapped[list[str]] = mapped_column(JSONB, default=list)
