from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel
from talentsonar.models.membership import Role, role_enum


class Invitation(TenantModel):
    """An invitation to join an organisation; the token is emailed, stored hashed."""

    __tablename__ = "invitations"

    email: Mapped[str] = mapped_column(String(320))
    role: Mapped[Role] = mapped_column(role_enum)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    expires_at: Mapped[datetime]
    accepted_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
