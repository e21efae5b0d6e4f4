"""The organisation's ranking model, learned from its feedback in the background."""

from __future__ import annotations

from typing import Any

from talentsonar.core.queue import Priority, TaskContext, task
from talentsonar.feedback.service import RELEARN_TASK, maybe_relearn


@task(RELEARN_TASK, priority=Priority.low)
async def relearn(ctx: TaskContext) -> dict[str, Any]:
    """Refit the organisation's feature weights on all its feedback so far; new weights
    queue a re-score of its matches."""
    async with ctx.session() as session:
        changed = await maybe_relearn(session, ctx.runtime.settings, ctx.org_id)
    await ctx.progress(completed=1, total=1)
    return {"weightsChanged": changed}
