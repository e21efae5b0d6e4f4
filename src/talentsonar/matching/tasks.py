"""Background scoring: ``matching.score_job`` / ``matching.score_candidate`` (enqueued from
domain events in the publishing transaction), ``matching.rescore_org`` (scorer / weights /
embedding-model changes re-score every job of an organisation) and
``matching.refresh_embeddings`` (vectors made by another model or text recipe are made
again, then the organisation is re-scored). :func:`enqueue_maintenance` finds the
organisations that need either; every worker runs it when it starts (after a deploy)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.analytics.service import invalidate_after_commit
from talentsonar.core.events import (
    CandidateChanged,
    EventContext,
    JobChanged,
    SkillProfileChanged,
    handles,
)
from talentsonar.core.queue import Priority, TaskContext, enqueue, task
from talentsonar.discovery import domain_modules
from talentsonar.embeddings import get_embedder
from talentsonar.embeddings.base import Embedder, VectorRecipe
from talentsonar.matching import engine
from talentsonar.matching.repository import (
    MaintenanceRepository,
    MatchRepository,
    ScoringSourceRepository,
)
from talentsonar.matching.scoring import SCORER_VERSION
from talentsonar.models.task import Task, TaskStatus


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _invalidate_analytics(session: AsyncSession, org_id: uuid.UUID) -> None:
    invalidate_after_commit(session, org_id)


@handles(JobChanged)
async def on_job_changed(ctx: EventContext, event: JobChanged) -> None:
    """A created or edited job is scored against the pool; a deleted one loses its matches."""
    session, org, job = ctx.session, event.org_id, event.job_id
    _invalidate_analytics(session, org)
    if event.change == "deleted":
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


@handles(CandidateChanged)
async def on_candidate_changed(ctx: EventContext, event: CandidateChanged) -> None:
    """A new or updated candidate is scored against the open jobs; a deleted one leaves."""
    session, org, candidate = ctx.session, event.org_id, event.candidate_id
    _invalidate_analytics(session, org)
    if event.change in ("deleted", "erased"):
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


@handles(SkillProfileChanged)
async def on_skill_profile_changed(ctx: EventContext, event: SkillProfileChanged) -> None:
    """Verified (or failed) skills move the candidate's scores: re-score against open jobs."""
    _invalidate_analytics(ctx.session, event.org_id)
    await enqueue(
        ctx.session,
        "matching.score_candidate",
        org_id=event.org_id,
        args={"candidate_id": str(event.candidate_id)},
        priority=Priority.normal,
        subject=("candidate", event.candidate_id),
    )


@task("matching.score_job", priority=Priority.high)
async def score_job(ctx: TaskContext, job_id: str, force: bool = False) -> dict[str, Any]:
    async def progress(done: int, total: int) -> None:
        await ctx.progress(completed=done, total=total)

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
    orgs = await MaintenanceRepository(session).orgs_with_stale_matches(SCORER_VERSION)
    for org_id in orgs:
        await enqueue_rescore(session, org_id, force=True)
    return orgs


# --- vectors made again after a model or text-recipe change -------------------------------

#: Vectors made per transaction by ``matching.refresh_embeddings``.
REFRESH_BATCH = 64
REFRESH_TASK = "matching.refresh_embeddings"
RESCORE_TASK = "matching.rescore_org"


def _recipes() -> tuple[VectorRecipe, ...]:
    """Every domain's vector recipe (``candidates``, ``jobs``), in domain order."""
    return tuple(module.RECIPE for module in domain_modules("vectors"))


def _stale_vectors(recipe: VectorRecipe, *, in_org: bool = True) -> str:
    """Rows of the recipe's table (of the organisation ``:org``) whose vector another model
    (``:model`` is the current one) or text recipe made, or that have none."""
    return (
        f"FROM {recipe.table} WHERE deleted_at IS NULL "
        + ("AND org_id = :org " if in_org else "")
        + "AND (embedding_model IS DISTINCT FROM :model "
        f"OR embedding_version <> {int(recipe.version)})"
    )


