"""The procrastinate app and worker: thin wrappers around the registered task functions.

Each wrapper marks our ``tasks`` row running, calls the plain function with a
:class:`TaskContext`, and records success, or failure once the last retry is spent.
A periodic job re-queues the jobs of workers that died (see :func:`retry_stalled_jobs`).
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import procrastinate
import structlog
from sqlalchemy import select, update

from talentsonar.core.config import Settings
from talentsonar.core.db import libpq_url
from talentsonar.core.models import utcnow
from talentsonar.core.queue import TASKS, TaskContext, TaskSpec
from talentsonar.core.runtime import Runtime
from talentsonar.core.telemetry import TRACE_ARG, task_span
from talentsonar.discovery import load_domains
from talentsonar.models.task import Task, TaskStatus

log = structlog.get_logger(__name__)


HEARTBEAT_SECONDS = 5.0


def heartbeat_seconds(settings: Settings) -> float:
    """How often a worker proves it is alive: well inside ``stalled_job_seconds``."""
    return max(0.5, min(HEARTBEAT_SECONDS, settings.stalled_job_seconds / 4))


_runtime: Runtime | None = None


def load_task_modules() -> None:
    """Import every domain's tasks and event subscribers (they register on import)."""
    load_domains()


def current_runtime() -> Runtime:
    if _runtime is None:
        raise RuntimeError("the worker runtime is not started")
    return _runtime


def set_runtime(runtime: Runtime | None) -> None:
    global _runtime
    _runtime = runtime


def build_app(settings: Settings, database_url: str) -> procrastinate.App:
    load_task_modules()
    connector = procrastinate.PsycopgConnector(
        conninfo=libpq_url(database_url), kwargs={"application_name": "talentsonar-worker"}
    )
    app = procrastinate.App(
        connector=connector,
        worker_defaults={
            "update_heartbeat_interval": heartbeat_seconds(settings),
            "stalled_worker_timeout": float(settings.stalled_job_seconds),
            "concurrency": settings.worker_concurrency,
        },
    )
    for spec in TASKS.values():
        _register(app, spec, settings)

    @app.periodic(cron=stalled_check_cron(settings), periodic_id="retry-stalled")
    @app.task(
        name=RETRY_STALLED_TASK,
        queue=MAINTENANCE_QUEUE,
        queueing_lock=RETRY_STALLED_TASK,
        pass_context=True,
    )
    async def retry_stalled(context: procrastinate.JobContext, timestamp: int) -> None:
        await retry_stalled_jobs(context.app, settings.stalled_job_seconds)

    return app


#: The one way stalled jobs come back: a periodic job (deferred once per tick, whichever
#: worker's deferrer gets there first) run by a worker serving the ``maintenance`` queue.
RETRY_STALLED_TASK = "talentsonar.retry_stalled_jobs"
MAINTENANCE_QUEUE = "maintenance"


