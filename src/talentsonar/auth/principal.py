"""Who is calling: resolved once per request from a bearer token or an API key.

Routers require a principal by default (``Depends(authorize)``); writes need at
least the recruiter role, so viewers can read but never change anything.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated, cast

from fastapi import Depends, Request, params
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer

from talentsonar.auth import service
from talentsonar.core.deps import RuntimeDep
from talentsonar.core.errors import Forbidden, TooManyRequests, Unauthorized
from talentsonar.models.membership import Role

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)
api_key_scheme = APIKeyHeader(name="X-API-Key", auto_error=False)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: uuid.UUID | None
    org_id: uuid.UUID
    role: Role
    is_platform_admin: bool = False
    api_key_id: uuid.UUID | None = None
    token_jti: str | None = None

    @property
    def rate_key(self) -> str:
        return f"key:{self.api_key_id}" if self.api_key_id else f"user:{self.user_id}"

    def can(self, role: Role) -> bool:
        return self.role.at_least(role)


async def get_optional_principal(
    request: Request,
    runtime: RuntimeDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
    api_key: Annotated[str | None, Depends(api_key_scheme)],
) -> Principal | None:
    cached: Principal | None = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    principal: Principal | None = None
    if api_key:
        principal = await service.principal_from_api_key(runtime, api_key)
    elif token:
        principal = await service.principal_from_token(runtime, token)
    request.state.principal = principal
    return principal


async def require_principal(
    principal: Annotated[Principal | None, Depends(get_optional_principal)],
) -> Principal:
    if principal is None:
        raise Unauthorized()
    return principal


CurrentPrincipal = Annotated[Principal, Depends(require_principal)]
OptionalPrincipal = Annotated[Principal | None, Depends(get_optional_principal)]


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def rate_limit(endpoint_class: str = "default") -> params.Depends:
    """A dependency enforcing the rate limit of ``endpoint_class`` for the caller."""

    async def check(request: Request, runtime: RuntimeDep, principal: OptionalPrincipal) -> None:
        caller = principal.rate_key if principal else f"ip:{client_ip(request)}"
        decision = await runtime.limiter.check(endpoint_class, caller)
        request.state.rate_limit_headers = decision.headers()
        if not decision.allowed:
            raise TooManyRequests(decision.refusal_message(),
                                  details=decision.refusal_details(), headers=decision.headers())

    # fastapi.Depends() is annotated as returning Any; it builds a params.Depends
    return cast(params.Depends, Depends(check))


async def authorize(request: Request, principal: CurrentPrincipal) -> Principal:
    """Router-level guard: authenticated, and writes need recruiter or above."""
    if request.method not in SAFE_METHODS and not principal.can(Role.recruiter):
        raise Forbidden("Your role (viewer) can read but not change anything")
    return principal


def require_role(role: Role) -> params.Depends:
    async def check(principal: CurrentPrincipal) -> Principal:
        if not principal.can(role):
            raise Forbidden(f"This needs the {role.value} role or above")
        return principal

    return cast(params.Depends, Depends(check))


async def require_platform_admin(principal: CurrentPrincipal) -> Principal:
    if not principal.is_platform_admin:
        raise Forbidden("Platform administrators only")
    return principal


OrgAdmin = Annotated[Principal, require_role(Role.admin)]
PlatformAdmin = Annotated[Principal, Depends(require_platform_admin)]
