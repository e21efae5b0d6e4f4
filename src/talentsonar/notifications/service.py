"""Notifications: in-app rows, emails (queued), and signed outbound webhooks (queued).

Other domains call :func:`notify` or publish a core event this module subscribes to
(see ``subscribers.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core import egress
from talentsonar.core.config import Settings
from talentsonar.core.errors import Forbidden, NotFound, UnprocessableEntity
from talentsonar.core.models import utcnow
from talentsonar.core.queue import enqueue
from talentsonar.core.security import new_secret
from talentsonar.models.notification import Notification
from talentsonar.models.outbound_email import OutboundEmail
from talentsonar.models.webhook_delivery import WebhookDelivery
from talentsonar.models.webhook_endpoint import WebhookEndpoint
from talentsonar.notifications.repository import (
    NotificationRepository,
    OutboundEmailRepository,
    WebhookDeliveryRepository,
    WebhookEndpointRepository,
)

WEBHOOK_EVENT_TYPES = (
    "cv.parsed",
    "matches.updated",
    "analysis.completed",
    "payment.succeeded",
    "credits.low",
    "application.stage_changed",
)
WEBHOOK_SECRET_PREFIX = "whsec"
log = structlog.get_logger(__name__)


async def notify(
    session: AsyncSession,
    org_id: uuid.UUID,
    user_id: uuid.UUID | None,
    type: str,
    title: str,
    body: str = "",
    data: dict[str, Any] | None = None,
    *,
    email: bool = False,
) -> Notification:
    """Create an in-app notification (``user_id`` None: the whole organisation); with
    ``email`` also queue it as an email."""
    row = await NotificationRepository(session, org_id).create(
        Notification(
            user_id=user_id,
            type=type,
            title=title[:200],
            body=body,
            data=data or {},
        )
    )
    if email:
        await enqueue(
            session,
            "notifications.send_email",
            org_id=org_id,
            args={"template": "notification", "object_id": str(row.id)},
        )
    return row


async def queue_email(
    session: AsyncSession,
    org_id: uuid.UUID,
    to: str,
    subject: str,
    body: str,
    *,
    subject_type: str | None = None,
    subject_id: uuid.UUID | None = None,
    candidate_id: uuid.UUID | None = None,
    created_by_id: uuid.UUID | None = None,
) -> OutboundEmail:
    """Queue a plain-text e-mail to someone outside the organisation (a candidate); the
    ``notifications.send_email`` task sends it once the transaction commits. With
    ``candidate_id`` the e-mail goes when the candidate is erased."""
    row = await OutboundEmailRepository(session, org_id).create(
        OutboundEmail(
            to_address=to,
            subject=" ".join(subject.split())[:300],
            body=body,
            status="pending",
            subject_type=subject_type,
            subject_id=subject_id,
            candidate_id=candidate_id,
            created_by_id=created_by_id,
        )
    )
    await enqueue(
        session,
        "notifications.send_email",
        org_id=org_id,
        args={"template": "outbound", "object_id": str(row.id)},
    )
    return row


async def mark_read(
    session: AsyncSession,
    org_id: uuid.UUID,
    user_id: uuid.UUID | None,
    notification_id: uuid.UUID,
    *,
    shared: bool = True,
) -> Notification:
    """Mark one notification read; an organisation-wide one (one read state for everybody)
    only with ``shared`` (callers who may change the organisation's data)."""
    repo = NotificationRepository(session, org_id)
    stmt = repo.for_user(user_id).where(Notification.id == notification_id)
    row = (await session.execute(stmt)).scalar_one_or_none()
    if row is None:
        raise NotFound("Notification")
    if row.user_id is None and not shared:
        raise Forbidden(
            "Your role (viewer) can mark your own notifications read, not the organisation's"
        )
    if row.read_at is None:
        row.read_at = utcnow()
        await session.flush()
    return row


async def dispatch_webhooks(
    session: AsyncSession, org_id: uuid.UUID, event_type: str, data: dict[str, Any]
) -> Sequence[WebhookDelivery]:
    """Queue one signed delivery per active endpoint subscribed to ``event_type``."""
    endpoints = await WebhookEndpointRepository(session, org_id).subscribed(event_type)
    deliveries = []
    for endpoint in endpoints:
        delivery = await WebhookDeliveryRepository(session, org_id).create(
            WebhookDelivery(
                endpoint_id=endpoint.id,
                event_type=event_type,
                status="pending",
                attempts=0,
                payload={
                    "type": event_type,
                    "orgId": str(org_id),
                    "createdAt": utcnow().isoformat(),
                    "data": data,
                },
            )
        )
        delivery.payload = {"id": str(delivery.id), **delivery.payload}
        await session.flush()
        await enqueue(
            session,
            "notifications.deliver_webhook",
            org_id=org_id,
            args={"delivery_id": str(delivery.id)},
            subject=("webhook_delivery", delivery.id),
        )
        deliveries.append(delivery)
    return deliveries


class WebhookUrlNotAllowed(UnprocessableEntity):
    code = "webhook_url_not_allowed"


async def check_webhook_url(settings: Settings, url: str) -> str:
    """``url`` if it is an http(s) URL whose host resolves to allowed addresses only
    (public ones, or ``WEBHOOK_ALLOWED_NETWORKS``); else 422. One message for every
    reason, so the answer reveals nothing about internal names or addresses."""
    try:
        await egress.check_target(url, egress.parse_networks(settings.webhook_allowed_networks))
    except egress.TargetNotAllowed as exc:
        log.info("webhooks.url_refused", reason=str(exc))
        raise WebhookUrlNotAllowed(
            "The webhook URL must be http(s) and its host must resolve to public internet "
            "addresses only"
        ) from exc
    return url


async def create_endpoint(
    session: AsyncSession,
    org_id: uuid.UUID,
    url: str,
    event_types: list[str],
    description: str,
    *,
    settings: Settings,
) -> WebhookEndpoint:
    await check_webhook_url(settings, url)
    return await WebhookEndpointRepository(session, org_id).create(
        WebhookEndpoint(
            url=url,
            event_types=sorted(set(event_types)),
            description=description,
            secret=new_secret(WEBHOOK_SECRET_PREFIX),
            active=True,
        )
    )


async def rotate_secret(
    session: AsyncSession, org_id: uuid.UUID, endpoint_id: uuid.UUID
) -> WebhookEndpoint:
    """New secret; the previous one keeps signing too until the next rotation."""
    endpoint = await WebhookEndpointRepository(session, org_id).get_or_404(endpoint_id)
    endpoint.previous_secret = endpoint.secret
    endpoint.secret = new_secret(WEBHOOK_SECRET_PREFIX)
    await session.flush()
    return endpoint
