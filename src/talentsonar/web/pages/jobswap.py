"""JobSwap for employees: my profile (and resume), my matches with both commutes before and
after, sending a swap request, and my requests (accept or decline). Everything goes
through ``/api/v1/jobswap`` in-process, so privacy (no one else's home address), roles and
validation (422 with the geocoder's suggestions) are the API's."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from talentsonar.models.membership import Role
from talentsonar.web.api import Api, ApiError, field_errors, gather
from talentsonar.web.render import render, templates
from talentsonar.web.session import MaybeUser, User, WebUser

router = APIRouter()
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MODES = ("transit", "driving", "cycling", "walking")
#: The form's fields and the API's names for them.
FIELDS = {
    "name": "name",
    "company": "company",
    "job_title": "jobTitle",
    "salary_band": "salaryBand",
    "home_address": "homeAddress",
    "work_address": "workAddress",
    "commute_mode": "commuteMode",
}
#: The navigation of the JobSwap roles (they reach nothing else).
EMPLOYEE_NAV = [
    ("My matches", "/jobswap/matches", "jobswap-matches"),
    ("My requests", "/jobswap/requests", "jobswap-requests"),
    ("My profile", "/jobswap/profile", "jobswap-profile"),
]
HR_NAV = [("Swap approvals", "/jobswap/hr", "jobswap-hr")]


def nav_of(user: WebUser | None) -> list[tuple[str, str, str]] | None:
    """The JobSwap navigation for an employee or HR user (``None``: the usual one)."""
    if user is None or not user.role.is_network:
        return None
    return HR_NAV if user.role == Role.hr else EMPLOYEE_NAV


def home_of(user: WebUser) -> str | None:
    """Where a JobSwap user lands instead of the recruiting dashboard."""
    if user.role == Role.hr:
        return "/jobswap/hr"
    if user.role == Role.employee:
        return "/jobswap/matches"
    return None


class JobSwapOnly(Exception):
    """A JobSwap user (employee or HR) on a recruiting page: sent to their own pages."""

    def __init__(self, home: str) -> None:
        super().__init__(home)
        self.home = home


async def recruiting_only(user: MaybeUser) -> None:
    """The recruiting pages' guard: the JobSwap roles reach none of their API calls, so
    they land on their own pages instead (the dashboard after signing in, too)."""
    if user is not None and (home := home_of(user)):
        raise JobSwapOnly(home)


def page(
    request: Request, user: WebUser, name: str, context: dict[str, Any], **kw: Any
) -> Response:
    return render(request, name, context, **kw)


# base.html shows the JobSwap roles their own navigation only.
templates.env.globals["network_nav"] = nav_of


def checked(form: dict[str, Any], name: str) -> bool:
    return str(form.get(name, "")).lower() in ("on", "true", "1", "yes")


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


@router.get("/jobswap")
async def jobswap_home(request: Request, user: User) -> Response:
    return RedirectResponse(home_of(user) or "/jobswap/matches", status_code=303)


# --- profile -------------------------------------------------------------------------


def _values_of(profile: dict[str, Any] | None) -> dict[str, str]:
    if not profile:
        return {"commute_mode": "transit"}
    return {
        "name": profile["name"],
        "company": profile["company"],
        "job_title": profile["jobTitle"],
        "salary_band": profile.get("salaryBand") or "",
        "home_address": profile["homeLocation"]["address"],
        "work_address": profile["workLocation"]["address"],
        "commute_mode": profile["commuteMode"],
        "skills": ", ".join(profile.get("skills") or []),
    }


async def _profile_page(
    request: Request, user: WebUser, *, form: dict[str, str] | None = None, **extra: Any
) -> Response:
    async with Api(request, user) as api:
        data, errors = await gather({"profile": api.data("/jobswap/profiles/me")})
        resume = None
        profile = data.get("profile")
        if profile and profile.get("hasResume"):
            found, _ = await gather(
                {"resume": api.data(f"/jobswap/profiles/{profile['id']}/resume")}
            )
            resume = found.get("resume")
    context = {
        "active": "jobswap-profile",
        "profile": profile,
        "resume": resume,
        "missing": "profile" in errors,
        "form": form if form is not None else _values_of(profile),
        "modes": MODES,
        **extra,
    }
    return page(request, user, "jobswap/profile.html", context, status=extra.get("status", 200))


@router.get("/jobswap/profile")
async def profile_page(request: Request, user: User) -> Response:
    return await _profile_page(request, user, saved=request.query_params.get("saved") == "1")


@router.post("/jobswap/profile")
async def save_profile(request: Request, user: User) -> Response:
    """Create or update my profile; an address the geocoder cannot find shows its
    suggestions next to the field."""
    form = await _form(request)
    body: dict[str, Any] = {
        api_name: form.get(name, "").strip()
        for name, api_name in FIELDS.items()
        if form.get(name, "").strip()
    }
    body["skills"] = [s.strip() for s in form.get("skills", "").split(",") if s.strip()][:100]
    try:
        async with Api(request, user) as api:
            profile_id = form.get("profile_id", "")
            if UUID.match(profile_id):
                await api.put(f"/jobswap/profiles/{profile_id}", json=body)
            else:
                await api.post("/jobswap/profiles", json=body)
    except ApiError as exc:
        if exc.status not in (400, 409, 422):
            raise
        details = exc.details if isinstance(exc.details, dict) else {}
        fields = field_errors(exc)
        return await _profile_page(
            request,
            user,
            form=form,
            error=exc.message,
            fields=fields,
            suggestions=details.get("suggestions") or [],
            bad_field=str(details.get("field") or ""),
            status=exc.status,
        )
    return RedirectResponse("/jobswap/profile?saved=1", status_code=303)


@router.post("/jobswap/profile/resume")
async def upload_resume(request: Request, user: User) -> Response:
    """The resume through JobSwap's endpoint (the CV ingestion parses and embeds it)."""
    form = await request.form()
    upload = form.get("file")
    profile_id = str(form.get("profile_id") or "")
    if not isinstance(upload, UploadFile) or not upload.filename or not UUID.match(profile_id):
        return render(
            request,
            "partials/alert.html",
            {"kind": "error", "message": "Choose a resume (PDF, DOCX or text) to upload."},
            status=422,
        )
    files = {
        "file": (
            upload.filename,
            await upload.read(),
            upload.content_type or "application/octet-stream",
        )
    }
    async with Api(request, user) as api:
        answer = await api.post(f"/jobswap/profiles/{profile_id}/resume", files=files)
    return render(
        request,
        "partials/alert.html",
        {"kind": "ok", "message": answer.get("message") or "Resume uploaded"},
    )


