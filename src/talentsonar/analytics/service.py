"""Dashboard and insights figures, cached briefly per organisation and invalidated after writes."""

from __future__ import annotations

import uuid
import weakref
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.analytics.repository import AnalyticsRepository
from talentsonar.analytics.schemas import Insights
from talentsonar.core.cache import content_key
from talentsonar.core.db import after_commit
from talentsonar.core.runtime import Runtime

#: Live runtimes of this process whose caches a commit must invalidate (the API's, the
#: worker's). Domain events carry only a session, so the runtime is remembered here; Redis
#: pub/sub then carries the invalidation to every other process.
_RUNTIMES: weakref.WeakSet[Runtime] = weakref.WeakSet()


def tag(org_id: uuid.UUID) -> str:
    return f"analytics:{org_id}"


def register_runtime(runtime: Runtime) -> None:
    _RUNTIMES.add(runtime)


def invalidate_after_commit(session: AsyncSession, org_id: uuid.UUID) -> None:
    """Drop the org's cached analytics once ``session`` commits."""

    async def drop() -> None:
        for runtime in list(_RUNTIMES):
            await runtime.cache.invalidate_tags(tag(org_id))

    after_commit(session, drop)


async def dashboard(runtime: Runtime, session: AsyncSession, org_id: uuid.UUID) -> dict[str, Any]:
    register_runtime(runtime)

    async def compute() -> dict[str, Any]:
        return await AnalyticsRepository(session, org_id).dashboard()

    value, _ = await runtime.cache.get_or_compute(
        "analytics.dashboard",
        content_key(str(org_id)),
        compute,
        ttl=runtime.settings.analytics_cache_seconds,
        tags=[tag(org_id)],
    )
    return dict(value)


async def insights(runtime: Runtime, session: AsyncSession, org_id: uuid.UUID) -> dict[str, Any]:
    register_runtime(runtime)

    async def compute() -> dict[str, Any]:
        return await AnalyticsRepository(session, org_id).insights()

    value, _ = await runtime.cache.get_or_compute(
        "analytics.insights",
        content_key(str(org_id)),
        compute,
        ttl=runtime.settings.analytics_cache_seconds,
        tags=[tag(org_id)],
    )
    return dict(value)


def insights_answer(value: dict[str, Any]) -> Insights:
    """The cached insights figures in seed 001's shape: the departments as ``data``."""
    return Insights.model_validate({
        "data": value["departments"],
        "breakdowns": {"skillSupplyDemand": value["skillSupplyDemand"],
                       "pipeline": value["pipeline"]},
    })
