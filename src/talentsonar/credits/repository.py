"""Credit SQL: the balance row changes by one conditional statement that also appends
the ledger entry and its audit row, so balance == ledger sum in every transaction and
no Python read-modify-write can race."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Select, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.audit import Actor
from talentsonar.core.schemas import PageParams
from talentsonar.models.credit_balance import CreditBalance
from talentsonar.models.credit_ledger import LedgerEntry, LedgerKind

# Debit only when the balance covers it (``amount`` is negative); the row lock taken by
# the UPDATE serialises concurrent debits of one organisation across all processes.
_DEBIT = """
UPDATE credit_balances SET balance = balance + :amount, updated_at = now()
WHERE org_id = :org_id AND balance + :amount >= 0
RETURNING balance, CAST(:amount AS bigint) AS applied
"""
# Clawback: take what is there, at most ``-amount``; never below zero. The locking
# sub-select reads the current row, so ``applied`` is exact under concurrency.
_CLAMPED_DEBIT = """
UPDATE credit_balances c
SET balance = c.balance - LEAST(o.old, -CAST(:amount AS bigint)), updated_at = now()
FROM (SELECT org_id, balance AS old FROM credit_balances WHERE org_id = :org_id FOR UPDATE) o
WHERE c.org_id = o.org_id
RETURNING c.balance, c.balance - o.old AS applied
"""
_CREDIT = """
INSERT INTO credit_balances (org_id, balance, updated_at) VALUES (:org_id, :amount, now())
ON CONFLICT (org_id) DO UPDATE
SET balance = credit_balances.balance + EXCLUDED.balance, updated_at = now()
RETURNING balance, CAST(:amount AS bigint) AS applied
"""
_APPLY = """
WITH bal AS ({change}),
led AS (
    INSERT INTO credit_ledger (id, org_id, kind, amount, balance_after, reason, actor_user_id,
        actor_api_key_id, related_type, related_id, idempotency_key, created_at)
    SELECT :id, :org_id, CAST(:kind AS ledger_kind), bal.applied, bal.balance, :reason,
        :actor_user_id, :actor_api_key_id, :related_type, :related_id, :idempotency_key, now()
    FROM bal
    RETURNING *
),
aud AS (
    INSERT INTO audit_log (id, org_id, actor_user_id, actor_api_key_id, action, target_type,
        target_id, before, after, ip, request_id, created_at)
    SELECT :audit_id, :org_id, :actor_user_id, :actor_api_key_id, :action, 'credit_ledger',
        CAST(led.id AS text), jsonb_build_object('balance', led.balance_after - led.amount),
        jsonb_build_object('balance', led.balance_after, 'amount', led.amount,
                           'kind', CAST(led.kind AS text), 'reason', led.reason),
        :ip, :request_id, now()
    FROM led
)
SELECT * FROM led
"""


class CreditRepository:
    def __init__(self, session: AsyncSession, org_id: uuid.UUID) -> None:
        self.session = session
        self.org_id = org_id

    async def balance(self) -> int:
        stmt = select(CreditBalance.balance).where(CreditBalance.org_id == self.org_id)
        return int((await self.session.execute(stmt)).scalar_one_or_none() or 0)

    async def by_key(self, idempotency_key: str) -> LedgerEntry | None:
        stmt = select(LedgerEntry).where(
            LedgerEntry.org_id == self.org_id, LedgerEntry.idempotency_key == idempotency_key
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def apply(
        self,
        *,
        kind: LedgerKind,
        amount: int,
        reason: str,
        actor: Actor,
        idempotency_key: str,
        related: tuple[str, str] | None = None,
        clamp: bool = False,
    ) -> LedgerEntry | None:
        """Change the balance by ``amount`` and append the entry; ``None`` when a debit
        is not covered. With ``clamp`` a debit takes what is there (never below zero)."""
        change = _CREDIT if amount >= 0 else _CLAMPED_DEBIT if clamp else _DEBIT
        sql = text(_APPLY.format(change=change)).columns(*LedgerEntry.__table__.c)
        params = {
            "id": uuid.uuid4(),
            "audit_id": uuid.uuid4(),
            "org_id": self.org_id,
            "kind": kind.value,
            "amount": amount,
            "reason": reason[:300],
            "actor_user_id": actor.user_id,
            "actor_api_key_id": actor.api_key_id,
            "related_type": related[0] if related else None,
            "related_id": str(related[1])[:100] if related else None,
            "idempotency_key": idempotency_key,
            "action": f"credits.{kind.value}",
            "ip": actor.ip,
            "request_id": actor.request_id,
        }
        result = await self.session.execute(
            select(LedgerEntry).from_statement(sql),
            params,
            execution_options={"populate_existing": True},
        )
        return result.scalar_one_or_none()

    def ledger_query(
        self,
        *,
        kind: LedgerKind | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        related_type: str | None = None,
        related_id: str | None = None,
    ) -> Select[LedgerEntry]:
        stmt = select(LedgerEntry).where(LedgerEntry.org_id == self.org_id)
        if kind is not None:
            stmt = stmt.where(LedgerEntry.kind == kind)
        if since is not None:
            stmt = stmt.where(LedgerEntry.created_at >= since)
        if until is not None:
            stmt = stmt.where(LedgerEntry.created_at < until)
        if related_type:
            stmt = stmt.where(LedgerEntry.related_type == related_type)
        if related_id:
            stmt = stmt.where(LedgerEntry.related_id == related_id)
        return stmt.order_by(LedgerEntry.created_at.desc(), LedgerEntry.id)

    async def page(
        self, stmt: Select[LedgerEntry], page: PageParams
    ) -> tuple[list[LedgerEntry], int]:
        total = int(
            (
                await self.session.execute(
                    select(func.count()).select_from(stmt.order_by(None).subquery())
                )
            ).scalar_one()
        )
        rows = (await self.session.execute(stmt.limit(page.limit).offset(page.offset))).scalars()
        return list(rows), total

    async def ledger_sum(self) -> int:
        stmt = select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
            LedgerEntry.org_id == self.org_id
        )
        return int((await self.session.execute(stmt)).scalar_one())
