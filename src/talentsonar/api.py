"""All ``/api/v1`` routers. A domain adds its router here (one line)."""

from __future__ import annotations

from fastapi import APIRouter

from talentsonar.auth.endpoints import router as auth_router
from talentsonar.orgs.endpoints import router as orgs_router
from talentsonar.tasks.endpoints import router as tasks_router

api_router = APIRouter(prefix="/api/v1")
api_router.include_router(auth_router)
api_router.include_router(orgs_router)
api_router.include_router(tasks_router)
