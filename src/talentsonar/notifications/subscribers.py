"""Core events that become notifications and outbound webhooks."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from pydantic.alias_generators import to_camel

from talentsonar.core.events import (
    AnalysisCompleted,
    ApplicationStageChanged,
    CreditsLow,
    CvParsed,
    Event,
    EventContext,
    PaymentSucceeded,
    handles,
)
from talentsonar.notifications.service import dispatch_webhooks, notify


def _jsonable(event: Event) -> dict[str, Any]:
    """The event's fields but the organisation and user, as a camelCase JSON object (UUIDs
    as strings)."""
    values = {
        f.name: getattr(event, f.name)
        for f in dataclasses.fields(event)
        if f.name not in ("org_id", "user_id")
    }
    return {to_camel(k): str(v) if isinstance(v, uuid.UUID) else v for k, v in values.items()}


@handles(CreditsLow)
async def on_credits_low(ctx: EventContext, event: CreditsLow) -> None:
    data = {"balance": event.balance, "threshold": event.threshold}
    await notify(
        ctx.session,
        event.org_id,
        None,
        event.name,
        "Credit balance is low",
        f"{event.balance} credits left (threshold {event.threshold}). Buy a credit pack to "
        "keep AI analysis running.",
        data,
    )
    await dispatch_webhooks(ctx.session, event.org_id, event.name, data)


@handles(PaymentSucceeded)
async def on_payment_succeeded(ctx: EventContext, event: PaymentSucceeded) -> None:
    data = _jsonable(event)
    await notify(
        ctx.session,
        event.org_id,
        event.user_id,
        event.name,
        "Payment received",
        f"{event.credits} credits were added to your organisation.",
        data,
        email=True,
    )
    await dispatch_webhooks(ctx.session, event.org_id, event.name, data)


#: Events relayed as they are: the notification's title.
RELAYED_TITLES = {CvParsed: "CV parsed", AnalysisCompleted: "Analysis completed"}


@handles(CvParsed, AnalysisCompleted)
async def relay(ctx: EventContext, event: CvParsed | AnalysisCompleted) -> None:
    data = _jsonable(event)
    user_id = getattr(event, "user_id", None)
    title = RELAYED_TITLES[type(event)]
    await notify(ctx.session, event.org_id, user_id, event.name, title, "", data)
    await dispatch_webhooks(ctx.session, event.org_id, event.name, data)


@handles(ApplicationStageChanged)
async def on_stage_changed(ctx: EventContext, event: ApplicationStageChanged) -> None:
    """Every stage change goes to the webhooks (no in-app notification: the board shows it)."""
    await dispatch_webhooks(ctx.session, event.org_id, event.name, _jsonable(event))
