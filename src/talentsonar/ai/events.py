"""Reactions to other domains' events.

- ``CandidateChanged``: the candidate's cached AI answers are dropped (tag
  ``candidate:<id>``) once the change commits. Keys are hashes of the analysed text, so a
  changed CV can never hit an old answer anyway; the tag drop also frees the entries.
- ``JobChanged``: the same for ``job:<id>``, plus a low-priority task (enqueued in the
  change's transaction) that drops the tag in every process and warms the job's
  requirements and interview question kit.
"""

from __future__ import annotations

from talentsonar.core.db import after_commit
from talentsonar.core.events import CandidateChanged, EventContext, JobChanged, handles
from talentsonar.core.queue import Priority, enqueue


def _drop_after_commit(ctx: EventContext, tag: str) -> None:
    """Drop ``tag`` from the runtime's AI answer cache when the session commits."""
    cache = ctx.runtime.cache

    async def drop() -> None:
        await cache.invalidate_tags(tag)

    after_commit(ctx.session, drop)


@handles(JobChanged)
async def on_job_changed(ctx: EventContext, event: JobChanged) -> None:
    from talentsonar.ai import tasks  # noqa: F401  (registers the task)

    _drop_after_commit(ctx, f"job:{event.job_id}")
    await enqueue(
        ctx.session,
        "ai.job_changed",
        org_id=event.org_id,
        args={"job_id": str(event.job_id), "change": event.change},
        priority=Priority.low,
        subject=("job", event.job_id),
    )


@handles(CandidateChanged)
async def on_candidate_changed(ctx: EventContext, event: CandidateChanged) -> None:
    _drop_after_commit(ctx, f"candidate:{event.candidate_id}")
