from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import ConfigDict, EmailStr, Field

from talentsonar.core.schemas import Schema
from talentsonar.models.membership import Role


class ApiKeyCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "name": "ATS integration",
        "role": "recruiter",
    }]})
    name: str = Field(min_length=1, max_length=200)
    role: Role = Role.recruiter
    expires_at: datetime | None = None


class ApiKeyOut(Schema):
    id: uuid.UUID
    name: str
    prefix: str
    role: Role
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    key: str = Field(description="The secret: shown this once, store it now")


class Member(Schema):
    user_id: uuid.UUID
    email: str
    full_name: str
    role: Role
    joined_at: datetime


class OrganizationOut(Schema):
    id: uuid.UUID
    name: str
    slug: str
    created_at: datetime


class MemberAdd(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "email": "grace@example.com",
        "role": "recruiter",
    }]})
    email: EmailStr = Field(description="Email of an already registered user")
    role: Role = Role.recruiter


class MemberUpdate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"role": "viewer"}]})
    role: Role


class InvitationCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "email": "linus@example.com",
        "role": "recruiter",
    }]})
    email: EmailStr
    role: Role = Role.recruiter


class InvitationOut(Schema):
    id: uuid.UUID
    email: str
    role: Role
    expires_at: datetime
    accepted_at: datetime | None
    revoked_at: datetime | None
    created_at: datetime


class AcceptedInvitation(Schema):
    org_id: uuid.UUID
    role: Role
