"""Identity: registration, login, tokens, Supabase tokens, API keys."""

from __future__ import annotations

import re
import secrets
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import jwt
import structlog
from limits import parse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.repository import (
    MembershipRepository,
    OrganizationRepository,
    RefreshTokenRepository,
    UserRepository,
    api_key_by_hash,
)
from talentsonar.auth.schemas import AuthResult, OrganizationRef, RegisterRequest, UserOut
from talentsonar.core.config import Settings
from talentsonar.core.errors import Conflict, Forbidden, TooManyRequests, Unauthorized
from talentsonar.core.events import publish
from talentsonar.core.models import utcnow
from talentsonar.core.runtime import Runtime
from talentsonar.core.security import (
    InvalidToken,
    hash_password,
    new_secret,
    sha256_hex,
    verify_password,
)
from talentsonar.models.membership import Membership, Role
from talentsonar.models.organization import Organization
from talentsonar.models.refresh_token import RefreshToken
from talentsonar.models.user import User

if TYPE_CHECKING:
    from talentsonar.auth.principal import Principal

log = structlog.get_logger(__name__)

API_KEY_PREFIX = "tsk"
REFRESH_PREFIX = "tsr"
PRINCIPAL_TTL = 60.0
API_KEY_TOUCH_SECONDS = 60


def user_tag(user_id: uuid.UUID) -> str:
    return f"user:{user_id}"


def org_tag(org_id: uuid.UUID) -> str:
    return f"org:{org_id}"


