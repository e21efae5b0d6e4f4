"""Liveness, readiness, metrics, request ids, security headers, CORS."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from tests.conftest import make_settings, open_client


async def test_live_and_ready(client: httpx.AsyncClient) -> None:
    assert (await client.get("/health/live")).json() == {"status": "ok"}
    ready = await client.get("/health/ready")
    assert ready.status_code == 200, ready.text
    checks = ready.json()["checks"]
    assert checks["database"]["status"] == "ok"
    assert checks["queue"]["status"] == "ok"
    assert checks["queue"]["todo"] == 0
    assert "redis" not in checks  # not configured in this test


async def test_ready_fails_when_database_is_gone(client: httpx.AsyncClient, runtime: Any,
                                                 pg_server_url: str) -> None:
    import psycopg

    from talentsonar.core.db import database_name, with_database

    name = database_name(runtime.database_url)
    await runtime.db.engine.dispose()
    with psycopg.connect(with_database(pg_server_url, "postgres"), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
        ready = await client.get("/health/ready")
        conn.execute(f"CREATE DATABASE {name}")  # so the fixture's teardown finds it
    assert ready.status_code == 503
    assert ready.json()["checks"]["database"]["status"] == "fail"
    assert (await client.get("/health/live")).status_code == 200


async def test_metrics_exposes_requests_cache_and_queue(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    await client.get("/api/v1/tasks", headers=user["headers"])
    await client.get("/api/v1/tasks", headers=user["headers"])
    for _ in range(2):  # the second answer comes from the cache
        await client.get("/api/v1/analytics/dashboard", headers=user["headers"])
    for _ in range(2):
        missing = "/api/v1/tasks/00000000-0000-0000-0000-000000000001"
        await client.get(missing, headers=user["headers"])
    await client.get("/no/such/route")
    text = (await client.get("/metrics")).text
    assert 'http_request_duration_seconds_count{method="GET",route="/api/v1/tasks",status="200"}' \
        in text
    assert ('http_request_duration_seconds_count{method="GET",route="/api/v1/tasks/{task_id}",'
            'status="404"}') in text
    assert 'route="unmatched",status="404"' in text
    assert "http_requests_in_flight" in text
    assert 'cache_requests_total{namespace="analytics.dashboard",result="hit"}' in text
    assert "queue_jobs" in text or "# HELP queue_jobs" in text


async def test_request_id_and_security_headers(client: httpx.AsyncClient) -> None:
    r = await client.get("/api/v1/tasks", headers={"X-Request-ID": "abc-123"})
    assert r.status_code == 401
    assert r.headers["x-request-id"] == "abc-123"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in r.headers["content-security-policy"]
    generated = await client.get("/health/live", headers={"X-Request-ID": "bad id!\n"})
    assert generated.headers["x-request-id"] != "bad id!\n"
    assert len(generated.headers["x-request-id"]) == 32


async def test_cors_allow_list(client: httpx.AsyncClient) -> None:
    allowed = await client.options("/api/v1/tasks", headers={
        "Origin": "http://localhost:5173", "Access-Control-Request-Method": "GET"})
    assert allowed.headers.get("access-control-allow-origin") == "http://localhost:5173"
    refused = await client.options("/api/v1/tasks", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in refused.headers


async def test_metrics_can_require_a_bearer_token(
    tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    token = "metrics-token-0123456789abcdef"
    settings = make_settings(tmp_path, metrics_token=token, redis_key_prefix=redis_prefix)
    async with open_client(settings, database_url) as (client, _):
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": token},
                        {"Authorization": f"Basic {token}"}):
            r = await client.get("/metrics", headers=headers)
            assert r.status_code == 401, (headers, r.status_code)
            assert r.json()["error"]["code"] == "unauthorized"
            assert "http_request_duration_seconds" not in r.text
        r = await client.get("/metrics", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200
        assert "http_request_duration_seconds" in r.text
        # the rest of the service is not affected
        assert (await client.get("/health/live")).status_code == 200