def stalled_check_cron(settings: Settings) -> str:
    """Every half ``stalled_job_seconds`` (at most 30 s): a killed worker's jobs resume
    on the survivors at most 1.5 times ``stalled_job_seconds`` after its last heartbeat."""
    every = max(1, min(30, settings.stalled_job_seconds // 2))
    return f"* * * * * */{every}"  # croniter's sixth field: seconds


async def retry_stalled_jobs(app: procrastinate.App, stalled_seconds: float = 60.0) -> int:
    """Re-queue the jobs of workers whose heartbeat stopped more than ``stalled_seconds``
    ago (killed, OOM, lost machine), with procrastinate's stalled-job query, and drop the
    finished runs of this periodic job older than an hour."""
    stalled = list(await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=stalled_seconds))
    for job in stalled:
        assert job.id is not None
        await app.job_manager.retry_job(job)
        log.warning("queue.stalled_job_requeued", job_id=job.id, task=job.task_name)
    await app.job_manager.delete_old_jobs(nb_hours=1, queue=MAINTENANCE_QUEUE)
    return len(stalled)


class QueueRetry(procrastinate.RetryStrategy):
    """procrastinate's exponential retries; an exception carrying ``retry_after``
    (seconds, e.g. a receiver's ``Retry-After``) is retried no sooner than that."""

    def get_retry_decision(
        self, *, exception: BaseException, job: procrastinate.jobs.Job
    ) -> procrastinate.RetryDecision | None:
        decision = super().get_retry_decision(exception=exception, job=job)
        retry_after = getattr(exception, "retry_after", None)
        if decision is None or not isinstance(retry_after, int | float):
            return decision
        not_before = utcnow() + timedelta(seconds=float(retry_after))
        if decision.retry_at is None or decision.retry_at < not_before:
            decision.retry_at = not_before
        return decision


def _register(app: procrastinate.App, spec: TaskSpec, settings: Settings) -> None:
    max_attempts = spec.attempts(settings)
    # False is procrastinate's default "no retry" (it treats None the same way)
    retry: procrastinate.BaseRetryStrategy | bool = (
        QueueRetry(max_attempts=max_attempts - 1, exponential_wait=spec.wait(settings))
        if max_attempts > 1
        else False
    )

    async def run(context: procrastinate.JobContext, /, task_id: str, **kwargs: Any) -> None:
        carrier = kwargs.pop(TRACE_ARG, None)  # the trace of whoever queued the job
        attempt = (context.job.attempts or 0) + 1
        with task_span(spec.name, carrier, **{"task.attempt": attempt}):
            await _run(task_id, attempt, kwargs)

    async def _run(task_id: str, attempt: int, kwargs: dict[str, Any]) -> None:
        runtime = current_runtime()
        tid = uuid.UUID(task_id)
        final = attempt >= max_attempts
        async with runtime.db.session() as session:
            row = (await session.execute(select(Task).where(Task.id == tid))).scalar_one_or_none()
            if row is None:
                log.info("task.gone", task=spec.name, task_id=task_id)
                return
            if row.status in (TaskStatus.succeeded, TaskStatus.cancelled):
                return
            row.status = TaskStatus.running
            row.attempts = attempt
            row.started_at = row.started_at or utcnow()
            org_id = row.org_id
        ctx = TaskContext(runtime, tid, org_id, attempt=attempt, final_attempt=final)
        try:
            result = await spec.fn(ctx, **kwargs)
        except Exception as exc:
            log.warning(
                "task.failed", task=spec.name, attempt=attempt, final=final, error=repr(exc)
            )
            await _finish(
                runtime,
                tid,
                TaskStatus.failed if final else TaskStatus.queued,
                None,
                f"{type(exc).__name__}: {exc}",
            )
            raise
        await _finish(runtime, tid, TaskStatus.succeeded, result, None)

    app.task(name=spec.name, queue=spec.queue, retry=retry, pass_context=True)(run)


async def _finish(
    runtime: Runtime,
    task_id: uuid.UUID,
    status: TaskStatus,
    result: dict[str, Any] | None,
    error: str | None,
) -> None:
    values: dict[str, Any] = {"status": status, "error": error, "updated_at": utcnow()}
    if status in (TaskStatus.succeeded, TaskStatus.failed):
        values["finished_at"] = utcnow()
    if result is not None:
        values["result"] = result
    async with runtime.db.session() as session:
        # a task finished meanwhile by someone else (an upload parsed by its request) or
        # cancelled keeps that outcome
        await session.execute(
            update(Task)
            .where(
                Task.id == task_id, Task.status.not_in((TaskStatus.succeeded, TaskStatus.cancelled))
            )
            .values(**values)
        )


async def run_worker(
    runtime: Runtime,
    *,
    queues: list[str] | None = None,
    wait: bool = True,
    install_signal_handlers: bool = True,
    maintain: bool = False,
) -> None:
    """Run a worker in this event loop until cancelled (or, with ``wait=False``, until the
    queues are empty). With ``maintain`` (the ``worker`` and ``serve`` commands) it first
    queues the re-embedding and re-scoring a deploy made necessary."""
    app = build_app(runtime.settings, runtime.database_url)
    set_runtime(runtime)
    async with app.open_async():
        if maintain:
            await queue_maintenance(runtime)
        log.info("worker.started", queues=queues or "all", tasks=sorted(TASKS))
        await app.run_worker_async(
            queues=queues,  # type: ignore[arg-type]  # WorkerOptions omits None (= all queues)
            wait=wait,
            install_signal_handlers=install_signal_handlers,
            listen_notify=wait,
        )


async def queue_maintenance(runtime: Runtime) -> dict[str, list[uuid.UUID]]:
    """Queue what a new scorer, embedding model or text recipe needs (see
    :func:`talentsonar.matching.tasks.enqueue_maintenance`); a failure is logged, never
    fatal to the worker."""
    from talentsonar.embeddings import get_embedder
    from talentsonar.matching.tasks import enqueue_maintenance

    try:
        async with runtime.db.session() as session:
            queued = await enqueue_maintenance(session, get_embedder(runtime).model_id)
    except Exception as exc:
        log.warning("worker.maintenance_failed", error=repr(exc))
        return {"refresh": [], "rescore": []}
    if queued["refresh"] or queued["rescore"]:
        log.info(
            "worker.maintenance_queued",
            refresh=len(queued["refresh"]),
            rescore=len(queued["rescore"]),
        )
    return queued


async def queue_depths(runtime: Runtime) -> dict[tuple[str, str], int]:
    from sqlalchemy import text

    async with runtime.db.session(read_only=True) as session:
        rows = await session.execute(
            text(
                "SELECT queue_name, status::text, count(*) FROM procrastinate_jobs "
                "WHERE status IN ('todo', 'doing') GROUP BY 1, 2"
            )
        )
        return {(q, s): n for q, s, n in rows}


__all__ = ["build_app", "queue_depths", "retry_stalled_jobs", "run_worker"]
