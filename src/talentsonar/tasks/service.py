"""Tasks: the status and progress of background work, for other packages (GraphQL)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.schemas import PageParams
from talentsonar.tasks.repository import TaskRepository, TaskRow


async def task_row(session: AsyncSession, org_id: uuid.UUID, task_id: uuid.UUID) -> TaskRow | None:
    """One task of ``org_id`` as the tasks API shows it (``None`` for another's)."""
    return await TaskRepository(session, org_id).row(task_id)


async def task_page(
    session: AsyncSession, org_id: uuid.UUID, paging: PageParams
) -> tuple[list[TaskRow], int]:
    """The organisation's tasks, newest first, and their total."""
    return await TaskRepository(session, org_id).page(paging)