def slugify(name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "org"
    return f"{base}-{secrets.token_hex(3)}"


# --- registration and login --------------------------------------------------------


async def create_user_with_org(
    session: AsyncSession,
    *,
    email: str,
    full_name: str,
    password: str | None,
    org_name: str | None = None,
    supabase_id: str | None = None,
    is_platform_admin: bool = False,
    settings: Settings | None = None,
) -> tuple[User, Organization]:
    """A user, their new organisation and their owner membership; announces
    ``organization.created`` (which, for example, grants the signup credits)."""
    users = UserRepository(session)
    if await users.by_email(email) is not None:
        raise Conflict("An account with this email already exists", code="email_taken")
    user = await users.create(
        User(
            email=email,
            full_name=full_name,
            password_hash=hash_password(password, settings) if password else None,
            supabase_id=supabase_id,
            is_platform_admin=is_platform_admin,
        )
    )
    name = org_name or f"{full_name or email.split('@')[0]}'s organisation"
    org = await OrganizationRepository(session).create(Organization(name=name, slug=slugify(name)))
    session.add(Membership(user_id=user.id, org_id=org.id, role=Role.owner))
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict("An account with this email already exists", code="email_taken") from exc
    await publish(
        session, "organization.created", org_id=org.id, user_id=user.id, settings=settings
    )
    return user, org


async def register(runtime: Runtime, session: AsyncSession, body: RegisterRequest) -> AuthResult:
    user, org = await create_user_with_org(
        session,
        email=str(body.email),
        full_name=body.full_name,
        password=body.password,
        org_name=body.organization_name,
        settings=runtime.settings,
    )
    return await issue_tokens(runtime, session, user, org.id)


def _login_limit(runtime: Runtime) -> Any:
    s = runtime.settings
    return parse(f"{s.login_max_failures} per {s.login_lockout_seconds} seconds")


async def login(
    runtime: Runtime,
    session: AsyncSession,
    email: str,
    password: str,
    org_id: uuid.UUID | None = None,
) -> AuthResult:
    limit = _login_limit(runtime)
    key = email.strip().lower()
    wait = await runtime.limiter.failures_exceeded(key, limit)
    if wait:
        raise TooManyRequests(
            "Too many failed sign-in attempts; try again later",
            code="login_throttled",
            details={"retryAfter": wait},
            headers={"Retry-After": str(wait)},
        )
    user = await UserRepository(session).by_email(key)
    if user is None or not verify_password(
        password, user.password_hash if user else None, runtime.settings
    ):
        await runtime.limiter.throttle_failure(key, limit)
        raise Unauthorized("Incorrect email or password", code="invalid_credentials")
    if not user.is_active:
        raise Forbidden("This account is suspended", code="account_suspended")
    await runtime.limiter.clear_failures(key, limit)
    user.last_login_at = utcnow()
    return await issue_tokens(runtime, session, user, org_id)


async def _pick_membership(
    session: AsyncSession, user: User, org_id: uuid.UUID | None
) -> tuple[Membership, Organization, list[OrganizationRef]]:
    rows = await MembershipRepository(session).memberships_of(user.id)
    refs = [OrganizationRef.model_validate(o) for _, o in rows]
    for membership, org in rows:
        if org_id is None or org.id == org_id:
            if org.suspended_at is not None:
                raise Forbidden("This organisation is suspended", code="organization_suspended")
            return membership, org, refs
    raise Forbidden("You are not a member of that organisation", code="not_a_member")


async def issue_tokens(
    runtime: Runtime,
    session: AsyncSession,
    user: User,
    org_id: uuid.UUID | None,
    *,
    family_id: uuid.UUID | None = None,
) -> AuthResult:
    membership, org, refs = await _pick_membership(session, user, org_id)
    access, expires_at = runtime.keys.issue(user.id, org.id)
    refresh = new_secret(REFRESH_PREFIX)
    session.add(
        RefreshToken(
            user_id=user.id,
            org_id=org.id,
            token_hash=sha256_hex(refresh),
            family_id=family_id or uuid.uuid4(),
            expires_at=utcnow() + timedelta(seconds=runtime.settings.jwt_refresh_ttl_seconds),
        )
    )
    await session.flush()
    return AuthResult(
        user=user_out(user, membership.role, org, refs),
        token=access,
        refresh_token=refresh,
        expires_at=expires_at,
    )


def user_out(
    user: User, role: Role, org: Organization, refs: list[OrganizationRef] | None = None
) -> UserOut:
    return UserOut(
        id=user.id,
        email=user.email,
        full_name=user.full_name,
        role=role,
        is_platform_admin=user.is_platform_admin,
        organization=OrganizationRef.model_validate(org),
        organizations=refs or [],
    )


async def refresh(runtime: Runtime, session: AsyncSession, token: str) -> AuthResult:
    tokens = RefreshTokenRepository(session)
    row = await tokens.by_hash(sha256_hex(token))
    if row is None:
        raise Unauthorized("Unknown refresh token", code="invalid_refresh_token")
    if row.revoked_at is not None:
        # A rotated token presented again: someone kept a copy. Revoke the whole family,
        # in a transaction of its own: the request's is rolled back by the error below.
        async with runtime.db.session() as own:
            await RefreshTokenRepository(own).revoke_family(row.family_id)
        log.warning("auth.refresh_reuse", user_id=str(row.user_id))
        raise Unauthorized("Refresh token already used", code="refresh_token_reused")
    if row.expires_at < datetime.now(UTC):
        raise Unauthorized("Refresh token expired", code="refresh_token_expired")
    row.revoked_at = utcnow()
    user = await UserRepository(session).get(row.user_id)
    if user is None or not user.is_active:
        raise Unauthorized("Account unavailable", code="invalid_refresh_token")
    return await issue_tokens(runtime, session, user, row.org_id, family_id=row.family_id)


async def logout(runtime: Runtime, session: AsyncSession, principal: Principal) -> None:
    """Revoke the user's refresh tokens and deny the presented access token until expiry."""
    if principal.user_id is None:
        return
    await RefreshTokenRepository(session).revoke_user(principal.user_id)
    if principal.token_jti:
        await runtime.cache.set(
            "revoked-jti", principal.token_jti, True, runtime.settings.jwt_access_ttl_seconds
        )


# --- resolving a principal ----------------------------------------------------------


async def _member_principal(
    runtime: Runtime, user_id: uuid.UUID, org_id: uuid.UUID, jti: str | None
) -> Principal:
    from talentsonar.auth.principal import Principal

    async def load() -> dict[str, Any] | None:
        async with runtime.db.session(read_only=True) as session:
            access = await MembershipRepository(session).access(user_id, org_id)
        if access is None:
            return None
        role, active, admin, suspended = access
        return {"role": role.value, "active": active, "admin": admin, "suspended": suspended}

    data, _ = await runtime.cache.get_or_compute(
        "principal",
        f"{user_id}:{org_id}",
        load,
        ttl=PRINCIPAL_TTL,
        tags=(user_tag(user_id), org_tag(org_id)),
    )
    if data is None:
        raise Unauthorized("You are no longer a member of this organisation")
    if not data["active"]:
        raise Forbidden("This account is suspended", code="account_suspended")
    if data["suspended"] and not data["admin"]:
        raise Forbidden("This organisation is suspended", code="organization_suspended")
    return Principal(
        user_id=user_id,
        org_id=org_id,
        role=Role(data["role"]),
        is_platform_admin=data["admin"],
        token_jti=jti,
    )


async def principal_from_token(runtime: Runtime, token: str) -> Principal:
    if runtime.keys.owns(token):
        try:
            claims = runtime.keys.verify(token)
        except InvalidToken as exc:
            raise Unauthorized(str(exc).capitalize(), code="invalid_token") from exc
        if claims.jti and await runtime.cache.get("revoked-jti", claims.jti) is True:
            raise Unauthorized("Token revoked", code="invalid_token")
        return await _member_principal(runtime, claims.user_id, claims.org_id, claims.jti)
    if runtime.settings.supabase_jwt_secret or runtime.settings.supabase_jwks_url:
        from talentsonar.auth import supabase

        claims_sb = await supabase.verify(runtime, token)
        user_id, org_id = await supabase.local_user(runtime, claims_sb)
        return await _member_principal(runtime, user_id, org_id, None)
    raise Unauthorized("Invalid token", code="invalid_token")


async def principal_from_api_key(runtime: Runtime, raw_key: str) -> Principal:
    from talentsonar.auth.principal import Principal

    key_hash = sha256_hex(raw_key)

    async def load() -> dict[str, Any] | None:
        async with runtime.db.session() as session:
            found = await api_key_by_hash(session, key_hash)
            if found is None:
                return None
            key, org_suspended = found
            now = utcnow()
            if key.last_used_at is None or (now - key.last_used_at).total_seconds() > (
                API_KEY_TOUCH_SECONDS
            ):
                key.last_used_at = now
            return {
                "id": str(key.id),
                "org": str(key.org_id),
                "role": key.role.value,
                "revoked": key.revoked_at is not None,
                "expires": key.expires_at.timestamp() if key.expires_at else None,
                "suspended": org_suspended,
            }

    data, _ = await runtime.cache.get_or_compute(
        "apikey", key_hash, load, ttl=30.0, tags=(f"apikey:{key_hash}",)
    )
    if data is None or data["revoked"]:
        raise Unauthorized("Invalid or revoked API key", code="invalid_api_key")
    if data["expires"] is not None and data["expires"] < time.time():
        raise Unauthorized("API key expired", code="invalid_api_key")
    if data["suspended"]:
        raise Forbidden("This organisation is suspended", code="organization_suspended")
    return Principal(
        user_id=None,
        org_id=uuid.UUID(data["org"]),
        role=Role(data["role"]),
        api_key_id=uuid.UUID(data["id"]),
    )


def decode_unverified(token: str) -> dict[str, Any]:
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise Unauthorized("Invalid token", code="invalid_token") from exc
