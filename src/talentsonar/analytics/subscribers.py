"""Cached analytics are dropped when an application changes stage (pipeline counts)."""

from __future__ import annotations

from talentsonar.analytics.service import invalidate_after_commit
from talentsonar.core.events import ApplicationStageChanged, EventContext, handles


@handles(ApplicationStageChanged)
async def pipeline_changed(ctx: EventContext, event: ApplicationStageChanged) -> None:
    invalidate_after_commit(ctx.session, event.org_id)
