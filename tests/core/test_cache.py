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
