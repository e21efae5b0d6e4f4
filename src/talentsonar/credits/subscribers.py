"""Credits reacting to other domains' events."""

from __future__ import annotations

from talentsonar.core.events import EventContext, OrganizationCreated, handles
from talentsonar.credits import service


@handles(OrganizationCreated)
async def grant_signup_credits(ctx: EventContext, event: OrganizationCreated) -> None:
    """Every new organisation starts with ``CREDITS_SIGNUP_GRANT`` credits to try the AI."""
    amount = ctx.runtime.settings.credits_signup_grant
    if amount > 0:
        await service.add(
            ctx.session,
            event.org_id,
            amount,
            reason="signup grant",
            idempotency_key=f"signup:{event.org_id}",
        )
