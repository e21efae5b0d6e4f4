"""``github.analyze_candidate``: a candidate's public repositories -> skill evidence."""

from __future__ import annotations

import uuid
from typing import Any

from talentsonar.core.queue import TaskContext, task
from talentsonar.github import service


#: A rate-limited run is run again after GitHub's reset (the error's ``retry_after``);
#: unauthenticated (60 requests an hour) a large account can take a few of them.
@task(service.TASK, max_attempts=12, retry_wait=2)
async def analyze_candidate(ctx: TaskContext, candidate_id: str, username: str) -> dict[str, Any]:
    return await service.analyze(ctx, uuid.UUID(candidate_id), username)