async def _refresh_batch(
    session: AsyncSession, org_id: uuid.UUID, recipe: VectorRecipe, embedder: Embedder
) -> int:
    """Make the vectors of up to :data:`REFRESH_BATCH` stale rows of the table again."""
    ids = (
        await session.execute(
            text(f"SELECT id {_stale_vectors(recipe)} ORDER BY id LIMIT :n"),
            {"org": org_id, "model": embedder.model_id, "n": REFRESH_BATCH},
        )
    ).scalars().all()
    if not ids:
        return 0
    model = recipe.model
    rows = list(
        (await session.execute(select(model).where(model.id.in_(ids)).order_by(model.id)))
        .scalars()
    )
    if recipe.prepare is not None:
        for row in rows:
            recipe.prepare(row)
    vectors = await embedder.embed([recipe.text(row) for row in rows])
    for row, vector in zip(rows, vectors, strict=True):
        row.embedding = vector
        row.embedding_model = embedder.model_id
        row.embedding_version = recipe.version
    return len(rows)


@task(REFRESH_TASK, priority=Priority.low)
async def refresh_embeddings(ctx: TaskContext) -> dict[str, Any]:
    """Embed again every candidate and job of the organisation whose vector another model
    or text recipe made, in batches (each its own transaction, so the work survives a
    restart), then re-score the organisation. An embedding failure fails the attempt; the
    queue retries it and the batches already done stay done."""
    embedder = get_embedder(ctx.runtime)
    counts: dict[str, int] = {}
    async with ctx.session() as session:
        for recipe in _recipes():
            counts[recipe.table] = (
                await session.execute(
                    text(f"SELECT count(*) {_stale_vectors(recipe)}"),
                    {"org": ctx.org_id, "model": embedder.model_id},
                )
            ).scalar_one()
    total = sum(counts.values())
    await ctx.progress(total=total, completed=0)
    done = 0
    for recipe in _recipes():
        while True:
            async with ctx.session() as session:
                made = await _refresh_batch(session, ctx.org_id, recipe, embedder)
            if not made:
                break
            done += made
            await ctx.progress(completed=min(done, total))
    if done:
        async with ctx.session() as session:
            await enqueue_rescore(session, ctx.org_id, force=True)
    return {"candidates": counts["candidates"], "jobs": counts["jobs"], "reembedded": done}


async def _orgs_with_stale_vectors(session: AsyncSession, model_id: str) -> set[uuid.UUID]:
    orgs: set[uuid.UUID] = set()
    for recipe in _recipes():
        found = await session.execute(
            text(f"SELECT DISTINCT org_id {_stale_vectors(recipe, in_org=False)}"),
            {"model": model_id},
        )
        orgs.update(found.scalars())
    return orgs


async def _orgs_with_pending(session: AsyncSession, kind: str) -> set[uuid.UUID]:
    found = await session.execute(
        select(Task.org_id).where(
            Task.kind == kind, Task.status.in_([TaskStatus.queued, TaskStatus.running])
        )
    )
    return set(found.scalars())


async def enqueue_maintenance(session: AsyncSession, model_id: str) -> dict[str, list[uuid.UUID]]:
    """After a deploy: organisations with vectors from another model or text recipe get a
    ``matching.refresh_embeddings`` (which re-scores them when done); the others with scores
    from another scorer version or embedding model get a ``matching.rescore_org``. An
    organisation that already has such a task queued or running gets no second one, and
    only one process at a time decides (a transaction-scoped advisory lock), so any number
    of workers can start together."""
    locked = await session.execute(
        text("SELECT pg_try_advisory_xact_lock(hashtext('talentsonar.matching.maintenance'))")
    )
    if not locked.scalar_one():
        return {"refresh": [], "rescore": []}
    pending_refresh = await _orgs_with_pending(session, REFRESH_TASK)
    pending_rescore = await _orgs_with_pending(session, RESCORE_TASK)
    stale_vectors = await _orgs_with_stale_vectors(session, model_id)
    refresh = sorted(stale_vectors - pending_refresh)
    rescore = sorted(
        set(await MaintenanceRepository(session).orgs_with_stale_matches(SCORER_VERSION))
        - stale_vectors
        - pending_rescore
        - pending_refresh
    )
    for org_id in refresh:
        await enqueue(session, REFRESH_TASK, org_id=org_id)
    for org_id in rescore:
        await enqueue_rescore(session, org_id, force=True)
    return {"refresh": refresh, "rescore": rescore}
