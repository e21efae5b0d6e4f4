"""A job's pipeline board (a column per stage; drag-and-drop moves, and a keyboard form
on every card; a move to a rejected stage asks for a reason), adding candidates to the
pipeline from the shortlist, and a candidate's notes (with @mentions)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from talentsonar.web.api import Api, ApiError, gather
from talentsonar.web.render import render
from talentsonar.web.session import User, WebUser

router = APIRouter()
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


async def board_page(
    request: Request,
    user: WebUser,
    job_id: str,
    *,
    error: str | None = None,
    status: int = 200,
) -> Response:
    async with Api(request, user) as api:
        board = await api.data(f"/jobs/{job_id}/pipeline")
        data, errors = await gather({"reasons": api.data("/pipeline/rejection-reasons")})
    stages = board["stages"]
    return render(
        request,
        "pipeline.html",
        {
            "active": "jobs",
            "board": board,
            "stages": stages,
            "reasons": data.get("reasons", []),
            "reason_error": errors.get("reasons"),
            "error": error,
            "reason_stages": ",".join(s["id"] for s in stages if s["kind"] == "rejected"),
            "moved": request.query_params.get("moved"),
        },
        status=status,
    )


@router.get("/jobs/{job_id}/pipeline")
async def board(request: Request, job_id: str, user: User) -> Response:
    return await board_page(request, user, job_id)


@router.post("/jobs/{job_id}/pipeline/move")
async def move(request: Request, job_id: str, user: User) -> Response:
    form = await _form(request)
    application = form.get("application_id", "")
    body: dict[str, Any] = {"stageId": form.get("stage", "")}
    if form.get("rejection_reason_id"):
        body["rejectionReasonId"] = form["rejection_reason_id"]
    if form.get("reason", "").strip():
        body["reason"] = form["reason"].strip()
    if not UUID.match(application):
        return await board_page(request, user, job_id, error="Choose a card to move.", status=422)
    try:
        async with Api(request, user) as api:
            moved = (await api.post(f"/applications/{application}/move", json=body))["data"]
    except ApiError as exc:
        if exc.status in (401, 403, 404):
            raise
        return await board_page(request, user, job_id, error=exc.message, status=exc.status)
    name = quote(f"{moved['candidateName']} → {moved['stage']['name']}")
    return RedirectResponse(
        f"/jobs/{job_id}/pipeline?moved={name}#card-{application}", status_code=303
    )


@router.post("/jobs/{job_id}/pipeline/add")
async def add_to_pipeline(request: Request, job_id: str, user: User) -> Response:
    """Add a shortlisted candidate to the job's pipeline (its first stage)."""
    form = await _form(request)
    candidate = form.get("candidate_id", "")
    async with Api(request, user) as api:
        await api.post(
            f"/jobs/{job_id}/applications",
            json={"candidateIds": [candidate], "source": "shortlist"},
        )
    return RedirectResponse(f"/jobs/{job_id}/shortlist?added={quote(candidate)}", status_code=303)


@router.get("/candidates/{candidate_id}/notes")
async def notes(request: Request, candidate_id: str, user: User) -> Response:
    async with Api(request, user) as api:
        data, errors = await gather(
            {
                "notes": api.data(f"/candidates/{candidate_id}/notes", limit=50),
                "applications": api.data("/applications", candidateId=candidate_id, limit=20),
            }
        )
    return render(
        request,
        "partials/notes.html",
        {
            "candidate_id": candidate_id,
            "notes": data.get("notes"),
            "error": errors.get("notes"),
            "applications": data.get("applications") or [],
        },
    )


@router.post("/candidates/{candidate_id}/notes")
async def add_note(request: Request, candidate_id: str, user: User) -> Response:
    form = await _form(request)
    error = None
    try:
        async with Api(request, user) as api:
            await api.post(f"/candidates/{candidate_id}/notes", json={"body": form.get("body", "")})
    except ApiError as exc:
        if exc.status in (401, 403, 404):
            raise
        error = exc.message
    response = await notes(request, candidate_id, user)
    if error:
        return render(
            request, "partials/alert.html", {"kind": "error", "message": error}, status=422
        )
    return response
