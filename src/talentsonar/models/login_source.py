from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, func
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import Base


class LoginSource(Base):
    """An address a user signed in from successfully: a known source, spared by the
    account-wide sign-in limit (see ``auth.throttle``)."""

    __tablename__ = "login_sources"

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    last_success_at: Mapped[datetime] = mapped_column(server_default=func.now())
