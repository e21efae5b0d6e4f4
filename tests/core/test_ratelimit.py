"""Rate limits: moving window per caller and endpoint class, shared through Redis."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import make_settings, open_client, register_user


async def test_two_app_instances_share_the_limit(
    tmp_path: Path, database_url: str, redis_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_url=redis_url, redis_key_prefix=redis_prefix,
                             rate_limit_default="6/minute")
    async with open_client(settings, database_url) as (api_a, _), \
            open_client(settings, database_url) as (api_b, _):
        account: dict[str, Any] = await register_user(api_a)
        statuses = []
        for i in range(8):
            api = api_a if i % 2 == 0 else api_b
            r = await api.get("/api/v1/tasks", headers=account["headers"])
            statuses.append(r.status_code)
            if r.status_code == 200:
                assert r.headers["ratelimit-limit"] == "6"
                assert int(r.headers["ratelimit-remaining"]) == 5 - i
            last = r
        assert statuses == [200] * 6 + [429] * 2
        assert last.json()["error"]["code"] == "rate_limited"
        assert 1 <= int(last.headers["retry-after"]) <= 60
        assert last.headers["ratelimit-limit"] == "6"
        assert last.headers["ratelimit-remaining"] == "0"
        assert "ratelimit-reset" in last.headers
        # Limits are per caller: another user is unaffected.
        other = await register_user(api_b)
        assert (await api_b.get("/api/v1/tasks", headers=other["headers"])).status_code == 200


async def test_without_redis_each_instance_counts_alone(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix,
                             rate_limit_default="3/minute")
    async with open_client(settings, database_url) as (api_a, _), \
            open_client(settings, database_url) as (api_b, _):
        account = await register_user(api_a)
        a = [(await api_a.get("/api/v1/tasks", headers=account["headers"])).status_code
             for _ in range(4)]
        b = [(await api_b.get("/api/v1/tasks", headers=account["headers"])).status_code
             for _ in range(4)]
        assert a == [200, 200, 200, 429]
        assert b == [200, 200, 200, 429]


async def test_anonymous_callers_are_limited_by_ip_per_endpoint_class(
    tmp_path: Path, database_url: str, redis_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_url=redis_url, redis_key_prefix=redis_prefix,
                             rate_limit_auth="3/minute")
    async with open_client(settings, database_url) as (api, _):
        body = {"email": "nobody@example.com", "password": "wrong-password"}
        statuses = [(await api.post("/api/v1/auth/login", json=body)).status_code
                    for _ in range(4)]
        assert statuses == [401, 401, 401, 429]
        # another endpoint class ("default") is counted separately
        assert (await api.get("/api/v1/tasks")).status_code == 401
