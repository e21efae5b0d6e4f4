"""Core events that become notifications and outbound webhooks."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic.alias_generators import to_camel
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.events import subscribe
from talentsonar.notifications.service import dispatch_webhooks, notify


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    """Event keyword arguments as a camelCase JSON object (UUIDs as strings)."""
    return {to_camel(k): str(v) if isinstance(v, uuid.UUID) else v for k, v in values.items()}


@subscribe("credits.low")
async def on_credits_low(
    session: AsyncSession, *, org_id: uuid.UUID, balance: int, threshold: int, **_: Any
) -> None:
    data = {"balance": balance, "threshold": threshold}
    await notify(
        session,
        org_id,
        None,
        "credits.low",
        "Credit balance is low",
        f"{balance} credits left (threshold {threshold}). Buy a credit pack to keep "
        "AI analysis running.",
        data,
    )
    await dispatch_webhooks(session, org_id, "credits.low", data)


@subscribe("payment.succeeded")
async def on_payment_succeeded(
    session: AsyncSession, *, org_id: uuid.UUID, user_id: uuid.UUID | None = None, **kw: Any
) -> None:
    data = _jsonable(kw)
    await notify(
        session,
        org_id,
        user_id,
        "payment.succeeded",
        "Payment received",
        f"{kw.get('credits', 0)} credits were added to your organisation.",
        data,
        email=True,
    )
    await dispatch_webhooks(session, org_id, "payment.succeeded", data)


def _relay(event: str, title: str) -> None:
    @subscribe(event)
    async def handler(
        session: AsyncSession, *, org_id: uuid.UUID, user_id: uuid.UUID | None = None, **kw: Any
    ) -> None:
        data = _jsonable(kw)
        await notify(session, org_id, user_id, event, title, "", data)
        await dispatch_webhooks(session, org_id, event, data)


_relay("cv.parsed", "CV parsed")
_relay("matches.updated", "Matches updated")
_relay("analysis.completed", "Analysis completed")


@subscribe("batch.finished")
async def on_batch_finished(
    session: AsyncSession, *, org_id: uuid.UUID, user_id: uuid.UUID | None = None, **kw: Any
) -> None:
    await notify(session, org_id, user_id, "batch.finished", "Batch finished", "", _jsonable(kw))
