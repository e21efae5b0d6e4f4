"""The dashboard: open jobs with their pipeline counts, new CVs, background work, credits."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from talentsonar.web.api import Api, gather
from talentsonar.web.render import render
from talentsonar.web.session import User

router = APIRouter()


@router.get("/")
async def dashboard(request: Request, user: User) -> Response:
    async with Api(request, user) as api:
        data, errors = await gather(
            {
                "stats": api.data("/analytics/dashboard"),
                "jobs": api.get("/jobs", status="open", limit=10),
                "candidates": api.get("/candidates", limit=6),
                "running": api.data("/tasks", status="running", limit=10),
                "queued": api.data("/tasks", status="queued", limit=10),
                "balance": api.data("/credits/balance"),
                "pipeline": api.data("/pipeline/jobs", status="open", limit=10),
            }
        )
    work = data.get("running", []) + data.get("queued", [])
    data["pipelines"] = {
        row["jobId"]: {s["name"]: s["count"] for s in row["stages"] if s["count"]}
        for row in data.get("pipeline", [])
    }
    return render(
        request,
        "dashboard.html",
        {"active": "dashboard", "d": data, "errors": errors, "work": work},
    )


@router.get("/dashboard/work")
async def work_fragment(request: Request, user: User) -> Response:
    """Background work in progress (polled by the dashboard while there is some)."""
    async with Api(request, user) as api:
        data, errors = await gather(
            {
                "running": api.data("/tasks", status="running", limit=10),
                "queued": api.data("/tasks", status="queued", limit=10),
            }
        )
    work = data.get("running", []) + data.get("queued", [])
    return render(request, "partials/work.html", {"work": work, "errors": errors})
