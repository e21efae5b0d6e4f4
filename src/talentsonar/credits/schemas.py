from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import ConfigDict, Field

from talentsonar.core.schemas import Schema
from talentsonar.models.credit_ledger import LedgerKind


class CreditBalanceOut(Schema):
    org_id: uuid.UUID
    balance: int
    low_balance_threshold: int
    is_low: bool
    required: int | None = None
    has_enough: bool | None = None
    prices: dict[str, int]


class DeductRequest(Schema):
    """Either an ``operation`` from the price list or an explicit ``amount``."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "operation": "cv_analysis",
        "reason": "CV analysis",
        "relatedType": "candidate",
        "relatedId": "9b2d7e41-5c3a-4f0e-8b61-0d4c2a9e7f35",
    }]})

    amount: int | None = Field(None, ge=1, le=1_000_000)
    operation: str | None = Field(None, max_length=50)
    cached: bool = False
    reason: str = Field("", max_length=300)
    related_type: str | None = Field(None, max_length=50)
    related_id: str | None = Field(None, max_length=100)


class LedgerEntryOut(Schema):
    id: uuid.UUID
    kind: LedgerKind
    amount: int
    balance_after: int
    reason: str
    actor_user_id: uuid.UUID | None
    actor_api_key_id: uuid.UUID | None
    related_type: str | None
    related_id: str | None
    idempotency_key: str
    created_at: datetime


class CreditMovement(Schema):
    entry: LedgerEntryOut
    balance: int
