"""``/api/v1/analytics``: dashboard figures and skill/pipeline insights of the organisation."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from talentsonar.analytics import service
from talentsonar.auth.principal import CurrentPrincipal, authorize
from talentsonar.core.deps import ReadSession, RuntimeDep
from talentsonar.core.schemas import Envelope

router = APIRouter(
    prefix="/analytics", tags=["analytics"], dependencies=[Depends(authorize)]
)


@router.get("/dashboard", response_model=Envelope[dict[str, Any]])
async def dashboard(
    principal: CurrentPrincipal, session: ReadSession, runtime: RuntimeDep
) -> Envelope[dict[str, Any]]:
    """Totals, strong matches, AI analyses, average score and recent activity (cached briefly)."""
    return Envelope(data=await service.dashboard(runtime, session, principal.org_id))


@router.get("/insights", response_model=Envelope[dict[str, Any]])
async def insights(
    principal: CurrentPrincipal, session: ReadSession, runtime: RuntimeDep
) -> Envelope[dict[str, Any]]:
    """Department-wise skill demand, skill supply vs demand, pipeline counts (cached briefly)."""
    return Envelope(data=await service.insights(runtime, session, principal.org_id))
