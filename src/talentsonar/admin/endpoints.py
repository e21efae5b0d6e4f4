"""Platform administration: ``/api/v1/admin/*``. Organisation admins manage invitations and
read their audit log under ``/api/v1/organization`` (``orgs/endpoints.py``)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, status
from fastapi.responses import JSONResponse

from talentsonar.admin import service
from talentsonar.admin.repository import (
    AdminOrganizationRepository,
    AdminUserRepository,
)
from talentsonar.admin.schemas import (
    AdminOrganizationOut,
    AdminUserOut,
    AuditEntryOut,
    GrantRequest,
    UsageOut,
)
from talentsonar.auth.principal import (
    PlatformAdmin,
    authorize,
)
from talentsonar.core import audit
from talentsonar.core.audit import Actor
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.errors import NotFound
from talentsonar.core.schemas import Envelope, Page, Paging
from talentsonar.credits import service as credits
from talentsonar.credits.idempotency import IdempotencyKey, idempotent
from talentsonar.credits.schemas import CreditMovement, LedgerEntryOut
from talentsonar.models.payment import PaymentStatus
from talentsonar.payments import service as payments
from talentsonar.payments.schemas import PaymentOut, RefundRequest

router = APIRouter()
admin = APIRouter(prefix="/admin", tags=["admin"], dependencies=[Depends(authorize)])

Search = Annotated[str | None, Query(max_length=200, description="Substring of name/email")]
Since = Annotated[datetime | None, Query(alias="from")]
Until = Annotated[datetime | None, Query(alias="to")]


# --- platform admin ------------------------------------------------------------------


@admin.get("/users", response_model=Page[AdminUserOut])
async def list_users(
    principal: PlatformAdmin, session: ReadSession, paging: Paging, search: Search = None
) -> Page[AdminUserOut]:
    repo = AdminUserRepository(session)
    rows, total = await repo.paginate(repo.search(search), paging)
    return Page(
        data=[AdminUserOut.model_validate(r) for r in rows], pagination=paging.pagination(total)
    )


@admin.get("/organizations", response_model=Page[AdminOrganizationOut])
async def list_organizations(
    principal: PlatformAdmin, session: ReadSession, paging: Paging, search: Search = None
) -> Page[AdminOrganizationOut]:
    repo = AdminOrganizationRepository(session)
    rows, total = await repo.paginate(repo.search(search), paging)
    stats = await repo.stats([r.id for r in rows])
    data = []
    for r in rows:
        out = AdminOrganizationOut.model_validate(r)
        out.balance, out.member_count = stats.get(r.id, (0, 0))
        data.append(out)
    return Page(data=data, pagination=paging.pagination(total))


@admin.post("/users/{user_id}/suspend", response_model=Envelope[AdminUserOut])
async def suspend_user(
    user_id: uuid.UUID,
    request: Request,
    principal: PlatformAdmin,
    runtime: RuntimeDep,
    session: Session,
) -> Envelope[AdminUserOut]:
    """Suspend a user: their tokens stop working at once, refresh tokens are revoked."""
    user = await service.set_user_active(
        runtime, session, user_id, False, Actor.of(principal, request)
    )
    return Envelope(data=AdminUserOut.model_validate(user), message="User suspended")


@admin.post("/users/{user_id}/reactivate", response_model=Envelope[AdminUserOut])
async def reactivate_user(
    user_id: uuid.UUID,
    request: Request,
    principal: PlatformAdmin,
    runtime: RuntimeDep,
    session: Session,
) -> Envelope[AdminUserOut]:
    user = await service.set_user_active(
        runtime, session, user_id, True, Actor.of(principal, request)
    )
    return Envelope(data=AdminUserOut.model_validate(user), message="User reactivated")


@admin.post("/organizations/{org_id}/suspend", response_model=Envelope[AdminOrganizationOut])
async def suspend_org(
    org_id: uuid.UUID,
    request: Request,
    principal: PlatformAdmin,
    runtime: RuntimeDep,
    session: Session,
) -> Envelope[AdminOrganizationOut]:
    """Suspend an organisation: its members' tokens and API keys stop working at once."""
    found = await service.set_org_suspended(
        runtime, session, org_id, True, Actor.of(principal, request)
    )
    return Envelope(
        data=AdminOrganizationOut.model_validate(found), message="Organisation suspended"
    )


@admin.post("/organizations/{org_id}/reactivate", response_model=Envelope[AdminOrganizationOut])
async def reactivate_org(
    org_id: uuid.UUID,
    request: Request,
    principal: PlatformAdmin,
    runtime: RuntimeDep,
    session: Session,
) -> Envelope[AdminOrganizationOut]:
    found = await service.set_org_suspended(
        runtime, session, org_id, False, Actor.of(principal, request)
    )
    return Envelope(
        data=AdminOrganizationOut.model_validate(found), message="Organisation reactivated"
    )


