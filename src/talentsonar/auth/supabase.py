"""Supabase-issued JWTs, so an existing Supabase frontend keeps working.

HS256 with ``SUPABASE_JWT_SECRET``, or asymmetric keys from ``SUPABASE_JWKS_URL``
(fetched through the shared HTTP client and cached). A Supabase user seen for the
first time becomes a local user with an organisation of their own.

Identities are found by ``sub``. A new ``sub`` is linked to an existing local account with
the same e-mail address only when the token says the address is verified: a top-level
``email_verified: true`` claim (standard OIDC; add it in Supabase with a custom access token
hook from ``auth.users.email_confirmed_at``). ``user_metadata`` is editable by the user, so
nothing in it is trusted. An account already linked to another ``sub`` is never relinked.
"""

from __future__ import annotations

import asyncio
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
    email_verified: bool = False


class IdentityNotLinkable(Unauthorized):
    code = "identity_not_linkable"


async def _jwks(runtime: Runtime, *, force: bool = False) -> dict[str, Any]:
    """The signing keys by kid, cached for ``JWKS_TTL``. ``force`` (a token with a kid we do
    not know: keys may have rotated) refetches at most once per
    ``SUPABASE_JWKS_MIN_REFETCH_SECONDS``, so made-up kids cannot make every request fetch.
    Concurrent fetches are made once."""
    extras = runtime.extras
    cached = extras.get("supabase_jwks")
    now = time.monotonic()
    if cached and (cached[0] > now or force):
        if not force:
            return dict(cached[1])
        last_forced = extras.get("supabase_jwks_forced_at")
        interval = runtime.settings.supabase_jwks_min_refetch_seconds
        if last_forced is not None and now - last_forced < interval:
            return dict(cached[1])
        extras["supabase_jwks_forced_at"] = now
    lock = extras.setdefault("supabase_jwks_lock", asyncio.Lock())
    async with lock:
        latest = extras.get("supabase_jwks")
        if latest is not cached and latest is not None:
            return dict(latest[1])  # fetched by another request while this one waited
        keys = await _fetch_jwks(runtime)
        extras["supabase_jwks"] = (time.monotonic() + JWKS_TTL, keys)
    return dict(keys)


async def _fetch_jwks(runtime: Runtime) -> dict[str, Any]:
    url = runtime.settings.supabase_jwks_url
    assert url is not None
    try:
        response = await runtime.http_client("supabase").request("GET", url)
        response.raise_for_status()
        return {k.get("kid", ""): k for k in response.json().get("keys", [])}
    except TalentSonarError:
        raise
    except Exception as exc:
        raise ServiceUnavailable("Could not fetch the Supabase signing keys") from exc


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
        email_verified=payload.get("email_verified") is True,
    )


async def local_user(runtime: Runtime, claims: SupabaseClaims) -> tuple[uuid.UUID, uuid.UUID]:
    """``(user_id, org_id)`` of the local user behind a Supabase identity (made on first
    sight; an existing local account with the same e-mail is linked only when the token
    says the address is verified and the account has no identity yet)."""
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
                        if not claims.email_verified or user.supabase_id is not None:
                            log.warning("auth.supabase_link_refused", user_id=str(user.id),
                                        email_verified=claims.email_verified)
                            raise IdentityNotLinkable(
                                "This sign-in cannot be linked to an existing account: "
                                "its e-mail address is not verified, or the account is "
                                "linked to another identity"
                            )
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
