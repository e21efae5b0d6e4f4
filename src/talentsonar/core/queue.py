"""Background work on procrastinate, in the same PostgreSQL as the data.

Domains register plain async functions with :func:`task`; :func:`enqueue` writes our
``tasks`` row *and* the procrastinate job inside the caller's transaction, so a job
exists exactly when the data change that needs it is committed. Workers call the
function with a :class:`TaskContext`; delivery is at least once, so every task
function must be idempotent.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.models import utcnow
from talentsonar.core.telemetry import TRACE_ARG, trace_carrier
from talentsonar.discovery import domain_modules
from talentsonar.models.task import Task, TaskStatus

if TYPE_CHECKING:
    from talentsonar.core.config import Settings
    from talentsonar.core.runtime import Runtime


class Priority(enum.IntEnum):
    """Seed priorities: lower is more urgent (procrastinate runs higher first)."""

    critical = 1
    high = 3
    normal = 5
    low = 7

    @property
    def procrastinate(self) -> int:
        return -int(self)


TaskFunction = Callable[..., Awaitable[dict[str, Any] | None]]
#: A number, or read from the settings (``lambda s: s.webhook_max_attempts``).
FromSettings = int | Callable[["Settings"], int]


@dataclass(frozen=True, slots=True)
class TaskSpec:
    """A registered task. A run that raises is run again by the queue (procrastinate's
    retries), ``retry_wait ** n`` seconds after its n-th failure, until ``max_attempts``
    runs in all; an exception with a ``retry_after`` attribute (seconds) waits at least
    that long."""

    name: str
    fn: TaskFunction
    queue: str
    max_attempts: FromSettings
    priority: Priority
    retry_wait: FromSettings = 2

    def attempts(self, settings: Settings) -> int:
        value = self.max_attempts
        return value if isinstance(value, int) else value(settings)

    def wait(self, settings: Settings) -> int:
        value = self.retry_wait
        return value if isinstance(value, int) else value(settings)


TASKS: dict[str, TaskSpec] = {}


def task(
    name: str,
    *,
    queue: str = "default",
    max_attempts: FromSettings = 5,
    priority: Priority = Priority.normal,
    retry_wait: FromSettings = 2,
) -> Callable[[TaskFunction], TaskFunction]:
    """Register ``async def fn(ctx: TaskContext, **kwargs)`` as background task ``name``
    (see :class:`TaskSpec` for ``max_attempts`` and ``retry_wait``)."""

    def register(fn: TaskFunction) -> TaskFunction:
        TASKS[name] = TaskSpec(name, fn, queue, max_attempts, priority, retry_wait)
        return fn

    return register


_DEFER_SQL = text(
    "SELECT unnest(procrastinate_defer_jobs_v1(ARRAY[ROW("
    ":queue, :task_name, :priority, :lock, :queueing_lock, CAST(:args AS jsonb), :scheduled_at"
    ")::procrastinate_job_to_defer_v1])) AS id"
)


async def enqueue(
    session: AsyncSession,
    name: str,
    *,
    org_id: uuid.UUID,
    args: dict[str, Any] | None = None,
    priority: Priority | None = None,
    created_by_id: uuid.UUID | None = None,
    subject: tuple[str, uuid.UUID] | None = None,
    total: int = 0,
    lock: str | None = None,
    queueing_lock: str | None = None,
    scheduled_at: datetime | None = None,
) -> Task:
    """Create the ``tasks`` row and defer its job, in ``session``'s transaction.

    ``queueing_lock``: at most one job with it waits in the queue; deferring a second one
    meanwhile fails (see :func:`enqueue_once`)."""
    spec = TASKS.get(name)
    if spec is None:  # an API process imports no tasks.py until something enqueues
        list(domain_modules("tasks"))
        spec = TASKS.get(name)
    if spec is None:
        raise KeyError(f"unknown task {name!r}")
    row = Task(
        org_id=org_id,
        kind=name,
        status=TaskStatus.queued,
        payload=args or {},
        created_by_id=created_by_id,
        subject_type=subject[0] if subject else None,
        subject_id=subject[1] if subject else None,
        total=total,
    )
    session.add(row)
    await session.flush()
    job_args = {"task_id": str(row.id), **(args or {})}
    carrier = trace_carrier()  # the task's run continues this trace (empty when off)
    if carrier:
        job_args[TRACE_ARG] = carrier
    job_id = (
        await session.execute(
            _DEFER_SQL,
            {
                "queue": spec.queue,
                "task_name": name,
                "priority": (priority or spec.priority).procrastinate,
                "lock": lock,
                "queueing_lock": queueing_lock,
                "args": orjson.dumps(job_args, default=str).decode(),
                "scheduled_at": scheduled_at,
            },
        )
    ).scalar_one()
    row.queue_job_id = int(job_id)
    await session.flush()
    return row


async def enqueue_once(
    session: AsyncSession, name: str, *, org_id: uuid.UUID, key: str, **kwargs: Any
) -> Task | None:
    """:func:`enqueue` unless a job of this task for ``key`` is already waiting to run:
    a burst of requests asking for the same work queues it once (the waiting job, run
    later, sees them all). ``None`` when one was waiting."""
    try:
        async with session.begin_nested():  # the refused row and job go, nothing else
            return await enqueue(
                session, name, org_id=org_id, queueing_lock=f"{name}:{key}", **kwargs
            )
    except IntegrityError as exc:
        if "queueing_lock" not in str(exc.orig):
            raise
        return None


class TaskContext:
    """What a running task gets: the runtime, its own ``tasks`` row id, and which run this
    is (``attempt`` from 1; ``final_attempt`` when the queue will not run it again)."""

    def __init__(
        self,
        runtime: Runtime,
        task_id: uuid.UUID,
        org_id: uuid.UUID,
        *,
        attempt: int = 1,
        final_attempt: bool = True,
    ) -> None:
        self.runtime = runtime
        self.task_id = task_id
        self.org_id = org_id
        self.attempt = attempt
        self.final_attempt = final_attempt

    def session(self) -> Any:
        return self.runtime.db.session()

    async def progress(
        self, *, completed: int | None = None, failed: int | None = None, total: int | None = None
    ) -> None:
        """Record progress in its own short transaction so the API sees it at once."""
        values: dict[str, Any] = {"updated_at": utcnow()}
        if completed is not None:
            values["completed"] = completed
        if failed is not None:
            values["failed"] = failed
        if total is not None:
            values["total"] = total
        async with self.runtime.db.session() as session:
            await session.execute(update(Task).where(Task.id == self.task_id).values(**values))
