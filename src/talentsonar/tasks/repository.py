from __future__ import annotations

from talentsonar.core.repository import TenantRepository
from talentsonar.models.task import Task


class TaskRepository(TenantRepository[Task]):
    model = Task
    label = "Task"
