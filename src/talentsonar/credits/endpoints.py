"""Credits (parity with the old edge functions ``check-credit-balance`` and
``deduct-credits``): ``/api/v1/credits``.

There is no tenant-facing grant: credits come from payments (``payments``), platform
administrators (``POST /admin/organizations/{id}/credits``, audited) and the configured
sign-up grant (``CREDITS_SIGNUP_GRANT``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, status
from fastapi.responses import JSONResponse

from talentsonar.auth.principal import CurrentPrincipal, authorize
from talentsonar.core.audit import Actor
from talentsonar.core.deps import ReadSession, Session, SettingsDep
from talentsonar.core.errors import UnprocessableEntity
from talentsonar.core.schemas import Envelope, Page, Paging
from talentsonar.credits import service
from talentsonar.credits.idempotency import IdempotencyKey, idempotent
from talentsonar.credits.repository import CreditRepository
from talentsonar.credits.schemas import (
    CreditBalanceOut,
    CreditMovement,
    DeductRequest,
    LedgerEntryOut,
)
from talentsonar.models.credit_ledger import LedgerKind

router = APIRouter(
    prefix="/credits", tags=["credits"], dependencies=[Depends(authorize)]
)


@router.get("/balance", response_model=Envelope[CreditBalanceOut])
async def get_balance(
    principal: CurrentPrincipal,
    session: ReadSession,
    settings: SettingsDep,
    required: Annotated[int | None, Query(ge=0, le=10_000_000)] = None,
    operation: Annotated[str | None, Query(max_length=50)] = None,
) -> Envelope[CreditBalanceOut]:
    """The organisation's balance; with ``required`` or ``operation``, whether it covers it."""
    balance = await service.balance(session, principal.org_id)
    if operation is not None:
        required = service.price_of(operation, settings=settings)
    return Envelope(
        data=CreditBalanceOut(
            org_id=principal.org_id,
            balance=balance,
            low_balance_threshold=settings.credits_low_threshold,
            is_low=balance < settings.credits_low_threshold,
            required=required,
            has_enough=None if required is None else balance >= required,
            prices=dict(settings.credit_prices),
        )
    )


@router.post(
    "/deduct",
    response_model=Envelope[CreditMovement],
    status_code=status.HTTP_201_CREATED,
    responses={402: {"description": "insufficient_credits, details {balance, required}"}},
)
async def deduct(
    body: DeductRequest,
    request: Request,
    principal: CurrentPrincipal,
    session: Session,
    settings: SettingsDep,
    idempotency_key: IdempotencyKey = None,
) -> JSONResponse:
    """Consume credits atomically: an ``operation``'s price, or ``amount``."""
    if (body.amount is None) == (body.operation is None):
        raise UnprocessableEntity("Give exactly one of amount or operation")
    related = (
        (body.related_type, body.related_id) if body.related_type and body.related_id else None
    )
    actor = Actor.of(principal, request)

    async def produce() -> tuple[int, Envelope[CreditMovement]]:
        key = service.ledger_key(idempotency_key)
        if body.operation is not None:
            entry = await service.charge(
                session,
                principal.org_id,
                body.operation,
                idempotency_key=key,
                actor=actor,
                related=related,
                cached=body.cached,
                settings=settings,
            )
        else:
            entry = await service.deduct(
                session,
                principal.org_id,
                int(body.amount or 0),
                reason=body.reason or "deduction",
                idempotency_key=key,
                actor=actor,
                related=related,
                settings=settings,
            )
        return 201, Envelope(
            data=CreditMovement(
                entry=LedgerEntryOut.model_validate(entry), balance=entry.balance_after
            )
        )

    return await idempotent(
        session,
        principal.org_id,
        idempotency_key,
        "credits.deduct",
        body.model_dump(mode="json"),
        produce,
    )


@router.get("/ledger", response_model=Page[LedgerEntryOut])
async def ledger(
    principal: CurrentPrincipal,
    session: ReadSession,
    paging: Paging,
    kind: LedgerKind | None = None,
    since: Annotated[datetime | None, Query(alias="from")] = None,
    until: Annotated[datetime | None, Query(alias="to")] = None,
    related_type: Annotated[str | None, Query(alias="relatedType", max_length=50)] = None,
    related_id: Annotated[str | None, Query(alias="relatedId", max_length=100)] = None,
) -> Page[LedgerEntryOut]:
    """Every credit movement of the organisation, newest first."""
    repo = CreditRepository(session, principal.org_id)
    stmt = repo.ledger_query(
        kind=kind, since=since, until=until, related_type=related_type, related_id=related_id
    )
    rows, total = await repo.page(stmt, paging)
    return Page(
        data=[LedgerEntryOut.model_validate(r) for r in rows], pagination=paging.pagination(total)
    )
