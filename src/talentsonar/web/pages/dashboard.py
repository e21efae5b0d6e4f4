"""The dashboard: open jobs with their pipeline counts, new CVs, background work, credits."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from talentsonar.web.api import Api, gather
from talentsonar.web.render import render
from talentsonar.web.session import User

router = APIRouter()


def in_progress(tasks: list[dict[str, object]]) -> list[dict[str, object]]:
    return [t for t in tasks if t.get("status") in ("queued", "running")]


@router.get("/")
async def dashboard(request: Request, user: User) -> Response:
    async with Api(request, user) as api:
        data, errors = await gather(
            {
                "stats": api.data("/analytics/dashboard"),
                "jobs": api.get("/jobs", status="open", limit=10),
                "candidates": api.get("/candidates", limit=6),
                "tasks": api.data("/tasks", limit=25),
                "balance": api.data("/credits/balance"),
                "pipeline": api.data("/pipeline/jobs", status="open", limit=10),
            }
        )
    work = in_progress(data.get("tasks", []))
    data["pipelines"] = {
        row["jobId"]: {s["name"]: s["count"] for s in row["stages"] if s["count"]}
        for row in data.get("pipeline", [])
    }
    return render(
        request,
        "dashboard.html",
        {
            "active": "dashboard",
            "d": data,
            "errors": errors,
            "work": work,
            "joined": request.query_params.get("joined") == "1",
        },
    )


@router.get("/dashboard/work")
async def work_fragment(request: Request, user: User) -> Response:
    """Background work in progress (polled by the dashboard while there is some)."""
    async with Api(request, user) as api:
        data, errors = await gather({"tasks": api.data("/tasks", limit=25)})
    work = in_progress(data.get("tasks", []))
    errors = {"running": errors["tasks"]} if "tasks" in errors else {}
    # 286: htmx stops polling once nothing is left in progress.
    return render(
        request, "partials/work.html", {"work": work, "errors": errors}, status=200 if work else 286
    )
