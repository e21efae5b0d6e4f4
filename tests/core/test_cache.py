"""The two-level cache: single flight, tags across processes, TTL, JSON shapes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis

from talentsonar.core.cache import INVALIDATION_CHANNEL, MISSING, Cache, content_key


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


async def _subscribed(client: Redis, channel: str, listeners: int) -> None:
    """Until ``listeners`` clients subscribe to ``channel`` (however long that takes)."""
    for _ in range(3000):
        [(_, count)] = await client.pubsub_numsub(channel)
        if count >= listeners:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{channel}: fewer than {listeners} subscribers after 30 s")


def counting_compute(calls: list[int], value: Any, delay: float = 0.05) -> Any:
    async def compute() -> Any:
        calls.append(1)
        await asyncio.sleep(delay)  # long enough for every caller to be waiting
        return value

    return compute


async def test_fifty_concurrent_misses_compute_once_in_process() -> None:
    cache = Cache(None)
    calls: list[int] = []
    results = await asyncio.gather(*[
        cache.get_or_compute("ns", "k", counting_compute(calls, {"v": 1}), ttl=60)
        for _ in range(50)
    ])
    assert len(calls) == 1
    assert all(value == {"v": 1} for value, _ in results)
    assert sum(1 for _, hit in results if not hit) == 1


async def test_fifty_concurrent_misses_across_two_instances_compute_once(
    redis_client: Redis, redis_url: str, redis_prefix: str
) -> None:
    """Two processes' caches (own Redis clients, own L1, own in-flight maps)."""
    a = Cache(redis_client, prefix=redis_prefix)
    b = Cache(Redis.from_url(redis_url), prefix=redis_prefix)
    try:
        calls: list[int] = []
        compute = counting_compute(calls, [1, 2, 3], delay=0.3)
        results = await asyncio.gather(*[
            (a if i % 2 else b).get_or_compute("ns", "shared", compute, ttl=60)
            for i in range(50)
        ])
        assert len(calls) == 1
        assert all(value == [1, 2, 3] for value, _ in results)
    finally:
        assert b.redis is not None
        await b.redis.aclose()


async def test_l2_is_shared_and_tags_invalidate_everywhere(
    redis_client: Redis, redis_prefix: str
) -> None:
    a = Cache(redis_client, prefix=redis_prefix)
    b = Cache(redis_client, prefix=redis_prefix)
    await a.start()
    await b.start()
    try:
        await _subscribed(redis_client, f"{redis_prefix}{INVALIDATION_CHANNEL}", 2)
        await a.set("ns", "k", {"x": 1}, ttl=60, tags=("t1",))
        assert await b.get("ns", "k") == {"x": 1}  # from L2, now in b's L1 too
        await a.invalidate_tags("t1")
        assert await a.get("ns", "k") is MISSING
        for _ in range(100):  # b drops its L1 copy when the broadcast arrives
            if b.l1.get("ns:k") is MISSING:
                break
            await asyncio.sleep(0.02)
        assert await b.get("ns", "k") is MISSING
    finally:
        await a.stop()
        await b.stop()


async def test_errors_are_not_cached_and_waiters_see_them() -> None:
    cache = Cache(None)
    calls: list[int] = []

    async def boom() -> Any:
        calls.append(1)
        await asyncio.sleep(0.02)
        raise ValueError("nope")

    results = await asyncio.gather(
        *[cache.get_or_compute("ns", "err", boom, ttl=60) for _ in range(5)],
        return_exceptions=True,
    )
    assert all(isinstance(r, ValueError) for r in results)
    assert len(calls) == 1
    value, hit = await cache.get_or_compute("ns", "err", counting_compute(calls, 7), ttl=60)
    assert (value, hit) == (7, False)


def test_content_key_is_stable_and_order_insensitive() -> None:
    assert content_key({"a": 1, "b": 2}) == content_key({"b": 2, "a": 1})
    assert content_key("x", 1) != content_key("x", 2)
    assert len(content_key("anything")) == 64


async def test_models_come_back_as_json_data() -> None:
    from pydantic import BaseModel

    class Thing(BaseModel):
        name: str

    cache = Cache(None)

    async def make() -> Thing:
        return Thing(name="n")

    value, hit = await cache.get_or_compute("ns", "m", make, ttl=60)
    assert (value, hit) == ({"name": "n"}, False)
    assert await cache.get_or_compute("ns", "m", make, ttl=60) == ({"name": "n"}, True)


async def test_expired_entries_leave_memory_without_being_read_again() -> None:
    """A long-running API process caches many one-off keys (a query vector per search, an
    analysis per pair): once expired they must not stay in memory until 10,000 others
    push them out (the load soak's RSS growth)."""
    cache = Cache(l1_max_items=10_000, l1_sweep_seconds=0.0)
    for i in range(200):
        await cache.set("vector", f"q{i}", [0.5] * 384, ttl=0.05)
    assert len(cache.l1.items) == 200
    await asyncio.sleep(0.1)
    await cache.set("vector", "fresh", [0.5] * 384, ttl=60)
    assert list(cache.l1.items) == ["vector:fresh"]
    assert cache.l1.size == cache.l1.items["vector:fresh"].size > 0


async def test_the_in_process_level_is_bounded_by_bytes_least_recently_used_first() -> None:
    one = len(b"[" + b"0.5," * 383 + b"0.5]")
    cache = Cache(l1_max_items=10_000, l1_max_bytes=one * 10)
    for i in range(10):
        await cache.set("vector", f"q{i}", [0.5] * 384, ttl=60)
    assert await cache.get("vector", "q0") == [0.5] * 384  # q0 is now the most recent
    await cache.set("vector", "q10", [0.5] * 384, ttl=60)
    assert "vector:q1" not in cache.l1.items
    assert "vector:q0" in cache.l1.items
    assert cache.l1.size <= one * 10
    await cache.set("vector", "big", [0.5] * 384 * 20, ttl=60)  # larger than the bound
    assert "vector:big" not in cache.l1.items
    assert await cache.get("vector", "big") is MISSING  # no Redis here: simply not kept
