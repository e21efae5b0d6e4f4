"""API keys: shown once, stored hashed, act for the organisation with their role."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
from sqlalchemy import select

from talentsonar.core.runtime import Runtime
from talentsonar.models.api_key import ApiKey
from tests.conftest import member_of

KEYS = "/api/v1/organization/api-keys"


async def _create(client: httpx.AsyncClient, headers: dict[str, str], role: str) -> dict[str, Any]:
    r = await client.post(KEYS, json={"name": f"{role} bot", "role": role}, headers=headers)
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()["data"]
    return data


async def test_key_shown_once_hashed_and_usable(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    created = await _create(client, user["headers"], "recruiter")
    raw = created["key"]
    assert raw.startswith("tsk_")
    assert created["prefix"] == raw[:12]
    listed = await client.get(KEYS, headers=user["headers"])
    assert listed.status_code == 200
    assert all("key" not in k for k in listed.json()["data"])
    async with runtime.db.session() as s:
        row = (await s.execute(select(ApiKey).where(ApiKey.id == created["id"]))).scalar_one()
        assert row.key_hash == hashlib.sha256(raw.encode()).hexdigest()
        assert raw not in (row.key_hash, row.prefix, row.name)
        assert row.last_used_at is None
    used = await client.get("/api/v1/organization", headers={"X-API-Key": raw})
    assert used.status_code == 200
    assert used.json()["data"]["id"] == user["user"]["organization"]["id"]
    async with runtime.db.session() as s:
        row = (await s.execute(select(ApiKey).where(ApiKey.id == created["id"]))).scalar_one()
        assert row.last_used_at is not None
    me = await client.get("/api/v1/auth/me", headers={"X-API-Key": raw})
    assert me.status_code == 404  # keys act for an organisation, not a user


async def test_key_role_is_enforced(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    viewer_key = (await _create(client, user["headers"], "viewer"))["key"]
    headers = {"X-API-Key": viewer_key}
    assert (await client.get("/api/v1/tasks", headers=headers)).status_code == 200
    write = await client.post(KEYS, json={"name": "x"}, headers=headers)
    assert write.status_code == 403
    recruiter_key = (await _create(client, user["headers"], "recruiter"))["key"]
    admin_only = await client.get(KEYS, headers={"X-API-Key": recruiter_key})
    assert admin_only.status_code == 403


async def test_cannot_create_key_above_own_role(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    admin = await member_of(client, user, "admin")
    r = await client.post(KEYS, json={"name": "too strong", "role": "owner"},
                          headers=admin["headers"])
    assert r.status_code == 403


async def test_revoke_works_at_once(client: httpx.AsyncClient, user: dict[str, Any]) -> None:
    created = await _create(client, user["headers"], "recruiter")
    headers = {"X-API-Key": created["key"]}
    assert (await client.get("/api/v1/organization", headers=headers)).status_code == 200
    revoked = await client.delete(f"{KEYS}/{created['id']}", headers=user["headers"])
    assert revoked.status_code == 200
    assert revoked.json()["data"]["revokedAt"]
    after = await client.get("/api/v1/organization", headers=headers)
    assert after.status_code == 401
    assert after.json()["error"]["code"] == "invalid_api_key"
    bogus = await client.get("/api/v1/organization", headers={"X-API-Key": "tsk_nope"})
    assert bogus.status_code == 401


async def test_other_org_key_is_404(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    created = await _create(client, other_user["headers"], "viewer")
    r = await client.delete(f"{KEYS}/{created['id']}", headers=user["headers"])
    assert r.status_code == 404
