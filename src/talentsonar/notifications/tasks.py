"""Queued email and outbound webhook deliveries."""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import orjson
import structlog

import talentsonar.notifications.subscribers  # noqa: F401  (registers event handlers)
from talentsonar.core import egress
from talentsonar.core.http import parse_retry_after
from talentsonar.core.models import utcnow
from talentsonar.core.queue import Priority, TaskContext, task
from talentsonar.models.invitation import Invitation
from talentsonar.models.notification import Notification
from talentsonar.models.organization import Organization
from talentsonar.models.outbound_email import OutboundEmail
from talentsonar.notifications.email import send_email as send_mail
from talentsonar.notifications.repository import (
    NotificationRepository,
    get_delivery,
    get_endpoint,
)
from talentsonar.notifications.signing import SIGNATURE_HEADER, signature_header
from talentsonar.orgs.invitations import invitation_token

log = structlog.get_logger(__name__)


@task("notifications.send_email", queue="default", priority=Priority.normal, max_attempts=5)
async def send_email(ctx: TaskContext, template: str, object_id: str) -> dict[str, Any]:
    """Send the email for a notification, an invitation or an outbound e-mail (ids only
    in the job)."""
    settings = ctx.runtime.settings
    if template == "outbound":
        return await _send_outbound(ctx, uuid.UUID(object_id))
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
            for to in await NotificationRepository(session, notification.org_id).email_recipients(
                notification
            ):
                messages.append((to, notification.title, notification.body))
    for to, subject, body in messages:
        await send_mail(settings, to, subject, body)
    return {"sent": len(messages)}


async def _send_outbound(ctx: TaskContext, email_id: uuid.UUID) -> dict[str, Any]:
    """Send one queued e-mail to a person outside the organisation, once."""
    async with ctx.session() as session:
        row = await session.get(OutboundEmail, email_id)
        if row is None or row.status == "sent" or row.deleted_at is not None:
            return {"sent": 0}
        to, subject, body = row.to_address, row.subject, row.body
    transport = await send_mail(ctx.runtime.settings, to, subject, body)
    async with ctx.session() as session:
        row = await session.get(OutboundEmail, email_id)
        if row is not None:
            row.status = "sent"
            row.sent_at = utcnow()
    return {"sent": 1, "transport": transport}


#: What a tenant reads on a delivery that got no HTTP answer: the same words whether the
#: port was closed, hung up, timed out or spoke something else (no port scanning).
NO_RESPONSE = "No response from the endpoint"
NOT_ALLOWED = "The endpoint's address is not allowed"


#: The longest ``Retry-After`` of a receiver that is honoured (longer asks wait this long).
MAX_RETRY_AFTER_SECONDS = 3600.0


@dataclass(frozen=True, slots=True)
class Attempt:
    code: int | None
    error: str | None
    final: bool  # no point in retrying
    retry_after: float | None = None  # the receiver's Retry-After, in seconds

    @property
    def succeeded(self) -> bool:
        return self.code is not None and 200 <= self.code < 300


async def _attempt(
    client: httpx.AsyncClient,
    url: str,
    body: bytes,
    secrets: list[str],
    allowed: Sequence[egress.IPNetwork],
) -> Attempt:
    """One POST: resolve and check the address again (it may have changed since the
    endpoint was registered), connect to that very address, never follow a redirect and
    never read the answer's body."""
    try:
        target = await egress.check_target(url, allowed)
    except egress.TargetNotAllowed as exc:
        log.warning("webhook.target_refused", reason=str(exc))
        return Attempt(None, NOT_ALLOWED, final=True)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "TalentSonar-Webhooks/1",
        SIGNATURE_HEADER: signature_header(secrets, int(time.time()), body),
    }
    request = egress.pinned_request(client, target, "POST", content=body, headers=headers)
    try:
        response = await client.send(request, stream=True, follow_redirects=False)
        await response.aclose()
    except httpx.HTTPError as exc:
        log.info("webhook.no_response", error=f"{type(exc).__name__}: {exc}"[:300])
        return Attempt(None, NO_RESPONSE, final=False)
    code = response.status_code
    if 200 <= code < 300:
        return Attempt(code, None, final=True)
    if 300 <= code < 400:
        return Attempt(code, f"HTTP {code}: redirects are not followed", final=True)
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    return Attempt(
        code,
        f"HTTP {code}",
        final=400 <= code < 500 and code != 429,
        retry_after=None if retry_after is None else min(retry_after, MAX_RETRY_AFTER_SECONDS),
    )


class DeliveryFailed(Exception):
    """An attempt that may succeed later: the queue runs the delivery job again, after
    its exponential wait or the receiver's ``Retry-After``, whichever is longer."""

    def __init__(self, attempt: Attempt) -> None:
        super().__init__(attempt.error or "delivery failed")
        self.retry_after = attempt.retry_after


@task(
    "notifications.deliver_webhook",
    queue="default",
    priority=Priority.normal,
    max_attempts=lambda settings: settings.webhook_max_attempts,
    retry_wait=lambda settings: settings.webhook_retry_wait_seconds,
)
async def deliver_webhook(ctx: TaskContext, delivery_id: str) -> dict[str, Any]:
    """POST one signed event, once per run: a failure that may pass raises
    :class:`DeliveryFailed`, and the queue runs the job again later (no worker sleeps
    meanwhile). Every attempt is logged on the delivery row."""
    settings = ctx.runtime.settings
    async with ctx.session() as session:
        delivery = await get_delivery(session, uuid.UUID(delivery_id))
        if delivery is None or delivery.status in ("succeeded", "failed", "cancelled"):
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
    allowed = egress.parse_networks(settings.webhook_allowed_networks)
    async with httpx.AsyncClient(
        timeout=settings.webhook_timeout_seconds, follow_redirects=False
    ) as client:
        attempt = await _attempt(client, url, body, secrets, allowed)
    last = attempt.final or ctx.final_attempt
    async with ctx.session() as session:
        row = await get_delivery(session, uuid.UUID(delivery_id))
        if row is not None:
            row.attempts = (row.attempts or 0) + 1
            row.response_code = attempt.code
            row.error = attempt.error
            if attempt.succeeded:
                row.status = "succeeded"
                row.delivered_at = utcnow()
            else:
                row.status = "failed" if last else "retrying"
    if not last:
        log.info("webhook.retrying", delivery_id=delivery_id, code=attempt.code)
        raise DeliveryFailed(attempt)
    status = "succeeded" if attempt.succeeded else "failed"
    log.info("webhook.delivery", delivery_id=delivery_id, status=status, code=attempt.code)
    return {"status": status, "responseCode": attempt.code}
