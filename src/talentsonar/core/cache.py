"""Two-level cache: an in-process L1 always, Redis as L2 when configured.

- Keys are content hashes of their inputs (:func:`content_key`).
- Concurrent identical misses compute once (single flight in the process, and a
  short Redis lock across processes).
- Tags invalidate groups of entries; invalidations are broadcast over Redis
  pub/sub so every process drops its L1 copies.
- Redis trouble degrades to L1 only, never to an error.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import orjson
import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

from talentsonar.core.observability import CACHE_REQUESTS

T = TypeVar("T")
log = structlog.get_logger(__name__)

_MISSING: Any = object()
INVALIDATION_CHANNEL = "cache:invalidate"
#: L1 never keeps an entry longer than this, a safety net for a lost pub/sub message.
L1_MAX_TTL = 300.0
REDIS_ERRORS = (RedisError, OSError, asyncio.TimeoutError)


def content_key(*parts: Any) -> str:
    """A stable SHA-256 of JSON-able parts (dict keys sorted)."""
    raw = orjson.dumps(parts, option=orjson.OPT_SORT_KEYS, default=str)
    return hashlib.sha256(raw).hexdigest()


@dataclass(slots=True)
class _Entry:
    value: Any
    expires_at: float
    tags: tuple[str, ...] = field(default_factory=tuple)
    size: int = 0  # bytes of the value as JSON: what the entry weighs against the bound


class _L1:
    """The in-process level: least recently used first out, bounded by entries and by the
    JSON size of their values, and swept of expired entries every ``sweep_seconds`` (on a
    write), so one-off keys (a query's vector, one pair's analysis) leave memory when they
    expire instead of when thousands of others push them out."""

    def __init__(
        self, max_items: int, max_bytes: int = 64 << 20, sweep_seconds: float = 15.0
    ) -> None:
        self.max_items = max_items
        self.max_bytes = max_bytes
        self.sweep_seconds = sweep_seconds
        self.items: OrderedDict[str, _Entry] = OrderedDict()
        self.by_tag: dict[str, set[str]] = {}
        self.size = 0
        self._next_sweep = time.monotonic() + sweep_seconds

    def get(self, key: str) -> Any:
        entry = self.items.get(key)
        if entry is None:
            return _MISSING
        if entry.expires_at < time.monotonic():
            self.pop(key)
            return _MISSING
        self.items.move_to_end(key)
        return entry.value

    def set(
        self, key: str, value: Any, ttl: float, tags: tuple[str, ...], size: int = 0
    ) -> None:
        self.pop(key)
        now = time.monotonic()
        if now >= self._next_sweep:
            self.sweep(now)
        if size > self.max_bytes:
            return  # would push out everything else: Redis (when there is one) keeps it
        self.items[key] = _Entry(value, now + min(ttl, L1_MAX_TTL), tags, size)
        self.size += size
        for tag in tags:
            self.by_tag.setdefault(tag, set()).add(key)
        while len(self.items) > self.max_items or self.size > self.max_bytes:
            self.pop(next(iter(self.items)))

    def sweep(self, now: float) -> None:
        """Drop every expired entry."""
        for key in [k for k, entry in self.items.items() if entry.expires_at < now]:
            self.pop(key)
        self._next_sweep = now + self.sweep_seconds

    def pop(self, key: str) -> None:
        entry = self.items.pop(key, None)
        if entry is not None:
            self.size -= entry.size
            for tag in entry.tags:
                keys = self.by_tag.get(tag)
                if keys is not None:
                    keys.discard(key)
                    if not keys:
                        del self.by_tag[tag]

    def drop_tags(self, tags: Iterable[str]) -> None:
        for tag in tags:
            for key in list(self.by_tag.get(tag, ())):
                self.pop(key)

    def clear(self) -> None:
        self.items.clear()
        self.by_tag.clear()
        self.size = 0


class Cache:
    def __init__(
        self,
        redis: Redis | None = None,
        *,
        prefix: str = "ts:",
        l1_max_items: int = 10_000,
        l1_max_bytes: int = 64 << 20,
        l1_sweep_seconds: float = 15.0,
    ) -> None:
        self.redis = redis
        self.prefix = prefix
        self.l1 = _L1(l1_max_items, l1_max_bytes, l1_sweep_seconds)
        self._inflight: dict[str, asyncio.Future[Any]] = {}
        self._redis_down_until = 0.0
        self._listener: asyncio.Task[None] | None = None

    # -- Redis plumbing ------------------------------------------------------
    def _redis_ok(self) -> bool:
        return self.redis is not None and time.monotonic() >= self._redis_down_until

    def _redis_failed(self, exc: BaseException) -> None:
        if time.monotonic() >= self._redis_down_until:
            log.warning("cache.redis_unavailable", error=repr(exc))
        self._redis_down_until = time.monotonic() + 2.0

    def _rkey(self, key: str) -> str:
        return f"{self.prefix}c:{key}"

    def _tkey(self, tag: str) -> str:
        return f"{self.prefix}t:{tag}"

    async def start(self) -> None:
        """Listen for invalidations from other processes."""
        if self.redis is not None and self._listener is None:
            self._listener = asyncio.create_task(self._listen())

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            await asyncio.gather(self._listener, return_exceptions=True)
            self._listener = None

    async def _listen(self) -> None:
        assert self.redis is not None
        channel = f"{self.prefix}{INVALIDATION_CHANNEL}"
        while True:
            try:
                pubsub = self.redis.pubsub()
                await pubsub.subscribe(channel)
                async for message in pubsub.listen():
                    if message.get("type") == "message":
                        self.l1.drop_tags(orjson.loads(message["data"]))
            except asyncio.CancelledError:
                raise
            except REDIS_ERRORS:
                # A lost subscription may have missed invalidations: start L1 afresh.
                self.l1.clear()
                await asyncio.sleep(1.0)

    # -- public API ----------------------------------------------------------
    @staticmethod
    def full_key(namespace: str, key: str) -> str:
        return f"{namespace}:{key}"

    async def get(self, namespace: str, key: str) -> Any:
        """The cached value, or :data:`MISSING`."""
        full = self.full_key(namespace, key)
        value = self.l1.get(full)
        if value is not _MISSING:
            CACHE_REQUESTS.labels(namespace, "hit").inc()
            return value
        if self._redis_ok():
            assert self.redis is not None
            try:
                pipe = self.redis.pipeline(transaction=False)
                pipe.get(self._rkey(full))
                pipe.pttl(self._rkey(full))
                raw, ttl_ms = await pipe.execute()
            except REDIS_ERRORS as exc:
                self._redis_failed(exc)
            else:
                if raw is not None:
                    stored = orjson.loads(raw)
                    ttl = max(ttl_ms, 1000) / 1000 if ttl_ms and ttl_ms > 0 else L1_MAX_TTL
                    self.l1.set(
                        full, stored["v"], ttl, tuple(stored.get("t", ())), size=len(raw)
                    )
                    CACHE_REQUESTS.labels(namespace, "hit").inc()
                    return stored["v"]
        CACHE_REQUESTS.labels(namespace, "miss").inc()
        return _MISSING

    async def set(
        self, namespace: str, key: str, value: Any, ttl: float, tags: Iterable[str] = ()
    ) -> None:
        full = self.full_key(namespace, key)
        tag_tuple = tuple(tags)
        raw_value = orjson.dumps(value)
        self.l1.set(full, value, ttl, tag_tuple, size=len(raw_value))
        if self._redis_ok():
            assert self.redis is not None
            rkey = self._rkey(full)
            stored = b'{"v":' + raw_value + b',"t":' + orjson.dumps(tag_tuple) + b"}"
            try:
                pipe = self.redis.pipeline(transaction=False)
                pipe.set(rkey, stored, px=int(ttl * 1000))
                for tag in tag_tuple:
                    pipe.sadd(self._tkey(tag), rkey)
                    pipe.expire(self._tkey(tag), int(ttl) + 60)
                await pipe.execute()
            except REDIS_ERRORS as exc:
                self._redis_failed(exc)

    async def delete(self, namespace: str, key: str) -> None:
        full = self.full_key(namespace, key)
        self.l1.pop(full)
        if self._redis_ok():
            assert self.redis is not None
            try:
                await self.redis.delete(self._rkey(full))
            except REDIS_ERRORS as exc:
                self._redis_failed(exc)

    async def invalidate_tags(self, *tags: str) -> None:
        self.l1.drop_tags(tags)
        if self._redis_ok() and tags:
            assert self.redis is not None
            try:
                pipe = self.redis.pipeline(transaction=False)
                for tag in tags:
                    pipe.smembers(self._tkey(tag))
                members = await pipe.execute()
                keys = {k for group in members for k in group}
                pipe = self.redis.pipeline(transaction=False)
                if keys:
                    pipe.delete(*keys)
                pipe.delete(*(self._tkey(t) for t in tags))
                pipe.publish(f"{self.prefix}{INVALIDATION_CHANNEL}", orjson.dumps(list(tags)))
                await pipe.execute()
            except REDIS_ERRORS as exc:
                self._redis_failed(exc)

    async def get_or_compute(
        self,
        namespace: str,
        key: str,
        compute: Callable[[], Awaitable[T]],
        *,
        ttl: float,
        tags: Iterable[str] = (),
        lock_seconds: float = 30.0,
    ) -> tuple[Any, bool]:
        """``(value as JSON data, from_cache)``; identical concurrent misses compute once.

        The value always comes back as JSON-shaped data (a model is dumped), so a
        hit and a miss look the same to the caller.
        """
        value = await self.get(namespace, key)
        if value is not _MISSING:
            return value, True
        full = self.full_key(namespace, key)
        pending = self._inflight.get(full)
        if pending is not None:
            return await asyncio.shield(pending), True
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._inflight[full] = future
        try:
            result, hit = await self._compute_once(
                namespace, key, compute, ttl=ttl, tags=tuple(tags), lock_seconds=lock_seconds
            )
            future.set_result(result)
            return result, hit
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters re-raise it themselves
            raise
        finally:
            self._inflight.pop(full, None)

    async def _compute_once(
        self,
        namespace: str,
        key: str,
        compute: Callable[[], Awaitable[T]],
        *,
        ttl: float,
        tags: tuple[str, ...],
        lock_seconds: float,
    ) -> tuple[Any, bool]:
        """Across processes: whoever takes the Redis lock computes; others wait for L2."""
        lock_key = f"{self.prefix}lock:{self.full_key(namespace, key)}"
        have_lock = False
        if self._redis_ok():
            assert self.redis is not None
            try:
                have_lock = bool(
                    await self.redis.set(lock_key, "1", nx=True, px=int(lock_seconds * 1000))
                )
                if not have_lock:
                    deadline = time.monotonic() + lock_seconds
                    while time.monotonic() < deadline and await self.redis.exists(lock_key):
                        await asyncio.sleep(0.05)
                        value = await self.get(namespace, key)
                        if value is not _MISSING:
                            return value, True
                    # The holder may have finished between our SET NX and EXISTS.
                    value = await self.get(namespace, key)
                    if value is not _MISSING:
                        return value, True
            except REDIS_ERRORS as exc:
                self._redis_failed(exc)
        try:
            data = _jsonable(await compute())
            await self.set(namespace, key, data, ttl, tags)
            return data, False
        finally:
            if have_lock and self._redis_ok():
                assert self.redis is not None
                try:
                    await self.redis.delete(lock_key)
                except REDIS_ERRORS as exc:
                    self._redis_failed(exc)


def _jsonable(value: Any) -> Any:
    """Values go through JSON so L1 and L2 hand back the same shapes."""
    return orjson.loads(orjson.dumps(value, default=_default))


def _default(obj: Any) -> Any:
    dump = getattr(obj, "model_dump", None)
    if dump is not None:
        return dump(mode="json")
    return str(obj)


MISSING = _MISSING
