"""Credit packs through Stripe: ``/api/v1/payments`` (the webhook needs no login; its
Stripe signature is the authentication)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, status
from fastapi.responses import JSONResponse

from talentsonar.auth.principal import CurrentPrincipal, OrgAdmin, authorize, rate_limit
from talentsonar.core.audit import Actor
from talentsonar.core.deps import ReadSession, RuntimeDep, Session, SettingsDep
from talentsonar.core.schemas import Envelope, Page, PageParams, Paging, page_params
from talentsonar.credits.idempotency import IdempotencyKey, idempotent
from talentsonar.models.payment import Payment
from talentsonar.payments import service
from talentsonar.payments.repository import PaymentRepository
from talentsonar.payments.schemas import (
    CheckoutOut,
    CheckoutRequest,
    CreditPackOut,
    PaymentOut,
    WebhookAck,
)

router = APIRouter(tags=["payments"])
authed = APIRouter(prefix="/payments", dependencies=[Depends(authorize)])


@authed.get("/packs", response_model=Page[CreditPackOut])
async def list_packs(
    principal: CurrentPrincipal, settings: SettingsDep,
    paging: Annotated[PageParams, page_params(default_limit=100)],
) -> Page[CreditPackOut]:
    """The credit packs on sale (``CREDIT_PACKS``)."""
    packs, total = paging.page_of(list(service.packs(settings).values()))
    return Page(
        data=[CreditPackOut(id=p.id, credits=p.credits, amount=p.amount, currency=p.currency)
              for p in packs],
        pagination=paging.pagination(total),
    )


@authed.post("/checkout", response_model=Envelope[CheckoutOut], status_code=status.HTTP_201_CREATED)
async def checkout(
    body: CheckoutRequest,
    request: Request,
    principal: OrgAdmin,
    runtime: RuntimeDep,
    session: Session,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Start buying a credit pack: a Stripe Checkout Session; redirect the user to ``url``.
    Credits are granted when Stripe's webhook confirms the payment."""
    actor = Actor.of(principal, request)

    async def produce() -> tuple[int, Envelope[CheckoutOut]]:
        payment, url = await service.create_checkout(
            runtime, session, principal.org_id, body.pack_id, actor, idempotency_key=idempotency_key
        )
        return 201, Envelope(
            data=CheckoutOut(
                payment_id=payment.id,
                checkout_session_id=str(payment.stripe_checkout_session_id),
                url=url,
            )
        )

    return await idempotent(
        session,
        principal.org_id,
        idempotency_key,
        "payments.checkout",
        body.model_dump(mode="json"),
        produce,
    )


@authed.get("", response_model=Page[PaymentOut])
async def list_payments(
    principal: CurrentPrincipal, session: ReadSession, paging: Paging
) -> Page[PaymentOut]:
    """The organisation's payments, newest first."""
    repo = PaymentRepository(session, principal.org_id)
    rows, total = await repo.paginate(
        repo.base().order_by(Payment.created_at.desc(), Payment.id), paging
    )
    return Page(
        data=[PaymentOut.model_validate(r) for r in rows], pagination=paging.pagination(total)
    )


@router.post("/payments/webhook", response_model=WebhookAck, dependencies=[rate_limit("default")])
async def stripe_webhook(request: Request, settings: SettingsDep, session: Session) -> WebhookAck:
    """Stripe events (signature checked by the SDK with a tolerance window). Each event id
    is applied once; unknown event types are acknowledged and logged."""
    payload = await request.body()
    event = service.verify_event(settings, payload, request.headers.get("stripe-signature"))
    outcome = await service.handle_event(session, event)
    return WebhookAck(received=True, outcome=outcome)


router.include_router(authed)
