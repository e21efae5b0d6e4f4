from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, func
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import Base, utcnow


class CreditBalance(Base):
    """One row per organisation; always equal to the sum of its ledger entries."""

    __tablename__ = "credit_balances"
    __table_args__ = (CheckConstraint("balance >= 0", name="balance_not_negative"),)

    org_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True
    )
    balance: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
