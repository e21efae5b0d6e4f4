"""Identity: registration, login, tokens, Supabase tokens, API keys."""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import jwt
import structlog
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth import throttle
from talentsonar.auth.repository import (
    API_KEY_ACCESS,
    BROWSER_SESSION,
    MEMBER_ACCESS,
    MEMBER_SESSION_ACCESS,
    MembershipRepository,
    RefreshTokenRepository,
    UserRepository,
    touch_api_key,
)
from talentsonar.auth.schemas import AuthResult, OrganizationRef, RegisterRequest, UserOut
from talentsonar.core.config import Settings
from talentsonar.core.db import RequestConnection
from talentsonar.core.errors import Conflict, Forbidden, Unauthorized
from talentsonar.core.events import OrganizationCreated, publish
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
API_KEY_TOUCH = timedelta(seconds=60)


def user_tag(user_id: uuid.UUID) -> str:
    return f"user:{user_id}"


async def get_user(session: AsyncSession, user_id: uuid.UUID) -> User:
    """The user ``user_id`` (404 if there is none)."""
    return await UserRepository(session).get_or_404(user_id)


async def user_by_email(session: AsyncSession, email: str) -> User | None:
    return await UserRepository(session).by_email(email)


async def memberships_of(
    session: AsyncSession, user_id: uuid.UUID
) -> list[tuple[Membership, Organization]]:
    """The organisations the user belongs to, oldest membership first."""
    return list(await MembershipRepository(session).memberships_of(user_id))


async def revoke_sessions(
    session: AsyncSession, user_id: uuid.UUID, org_id: uuid.UUID | None = None
) -> None:
    """Revoke the user's refresh tokens (those for ``org_id`` only, when given)."""
    tokens = RefreshTokenRepository(session)
    if org_id is None:
        await tokens.revoke_user(user_id)
    else:
        await tokens.revoke_user_in_org(user_id, org_id)


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
    org = Organization(name=name, slug=slugify(name))
    session.add(org)
    await session.flush()
    session.add(Membership(user_id=user.id, org_id=org.id, role=Role.owner))
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict("An account with this email already exists", code="email_taken") from exc
    await publish(session, OrganizationCreated(org_id=org.id, user_id=user.id))
    return user, org


async def register(
    runtime: Runtime, session: AsyncSession, body: RegisterRequest, client: throttle.Client
) -> tuple[AuthResult, str]:
    """The new account's tokens and its device cookie (the address becomes a known
    source of the account)."""
    user, org = await create_user_with_org(
        session,
        email=str(body.email),
        full_name=body.full_name,
        password=body.password,
        org_name=body.organization_name,
        settings=runtime.settings,
    )
    await throttle.remember(runtime, session, user.id, client.ip)
    result = await issue_tokens(runtime, session, user, org.id)
    return result, throttle.device_cookie(runtime, user.id)


