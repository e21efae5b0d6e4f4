from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.principal import Principal
from talentsonar.auth.service import API_KEY_PREFIX, revoke_sessions, user_by_email, user_tag
from talentsonar.core.db import after_commit
from talentsonar.core.errors import Conflict, Forbidden, NotFound
from talentsonar.core.models import utcnow
from talentsonar.core.runtime import Runtime
from talentsonar.core.security import new_secret, sha256_hex
from talentsonar.models.api_key import ApiKey
from talentsonar.models.membership import Membership, Role
from talentsonar.models.organization import Organization
from talentsonar.models.user import User
from talentsonar.orgs.repository import ApiKeyRepository, MemberRepository, OrganizationRepository
from talentsonar.orgs.schemas import (
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyOut,
    Member,
    MemberAdd,
    MemberUpdate,
)


async def create_api_key(
    session: AsyncSession, principal: Principal, body: ApiKeyCreate
) -> ApiKeyCreated:
    if not principal.can(body.role):
        raise Forbidden("An API key cannot have a higher role than its creator")
    raw = new_secret(API_KEY_PREFIX)
    key = await ApiKeyRepository(session, principal.org_id).create(
        ApiKey(
            name=body.name,
            prefix=raw[:12],
            key_hash=sha256_hex(raw),
            role=body.role,
            created_by_id=principal.user_id,
            expires_at=body.expires_at,
        )
    )
    return ApiKeyCreated(**ApiKeyOut.model_validate(key).model_dump(), key=raw)


async def list_api_keys(session: AsyncSession, org_id: uuid.UUID) -> Sequence[ApiKey]:
    repo = ApiKeyRepository(session, org_id)
    return await repo.list(repo.base().order_by(ApiKey.created_at.desc()))


async def revoke_api_key(session: AsyncSession, org_id: uuid.UUID, key_id: uuid.UUID) -> ApiKey:
    """Refused from the next request on, on every process (keys are looked up in
    PostgreSQL on every request)."""
    key = await ApiKeyRepository(session, org_id).get_or_404(key_id)
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        await session.flush()
    return key


# --- members -------------------------------------------------------------------------


def _member_out(membership: Membership, user: User) -> Member:
    return Member(user_id=user.id, email=user.email, full_name=user.full_name,
                  role=membership.role, joined_at=membership.created_at)


def _forget_principal(runtime: Runtime, session: AsyncSession, user_id: uuid.UUID) -> None:
    """What is cached about ``user_id`` (the organisation a Supabase identity signs in to) is
    dropped once the change is committed. Roles and memberships themselves are never
    cached: every request reads them from PostgreSQL."""
    tag = user_tag(user_id)
    after_commit(session, lambda: runtime.cache.invalidate_tags(tag))


def _check_may_grant(principal: Principal, role: Role) -> None:
    if not principal.can(role):
        raise Forbidden("You cannot grant a role above your own")


async def add_member(
    runtime: Runtime, session: AsyncSession, principal: Principal, body: MemberAdd
) -> Member:
    """Add an existing user to the caller's organisation (or restore a removed member)."""
    _check_may_grant(principal, body.role)
    user = await user_by_email(session, str(body.email))
    if user is None:
        raise NotFound("User", details={"email": str(body.email)})
    members = MemberRepository(session)
    found = await members.member(principal.org_id, user.id, include_deleted=True)
    if found is not None and found[0].deleted_at is None:
        raise Conflict("This user is already a member", code="already_member")
    if found is not None:
        membership = found[0]
        membership.deleted_at = None
        membership.role = body.role
        membership.created_at = utcnow()
    else:
        membership = Membership(user_id=user.id, org_id=principal.org_id, role=body.role)
        session.add(membership)
    await session.flush()
    _forget_principal(runtime, session, user.id)
    return _member_out(membership, user)


async def _changeable_member(
    session: AsyncSession, principal: Principal, user_id: uuid.UUID
) -> tuple[Membership, User]:
    found = await MemberRepository(session).member(principal.org_id, user_id)
    if found is None:
        raise NotFound("Member")
    if not principal.can(found[0].role):
        raise Forbidden("You cannot change a member whose role is above your own")
    return found


async def _ensure_not_last_owner(session: AsyncSession, membership: Membership) -> None:
    if membership.role is Role.owner:
        owners = await MemberRepository(session).owner_count(membership.org_id)
        if owners <= 1:
            raise Conflict("An organisation needs at least one owner", code="last_owner")


async def update_member(
    runtime: Runtime, session: AsyncSession, principal: Principal, user_id: uuid.UUID,
    body: MemberUpdate,
) -> Member:
    membership, user = await _changeable_member(session, principal, user_id)
    _check_may_grant(principal, body.role)
    if membership.role is Role.owner and body.role is not Role.owner:
        await _ensure_not_last_owner(session, membership)
    membership.role = body.role
    await session.flush()
    _forget_principal(runtime, session, user.id)
    return _member_out(membership, user)


async def remove_member(
    runtime: Runtime, session: AsyncSession, principal: Principal, user_id: uuid.UUID
) -> Member:
    membership, user = await _changeable_member(session, principal, user_id)
    await _ensure_not_last_owner(session, membership)
    membership.deleted_at = utcnow()
    await session.flush()
    await revoke_sessions(session, user.id, principal.org_id)
    _forget_principal(runtime, session, user.id)
    return _member_out(membership, user)


async def get_organization(session: AsyncSession, org_id: uuid.UUID) -> Organization:
    return await OrganizationRepository(session).get_or_404(org_id)


async def organization_settings(session: AsyncSession, org_id: uuid.UUID) -> dict[str, Any]:
    """The organisation's settings (e.g. its blind-screening switch); ``{}`` if none."""
    return await OrganizationRepository(session).settings(org_id)


async def all_organizations(session: AsyncSession) -> Sequence[Organization]:
    repo = OrganizationRepository(session)
    return await repo.list(repo.base())


async def members(session: AsyncSession, org_id: uuid.UUID) -> Sequence[tuple[Membership, User]]:
    return await MemberRepository(session).members(org_id)
