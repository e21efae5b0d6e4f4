"""Dashboard and insights figures, cached briefly per organisation and invalidated after writes."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.analytics.repository import AnalyticsRepository
from talentsonar.analytics.schemas import Insights
from talentsonar.core.cache import content_key
from talentsonar.core.db import after_commit
from talentsonar.core.events import runtime_of
from talentsonar.core.runtime import Runtime
from talentsonar.pipeline import service as pipeline


def tag(org_id: uuid.UUID) -> str:
    return f"analytics:{org_id}"


def invalidate_after_commit(session: AsyncSession, org_id: uuid.UUID) -> None:
    """Drop the org's cached analytics once ``session`` commits, in the cache of the
    runtime that opened the session (Redis pub/sub carries it to every other process)."""
    cache = runtime_of(session).cache

    async def drop() -> None:
        await cache.invalidate_tags(tag(org_id))

    after_commit(session, drop)


async def dashboard(runtime: Runtime, session: AsyncSession, org_id: uuid.UUID) -> dict[str, Any]:
    async def compute() -> dict[str, Any]:
        figures = await AnalyticsRepository(session, org_id).dashboard()
        figures["applicationsByStage"] = await pipeline.organization_stage_counts(
            session, org_id
        )
        return figures

    value, _ = await runtime.cache.get_or_compute(
        "analytics.dashboard",
        content_key(str(org_id)),
        compute,
        ttl=runtime.settings.analytics_cache_seconds,
        tags=[tag(org_id)],
    )
    return dict(value)


async def insights(runtime: Runtime, session: AsyncSession, org_id: uuid.UUID) -> dict[str, Any]:
    async def compute() -> dict[str, Any]:
        figures = await AnalyticsRepository(session, org_id).insights()
        figures["pipeline"]["applicationsByStage"] = await pipeline.organization_stage_counts(
            session, org_id
        )
        return figures

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
