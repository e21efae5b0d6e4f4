from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import ConfigDict, Field

from talentsonar.core.schemas import Schema
from talentsonar.models.payment import PaymentStatus


class CheckoutRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"packId": "starter"}]})
    pack_id: str = Field(min_length=1, max_length=50)


class CheckoutOut(Schema):
    payment_id: uuid.UUID
    checkout_session_id: str
    url: str


class CreditPackOut(Schema):
    id: str
    credits: int
    amount: int
    currency: str


class PaymentOut(Schema):
    id: uuid.UUID
    org_id: uuid.UUID
    pack: str
    credits: int
    amount: int
    currency: str
    status: PaymentStatus
    stripe_checkout_session_id: str | None
    stripe_payment_intent_id: str | None
    refunded_amount: int
    credits_clawed_back: int
    clawback_shortfall: int
    disputed: bool
    dispute_reason: str | None
    created_at: datetime


class RefundRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"amount": 1000}]})
    amount: int | None = Field(None, ge=1, description="Minor units; omit for a full refund")


class WebhookAck(Schema):
    received: bool
    outcome: str
