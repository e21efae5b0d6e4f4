"""All ``/api/v1`` routers, found by convention: every domain's ``endpoints.router``, or
its ``endpoints.routers`` when parts of the domain's URL space keep another tag or rate
limit (other domains' views of a job, say). Each URL prefix belongs to one package; the
route table is ``talentsonar routes`` (``docs/ROUTES.md``)."""

from __future__ import annotations

from fastapi import APIRouter

from talentsonar.core.operation_ids import operation_id
from talentsonar.discovery import domain_modules


def build_api_router() -> APIRouter:
    api_router = APIRouter(prefix="/api/v1", generate_unique_id_function=operation_id)
    for module in domain_modules("endpoints"):
        for router in getattr(module, "routers", (module.router,)):
            api_router.include_router(router)
    return api_router
