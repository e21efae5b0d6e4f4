"""Assessments, the recruiter's side: the list, a new assessment from a job's requirements
(or from skills and a seniority), an assessment's invitations with their status, score and
per-skill results, and inviting a candidate (from the job's shortlist, or from the
candidate's page)."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from talentsonar.web.api import Api, ApiError, gather
from talentsonar.web.render import add_nav, render
from talentsonar.web.session import User

router = APIRouter()
add_nav("Assessments", "/assessments", "assessments")
UUID = re.compile(r"^[0-9a-f-]{36}$")
SENIORITIES = ("junior", "mid", "senior")


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


async def _list_context(request: Request, user: User) -> dict[str, Any]:
    async with Api(request, user) as api:
        data, errors = await gather(
            {
                "assessments": api.data("/assessments", limit=50),
                "jobs": api.data("/jobs", status="open", limit=100),
            }
        )
    return {
        "active": "assessments",
        "d": data,
        "errors": errors,
        "seniorities": SENIORITIES,
        "job_id": request.query_params.get("job") or "",
    }


@router.get("/assessments")
async def assessments_page(request: Request, user: User) -> Response:
    return render(request, "assessments/list.html", await _list_context(request, user))


@router.post("/assessments")
async def create_assessment(request: Request, user: User) -> Response:
    form = await _form(request)
    body: dict[str, Any] = {"includeCode": form.get("include_code") == "1"}
    if form.get("title"):
        body["title"] = form["title"]
    if UUID.match(form.get("job_id", "")):
        body["jobId"] = form["job_id"]
    skills = [s.strip() for s in form.get("skills", "").split(",") if s.strip()][:20]
    if skills:
        body["skills"] = skills
    if form.get("seniority") in SENIORITIES:
        body["seniority"] = form["seniority"]
    for field, key in (
        ("time_limit_minutes", "timeLimitMinutes"),
        ("questions_per_skill", "questionsPerSkill"),
    ):
        if form.get(field, "").isdigit():
            body[key] = int(form[field])
    try:
        async with Api(request, user) as api:
            created = (await api.post("/assessments", json=body))["data"]
    except ApiError as exc:
        if exc.status in (401, 403):
            raise
        context = await _list_context(request, user)
        context["error"] = exc.message
        return render(request, "assessments/list.html", context, status=exc.status)
    return RedirectResponse(f"/assessments/{created['id']}?created=1", status_code=303)


async def _detail_context(request: Request, user: User, assessment_id: str) -> dict[str, Any]:
    async with Api(request, user) as api:
        assessment = await api.data(f"/assessments/{assessment_id}")
        calls: dict[str, Any] = {
            "invitations": api.data(f"/assessments/{assessment_id}/invitations", limit=100),
        }
        if assessment.get("jobId"):
            calls["shortlist"] = api.data(f"/jobs/{assessment['jobId']}/matches", limit=20)
        data, errors = await gather(calls)
    names = {
        m["candidate"]["id"]: m["candidate"].get("name")
        for m in data.get("shortlist") or []
        if m.get("candidate", {}).get("id")
    }
    return {
        "active": "assessments",
        "a": assessment,
        "d": data,
        "errors": errors,
        "names": names,
        "created": request.query_params.get("created") == "1",
        "invited": request.query_params.get("invited") == "1",
    }


@router.get("/assessments/{assessment_id}")
async def assessment_page(request: Request, assessment_id: str, user: User) -> Response:
    if not UUID.match(assessment_id):
        raise ApiError(404, "not_found", "Assessment not found")
    context = await _detail_context(request, user, assessment_id)
    return render(request, "assessments/detail.html", context)


@router.get("/assessments/{assessment_id}/invitations")
async def invitations_fragment(request: Request, assessment_id: str, user: User) -> Response:
    """The attempts table again (polled while an attempt is being graded)."""
    if not UUID.match(assessment_id):
        raise ApiError(404, "not_found", "Assessment not found")
    context = await _detail_context(request, user, assessment_id)
    return render(request, "assessments/invitations.html", context)


@router.post("/assessments/{assessment_id}/invitations")
async def invite(request: Request, assessment_id: str, user: User) -> Response:
    form = await _form(request)
    candidate_id = form.get("candidate_id", "")
    back = form.get("back", "")
    body: dict[str, Any] = {"candidateId": candidate_id, "replace": form.get("replace") == "1"}
    if form.get("email"):
        body["email"] = form["email"]
    if not UUID.match(assessment_id) or not UUID.match(candidate_id):
        message = "Choose an assessment and a candidate to invite."
        return render(
            request,
            "error.html",
            {"title": "Not invited", "message": message, "status": 422},
            status=422,
        )
    try:
        async with Api(request, user) as api:
            await api.post(f"/assessments/{assessment_id}/invitations", json=body)
    except ApiError as exc:
        if exc.status in (401, 403):
            raise
        context = await _detail_context(request, user, assessment_id)
        context["error"] = exc.message
        return render(request, "assessments/detail.html", context, status=exc.status)
    if back == "candidate":
        return RedirectResponse(f"/candidates/{candidate_id}?invited=1#skills", status_code=303)
    return RedirectResponse(f"/assessments/{assessment_id}?invited=1", status_code=303)
