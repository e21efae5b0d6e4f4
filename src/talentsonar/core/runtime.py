"""Process-wide singletons: settings, database, cache, Redis, rate limiter, keys.

The API keeps one on ``app.state.runtime``; a worker process builds its own.
"""

from __future__ import annotations

from typing import Any

import structlog
from redis.asyncio import Redis

from talentsonar.core.cache import Cache
from talentsonar.core.config import Settings
from talentsonar.core.db import SESSION_RUNTIME, Database
from talentsonar.core.events import EventBus
from talentsonar.core.http import CircuitBreaker, ProviderClient
from talentsonar.core.ratelimit import RateLimiter
from talentsonar.core.security import KeySet
from talentsonar.core.telemetry import configure_tracing, instrument_engines
from talentsonar.discovery import SIDE_EFFECT_MODULES, domain_modules

log = structlog.get_logger(__name__)


class Runtime:
    def __init__(self, settings: Settings, database_url: str) -> None:
        self.settings = settings
        self.database_url = database_url
        self.db = Database(
            database_url,
            settings,
            read_url=settings.database_read_url,
            session_info={SESSION_RUNTIME: self},
        )
        self._events: EventBus | None = None
        self.redis: Redis | None = (
            Redis.from_url(
                settings.redis_url,
                socket_timeout=0.5,
                socket_connect_timeout=0.5,
                health_check_interval=10,
            )
            if settings.redis_url
            else None
        )
        self.cache = Cache(
            self.redis,
            prefix=settings.redis_key_prefix,
            l1_max_items=settings.cache_l1_max_items,
            l1_max_bytes=settings.cache_l1_max_mb << 20,
        )
        self.limiter = RateLimiter(settings, settings.redis_url)
        self.keys = KeySet.from_settings(settings)
        self.breakers: dict[str, CircuitBreaker] = {}
        self.clients: dict[str, ProviderClient] = {}
        self.extras: dict[str, Any] = {}

    @property
    def events(self) -> EventBus:
        """This runtime's event handlers: those the domains' ``tasks``, ``events`` and
        ``subscribers`` modules mark with ``@handles`` (collected on first use)."""
        if self._events is None:
            self._events = EventBus.of_modules(
                module for leaf in SIDE_EFFECT_MODULES for module in domain_modules(leaf)
            )
        return self._events

    def breaker(self, provider: str) -> CircuitBreaker:
        if provider not in self.breakers:
            self.breakers[provider] = CircuitBreaker(
                provider,
                threshold=self.settings.breaker_failure_threshold,
                reset_seconds=self.settings.breaker_reset_seconds,
            )
        return self.breakers[provider]

    def http_client(self, provider: str, *, base_url: str = "", **kwargs: Any) -> ProviderClient:
        """The shared keep-alive client of ``provider`` (created on first use)."""
        if provider not in self.clients:
            self.clients[provider] = ProviderClient(
                provider,
                base_url=base_url,
                timeout=kwargs.pop("timeout", self.settings.http_timeout_seconds),
                max_retries=kwargs.pop("max_retries", self.settings.http_max_retries),
                breaker=self.breaker(provider),
                **kwargs,
            )
        return self.clients[provider]

    async def start(self) -> None:
        if configure_tracing(self.settings) is not None:
            instrument_engines(self.db.engine, self.db.read_engine)
        await self.cache.start()

    async def close(self) -> None:
        await self.cache.stop()
        for client in self.clients.values():
            await client.aclose()
        if self.redis is not None:
            await self.redis.aclose()
        await self.db.dispose()
