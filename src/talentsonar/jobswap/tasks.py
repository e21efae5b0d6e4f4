"""JobSwap background work: match generation (one profile, or the whole network)."""

from __future__ import annotations

import uuid
from typing import Any

from talentsonar.core.queue import TaskContext, task
from talentsonar.jobswap import matching
from talentsonar.jobswap.service import GENERATE_TASK


@task(GENERATE_TASK, max_attempts=3)
async def generate_matches(ctx: TaskContext, profile_id: str | None = None) -> dict[str, Any]:
    """Idempotent: matches are upserted and the stale ones removed."""
    async with ctx.session() as session:
        if profile_id:
            outcome = await matching.generate_profile(
                ctx.runtime, session, ctx.org_id, uuid.UUID(profile_id)
            )
        else:
            outcome = await matching.generate_network(ctx.runtime, session, ctx.org_id)
    await ctx.progress(completed=1, total=1)
    return outcome
