"""A job's board (its stages with their applications) and its pipeline figures, and the
organisation's counts per stage (for the analytics)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.errors import NotFound
from talentsonar.core.models import utcnow
from talentsonar.core.schemas import PageParams
from talentsonar.models.pipeline_stage import StageKind
from talentsonar.pipeline import schemas
from talentsonar.pipeline.repository import (
    ApplicationRepository,
    BoardRepository,
    LookupRepository,
    StageRepository,
)

#: The board shows at most this many cards per column unless asked for fewer or more.
BOARD_DEFAULT_LIMIT = 50
BOARD_MAX_LIMIT = 200


def seconds_since(moment: datetime, now: datetime) -> int:
    return max(0, int((now - moment).total_seconds()))


async def board(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    per_stage: int = BOARD_DEFAULT_LIMIT,
) -> schemas.Board:
    """The job's stages in order, each with its count and its best ``per_stage``
    applications (two queries, compiled once)."""
    repo = BoardRepository(session, org_id)
    stages = await repo.job_stages(job_id)
    if not stages:
        raise NotFound("Job")
    rows = await repo.cards(job_id, per_stage)
    now = utcnow()
    columns: dict[uuid.UUID, dict[str, Any]] = {
        s["id"]: {
            "id": s["id"],
            "name": s["name"],
            "kind": s["kind"],
            "position": s["position"],
            "count": 0,
            "applications": [],
        }
        for s in stages
        if s["id"] is not None
    }
    total = 0
    for row in rows:
        column = columns.get(row["stage_id"])
        if column is None:  # pragma: no cover - stages in use cannot be deleted
            continue
        cards = column["applications"]
        if not cards:
            column["count"] = row["stage_count"]
            total += row["stage_count"]
        score = row["score"]
        cards.append(
            {
                "id": row["id"],
                "candidate_id": row["candidate_id"],
                "candidate_name": row["candidate_name"],
                "score": round(score, 1) if score is not None else None,
                "stage_entered_at": row["stage_entered_at"],
                "time_in_stage_seconds": seconds_since(row["stage_entered_at"], now),
            }
        )
    return schemas.Board.model_validate(
        {
            "job_id": job_id,
            "job_title": stages[0]["title"],
            "total": total,
            "limit": per_stage,
            "stages": list(columns.values()),
        }
    )


async def figures(
    session: AsyncSession, org_id: uuid.UUID, job_id: uuid.UUID
) -> schemas.PipelineFigures:
    """Counts per stage now, how many ever reached each stage, the mean time spent in it,
    and the conversion from each open stage to any later open or hired one."""
    if await LookupRepository(session, org_id).job_title(job_id) is None:
        raise NotFound("Job")
    stages = await StageRepository(session, org_id).ordered()
    repo = ApplicationRepository(session, org_id)
    counts = await repo.stage_counts(job_id)
    spans = {f.stage_id: f for f in await repo.stage_figures(job_id)}
    reached: dict[uuid.UUID, set[uuid.UUID]] = {}
    for app_id, stage_id in await repo.reached_stages(job_id):
        reached.setdefault(stage_id, set()).add(app_id)
    forward = [s for s in stages if s.kind in (StageKind.open.value, StageKind.hired.value)]
    out = []
    for stage in stages:
        conversion = None
        if stage.kind == StageKind.open.value:
            here = reached.get(stage.id, set())
            later = set().union(
                *(reached.get(s.id, set()) for s in forward if s.position > stage.position)
            )
            conversion = round(len(here & later) / len(here), 3) if here else None
        span = spans.get(stage.id)
        out.append(
            schemas.StageFigures(
                id=stage.id,
                name=stage.name,
                kind=StageKind(stage.kind),
                position=stage.position,
                count=counts.get(stage.id, 0),
                reached=len(reached.get(stage.id, ())),
                average_days_in_stage=round(span.average_seconds / 86400, 2)
                if span and span.average_seconds is not None
                else None,
                conversion_to_next=conversion,
            )
        )
    return schemas.PipelineFigures(job_id=job_id, total=sum(counts.values()), stages=out)


async def organization_stage_counts(session: AsyncSession, org_id: uuid.UUID) -> dict[str, int]:
    """Live applications per stage name across the organisation's jobs (every stage,
    in order; for the analytics)."""
    stages = await StageRepository(session, org_id).ordered()
    counts = await ApplicationRepository(session, org_id).stage_counts()
    return {s.name: counts.get(s.id, 0) for s in stages}


async def job_counts(
    session: AsyncSession, org_id: uuid.UUID, paging: PageParams, status: str | None
) -> tuple[list[schemas.JobPipelineCounts], int]:
    """A page of the organisation's jobs, each with its applications per stage."""
    stages = await StageRepository(session, org_id).ordered()
    jobs, counts, total = await ApplicationRepository(session, org_id).job_counts(paging, status)
    out = []
    for job_id, title in jobs:
        per_stage = counts.get(job_id, {})
        out.append(
            schemas.JobPipelineCounts(
                job_id=job_id,
                job_title=title,
                total=sum(per_stage.values()),
                stages=[
                    schemas.StageCount(
                        id=s.id, name=s.name, kind=StageKind(s.kind), count=per_stage.get(s.id, 0)
                    )
                    for s in stages
                ],
            )
        )
    return out, total
