"""In-app notifications (``/api/v1/notifications``) and outbound webhook endpoints
(``/api/v1/webhooks``, organisation admins)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

import talentsonar.notifications.subscribers
import talentsonar.notifications.tasks  # noqa: F401  (registers the tasks enqueued here)
from talentsonar.auth.principal import CurrentPrincipal, OrgAdmin, SignedIn, authorize, rate_limit
from talentsonar.core.deps import ReadSession, Session, SettingsDep
from talentsonar.core.schemas import Envelope, Page, PageParams, Paging, page_params
from talentsonar.models.membership import Role
from talentsonar.models.notification import Notification
from talentsonar.notifications import service
from talentsonar.notifications.repository import (
    NotificationRepository,
    WebhookDeliveryRepository,
    WebhookEndpointRepository,
)
from talentsonar.notifications.schemas import (
    NotificationOut,
    ReadAll,
    UnreadCount,
    WebhookDeliveryOut,
    WebhookEndpointCreate,
    WebhookEndpointOut,
    WebhookEndpointUpdate,
    WebhookEndpointWithSecret,
)

router = APIRouter()
guarded = APIRouter(dependencies=[Depends(authorize)])


@guarded.get("/notifications", response_model=Page[NotificationOut], tags=["notifications"])
async def list_notifications(
    principal: CurrentPrincipal,
    session: ReadSession,
    paging: Paging,
    unread: Annotated[bool, Query(description="Only unread notifications")] = False,
) -> Page[NotificationOut]:
    """The caller's notifications and the organisation-wide ones, newest first."""
    repo = NotificationRepository(session, principal.org_id)
    stmt = repo.for_user(principal.user_id)
    if unread:
        stmt = stmt.where(Notification.read_at.is_(None))
    rows, total = await repo.paginate(
        stmt.order_by(Notification.created_at.desc(), Notification.id), paging
    )
    return Page(
        data=[NotificationOut.model_validate(r) for r in rows], pagination=paging.pagination(total)
    )


@guarded.get(
    "/notifications/unread-count", response_model=Envelope[UnreadCount], tags=["notifications"]
)
async def unread_count(principal: CurrentPrincipal, session: ReadSession) -> Envelope[UnreadCount]:
    count = await NotificationRepository(session, principal.org_id).unread_count(principal.user_id)
    return Envelope(data=UnreadCount(unread=count))


# Every role may mark its own notifications read (viewers included). An organisation-wide
# notification has one read state for everybody: only roles that may write change it.
read_router = APIRouter(dependencies=[rate_limit()], tags=["notifications"])


@read_router.post("/notifications/read-all", response_model=Envelope[ReadAll])
async def read_all(principal: SignedIn, session: Session) -> Envelope[ReadAll]:
    """Mark the caller's notifications read, and the organisation's (not for viewers)."""
    updated = await NotificationRepository(session, principal.org_id).mark_all_read(
        principal.user_id, shared=principal.can(Role.recruiter)
    )
    return Envelope(data=ReadAll(updated=updated))


@read_router.post(
    "/notifications/{notification_id}/read",
    response_model=Envelope[NotificationOut],
    responses={403: {"description": "a viewer and an organisation-wide notification"}},
)
async def read_one(
    notification_id: uuid.UUID, principal: SignedIn, session: Session
) -> Envelope[NotificationOut]:
    row = await service.mark_read(
        session,
        principal.org_id,
        principal.user_id,
        notification_id,
        shared=principal.can(Role.recruiter),
    )
    return Envelope(data=NotificationOut.model_validate(row))


@guarded.get("/webhooks", response_model=Page[WebhookEndpointOut], tags=["webhooks"])
async def list_endpoints(
    principal: OrgAdmin, session: ReadSession,
    paging: Annotated[PageParams, page_params(default_limit=100)],
) -> Page[WebhookEndpointOut]:
    repo = WebhookEndpointRepository(session, principal.org_id)
    rows, total = paging.page_of(
        await repo.list(repo.base().order_by(WebhookEndpointRepository.model.created_at)))
    return Page(data=[WebhookEndpointOut.model_validate(r) for r in rows],
                pagination=paging.pagination(total))


