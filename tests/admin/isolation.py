"""Isolation factories for admin, invitations and payments."""

from __future__ import annotations

import uuid

from talentsonar.models.payment import Payment
from talentsonar.orgs.invitations import invitation_token
from tests.isolation_factories import IsolationContext, factory


@factory("org_id")
async def make_org(ctx: IsolationContext) -> str:
    return str(ctx.org_id)


@factory("invitation_id")
async def make_invitation(ctx: IsolationContext) -> str:
    r = await ctx.client.post(
        "/api/v1/organization/invitations",
        json={"email": f"invitee-{uuid.uuid4().hex[:6]}@example.com", "role": "recruiter"},
        headers=ctx.owner["headers"],
    )
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


@factory("token")
async def make_invitation_token(ctx: IsolationContext) -> str:
    return invitation_token(ctx.runtime, uuid.UUID(await make_invitation(ctx)))


@factory("payment_id")
async def make_payment(ctx: IsolationContext) -> str:
    async with ctx.runtime.db.session() as session:
        payment = Payment(org_id=ctx.org_id, pack="starter", credits=100, amount=1000,
                          currency="usd")
        session.add(payment)
        await session.flush()
        return str(payment.id)


@factory("workflow_id")
async def make_workflow_id(ctx: IsolationContext) -> str:
    return "candidate-outreach"  # an N8N workflow name: not an object of ours
