"""One gateway per process: picks the configured provider and guards every call to it.

Per provider: the runtime's circuit breaker (inside :func:`resilient_call`), bounded
concurrency (a semaphore), a requests-per-minute budget (``limits`` moving window,
shared through Redis when configured). Any failure ends in the builtin provider
answering, with ``fallback: true`` and the reason.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import structlog
from limits import RateLimitItemPerMinute
from limits.aio.storage import RedisStorage, Storage
from limits.aio.strategies import MovingWindowRateLimiter
from prometheus_client import Counter
from pydantic import BaseModel

from talentsonar.ai.providers.base import AIProvider, Usage
from talentsonar.ai.providers.builtin import BuiltinProvider
from talentsonar.core.http import BreakerState, CircuitBreaker, CircuitOpen
from talentsonar.core.local_limits import LocalMovingWindows
from talentsonar.core.observability import REGISTRY

if TYPE_CHECKING:
    from talentsonar.core.runtime import Runtime

log = structlog.get_logger(__name__)

AI_FALLBACKS = Counter(
    "ai_fallbacks_total",
    "AI answers that fell back to the builtin provider, by reason.",
    ["provider", "operation", "reason"],
    registry=REGISTRY,
)
AI_REQUESTS = Counter(
    "ai_requests_total",
    "AI operations computed (cache misses) by provider and operation.",
    ["provider", "operation"],
    registry=REGISTRY,
)


@dataclass(frozen=True, slots=True)
class Generated:
    result: BaseModel
    usage: Usage
    provider: str
    model: str
    fallback: bool = False
    fallback_reason: str | None = None


def _breaker_open(breaker: CircuitBreaker) -> bool:
    return (
        breaker.state == BreakerState.open
        and time.monotonic() - breaker.opened_at < breaker.reset_seconds
    )


class AiGateway:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.settings = runtime.settings
        self.builtin = BuiltinProvider()
        self.providers: dict[str, AIProvider] = {}
        self.semaphores: dict[str, asyncio.Semaphore] = {}
        storage: Storage = (
            RedisStorage(
                f"async+{self.settings.redis_url}",
                implementation="redispy",
                key_prefix=f"{self.settings.redis_key_prefix}ai-rpm",
                wrap_exceptions=True,
                socket_timeout=0.5,
                socket_connect_timeout=0.5,
            )
            if self.settings.redis_url
            else LocalMovingWindows()
        )
        self.memory_budget = MovingWindowRateLimiter(LocalMovingWindows())
        self.budget = MovingWindowRateLimiter(storage)
        self.rpm = RateLimitItemPerMinute(self.settings.ai_requests_per_minute)

    def provider(self, name: str | None = None) -> AIProvider:
        name = name or self.settings.ai_provider
        if name == "builtin":
            return self.builtin
        if name not in self.providers:
            breaker = self.runtime.breaker(name)
            if name == "openai":
                from talentsonar.ai.providers.openai import OpenAIProvider

                self.providers[name] = OpenAIProvider(self.settings, breaker)
            elif name == "gemini":
                from talentsonar.ai.providers.gemini import GeminiProvider

                self.providers[name] = GeminiProvider(self.settings, breaker)
            else:
                raise ValueError(f"unknown AI provider {name!r}")
        return self.providers[name]

    def semaphore(self, name: str) -> asyncio.Semaphore:
        if name not in self.semaphores:
            self.semaphores[name] = asyncio.Semaphore(self.settings.ai_max_concurrency)
        return self.semaphores[name]

    async def _within_budget(self, name: str) -> bool:
        try:
            return await self.budget.hit(self.rpm, name)
        except Exception as exc:  # Redis trouble: fall back to a per-process budget
            log.warning("ai.budget_storage_failed", error=repr(exc))
            return await self.memory_budget.hit(self.rpm, name)

    async def generate(self, op: str, system: str, user: str, schema: type[BaseModel]) -> Generated:
        primary = self.provider()
        if not primary.external:
            result, usage = await primary.generate(op, system, user, schema)
            AI_REQUESTS.labels(primary.name, op).inc()
            return Generated(result, usage, primary.name, primary.model_for(op))
        reason = await self._try_external(primary, op, system, user, schema)
        if isinstance(reason, Generated):
            AI_REQUESTS.labels(primary.name, op).inc()
            return reason
        AI_FALLBACKS.labels(primary.name, op, reason.split(":")[0]).inc()
        log.warning("ai.fallback", provider=primary.name, operation=op, reason=reason)
        result, usage = await self.builtin.generate(op, system, user, schema)
        AI_REQUESTS.labels(self.builtin.name, op).inc()
        return Generated(
            result,
            usage,
            self.builtin.name,
            self.builtin.model_for(op),
            True,
            f"{primary.name}: {reason}",
        )

    async def _try_external(
        self, provider: AIProvider, op: str, system: str, user: str, schema: type[BaseModel]
    ) -> Generated | str:
        """The provider's answer, or why there is none."""
        if _breaker_open(self.runtime.breaker(provider.name)):
            return "circuit_open"
        if not await self._within_budget(provider.name):
            return "rate_budget_exhausted"
        try:
            async with self.semaphore(provider.name):
                result, usage = await provider.generate(op, system, user, schema)
        except CircuitOpen:
            return "circuit_open"
        except Exception as exc:
            return f"{type(exc).__name__}: {str(exc)[:200]}"
        return Generated(result, usage, provider.name, provider.model_for(op))

    async def aclose(self) -> None:
        for provider in self.providers.values():
            await provider.aclose()


def gateway(runtime: Runtime) -> AiGateway:
    """The runtime's AI gateway (created on first use)."""
    existing: Any = runtime.extras.get("ai_gateway")
    if existing is None:
        existing = runtime.extras["ai_gateway"] = AiGateway(runtime)
    gw: AiGateway = existing
    return gw
