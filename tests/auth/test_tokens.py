"""Access tokens, key rotation, refresh rotation, logout, login throttling."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from talentsonar.core.security import KeySet
from tests.conftest import make_settings, open_client, register_user

ME = "/api/v1/auth/me"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_login_throttled_after_failures(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, login_max_failures=3, login_lockout_seconds=120,
                             redis_key_prefix=redis_prefix)
    async with open_client(settings, database_url) as (client, _):
        account = await register_user(client)
        email = account["user"]["email"]
        for _ in range(3):
            bad = await client.post("/api/v1/auth/login",
                                    json={"email": email, "password": "wrong-password"})
            assert bad.status_code == 401
        locked = await client.post("/api/v1/auth/login",
                                   json={"email": email.upper(), "password": account["password"]})
        assert locked.status_code == 429
        assert locked.json()["error"]["code"] == "login_throttled"
        assert 1 <= int(locked.headers["retry-after"]) <= 120
        other = await register_user(client)
        fine = await client.post("/api/v1/auth/login", json={
            "email": other["user"]["email"], "password": other["password"]})
        assert fine.status_code == 200  # throttling is per account


async def test_success_clears_failure_count(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, login_max_failures=2, redis_key_prefix=redis_prefix)
    async with open_client(settings, database_url) as (client, _):
        account = await register_user(client)
        creds = {"email": account["user"]["email"], "password": account["password"]}
        wrong = {**creds, "password": "not-it-at-all"}
        assert (await client.post("/api/v1/auth/login", json=wrong)).status_code == 401
        assert (await client.post("/api/v1/auth/login", json=creds)).status_code == 200
        assert (await client.post("/api/v1/auth/login", json=wrong)).status_code == 401
        assert (await client.post("/api/v1/auth/login", json=creds)).status_code == 200


async def test_expired_token_is_refused(client: httpx.AsyncClient, user: dict[str, Any],
                                        runtime: Any) -> None:
    uid, oid = uuid.UUID(user["user"]["id"]), uuid.UUID(user["user"]["organization"]["id"])
    session = runtime.keys.verify(user["token"]).session_id  # the sign-in's live session
    fresh, _ = runtime.keys.issue(uid, oid, sid=str(session))
    assert (await client.get(ME, headers=bearer(fresh))).status_code == 200
    expired, _ = runtime.keys.issue(uid, oid, sid=str(session), exp=int(time.time()) - 5)
    r = await client.get(ME, headers=bearer(expired))
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "invalid_token"
    assert "expired" in r.json()["error"]["message"].lower()


async def test_garbage_and_tampered_tokens_are_401(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    token = user["token"]
    head, payload, sig = token.split(".")
    tampered = f"{head}.{payload}.{sig[:-4]}AAAA"
    for bad in ("not-a-jwt", "a.b.c", tampered, "", "x" * 5000):
        r = await client.get(ME, headers=bearer(bad))
        assert r.status_code == 401, (bad[:20], r.text)
    assert (await client.get(ME)).status_code == 401


async def test_key_rotation(tmp_path: Path, database_url: str, redis_prefix: str) -> None:
    old = "k1:first-test-secret-0123456789abcdef"
    new = "k2:second-test-secret-0123456789abcdef"
    before = make_settings(tmp_path, jwt_secrets=old, redis_key_prefix=redis_prefix)
    async with open_client(before, database_url) as (client, _):
        account = await register_user(client)
    old_token = account["token"]
    assert KeySet.from_settings(before).verify(old_token)

    rotated = make_settings(tmp_path, jwt_secrets=f"{new},{old}", redis_key_prefix=redis_prefix)
    async with open_client(rotated, database_url) as (client, _):
        assert (await client.get(ME, headers=bearer(old_token))).status_code == 200
        login = await client.post("/api/v1/auth/login", json={
            "email": account["user"]["email"], "password": account["password"]})
        new_token = login.json()["data"]["token"]
        import jwt

        assert jwt.get_unverified_header(new_token)["kid"] == "k2"  # the newest signs
        assert (await client.get(ME, headers=bearer(new_token))).status_code == 200

    retired = make_settings(tmp_path, jwt_secrets=new, redis_key_prefix=redis_prefix)
    async with open_client(retired, database_url) as (client, _):
        refused = await client.get(ME, headers=bearer(old_token))
        assert refused.status_code == 401
        assert (await client.get(ME, headers=bearer(new_token))).status_code == 200


async def test_refresh_rotation_and_reuse_detection(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    first = user["refreshToken"]
    r1 = await client.post("/api/v1/auth/refresh", json={"refreshToken": first})
    assert r1.status_code == 200, r1.text
    second = r1.json()["data"]["refreshToken"]
    assert second != first
    assert (await client.get(ME, headers=bearer(r1.json()["data"]["token"]))).status_code == 200
    reuse = await client.post("/api/v1/auth/refresh", json={"refreshToken": first})
    assert reuse.status_code == 401
    assert reuse.json()["error"]["code"] == "refresh_token_reused"
    # The whole family is revoked: the legitimately rotated token is dead too.
    after = await client.post("/api/v1/auth/refresh", json={"refreshToken": second})
    assert after.status_code == 401
    unknown = await client.post("/api/v1/auth/refresh", json={"refreshToken": "tsr_" + "x" * 40})
    assert unknown.status_code == 401


async def test_logout_revokes_access_and_refresh(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    assert (await client.get(ME, headers=user["headers"])).status_code == 200
    out = await client.post("/api/v1/auth/logout", headers=user["headers"])
    assert out.status_code == 200
    assert (await client.get(ME, headers=user["headers"])).status_code == 401
    r = await client.post("/api/v1/auth/refresh", json={"refreshToken": user["refreshToken"]})
    assert r.status_code == 401
    again = await client.post("/api/v1/auth/login", json={
        "email": user["user"]["email"], "password": user["password"]})
    assert (await client.get(ME, headers=bearer(again.json()["data"]["token"]))).status_code == 200


async def test_oauth_password_flow_for_swagger(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    r = await client.post("/api/v1/auth/token", data={
        "username": user["user"]["email"], "password": user["password"]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["token_type"] == "bearer"
    assert (await client.get(ME, headers=bearer(body["access_token"]))).status_code == 200
    bad = await client.post("/api/v1/auth/token", data={"username": "nope", "password": "x"})
    assert bad.status_code in (401, 422)


async def test_login_to_a_chosen_organisation(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    r = await client.post("/api/v1/auth/login", json={
        "email": user["user"]["email"], "password": user["password"],
        "organizationId": other_user["user"]["organization"]["id"]})
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "not_a_member"
