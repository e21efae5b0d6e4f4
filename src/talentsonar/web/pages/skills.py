"""Skills on other pages: a candidate's skill profile (each skill's level, confidence and
sources with their evidence; a recruiter's override; an invitation to an assessment) and a
job's skills coverage (per required skill: verified, claimed, failed, missing). Both are
panels loaded after their page (``hx-trigger="load"``)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from talentsonar.web.api import Api, ApiError, gather
from talentsonar.web.render import render
from talentsonar.web.session import User

router = APIRouter()
UUID = re.compile(r"^[0-9a-f-]{36}$")
SOURCES = ("cv", "assessment", "code", "github", "recruiter")


def _check(*ids: str) -> None:
    if not all(UUID.match(i) for i in ids):
        raise ApiError(404, "not_found", "Not found")


async def _profile_context(
    request: Request, user: User, candidate_id: str, **extra: Any
) -> dict[str, Any]:
    async with Api(request, user) as api:
        calls: dict[str, Any] = {"profile": api.data(f"/candidates/{candidate_id}/skills")}
        if user.can_write:
            calls["assessments"] = api.data("/assessments", limit=50)
        data, errors = await gather(calls)
    skills = (data.get("profile") or {}).get("skills") or []
    for skill in skills:
        skill["sources"] = sorted(
            skill.get("sources") or [],
            key=lambda s: SOURCES.index(s["source"]) if s["source"] in SOURCES else 9,
        )
    return {
        "candidate_id": candidate_id,
        "profile": data.get("profile"),
        "skills": skills,
        "assessments": data.get("assessments") or [],
        "errors": errors,
        **extra,
    }


@router.get("/candidates/{candidate_id}/skill-profile")
async def skill_profile(request: Request, candidate_id: str, user: User) -> Response:
    _check(candidate_id)
    context = await _profile_context(request, user, candidate_id)
    return render(request, "skills/profile.html", context)


@router.post("/candidates/{candidate_id}/skill-profile/level")
async def set_level(request: Request, candidate_id: str, user: User) -> Response:
    """A recruiter's level for one skill (the API audits it); answers the panel again."""
    _check(candidate_id)
    form = await request.form()
    skill = str(form.get("skill") or "").strip()[:120]
    note = str(form.get("note") or "").strip()[:1000] or None
    try:
        level = float(str(form.get("proficiency") or ""))
    except ValueError:
        level = -1.0
    message, kind = "Level saved (audited).", "ok"
    try:
        if not skill:
            raise ApiError(422, "validation_error", "Name the skill to set a level for.")
        async with Api(request, user) as api:
            await api.put(
                f"/candidates/{candidate_id}/skills/{quote(skill, safe='')}",
                json={"proficiency": level, "note": note},
            )
    except ApiError as exc:
        if exc.status in (401, 403):
            raise
        message, kind = exc.message, "error"
        if exc.status == 422:
            message = "Give a level between 0 and 10." if skill else exc.message
    context = await _profile_context(request, user, candidate_id, message=message, kind=kind)
    return render(request, "skills/profile.html", context)


@router.post("/candidates/{candidate_id}/skill-profile/invite")
async def invite(request: Request, candidate_id: str, user: User) -> Response:
    """Invite the candidate to an assessment from their page."""
    _check(candidate_id)
    form = await request.form()
    assessment_id = str(form.get("assessment_id") or "")
    try:
        _check(assessment_id)
        async with Api(request, user) as api:
            await api.post(
                f"/assessments/{assessment_id}/invitations",
                json={"candidateId": candidate_id, "replace": form.get("replace") == "1"},
            )
    except ApiError as exc:
        if exc.status in (401, 403):
            raise
        context = await _profile_context(
            request, user, candidate_id, message=exc.message, kind="error"
        )
        return render(request, "skills/profile.html", context, status=exc.status)
    if request.headers.get("hx-request") == "true":
        context = await _profile_context(
            request,
            user,
            candidate_id,
            message="Invitation sent: the candidate gets an e-mail with a single-use link.",
            kind="ok",
        )
        return render(request, "skills/profile.html", context)
    return RedirectResponse(f"/candidates/{candidate_id}#skills", status_code=303)


@router.get("/jobs/{job_id}/skills-coverage-panel")
async def coverage(request: Request, job_id: str, user: User) -> Response:
    _check(job_id)
    async with Api(request, user) as api:
        data, errors = await gather({"coverage": api.data(f"/jobs/{job_id}/skills-coverage")})
    return render(
        request,
        "skills/coverage.html",
        {"coverage": data.get("coverage"), "error": errors.get("coverage"), "job_id": job_id},
    )
