"""The hiring pipeline's service: applications, moves and their history. Services flush,
never commit; every stage change is audited and published as
:class:`~talentsonar.core.events.ApplicationStageChanged` (webhooks, feedback learning and
analytics subscribe to it). The organisation's stages and reasons (``stages``) and a job's
board and figures (``board``) are re-exported here: other packages call this module."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.audit import Actor, record
from talentsonar.core.errors import Conflict, NotFound, UnprocessableEntity
from talentsonar.core.events import ApplicationStageChanged, publish
from talentsonar.core.models import utcnow
from talentsonar.core.schemas import PageParams
from talentsonar.models.application import Application
from talentsonar.models.application_event import ApplicationEvent
from talentsonar.models.pipeline_stage import PipelineStage, StageKind
from talentsonar.models.rejection_reason import RejectionReason
from talentsonar.pipeline import schemas
from talentsonar.pipeline.board import (
    BOARD_DEFAULT_LIMIT,
    BOARD_MAX_LIMIT,
    board,
    figures,
    job_counts,
    organization_stage_counts,
    seconds_since,
)
from talentsonar.pipeline.repository import (
    ApplicationEventRepository,
    ApplicationRepository,
    ApplicationView,
    LookupRepository,
    StageRepository,
)
from talentsonar.pipeline.stages import (
    create_reason,
    create_stage,
    delete_reason,
    delete_stage,
    ensure_defaults,
    known_stage,
    list_reasons,
    list_stages,
    reason_for,
    stage_map,
    update_reason,
    update_stage,
)

__all__ = [
    "BOARD_DEFAULT_LIMIT",
    "BOARD_MAX_LIMIT",
    "add_to_job",
    "board",
    "create_application",
    "create_reason",
    "create_stage",
    "delete_application",
    "delete_reason",
    "delete_stage",
    "describe",
    "ensure_defaults",
    "figures",
    "get_application",
    "history",
    "job_counts",
    "known_stage",
    "list_applications",
    "list_reasons",
    "list_stages",
    "locked_applications",
    "move",
    "move_one",
    "organization_stage_counts",
    "reason_for",
    "stage_map",
    "update_reason",
    "update_stage",
]


def _out(
    view: ApplicationView, stages: dict[uuid.UUID, PipelineStage], now: datetime
) -> schemas.Application:
    stage = stages.get(view.stage_id)
    return schemas.Application(
        id=view.id,
        job_id=view.job_id,
        candidate_id=view.candidate_id,
        candidate_name=view.candidate_name,
        job_title=view.job_title,
        stage=schemas.StageRef(
            id=view.stage_id,
            name=stage.name if stage else "",
            kind=StageKind(stage.kind) if stage else StageKind.open,
        ),
        stage_entered_at=view.stage_entered_at,
        time_in_stage_seconds=seconds_since(view.stage_entered_at, now),
        source=view.source,
        rejection_reason=schemas.ReasonRef(
            id=view.rejection_reason_id, label=view.rejection_reason_label or ""
        )
        if view.rejection_reason_id
        else None,
        created_at=view.created_at,
        updated_at=view.updated_at,
    )


async def describe(
    session: AsyncSession,
    org_id: uuid.UUID,
    ids: Sequence[uuid.UUID],
    stages: dict[uuid.UUID, PipelineStage] | None = None,
) -> list[schemas.Application]:
    """The applications ``ids`` as the API shows them (in the order given)."""
    if stages is None:
        stages = {s.id: s for s in await StageRepository(session, org_id).ordered()}
    views = await ApplicationRepository(session, org_id).views(ids)
    now = utcnow()
    return [_out(views[i], stages, now) for i in ids if i in views]


async def get_application(
    session: AsyncSession, org_id: uuid.UUID, application_id: uuid.UUID
) -> schemas.Application:
    found = await describe(session, org_id, [application_id])
    if not found:
        raise NotFound("Application")
    return found[0]


async def list_applications(
    session: AsyncSession,
    org_id: uuid.UUID,
    paging: PageParams,
    *,
    job_id: uuid.UUID | None = None,
    candidate_id: uuid.UUID | None = None,
    stage_id: uuid.UUID | None = None,
) -> tuple[list[schemas.Application], int]:
    stages = await StageRepository(session, org_id).ordered()
    by_id = {s.id: s for s in stages}
    views, total = await ApplicationRepository(session, org_id).view_page(
        paging, job_id=job_id, candidate_id=candidate_id, stage_id=stage_id
    )
    now = utcnow()
    return [_out(v, by_id, now) for v in views], total


async def _entered(
    session: AsyncSession,
    org_id: uuid.UUID,
    application: Application,
    *,
    from_stage: PipelineStage | None,
    to_stage: PipelineStage,
    reason: RejectionReason | None,
    comment: str | None,
    actor: Actor,
) -> None:
    """Record that ``application`` entered ``to_stage``: history, audit, event."""
    await ApplicationEventRepository(session, org_id).create(
        ApplicationEvent(
            application_id=application.id,
            from_stage_id=from_stage.id if from_stage else None,
            from_stage_name=from_stage.name if from_stage else None,
            to_stage_id=to_stage.id,
            to_stage_name=to_stage.name,
            actor_user_id=actor.user_id,
            rejection_reason_id=reason.id if reason else None,
            reason=comment or None,
        )
    )
    why = "; ".join(x for x in (reason.label if reason else None, comment) if x) or None
    await record(
        session,
        actor,
        "application.created" if from_stage is None else "application.moved",
        org_id=org_id,
        target_type="application",
        target_id=application.id,
        before={"stage": from_stage.name} if from_stage else None,
        after={
            "stage": to_stage.name,
            "kind": to_stage.kind,
            "reason": why,
            "jobId": str(application.job_id),
            "candidateId": str(application.candidate_id),
        },
    )
    await publish(
        session,
        ApplicationStageChanged(
            org_id=org_id,
            application_id=application.id,
            job_id=application.job_id,
            candidate_id=application.candidate_id,
            from_stage_id=from_stage.id if from_stage else None,
            from_stage=from_stage.name if from_stage else None,
            to_stage_id=to_stage.id,
            to_stage=to_stage.name,
            to_kind=to_stage.kind,
            reason=why,
            user_id=actor.user_id,
        ),
    )


async def create_application(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    *,
    actor: Actor,
    stage_id: uuid.UUID | None = None,
    source: str = "manual",
) -> tuple[uuid.UUID, bool]:
    """The application of ``candidate_id`` to ``job_id`` (both the organisation's, else
    404), created in ``stage_id`` (default: the first open stage) unless the pair already
    has one: ``(id, created)``."""
    lookup = LookupRepository(session, org_id)
    if await lookup.job_title(job_id) is None:
        raise NotFound("Job")
    if not await lookup.candidates([candidate_id]):
        raise NotFound("Candidate")
    return await _create(
        session, org_id, job_id, candidate_id, actor=actor, stage_id=stage_id, source=source
    )


async def _create(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    candidate_id: uuid.UUID,
    *,
    actor: Actor,
    stage_id: uuid.UUID | None,
    source: str,
    stages: dict[uuid.UUID, PipelineStage] | None = None,
) -> tuple[uuid.UUID, bool]:
    repo = ApplicationRepository(session, org_id)
    existing = await repo.find(job_id, candidate_id)
    if existing is not None:
        return existing.id, False
    stages = stages if stages is not None else await stage_map(session, org_id)
    stage: PipelineStage | None
    if stage_id is not None:
        stage = known_stage(stages, stage_id)
        if stage.kind == StageKind.rejected.value:
            raise UnprocessableEntity(
                "An application cannot start rejected: create it, then "
                "move it with a rejection reason",
                details=[{"field": "stageId"}],
            )
    else:
        stage = next((s for s in stages.values() if s.kind == StageKind.open.value), None)
        if stage is None:  # pragma: no cover - the last open stage cannot be deleted
            raise Conflict("The pipeline has no open stage")
    now = utcnow()
    new_id = await repo.insert_new(
        {
            "job_id": job_id,
            "candidate_id": candidate_id,
            "stage_id": stage.id,
            "stage_entered_at": now,
            "source": source,
            "created_by_id": actor.user_id,
            "created_at": now,
            "updated_at": now,
        }
    )
    if new_id is None:  # another transaction created it meanwhile
        again = await repo.find(job_id, candidate_id)
        if again is None:  # pragma: no cover - it was deleted again at once
            raise Conflict("The application changed meanwhile: try again")
        return again.id, False
    application = await repo.get_or_404(new_id)
    await _entered(
        session,
        org_id,
        application,
        from_stage=None,
        to_stage=stage,
        reason=None,
        comment=None,
        actor=actor,
    )
    return new_id, True


async def add_to_job(
    session: AsyncSession,
    org_id: uuid.UUID,
    job_id: uuid.UUID,
    body: schemas.JobApplicationsAdd,
    actor: Actor,
) -> list[schemas.AddedApplication]:
    """Add candidates to a job's pipeline (from its shortlist or a talent search); those
    already in it keep their application. Every candidate must be the organisation's
    (else 404, nothing written)."""
    lookup = LookupRepository(session, org_id)
    if await lookup.job_title(job_id) is None:
        raise NotFound("Job")
    wanted = list(dict.fromkeys(body.candidate_ids))
    found = await lookup.candidates(wanted)
    missing = [str(c) for c in wanted if c not in found]
    if missing:
        raise NotFound("Candidate", details=[{"candidateId": c} for c in missing])
    stages = await stage_map(session, org_id)
    out = []
    for candidate_id in wanted:
        app_id, created = await _create(
            session,
            org_id,
            job_id,
            candidate_id,
            actor=actor,
            stage_id=body.stage_id,
            source=body.source,
            stages=stages,
        )
        out.append(
            schemas.AddedApplication(
                candidate_id=candidate_id, application_id=app_id, created=created
            )
        )
    return out


async def move(
    session: AsyncSession,
    org_id: uuid.UUID,
    application_id: uuid.UUID,
    body: schemas.StageMove,
    actor: Actor,
) -> bool:
    """Move one application; ``False`` when it already was in the stage (nothing
    recorded)."""
    found = await ApplicationRepository(session, org_id).locked([application_id])
    if not found:
        raise NotFound("Application")
    stages = await stage_map(session, org_id)
    target = known_stage(stages, body.stage_id)
    reason = await reason_for(session, org_id, target, body.rejection_reason_id)
    return await move_one(session, org_id, found[0], stages, target, reason, body.reason, actor)


async def move_one(
    session: AsyncSession,
    org_id: uuid.UUID,
    application: Application,
    stages: dict[uuid.UUID, PipelineStage],
    target: PipelineStage,
    reason: RejectionReason | None,
    comment: str | None,
    actor: Actor,
) -> bool:
    if application.stage_id == target.id and application.rejection_reason_id == (
        reason.id if reason else None
    ):
        return False
    source = stages.get(application.stage_id)
    application.stage_id = target.id
    application.stage_entered_at = utcnow()
    application.rejection_reason_id = reason.id if reason else None
    await session.flush()
    await _entered(
        session,
        org_id,
        application,
        from_stage=source,
        to_stage=target,
        reason=reason,
        comment=comment,
        actor=actor,
    )
    return True


async def locked_applications(
    session: AsyncSession, org_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> list[Application]:
    """The organisation's live applications among ``ids``, locked for update."""
    return await ApplicationRepository(session, org_id).locked(ids)


