from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Enum, ForeignKey, Index, String, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import Base, utcnow


class LedgerKind(enum.StrEnum):
    grant = "grant"
    purchase = "purchase"
    consumption = "consumption"
    refund = "refund"
    reservation = "reservation"
    release = "release"


ledger_kind_enum = Enum(
    LedgerKind, name="ledger_kind", values_callable=lambda e: [m.value for m in e]
)


class LedgerEntry(Base):
    """Append-only (a trigger rejects UPDATE/DELETE): every change of a balance."""

    __tablename__ = "credit_ledger"
    __table_args__ = (
        UniqueConstraint("org_id", "idempotency_key"),
        Index("ix_credit_ledger_org_created", "org_id", "created_at"),
        Index("ix_credit_ledger_related", "org_id", "related_type", "related_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    kind: Mapped[LedgerKind] = mapped_column(ledger_kind_enum)
    amount: Mapped[int] = mapped_column(BigInteger)
    balance_after: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(300), default="")
    actor_user_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    actor_api_key_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    related_type: Mapped[str | None] = mapped_column(String(50), default=None)
    related_id: Mapped[str | None] = mapped_column(String(100), default=None)
    idempotency_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
