"""The append-only audit log: who did what to which object, with before/after."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.principal import Principal, client_ip
from talentsonar.models.audit_log import AuditLog


@dataclass(frozen=True, slots=True)
class Actor:
    """Who moves money or acts as an admin (all ``None`` for the system itself)."""

    user_id: uuid.UUID | None = None
    api_key_id: uuid.UUID | None = None
    ip: str | None = None
    request_id: str | None = None

    @classmethod
    def of(cls, principal: Principal, request: Request | None = None) -> Actor:
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
