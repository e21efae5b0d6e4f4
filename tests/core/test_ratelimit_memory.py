"""The in-process rate-limit store (no Redis): exact under concurrency, and nothing it
does in the background fails (a KeyError from the expiry sweep of `limits`' MemoryStorage
reached the log once: a key cleared while the sweep was walking the keys)."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from limits import parse
from limits.aio.strategies import MovingWindowRateLimiter

from talentsonar.core.local_limits import LocalMovingWindows
from talentsonar.core.ratelimit import RateLimiter
from tests.conftest import make_settings, open_client, register_user

FAILURES = parse("5/minute")


@pytest.fixture
async def loop_errors() -> AsyncIterator[list[dict[str, Any]]]:
    """What the event loop reports (a background task that died, …) during the test."""
    loop = asyncio.get_running_loop()
    errors: list[dict[str, Any]] = []
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    try:
        yield errors
    finally:
        loop.set_exception_handler(previous)


def _limiter(tmp_path: Path, **overrides: Any) -> RateLimiter:
    return RateLimiter(make_settings(tmp_path, **overrides))


async def test_callers_hitting_and_clearing_at_once_break_nothing(
    tmp_path: Path, loop_errors: list[dict[str, Any]]
) -> None:
    limiter = _limiter(tmp_path, rate_limit_default="120/minute", rate_limit_burst=20)
    windows = MovingWindowRateLimiter(LocalMovingWindows())

    async def caller(n: int) -> None:
        """Hits and clears a key of its own (as a counter reset after a success), then
        works, many callers at once."""
        key = f"user:{n}"
        for _ in range(2):
            await windows.hit(FAILURES, key)
            await asyncio.sleep(0)
        await windows.test(FAILURES, key)
        await windows.clear(FAILURES, key)
        for _ in range(10):
            await limiter.check("default", key)
            await asyncio.sleep(0)

    await asyncio.gather(*(caller(n) for n in range(40)))
    await asyncio.sleep(0.2)  # let anything still running in the background finish
    for n in range(3):  # the limiter may start new background work: let the old be collected
        await limiter.check("default", f"user:last-{n}")
        await asyncio.sleep(0.05)
    gc.collect()  # a task that died unobserved is reported when it is collected
    await asyncio.sleep(0)
    assert [c.get("exception") or c.get("message") for c in loop_errors] == []


async def test_concurrent_hits_are_counted_exactly(tmp_path: Path) -> None:
    limiter = _limiter(tmp_path, rate_limit_default="50/minute", rate_limit_burst=0)
    decisions = await asyncio.gather(*(limiter.check("default", "user:1") for _ in range(80)))
    assert sum(d.allowed for d in decisions) == 50
    assert sorted(d.remaining for d in decisions if d.allowed) == list(range(50))
    assert all(d.retry_after >= 1 for d in decisions if not d.allowed)


async def test_the_window_moves_and_idle_keys_are_dropped() -> None:
    now = [1000.0]
    store = LocalMovingWindows(clock=lambda: now[0])
    limiter = MovingWindowRateLimiter(store)
    item = parse("3/minute")
    assert [await limiter.hit(item, "a") for _ in range(4)] == [True, True, True, False]
    stats = await limiter.get_window_stats(item, "a")
    assert (stats.remaining, stats.reset_time) == (0, 1060.0)
    now[0] = 1030.0
    assert await limiter.hit(item, "a") is False  # the three hits are 30 s old: still in
    now[0] = 1060.5
    assert await limiter.hit(item, "a") is True  # they have left the window
    assert (await limiter.get_window_stats(item, "a")).remaining == 2
    await limiter.clear(item, "a")
    assert (await limiter.get_window_stats(item, "a")).remaining == 3
    await limiter.hit(item, "b")
    now[0] += 3600
    await limiter.hit(item, "c")  # a later hit sweeps the keys nobody used for an hour
    assert list(store.windows) == [item.key_for("c")]


async def test_a_burst_refusal_reports_the_burst_limit(
    tmp_path: Path, database_url: str
) -> None:
    """The burst cap (2 per second here) refused: the 429 says that limit, not the
    endpoint class's 120 per minute."""
    settings = make_settings(tmp_path, rate_limit_default="120/minute", rate_limit_burst=2)
    async with open_client(settings, database_url) as (api, _):
        account = await register_user(api)
        for _ in range(200):  # three calls within one second trip it; stop at the first 429
            r = await api.get("/api/v1/tasks", headers=account["headers"])
            if r.status_code == 429:
                break
            assert r.status_code == 200, r.text
            assert r.headers["ratelimit-limit"] == "120"
        assert r.status_code == 429
        error = r.json()["error"]
        assert error["details"]["limit"] == 2
        assert error["details"]["window"] == "1 second"
        assert error["details"]["scope"] == "burst"
        assert error["message"].startswith("Too many requests: the burst limit is 2 per 1 second")
        assert r.headers["ratelimit-limit"] == "2"
        assert r.headers["retry-after"] == "1"


async def test_a_sustained_refusal_reports_the_class_limit(
    tmp_path: Path, database_url: str
) -> None:
    settings = make_settings(tmp_path, rate_limit_default="3/minute", rate_limit_burst=20)
    async with open_client(settings, database_url) as (api, _):
        account = await register_user(api)
        statuses = [(await api.get("/api/v1/tasks", headers=account["headers"])).status_code
                    for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        r = await api.get("/api/v1/tasks", headers=account["headers"])
        error = r.json()["error"]
        assert (error["details"]["limit"], error["details"]["window"]) == (3, "1 minute")
        assert error["details"]["scope"] == "sustained"
        assert error["message"].startswith("Too many requests: the limit is 3 per 1 minute")
        assert r.headers["ratelimit-limit"] == "3"
