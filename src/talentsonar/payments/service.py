"""Credit packs bought through Stripe Checkout; webhooks grant, claw back and flag.

Refund policy: a refund takes back credits in proportion to the refunded amount, but
never drives a balance below zero (the ``CHECK balance >= 0`` stays true). What could not
be taken back because it was already spent is recorded on the payment as
``clawback_shortfall`` and in the audit log (``payment.clawback_shortfall``) for a human
to follow up. Every event is processed once: its id is inserted into ``stripe_events`` in
the same transaction as its effect, and grants use the payment intent id as the ledger
idempotency key, so ``checkout.session.completed`` and ``payment_intent.succeeded`` for
one payment grant once.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import stripe
import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core import audit
from talentsonar.core.audit import SYSTEM, Actor
from talentsonar.core.config import Settings
from talentsonar.core.errors import BadRequest, Conflict, NotFound, UnprocessableEntity
from talentsonar.core.events import PaymentSucceeded, publish
from talentsonar.core.runtime import Runtime
from talentsonar.core.schemas import PageParams
from talentsonar.credits import service as credits
from talentsonar.models.credit_ledger import LedgerKind
from talentsonar.models.payment import Payment, PaymentStatus
from talentsonar.payments import stripe_client
from talentsonar.payments.repository import (
    AllPaymentsRepository,
    PaymentRepository,
    StripeEventRepository,
)

log = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class CreditPack:
    id: str
    credits: int
    amount: int
    currency: str


def packs(settings: Settings) -> dict[str, CreditPack]:
    return {
        pack_id: CreditPack(
            pack_id, int(p["credits"]), int(p["amount"]), str(p.get("currency", "usd")).lower()
        )
        for pack_id, p in settings.credit_packs.items()
    }


def pack_of(settings: Settings, pack_id: str) -> CreditPack:
    available = packs(settings)
    if pack_id not in available:
        raise UnprocessableEntity(
            f"Unknown credit pack {pack_id!r}",
            code="unknown_pack",
            details={"packs": sorted(available)},
        )
    return available[pack_id]


def _snapshot(payment: Payment) -> dict[str, Any]:
    return {
        "status": payment.status.value,
        "refundedAmount": payment.refunded_amount,
        "creditsClawedBack": payment.credits_clawed_back,
        "disputed": payment.disputed,
    }


async def create_checkout(
    runtime: Runtime,
    session: AsyncSession,
    org_id: uuid.UUID,
    pack_id: str,
    actor: Actor,
    *,
    idempotency_key: str | None = None,
) -> tuple[Payment, str]:
    """A pending payment and its Stripe Checkout Session; returns (payment, url)."""
    settings = runtime.settings
    pack = pack_of(settings, pack_id)
    sdk = stripe_client.client(runtime)  # 503 payments_not_configured before any write
    payment = await PaymentRepository(session, org_id).create(
        Payment(
            pack=pack.id,
            credits=pack.credits,
            amount=pack.amount,
            currency=pack.currency,
            status=PaymentStatus.pending,
        )
    )
    metadata = {
        "org_id": str(org_id),
        "payment_id": str(payment.id),
        "pack": pack.id,
        "credits": str(pack.credits),
    }
    params: dict[str, Any] = {
        "mode": "payment",
        "success_url": settings.checkout_success_url,
        "cancel_url": settings.checkout_cancel_url,
        "client_reference_id": str(org_id),
        "metadata": metadata,
        "payment_intent_data": {"metadata": metadata},
        "line_items": [
            {
                "quantity": 1,
                "price_data": {
                    "currency": pack.currency,
                    "unit_amount": pack.amount,
                    "product_data": {
                        "name": f"Talent Sonar {pack.id} pack ({pack.credits} credits)"
                    },
                },
            }
        ],
    }
    options: stripe.RequestOptions = (
        {"idempotency_key": f"checkout:{org_id}:{idempotency_key}"} if idempotency_key else {}
    )
    checkout = await stripe_client.call(
        runtime,
        # params is built as a plain dict; the SDK's TypedDict adds nothing checkable here
        lambda: sdk.v1.checkout.sessions.create_async(params, options),  # type: ignore[arg-type]
    )
    payment.stripe_checkout_session_id = checkout.id
    await session.flush()
    await audit.record(
        session,
        actor,
        "payment.checkout_created",
        org_id=org_id,
        target_type="payment",
        target_id=payment.id,
        after={
            "pack": pack.id,
            "amount": pack.amount,
            "credits": pack.credits,
            "checkoutSessionId": checkout.id,
        },
    )
    return payment, str(checkout.url)


def signature_timestamp(signature: str) -> int | None:
    """The ``t=`` of a ``Stripe-Signature`` header (the first, as the SDK reads it)."""
    for item in signature.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t":
            return int(value) if value.isdigit() else None
    return None


def verify_event(settings: Settings, payload: bytes, signature: str | None) -> dict[str, Any]:
    """The SDK's signature check (HMAC + timestamp tolerance); 400 when it fails.

    The SDK refuses only timestamps older than the tolerance; one dated in the future would
    keep a captured event replayable until then, so that is refused here too."""
    secret = stripe_client.require_secret(settings.stripe_webhook_secret, "STRIPE_WEBHOOK_SECRET")
    if not signature:
        raise BadRequest("Missing Stripe-Signature header", code="invalid_signature")
    timestamp = signature_timestamp(signature)
    latest = time.time() + settings.stripe_webhook_tolerance_seconds
    if timestamp is not None and timestamp > latest:
        raise BadRequest("Invalid Stripe signature", code="invalid_signature")
    try:
        event = stripe.Webhook.construct_event(
            payload,
            signature,
            secret,
            tolerance=settings.stripe_webhook_tolerance_seconds,
        )
    except stripe.SignatureVerificationError as exc:
        raise BadRequest("Invalid Stripe signature", code="invalid_signature") from exc
    except ValueError as exc:
        raise BadRequest("Invalid webhook payload", code="invalid_payload") from exc
    return stripe_client.to_dict(event)


async def handle_event(session: AsyncSession, event: dict[str, Any]) -> str:
    """Apply one verified event exactly once; returns what happened."""
    event_id, event_type = str(event.get("id", "")), str(event.get("type", ""))
    if not event_id:
        raise BadRequest("Event without id", code="invalid_payload")
    events = StripeEventRepository(session)
    if not await events.claim(event_id, event_type):
        return "duplicate"
    obj: dict[str, Any] = (event.get("data") or {}).get("object") or {}
    handler = HANDLERS.get(event_type)
    if handler is None:
        log.info("stripe.event_ignored", event_id=event_id, type=event_type)
        await events.set_outcome(event_id, "ignored", None)
        return "ignored"
    outcome, org_id = await handler(session, obj)
    await events.set_outcome(event_id, outcome, org_id)
    return outcome


async def _payment_for(session: AsyncSession, obj: dict[str, Any]) -> Payment | None:
    repo = AllPaymentsRepository(session)
    metadata = obj.get("metadata") or {}
    payment_id = metadata.get("payment_id")
    if payment_id:
        try:
            found = await repo.lock(uuid.UUID(str(payment_id)))
        except ValueError:
            found = None
        if found is not None and str(found.org_id) == str(metadata.get("org_id", found.org_id)):
            return found
    intent = _intent_id(obj)
    if intent:
        found = await repo.lock_by_intent(intent)
        if found is not None:
            return found
    if obj.get("object") == "checkout.session" and obj.get("id"):
        return await repo.lock_by_checkout(str(obj["id"]))
    return None


def _intent_id(obj: dict[str, Any]) -> str | None:
    if obj.get("object") == "payment_intent":
        return str(obj["id"])
    intent = obj.get("payment_intent")
    if isinstance(intent, dict):
        return str(intent.get("id")) if intent.get("id") else None
    return str(intent) if intent else None


async def _grant(session: AsyncSession, obj: dict[str, Any]) -> tuple[str, uuid.UUID | None]:
    if obj.get("object") == "checkout.session" and obj.get("payment_status") not in ("paid", None):
        return "not_paid", None
    payment = await _payment_for(session, obj)
    if payment is None:
        log.warning("stripe.payment_unknown", object_id=obj.get("id"))
        return "unknown_payment", None
    intent = _intent_id(obj) or payment.stripe_payment_intent_id
    if intent and payment.stripe_payment_intent_id is None:
        payment.stripe_payment_intent_id = intent
    if obj.get("object") == "payment_intent" and obj.get("latest_charge"):
        payment.stripe_charge_id = str(obj["latest_charge"])
    if payment.status != PaymentStatus.pending:
        await session.flush()
        return "already_granted", payment.org_id
    before = _snapshot(payment)
    await credits.add(
        session,
        payment.org_id,
        payment.credits,
        kind=LedgerKind.purchase,
        reason=f"{payment.pack} pack purchase",
        idempotency_key=f"stripe:{intent or payment.id}",
        related=("payment", str(payment.id)),
    )
    payment.status = PaymentStatus.succeeded
    await session.flush()
    await audit.record(
        session,
        SYSTEM,
        "payment.succeeded",
        org_id=payment.org_id,
        target_type="payment",
        target_id=payment.id,
        before=before,
        after=_snapshot(payment),
    )
    await publish(
        session,
        PaymentSucceeded(
            org_id=payment.org_id,
            payment_id=payment.id,
            credits=payment.credits,
            amount=payment.amount,
            currency=payment.currency,
        ),
    )
    return "granted", payment.org_id


async def apply_refund_total(
    session: AsyncSession, payment: Payment, refunded_total: int, actor: Actor = SYSTEM
) -> None:
    """Bring the payment to ``refunded_total`` (cumulative, minor units) and claw back
    the matching share of its credits. Idempotent: both the admin refund and Stripe's
    ``charge.refunded`` webhook call it with the same cumulative total."""
    refunded_total = min(max(refunded_total, 0), payment.amount)
    if refunded_total <= payment.refunded_amount:
        return
    before = _snapshot(payment)
    target_credits = payment.credits * refunded_total // payment.amount
    delta = target_credits - payment.credits_clawed_back
    if delta > 0:
        entry = await credits.claw_back(
            session,
            payment.org_id,
            delta,
            reason=f"refund of {payment.pack} pack",
            idempotency_key=f"stripe:clawback:{payment.id}:{target_credits}",
            actor=actor,
            related=("payment", str(payment.id)),
        )
        shortfall = delta + entry.amount  # entry.amount is minus what was really taken
        payment.credits_clawed_back = target_credits
        if shortfall > 0:
            payment.clawback_shortfall += shortfall
            await audit.record(
                session,
                actor,
                "payment.clawback_shortfall",
                org_id=payment.org_id,
                target_type="payment",
                target_id=payment.id,
                after={"shortfall": shortfall},
            )
    payment.refunded_amount = refunded_total
    payment.status = (
        PaymentStatus.refunded
        if refunded_total >= payment.amount
        else PaymentStatus.partially_refunded
    )
    await session.flush()
    await audit.record(
        session,
        actor,
        "payment.refunded",
        org_id=payment.org_id,
        target_type="payment",
        target_id=payment.id,
        before=before,
        after=_snapshot(payment),
    )


async def _refunded(session: AsyncSession, obj: dict[str, Any]) -> tuple[str, uuid.UUID | None]:
    payment = await _payment_for(session, obj)
    if payment is None:
        return "unknown_payment", None
    if payment.status == PaymentStatus.pending:
        return "refund_before_grant", payment.org_id
    await apply_refund_total(session, payment, int(obj.get("amount_refunded") or 0))
    return "refunded", payment.org_id


async def _disputed(session: AsyncSession, obj: dict[str, Any]) -> tuple[str, uuid.UUID | None]:
    payment = await _payment_for(session, obj)
    if payment is None and obj.get("charge"):
        payment = None  # a charge id alone cannot be matched without the payment intent
    if payment is None:
        return "unknown_payment", None
    before = _snapshot(payment)
    payment.disputed = True
    payment.dispute_reason = str(obj.get("reason") or "unknown")[:100]
    await session.flush()
    await audit.record(
        session,
        SYSTEM,
        "payment.disputed",
        org_id=payment.org_id,
        target_type="payment",
        target_id=payment.id,
        before=before,
        after={**_snapshot(payment), "reason": payment.dispute_reason},
    )
    return "flagged", payment.org_id


HANDLERS = {
    "checkout.session.completed": _grant,
    "payment_intent.succeeded": _grant,
    "charge.refunded": _refunded,
    "charge.dispute.created": _disputed,
}


async def refund(
    runtime: Runtime,
    session: AsyncSession,
    payment_id: uuid.UUID,
    amount: int | None,
    actor: Actor,
    *,
    idempotency_key: str | None = None,
) -> Payment:
    """Refund (all that is left, or ``amount``) through Stripe and claw credits back."""
    payment = await AllPaymentsRepository(session).lock(payment_id)
    if payment is None:
        raise NotFound("Payment")
    if payment.status not in (PaymentStatus.succeeded, PaymentStatus.partially_refunded):
        raise Conflict(
            f"A {payment.status.value} payment cannot be refunded", code="not_refundable"
        )
    if not payment.stripe_payment_intent_id:
        raise Conflict("The payment has no Stripe payment intent", code="not_refundable")
    remaining = payment.amount - payment.refunded_amount
    amount = remaining if amount is None else amount
    if amount <= 0 or amount > remaining:
        raise UnprocessableEntity(
            f"Refund amount must be between 1 and {remaining}",
            code="invalid_refund_amount",
            details={"remaining": remaining},
        )
    sdk = stripe_client.client(runtime)
    params = {
        "payment_intent": payment.stripe_payment_intent_id,
        "amount": amount,
        "metadata": {"payment_id": str(payment.id), "org_id": str(payment.org_id)},
    }
    options: dict[str, Any] = {
        "idempotency_key": f"refund:{payment.id}:{idempotency_key or payment.refunded_amount}"
    }
    result = await stripe_client.call(runtime, lambda: sdk.v1.refunds.create_async(params, options))  # type: ignore[arg-type]
    if result.status in ("failed", "canceled"):
        raise Conflict(f"Stripe did not refund the payment ({result.status})", code="refund_failed")
    await apply_refund_total(session, payment, payment.refunded_amount + int(result.amount), actor)
    return payment


async def all_payments(
    session: AsyncSession,
    paging: PageParams,
    *,
    org_id: uuid.UUID | None = None,
    status: PaymentStatus | None = None,
    disputed: bool | None = None,
) -> tuple[Sequence[Payment], int]:
    """One page of every organisation's payments (platform admins), newest first."""
    repo = AllPaymentsRepository(session)
    stmt = repo.base()
    if org_id is not None:
        stmt = stmt.where(Payment.org_id == org_id)
    if status is not None:
        stmt = stmt.where(Payment.status == status)
    if disputed is not None:
        stmt = stmt.where(Payment.disputed.is_(disputed))
    return await repo.paginate(stmt.order_by(Payment.created_at.desc(), Payment.id), paging)


async def get_payment(session: AsyncSession, payment_id: uuid.UUID) -> Payment | None:
    """Any organisation's payment (platform admins)."""
    return await AllPaymentsRepository(session).get(payment_id)
