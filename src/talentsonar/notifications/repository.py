from __future__ import annotations

import uuid

from sqlalchemy import Select, any_, func, or_, select, update

from talentsonar.core.models import utcnow
from talentsonar.core.repository import TenantRepository
from talentsonar.models.membership import Membership, Role
from talentsonar.models.notification import Notification
from talentsonar.models.outbound_email import OutboundEmail
from talentsonar.models.user import User
from talentsonar.models.webhook_delivery import WebhookDelivery
from talentsonar.models.webhook_endpoint import WebhookEndpoint


class NotificationRepository(TenantRepository[Notification]):
    model = Notification
    label = "Notification"

    def for_user(self, user_id: uuid.UUID | None) -> Select[Notification]:
        """The user's own notifications and the organisation-wide ones."""
        return self.base().where(
            or_(Notification.user_id.is_(None), Notification.user_id == user_id)
        )

    async def unread_count(self, user_id: uuid.UUID | None) -> int:
        stmt = select(func.count()).select_from(
            self.for_user(user_id).where(Notification.read_at.is_(None)).subquery()
        )
        return int((await self.session.execute(stmt)).scalar_one())

    async def mark_all_read(self, user_id: uuid.UUID | None, *, shared: bool = True) -> int:
        """Mark the user's notifications read, and with ``shared`` the organisation-wide
        ones too (their read state is everybody's)."""
        visible = (
            or_(Notification.user_id.is_(None), Notification.user_id == user_id)
            if shared
            else Notification.user_id == user_id
        )
        result = await self.session.execute(
            update(Notification)
            .where(
                Notification.org_id == self.org_id,
                Notification.deleted_at.is_(None),
                Notification.read_at.is_(None),
                visible,
            )
            .values(read_at=utcnow())
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def email_recipients(self, notification: Notification) -> list[str]:
        """Where a notification's email goes: its user, or the organisation's active owners
        and admins when it is organisation-wide."""
        if notification.user_id is not None:
            user = await self.session.get(User, notification.user_id)
            return [user.email] if user is not None and user.is_active else []
        stmt = (
            select(User.email)
            .join(Membership, Membership.user_id == User.id)
            .where(
                Membership.org_id == self.org_id,
                Membership.role.in_([Role.owner, Role.admin]),
                User.is_active.is_(True),
            )
        )
        return list((await self.session.execute(stmt)).scalars())


class OutboundEmailRepository(TenantRepository[OutboundEmail]):
    model = OutboundEmail
    label = "E-mail"


class WebhookEndpointRepository(TenantRepository[WebhookEndpoint]):
    model = WebhookEndpoint
    label = "Webhook endpoint"

    async def subscribed(self, event_type: str) -> list[WebhookEndpoint]:
        stmt = self.base().where(
            WebhookEndpoint.active.is_(True), any_(WebhookEndpoint.event_types) == event_type
        )
        return list(await self.list(stmt))


class WebhookDeliveryRepository(TenantRepository[WebhookDelivery]):
    model = WebhookDelivery
    label = "Webhook delivery"

    def of_endpoint(self, endpoint_id: uuid.UUID) -> Select[WebhookDelivery]:
        return (
            self.base()
            .where(WebhookDelivery.endpoint_id == endpoint_id)
            .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id)
        )


async def get_delivery(session: object, delivery_id: uuid.UUID) -> WebhookDelivery | None:
    """A delivery by id for the worker (which has no principal)."""
    from sqlalchemy.ext.asyncio import AsyncSession

    assert isinstance(session, AsyncSession)
    return await session.get(WebhookDelivery, delivery_id)


async def get_endpoint(session: object, endpoint_id: uuid.UUID) -> WebhookEndpoint | None:
    from sqlalchemy.ext.asyncio import AsyncSession

    assert isinstance(session, AsyncSession)
    return await session.get(WebhookEndpoint, endpoint_id)
