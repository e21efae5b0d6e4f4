from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from talentsonar.core.schemas import Schema
from talentsonar.models.task import TaskStatus


class TaskOut(Schema):
    id: uuid.UUID
    kind: str
    status: TaskStatus
    progress: int
    total: int
    completed: int
    failed: int
    attempts: int
    subject_type: str | None
    subject_id: uuid.UUID | None
    result: dict[str, Any] | None
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