async def delete_application(
    session: AsyncSession, org_id: uuid.UUID, application_id: uuid.UUID, actor: Actor
) -> None:
    """Take an application off the pipeline (its history stays for the audit)."""
    repo = ApplicationRepository(session, org_id)
    application = await repo.get_or_404(application_id)
    await repo.soft_delete(application)
    await record(
        session,
        actor,
        "application.deleted",
        org_id=org_id,
        target_type="application",
        target_id=application.id,
        before={"jobId": str(application.job_id), "candidateId": str(application.candidate_id)},
    )


async def history(
    session: AsyncSession, org_id: uuid.UUID, application_id: uuid.UUID
) -> list[schemas.ApplicationEvent]:
    if await ApplicationRepository(session, org_id).get(application_id) is None:
        raise NotFound("Application")
    rows = await ApplicationEventRepository(session, org_id).history(application_id)
    return [
        schemas.ApplicationEvent(
            id=r.id,
            from_stage_id=r.from_stage_id,
            from_stage=r.from_stage,
            to_stage_id=r.to_stage_id,
            to_stage=r.to_stage,
            actor_user_id=r.actor_user_id,
            actor_name=r.actor_name,
            rejection_reason=schemas.ReasonRef(
                id=r.rejection_reason_id, label=r.rejection_reason_label or ""
            )
            if r.rejection_reason_id
            else None,
            reason=r.reason,
            created_at=r.created_at,
        )
        for r in rows
    ]


async def applications_of_candidates(
    session: AsyncSession,
    org_id: uuid.UUID,
    candidate_ids: Sequence[uuid.UUID],
    *,
    offset: int,
    limit: int,
) -> dict[uuid.UUID, tuple[list[schemas.Application], int]]:
    """Each candidate's applications from ``offset`` on (``limit`` of them, latest move
    first) and their total: two queries for any number of candidates."""
    by_id = {s.id: s for s in await StageRepository(session, org_id).ordered()}
    views, totals = await ApplicationRepository(session, org_id).candidates_views(
        candidate_ids, offset=offset, limit=limit)
    now = utcnow()
    return {
        cid: ([_out(v, by_id, now) for v in views.get(cid, [])], totals.get(cid, 0))
        for cid in candidate_ids
    }