@admin.post(
    "/organizations/{org_id}/credits",
    response_model=Envelope[CreditMovement],
    status_code=status.HTTP_201_CREATED,
)
async def grant_credits(
    org_id: uuid.UUID,
    body: GrantRequest,
    request: Request,
    principal: PlatformAdmin,
    session: Session,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Grant credits to any organisation (recorded in its ledger and the audit log)."""
    await AdminOrganizationRepository(session).get_or_404(org_id)
    actor = Actor.of(principal, request)

    async def produce() -> tuple[int, Envelope[CreditMovement]]:
        entry = await credits.add(
            session,
            org_id,
            body.amount,
            reason=body.reason or "platform grant",
            idempotency_key=credits.ledger_key(idempotency_key),
            actor=actor,
        )
        return 201, Envelope(
            data=CreditMovement(
                entry=LedgerEntryOut.model_validate(entry), balance=entry.balance_after
            )
        )

    return await idempotent(
        session, org_id, idempotency_key, "admin.grant", body.model_dump(mode="json"), produce
    )


@admin.get("/organizations/{org_id}/usage", response_model=Envelope[UsageOut])
async def org_usage(
    org_id: uuid.UUID,
    principal: PlatformAdmin,
    session: ReadSession,
    since: Since = None,
    until: Until = None,
) -> Envelope[UsageOut]:
    """AI operations, tokens and cost (``ai_usage``) and credits consumed per operation
    (the credit ledger), with the current balance."""
    return Envelope(
        data=UsageOut.model_validate(await service.usage(session, org_id, since, until))
    )


@admin.get("/payments", response_model=Page[PaymentOut])
async def all_payments(
    principal: PlatformAdmin,
    session: ReadSession,
    paging: Paging,
    org_id: Annotated[uuid.UUID | None, Query(alias="orgId")] = None,
    payment_status: Annotated[PaymentStatus | None, Query(alias="status")] = None,
    disputed: bool | None = None,
) -> Page[PaymentOut]:
    rows, total = await payments.all_payments(
        session, paging, org_id=org_id, status=payment_status, disputed=disputed
    )
    return Page(
        data=[PaymentOut.model_validate(r) for r in rows], pagination=paging.pagination(total)
    )


@admin.post("/payments/{payment_id}/refund", response_model=Envelope[PaymentOut])
async def refund_payment(
    payment_id: uuid.UUID,
    request: Request,
    principal: PlatformAdmin,
    runtime: RuntimeDep,
    session: Session,
    body: RefundRequest | None = None,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Refund a payment (all that is left, or ``amount``) through Stripe; the matching
    share of its credits is clawed back (never below a zero balance)."""
    found = await payments.get_payment(session, payment_id)
    if found is None:
        raise NotFound("Payment")
    body = body or RefundRequest()
    actor = Actor.of(principal, request)

    async def produce() -> tuple[int, Envelope[PaymentOut]]:
        payment = await payments.refund(
            runtime, session, payment_id, body.amount, actor, idempotency_key=idempotency_key
        )
        return 200, Envelope(data=PaymentOut.model_validate(payment), message="Refunded")

    return await idempotent(
        session,
        found.org_id,
        idempotency_key,
        f"admin.refund:{payment_id}",
        body.model_dump(mode="json"),
        produce,
    )


@admin.get("/audit", response_model=Page[AuditEntryOut])
async def platform_audit(
    principal: PlatformAdmin,
    session: ReadSession,
    paging: Paging,
    org_id: Annotated[uuid.UUID | None, Query(alias="orgId")] = None,
    action: Annotated[
        str | None, Query(max_length=100, description="Prefix, e.g. credits.")
    ] = None,
    actor_user_id: Annotated[uuid.UUID | None, Query(alias="actorUserId")] = None,
    target_type: Annotated[str | None, Query(alias="targetType", max_length=50)] = None,
    target_id: Annotated[str | None, Query(alias="targetId", max_length=100)] = None,
    since: Since = None,
    until: Until = None,
) -> Page[AuditEntryOut]:
    rows, total = await audit.entries(
        session,
        paging,
        org_id=org_id,
        action=action,
        actor_user_id=actor_user_id,
        target_type=target_type,
        target_id=target_id,
        since=since,
        until=until,
    )
    return Page(
        data=[AuditEntryOut.model_validate(r) for r in rows], pagination=paging.pagination(total)
    )


router.include_router(admin)
