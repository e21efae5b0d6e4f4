"""GitHub evidence on a candidate's page: "Analyse GitHub" (the username given, or the
one in the CV's links) queues the API's analysis (``/candidates/{id}/github-analysis``);
its task is polled until done, then the skills found show and the skill profile reloads.
An unknown GitHub user is the API's clear 404, shown by the form."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from talentsonar.web.api import Api, ApiError
from talentsonar.web.render import is_htmx, render
from talentsonar.web.session import User

router = APIRouter()
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DONE = {"succeeded", "failed", "cancelled"}


def _check(*ids: str) -> None:
    if not all(UUID.match(i) for i in ids):
        raise ApiError(404, "not_found", "Not found")


def _template(request: Request) -> str:
    """A fragment for htmx; a page (that reloads itself) for a plain form post."""
    return "github/result.html" if is_htmx(request) else "github/page.html"


@router.post("/candidates/{candidate_id}/github")
async def analyse(request: Request, candidate_id: str, user: User) -> Response:
    _check(candidate_id)
    form = await request.form()
    username = str(form.get("username") or "").strip()[:100]
    body: dict[str, Any] = {"username": username} if username else {}
    try:
        async with Api(request, user) as api:
            accepted = (
                await api.post(f"/candidates/{candidate_id}/github-analysis", json=body)
            )["data"]
    except ApiError as exc:
        if exc.status in (401, 403):
            raise
        return render(
            request,
            _template(request),
            {"error": exc.message, "username": username, "candidate_id": candidate_id},
            status=exc.status,
        )
    return render(
        request,
        _template(request),
        {
            "candidate_id": candidate_id,
            "username": accepted["username"],
            "task": {"id": accepted["taskId"], "status": "queued", "progress": 0},
        },
        status=202,
    )


@router.get("/candidates/{candidate_id}/github/tasks/{task_id}")
async def progress(request: Request, candidate_id: str, task_id: str, user: User) -> Response:
    """The analysis's progress, polled until its task ends (then 286: htmx stops polling,
    and ``HX-Trigger: github-analysed`` reloads the skill profile)."""
    _check(candidate_id, task_id)
    username = request.query_params.get("username", "")[:100]
    async with Api(request, user) as api:
        task = await api.data(f"/tasks/{task_id}")
    done = task["status"] in DONE
    result = task.get("result") or {}
    context: dict[str, Any] = {
        "candidate_id": candidate_id,
        "username": result.get("username") or username,
        "task": task,
        "result": result if done else None,
    }
    if done and task["status"] == "succeeded" and result.get("found") is False:
        context["error"] = f"GitHub has no user {context['username']!r}."
    if not is_htmx(request):
        return render(request, "github/page.html", context)
    headers = {"HX-Trigger": "github-analysed"} if done else None
    return render(
        request, "github/result.html", context, status=286 if done else 200, headers=headers
    )
