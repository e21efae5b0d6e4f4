from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import RecordModel


class RefreshToken(RecordModel):
    """An opaque refresh token (hash only), rotated on every use; reuse revokes the family."""

    __tablename__ = "refresh_tokens"
    # Every authenticated request asks whether its session (family) has a live token.
    __table_args__ = (
        Index("ix_refresh_tokens_live_family", "family_id",
              postgresql_where=text("revoked_at IS NULL")),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    family_id: Mapped[uuid.UUID] = mapped_column(index=True)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
