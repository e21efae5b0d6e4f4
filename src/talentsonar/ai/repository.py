"""All SQL of the AI layer: usage accounting, the organisation's blind-screening
setting, the texts of jobs and candidates, and the status of batch analyses."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, insert, select

from talentsonar.core.repository import TenantRepository
from talentsonar.models.ai_usage import AiUsage
from talentsonar.models.candidate import Candidate
from talentsonar.models.cv_document import CvDocument
from talentsonar.models.job import Job
from talentsonar.models.task import Task


class AiUsageRepository(TenantRepository[AiUsage]):
    model = AiUsage
    label = "AI usage"

    async def record(self, **values: Any) -> None:
        """Append one usage row (a Core insert: this runs on every cache hit too)."""
        await self.session.execute(
            insert(AiUsage).values(id=uuid.uuid4(), org_id=self.org_id, **values)
        )

    async def totals(self) -> list[dict[str, Any]]:
        """Per operation and provider: calls, cached calls, tokens and cost."""
        stmt = (
            select(
                AiUsage.operation,
                AiUsage.provider,
                func.count(),
                func.count().filter(AiUsage.cached),
                func.sum(AiUsage.prompt_tokens),
                func.sum(AiUsage.completion_tokens),
                func.sum(AiUsage.cost_usd),
            )
            .where(AiUsage.org_id == self.org_id)
            .group_by(AiUsage.operation, AiUsage.provider)
            .order_by(AiUsage.operation, AiUsage.provider)
        )
        rows = (await self.session.execute(stmt)).all()
        return [
            {
                "operation": op,
                "provider": p,
                "calls": n,
                "cachedCalls": c,
                "promptTokens": int(pt or 0),
                "completionTokens": int(ct or 0),
                "costUsd": float(cost or 0),
            }
            for op, p, n, c, pt, ct, cost in rows
        ]


class AiJobRepository(TenantRepository[Job]):
    model = Job
    label = "Job"


class AiCandidateRepository(TenantRepository[Candidate]):
    model = Candidate
    label = "Candidate"

    async def current_cv_text(self, candidate_id: uuid.UUID) -> str | None:
        stmt = (
            select(CvDocument.extracted_text)
            .where(
                CvDocument.org_id == self.org_id,
                CvDocument.candidate_id == candidate_id,
                CvDocument.deleted_at.is_(None),
            )
            .order_by(CvDocument.is_current.desc(), CvDocument.version.desc())
            .limit(1)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()


class AiTaskRepository(TenantRepository[Task]):
    model = Task
    label = "Task"

    async def latest_for_subject(self, kind: str, subject_id: uuid.UUID) -> Task | None:
        stmt = (
            select(Task)
            .where(Task.org_id == self.org_id, Task.deleted_at.is_(None))
            .where(Task.kind == kind, Task.subject_id == subject_id)
            .order_by(Task.created_at.desc())
            .limit(1)
        )
        return (await self.session.execute(stmt)).scalars().first()