@guarded.post(
    "/webhooks",
    response_model=Envelope[WebhookEndpointWithSecret],
    status_code=status.HTTP_201_CREATED,
    tags=["webhooks"],
)
async def create_endpoint(
    body: WebhookEndpointCreate, principal: OrgAdmin, session: Session, settings: SettingsDep
) -> Envelope[WebhookEndpointWithSecret]:
    """Register an endpoint; its signing secret is shown in this answer (and on rotation).
    The URL must be http(s) and resolve to public addresses only (422
    ``webhook_url_not_allowed``; ``WEBHOOK_ALLOWED_NETWORKS`` allows more); redirects are
    not followed."""
    endpoint = await service.create_endpoint(
        session,
        principal.org_id,
        str(body.url),
        body.event_types,
        body.description,
        settings=settings,
    )
    return Envelope(data=WebhookEndpointWithSecret.model_validate(endpoint))


@guarded.get(
    "/webhooks/{endpoint_id}", response_model=Envelope[WebhookEndpointOut], tags=["webhooks"]
)
async def get_endpoint(
    endpoint_id: uuid.UUID, principal: OrgAdmin, session: ReadSession
) -> Envelope[WebhookEndpointOut]:
    endpoint = await WebhookEndpointRepository(session, principal.org_id).get_or_404(endpoint_id)
    return Envelope(data=WebhookEndpointOut.model_validate(endpoint))


@guarded.patch(
    "/webhooks/{endpoint_id}", response_model=Envelope[WebhookEndpointOut], tags=["webhooks"]
)
async def update_endpoint(
    endpoint_id: uuid.UUID,
    body: WebhookEndpointUpdate,
    principal: OrgAdmin,
    session: Session,
    settings: SettingsDep,
) -> Envelope[WebhookEndpointOut]:
    repo = WebhookEndpointRepository(session, principal.org_id)
    endpoint = await repo.get_or_404(endpoint_id)
    values = body.model_dump(exclude_none=True, by_alias=False)
    if "url" in values:
        values["url"] = await service.check_webhook_url(settings, str(values["url"]))
    if "event_types" in values:
        values["event_types"] = sorted(set(values["event_types"]))
    await repo.update(endpoint, values)
    return Envelope(data=WebhookEndpointOut.model_validate(endpoint))


@guarded.delete(
    "/webhooks/{endpoint_id}", response_model=Envelope[WebhookEndpointOut], tags=["webhooks"]
)
async def delete_endpoint(
    endpoint_id: uuid.UUID, principal: OrgAdmin, session: Session
) -> Envelope[WebhookEndpointOut]:
    repo = WebhookEndpointRepository(session, principal.org_id)
    endpoint = await repo.get_or_404(endpoint_id)
    await repo.soft_delete(endpoint)
    return Envelope(data=WebhookEndpointOut.model_validate(endpoint), message="Endpoint deleted")


@guarded.post(
    "/webhooks/{endpoint_id}/rotate-secret",
    response_model=Envelope[WebhookEndpointWithSecret],
    tags=["webhooks"],
)
async def rotate_secret(
    endpoint_id: uuid.UUID, principal: OrgAdmin, session: Session
) -> Envelope[WebhookEndpointWithSecret]:
    """New signing secret; deliveries carry a signature with the previous one too until
    the next rotation, so receivers can switch without losing events."""
    endpoint = await service.rotate_secret(session, principal.org_id, endpoint_id)
    return Envelope(data=WebhookEndpointWithSecret.model_validate(endpoint))


@guarded.get(
    "/webhooks/{endpoint_id}/deliveries", response_model=Page[WebhookDeliveryOut], tags=["webhooks"]
)
async def list_deliveries(
    endpoint_id: uuid.UUID, principal: OrgAdmin, session: ReadSession, paging: Paging
) -> Page[WebhookDeliveryOut]:
    await WebhookEndpointRepository(session, principal.org_id).get_or_404(endpoint_id)
    repo = WebhookDeliveryRepository(session, principal.org_id)
    rows, total = await repo.paginate(repo.of_endpoint(endpoint_id), paging)
    return Page(
        data=[WebhookDeliveryOut.model_validate(r) for r in rows],
        pagination=paging.pagination(total),
    )


router.include_router(guarded)
router.include_router(read_router)
