"""Jobs: list, create, edit, and the AI requirements generator."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from talentsonar.web.api import Api, ApiError, field_errors, gather
from talentsonar.web.render import render
from talentsonar.web.session import User

router = APIRouter()
STATUSES = ("open", "on hold", "closed")


def skills_of(text: str) -> list[str]:
    return [s.strip() for s in text.replace("\n", ",").split(",") if s.strip()][:100]


def job_body(form: dict[str, str]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "title": form.get("title", "").strip(),
        "description": form.get("description", ""),
        "department": form.get("department", "").strip() or None,
        "location": form.get("location", "").strip() or None,
        "requiredSkills": skills_of(form.get("required_skills", "")),
        "niceToHaveSkills": skills_of(form.get("nice_skills", "")),
        "seniority": form.get("seniority", "").strip() or None,
        "employmentType": form.get("employment_type", "").strip() or None,
        "status": form.get("status") or "open",
    }
    years = form.get("min_years", "").strip()
    if years:
        try:
            body["minYearsExperience"] = float(years)
        except ValueError:
            body["minYearsExperience"] = years  # the API answers 422 with its message
    return body


def form_of(job: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": job.get("title", ""),
        "description": job.get("description", ""),
        "department": job.get("department") or "",
        "location": job.get("location") or "",
        "required_skills": ", ".join(job.get("requiredSkills") or []),
        "nice_skills": ", ".join(job.get("niceToHaveSkills") or []),
        "seniority": job.get("seniority") or "",
        "employment_type": job.get("employmentType") or "",
        "status": job.get("status") or "open",
        "min_years": "" if job.get("minYearsExperience") is None else job["minYearsExperience"],
    }


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


@router.get("/jobs")
async def jobs_list(request: Request, user: User) -> Response:
    params = request.query_params
    status = params.get("status") or "all"
    search = (params.get("search") or "")[:200]
    page = params.get("page") or "1"
    async with Api(request, user) as api:
        data, errors = await gather(
            {"jobs": api.get("/jobs", status=status, search=search, page=page, limit=20)}
        )
    query = urlencode({"status": status, "search": search}) + "&"
    return render(
        request,
        "jobs/list.html",
        {
            "active": "jobs",
            "jobs": data.get("jobs"),
            "error": errors.get("jobs"),
            "status": status,
            "search": search,
            "statuses": STATUSES,
            "query": query,
        },
    )


@router.get("/jobs/new")
async def new_job(request: Request, user: User) -> Response:
    return render(
        request,
        "jobs/form.html",
        {"active": "jobs", "job": None, "form": {"status": "open"}, "statuses": STATUSES},
    )


@router.post("/jobs")
async def create_job(request: Request, user: User) -> Response:
    form = await _form(request)
    try:
        async with Api(request, user) as api:
            job = (await api.post("/jobs", json=job_body(form)))["data"]
    except ApiError as exc:
        if exc.status != 422:
            raise
        return render(
            request,
            "jobs/form.html",
            {
                "active": "jobs",
                "job": None,
                "form": form,
                "statuses": STATUSES,
                "error": exc.message,
                "fields": field_errors(exc),
            },
            status=422,
        )
    return RedirectResponse(f"/jobs/{job['id']}?created=1", status_code=303)


@router.get("/jobs/{job_id}")
async def job_page(request: Request, job_id: str, user: User) -> Response:
    async with Api(request, user) as api:
        job = await api.data(f"/jobs/{job_id}")
    return render(
        request,
        "jobs/form.html",
        {
            "active": "jobs",
            "job": job,
            "form": form_of(job),
            "statuses": STATUSES,
            "created": request.query_params.get("created"),
        },
    )


@router.post("/jobs/{job_id}")
async def update_job(request: Request, job_id: str, user: User) -> Response:
    form = await _form(request)
    try:
        async with Api(request, user) as api:
            job = (await api.patch(f"/jobs/{job_id}", json=job_body(form)))["data"]
    except ApiError as exc:
        if exc.status != 422:
            raise
        async with Api(request, user) as api:
            job = await api.data(f"/jobs/{job_id}")
        return render(
            request,
            "jobs/form.html",
            {
                "active": "jobs",
                "job": job,
                "form": form,
                "statuses": STATUSES,
                "error": exc.message,
                "fields": field_errors(exc),
            },
            status=422,
        )
    return render(
        request,
        "jobs/form.html",
        {"active": "jobs", "job": job, "form": form_of(job), "statuses": STATUSES, "saved": True},
    )


@router.post("/jobs-requirements")
async def generate_requirements(request: Request, user: User) -> Response:
    """The AI requirements generator: fills the form's requirement fields (out of band)."""
    form = await _form(request)
    body = {
        "title": form.get("title", "").strip() or "Untitled",
        "description": form.get("description", "") or form.get("title", "") or "-",
        "department": form.get("department") or None,
        "seniority": form.get("seniority") or None,
        "skills": skills_of(form.get("required_skills", "")),
    }
    async with Api(request, user) as api:
        answer = (await api.post("/ai/job-requirements", json=body))["data"]
    return render(request, "partials/requirements.html", {"r": answer})
