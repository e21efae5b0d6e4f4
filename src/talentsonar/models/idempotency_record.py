from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import Base, utcnow


class IdempotencyRecord(Base):
    """The first answer to a money-moving POST, replayed for the same ``Idempotency-Key``."""

    __tablename__ = "idempotency_records"

    org_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    route: Mapped[str] = mapped_column(String(200))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(default=None)
    response: Mapped[Any] = mapped_column(JSONB, default=None, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
