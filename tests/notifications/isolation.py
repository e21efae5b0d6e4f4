"""Isolation factories for notifications and outbound webhooks."""

from __future__ import annotations

from talentsonar.notifications import service
from tests.isolation_factories import IsolationContext, factory


@factory("notification_id")
async def make_notification(ctx: IsolationContext) -> str:
    async with ctx.runtime.db.session() as session:
        note = await service.notify(session, ctx.org_id, None, "test", "Isolation check")
    return str(note.id)


@factory("endpoint_id")
async def make_webhook_endpoint(ctx: IsolationContext) -> str:
    r = await ctx.client.post(
        "/api/v1/webhooks",
        json={"url": "https://93.184.215.14/hook", "eventTypes": ["cv.parsed"]},
        headers=ctx.owner["headers"],
    )
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])
