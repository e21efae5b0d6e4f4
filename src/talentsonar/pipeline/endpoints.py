"""``/api/v1/applications`` (a candidate in a job's pipeline: create, move, history, bulk
actions) and ``/api/v1/pipeline`` (the organisation's stages and rejection reasons). A
job's board and figures are thin handlers in ``jobs/pipeline_endpoints.py``."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response, status

from talentsonar.auth.principal import Caller, OrgAdmin, authorize
from talentsonar.core.audit import Actor
from talentsonar.core.deps import ReadSession, Session
from talentsonar.core.schemas import Envelope, Message, Page, PageParams, Paging, page_params
from talentsonar.pipeline import bulk, service
from talentsonar.pipeline.schemas import (
    Application,
    ApplicationCreate,
    ApplicationEvent,
    BulkEmail,
    BulkMove,
    BulkReject,
    BulkResult,
    JobPipelineCounts,
    RejectionReason,
    RejectionReasonCreate,
    RejectionReasonUpdate,
    Stage,
    StageCreate,
    StageMove,
    StageUpdate,
)

applications = APIRouter(
    prefix="/applications", tags=["applications"], dependencies=[Depends(authorize)]
)
pipeline = APIRouter(prefix="/pipeline", tags=["pipeline"], dependencies=[Depends(authorize)])
router = applications
routers = (applications, pipeline)

#: Short lists answered whole by default (a page of up to 100).
ShortList = Annotated[PageParams, page_params(default_limit=100)]


# --- applications -----------------------------------------------------------------------


@applications.post(
    "",
    response_model=Envelope[Application],
    status_code=status.HTTP_201_CREATED,
    responses={200: {"description": "The pair already had an application: that one, unchanged"}},
)
async def create_application(
    body: ApplicationCreate,
    principal: Caller,
    session: Session,
    request: Request,
    response: Response,
) -> Envelope[Application]:
    """Put a candidate in a job's pipeline (201). Idempotent: a (job, candidate) pair has
    one application, and asking again answers it (200)."""
    app_id, created = await service.create_application(
        session,
        principal.org_id,
        body.job_id,
        body.candidate_id,
        actor=Actor.of(principal, request),
        stage_id=body.stage_id,
        source=body.source,
    )
    if not created:
        response.status_code = status.HTTP_200_OK
    return Envelope(
        data=await service.get_application(session, principal.org_id, app_id),
        message="Application created" if created else "Application already exists",
    )


@applications.get("", response_model=Page[Application])
async def list_applications(
    principal: Caller,
    session: ReadSession,
    paging: Paging,
    job_id: Annotated[uuid.UUID | None, Query(alias="jobId")] = None,
    candidate_id: Annotated[uuid.UUID | None, Query(alias="candidateId")] = None,
    stage_id: Annotated[uuid.UUID | None, Query(alias="stageId")] = None,
) -> Page[Application]:
    """Applications, latest stage change first; filter by job, candidate or stage (a
    board column's further pages: ``jobId`` and ``stageId``)."""
    items, total = await service.list_applications(
        session,
        principal.org_id,
        paging,
        job_id=job_id,
        candidate_id=candidate_id,
        stage_id=stage_id,
    )
    return Page(data=items, pagination=paging.pagination(total))


@applications.post("/bulk/move", response_model=Envelope[BulkResult])
async def bulk_move(
    body: BulkMove, principal: Caller, session: Session, request: Request
) -> Envelope[BulkResult]:
    """Move many applications to one stage, all or nothing: any unknown application
    refuses the whole request (422, each bad id in ``details``)."""
    result = await bulk.move_many(session, principal.org_id, body, Actor.of(principal, request))
    return Envelope(data=result, message=f"{result.moved} application(s) moved")


@applications.post("/bulk/reject", response_model=Envelope[BulkResult])
async def bulk_reject(
    body: BulkReject, principal: Caller, session: Session, request: Request
) -> Envelope[BulkResult]:
    """Reject many applications with one reason, all or nothing (as ``bulk/move``)."""
    result = await bulk.reject_many(session, principal.org_id, body, Actor.of(principal, request))
    return Envelope(data=result, message=f"{result.moved} application(s) rejected")


@applications.post("/bulk/email", response_model=Envelope[BulkResult])
async def bulk_email(
    body: BulkEmail, principal: Caller, session: Session, request: Request
) -> Envelope[BulkResult]:
    """E-mail the candidates of many applications from a template with merge fields
    (``{{ candidate.first_name }}``, ``{{ job.title }}``…; see docs/PIPELINE.md). A
    template error or an unknown field refuses the request (422); a candidate without an
    e-mail address is ``skipped``."""
    result = await bulk.email_many(session, principal.org_id, body, Actor.of(principal, request))
    return Envelope(data=result, message=f"{result.queued} e-mail(s) queued")


@applications.get("/{application_id}", response_model=Envelope[Application])
async def get_application(
    application_id: uuid.UUID, principal: Caller, session: ReadSession
) -> Envelope[Application]:
    return Envelope(data=await service.get_application(session, principal.org_id, application_id))


@applications.post("/{application_id}/move", response_model=Envelope[Application])
async def move_application(
    application_id: uuid.UUID,
    body: StageMove,
    principal: Caller,
    session: Session,
    request: Request,
) -> Envelope[Application]:
    """Move to another stage. A stage of kind rejected needs a ``rejectionReasonId``;
    every move is kept in the history, audited and sent to the webhooks."""
    moved = await service.move(
        session, principal.org_id, application_id, body, Actor.of(principal, request)
    )
    return Envelope(
        data=await service.get_application(session, principal.org_id, application_id),
        message="Application moved" if moved else "Already in that stage",
    )


@applications.get("/{application_id}/history", response_model=Page[ApplicationEvent])
async def application_history(
    application_id: uuid.UUID, principal: Caller, session: ReadSession, paging: ShortList
) -> Page[ApplicationEvent]:
    """Every stage change, oldest first: who, when, from, to and why."""
    items, total = paging.page_of(await service.history(session, principal.org_id, application_id))
    return Page(data=items, pagination=paging.pagination(total))


@applications.delete("/{application_id}", response_model=Message)
async def delete_application(
    application_id: uuid.UUID, principal: Caller, session: Session, request: Request
) -> Message:
    """Take the application off the pipeline (its history is kept)."""
    await service.delete_application(
        session, principal.org_id, application_id, Actor.of(principal, request)
    )
    return Message(message="Application deleted")


@pipeline.get("/jobs", response_model=Page[JobPipelineCounts])
async def pipeline_counts(
    principal: Caller,
    session: ReadSession,
    paging: ShortList,
    status: Annotated[
        Literal["open", "closed", "on hold", "all"], Query(description="Jobs of this status")
    ] = "open",
) -> Page[JobPipelineCounts]:
    """The organisation's jobs (newest first) with their applications per stage: the
    dashboard's pipeline counts in one call."""
    items, total = await service.job_counts(
        session, principal.org_id, paging, None if status == "all" else status
    )
    return Page(data=items, pagination=paging.pagination(total))


# --- stages -----------------------------------------------------------------------------


@pipeline.get("/stages", response_model=Page[Stage])
async def list_stages(principal: Caller, session: ReadSession, paging: ShortList) -> Page[Stage]:
    """The organisation's stages, in board order."""
    items, total = paging.page_of(
        [Stage.model_validate(s) for s in await service.list_stages(session, principal.org_id)]
    )
    return Page(data=items, pagination=paging.pagination(total))


@pipeline.post("/stages", response_model=Envelope[Stage], status_code=status.HTTP_201_CREATED)
async def create_stage(
    body: StageCreate, principal: OrgAdmin, session: Session, request: Request
) -> Envelope[Stage]:
    """Add a stage (admins). Its kind (open, hired, rejected, withdrawn) never changes."""
    stage = await service.create_stage(
        session, principal.org_id, body, Actor.of(principal, request)
    )
    return Envelope(data=Stage.model_validate(stage), message="Stage created")


@pipeline.patch("/stages/{stage_id}", response_model=Envelope[Stage])
async def update_stage(
    stage_id: uuid.UUID,
    body: StageUpdate,
    principal: OrgAdmin,
    session: Session,
    request: Request,
) -> Envelope[Stage]:
    """Rename or reorder a stage (admins)."""
    stage = await service.update_stage(
        session, principal.org_id, stage_id, body, Actor.of(principal, request)
    )
    return Envelope(data=Stage.model_validate(stage), message="Stage updated")


@pipeline.delete("/stages/{stage_id}", response_model=Message)
async def delete_stage(
    stage_id: uuid.UUID, principal: OrgAdmin, session: Session, request: Request
) -> Message:
    """Remove an empty stage (admins); the last stage of each kind stays (409)."""
    await service.delete_stage(session, principal.org_id, stage_id, Actor.of(principal, request))
    return Message(message="Stage deleted")


# --- rejection reasons ------------------------------------------------------------------


@pipeline.get("/rejection-reasons", response_model=Page[RejectionReason])
async def list_reasons(
    principal: Caller, session: ReadSession, paging: ShortList
) -> Page[RejectionReason]:
    items, total = paging.page_of(
        [
            RejectionReason.model_validate(r)
            for r in await service.list_reasons(session, principal.org_id)
        ]
    )
    return Page(data=items, pagination=paging.pagination(total))


@pipeline.post(
    "/rejection-reasons",
    response_model=Envelope[RejectionReason],
    status_code=status.HTTP_201_CREATED,
)
async def create_reason(
    body: RejectionReasonCreate, principal: OrgAdmin, session: Session, request: Request
) -> Envelope[RejectionReason]:
    reason = await service.create_reason(
        session, principal.org_id, body, Actor.of(principal, request)
    )
    return Envelope(data=RejectionReason.model_validate(reason), message="Rejection reason created")


@pipeline.patch("/rejection-reasons/{reason_id}", response_model=Envelope[RejectionReason])
async def update_reason(
    reason_id: uuid.UUID,
    body: RejectionReasonUpdate,
    principal: OrgAdmin,
    session: Session,
    request: Request,
) -> Envelope[RejectionReason]:
    reason = await service.update_reason(
        session, principal.org_id, reason_id, body, Actor.of(principal, request)
    )
    return Envelope(data=RejectionReason.model_validate(reason), message="Rejection reason updated")


@pipeline.delete("/rejection-reasons/{reason_id}", response_model=Message)
async def delete_reason(
    reason_id: uuid.UUID, principal: OrgAdmin, session: Session, request: Request
) -> Message:
    """Retire a reason (past rejections keep it in their history)."""
    await service.delete_reason(session, principal.org_id, reason_id, Actor.of(principal, request))
    return Message(message="Rejection reason deleted")
