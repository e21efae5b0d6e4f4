"""Tasks of the platform itself."""

from __future__ import annotations

import asyncio
from typing import Any

from talentsonar.core.queue import Priority, TaskContext, task


@task("system.selftest", queue="default", priority=Priority.low, max_attempts=3)
async def selftest(ctx: TaskContext, steps: int = 1, step_seconds: float = 0.0) -> dict[str, Any]:
    """Proves the queue end to end (``talentsonar worker --selftest``): runs ``steps``
    steps of ``step_seconds`` each, reporting progress after every step."""
    steps = max(1, min(int(steps), 1000))
    step_seconds = max(0.0, min(float(step_seconds), 60.0))
    await ctx.progress(total=steps, completed=0)
    for done in range(1, steps + 1):
        await asyncio.sleep(step_seconds)
        await ctx.progress(completed=done)
    return {"steps": steps}
