"""Without Stripe settings, payments answer a clear 503 and write nothing; there is no
default webhook secret anyone could sign forged events with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.admin.helpers import ledger_and_balance, org_of
from tests.conftest import make_settings, open_client, register_user
from tests.fakes.stripe_server import deliver, event


async def test_unconfigured_payments_refuse_cleanly(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix)
    assert settings.stripe_secret_key is None
    assert settings.stripe_webhook_secret is None
    async with open_client(settings, database_url) as (client, runtime):
        user: dict[str, Any] = await register_user(client)
        r = await client.post(
            "/api/v1/payments/checkout", json={"packId": "starter"}, headers=user["headers"]
        )
        assert r.status_code == 503, r.text
        assert r.json()["error"]["code"] == "payments_not_configured"
        assert "STRIPE_SECRET_KEY" in r.json()["error"]["message"]
        listed = await client.get("/api/v1/payments", headers=user["headers"])
        assert listed.json()["data"] == []

        forged = event("checkout.session.completed", {
            "id": "cs_forged", "payment_intent": "pi_forged",
            "metadata": {"org_id": org_of(user), "credits": "1000"}})
        for secret in ("whsec_offline", ""):
            r = await deliver(client, forged, secret)
            assert r.status_code == 503, r.text
            assert r.json()["error"]["code"] == "payments_not_configured"
        assert await ledger_and_balance(runtime, org_of(user)) == (0, 0)
