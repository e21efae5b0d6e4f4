"""Talent search through N8N plus the internal pool (``/api/v1/talent-search``) and
arbitrary N8N workflows (``/api/v1/workflows/{workflowId}/trigger``)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, status

from talentsonar.auth.principal import CurrentPrincipal, authorize
from talentsonar.core.deps import ReadSession, RuntimeDep, Session
from talentsonar.core.schemas import Envelope
from talentsonar.talent_search import service
from talentsonar.talent_search.schemas import (
    BatchOut,
    BatchRequest,
    ImportOut,
    ImportRequest,
    SearchCriteria,
    TalentSearchOut,
    WorkflowOut,
    WorkflowTrigger,
)

router = APIRouter(tags=["talent-search"], dependencies=[Depends(authorize)])


@router.post("/talent-search", response_model=Envelope[TalentSearchOut])
async def talent_search(
    body: SearchCriteria, principal: CurrentPrincipal, runtime: RuntimeDep, session: ReadSession
) -> Envelope[TalentSearchOut]:
    """External talent (N8N) merged with the internal pool, de-duplicated by email,
    LinkedIn URL or name + company. ``degraded`` when N8N could not answer."""
    return Envelope(data=await service.search(runtime, session, principal.org_id, body))


@router.post("/talent-search/batch", response_model=Envelope[BatchOut])
async def talent_search_batch(
    body: BatchRequest, principal: CurrentPrincipal, runtime: RuntimeDep, session: ReadSession
) -> Envelope[BatchOut]:
    """Up to 20 searches; external calls run with bounded concurrency."""
    answers = await service.batch(runtime, session, principal.org_id, body.searches)
    return Envelope(data=BatchOut(searches=answers))


@router.post(
    "/talent-search/import", response_model=Envelope[ImportOut], status_code=status.HTTP_201_CREATED
)
async def import_results(
    body: ImportRequest, principal: CurrentPrincipal, runtime: RuntimeDep, session: Session
) -> Envelope[ImportOut]:
    """Import external results as ``sourced`` candidates in one call."""
    out = await service.import_results(runtime, session, principal.org_id, body.results)
    return Envelope(data=out, message=f"{len(out.created)} candidates imported")


@router.post("/workflows/{workflow_id}/trigger", response_model=Envelope[WorkflowOut])
async def trigger_workflow(
    workflow_id: str, body: WorkflowTrigger, principal: CurrentPrincipal, runtime: RuntimeDep
) -> Envelope[WorkflowOut]:
    """POST ``payload`` to the N8N workflow ``{N8N_BASE_URL}/webhook/{workflowId}``."""
    code, response = await service.trigger_workflow(runtime, workflow_id, body.payload)
    return Envelope(data=WorkflowOut(workflow_id=workflow_id, status_code=code, response=response))
