from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import Select, bindparam, case, delete, exists, func, or_, select, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.models import utcnow
from talentsonar.core.repository import CompiledSelect, Repository
from talentsonar.models.api_key import ApiKey
from talentsonar.models.login_source import LoginSource
from talentsonar.models.login_throttle import LoginThrottle
from talentsonar.models.membership import Membership
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


class MembershipRepository(Repository[Membership]):
    model = Membership
    label = "Membership"

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


# --- who is calling: asked on every authenticated request, on the primary ----------------


def _member_access(*, with_session: bool) -> CompiledSelect:
    """A member's role, whether the user is active / a platform admin, whether the
    organisation is suspended, and (for our own access tokens) whether the sign-in session
    the token belongs to still has a live refresh token: one round trip, no row if the user
    is not (or no longer) a member."""
    columns: list[object] = [
        Membership.role,
        User.is_active.label("active"),
        User.is_platform_admin.label("admin"),
        Organization.suspended_at.is_not(None).label("org_suspended"),
    ]
    if with_session:
        columns.append(
            exists()
            .where(
                RefreshToken.family_id == bindparam("session_id"),
                RefreshToken.user_id == bindparam("user_id"),
                RefreshToken.revoked_at.is_(None),
            )
            .label("session_live")
        )
    stmt: Select[tuple[object, ...]] = (
        select(*columns)  # type: ignore[call-overload]
        .join(User, User.id == Membership.user_id)
        .join(Organization, Organization.id == Membership.org_id)
        .where(
            Membership.user_id == bindparam("user_id"),
            Membership.org_id == bindparam("org_id"),
            Membership.deleted_at.is_(None),
            User.deleted_at.is_(None),
            Organization.deleted_at.is_(None),
        )
    )
    return CompiledSelect(stmt)


MEMBER_ACCESS = _member_access(with_session=False)
MEMBER_SESSION_ACCESS = _member_access(with_session=True)

API_KEY_ACCESS = CompiledSelect(
    select(
        ApiKey.id,
        ApiKey.org_id,
        ApiKey.role,
        ApiKey.revoked_at,
        ApiKey.expires_at,
        ApiKey.last_used_at,
        Organization.suspended_at.is_not(None).label("org_suspended"),
    )
    .join(Organization, Organization.id == ApiKey.org_id)
    .where(
        ApiKey.key_hash == bindparam("key_hash"),
        ApiKey.deleted_at.is_(None),
        Organization.deleted_at.is_(None),
    )
)


async def touch_api_key(session: AsyncSession, key_id: uuid.UUID, stale_after: timedelta) -> None:
    """Record the key's use, unless another request did so less than ``stale_after`` ago."""
    now = utcnow()
    await session.execute(
        update(ApiKey)
        .where(
            ApiKey.id == key_id,
            or_(ApiKey.last_used_at.is_(None), ApiKey.last_used_at < now - stale_after),
        )
        .values(last_used_at=now)
    )


# --- sign-in throttling ----------------------------------------------------------------


class LoginThrottleRepository:
    """Attempts per ``(account, source)`` in fixed windows (see ``auth.throttle``)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def take(self, account: str, source: str, *, limit: int, window: timedelta) -> int:
        """Count an attempt; 0 if it is within ``limit`` for the current window, else the
        seconds until the window ends (the count then stops growing). Atomic: concurrent
        attempts on any process never get more than ``limit`` through."""
        row = LoginThrottle
        expired = row.window_started_at <= func.now() - window
        stmt = (
            pg_insert(row)
            .values(account=account, source=source, attempts=1, window_started_at=func.now())
            .on_conflict_do_update(
                index_elements=[row.account, row.source],
                set_={
                    "attempts": case(
                        (expired, 1), else_=func.least(row.attempts + 1, limit + 1)
                    ),
                    "window_started_at": case(
                        (expired, func.now()), else_=row.window_started_at
                    ),
                },
            )
            .returning(
                row.attempts,
                func.ceil(func.extract("epoch", row.window_started_at + window - func.now())),
            )
        )
        attempts, seconds_left = (await self.session.execute(stmt)).one()
        return 0 if attempts <= limit else max(1, int(seconds_left))

    async def give_back(self, account: str, source: str) -> None:
        """Uncount one attempt (it turned out to be the account's owner)."""
        await self.session.execute(
            update(LoginThrottle)
            .where(LoginThrottle.account == account, LoginThrottle.source == source,
                   LoginThrottle.attempts > 0)
            .values(attempts=LoginThrottle.attempts - 1)
        )

    async def clear(self, account: str, source: str) -> None:
        await self.session.execute(
            delete(LoginThrottle).where(
                LoginThrottle.account == account, LoginThrottle.source == source
            )
        )

    async def sweep(self, window: timedelta, batch: int = 20) -> None:
        """Delete up to ``batch`` rows whose window has ended (each attempt sweeps a few, so
        rows left by guesses at accounts that do not exist never pile up)."""
        expired = (
            select(LoginThrottle.account, LoginThrottle.source)
            .where(LoginThrottle.window_started_at <= func.now() - window)
            .limit(batch)
            .with_for_update(skip_locked=True)
        )
        await self.session.execute(
            delete(LoginThrottle).where(
                tuple_(LoginThrottle.account, LoginThrottle.source).in_(expired.scalar_subquery())
            )
        )


class LoginSourceRepository:
    """Sources (``ip:…``) a user signed in from successfully."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def known(self, user_id: uuid.UUID, source: str, within: timedelta) -> bool:
        stmt = select(
            exists().where(
                LoginSource.user_id == user_id,
                LoginSource.source == source,
                LoginSource.last_success_at > func.now() - within,
            )
        )
        return bool((await self.session.execute(stmt)).scalar())

    async def remember(self, user_id: uuid.UUID, source: str, within: timedelta) -> None:
        """Record a success from ``source`` and forget the user's sources older than
        ``within``."""
        await self.session.execute(
            delete(LoginSource).where(
                LoginSource.user_id == user_id,
                LoginSource.last_success_at <= func.now() - within,
            )
        )
        stmt = pg_insert(LoginSource).values(user_id=user_id, source=source)
        await self.session.execute(
            stmt.on_conflict_do_update(
                index_elements=[LoginSource.user_id, LoginSource.source],
                set_={"last_success_at": func.now()},
            )
        )




#: The sign-in session a browser's session cookie names (the cookie holds the secret of
#: a refresh token, stored hashed): its user, organisation and family while it is live.
BROWSER_SESSION = CompiledSelect(
    select(
        RefreshToken.user_id,
        RefreshToken.org_id,
        RefreshToken.family_id,
        User.email,
        User.full_name,
    )
    .join(User, User.id == RefreshToken.user_id)
    .where(
        RefreshToken.token_hash == bindparam("token_hash"),
        RefreshToken.revoked_at.is_(None),
        RefreshToken.expires_at > func.now(),
    )
)
