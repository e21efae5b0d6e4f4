"""Credits: the service API every domain uses to make AI operations cost credits.

    entry = await charge(session, org_id, "cv_analysis", idempotency_key=..., actor=actor)
    reservation = await reserve(session, org_id, 40, idempotency_key=f"batch:{id}", actor=actor)
    await settle(session, reservation, used_amount=31)   # gives back the 9 not used

All of them run in the caller's transaction (flush, never commit) and raise
:class:`PaymentRequired` (402 ``insufficient_credits`` with ``{balance, required}``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.audit import SYSTEM, Actor
from talentsonar.core.config import Settings, get_settings
from talentsonar.core.errors import Conflict, PaymentRequired, UnprocessableEntity
from talentsonar.core.events import CreditsLow, publish
from talentsonar.credits.repository import CreditRepository
from talentsonar.models.credit_ledger import LedgerEntry, LedgerKind

AUTO_KEY_PREFIX = "auto:"


def ledger_key(idempotency_key: str | None) -> str:
    """The ledger's idempotency key for a request's ``Idempotency-Key`` (a fresh one when
    the request has none)."""
    return f"http:{idempotency_key}" if idempotency_key else f"{AUTO_KEY_PREFIX}{uuid.uuid4()}"


@dataclass(frozen=True, slots=True)
class Reservation:
    org_id: uuid.UUID
    amount: int
    idempotency_key: str
    entry_id: uuid.UUID
    actor: Actor = SYSTEM
    related: tuple[str, str] | None = None


def price_of(operation: str, *, cached: bool = False, settings: Settings | None = None) -> int:
    """Credits one ``operation`` costs (``credit_cached_price`` for a cache hit)."""
    settings = settings or get_settings()
    if operation not in settings.credit_prices:
        raise UnprocessableEntity(
            f"Unknown operation {operation!r}",
            code="unknown_operation",
            details={"operations": sorted(settings.credit_prices)},
        )
    return settings.credit_cached_price if cached else int(settings.credit_prices[operation])


async def _insufficient(repo: CreditRepository, required: int) -> PaymentRequired:
    balance = await repo.balance()
    return PaymentRequired(
        f"Not enough credits: {required} needed, {balance} available",
        details={"balance": balance, "required": required},
    )


async def _apply(
    session: AsyncSession,
    org_id: uuid.UUID,
    *,
    kind: LedgerKind,
    amount: int,
    reason: str,
    actor: Actor,
    idempotency_key: str,
    related: tuple[str, str] | None,
    settings: Settings | None,
    clamp: bool = False,
) -> LedgerEntry:
    repo = CreditRepository(session, org_id)
    # a generated key (``auto:<uuid4>``) cannot exist yet: skip the look-up
    existing = (
        None if idempotency_key.startswith(AUTO_KEY_PREFIX) else await repo.by_key(idempotency_key)
    )
    if existing is not None:
        if existing.kind != kind or (not clamp and existing.amount != amount):
            raise UnprocessableEntity(
                "This idempotency key was already used for another credit movement",
                code="idempotency_key_reused",
            )
        return existing
    try:
        entry = await repo.apply(
            kind=kind,
            amount=amount,
            reason=reason,
            actor=actor,
            idempotency_key=idempotency_key,
            related=related,
            clamp=clamp,
        )
    except Exception as exc:  # a concurrent twin with the same key committed first
        if "uq_credit_ledger_org_id" in str(exc):
            raise Conflict(
                "A credit movement with this idempotency key is in progress",
                code="idempotency_conflict",
            ) from exc
        raise
    if entry is None:
        raise await _insufficient(repo, -amount)
    if amount < 0:
        await _maybe_low(session, entry, settings)
    return entry


async def _maybe_low(session: AsyncSession, entry: LedgerEntry, settings: Settings | None) -> None:
    """Publish ``credits.low`` when this debit crossed the threshold (once per crossing)."""
    threshold = (settings or get_settings()).credits_low_threshold
    before = entry.balance_after - entry.amount
    if entry.balance_after < threshold <= before:
        await publish(
            session,
            CreditsLow(org_id=entry.org_id, balance=entry.balance_after, threshold=threshold),
        )


async def charge(
    session: AsyncSession,
    org_id: uuid.UUID,
    operation: str,
    *,
    idempotency_key: str,
    actor: Actor = SYSTEM,
    related: tuple[str, str] | None = None,
    cached: bool = False,
    settings: Settings | None = None,
) -> LedgerEntry:
    """Consume the price of ``operation`` (0 or the cached price on a cache hit)."""
    price = price_of(operation, cached=cached, settings=settings)
    return await _apply(
        session,
        org_id,
        kind=LedgerKind.consumption,
        amount=-price,
        reason=f"{operation}{' (cached)' if cached else ''}",
        actor=actor,
        idempotency_key=idempotency_key,
        related=related,
        settings=settings,
    )


async def deduct(
    session: AsyncSession,
    org_id: uuid.UUID,
    amount: int,
    *,
    reason: str,
    idempotency_key: str,
    actor: Actor = SYSTEM,
    related: tuple[str, str] | None = None,
    settings: Settings | None = None,
) -> LedgerEntry:
    return await _apply(
        session,
        org_id,
        kind=LedgerKind.consumption,
        amount=-amount,
        reason=reason,
        actor=actor,
        idempotency_key=idempotency_key,
        related=related,
        settings=settings,
    )


async def add(
    session: AsyncSession,
    org_id: uuid.UUID,
    amount: int,
    *,
    kind: LedgerKind = LedgerKind.grant,
    reason: str,
    idempotency_key: str,
    actor: Actor = SYSTEM,
    related: tuple[str, str] | None = None,
) -> LedgerEntry:
    return await _apply(
        session,
        org_id,
        kind=kind,
        amount=amount,
        reason=reason,
        actor=actor,
        idempotency_key=idempotency_key,
        related=related,
        settings=None,
    )


async def claw_back(
    session: AsyncSession,
    org_id: uuid.UUID,
    amount: int,
    *,
    reason: str,
    idempotency_key: str,
    actor: Actor = SYSTEM,
    related: tuple[str, str] | None = None,
) -> LedgerEntry:
    """Take back up to ``amount`` credits (refunds): never below zero; the entry's
    ``amount`` says how much was actually taken, the caller records any shortfall."""
    return await _apply(
        session,
        org_id,
        kind=LedgerKind.refund,
        amount=-amount,
        reason=reason,
        actor=actor,
        idempotency_key=idempotency_key,
        related=related,
        settings=None,
        clamp=True,
    )


async def reserve(
    session: AsyncSession,
    org_id: uuid.UUID,
    amount: int,
    *,
    idempotency_key: str,
    actor: Actor = SYSTEM,
    related: tuple[str, str] | None = None,
    reason: str = "reservation",
    settings: Settings | None = None,
) -> Reservation:
    """Hold ``amount`` credits up front (a batch); :func:`settle` releases the unused part."""
    entry = await _apply(
        session,
        org_id,
        kind=LedgerKind.reservation,
        amount=-amount,
        reason=reason,
        actor=actor,
        idempotency_key=idempotency_key,
        related=related,
        settings=settings,
    )
    return Reservation(org_id, amount, idempotency_key, entry.id, actor, related)


async def settle(
    session: AsyncSession, reservation: Reservation, used_amount: int
) -> LedgerEntry | None:
    """Keep ``used_amount`` of the reservation and release the rest (idempotent)."""
    if used_amount < 0 or used_amount > reservation.amount:
        raise UnprocessableEntity("used_amount must be between 0 and the reserved amount")
    unused = reservation.amount - used_amount
    if unused == 0:
        return None
    return await _apply(
        session,
        reservation.org_id,
        kind=LedgerKind.release,
        amount=unused,
        reason=f"release of unused reservation ({used_amount}/{reservation.amount} used)",
        actor=reservation.actor,
        idempotency_key=f"{reservation.idempotency_key}:release",
        related=reservation.related,
        settings=None,
    )


async def balance(session: AsyncSession, org_id: uuid.UUID) -> int:
    return await CreditRepository(session, org_id).balance()
