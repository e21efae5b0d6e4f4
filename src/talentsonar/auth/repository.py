from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select, update

from talentsonar.core.models import utcnow
from talentsonar.core.repository import Repository, TenantRepository
from talentsonar.models.api_key import ApiKey
from talentsonar.models.membership import Membership, Role
from talentsonar.models.organization import Organization
from talentsonar.models.refresh_token import RefreshToken
from talentsonar.models.user import User


class UserRepository(Repository[User]):
    model = User
    label = "User"

    async def by_email(self, email: str) -> User | None:
        stmt = self.base().where(func.lower(User.email) == email.lower())
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def by_supabase_id(self, supabase_id: str) -> User | None:
        stmt = self.base().where(User.supabase_id == supabase_id)
        return (await self.session.execute(stmt)).scalar_one_or_none()


class OrganizationRepository(Repository[Organization]):
    model = Organization
    label = "Organization"


class MembershipRepository(Repository[Membership]):
    model = Membership
    label = "Membership"

    async def access(
        self, user_id: uuid.UUID, org_id: uuid.UUID
    ) -> tuple[Role, bool, bool, bool] | None:
        """``(role, user active, platform admin, org suspended)`` or None if not a member."""
        stmt = (
            select(Membership.role, User.is_active, User.is_platform_admin,
                   Organization.suspended_at)
            .join(User, User.id == Membership.user_id)
            .join(Organization, Organization.id == Membership.org_id)
            .where(
                Membership.user_id == user_id,
                Membership.org_id == org_id,
                Membership.deleted_at.is_(None),
                User.deleted_at.is_(None),
                Organization.deleted_at.is_(None),
            )
        )
        row = (await self.session.execute(stmt)).first()
        if row is None:
            return None
        return row[0], row[1], row[2], row[3] is not None

    async def memberships_of(self, user_id: uuid.UUID) -> Sequence[tuple[Membership, Organization]]:
        stmt = (
            select(Membership, Organization)
            .join(Organization, Organization.id == Membership.org_id)
            .where(
                Membership.user_id == user_id,
                Membership.deleted_at.is_(None),
                Organization.deleted_at.is_(None),
            )
            .order_by(Membership.created_at)
        )
        return [(m, o) for m, o in (await self.session.execute(stmt)).all()]

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
            .where(Membership.org_id == org_id, Membership.user_id == user_id,
                   User.deleted_at.is_(None))
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
            .where(Membership.org_id == org_id, Membership.role == Role.owner,
                   Membership.deleted_at.is_(None))
            .with_for_update()
        )
        return len((await self.session.execute(stmt)).all())


class RefreshTokenRepository(Repository[RefreshToken]):
    model = RefreshToken

    async def by_hash(self, token_hash: str) -> RefreshToken | None:
        stmt = select(RefreshToken).where(RefreshToken.token_hash == token_hash).with_for_update()
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def revoke_family(self, family_id: uuid.UUID) -> None:
        await self.session.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )

    async def revoke_user(self, user_id: uuid.UUID) -> None:
        await self.session.execute(
            update(RefreshToken)
            .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )


    async def revoke_user_in_org(self, user_id: uuid.UUID, org_id: uuid.UUID) -> None:
        await self.session.execute(
            update(RefreshToken)
            .where(RefreshToken.user_id == user_id, RefreshToken.org_id == org_id,
                   RefreshToken.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )


class ApiKeyRepository(TenantRepository[ApiKey]):
    model = ApiKey
    label = "API key"


async def api_key_by_hash(session: object, key_hash: str) -> tuple[ApiKey, bool] | None:
    """The key and whether its organisation is suspended (not tenant-scoped: used to find
    the tenant in the first place)."""
    stmt = (
        select(ApiKey, Organization.suspended_at)
        .join(Organization, Organization.id == ApiKey.org_id)
        .where(ApiKey.key_hash == key_hash, ApiKey.deleted_at.is_(None))
    )
    row = (await session.execute(stmt)).first()  # type: ignore[attr-defined]
    return (row[0], row[1] is not None) if row else None
