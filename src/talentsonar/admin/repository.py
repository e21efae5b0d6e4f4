from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select

from talentsonar.core.repository import Repository
from talentsonar.models.ai_usage import AiUsage
from talentsonar.models.credit_balance import CreditBalance
from talentsonar.models.credit_ledger import LedgerEntry, LedgerKind
from talentsonar.models.membership import Membership
from talentsonar.models.organization import Organization
from talentsonar.models.user import User


class AdminUserRepository(Repository[User]):
    model = User
    label = "User"

    def search(self, query: str | None) -> Select[User]:
        stmt = self.base()
        if query:
            like = f"%{query.lower()}%"
            stmt = stmt.where(
                or_(func.lower(User.email).like(like), func.lower(User.full_name).like(like))
            )
        return stmt.order_by(User.created_at.desc(), User.id)


class AdminOrganizationRepository(Repository[Organization]):
    model = Organization
    label = "Organization"

    def search(self, query: str | None) -> Select[Organization]:
        stmt = self.base()
        if query:
            like = f"%{query.lower()}%"
            stmt = stmt.where(
                or_(
                    func.lower(Organization.name).like(like),
                    func.lower(Organization.slug).like(like),
                )
            )
        return stmt.order_by(Organization.created_at.desc(), Organization.id)

    async def stats(self, org_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int]]:
        """(balance, member count) per organisation."""
        if not org_ids:
            return {}
        balances = dict(
            (
                await self.session.execute(
                    select(CreditBalance.org_id, CreditBalance.balance).where(
                        CreditBalance.org_id.in_(org_ids)
                    )
                )
            )
            .tuples()
            .all()
        )
        members = dict(
            (
                await self.session.execute(
                    select(Membership.org_id, func.count())
                    .where(Membership.org_id.in_(org_ids), Membership.deleted_at.is_(None))
                    .group_by(Membership.org_id)
                )
            )
            .tuples()
            .all()
        )
        return {o: (int(balances.get(o, 0)), int(members.get(o, 0))) for o in org_ids}

    async def usage(
        self, org_id: uuid.UUID, since: datetime | None, until: datetime | None
    ) -> list[dict[str, Any]]:
        """Credits consumed per operation (the ledger's consumption entries)."""
        stmt = select(
            LedgerEntry.reason, func.count(), func.coalesce(func.sum(-LedgerEntry.amount), 0)
        ).where(
            LedgerEntry.org_id == org_id,
            LedgerEntry.kind.in_([LedgerKind.consumption]),
        )
        if since is not None:
            stmt = stmt.where(LedgerEntry.created_at >= since)
        if until is not None:
            stmt = stmt.where(LedgerEntry.created_at < until)
        rows = await self.session.execute(
            stmt.group_by(LedgerEntry.reason).order_by(LedgerEntry.reason)
        )
        return [{"operation": r, "count": int(c), "credits": int(s)} for r, c, s in rows]

    async def ai_usage(
        self, org_id: uuid.UUID, since: datetime | None, until: datetime | None
    ) -> list[dict[str, Any]]:
        """AI operations, tokens and cost per operation (the AI layer's ``ai_usage``)."""
        stmt = select(
            AiUsage.operation,
            func.count(),
            func.count().filter(AiUsage.cached.is_(True)),
            func.coalesce(func.sum(AiUsage.prompt_tokens), 0),
            func.coalesce(func.sum(AiUsage.completion_tokens), 0),
            func.coalesce(func.sum(AiUsage.cost_usd), 0),
        ).where(AiUsage.org_id == org_id, AiUsage.deleted_at.is_(None))
        if since is not None:
            stmt = stmt.where(AiUsage.created_at >= since)
        if until is not None:
            stmt = stmt.where(AiUsage.created_at < until)
        rows = await self.session.execute(
            stmt.group_by(AiUsage.operation).order_by(AiUsage.operation)
        )
        return [
            {
                "operation": op,
                "count": int(n),
                "cached": int(c),
                "promptTokens": int(p),
                "completionTokens": int(t),
                "costUsd": round(float(cost), 6),
            }
            for op, n, c, p, t, cost in rows
        ]

    async def totals(self, org_id: uuid.UUID) -> dict[str, int]:
        stmt = (
            select(LedgerEntry.kind, func.coalesce(func.sum(LedgerEntry.amount), 0))
            .where(LedgerEntry.org_id == org_id)
            .group_by(LedgerEntry.kind)
        )
        return {k.value: int(s) for k, s in await self.session.execute(stmt)}
