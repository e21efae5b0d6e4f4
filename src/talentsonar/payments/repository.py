from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.repository import Repository, TenantRepository
from talentsonar.models.payment import Payment
from talentsonar.models.stripe_event import StripeEvent


class PaymentRepository(TenantRepository[Payment]):
    model = Payment
    label = "Payment"


class AllPaymentsRepository(Repository[Payment]):
    """Every organisation's payments: platform admins and the Stripe webhook only."""

    model = Payment
    label = "Payment"

    async def lock(self, payment_id: uuid.UUID) -> Payment | None:
        stmt = self.base().where(Payment.id == payment_id).with_for_update()
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def lock_by_intent(self, payment_intent_id: str) -> Payment | None:
        stmt = (
            self.base()
            .where(Payment.stripe_payment_intent_id == payment_intent_id)
            .with_for_update()
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def lock_by_checkout(self, session_id: str) -> Payment | None:
        stmt = self.base().where(Payment.stripe_checkout_session_id == session_id).with_for_update()
        return (await self.session.execute(stmt)).scalar_one_or_none()


class StripeEventRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def claim(self, event_id: str, event_type: str) -> bool:
        """Insert the event id; False when it was already processed. A concurrent twin
        blocks on the primary key until the first transaction ends."""
        stmt = (
            insert(StripeEvent)
            .values(id=event_id, type=event_type)
            .on_conflict_do_nothing(index_elements=["id"])
            .returning(StripeEvent.id)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none() is not None

    async def set_outcome(self, event_id: str, outcome: str, org_id: uuid.UUID | None) -> None:
        row = (
            await self.session.execute(select(StripeEvent).where(StripeEvent.id == event_id))
        ).scalar_one()
        row.outcome = outcome
        row.org_id = org_id
        await self.session.flush()