# --- matches and requests ----------------------------------------------------------


@router.get("/jobswap/matches")
async def matches_page(request: Request, user: User) -> Response:
    async with Api(request, user) as api:
        data, errors = await gather(
            {
                "matches": api.data("/jobswap/matches", limit=20),
                "requests": api.data("/jobswap/swap-requests", limit=100),
            }
        )
    open_with = {
        r["counterpart"]["id"]
        for r in data.get("requests", [])
        if r["status"] in ("pending", "hr_review")
    }
    return page(
        request,
        user,
        "jobswap/matches.html",
        {
            "active": "jobswap-matches",
            "matches": data.get("matches"),
            "error": errors.get("matches"),
            "open_with": open_with,
            "sent": request.query_params.get("sent") == "1",
        },
    )


@router.post("/jobswap/matches/{match_id}/request")
async def send_request(request: Request, match_id: str, user: User) -> Response:
    form = await _form(request)
    body = {
        "matchId": match_id,
        "message": form.get("message", "").strip(),
        "shareResume": checked(form, "share_resume"),
        "shareContact": checked(form, "share_contact"),
    }
    if not UUID.match(match_id):
        raise ApiError(404, "not_found", "Match not found")
    try:
        async with Api(request, user) as api:
            await api.post("/jobswap/swap-requests", json=body)
    except ApiError as exc:
        if exc.status not in (409, 422):
            raise
        message = (
            "Write a short message to go with the request."
            if "message" in field_errors(exc)
            else exc.message
        )
        return page(
            request,
            user,
            "error.html",
            {"title": "Request not sent", "message": message, "status": exc.status},
            status=exc.status,
        )
    return RedirectResponse("/jobswap/requests?sent=1", status_code=303)


@router.get("/jobswap/requests")
async def requests_page(request: Request, user: User) -> Response:
    async with Api(request, user) as api:
        data, errors = await gather({"requests": api.data("/jobswap/swap-requests", limit=100)})
    rows = data.get("requests") or []
    return page(
        request,
        user,
        "jobswap/requests.html",
        {
            "active": "jobswap-requests",
            "error": errors.get("requests"),
            "incoming": [r for r in rows if r["direction"] == "received"],
            "outgoing": [r for r in rows if r["direction"] == "sent"],
            "sent": request.query_params.get("sent") == "1",
        },
    )


@router.post("/jobswap/requests/{request_id}/{action}")
async def act_on_request(request: Request, request_id: str, action: str, user: User) -> Response:
    """Accept (with my own sharing choices) or decline a request."""
    if action not in ("accept", "decline") or not UUID.match(request_id):
        raise ApiError(404, "not_found", "Not found")
    form = await _form(request)
    kwargs: dict[str, Any] = {}
    if action == "accept":
        kwargs["json"] = {
            "shareResume": checked(form, "share_resume"),
            "shareContact": checked(form, "share_contact"),
        }
    async with Api(request, user) as api:
        await api.put(f"/jobswap/swap-requests/{request_id}/{action}", **kwargs)
    return RedirectResponse("/jobswap/requests", status_code=303)
