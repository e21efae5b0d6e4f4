"""Reactions to other domains' events.

- ``candidate.changed``: the candidate's cached AI answers are dropped (tag
  ``candidate:<id>``) once the change commits. Keys are hashes of the analysed text, so a
  changed CV can never hit an old answer anyway; the tag drop also frees the entries.
- ``job.changed``: the same for ``job:<id>``, plus a low-priority task (enqueued in the
  change's transaction) that drops the tag in every process and warms the job's
  requirements and interview question kit.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.ai.gateway import runtime_for_engine
from talentsonar.core.db import after_commit
from talentsonar.core.events import subscribe
from talentsonar.core.queue import Priority, enqueue


def _drop_after_commit(session: AsyncSession, tag: str) -> None:
    """Drop ``tag`` when the session commits, if this process has AI answers cached."""
    runtime = runtime_for_engine(session.bind)
    if runtime is not None:
        cache = runtime.cache

        async def drop() -> None:
            await cache.invalidate_tags(tag)

        after_commit(session, drop)


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

    _drop_after_commit(session, f"job:{job_id}")
    await enqueue(
        session,
        "ai.job_changed",
        org_id=org_id,
        args={"job_id": str(job_id), "change": change},
        priority=Priority.low,
        subject=("job", job_id),
    )


@subscribe("candidate.changed")
async def on_candidate_changed(session: AsyncSession, *, candidate_id: uuid.UUID, **_: Any) -> None:
    _drop_after_commit(session, f"candidate:{candidate_id}")
