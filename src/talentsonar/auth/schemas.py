from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import ConfigDict, EmailStr, Field, field_validator

from talentsonar.core.schemas import Schema
from talentsonar.models.membership import Role


class RegisterRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "email": "ada@example.com",
        "password": "correct-horse-battery",
        "fullName": "Ada Lovelace",
        "organizationName": "Analytical Engines Ltd",
    }]})
    email: EmailStr
    password: str = Field(min_length=8, max_length=256)
    full_name: str = Field(min_length=1, max_length=200)
    organization_name: str | None = Field(None, min_length=1, max_length=200)

    @field_validator("full_name", "organization_name")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if not value:
            raise ValueError("must not be blank")
        return value


class LoginRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "email": "ada@example.com",
        "password": "correct-horse-battery",
    }]})
    email: EmailStr
    password: str = Field(min_length=1, max_length=256)
    organization_id: uuid.UUID | None = Field(
        None, description="Sign in to this organisation (default: the first one joined)"
    )


class RefreshRequest(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "refreshToken": "rt_2f1c...the refresh token you were given",
    }]})
    refresh_token: str = Field(min_length=10, max_length=200)


class OrganizationRef(Schema):
    id: uuid.UUID
    name: str
    slug: str


class UserOut(Schema):
    id: uuid.UUID
    email: str
    full_name: str
    role: Role
    is_platform_admin: bool
    organization: OrganizationRef
    organizations: list[OrganizationRef] = []


class AuthResult(Schema):
    user: UserOut
    token: str = Field(description="Access token (JWT) for the Authorization: Bearer header")
    refresh_token: str
    token_type: str = "bearer"
    expires_at: datetime


class OAuthToken(Schema):
    """The OAuth2 password-flow answer (snake_case, as OAuth2 clients such as Swagger UI
    expect)."""

    access_token: str = Field(serialization_alias="access_token")
    token_type: str = Field("bearer", serialization_alias="token_type")
    expires_in: int = Field(serialization_alias="expires_in")
