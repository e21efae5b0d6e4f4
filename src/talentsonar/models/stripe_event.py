from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, func
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import Base, utcnow


class StripeEvent(Base):
    """A processed Stripe event; inserted in the same transaction as its effect."""

    __tablename__ = "stripe_events"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    type: Mapped[str] = mapped_column(String(100))
    org_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    outcome: Mapped[str] = mapped_column(String(100), default="processed")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
