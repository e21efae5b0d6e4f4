from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import ConfigDict, Field

from talentsonar.core.schemas import Schema


class AdminUserOut(Schema):
    id: uuid.UUID
    email: str
    full_name: str
    is_active: bool
    is_platform_admin: bool
    last_login_at: datetime | None
    created_at: datetime


class AdminOrganizationOut(Schema):
    id: uuid.UUID
    name: str
    slug: str
    suspended_at: datetime | None
    created_at: datetime
    balance: int = 0
    member_count: int = 0


class GrantRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "amount": 500,
        "reason": "Goodwill credit after an outage",
    }]})
    amount: int = Field(ge=1, le=10_000_000)
    reason: str = Field("", max_length=300)


class AuditEntryOut(Schema):
    id: uuid.UUID
    org_id: uuid.UUID | None
    actor_user_id: uuid.UUID | None
    actor_api_key_id: uuid.UUID | None
    action: str
    target_type: str | None
    target_id: str | None
    before: Any
    after: Any
    ip: str | None
    request_id: str | None
    created_at: datetime


class UsageOut(Schema):
    org_id: uuid.UUID
    ai_operations: list[dict[str, Any]]
    credit_consumption: list[dict[str, Any]]
    credit_totals_by_kind: dict[str, int]
    balance: int
