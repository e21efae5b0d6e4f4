from __future__ import annotations

import enum

from sqlalchemy import BigInteger, Enum, String
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class PaymentStatus(enum.StrEnum):
    pending = "pending"
    succeeded = "succeeded"
    partially_refunded = "partially_refunded"
    refunded = "refunded"
    failed = "failed"


payment_status_enum = Enum(
    PaymentStatus, name="payment_status", values_callable=lambda e: [m.value for m in e]
)


class Payment(TenantModel):
    """A credit-pack purchase through Stripe Checkout."""

    __tablename__ = "payments"

    pack: Mapped[str] = mapped_column(String(50))
    credits: Mapped[int] = mapped_column(BigInteger)
    amount: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[PaymentStatus] = mapped_column(
        payment_status_enum, default=PaymentStatus.pending
    )
    stripe_checkout_session_id: Mapped[str | None] = mapped_column(
        String(255), unique=True, default=None
    )
    stripe_payment_intent_id: Mapped[str | None] = mapped_column(
        String(255), unique=True, default=None
    )
    stripe_charge_id: Mapped[str | None] = mapped_column(String(255), default=None)
    refunded_amount: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    credits_clawed_back: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    clawback_shortfall: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    disputed: Mapped[bool] = mapped_column(default=False, server_default="false")
    dispute_reason: Mapped[str | None] = mapped_column(String(100), default=None)
