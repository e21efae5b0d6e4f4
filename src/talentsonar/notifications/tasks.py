"""Queued email and outbound webhook deliveries."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

import httpx
import orjson
import structlog

import talentsonar.notifications.subscribers  # noqa: F401  (registers event handlers)
from talentsonar.core.http import backoff_delay
from talentsonar.core.models import utcnow
from talentsonar.core.queue import Priority, TaskContext, task
from talentsonar.models.invitation import Invitation
from talentsonar.models.notification import Notification
from talentsonar.models.organization import Organization
from talentsonar.notifications.email import send_email as send_mail
from talentsonar.notifications.repository import (
    NotificationRepository,
    get_delivery,
    get_endpoint,
)
from talentsonar.notifications.signing import SIGNATURE_HEADER, signature_header

log = structlog.get_logger(__name__)


@task("notifications.send_email", queue="default", priority=Priority.normal, max_attempts=5)
async def send_email(ctx: TaskContext, template: str, object_id: str) -> dict[str, Any]:
    """Send the email for a notification or an invitation (ids only in the job)."""
    from talentsonar.admin.invitations import invitation_token

    settings = ctx.runtime.settings
    messages: list[tuple[str, str, str]] = []
    async with ctx.session() as session:
        if template == "invitation":
            invitation = await session.get(Invitation, uuid.UUID(object_id))
            if invitation is None or invitation.revoked_at or invitation.accepted_at:
                return {"sent": 0}
            org = await session.get(Organization, invitation.org_id)
            token = invitation_token(ctx.runtime, invitation.id)
            link = f"{settings.base_url}/api/v1/invitations/{token}/accept"
            messages.append(
                (
                    invitation.email,
                    f"You are invited to {org.name if org else 'Talent Sonar'}",
                    f"You were invited as {invitation.role.value}.\n"
                    f"Sign in with this email address and accept: {link}\n"
                    f"Invitation token: {token}\n",
                )
            )
        else:
            notification = await session.get(Notification, uuid.UUID(object_id))
            if notification is None:
                return {"sent": 0}
            for to in await NotificationRepository(
                session, notification.org_id
            ).email_recipients(notification):
                messages.append((to, notification.title, notification.body))
    for to, subject, body in messages:
        await send_mail(settings, to, subject, body)
    return {"sent": len(messages)}


async def _post_once(
    client: httpx.AsyncClient, url: str, body: bytes, secrets: list[str]
) -> httpx.Response:
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "TalentSonar-Webhooks/1",
        SIGNATURE_HEADER: signature_header(secrets, int(time.time()), body),
    }
    return await client.post(url, content=body, headers=headers)


@task("notifications.deliver_webhook", queue="default", priority=Priority.normal, max_attempts=3)
async def deliver_webhook(ctx: TaskContext, delivery_id: str) -> dict[str, Any]:
    """POST one signed event, retrying with backoff; every attempt is logged on the row."""
    settings = ctx.runtime.settings
    async with ctx.session() as session:
        delivery = await get_delivery(session, uuid.UUID(delivery_id))
        if delivery is None or delivery.status == "succeeded":
            return {"status": "skipped"}
        endpoint = await get_endpoint(session, delivery.endpoint_id)
        if endpoint is None or not endpoint.active or endpoint.deleted_at is not None:
            delivery.status = "cancelled"
            return {"status": "cancelled"}
        url = endpoint.url
        secrets = [endpoint.secret] + (
            [endpoint.previous_secret] if endpoint.previous_secret else []
        )
        body = orjson.dumps(delivery.payload)
    status, code, error = "failed", None, None
    async with httpx.AsyncClient(timeout=settings.webhook_timeout_seconds) as client:
        for attempt in range(1, settings.webhook_max_attempts + 1):
            try:
                response = await _post_once(client, url, body, secrets)
                code, error = response.status_code, None
                if 200 <= response.status_code < 300:
                    status = "succeeded"
                else:
                    error = f"HTTP {response.status_code}: {response.text[:200]}"
            except httpx.HTTPError as exc:
                code, error = None, f"{type(exc).__name__}: {exc}"[:500]
            async with ctx.session() as session:
                row = await get_delivery(session, uuid.UUID(delivery_id))
                if row is not None:
                    row.attempts = (row.attempts or 0) + 1
                    row.response_code = code
                    row.error = error
                    row.status = (
                        status
                        if status == "succeeded"
                        else ("failed" if attempt == settings.webhook_max_attempts else "retrying")
                    )
                    if status == "succeeded":
                        row.delivered_at = utcnow()
            if status == "succeeded" or (code is not None and 400 <= code < 500 and code != 429):
                break
            if attempt < settings.webhook_max_attempts:
                await asyncio.sleep(backoff_delay(attempt, base=0.05, cap=5.0))
    if status != "succeeded":
        async with ctx.session() as session:
            row = await get_delivery(session, uuid.UUID(delivery_id))
            if row is not None:
                row.status = "failed"
    log.info("webhook.delivery", delivery_id=delivery_id, status=status, code=code)
    return {"status": status, "responseCode": code}
