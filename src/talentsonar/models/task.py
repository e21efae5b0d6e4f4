from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Enum, ForeignKey, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from talentsonar.models.base import TenantModel


class TaskStatus(enum.StrEnum):
    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"
    cancelled = "cancelled"


class Task(TenantModel):
    """A unit of background work as the owning organisation sees it: status and progress."""

    __tablename__ = "tasks"

    kind: Mapped[str] = mapped_column(String(100), index=True)
    status: Mapped[TaskStatus] = mapped_column(
        Enum(TaskStatus, name="task_status", values_callable=lambda e: [m.value for m in e]),
        default=TaskStatus.queued,
        index=True,
    )
    total: Mapped[int] = mapped_column(default=0)
    completed: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    attempts: Mapped[int] = mapped_column(default=0)
    subject_type: Mapped[str | None] = mapped_column(String(50), default=None)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSONB, default=None)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    queue_job_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)

    @property
    def progress(self) -> int:
        return task_progress(self.status, self.total, self.completed, self.failed)


def task_progress(status: str, total: int, completed: int, failed: int) -> int:
    """Percent done: items finished (succeeded or failed) of ``total``; 100 once succeeded."""
    if status == TaskStatus.succeeded:
        return 100
    if not total:
        return 0
    return min(100, round(100 * (completed + failed) / total))
