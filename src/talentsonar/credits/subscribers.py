"""Credits reacting to other domains' events."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.config import Settings, get_settings
from talentsonar.core.events import subscribe
from talentsonar.credits import service


@subscribe("organization.created")
async def grant_signup_credits(
    session: AsyncSession, *, org_id: uuid.UUID, settings: Settings | None = None, **_: Any
) -> None:
    """Every new organisation starts with ``CREDITS_SIGNUP_GRANT`` credits to try the AI."""
    amount = (settings or get_settings()).credits_signup_grant
    if amount > 0:
        await service.add(
            session, org_id, amount, reason="signup grant", idempotency_key=f"signup:{org_id}"
        )
