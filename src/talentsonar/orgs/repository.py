"""The organisation's own data: the organisation, its members, API keys and invitations.

Other domains ask through ``orgs.service`` (e.g. the organisation's settings)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.repository import Repository, TenantRepository
from talentsonar.models.api_key import ApiKey
from talentsonar.models.invitation import Invitation
from talentsonar.models.membership import Membership, Role
from talentsonar.models.organization import Organization
from talentsonar.models.user import User


class OrganizationRepository(Repository[Organization]):
    model = Organization
    label = "Organization"

    async def settings(self, org_id: uuid.UUID) -> dict[str, Any]:
        """The organisation's settings (``{}`` when it has none)."""
        stmt = select(Organization.settings).where(Organization.id == org_id)
        value = (await self.session.execute(stmt)).scalar_one_or_none()
        return dict(value or {})


class MemberRepository(Repository[Membership]):
    """The members of an organisation (who belongs to it, with which role)."""

    model = Membership
    label = "Membership"

    async def members(self, org_id: uuid.UUID) -> Sequence[tuple[Membership, User]]:
        stmt = (
            select(Membership, User)
            .join(User, User.id == Membership.user_id)
            .where(Membership.org_id == org_id, Membership.deleted_at.is_(None))
            .order_by(Membership.created_at)
        )
        return [(m, u) for m, u in (await self.session.execute(stmt)).all()]

    async def member(
        self, org_id: uuid.UUID, user_id: uuid.UUID, *, include_deleted: bool = False
    ) -> tuple[Membership, User] | None:
        """The membership of ``user_id`` in ``org_id`` (locked for update) and its user."""
        stmt = (
            select(Membership, User)
            .join(User, User.id == Membership.user_id)
            .where(
                Membership.org_id == org_id,
                Membership.user_id == user_id,
                User.deleted_at.is_(None),
            )
            .with_for_update(of=Membership)
        )
        if not include_deleted:
            stmt = stmt.where(Membership.deleted_at.is_(None))
        row = (await self.session.execute(stmt)).first()
        return (row[0], row[1]) if row else None

    async def owner_count(self, org_id: uuid.UUID) -> int:
        """Active owners of ``org_id`` (their rows locked, so two demotions cannot race)."""
        stmt = (
            select(Membership.id)
            .where(
                Membership.org_id == org_id,
                Membership.role == Role.owner,
                Membership.deleted_at.is_(None),
            )
            .with_for_update()
        )
        return len((await self.session.execute(stmt)).all())

    async def membership_of(self, user_id: uuid.UUID, org_id: uuid.UUID) -> Membership | None:
        """The membership of ``user_id`` in ``org_id``, removed or not."""
        stmt = select(Membership).where(Membership.user_id == user_id, Membership.org_id == org_id)
        return (await self.session.execute(stmt)).scalar_one_or_none()


class ApiKeyRepository(TenantRepository[ApiKey]):
    model = ApiKey
    label = "API key"


class InvitationRepository(TenantRepository[Invitation]):
    model = Invitation
    label = "Invitation"


async def invitation_by_hash(session: AsyncSession, token_hash: str) -> Invitation | None:
    stmt = (
        select(Invitation)
        .where(Invitation.token_hash == token_hash, Invitation.deleted_at.is_(None))
        .with_for_update()
    )
    return (await session.execute(stmt)).scalar_one_or_none()
