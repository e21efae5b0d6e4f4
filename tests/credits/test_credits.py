from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from talentsonar.app import create_app
from talentsonar.core.audit import SYSTEM
from talentsonar.core.config import Settings
from talentsonar.core.errors import PaymentRequired
from talentsonar.core.runtime import Runtime
from talentsonar.credits import service
from tests.admin.helpers import add_credits
from tests.conftest import register_user


async def ledger_sum(runtime: Runtime, org_id: str) -> tuple[int, int]:
    async with runtime.db.session() as s:
        total = (
            await s.execute(
                text("SELECT COALESCE(SUM(amount),0) FROM credit_ledger WHERE org_id = :o"),
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


async def test_balance_add_deduct_and_ledger(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    r = await client.get("/api/v1/credits/balance", headers=h)
    assert r.status_code == 200
    assert r.json()["data"]["balance"] == 0
    await add_credits(client, user, 10)
    r = await client.post("/api/v1/credits/deduct", json={"operation": "fit_analysis"}, headers=h)
    assert r.status_code == 201, r.text
    assert r.json()["data"]["balance"] == 8
    r = await client.post(
        "/api/v1/credits/deduct", json={"operation": "fit_analysis", "cached": True}, headers=h
    )
    assert r.json()["data"]["balance"] == 8
    r = await client.post("/api/v1/credits/deduct", json={"amount": 9}, headers=h)
    assert r.status_code == 402
    err = r.json()["error"]
    assert err["code"] == "insufficient_credits"
    assert err["details"] == {"balance": 8, "required": 9}
    r = await client.get("/api/v1/credits/balance?operation=cv_analysis", headers=h)
    assert r.json()["data"]["hasEnough"] is True
    r = await client.get("/api/v1/credits/ledger?kind=consumption", headers=h)
    assert r.status_code == 200
    assert [e["amount"] for e in r.json()["data"]] == [0, -2]
    assert r.json()["pagination"]["total"] == 2


async def test_bad_input_is_4xx(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    h = user["headers"]
    assert (await client.post("/api/v1/credits/deduct", json={}, headers=h)).status_code == 422
    assert (
        await client.post("/api/v1/credits/deduct", json={"amount": -3}, headers=h)
    ).status_code == 422
    r = await client.post("/api/v1/credits/deduct", json={"operation": "nope"}, headers=h)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "unknown_operation"
    assert (await client.get("/api/v1/credits/ledger?kind=bogus", headers=h)).status_code == 422


async def test_idempotency_key_replays_and_refuses_other_body(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    await add_credits(client, user, 10)
    hk = {**h, "Idempotency-Key": "abc-1"}
    first = await client.post("/api/v1/credits/deduct", json={"amount": 3}, headers=hk)
    again = await client.post("/api/v1/credits/deduct", json={"amount": 3}, headers=hk)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert again.headers["idempotent-replayed"] == "true"
    both = await asyncio.gather(
        *[
            client.post(
                "/api/v1/credits/deduct", json={"amount": 2}, headers={**h, "Idempotency-Key": "k2"}
            )
            for _ in range(5)
        ]
    )
    assert {b.status_code for b in both} == {201}
    assert len({b.json()["data"]["entry"]["id"] for b in both}) == 1
    other = await client.post("/api/v1/credits/deduct", json={"amount": 4}, headers=hk)
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "idempotency_key_reused"
    total, balance = await ledger_sum(runtime, user["user"]["organization"]["id"])
    assert balance == total == 5


async def test_organisations_cannot_grant_themselves_credits(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    """Credits come from payments, platform administrators and configured grants only."""
    org_id = user["user"]["organization"]["id"]
    admin = await register_user(client)
    async with runtime.db.session() as s:
        await s.execute(
            text("UPDATE memberships SET org_id = :o, role = 'admin' WHERE user_id = :u"),
            {"o": org_id, "u": admin["user"]["id"]},
        )
    await runtime.cache.invalidate_tags(f"user:{admin['user']['id']}")
    for caller in (user, admin):  # the owner, and an organisation admin
        r = await client.post(
            "/api/v1/credits/add", json={"amount": 10_000_000}, headers=caller["headers"]
        )
        assert r.status_code in (404, 405), r.text
    assert await ledger_sum(runtime, org_id) == (0, 0)
    spec = client._transport.app.openapi()  # type: ignore[attr-defined]
    assert "/api/v1/credits/add" not in spec["paths"]
    assert "/api/v1/admin/organizations/{org_id}/credits" in spec["paths"]


async def test_reserve_and_settle_release_unused(
    runtime: Runtime, user: dict[str, Any], client: httpx.AsyncClient
) -> None:
    await add_credits(client, user, 50)
    org_id = user["user"]["organization"]["id"]
    import uuid

    org = uuid.UUID(org_id)
    async with runtime.db.session() as s:
        res = await service.reserve(s, org, 40, idempotency_key="batch-1", actor=SYSTEM)
        assert await service.balance(s, org) == 10
        await service.settle(s, res, 31)
        await service.settle(s, res, 31)  # idempotent
        assert await service.balance(s, org) == 19
    async with runtime.db.session() as s:
        with pytest.raises(PaymentRequired) as exc:
            await service.reserve(s, org, 20, idempotency_key="batch-2")
        assert exc.value.details == {"balance": 19, "required": 20}
    total, balance = await ledger_sum(runtime, org_id)
    assert total == balance == 19


async def test_ledger_is_append_only(
    runtime: Runtime, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    await add_credits(client, user, 5)
    for sql in (
        "UPDATE credit_ledger SET amount = 1000",
        "DELETE FROM credit_ledger",
        "UPDATE audit_log SET action = 'x'",
        "DELETE FROM audit_log",
    ):
        with pytest.raises(Exception, match="append-only"):
            async with runtime.db.session() as s:
                await s.execute(text(sql))


async def test_low_balance_creates_notification(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    await add_credits(client, user, 21)
    await client.post("/api/v1/credits/deduct", json={"amount": 1}, headers=h)  # 20: not low
    r = await client.get("/api/v1/notifications", headers=h)
    assert not [n for n in r.json()["data"] if n["type"] == "credits.low"]
    await client.post("/api/v1/credits/deduct", json={"amount": 1}, headers=h)  # 19: crossed
    await client.post("/api/v1/credits/deduct", json={"amount": 1}, headers=h)  # 18: no repeat
    r = await client.get("/api/v1/notifications", headers=h)
    low = [n for n in r.json()["data"] if n["type"] == "credits.low"]
    assert len(low) == 1
    assert low[0]["data"]["balance"] == 19


async def test_thousand_concurrent_deductions_from_two_app_instances(
    settings: Settings,
    database_url: str,
    runtime: Runtime,
    client: httpx.AsyncClient,
    user: dict[str, Any],
) -> None:
    await add_credits(client, user, 500)
    second = Runtime(settings, database_url)
    await second.start()
    try:
        apps = [create_app(settings, runtime=runtime), create_app(settings, runtime=second)]
        clients = [
            httpx.AsyncClient(transport=httpx.ASGITransport(app=a), base_url="http://t")
            for a in apps
        ]
        sem = asyncio.Semaphore(200)

        async def one(i: int) -> int:
            async with sem:
                r = await clients[i % 2].post(
                    "/api/v1/credits/deduct", json={"amount": 1}, headers=user["headers"]
                )
                return r.status_code

        codes = await asyncio.gather(*[one(i) for i in range(1000)])
        for c in clients:
            await c.aclose()
    finally:
        await second.close()
    assert codes.count(201) == 500
    assert codes.count(402) == 500
    total, balance = await ledger_sum(runtime, user["user"]["organization"]["id"])
    assert balance == 0
    assert total == 0
