"""Helpers shared by the billing-side tests (credits, payments, admin, notifications)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import text

from talentsonar.core.runtime import Runtime
from talentsonar.credits import service as credits


async def make_platform_admin(runtime: Runtime, user: dict[str, Any]) -> None:
    async with runtime.db.session() as s:
        await s.execute(
            text("UPDATE users SET is_platform_admin = true WHERE id = :u"),
            {"u": user["user"]["id"]},
        )
    await runtime.cache.invalidate_tags(f"user:{user['user']['id']}")


async def set_role(runtime: Runtime, user: dict[str, Any], role: str) -> None:
    async with runtime.db.session() as s:
        await s.execute(
            text("UPDATE memberships SET role = CAST(:r AS role) WHERE user_id = :u"),
            {"u": user["user"]["id"], "r": role},
        )
    await runtime.cache.invalidate_tags(f"user:{user['user']['id']}")


async def add_credits(client: httpx.AsyncClient, user: dict[str, Any], amount: int) -> None:
    """Give ``user``'s organisation credits the way a configured grant does (the service,
    as the system): organisations cannot grant themselves credits over the API."""
    runtime: Runtime = client._transport.app.state.runtime  # type: ignore[attr-defined]
    async with runtime.db.session() as s:
        await credits.add(
            s,
            uuid.UUID(user["user"]["organization"]["id"]),
            amount,
            reason="seed",
            idempotency_key=f"test-seed:{uuid.uuid4()}",
        )


async def ledger_and_balance(runtime: Runtime, org_id: str) -> tuple[int, int]:
    async with runtime.db.session() as s:
        total = (
            await s.execute(
                text("SELECT COALESCE(SUM(amount), 0) FROM credit_ledger WHERE org_id = :o"),
                {"o": org_id},
            )
        ).scalar_one()
        balance = (
            await s.execute(
                text("SELECT COALESCE((SELECT balance FROM credit_balances WHERE org_id = :o), 0)"),
                {"o": org_id},
            )
        ).scalar_one()
    return int(total), int(balance)


def org_of(user: dict[str, Any]) -> str:
    return str(user["user"]["organization"]["id"])
