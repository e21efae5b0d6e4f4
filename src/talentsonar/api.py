"""All ``/api/v1`` routers: every domain's ``endpoints.router``, found by convention."""

from __future__ import annotations

from fastapi import APIRouter

from talentsonar.discovery import domain_modules


def build_api_router() -> APIRouter:
    api_router = APIRouter(prefix="/api/v1")
    for module in domain_modules("endpoints"):
        api_router.include_router(module.router)
    return api_router
