from __future__ import annotations

import re
import uuid
from typing import Any

import httpx
import pytest

from talentsonar.core.runtime import Runtime
from tests.admin.helpers import make_platform_admin, org_of, set_role
from tests.conftest import register_user, run_queued_tasks


@pytest.fixture
async def admin(client: httpx.AsyncClient, runtime: Runtime) -> dict[str, Any]:
    data = await register_user(client, org="Platform Ops")
    await make_platform_admin(runtime, data)
    return data


async def admin_routes(client: httpx.AsyncClient) -> list[tuple[str, str]]:
    paths = (await client.get("/openapi.json")).json()["paths"]
    return sorted(
        (method.upper(), path)
        for path, ops in paths.items()
        if path.startswith("/api/v1/admin/")
        for method in ops
    )


def fill(path: str) -> str:
    return re.sub(r"\{[^}]+\}", str(uuid.uuid4()), path)


async def test_every_admin_endpoint_refuses_non_admins(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    routes = await admin_routes(client)
    assert len(routes) >= 11
    for method, path in routes:
        r = await client.request(method, fill(path), headers=user["headers"], json={"amount": 1})
        assert r.status_code == 403, (method, path, r.status_code)
        anon = await client.request(method, fill(path), json={"amount": 1})
        assert anon.status_code == 401, (method, path)


async def test_org_admin_endpoints_refuse_recruiters(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    member = await register_user(client)
    await set_role(runtime, member, "recruiter")
    h = member["headers"]
    for method, path, body in (
        ("GET", "/api/v1/organization/invitations", None),
        ("POST", "/api/v1/organization/invitations", {"email": "a@b.co"}),
        ("DELETE", f"/api/v1/organization/invitations/{uuid.uuid4()}", None),
        ("GET", "/api/v1/organization/audit", None),
    ):
        r = await client.request(method, path, headers=h, json=body)
        assert r.status_code == 403, (method, path, r.status_code)


async def test_search_users_and_orgs_grant_and_usage(
    client: httpx.AsyncClient,
    admin: dict[str, Any],
    user: dict[str, Any],
) -> None:
    h = admin["headers"]
    r = await client.get(f"/api/v1/admin/users?search={user['user']['email'][:10]}", headers=h)
    assert [u["id"] for u in r.json()["data"]] == [user["user"]["id"]]
    org = org_of(user)
    hk = {**h, "Idempotency-Key": "grant-1"}
    g1 = await client.post(
        f"/api/v1/admin/organizations/{org}/credits",
        json={"amount": 50, "reason": "promo"},
        headers=hk,
    )
    g2 = await client.post(
        f"/api/v1/admin/organizations/{org}/credits",
        json={"amount": 50, "reason": "promo"},
        headers=hk,
    )
    assert g1.status_code == g2.status_code == 201
    assert g1.json() == g2.json()
    missing = await client.post(
        f"/api/v1/admin/organizations/{uuid.uuid4()}/credits", json={"amount": 5}, headers=h
    )
    assert missing.status_code == 404
    await client.post(
        "/api/v1/credits/deduct", json={"operation": "fit_analysis"}, headers=user["headers"]
    )
    await client.post(
        "/api/v1/credits/deduct", json={"operation": "fit_analysis"}, headers=user["headers"]
    )
    name = user["user"]["organization"]["name"]
    r = await client.get("/api/v1/admin/organizations", params={"search": name}, headers=h)
    found = [o for o in r.json()["data"] if o["id"] == org]
    assert found
    assert found[0]["balance"] == 46
    assert found[0]["memberCount"] == 1
    usage = (await client.get(f"/api/v1/admin/organizations/{org}/usage", headers=h)).json()["data"]
    assert usage["creditConsumption"] == [{"operation": "fit_analysis", "count": 2, "credits": 4}]
    assert usage["balance"] == 46
    assert usage["aiOperations"] == []
    # a real AI operation (builtin provider) shows up with its tokens and cost
    r = await client.post(
        "/api/v1/ai/cv-analysis",
        headers=user["headers"],
        json={
            "cvText": "Jane Doe. Python developer, 5 years, Django, AWS.",
            "jobRequirements": "Senior Python developer with Django",
        },
    )
    assert r.status_code == 200, r.text
    usage = (await client.get(f"/api/v1/admin/organizations/{org}/usage", headers=h)).json()["data"]
    assert [(u["operation"], u["count"]) for u in usage["aiOperations"]] == [("cv_analysis", 1)]
    audit = (await client.get(f"/api/v1/admin/audit?orgId={org}&action=credits.", headers=h)).json()
    # the AI operation reserved its price before calling the provider (and kept it all)
    assert {a["action"] for a in audit["data"]} == {
        "credits.grant", "credits.consumption", "credits.reservation"}
    grant = next(a for a in audit["data"] if a["action"] == "credits.grant")
    assert grant["actorUserId"] == admin["user"]["id"]
    assert grant["before"] == {"balance": 0}
    assert grant["after"]["balance"] == 50
    own = (await client.get("/api/v1/organization/audit", headers=user["headers"])).json()
    assert own["pagination"]["total"] == 4  # grant, 2 consumptions, the AI reservation
    assert all(a["orgId"] == org for a in own["data"])


async def test_suspension_takes_effect_at_once(
    client: httpx.AsyncClient,
    admin: dict[str, Any],
    user: dict[str, Any],
    runtime: Runtime,
) -> None:
    h = admin["headers"]
    assert (await client.get("/api/v1/credits/balance", headers=user["headers"])).status_code == 200
    key = await client.post(
        "/api/v1/organization/api-keys",
        json={"name": "ci", "role": "recruiter"},
        headers=user["headers"],
    )
    api_key = {"X-API-Key": key.json()["data"]["key"]}
    assert (await client.get("/api/v1/credits/balance", headers=api_key)).status_code == 200
    uid = user["user"]["id"]
    r = await client.post(f"/api/v1/admin/users/{uid}/suspend", headers=h)
    assert r.status_code == 200
    assert r.json()["data"]["isActive"] is False
    r = await client.get("/api/v1/credits/balance", headers=user["headers"])
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "account_suspended"
    await client.post(f"/api/v1/admin/users/{uid}/reactivate", headers=h)
    # The suspension ended the user's sessions: the old token stays signed out, a new
    # sign-in works.
    assert (await client.get("/api/v1/credits/balance", headers=user["headers"])).status_code == 401
    login = await client.post("/api/v1/auth/login", json={
        "email": user["user"]["email"], "password": user["password"]})
    assert login.status_code == 200, login.text
    user["headers"] = {"Authorization": f"Bearer {login.json()['data']['token']}"}
    assert (await client.get("/api/v1/credits/balance", headers=user["headers"])).status_code == 200
    org = org_of(user)
    assert (
        await client.post(f"/api/v1/admin/organizations/{org}/suspend", headers=h)
    ).status_code == 200
    for headers in (user["headers"], api_key):
        r = await client.get("/api/v1/credits/balance", headers=headers)
        assert r.status_code == 403
        assert r.json()["error"]["code"] == "organization_suspended"
    await client.post(f"/api/v1/admin/organizations/{org}/reactivate", headers=h)
    assert (await client.get("/api/v1/credits/balance", headers=api_key)).status_code == 200
    self_suspend = await client.post(
        f"/api/v1/admin/users/{admin['user']['id']}/suspend", headers=h
    )
    assert self_suspend.status_code == 409
    actions = [
        a["action"]
        for a in (await client.get("/api/v1/admin/audit?targetType=user", headers=h)).json()["data"]
    ]
    assert actions == ["user.reactivated", "user.suspended"]


async def test_invitation_emailed_and_accepted(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    invitee_email = f"new-{uuid.uuid4().hex[:6]}@example.com"
    r = await client.post(
        "/api/v1/organization/invitations",
        json={"email": invitee_email, "role": "recruiter"},
        headers=h,
    )
    assert r.status_code == 201, r.text
    inv = r.json()["data"]
    bad_role = await client.post(
        "/api/v1/organization/invitations",
        json={"email": "x@example.com", "role": "owner"},
        headers=h,
    )
    assert bad_role.status_code == 403
    # the email task (console sender by default) rebuilds the token from the id
    from talentsonar.orgs.invitations import invitation_token

    await run_queued_tasks(runtime)
    token = invitation_token(runtime, uuid.UUID(inv["id"]))
    wrong = await client.post(f"/api/v1/invitations/{token}/accept", headers=other_user["headers"])
    assert wrong.status_code == 403
    assert (
        await client.post("/api/v1/invitations/tsi_bogus/accept", headers=other_user["headers"])
    ).status_code == 404
    invitee = await register_user(client, email=invitee_email)
    ok = await client.post(f"/api/v1/invitations/{token}/accept", headers=invitee["headers"])
    assert ok.status_code == 200, ok.text
    assert ok.json()["data"] == {"orgId": org_of(user), "role": "recruiter"}
    again = await client.post(f"/api/v1/invitations/{token}/accept", headers=invitee["headers"])
    assert again.status_code == 409
    members = (await client.get("/api/v1/organization/members", headers=h)).json()["data"]
    assert invitee_email in [m["email"] for m in members]
    listing = (await client.get("/api/v1/organization/invitations", headers=h)).json()
    assert listing["data"][0]["acceptedAt"]
    # revoke: cross-org is 404, accepted ones cannot be revoked, pending ones can
    assert (
        await client.delete(
            f"/api/v1/organization/invitations/{inv['id']}", headers=other_user["headers"]
        )
    ).status_code == 404
    assert (
        await client.delete(f"/api/v1/organization/invitations/{inv['id']}", headers=h)
    ).status_code == 409
    r2 = await client.post(
        "/api/v1/organization/invitations", json={"email": "later@example.com"}, headers=h
    )
    r = await client.delete(
        f"/api/v1/organization/invitations/{r2.json()['data']['id']}", headers=h
    )
    assert r.status_code == 200
    assert r.json()["data"]["revokedAt"]


async def test_admin_payments_listing_and_refund_404(
    client: httpx.AsyncClient, admin: dict[str, Any]
) -> None:
    r = await client.get("/api/v1/admin/payments", headers=admin["headers"])
    assert r.status_code == 200
    assert r.json()["data"] == []
    r = await client.post(
        f"/api/v1/admin/payments/{uuid.uuid4()}/refund", json={}, headers=admin["headers"]
    )
    assert r.status_code == 404
