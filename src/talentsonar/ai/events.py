"""Reactions to other domains' events: a changed job or candidate drops its cached AI
answers (and a new or edited job gets its requirements and question kit warmed), through
low-priority tasks enqueued in the same transaction as the change."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.events import subscribe
from talentsonar.core.queue import Priority, enqueue


@subscribe("job.changed")
async def on_job_changed(
    session: AsyncSession,
    *,
    job_id: uuid.UUID,
    org_id: uuid.UUID,
    change: str = "updated",
    **_: Any,
) -> None:
    from talentsonar.ai import tasks  # noqa: F401  (registers the task)

    await enqueue(
        session,
        "ai.job_changed",
        org_id=org_id,
        args={"job_id": str(job_id), "change": change},
        priority=Priority.low,
        subject=("job", job_id),
    )


@subscribe("candidate.changed")
async def on_candidate_changed(
    session: AsyncSession, *, candidate_id: uuid.UUID, org_id: uuid.UUID, **_: Any
) -> None:
    from talentsonar.ai import tasks  # noqa: F401

    await enqueue(
        session,
        "ai.candidate_changed",
        org_id=org_id,
        args={"candidate_id": str(candidate_id)},
        priority=Priority.low,
        subject=("candidate", candidate_id),
    )
