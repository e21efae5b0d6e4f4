"""Background scoring: ``matching.score_job`` / ``matching.score_candidate`` (enqueued from
domain events in the publishing transaction) and ``matching.rescore_org`` (maintenance:
scorer / weights / embedding-model changes re-score every job of an organisation)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.analytics.service import register_runtime
from talentsonar.core.events import subscribe
from talentsonar.core.queue import Priority, TaskContext, enqueue, task
from talentsonar.embeddings import get_embedder
from talentsonar.matching import engine
from talentsonar.matching.repository import MatchRepository, ScoringSourceRepository


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _invalidate_analytics(session: AsyncSession, org_id: uuid.UUID) -> None:
    from talentsonar.analytics.service import invalidate_after_commit

    invalidate_after_commit(session, org_id)


@subscribe("job.changed")
async def on_job_changed(
    session: AsyncSession, *, job_id: Any, org_id: Any, change: str = "updated", **_: Any
) -> None:
    """A created or edited job is scored against the pool; a deleted one loses its matches."""
    org, job = _uuid(org_id), _uuid(job_id)
    _invalidate_analytics(session, org)
    if change == "deleted":
        await MatchRepository(session, org).delete_for_job(job)
        return
    await enqueue(
        session,
        "matching.score_job",
        org_id=org,
        args={"job_id": str(job)},
        priority=Priority.high,
        subject=("job", job),
    )


@subscribe("candidate.changed")
async def on_candidate_changed(
    session: AsyncSession, *, candidate_id: Any, org_id: Any, change: str = "updated", **_: Any
) -> None:
    """A new or updated candidate is scored against the open jobs; a deleted one leaves."""
    org, candidate = _uuid(org_id), _uuid(candidate_id)
    _invalidate_analytics(session, org)
    if change in ("deleted", "erased"):
        await MatchRepository(session, org).delete_for_candidate(candidate)
        return
    await enqueue(
        session,
        "matching.score_candidate",
        org_id=org,
        args={"candidate_id": str(candidate)},
        priority=Priority.normal,
        subject=("candidate", candidate),
    )


@task("matching.score_job", priority=Priority.high)
async def score_job(ctx: TaskContext, job_id: str, force: bool = False) -> dict[str, Any]:
    async def progress(done: int, total: int) -> None:
        await ctx.progress(completed=done, total=total)

    register_runtime(ctx.runtime)
    async with ctx.session() as session:
        outcome = await engine.score_job(
            session,
            ctx.org_id,
            uuid.UUID(job_id),
            ctx.runtime.settings,
            progress=progress,
            force=force,
            embedder=get_embedder(ctx.runtime),
        )
        _invalidate_analytics(session, ctx.org_id)
    return {"jobGone": True} if outcome is None else outcome.as_dict()


@task("matching.score_candidate")
async def score_candidate(
    ctx: TaskContext, candidate_id: str, force: bool = False
) -> dict[str, Any]:
    register_runtime(ctx.runtime)
    async with ctx.session() as session:
        outcome = await engine.score_candidate(
            session,
            ctx.org_id,
            uuid.UUID(candidate_id),
            force=force,
            embedder=get_embedder(ctx.runtime),
        )
        _invalidate_analytics(session, ctx.org_id)
    await ctx.progress(completed=1, total=1)
    return {"candidateGone": True} if outcome is None else outcome.as_dict()


@task("matching.rescore_org", priority=Priority.low)
async def rescore_org(ctx: TaskContext, force: bool = False) -> dict[str, Any]:
    """Re-score every job of the organisation (new weights, scorer or embedding model);
    unchanged pairs are skipped by their inputs hash unless ``force``."""
    async with ctx.session() as session:
        job_ids = await ScoringSourceRepository(session, ctx.org_id).job_ids()
    await ctx.progress(total=len(job_ids), completed=0)
    written = 0
    for done, job_id in enumerate(job_ids, start=1):
        async with ctx.session() as session:
            outcome = await engine.score_job(
                session,
                ctx.org_id,
                job_id,
                ctx.runtime.settings,
                force=force,
                embedder=get_embedder(ctx.runtime),
            )
            written += outcome.written if outcome else 0
        await ctx.progress(completed=done)
    async with ctx.session() as session:
        _invalidate_analytics(session, ctx.org_id)
    return {"jobs": len(job_ids), "written": written}


async def enqueue_rescore(session: AsyncSession, org_id: uuid.UUID, *, force: bool = False) -> None:
    await enqueue(session, "matching.rescore_org", org_id=org_id, args={"force": force})


async def enqueue_stale_rescoring(session: AsyncSession) -> list[uuid.UUID]:
    """Maintenance (run after a deploy): every organisation whose stored scores come from
    another scorer version or embedding model is re-scored in the background."""
    from talentsonar.matching.repository import orgs_with_stale_matches
    from talentsonar.matching.scoring import SCORER_VERSION

    orgs = await orgs_with_stale_matches(session, SCORER_VERSION)
    for org_id in orgs:
        await enqueue_rescore(session, org_id, force=True)
    return orgs
