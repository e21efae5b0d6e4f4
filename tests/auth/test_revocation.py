"""Revocation holds on every process, with or without Redis: a logout, an API-key
revocation, a demotion, a removal or a suspension is refused on the very next request, on
any API process (two app instances on one database stand for two processes)."""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from talentsonar.core.db import with_database
from tests.admin.helpers import make_platform_admin
from tests.conftest import make_settings, member_of, open_client, register_user
from tests.core.test_redis_outage import private_redis  # noqa: F401 (a fixture)

ME = "/api/v1/auth/me"
KEYS = "/api/v1/organization/api-keys"
MEMBERS = "/api/v1/organization/members"


async def test_logout_reaches_the_other_process(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix)
    async with open_client(settings, database_url) as (one, _), \
            open_client(settings, database_url) as (two, _):
        account = await register_user(one)
        # Both processes have resolved (and, before, cached) this token.
        assert (await one.get(ME, headers=account["headers"])).status_code == 200
        assert (await two.get(ME, headers=account["headers"])).status_code == 200
        out = await one.post("/api/v1/auth/logout", headers=account["headers"])
        assert out.status_code == 200
        for api in (two, one):
            refused = await api.get(ME, headers=account["headers"])
            assert refused.status_code == 401, refused.text
            assert refused.json()["error"]["code"] == "invalid_token"


async def test_api_key_revocation_reaches_the_other_process(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix)
    async with open_client(settings, database_url) as (one, _), \
            open_client(settings, database_url) as (two, _):
        owner = await register_user(one)
        created = await one.post(KEYS, json={"name": "bot", "role": "recruiter"},
                                 headers=owner["headers"])
        assert created.status_code == 201, created.text
        key = {"X-API-Key": created.json()["data"]["key"]}
        assert (await two.get("/api/v1/tasks", headers=key)).status_code == 200
        revoked = await one.delete(f"{KEYS}/{created.json()['data']['id']}",
                                   headers=owner["headers"])
        assert revoked.status_code == 200
        refused = await two.get("/api/v1/tasks", headers=key)
        assert refused.status_code == 401, refused.text
        assert refused.json()["error"]["code"] == "invalid_api_key"


async def test_demotion_and_removal_reach_the_other_process(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix)
    async with open_client(settings, database_url) as (one, _), \
            open_client(settings, database_url) as (two, _):
        owner = await register_user(one)
        member = await member_of(one, owner, "recruiter")
        job = {"title": "Engineer", "description": "Builds things"}
        made = await two.post("/api/v1/jobs", json=job, headers=member["headers"])
        assert made.status_code == 201, made.text
        demoted = await one.patch(f"{MEMBERS}/{member['user']['id']}", json={"role": "viewer"},
                                  headers=owner["headers"])
        assert demoted.status_code == 200
        write = await two.post("/api/v1/jobs", json=job, headers=member["headers"])
        assert write.status_code == 403, write.text
        me = await two.get(ME, headers=member["headers"])
        assert me.json()["data"]["role"] == "viewer"
        removed = await one.delete(f"{MEMBERS}/{member['user']['id']}", headers=owner["headers"])
        assert removed.status_code == 200
        gone = await two.get("/api/v1/jobs", headers=member["headers"])
        assert gone.status_code == 401, gone.text


async def test_suspension_reaches_the_other_process(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix)
    async with open_client(settings, database_url) as (one, rt_one), \
            open_client(settings, database_url) as (two, _):
        admin = await register_user(one)
        await make_platform_admin(rt_one, admin)
        victim = await register_user(one)
        key = await one.post(KEYS, json={"name": "bot", "role": "viewer"},
                             headers=victim["headers"])
        api_key = {"X-API-Key": key.json()["data"]["key"]}
        assert (await two.get(ME, headers=victim["headers"])).status_code == 200
        assert (await two.get("/api/v1/tasks", headers=api_key)).status_code == 200
        org = victim["user"]["organization"]["id"]
        r = await one.post(f"/api/v1/admin/organizations/{org}/suspend", headers=admin["headers"])
        assert r.status_code == 200, r.text
        for headers in (victim["headers"], api_key):
            refused = await two.get("/api/v1/tasks", headers=headers)
            assert refused.status_code == 403, refused.text
            assert refused.json()["error"]["code"] == "organization_suspended"
        r = await one.post(f"/api/v1/admin/organizations/{org}/reactivate",
                           headers=admin["headers"])
        assert r.status_code == 200, r.text
        assert (await two.get("/api/v1/tasks", headers=api_key)).status_code == 200
        r = await one.post(f"/api/v1/admin/users/{victim['user']['id']}/suspend",
                           headers=admin["headers"])
        assert r.status_code == 200, r.text
        refused = await two.get(ME, headers=victim["headers"])
        assert refused.status_code in (401, 403), refused.text


