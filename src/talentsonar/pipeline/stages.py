"""The organisation's pipeline settings: its ordered stages (each of a kind that renaming
never changes) and its rejection reasons, with the defaults a new organisation gets."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.audit import Actor, record
from talentsonar.core.errors import Conflict, UnprocessableEntity
from talentsonar.models.pipeline_stage import PipelineStage, StageKind
from talentsonar.models.rejection_reason import RejectionReason
from talentsonar.pipeline import schemas
from talentsonar.pipeline.defaults import DEFAULT_REJECTION_REASONS, DEFAULT_STAGES
from talentsonar.pipeline.repository import (
    ApplicationRepository,
    ReasonRepository,
    StageRepository,
    lock_org,
)

P = TypeVar("P", PipelineStage, RejectionReason)


# --- defaults ---------------------------------------------------------------------------


async def ensure_defaults(session: AsyncSession, org_id: uuid.UUID) -> None:
    """Give an organisation that never had stages (or reasons) the default ones."""
    stages = StageRepository(session, org_id)
    reasons = ReasonRepository(session, org_id)
    if await stages.has_any() and await reasons.has_any():
        return
    await lock_org(stages, "defaults")
    if not await stages.has_any():
        for position, (name, kind) in enumerate(DEFAULT_STAGES):
            stages.add(PipelineStage(name=name, kind=kind.value, position=position))
    if not await reasons.has_any():
        for position, label in enumerate(DEFAULT_REJECTION_REASONS):
            reasons.add(RejectionReason(label=label, position=position))
    await session.flush()


def _place(items: list[P], item: P, position: int | None) -> None:
    """Put ``item`` at ``position`` (clamped; the end when ``None``) of ``items`` and
    number them all 0..n-1."""
    rest = [i for i in items if i is not item]
    index = len(rest) if position is None else max(0, min(position, len(rest)))
    rest.insert(index, item)
    for number, each in enumerate(rest):
        if each.position != number:
            each.position = number


# --- stages -----------------------------------------------------------------------------


async def list_stages(session: AsyncSession, org_id: uuid.UUID) -> list[PipelineStage]:
    return await StageRepository(session, org_id).ordered()


async def create_stage(
    session: AsyncSession, org_id: uuid.UUID, body: schemas.StageCreate, actor: Actor
) -> PipelineStage:
    await ensure_defaults(session, org_id)
    repo = StageRepository(session, org_id)
    await lock_org(repo, "stages")
    if await repo.name_taken(body.name):
        raise Conflict(f"A stage named {body.name!r} already exists")
    stages = await repo.ordered()
    position = body.position
    if position is None:  # after the last stage of its kind (open stages before hired)
        same = [i for i, s in enumerate(stages) if s.kind == body.kind.value]
        position = same[-1] + 1 if same else len(stages)
    stage = await repo.create(
        PipelineStage(name=body.name, kind=body.kind.value, position=len(stages))
    )
    _place([*stages, stage], stage, position)
    await session.flush()
    await record(
        session,
        actor,
        "pipeline.stage_created",
        org_id=org_id,
        target_type="pipeline_stage",
        target_id=stage.id,
        after={"name": stage.name, "kind": stage.kind},
    )
    return stage


async def update_stage(
    session: AsyncSession,
    org_id: uuid.UUID,
    stage_id: uuid.UUID,
    body: schemas.StageUpdate,
    actor: Actor,
) -> PipelineStage:
    repo = StageRepository(session, org_id)
    await lock_org(repo, "stages")
    stage = await repo.get_or_404(stage_id)
    before = {"name": stage.name, "position": stage.position}
    if body.name is not None and body.name != stage.name:
        if await repo.name_taken(body.name, other_than=stage.id):
            raise Conflict(f"A stage named {body.name!r} already exists")
        stage.name = body.name
    if body.position is not None:
        _place(await repo.ordered(), stage, body.position)
    await session.flush()
    await record(
        session,
        actor,
        "pipeline.stage_updated",
        org_id=org_id,
        target_type="pipeline_stage",
        target_id=stage.id,
        before=before,
        after={"name": stage.name, "position": stage.position},
    )
    return stage


async def delete_stage(
    session: AsyncSession, org_id: uuid.UUID, stage_id: uuid.UUID, actor: Actor
) -> None:
    """Remove an empty stage; the last stage of a kind stays (the pipeline always has
    somewhere to put new, hired, rejected and withdrawn applications)."""
    repo = StageRepository(session, org_id)
    await lock_org(repo, "stages")
    stage = await repo.get_or_404(stage_id)
    stages = await repo.ordered()
    if sum(1 for s in stages if s.kind == stage.kind) == 1:
        raise Conflict(
            f"{stage.name!r} is the only stage of kind {stage.kind}: add another "
            "one before removing it"
        )
    in_stage = await ApplicationRepository(session, org_id).count_in_stage(stage.id)
    if in_stage:
        raise Conflict(f"{in_stage} application(s) are in {stage.name!r}: move them first")
    await repo.soft_delete(stage)
    for number, each in enumerate(s for s in stages if s is not stage):
        each.position = number
    await session.flush()
    await record(
        session,
        actor,
        "pipeline.stage_deleted",
        org_id=org_id,
        target_type="pipeline_stage",
        target_id=stage.id,
        before={"name": stage.name, "kind": stage.kind},
    )


async def stage_map(session: AsyncSession, org_id: uuid.UUID) -> dict[uuid.UUID, PipelineStage]:
    stages = await StageRepository(session, org_id).ordered()
    if not stages:
        await ensure_defaults(session, org_id)
        stages = await StageRepository(session, org_id).ordered()
    return {s.id: s for s in stages}


def known_stage(stages: dict[uuid.UUID, PipelineStage], stage_id: uuid.UUID) -> PipelineStage:
    stage = stages.get(stage_id)
    if stage is None:
        raise UnprocessableEntity(
            "Unknown stage: use one of the organisation's stages (GET /api/v1/pipeline/stages)",
            details=[{"field": "stageId", "value": str(stage_id)}],
        )
    return stage


# --- rejection reasons ------------------------------------------------------------------


async def list_reasons(session: AsyncSession, org_id: uuid.UUID) -> list[RejectionReason]:
    return await ReasonRepository(session, org_id).ordered()


async def create_reason(
    session: AsyncSession, org_id: uuid.UUID, body: schemas.RejectionReasonCreate, actor: Actor
) -> RejectionReason:
    await ensure_defaults(session, org_id)
    repo = ReasonRepository(session, org_id)
    await lock_org(repo, "reasons")
    if await repo.label_taken(body.label):
        raise Conflict(f"The rejection reason {body.label!r} already exists")
    reasons = await repo.ordered()
    reason = await repo.create(RejectionReason(label=body.label, position=len(reasons)))
    _place([*reasons, reason], reason, body.position)
    await session.flush()
    await record(
        session,
        actor,
        "pipeline.reason_created",
        org_id=org_id,
        target_type="rejection_reason",
        target_id=reason.id,
        after={"label": reason.label},
    )
    return reason


async def update_reason(
    session: AsyncSession,
    org_id: uuid.UUID,
    reason_id: uuid.UUID,
    body: schemas.RejectionReasonUpdate,
    actor: Actor,
) -> RejectionReason:
    repo = ReasonRepository(session, org_id)
    await lock_org(repo, "reasons")
    reason = await repo.get_or_404(reason_id)
    before = {"label": reason.label, "position": reason.position}
    if body.label is not None and body.label != reason.label:
        if await repo.label_taken(body.label, other_than=reason.id):
            raise Conflict(f"The rejection reason {body.label!r} already exists")
        reason.label = body.label
    if body.position is not None:
        _place(await repo.ordered(), reason, body.position)
    await session.flush()
    await record(
        session,
        actor,
        "pipeline.reason_updated",
        org_id=org_id,
        target_type="rejection_reason",
        target_id=reason.id,
        before=before,
        after={"label": reason.label, "position": reason.position},
    )
    return reason


async def delete_reason(
    session: AsyncSession, org_id: uuid.UUID, reason_id: uuid.UUID, actor: Actor
) -> None:
    """Retire a reason: past rejections keep it in their history; the last one stays."""
    repo = ReasonRepository(session, org_id)
    await lock_org(repo, "reasons")
    reason = await repo.get_or_404(reason_id)
    reasons = await repo.ordered()
    if len(reasons) == 1:
        raise Conflict("An organisation keeps at least one rejection reason")
    await repo.soft_delete(reason)
    for number, each in enumerate(r for r in reasons if r is not reason):
        each.position = number
    await session.flush()
    await record(
        session,
        actor,
        "pipeline.reason_deleted",
        org_id=org_id,
        target_type="rejection_reason",
        target_id=reason.id,
        before={"label": reason.label},
    )


async def reason_for(
    session: AsyncSession, org_id: uuid.UUID, stage: PipelineStage, reason_id: uuid.UUID | None
) -> RejectionReason | None:
    """The rejection reason a move into ``stage`` takes: required for a stage of kind
    rejected (one of the organisation's), refused for any other."""
    if stage.kind != StageKind.rejected.value:
        if reason_id is not None:
            raise UnprocessableEntity(
                f"Only a rejection takes a rejection reason ({stage.name!r} is of kind "
                f"{stage.kind})",
                details=[{"field": "rejectionReasonId"}],
            )
        return None
    if reason_id is None:
        raise UnprocessableEntity(
            f"Moving to {stage.name!r} is a rejection: give a rejectionReasonId "
            "(GET /api/v1/pipeline/rejection-reasons)",
            details=[{"field": "rejectionReasonId", "problem": "missing"}],
        )
    reason = await ReasonRepository(session, org_id).get(reason_id)
    if reason is None:
        raise UnprocessableEntity(
            "Unknown rejection reason: use one of the organisation's",
            details=[{"field": "rejectionReasonId", "value": str(reason_id)}],
        )
    return reason
