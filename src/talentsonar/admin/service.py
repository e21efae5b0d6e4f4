"""Platform administration: suspend/reactivate (effective at once on every process: the
principal is read from PostgreSQL on every request), grants, usage."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.admin.repository import AdminOrganizationRepository, AdminUserRepository
from talentsonar.auth.service import revoke_sessions, user_tag
from talentsonar.core import audit
from talentsonar.core.audit import Actor
from talentsonar.core.db import after_commit
from talentsonar.core.errors import Conflict
from talentsonar.core.models import utcnow
from talentsonar.core.runtime import Runtime
from talentsonar.models.organization import Organization
from talentsonar.models.user import User


async def set_user_active(
    runtime: Runtime, session: AsyncSession, user_id: uuid.UUID, active: bool, actor: Actor
) -> User:
    user = await AdminUserRepository(session).get_or_404(user_id)
    if not active and user.id == actor.user_id:
        raise Conflict("You cannot suspend yourself", code="cannot_suspend_self")
    before = {"isActive": user.is_active}
    if user.is_active != active:
        user.is_active = active
        if not active:
            await revoke_sessions(session, user.id)
        await session.flush()
    await audit.record(
        session,
        actor,
        "user.reactivated" if active else "user.suspended",
        org_id=None,
        target_type="user",
        target_id=user.id,
        before=before,
        after={"isActive": user.is_active},
    )
    tag = user_tag(user.id)
    after_commit(session, lambda: runtime.cache.invalidate_tags(tag))
    return user


async def set_org_suspended(
    runtime: Runtime, session: AsyncSession, org_id: uuid.UUID, suspended: bool, actor: Actor
) -> Organization:
    repo = AdminOrganizationRepository(session)
    org = await repo.get_or_404(org_id)
    before = {"suspendedAt": org.suspended_at.isoformat() if org.suspended_at else None}
    if (org.suspended_at is not None) != suspended:
        org.suspended_at = utcnow() if suspended else None
        await session.flush()
    await audit.record(
        session,
        actor,
        "organization.suspended" if suspended else "organization.reactivated",
        org_id=org.id,
        target_type="organization",
        target_id=org.id,
        before=before,
        after={"suspendedAt": org.suspended_at.isoformat() if org.suspended_at else None},
    )
    return org


async def usage(session: AsyncSession, org_id: uuid.UUID, since: Any, until: Any) -> dict[str, Any]:
    repo = AdminOrganizationRepository(session)
    await repo.get_or_404(org_id)
    stats = await repo.stats([org_id])
    return {
        "orgId": org_id,
        "aiOperations": await repo.ai_usage(org_id, since, until),
        "creditConsumption": await repo.usage(org_id, since, until),
        "creditTotalsByKind": await repo.totals(org_id),
        "balance": stats[org_id][0],
    }

