from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
from sqlalchemy import text

from talentsonar.core.runtime import Runtime
from tests.admin.helpers import ledger_and_balance, make_platform_admin, org_of
from tests.conftest import register_user
from tests.fakes.stripe_server import FakeStripe, deliver, event


async def checkout(
    client: httpx.AsyncClient, user: dict[str, Any], pack: str = "starter"
) -> dict[str, Any]:
    r = await client.post(
        "/api/v1/payments/checkout", json={"packId": pack}, headers=user["headers"]
    )
    assert r.status_code == 201, r.text
    return r.json()["data"]  # type: ignore[no-any-return]


async def paid(
    client: httpx.AsyncClient, user: dict[str, Any], fake: FakeStripe, pack: str = "starter"
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    data = await checkout(client, user, pack)
    session_obj, intent = fake.pay(data["checkoutSessionId"])
    r = await deliver(client, event("checkout.session.completed", session_obj), fake.webhook_secret)
    assert r.status_code == 200, r.text
    return data, session_obj, intent


async def balance(client: httpx.AsyncClient, user: dict[str, Any]) -> int:
    r = await client.get("/api/v1/credits/balance", headers=user["headers"])
    return int(r.json()["data"]["balance"])


async def test_checkout_creates_stripe_session(
    client: httpx.AsyncClient, user: dict[str, Any], fake_stripe: FakeStripe
) -> None:
    data = await checkout(client, user, "growth")
    assert data["url"].startswith("https://checkout.stripe.test/")
    method, path, body, _ = fake_stripe.requests[-1]
    assert (method, path) == ("POST", "/v1/checkout/sessions")
    assert body["mode"] == "payment"
    assert body["metadata"]["org_id"] == org_of(user)
    assert body["metadata"]["credits"] == "500"
    assert body["line_items"][0]["price_data"]["unit_amount"] == "4000"
    r = await client.get("/api/v1/payments", headers=user["headers"])
    assert r.json()["data"][0]["status"] == "pending"
    bad = await client.post(
        "/api/v1/payments/checkout", json={"packId": "nope"}, headers=user["headers"]
    )
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "unknown_pack"


async def test_checkout_retries_stripe_500_then_503_when_down(
    client: httpx.AsyncClient, user: dict[str, Any], fake_stripe: FakeStripe
) -> None:
    fake_stripe.fail_next(500, 1)
    await checkout(client, user)  # one retry succeeds
    fake_stripe.fail_next(500, 5)
    r = await client.post(
        "/api/v1/payments/checkout", json={"packId": "starter"}, headers=user["headers"]
    )
    assert r.status_code == 503
    fake_stripe.faults.clear()
    fake_stripe.fail_next(400, 1, error_type="invalid_request_error", message="bad param")
    r = await client.post(
        "/api/v1/payments/checkout", json={"packId": "starter"}, headers=user["headers"]
    )
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "payment_provider_error"
    # nothing half-written: failed checkouts left no payment rows
    r = await client.get("/api/v1/payments", headers=user["headers"])
    assert r.json()["pagination"]["total"] == 1


async def test_webhook_delivered_ten_times_and_concurrently_grants_once(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    fake_stripe: FakeStripe,
    runtime: Runtime,
) -> None:
    data = await checkout(client, user)
    session_obj, intent = fake_stripe.pay(data["checkoutSessionId"])
    completed = event("checkout.session.completed", session_obj)
    succeeded = event("payment_intent.succeeded", intent)
    first_two = await asyncio.gather(
        deliver(client, completed, fake_stripe.webhook_secret),
        deliver(client, completed, fake_stripe.webhook_secret),
        deliver(client, succeeded, fake_stripe.webhook_secret),
    )
    assert all(r.status_code == 200 for r in first_two), [r.text for r in first_two]
    for _ in range(10):
        r = await deliver(client, completed, fake_stripe.webhook_secret)
        assert r.status_code == 200
        assert r.json()["outcome"] == "duplicate"
    assert await balance(client, user) == 100
    total, bal = await ledger_and_balance(runtime, org_of(user))
    assert total == bal == 100
    r = await client.get("/api/v1/payments", headers=user["headers"])
    payment = r.json()["data"][0]
    assert payment["status"] == "succeeded"
    assert payment["stripePaymentIntentId"] == intent["id"]
    n = await client.get("/api/v1/notifications", headers=user["headers"])
    assert [x["type"] for x in n.json()["data"]].count("payment.succeeded") == 1


async def test_bad_signature_and_stale_timestamp_change_nothing(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    fake_stripe: FakeStripe,
    runtime: Runtime,
) -> None:
    data = await checkout(client, user)
    session_obj, _ = fake_stripe.pay(data["checkoutSessionId"])
    evt = event("checkout.session.completed", session_obj)
    r = await deliver(client, evt, "whsec_wrong")
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "invalid_signature"
    r = await deliver(client, evt, fake_stripe.webhook_secret, timestamp=int(time.time()) - 3600)
    assert r.status_code == 400
    # a signature dated in the future would stay valid for as long: refused too
    for ahead in (3600, 86400 * 365):
        r = await deliver(
            client, evt, fake_stripe.webhook_secret, timestamp=int(time.time()) + ahead
        )
        assert r.status_code == 400, (ahead, r.text)
        assert r.json()["error"]["code"] == "invalid_signature"
    r = await client.post("/api/v1/payments/webhook", content=b"{}")
    assert r.status_code == 400
    r = await client.post(
        "/api/v1/payments/webhook", content=b"not json", headers={"Stripe-Signature": "t=1,v1=00"}
    )
    assert r.status_code == 400
    assert await balance(client, user) == 0
    async with runtime.db.session() as s:
        assert (await s.execute(text("SELECT count(*) FROM stripe_events"))).scalar_one() == 0
    # the same event, properly signed, still works afterwards
    r = await deliver(client, evt, fake_stripe.webhook_secret)
    assert r.json()["outcome"] == "granted"


async def test_unknown_event_acknowledged(
    client: httpx.AsyncClient, fake_stripe: FakeStripe
) -> None:
    r = await deliver(
        client,
        event("customer.created", {"id": "cus_1", "object": "customer"}),
        fake_stripe.webhook_secret,
    )
    assert r.status_code == 200
    assert r.json()["outcome"] == "ignored"


async def test_admin_partial_and_full_refund_claw_back(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    fake_stripe: FakeStripe,
    runtime: Runtime,
) -> None:
    admin = await register_user(client, org="Platform")
    await make_platform_admin(runtime, admin)
    data, _, intent = await paid(client, user, fake_stripe)
    pid = data["paymentId"]
    forbidden = await client.post(
        f"/api/v1/admin/payments/{pid}/refund", json={}, headers=user["headers"]
    )
    assert forbidden.status_code == 403
    r = await client.post(
        f"/api/v1/admin/payments/{pid}/refund", json={"amount": 250}, headers=admin["headers"]
    )
    assert r.status_code == 200, r.text
    assert r.json()["data"]["status"] == "partially_refunded"
    assert await balance(client, user) == 75
    # Stripe then sends charge.refunded with the same cumulative amount: nothing more
    r = await deliver(
        client,
        event("charge.refunded", fake_stripe.charge_refunded(intent["id"], 250)),
        fake_stripe.webhook_secret,
    )
    assert r.status_code == 200
    assert await balance(client, user) == 75
    too_much = await client.post(
        f"/api/v1/admin/payments/{pid}/refund", json={"amount": 5000}, headers=admin["headers"]
    )
    assert too_much.status_code == 422
    # the user spends credits, then the rest is refunded: balance floors at 0, shortfall kept
    r = await client.post("/api/v1/credits/deduct", json={"amount": 70}, headers=user["headers"])
    assert r.status_code == 201
    r = await client.post(f"/api/v1/admin/payments/{pid}/refund", json={}, headers=admin["headers"])
    assert r.status_code == 200, r.text
    body = r.json()["data"]
    assert body["status"] == "refunded"
    assert body["refundedAmount"] == 1000
    assert body["clawbackShortfall"] == 70
    assert await balance(client, user) == 0
    total, bal = await ledger_and_balance(runtime, org_of(user))
    assert total == bal == 0
    refunds = [req for req in fake_stripe.requests if req[1] == "/v1/refunds"]
    assert [req[2]["amount"] for req in refunds] == ["250", "750"]
    audit = await client.get("/api/v1/admin/audit?action=payment.", headers=admin["headers"])
    actions = {a["action"] for a in audit.json()["data"]}
    assert {"payment.succeeded", "payment.refunded", "payment.clawback_shortfall"} <= actions


async def test_refund_webhook_without_admin_and_dispute_flag(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    fake_stripe: FakeStripe,
) -> None:
    _, _, intent = await paid(client, user, fake_stripe, "growth")
    evt = event("charge.refunded", fake_stripe.charge_refunded(intent["id"], 4000))
    for _ in range(3):
        assert (await deliver(client, evt, fake_stripe.webhook_secret)).status_code == 200
    assert await balance(client, user) == 0
    dispute = {
        "id": "dp_1",
        "object": "dispute",
        "payment_intent": intent["id"],
        "charge": intent["latest_charge"],
        "reason": "fraudulent",
        "amount": 4000,
    }
    r = await deliver(client, event("charge.dispute.created", dispute), fake_stripe.webhook_secret)
    assert r.json()["outcome"] == "flagged"
    p = (await client.get("/api/v1/payments", headers=user["headers"])).json()["data"][0]
    assert p["disputed"] is True
    assert p["disputeReason"] == "fraudulent"
    assert p["status"] == "refunded"


async def test_payments_are_org_scoped(
    client: httpx.AsyncClient,
    user: dict[str, Any],
    other_user: dict[str, Any],
    fake_stripe: FakeStripe,
) -> None:
    await paid(client, user, fake_stripe)
    r = await client.get("/api/v1/payments", headers=other_user["headers"])
    assert r.json()["data"] == []
    assert await balance(client, other_user) == 0


async def test_checkout_idempotency_key(
    client: httpx.AsyncClient, user: dict[str, Any], fake_stripe: FakeStripe
) -> None:
    h = {**user["headers"], "Idempotency-Key": "co-1"}
    a = await client.post("/api/v1/payments/checkout", json={"packId": "starter"}, headers=h)
    b = await client.post("/api/v1/payments/checkout", json={"packId": "starter"}, headers=h)
    assert a.json() == b.json()
    assert len([r for r in fake_stripe.requests if r[1] == "/v1/checkout/sessions"]) == 1
    c = await client.post("/api/v1/payments/checkout", json={"packId": "scale"}, headers=h)
    assert c.status_code == 422
