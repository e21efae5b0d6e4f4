"""Rate limits: a moving window per caller and endpoint class, plus a burst cap.

Shared through Redis when ``REDIS_URL`` is set (every API process sees the same
counts); in memory otherwise. If Redis fails, limits fall back to memory rather
than refusing or erroring.
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass

import structlog
from limits import RateLimitItem, RateLimitItemPerSecond, parse
from limits.aio.storage import RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter

from talentsonar.core.config import Settings
from talentsonar.core.local_limits import LocalMovingWindows
from talentsonar.core.observability import RATE_LIMITED

log = structlog.get_logger(__name__)


def window_of(item: RateLimitItem) -> str:
    """``1 second``, ``1 minute``, ``10 minutes``."""
    unit = item.GRANULARITY.name
    return f"{item.multiples} {unit}{'s' if item.multiples != 1 else ''}"


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer for one request; ``limit`` and ``window`` are those of the limit that
    refused it (the burst cap or the endpoint class's), else the class's."""

    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int
    retry_after: int = 0
    window: str = ""
    burst: bool = False

    def refusal_message(self) -> str:
        which = "burst limit" if self.burst else "limit"
        return (f"Too many requests: the {which} is {self.limit} per {self.window}; "
                f"retry in {max(1, self.retry_after)} s")

    def refusal_details(self) -> dict[str, int | str]:
        return {"retryAfter": max(1, self.retry_after), "limit": self.limit,
                "window": self.window, "scope": "burst" if self.burst else "sustained"}

    def headers(self) -> dict[str, str]:
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_seconds),
        }
        if not self.allowed:
            headers["Retry-After"] = str(max(1, self.retry_after))
        return headers


class RateLimiter:
    def __init__(self, settings: Settings, redis_url: str | None = None) -> None:
        self.enabled = settings.rate_limit_enabled
        self.classes: dict[str, RateLimitItem] = {
            "default": parse(settings.rate_limit_default),
            "auth": parse(settings.rate_limit_auth),
            "ai": parse(settings.rate_limit_ai),
            "upload": parse(settings.rate_limit_upload),
            "graphql": parse(settings.rate_limit_graphql),
            "skills_read": parse(settings.rate_limit_skills_read),
            "skills_write": parse(settings.rate_limit_skills_write),
        }
        self.burst = (
            RateLimitItemPerSecond(settings.rate_limit_burst) if settings.rate_limit_burst else None
        )
        self.memory = MovingWindowRateLimiter(LocalMovingWindows())
        self.shared: MovingWindowRateLimiter | None = None
        if redis_url:
            storage: Storage = RedisStorage(
                "async+" + redis_url,
                implementation="redispy",
                key_prefix=f"{settings.redis_key_prefix}rl",
                wrap_exceptions=True,
                socket_timeout=0.5,
                socket_connect_timeout=0.5,
            )
            self.shared = MovingWindowRateLimiter(storage)
        self._shared_down_until = 0.0

    def _limiter(self) -> MovingWindowRateLimiter:
        if self.shared is not None and time.monotonic() >= self._shared_down_until:
            return self.shared
        return self.memory

    async def _hit(self, item: RateLimitItem, *ids: str) -> tuple[bool, MovingWindowRateLimiter]:
        limiter = self._limiter()
        try:
            return await limiter.hit(item, *ids), limiter
        except Exception as exc:  # storage errors are wrapped by `limits`
            if limiter is self.memory:
                raise
            log.warning("ratelimit.redis_unavailable", error=repr(exc))
            self._shared_down_until = time.monotonic() + 2.0
            return await self.memory.hit(item, *ids), self.memory

    async def check(self, endpoint_class: str, caller: str) -> Decision:
        item = self.classes.get(endpoint_class, self.classes["default"])
        if not self.enabled:
            return Decision(True, item.amount, item.amount, 0, window=window_of(item))
        if self.burst is not None:
            ok, limiter = await self._hit(self.burst, endpoint_class, caller, "burst")
            if not ok:
                return await self._refusal(limiter, self.burst, item, endpoint_class, caller)
        ok, limiter = await self._hit(item, endpoint_class, caller)
        stats = await self._stats(limiter, item, endpoint_class, caller)
        if not ok:
            return await self._refusal(limiter, item, item, endpoint_class, caller)
        return Decision(True, item.amount, stats[0], stats[1], window=window_of(item))

    async def _stats(
        self, limiter: MovingWindowRateLimiter, item: RateLimitItem, *ids: str
    ) -> tuple[int, int]:
        try:
            stats = await limiter.get_window_stats(item, *ids)
        except Exception:
            return 0, item.get_expiry()
        return stats.remaining, max(0, math.ceil(stats.reset_time - time.time()))

    async def _refusal(
        self,
        limiter: MovingWindowRateLimiter,
        refused: RateLimitItem,
        main: RateLimitItem,
        *ids: str,
    ) -> Decision:
        RATE_LIMITED.labels(ids[0]).inc()
        burst = refused is not main
        key_ids = (*ids, "burst") if burst else ids
        _, reset = await self._stats(limiter, refused, *key_ids)
        return Decision(False, refused.amount, 0, reset, retry_after=reset or 1,
                        window=window_of(refused), burst=burst)

    async def close(self) -> None:
        await asyncio.sleep(0)
