"""``/api/v1/analytics``: dashboard figures and skill/pipeline insights of the organisation."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from talentsonar.analytics import service
from talentsonar.analytics.schemas import Dashboard, Insights
from talentsonar.auth.principal import CurrentPrincipal, authorize
from talentsonar.core.deps import ReadSession, RuntimeDep
from talentsonar.core.schemas import Envelope

router = APIRouter(
    prefix="/analytics", tags=["analytics"], dependencies=[Depends(authorize)]
)


@router.get("/dashboard", response_model=Envelope[Dashboard])
async def dashboard(
    principal: CurrentPrincipal, session: ReadSession, runtime: RuntimeDep
) -> Envelope[Dashboard]:
    """Totals, strong matches, AI analyses, average score and recent activity (cached briefly)."""
    return Envelope(data=Dashboard.model_validate(
        await service.dashboard(runtime, session, principal.org_id)))


@router.get("/insights", response_model=Insights)
async def insights(
    principal: CurrentPrincipal, session: ReadSession, runtime: RuntimeDep
) -> Insights:
    """Department-wise skill demand (``data``, seed 001's array), and skill supply vs
    demand and pipeline counts (``breakdowns``); cached briefly."""
    return service.insights_answer(await service.insights(runtime, session, principal.org_id))