async def test_refresh_reuse_kills_the_family_access_tokens(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    """A stolen refresh token presented after the owner rotated it revokes the family; the
    access tokens issued to that family stop working at once, not when they expire."""
    rotated = await client.post("/api/v1/auth/refresh",
                                json={"refreshToken": user["refreshToken"]})
    assert rotated.status_code == 200
    thief = {"Authorization": f"Bearer {rotated.json()['data']['token']}"}
    assert (await client.get(ME, headers=thief)).status_code == 200
    reuse = await client.post("/api/v1/auth/refresh", json={"refreshToken": user["refreshToken"]})
    assert reuse.json()["error"]["code"] == "refresh_token_reused"
    assert (await client.get(ME, headers=thief)).status_code == 401
    assert (await client.get(ME, headers=user["headers"])).status_code == 401


async def test_revocations_hold_when_redis_fails(
    tmp_path: Path, database_url: str,
    private_redis: tuple[str, subprocess.Popen[bytes]],  # noqa: F811
) -> None:
    """Two processes sharing a Redis that dies: a logout, a key revocation and a demotion
    made meanwhile are refused on both, and still a few seconds later (the cache's L1 is
    cleared every second while Redis is down)."""
    url, proc = private_redis
    settings = make_settings(tmp_path, redis_url=url)
    async with open_client(settings, database_url) as (one, _), \
            open_client(settings, database_url) as (two, _):
        owner = await register_user(one)
        leaving = await member_of(one, owner, "recruiter")
        member = await member_of(one, owner, "recruiter")
        created = await one.post(KEYS, json={"name": "bot", "role": "recruiter"},
                                 headers=owner["headers"])
        key = {"X-API-Key": created.json()["data"]["key"]}
        for api in (one, two):
            for headers in (leaving["headers"], member["headers"], key):
                assert (await api.get("/api/v1/jobs", headers=headers)).status_code == 200

        proc.kill()
        proc.wait()

        assert (await one.post("/api/v1/auth/logout", headers=leaving["headers"])).status_code \
            == 200
        revoked = await one.delete(f"{KEYS}/{created.json()['data']['id']}",
                                   headers=owner["headers"])
        assert revoked.status_code == 200
        demoted = await one.patch(f"{MEMBERS}/{member['user']['id']}", json={"role": "viewer"},
                                  headers=owner["headers"])
        assert demoted.status_code == 200
        job = {"title": "Engineer", "description": "Builds things"}
        for wait in (0.0, 1.5):
            await asyncio.sleep(wait)
            for api in (one, two):
                assert (await api.get(ME, headers=leaving["headers"])).status_code == 401
                assert (await api.get("/api/v1/jobs", headers=key)).status_code == 401
                write = await api.post("/api/v1/jobs", json=job, headers=member["headers"])
                assert write.status_code == 403, write.text


@pytest.mark.parametrize("presented", ["without-session", "unknown-session"])
async def test_access_token_needs_a_live_session(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Any, presented: str
) -> None:
    """A correctly signed token that names no live sign-in session (or none at all) is
    refused: nothing would revoke it."""
    uid, oid = uuid.UUID(user["user"]["id"]), uuid.UUID(user["user"]["organization"]["id"])
    extra = {} if presented == "without-session" else {"sid": str(uuid.uuid4())}
    token, _ = runtime.keys.issue(uid, oid, **extra)
    r = await client.get(ME, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401, r.text
    assert r.json()["error"]["code"] == "invalid_token"


@pytest.fixture
def stale_replica(pg_server_url: str, template_db: str) -> Iterator[str]:
    """A "read replica" that never catches up: a database migrated but never written to."""
    name = f"replica_{uuid.uuid4().hex[:12]}"
    admin = with_database(pg_server_url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template_db} STRATEGY FILE_COPY")
    try:
        yield with_database(pg_server_url, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


async def test_who_is_calling_is_read_from_the_primary(
    tmp_path: Path, database_url: str, redis_prefix: str, stale_replica: str
) -> None:
    """With a lagging read replica, sessions, roles and keys are still read from the
    primary: a fresh sign-in works at once, and so does its logout."""
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix,
                             database_read_url=stale_replica)
    async with open_client(settings, database_url) as (api, _):
        account = await register_user(api)
        assert (await api.get(ME, headers=account["headers"])).status_code == 200
        created = await api.post(KEYS, json={"name": "bot", "role": "viewer"},
                                 headers=account["headers"])
        key = {"X-API-Key": created.json()["data"]["key"]}
        # /auth/me reads the primary; for a key it answers 404 (a key is no user) once the
        # key is recognised, 401 if it is not.
        assert (await api.get(ME, headers=key)).status_code == 404
        assert (await api.post("/api/v1/auth/logout", headers=account["headers"])).status_code \
            == 200
        assert (await api.get(ME, headers=account["headers"])).status_code == 401
