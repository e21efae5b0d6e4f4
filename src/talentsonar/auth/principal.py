"""Who is calling: resolved once per request from a bearer token or an API key.

Routers require a caller by default (``Depends(authorize)``); endpoints take it as
``principal: Caller``: one dependency that resolves the principal, checks the role (writes
need at least the recruiter role, so viewers can read but never change anything) and the
rate limit, once per request.

The credentials are read from the ``Authorization: Bearer`` and ``X-API-Key`` headers
directly (two fewer dependencies per request than FastAPI's security classes);
:mod:`talentsonar.auth.openapi` documents them in the OpenAPI document as those classes
would. The principal is read on the request's connection (:class:`RequestDb`), which the
endpoint's session then uses.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cache
from typing import Annotated, TypeVar, cast

from fastapi import Depends, Request, params

from talentsonar.auth import service
from talentsonar.core.db import RequestConnection
from talentsonar.core.deps import RequestDb, client_ip, runtime_of
from talentsonar.core.errors import Forbidden, TooManyRequests, Unauthorized
from talentsonar.models.membership import Role

#: Where the OAuth2 password flow gets a token (documented in the OpenAPI document).
TOKEN_URL = "/api/v1/auth/token"
API_KEY_HEADER = "X-API-Key"

F = TypeVar("F", bound=Callable[..., object])

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


def credentials(request: Request) -> tuple[str | None, str | None]:
    """The bearer token and the API key the request carries (``None`` when absent), read
    as ``OAuth2PasswordBearer`` and ``APIKeyHeader`` read them."""
    headers = request.headers
    api_key = headers.get(API_KEY_HEADER) or None
    token = None
    authorization = headers.get("authorization")
    if authorization:
        scheme, _, param = authorization.partition(" ")
        if scheme.lower() == "bearer":
            token = param.strip()
    return token, api_key


async def _resolve(request: Request, db: RequestConnection) -> Principal | None:
    """The caller's principal from an API key or a bearer token, once per request."""
    state = request.state
    if hasattr(state, "principal"):
        cached: Principal | None = state.principal
        return cached
    token, api_key = credentials(request)
    principal: Principal | None = None
    if api_key:
        principal = await service.principal_from_api_key(db, api_key)
    elif token:
        principal = await service.principal_from_token(runtime_of(request), db, token)
    await db.release_unless_kept()
    state.principal = principal
    return principal


async def _check_rate(request: Request, endpoint_class: str, principal: Principal | None) -> None:
    caller = principal.rate_key if principal else f"ip:{client_ip(request)}"
    decision = await runtime_of(request).limiter.check(endpoint_class, caller)
    request.state.rate_limit_headers = decision.headers()
    if not decision.allowed:
        raise TooManyRequests(
            decision.refusal_message(),
            details=decision.refusal_details(),
            headers=decision.headers(),
        )


#: The dependencies that read the caller's credentials: their routes' operations carry
#: the security requirements in the OpenAPI document (:mod:`talentsonar.auth.openapi`).
CREDENTIAL_READERS: set[Callable[..., object]] = set()


def _reads_credentials(dependency: F) -> F:
    CREDENTIAL_READERS.add(dependency)
    return dependency


@cache
def caller(
    endpoint_class: str = "default", *, network: bool = False
) -> Callable[..., Awaitable[Principal]]:
    """The dependency that resolves the caller once per request: signed in (401), allowed
    to do this (403: writes need recruiter or above), within the rate limit of
    ``endpoint_class`` (429, ``RateLimit-*`` headers on the answer).

    The JobSwap roles (``employee``, ``hr``) are refused (403) everywhere except on the
    routes guarded with ``network=True`` (``/api/v1/jobswap``), where they may also write;
    what each of them may do there is the JobSwap service's business."""

    async def resolve_caller(request: Request, db: RequestDb) -> Principal:
        principal = await _resolve(request, db)
        if principal is None:
            raise Unauthorized()
        networked = principal.role.is_network
        if networked and not network:
            raise Forbidden(
                f"The {principal.role.value} role reaches only JobSwap (/api/v1/jobswap)"
            )
        if (
            request.method not in SAFE_METHODS
            and not networked
            and not principal.can(Role.recruiter)
        ):
            raise Forbidden("Your role (viewer) can read but not change anything")
        await _check_rate(request, endpoint_class, principal)
        return principal

    resolve_caller.__name__ = f"caller_{endpoint_class}" + ("_network" if network else "")
    return _reads_credentials(resolve_caller)


#: Routers' guard and endpoints' caller (one dependency, solved once per request).
authorize = caller("default")
Caller = Annotated[Principal, Depends(authorize)]
CurrentPrincipal = Caller
#: The caller of endpoints that call a model: the ``ai`` rate limit instead of the default.
AiCaller = Annotated[Principal, Depends(caller("ai"))]
#: JobSwap's guard and caller: the employee and hr roles are let in (and may write).
authorize_network = caller("default", network=True)
NetworkCaller = Annotated[Principal, Depends(authorize_network)]


def rate_limit(endpoint_class: str = "default") -> params.Depends:
    """The rate limit of ``endpoint_class`` for a route that also answers anonymous callers
    (by IP), or a second limit on top of the caller's (uploads)."""

    async def check(request: Request, db: RequestDb) -> None:
        await _check_rate(request, endpoint_class, await _resolve(request, db))

    # fastapi.Depends() is annotated as returning Any; it builds a params.Depends
    return cast(params.Depends, Depends(_reads_credentials(check)))


@_reads_credentials
async def signed_in(request: Request, db: RequestDb) -> Principal:
    """Signed in, whatever the role, with no rate limit of its own: for the routes a
    viewer may write to (their own session, notifications, invitations) on routers that
    rate-limit with :func:`rate_limit`."""
    principal = await _resolve(request, db)
    if principal is None:
        raise Unauthorized()
    return principal


SignedIn = Annotated[Principal, Depends(signed_in)]


@_reads_credentials
async def optional_principal(request: Request, db: RequestDb) -> Principal | None:
    return await _resolve(request, db)


OptionalPrincipal = Annotated[Principal | None, Depends(optional_principal)]


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
