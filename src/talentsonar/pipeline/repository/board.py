"""The board's two reads, compiled once per process (asked on every board view): the
job's title with the organisation's stages, then the job's applications ranked within
their stage, at most ``per_stage`` of each, with each stage's count."""

from __future__ import annotations

import uuid
from typing import Any, TypedDict, cast

from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.repository import CompiledSelect
from talentsonar.models.application import Application
from talentsonar.models.candidate import Candidate
from talentsonar.models.job import Job
from talentsonar.models.match import Match
from talentsonar.models.pipeline_stage import PipelineStage


class JobStageRow(TypedDict):
    title: str
    id: uuid.UUID | None
    name: str | None
    kind: str | None
    position: int | None


class BoardRow(TypedDict):
    id: uuid.UUID
    candidate_id: uuid.UUID
    candidate_name: str
    stage_id: uuid.UUID
    stage_entered_at: Any
    score: float | None
    stage_count: int


_JOB_STAGES = CompiledSelect(
    select(
        Job.title,
        PipelineStage.id,
        PipelineStage.name,
        PipelineStage.kind,
        PipelineStage.position,
    )
    .outerjoin(
        PipelineStage,
        and_(PipelineStage.org_id == Job.org_id, PipelineStage.deleted_at.is_(None)),
    )
    .where(
        Job.id == bindparam("job_id"),
        Job.org_id == bindparam("org_id"),
        Job.deleted_at.is_(None),
    )
    .order_by(PipelineStage.position, PipelineStage.created_at)
)

_RANKED = (
    select(
        Application.id,
        Application.candidate_id,
        Candidate.name.label("candidate_name"),
        Application.stage_id,
        Application.stage_entered_at,
        Match.ranking_score.label("score"),
        func.row_number()
        .over(
            partition_by=Application.stage_id,
            order_by=(
                Match.ranking_score.desc().nulls_last(),
                Application.stage_entered_at,
                Application.id,
            ),
        )
        .label("rank"),
        func.count().over(partition_by=Application.stage_id).label("stage_count"),
    )
    .join(Candidate, Candidate.id == Application.candidate_id)
    .outerjoin(
        Match,
        and_(Match.job_id == Application.job_id, Match.candidate_id == Application.candidate_id),
    )
    .where(
        Application.org_id == bindparam("org_id"),
        Application.job_id == bindparam("job_id"),
        Application.deleted_at.is_(None),
        Candidate.deleted_at.is_(None),
    )
    .subquery()
)
_BOARD = CompiledSelect(
    select(
        _RANKED.c.id,
        _RANKED.c.candidate_id,
        _RANKED.c.candidate_name,
        _RANKED.c.stage_id,
        _RANKED.c.stage_entered_at,
        _RANKED.c.score,
        _RANKED.c.stage_count,
    )
    .where(_RANKED.c.rank <= bindparam("per_stage"))
    .order_by(_RANKED.c.stage_id, _RANKED.c.rank)
)


class BoardRepository:
    def __init__(self, session: AsyncSession, org_id: uuid.UUID) -> None:
        self.session = session
        self.org_id = org_id

    async def job_stages(self, job_id: uuid.UUID) -> list[JobStageRow]:
        """The job's title with every live stage of the organisation (in order): no row
        when the job is not the organisation's."""
        rows = await _JOB_STAGES.rows(self.session, job_id=job_id, org_id=self.org_id)
        return cast(list[JobStageRow], rows)

    async def cards(self, job_id: uuid.UUID, per_stage: int) -> list[BoardRow]:
        """The job's applications, at most ``per_stage`` of each stage (best score first,
        then longest in stage), each with its stage's count."""
        rows = await _BOARD.rows(
            self.session, job_id=job_id, org_id=self.org_id, per_stage=per_stage
        )
        return cast(list[BoardRow], rows)