async def login(
    runtime: Runtime,
    email: str,
    password: str,
    client: throttle.Client,
    org_id: uuid.UUID | None = None,
) -> tuple[AuthResult, str]:
    """Tokens for a correct email and password, and the device cookie to set; throttled
    per account and source (see :mod:`talentsonar.auth.throttle`).

    Two transactions, one after the other (never two connections at once, and none held
    while the password hash is checked): the first counts the attempt and commits, so a
    wrong password stays counted; the second signs the user in."""
    account = email.strip().lower()
    async with runtime.db.session() as session:
        user = await UserRepository(session).by_email(account)
        user_id, password_hash = (user.id, user.password_hash) if user else (None, None)
        attempt = await throttle.begin(runtime, session, account, user_id, client)
    # Checked even without such a user (against a dummy hash): the same time either way.
    if not verify_password(password, password_hash, runtime.settings) or user_id is None:
        raise Unauthorized("Incorrect email or password", code="invalid_credentials")
    async with runtime.db.session() as session:
        user = await UserRepository(session).get(user_id)
        if user is None:
            raise Unauthorized("Incorrect email or password", code="invalid_credentials")
        if not user.is_active:
            raise Forbidden("This account is suspended", code="account_suspended")
        cookie = await throttle.succeeded(runtime, session, attempt, user.id)
        user.last_login_at = utcnow()
        return await issue_tokens(runtime, session, user, org_id), cookie


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
    # The sign-in session: the refresh-token family, named in every access token issued to
    # it. Access tokens are refused as soon as their family has no live refresh token.
    family_id = family_id or uuid.uuid4()
    access, expires_at = runtime.keys.issue(user.id, org.id, sid=str(family_id))
    refresh = new_secret(REFRESH_PREFIX)
    session.add(
        RefreshToken(
            user_id=user.id,
            org_id=org.id,
            token_hash=sha256_hex(refresh),
            family_id=family_id,
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


async def logout(session: AsyncSession, principal: Principal) -> None:
    """Sign the user out everywhere: every refresh token is revoked, so every access token
    of theirs is refused from the next request on, on every process."""
    if principal.user_id is None:
        return
    await RefreshTokenRepository(session).revoke_user(principal.user_id)


# --- resolving a principal ----------------------------------------------------------
#
# Asked of PostgreSQL (the primary) on every request, in one round trip, and never cached:
# a logout, a revoked key, a new role or a suspension is seen by the next request on any
# process, whatever state Redis is in.


async def _member_principal(
    db: RequestConnection,
    user_id: uuid.UUID,
    org_id: uuid.UUID,
    *,
    session_id: uuid.UUID | None,
    jti: str | None = None,
) -> Principal:
    """The member's principal; with ``session_id`` (our own access tokens) the sign-in
    session must also still be live."""
    from talentsonar.auth.principal import Principal

    query = MEMBER_ACCESS if session_id is None else MEMBER_SESSION_ACCESS
    values: dict[str, Any] = {"user_id": user_id, "org_id": org_id}
    if session_id is not None:
        values["session_id"] = session_id
    rows = await db.rows(query, **values)
    if not rows:
        raise Unauthorized("You are no longer a member of this organisation")
    row = rows[0]
    if not row["active"]:
        raise Forbidden("This account is suspended", code="account_suspended")
    if row["org_suspended"] and not row["admin"]:
        raise Forbidden("This organisation is suspended", code="organization_suspended")
    if session_id is not None and not row["session_live"]:
        raise Unauthorized("Signed out: this session has ended", code="invalid_token")
    return Principal(
        user_id=user_id,
        org_id=org_id,
        role=Role(row["role"]),
        is_platform_admin=row["admin"],
        token_jti=jti,
    )


async def principal_from_token(runtime: Runtime, db: RequestConnection, token: str
                               ) -> Principal:
    """The principal of a bearer token, read on the request's connection ``db``."""
    if runtime.keys.owns(token):
        try:
            claims = runtime.keys.verify(token)
        except InvalidToken as exc:
            raise Unauthorized(str(exc).capitalize(), code="invalid_token") from exc
        if claims.session_id is None:
            # Nothing could revoke it: tokens are always issued to a session.
            raise Unauthorized("Token has no sign-in session", code="invalid_token")
        return await _member_principal(
            db, claims.user_id, claims.org_id, session_id=claims.session_id, jti=claims.jti
        )
    if runtime.settings.supabase_jwt_secret or runtime.settings.supabase_jwks_url:
        from talentsonar.auth import supabase

        claims_sb = await supabase.verify(runtime, token)
        user_id, org_id = await supabase.local_user(runtime, claims_sb)
        return await _member_principal(db, user_id, org_id, session_id=None)
    raise Unauthorized("Invalid token", code="invalid_token")


async def principal_from_api_key(db: RequestConnection, raw_key: str) -> Principal:
    """The principal of an API key, read on the request's connection ``db``."""
    from talentsonar.auth.principal import Principal

    rows = await db.rows(API_KEY_ACCESS, key_hash=sha256_hex(raw_key))
    key = rows[0] if rows else None
    if key is None or key["revoked_at"] is not None:
        raise Unauthorized("Invalid or revoked API key", code="invalid_api_key")
    now = utcnow()
    if key["expires_at"] is not None and key["expires_at"] < now:
        raise Unauthorized("API key expired", code="invalid_api_key")
    if key["org_suspended"]:
        raise Forbidden("This organisation is suspended", code="organization_suspended")
    if key["last_used_at"] is None or now - key["last_used_at"] > API_KEY_TOUCH:
        async with db.session() as session:
            await touch_api_key(session, key["id"], API_KEY_TOUCH)
    return Principal(user_id=None, org_id=key["org_id"], role=Role(key["role"]),
                     api_key_id=key["id"])


@dataclass(frozen=True, slots=True)
class BrowserSession:
    """A live sign-in session named by a browser's session cookie."""

    principal: Principal
    session_id: uuid.UUID
    email: str
    full_name: str


async def browser_session(db: RequestConnection, secret: str) -> BrowserSession | None:
    """The live sign-in session whose refresh-token secret a browser's cookie holds
    (``None`` when unknown, revoked or expired), checked as an access token of that
    session is: membership, suspensions and the session's liveness, on the primary."""
    rows = await db.rows(BROWSER_SESSION, token_hash=sha256_hex(secret))
    if not rows:
        return None
    row = rows[0]
    try:
        principal = await _member_principal(
            db, row["user_id"], row["org_id"], session_id=row["family_id"]
        )
    except (Unauthorized, Forbidden):
        return None
    return BrowserSession(principal, row["family_id"], row["email"], row["full_name"] or "")


def session_access_token(runtime: Runtime, session: BrowserSession) -> str:
    """A short-lived access token of the browser's sign-in session (refused as soon as
    the session is revoked, like every access token)."""
    principal = session.principal
    assert principal.user_id is not None
    token, _ = runtime.keys.issue(principal.user_id, principal.org_id,
                                  sid=str(session.session_id))
    return token


async def end_session(session: AsyncSession, session_id: uuid.UUID) -> None:
    """Revoke one sign-in session (its refresh tokens; its access tokens follow)."""
    await RefreshTokenRepository(session).revoke_family(session_id)


def decode_unverified(token: str) -> dict[str, Any]:
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise Unauthorized("Invalid token", code="invalid_token") from exc
