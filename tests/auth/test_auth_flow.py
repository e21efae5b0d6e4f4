from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import register_user


async def test_register_then_me(client: httpx.AsyncClient) -> None:
    data = await register_user(
        client, email="Ana@Example.com", full_name="Ana Lima", org="Lima Talent"
    )
    assert data["user"]["role"] == "owner"
    assert data["user"]["organization"]["name"] == "Lima Talent"
    me = await client.get("/api/v1/auth/me", headers=data["headers"])
    assert me.status_code == 200, me.text
    body = me.json()["data"]
    assert body["email"] == "Ana@example.com"  # domain normalised
    assert body["fullName"] == "Ana Lima"
    assert me.headers["x-request-id"]


async def test_login_and_wrong_password(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    ok = await client.post(
        "/api/v1/auth/login", json={"email": user["user"]["email"], "password": user["password"]}
    )
    assert ok.status_code == 200
    assert ok.json()["data"]["token"]
    bad = await client.post(
        "/api/v1/auth/login", json={"email": user["user"]["email"], "password": "nope-nope"}
    )
    assert bad.status_code == 401
    assert bad.json()["error"]["code"] == "invalid_credentials"


async def test_duplicate_registration_is_409(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    r = await client.post(
        "/api/v1/auth/register",
        json={"email": user["user"]["email"].upper(), "password": "whatever-123", "fullName": "X"},
    )
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "email_taken"
