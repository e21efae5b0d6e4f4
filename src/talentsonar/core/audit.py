"""The append-only audit log: who did what to which object, with before/after.

Every domain records here (money, memberships, admin actions); platform admins read all of
it, organisation admins their own organisation's entries."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from fastapi import Request
from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.deps import client_ip
from talentsonar.core.repository import BaseRepository
from talentsonar.core.schemas import PageParams
from talentsonar.models.audit_log import AuditLog


class Acting(Protocol):
    """Who is calling (``auth.principal.Principal`` is one)."""

    @property
    def user_id(self) -> uuid.UUID | None: ...

    @property
    def api_key_id(self) -> uuid.UUID | None: ...


@dataclass(frozen=True, slots=True)
class Actor:
    """Who moves money or acts as an admin (all ``None`` for the system itself)."""

    user_id: uuid.UUID | None = None
    api_key_id: uuid.UUID | None = None
    ip: str | None = None
    request_id: str | None = None

    @classmethod
    def of(cls, principal: Acting, request: Request | None = None) -> Actor:
        return cls(
            user_id=principal.user_id,
            api_key_id=principal.api_key_id,
            ip=client_ip(request) if request is not None else None,
            request_id=getattr(request.state, "request_id", None) if request is not None else None,
        )


SYSTEM = Actor()


async def record(
    session: AsyncSession,
    actor: Actor,
    action: str,
    *,
    org_id: uuid.UUID | None,
    target_type: str | None = None,
    target_id: object = None,
    before: Any = None,
    after: Any = None,
) -> AuditLog:
    """Append one audit entry in the caller's transaction."""
    entry = AuditLog(
        org_id=org_id,
        actor_user_id=actor.user_id,
        actor_api_key_id=actor.api_key_id,
        action=action,
        target_type=target_type,
        target_id=str(target_id) if target_id is not None else None,
        before=before,
        after=after,
        ip=actor.ip,
        request_id=actor.request_id,
    )
    session.add(entry)
    await session.flush()
    return entry


class AuditRepository(BaseRepository[AuditLog]):
    model = AuditLog
    label = "Audit entry"

    def base(self, *, include_deleted: bool = False) -> Select[AuditLog]:
        return select(AuditLog)

    def query(
        self,
        *,
        org_id: uuid.UUID | None = None,
        action: str | None = None,
        actor_user_id: uuid.UUID | None = None,
        target_type: str | None = None,
        target_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Select[AuditLog]:
        stmt = self.base()
        if org_id is not None:
            stmt = stmt.where(AuditLog.org_id == org_id)
        if action:
            stmt = stmt.where(AuditLog.action.startswith(action, autoescape=True))
        if actor_user_id is not None:
            stmt = stmt.where(AuditLog.actor_user_id == actor_user_id)
        if target_type:
            stmt = stmt.where(AuditLog.target_type == target_type)
        if target_id:
            stmt = stmt.where(AuditLog.target_id == target_id)
        if since is not None:
            stmt = stmt.where(AuditLog.created_at >= since)
        if until is not None:
            stmt = stmt.where(AuditLog.created_at < until)
        return stmt.order_by(AuditLog.created_at.desc(), AuditLog.id)


async def entries(
    session: AsyncSession,
    paging: PageParams,
    *,
    org_id: uuid.UUID | None = None,
    action: str | None = None,
    actor_user_id: uuid.UUID | None = None,
    target_type: str | None = None,
    target_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> tuple[Sequence[AuditLog], int]:
    """One page of the audit log, newest first, and the total. ``action`` is a prefix."""
    repo = AuditRepository(session)
    stmt = repo.query(
        org_id=org_id,
        action=action,
        actor_user_id=actor_user_id,
        target_type=target_type,
        target_id=target_id,
        since=since,
        until=until,
    )
    return await repo.paginate(stmt, paging)
