"""A job's pipeline board (a column per stage; drag-and-drop moves, and a keyboard form
on every card; a move to a rejected stage asks for a reason), bulk actions on the cards
ticked (move, reject with a reason, e-mail from a template with merge fields: the API's
``/applications/bulk/*``), adding candidates to the pipeline from the shortlist, and a
candidate's notes (with @mentions)."""

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

#: E-mail templates offered for bulk e-mails (merge fields: docs/PIPELINE.md); the
#: recruiter edits the text before sending. ``(key, label, subject, body)``.
EMAIL_TEMPLATES: tuple[tuple[str, str, str, str], ...] = (
    (
        "interview",
        "Invitation to an interview",
        "Your application for {{ job.title }}: let's talk",
        "Dear {{ candidate.first_name }},\n\nThank you for applying for {{ job.title }} at "
        "{{ organization.name }}. We would like to invite you to an interview. Please reply "
        "with a few times that suit you.\n\nKind regards,\n{{ organization.name }}",
    ),
    (
        "update",
        "Application update",
        "Your application for {{ job.title }}",
        "Dear {{ candidate.first_name }},\n\nYour application for {{ job.title }} is now at "
        "the {{ stage.name }} stage. We will be in touch with the next steps.\n\n"
        "Kind regards,\n{{ organization.name }}",
    ),
    (
        "rejection",
        "Not moving forward",
        "Your application for {{ job.title }}",
        "Dear {{ candidate.first_name }},\n\nThank you for your interest in {{ job.title }} at "
        "{{ organization.name }}. After careful consideration we will not be moving forward "
        "with your application. We wish you every success.\n\nKind regards,\n"
        "{{ organization.name }}",
    ),
)
MERGE_FIELDS = (
    "{{ candidate.first_name }}, {{ candidate.last_name }}, {{ candidate.name }}, "
    "{{ candidate.email }}, {{ job.title }}, {{ job.department }}, {{ job.location }}, "
    "{{ stage.name }}, {{ organization.name }}"
)


def _template(key: str) -> dict[str, str]:
    found = next((t for t in EMAIL_TEMPLATES if t[0] == key), EMAIL_TEMPLATES[0])
    return {"template": found[0], "subject": found[2], "body": found[3]}


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
    email: dict[str, str] | None = None,
    selected: list[str] | None = None,
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
            "bulk": request.query_params.get("bulk"),
            "email": email or _template(EMAIL_TEMPLATES[0][0]),
            "email_open": email is not None,
            "templates": EMAIL_TEMPLATES,
            "merge_fields": MERGE_FIELDS,
            "selected": set(selected or []),
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


def _bulk_message(action: str, result: dict[str, Any], count: int, stage: str) -> str:
    if action == "email":
        skipped = sum(1 for i in result["items"] if i["status"] == "skipped")
        text = f"E-mail queued for {result['queued']} of {count}"
        return text + (f"; {skipped} without an e-mail address" if skipped else "") + "."
    moved = result["moved"]
    verb = "Rejected" if action == "reject" else f"Moved to {stage}:"
    unchanged = count - moved
    return f"{verb} {moved} of {count}" + (
        f" ({unchanged} already there)." if unchanged else "."
    )


@router.post("/jobs/{job_id}/pipeline/bulk")
async def bulk(request: Request, job_id: str, user: User) -> Response:
    """Move, reject or e-mail the applications ticked on the board, all at once (the
    API's bulk endpoints: all or nothing). "Use template" fills the e-mail's fields."""
    form = await request.form()
    ids = [v for v in form.getlist("application_ids") if isinstance(v, str) and UUID.match(v)]
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    action = fields.get("action", "")
    email = {
        "template": fields.get("template", ""),
        "subject": fields.get("subject", ""),
        "body": fields.get("body", ""),
    }
    if action == "template":
        return await board_page(
            request, user, job_id, email=_template(email["template"]), selected=ids
        )
    kept = None if action in ("move", "reject") else email
    if action not in ("move", "reject", "email"):
        return await board_page(
            request,
            user,
            job_id,
            error="Choose a bulk action: Move, Reject or E-mail selected.",
            status=422,
            email=kept,
            selected=ids,
        )
    if not ids:
        return await board_page(
            request,
            user,
            job_id,
            error="Tick the candidates to act on first (the box on each card).",
            status=422,
            email=kept,
        )
    body: dict[str, Any] = {"applicationIds": ids}
    if action == "email":
        body |= {"subject": email["subject"], "body": email["body"]}
    else:
        if fields.get("rejection_reason_id"):
            body["rejectionReasonId"] = fields["rejection_reason_id"]
        elif action == "reject":
            return await board_page(
                request,
                user,
                job_id,
                error="Choose the reason for the rejection.",
                status=422,
                selected=ids,
            )
        if fields.get("reason", "").strip():
            body["reason"] = fields["reason"].strip()
    if action == "move":
        body["stageId"] = fields.get("stage", "")
    try:
        async with Api(request, user) as api:
            result = (await api.post(f"/applications/bulk/{action}", json=body))["data"]
            stage = ""
            if action == "move":
                stages = await api.data("/pipeline/stages")
                stage = next((s["name"] for s in stages if s["id"] == body["stageId"]), "")
    except ApiError as exc:
        if exc.status in (401, 403):
            raise
        return await board_page(
            request, user, job_id, error=exc.message, status=exc.status, email=kept, selected=ids
        )
    message = _bulk_message(action, result, len(ids), stage)
    return RedirectResponse(f"/jobs/{job_id}/pipeline?bulk={quote(message)}", status_code=303)


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
