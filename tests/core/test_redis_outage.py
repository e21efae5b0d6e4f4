"""Redis stopped mid-test: the API keeps answering (cache on L1, limits in memory) and
/health/ready reports the failure with 503."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tests.conftest import make_settings, open_client, register_user


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    binary = shutil.which("redis-server")
    assert binary, "redis-server is needed for this test (apt-get install redis-server)"
    port = free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    deadline = time.monotonic() + 60  # a generous ceiling, not an expectation
    while True:
        try:
            client.ping()
            break
        except redis.RedisError:
            assert time.monotonic() < deadline, "the private redis-server never answered"
            time.sleep(0.05)
    client.close()
    try:
        yield url, proc
    finally:
        proc.kill()
        proc.wait()


async def test_service_survives_redis_outage(
    tmp_path: Path, database_url: str, private_redis: tuple[str, subprocess.Popen[bytes]]
) -> None:
    url, proc = private_redis
    settings = make_settings(tmp_path, redis_url=url, rate_limit_default="1000/minute")
    async with open_client(settings, database_url) as (api, _runtime):
        account = await register_user(api)
        ready = await api.get("/health/ready")
        assert ready.status_code == 200, ready.text
        assert ready.json()["checks"]["redis"]["status"] == "ok"
        assert (await api.get("/api/v1/tasks", headers=account["headers"])).status_code == 200
        assert redis.Redis.from_url(url).dbsize() > 0  # cache and limits really used Redis

        proc.kill()
        proc.wait()

        for _ in range(5):
            r = await api.get("/api/v1/tasks", headers=account["headers"])
            assert r.status_code == 200, r.text
            assert r.headers["ratelimit-limit"] == "1000"  # counted in memory now
        me = await api.get("/api/v1/auth/me", headers=account["headers"])
        assert me.status_code == 200
        login = await api.post("/api/v1/auth/login", json={
            "email": account["user"]["email"], "password": account["password"]})
        assert login.status_code == 200, login.text
        fresh = {"Authorization": f"Bearer {login.json()['data']['token']}"}
        assert (await api.get("/api/v1/organization", headers=fresh)).status_code == 200

        degraded = await api.get("/health/ready")
        assert degraded.status_code == 503
        checks = degraded.json()["checks"]
        assert checks["redis"]["status"] == "fail"
        assert checks["database"]["status"] == "ok"
        assert (await api.get("/health/live")).status_code == 200
