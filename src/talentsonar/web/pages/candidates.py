"""Candidates: the list, and a candidate's page (the CV itself, the parsed profile, the
matches with each job, AI fit analysis, interviews with question kits and results)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from talentsonar.web.api import Api, ApiError, gather
from talentsonar.web.render import render
from talentsonar.web.session import User

router = APIRouter()
UUID = re.compile(r"^[0-9a-f-]{36}$")
#: Served inline in the page's frame (under a sandbox CSP); anything else downloads.
INLINE = ("application/pdf", "text/plain")


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _rating(value: object) -> float | None:
    try:
        return float(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


@router.get("/candidates")
async def candidates_list(request: Request, user: User) -> Response:
    params = request.query_params
    search = (params.get("search") or "")[:200]
    page = params.get("page") or "1"
    async with Api(request, user) as api:
        data, errors = await gather(
            {"page": api.get("/candidates", search=search, page=page, limit=25)}
        )
    return render(
        request,
        "candidates/list.html",
        {
            "active": "candidates",
            "p": data.get("page"),
            "error": errors.get("page"),
            "search": search,
            "query": urlencode({"search": search}) + "&",
        },
    )


async def candidate_context(request: Request, user: User, candidate_id: str) -> dict[str, Any]:
    async with Api(request, user) as api:
        data, errors = await gather(
            {
                "candidate": api.data(f"/candidates/{candidate_id}"),
                "matches": api.data(f"/candidates/{candidate_id}/matches", limit=20),
                "interviews": api.data("/interviews", candidateId=candidate_id, limit=20),
                "jobs": api.data("/jobs", status="open", limit=100),
                "notes": api.data(f"/candidates/{candidate_id}/notes", limit=50),
                "applications": api.data("/applications", candidateId=candidate_id, limit=20),
            },
            required=("candidate",),
        )
    candidate = data["candidate"]
    docs = candidate.get("documents") or []
    current = next((d for d in docs if d.get("isCurrent")), None)
    return {
        "active": "candidates",
        "c": candidate,
        "d": data,
        "errors": errors,
        "cv": current,
        "candidate_id": candidate_id,
        "notes": data.get("notes"),
        "applications": data.get("applications") or [],
        "error": errors.get("notes"),
        "cv_inline": bool(current and str(current.get("contentType", "")).startswith(INLINE)),
    }


@router.get("/candidates/{candidate_id}")
async def candidate_page(request: Request, candidate_id: str, user: User) -> Response:
    context = await candidate_context(request, user, candidate_id)
    return render(request, "candidates/detail.html", context)


@router.get("/candidates/{candidate_id}/cv")
async def candidate_cv(request: Request, candidate_id: str, user: User) -> Response:
    """The CV file, shown in the candidate page's frame (PDF, text) or downloaded."""
    async with Api(request, user) as api:
        answer = await api.call("GET", f"/candidates/{candidate_id}/cv")
    if answer.is_redirect:  # object storage: its presigned link
        return RedirectResponse(answer.headers["location"], status_code=307)
    content_type = answer.headers.get("content-type", "application/octet-stream")
    disposition = answer.headers.get("content-disposition", "attachment")
    if content_type.startswith(INLINE):
        disposition = disposition.replace("attachment", "inline", 1)
    headers = {
        "Content-Disposition": disposition,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
    }
    if content_type.startswith("text/"):
        headers["Content-Security-Policy"] = "sandbox; default-src 'none'; frame-ancestors 'self'"
    return Response(answer.content, media_type=content_type, headers=headers)


@router.post("/candidates/{candidate_id}/fit")
async def fit_analysis(request: Request, candidate_id: str, user: User) -> Response:
    """AI fit analysis of the candidate for one job (a fragment)."""
    job_id = (await _form(request)).get("job_id", "")
    if not UUID.match(job_id):
        return render(
            request,
            "partials/alert.html",
            {"kind": "error", "message": "Choose a job to analyse the fit for."},
            status=422,
        )
    async with Api(request, user) as api:
        answer = (await api.post(f"/jobs/{job_id}/candidates/{candidate_id}/analyze"))["data"]
    return render(request, "partials/fit.html", {"f": answer})


@router.post("/candidates/{candidate_id}/interviews")
async def create_interview(request: Request, candidate_id: str, user: User) -> Response:
    form = await _form(request)
    body: dict[str, Any] = {
        "candidateId": candidate_id,
        "jobId": form.get("job_id", ""),
        "interviewers": [s.strip() for s in form.get("interviewers", "").split(",") if s.strip()][
            :20
        ],
        "notes": form.get("notes") or None,
    }
    if form.get("scheduled_at"):
        body["scheduledAt"] = form["scheduled_at"] + (
            ":00Z" if len(form["scheduled_at"]) == 16 else ""
        )
    async with Api(request, user) as api:
        await api.post("/interviews", json=body)
    return RedirectResponse(f"/candidates/{candidate_id}#interviews", status_code=303)


@router.get("/interviews/{interview_id}/kit")
async def question_kit(request: Request, interview_id: str, user: User) -> Response:
    async with Api(request, user) as api:
        kit = await api.data(f"/interviews/{interview_id}/questions")
    return render(request, "partials/kit.html", {"kit": kit, "interview_id": interview_id})


@router.post("/interviews/{interview_id}/results")
async def interview_results(request: Request, interview_id: str, user: User) -> Response:
    form = await request.form()
    answers = []
    questions = form.getlist("question")
    skills = form.getlist("skill")
    replies = form.getlist("answer")
    ratings = form.getlist("rating")
    for i, question in enumerate(questions):
        if not isinstance(question, str):
            continue
        rating = ratings[i] if i < len(ratings) else ""
        answers.append(
            {
                "question": question,
                "skill": (skills[i] if i < len(skills) else None) or None,
                "answer": (replies[i] if i < len(replies) else "") or "",
                "rating": _rating(rating),
            }
        )
    notes = form.get("notes")
    try:
        async with Api(request, user) as api:
            await api.put(
                f"/interviews/{interview_id}/results",
                json={
                    "answers": answers,
                    "ratings": {},
                    "notes": notes if isinstance(notes, str) and notes else None,
                },
            )
    except ApiError as exc:
        if exc.status == 401:
            raise
        return render(
            request,
            "partials/alert.html",
            {"kind": "error", "message": exc.message},
            status=exc.status,
        )
    return render(request, "partials/alert.html", {"kind": "ok", "message": "Results saved."})
