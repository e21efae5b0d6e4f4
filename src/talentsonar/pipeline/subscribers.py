"""The pipeline reacts to: a new organisation (its default stages and rejection reasons)
and a CV uploaded against a job (the candidate's application to that job)."""

from __future__ import annotations

import uuid

import structlog

from talentsonar.core.audit import Actor
from talentsonar.core.errors import TalentSonarError
from talentsonar.core.events import CvParsed, EventContext, OrganizationCreated, handles
from talentsonar.pipeline import demo, service
from talentsonar.pipeline.repository import LookupRepository

log = structlog.get_logger(__name__)


@handles(OrganizationCreated)
async def seed_pipeline(ctx: EventContext, event: OrganizationCreated) -> None:
    await service.ensure_defaults(ctx.session, event.org_id)


@handles(CvParsed)
async def apply_uploaded_cv(ctx: EventContext, event: CvParsed) -> None:
    """A CV uploaded with a ``jobId`` puts its candidate in that job's pipeline (once); a
    demo CV puts its person in the demo pipeline (``demo.py``)."""
    lookup = LookupRepository(ctx.session, event.org_id)
    job_id = await lookup.upload_job_id(event.document_id)
    if not job_id:
        if event.created:
            await demo.apply_plan(ctx.session, event.org_id, event.candidate_id)
        return
    try:
        await service.create_application(
            ctx.session,
            event.org_id,
            uuid.UUID(job_id),
            event.candidate_id,
            actor=Actor(),
            source="upload",
        )
    except TalentSonarError as exc:  # the job was deleted meanwhile: the CV is still filed
        log.info("pipeline.upload_not_applied", job_id=job_id, reason=exc.message)
