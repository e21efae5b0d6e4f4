"""Background tasks of CV ingestion."""

from __future__ import annotations

import uuid
from typing import Any

from talentsonar.candidates.ingest import TASK_NAME, process_document
from talentsonar.core.queue import Priority, TaskContext, task


@task(TASK_NAME, queue="default", priority=Priority.high, max_attempts=3)
async def parse_cv(ctx: TaskContext, document_id: str) -> dict[str, Any]:
    """Parse one stored CV, deduplicate it inside the organisation, embed and save it."""
    result = await process_document(ctx.runtime, ctx.org_id, uuid.UUID(document_id))
    await ctx.progress(completed=1, total=1)
    return result
