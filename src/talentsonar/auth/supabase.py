"""Supabase-issued JWTs, so an existing Supabase frontend keeps working.

HS256 with ``SUPABASE_JWT_SECRET``, or asymmetric keys from ``SUPABASE_JWKS_URL``
(fetched through the shared HTTP client and cached). A Supabase user seen for the
first time becomes a local user with an organisation of their own.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

import jwt
import structlog
from jwt.types import Options
from sqlalchemy.exc import IntegrityError

from talentsonar.auth.repository import MembershipRepository, UserRepository
from talentsonar.auth.service import create_user_with_org, user_tag
from talentsonar.core.errors import Conflict, ServiceUnavailable, TalentSonarError, Unauthorized
from talentsonar.core.runtime import Runtime

log = structlog.get_logger(__name__)

JWKS_TTL = 600.0
ASYMMETRIC = ["RS256", "ES256", "EdDSA"]


@dataclass(frozen=True, slots=True)
class SupabaseClaims:
    sub: str
    email: str
    full_name: str


async def _jwks(runtime: Runtime, *, force: bool = False) -> dict[str, Any]:
    cached = runtime.extras.get("supabase_jwks")
    if cached and not force and cached[0] > time.monotonic():
        return dict(cached[1])
    url = runtime.settings.supabase_jwks_url
    assert url is not None
    try:
        response = await runtime.http_client("supabase").request("GET", url)
        response.raise_for_status()
        keys = {k.get("kid", ""): k for k in response.json().get("keys", [])}
    except TalentSonarError:
        raise
    except Exception as exc:
        raise ServiceUnavailable("Could not fetch the Supabase signing keys") from exc
    runtime.extras["supabase_jwks"] = (time.monotonic() + JWKS_TTL, keys)
    return keys


async def verify(runtime: Runtime, token: str) -> SupabaseClaims:
    settings = runtime.settings
    try:
        header = jwt.get_unverified_header(token)
        alg = header.get("alg", "")
        options: Options = {"require": ["exp", "sub"]}
        if alg == "HS256" and settings.supabase_jwt_secret:
            payload = jwt.decode(
                token,
                settings.supabase_jwt_secret.get_secret_value(),
                algorithms=["HS256"],
                audience=settings.supabase_jwt_audience,
                options=options,
            )
        elif alg in ASYMMETRIC and settings.supabase_jwks_url:
            kid = header.get("kid", "")
            keys = await _jwks(runtime)
            if kid not in keys:  # keys rotated since we fetched them
                keys = await _jwks(runtime, force=True)
            if kid not in keys:
                raise Unauthorized("Unknown Supabase signing key", code="invalid_token")
            payload = jwt.decode(
                token,
                jwt.PyJWK(keys[kid]).key,
                algorithms=ASYMMETRIC,
                audience=settings.supabase_jwt_audience,
                options=options,
            )
        else:
            raise Unauthorized("Invalid token", code="invalid_token")
    except jwt.ExpiredSignatureError as exc:
        raise Unauthorized("Token expired", code="invalid_token") from exc
    except jwt.PyJWTError as exc:
        raise Unauthorized("Invalid token", code="invalid_token") from exc
    email = str(payload.get("email") or "")
    if not email:
        raise Unauthorized("Supabase token has no email", code="invalid_token")
    meta = payload.get("user_metadata") or {}
    return SupabaseClaims(
        sub=str(payload["sub"]),
        email=email,
        full_name=str(meta.get("full_name") or meta.get("name") or email.split("@")[0]),
    )


async def local_user(runtime: Runtime, claims: SupabaseClaims) -> tuple[uuid.UUID, uuid.UUID]:
    """``(user_id, org_id)`` of the local user behind a Supabase identity (made on first
    sight; an existing local account with the same email is linked)."""
    cached = await runtime.cache.get("supabase-user", claims.sub)
    if isinstance(cached, list):
        return uuid.UUID(cached[0]), uuid.UUID(cached[1])
    for _ in range(2):
        try:
            async with runtime.db.session() as session:
                users = UserRepository(session)
                user = await users.by_supabase_id(claims.sub)
                if user is None:
                    user = await users.by_email(claims.email)
                    if user is not None:
                        user.supabase_id = claims.sub
                    else:
                        user, _ = await create_user_with_org(
                            session,
                            email=claims.email,
                            full_name=claims.full_name,
                            password=None,
                            supabase_id=claims.sub,
                            settings=runtime.settings,
                        )
                        log.info("auth.supabase_user_created", user_id=str(user.id))
                memberships = await MembershipRepository(session).memberships_of(user.id)
                if not memberships:
                    raise Unauthorized("This user belongs to no organisation")
                result = (user.id, memberships[0][1].id)
        except (IntegrityError, Conflict):
            continue  # a concurrent first request created it: read it again
        await runtime.cache.set(
            "supabase-user", claims.sub, [str(result[0]), str(result[1])], 300.0,
            tags=(user_tag(result[0]),),
        )
        return result
    raise Unauthorized("Could not map the Supabase user")
