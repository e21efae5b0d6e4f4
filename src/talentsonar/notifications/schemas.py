from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import ConfigDict, Field, HttpUrl, field_validator

from talentsonar.core.schemas import Schema
from talentsonar.notifications.service import WEBHOOK_EVENT_TYPES


class NotificationOut(Schema):
    id: uuid.UUID
    user_id: uuid.UUID | None
    type: str
    title: str
    body: str
    data: dict[str, Any]
    read_at: datetime | None
    created_at: datetime


class UnreadCount(Schema):
    unread: int


class ReadAll(Schema):
    updated: int


def _check_events(values: list[str]) -> list[str]:
    unknown = sorted(set(values) - set(WEBHOOK_EVENT_TYPES))
    if unknown:
        raise ValueError(f"unknown event types {unknown}; allowed: {list(WEBHOOK_EVENT_TYPES)}")
    return values


class WebhookEndpointCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "url": "https://hooks.example.com/talentsonar",
        "eventTypes": ["job.created"],
        "description": "ATS sync",
    }]})
    url: HttpUrl
    event_types: list[str] = Field(min_length=1, max_length=10)
    description: str = Field("", max_length=300)

    @field_validator("event_types")
    @classmethod
    def _events(cls, values: list[str]) -> list[str]:
        return _check_events(values)


class WebhookEndpointUpdate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"active": False}]})
    url: HttpUrl | None = None
    event_types: list[str] | None = Field(None, min_length=1, max_length=10)
    description: str | None = Field(None, max_length=300)
    active: bool | None = None

    @field_validator("event_types")
    @classmethod
    def _events(cls, values: list[str] | None) -> list[str] | None:
        return None if values is None else _check_events(values)


class WebhookEndpointOut(Schema):
    id: uuid.UUID
    url: str
    event_types: list[str]
    description: str
    active: bool
    created_at: datetime


class WebhookEndpointWithSecret(WebhookEndpointOut):
    secret: str


class WebhookDeliveryOut(Schema):
    id: uuid.UUID
    endpoint_id: uuid.UUID
    event_type: str
    status: str
    attempts: int
    response_code: int | None
    error: str | None
    delivered_at: datetime | None
    created_at: datetime
