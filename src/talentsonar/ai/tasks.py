"""Background AI work: the top-N fit analysis batch, cache invalidation and warming."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import structlog

from talentsonar.ai import service
from talentsonar.ai.service import ANALYZE_TOP, AiContext
from talentsonar.core.events import AnalysisCompleted, publish
from talentsonar.core.queue import Priority, TaskContext, task
from talentsonar.credits import service as credits
from talentsonar.credits.service import Reservation

log = structlog.get_logger(__name__)

async def _settle_batch(ctx: TaskContext, data: dict[str, Any] | None, computed: int) -> None:
    """Keep the price of the analyses actually computed; release the rest (idempotent)."""
    if not data:
        return
    used = min(data["amount"], computed * credits.price_of("fit_analysis",
                                                           settings=ctx.runtime.settings))
    reservation = Reservation(
        org_id=ctx.org_id, amount=data["amount"], idempotency_key=data["key"],
        entry_id=uuid.UUID(data["entryId"]),
        related=tuple(data["related"]) if data.get("related") else None,
    )
    async with ctx.session() as session:
        await credits.settle(session, reservation, used)


@task(ANALYZE_TOP, queue="ai", priority=Priority.high, max_attempts=3)
async def analyze_top(
    ctx: TaskContext,
    job_id: str,
    candidate_ids: list[str],
    reservation: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """AI fit analysis of each listed candidate for the job, a bounded number at a time.

    Idempotent: a re-run recomputes (mostly from cache) and re-stores the same analyses.
    Paid by the reservation made when the batch was queued: analyses answered from cache
    and failures are released.
    """
    job_uuid = uuid.UUID(job_id)
    limit = asyncio.Semaphore(ctx.runtime.settings.ai_max_concurrency)
    counts = {"completed": 0, "failed": 0, "computed": 0}
    failures: list[dict[str, str]] = []
    await ctx.progress(total=len(candidate_ids), completed=0, failed=0)

    async def one(candidate_id: str) -> None:
        async with limit:
            try:
                async with ctx.session() as session:
                    answer = await service.fit_analysis(
                        AiContext(ctx.runtime, session, ctx.org_id),
                        job_uuid,
                        uuid.UUID(candidate_id),
                    )
                counts["completed"] += 1
                counts["computed"] += 0 if answer.get("cached") else 1
            except Exception as exc:  # one bad pair must not sink the batch
                counts["failed"] += 1
                failures.append(
                    {"candidateId": candidate_id, "error": f"{type(exc).__name__}: {exc}"[:300]}
                )
                log.warning(
                    "ai.analyze_top_item_failed",
                    job_id=job_id,
                    candidate_id=candidate_id,
                    error=repr(exc),
                )
            await ctx.progress(completed=counts["completed"], failed=counts["failed"])

    await asyncio.gather(*(one(c) for c in candidate_ids))
    await _settle_batch(ctx, reservation, counts.pop("computed"))
    # Concurrent progress writes may land out of order: the final counts win.
    await ctx.progress(completed=counts["completed"], failed=counts["failed"])
    async with ctx.session() as session:
        await publish(
            session,
            AnalysisCompleted(
                org_id=ctx.org_id,
                job_id=job_uuid,
                task_id=ctx.task_id,
                completed=counts["completed"],
                failed=counts["failed"],
            ),
        )
    return {"jobId": job_id, **counts, "failures": failures}


@task("ai.job_changed", queue="ai", priority=Priority.low, max_attempts=3)
async def job_changed(ctx: TaskContext, job_id: str, change: str = "updated") -> dict[str, Any]:
    """Drop the job's cached AI answers; for a live job, warm its requirements and question kit."""
    await ctx.runtime.cache.invalidate_tags(f"job:{job_id}")
    if change == "deleted":
        return {"invalidated": True, "warmed": []}
    warmed: list[str] = []
    async with ctx.session() as session:
        ai = AiContext(ctx.runtime, session, ctx.org_id)
        try:
            job = await service.load_job(ai, uuid.UUID(job_id))
        except Exception:
            return {"invalidated": True, "warmed": []}
        tags = (f"job:{job_id}",)
        await service.job_requirements(ai, service.job_info(job), tags=tags)
        warmed.append("job_requirements")
        await service.question_kit(
            ai,
            title=job.title,
            skills=list(job.required_skills or []),
            count=service.DEFAULT_KIT_SIZE,
            tags=tags,
        )
        warmed.append("interview_questions")
    return {"invalidated": True, "warmed": warmed}
