"""A job's shortlist: ranked matches with their score bars and rationale, filters, the
blind view, hidden gems, the fairness report and "analyse top N" with live progress."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from talentsonar.web.api import Api, ApiError, gather
from talentsonar.web.render import render
from talentsonar.web.session import User

router = APIRouter()
UUID = re.compile(r"^[0-9a-f-]{36}$")
TYPES = ("internal", "past", "uploaded", "sourced")


def _number(value: str | None, default: float, low: float, high: float) -> float:
    try:
        return max(low, min(high, float(value or default)))
    except ValueError:
        return default


@router.get("/jobs/{job_id}/shortlist")
async def shortlist(request: Request, job_id: str, user: User) -> Response:
    params = request.query_params
    blind = params.get("blind") == "1"
    min_score = _number(params.get("min_score"), 0, 0, 100)
    ctype = params.get("type") if params.get("type") in TYPES else ""
    page = int(_number(params.get("page"), 1, 1, 10_000))
    matches_path = f"/jobs/{job_id}/matches/blind" if blind else f"/jobs/{job_id}/matches"
    async with Api(request, user) as api:
        filters: dict[str, object] = {"minScore": min_score or None, "page": page, "limit": 20}
        if not blind:
            filters["type"] = ctype
        data, errors = await gather(
            {
                "job": api.data(f"/jobs/{job_id}"),
                "matches": api.get(matches_path, **filters),
                "analysis": api.data(f"/jobs/{job_id}/analysis-status"),
            },
            required=("job",),
        )
    job = data["job"]
    query = (
        urlencode(
            {
                "min_score": params.get("min_score") or "",
                "type": ctype,
                "blind": "1" if blind else "",
            }
        )
        + "&"
    )
    return render(
        request,
        "shortlist.html",
        {
            "active": "jobs",
            "job": job,
            "d": data,
            "added": params.get("added"),
            "errors": errors,
            "blind": blind,
            "min_score": params.get("min_score") or "",
            "ctype": ctype,
            "types": TYPES,
            "query": query,
            "offset": (page - 1) * 20,
        },
    )


@router.get("/jobs/{job_id}/shortlist/insights")
async def insights(request: Request, job_id: str, user: User) -> Response:
    """The shortlist's side panels (hidden gems, fairness report), loaded after the
    ranked list so that the list shows at once."""
    blind = request.query_params.get("blind") == "1"
    async with Api(request, user) as api:
        data, errors = await gather(
            {
                "gems": api.data(f"/jobs/{job_id}/hidden-gems", limit=5),
                "fairness": api.data(f"/jobs/{job_id}/fairness-report"),
            }
        )
    return render(request, "partials/insights.html", {"d": data, "errors": errors, "blind": blind})


@router.get("/jobs/{job_id}/candidates/{candidate_id}/breakdown")
async def breakdown(request: Request, job_id: str, candidate_id: str, user: User) -> Response:
    async with Api(request, user) as api:
        detail = await api.data(f"/jobs/{job_id}/candidates/{candidate_id}/match")
    return render(request, "partials/breakdown.html", {"m": detail})


@router.post("/jobs/{job_id}/analyze-top")
async def analyze_top(request: Request, job_id: str, user: User) -> Response:
    form = await request.form()
    limit = int(_number(str(form.get("limit") or ""), 5, 1, 50))
    async with Api(request, user) as api:
        await api.post(f"/jobs/{job_id}/analyze-top", json={"limit": limit})
        status = await api.data(f"/jobs/{job_id}/analysis-status")
    return render(request, "partials/analysis.html", {"job_id": job_id, "a": status})


@router.get("/jobs/{job_id}/analysis-progress")
async def analysis_progress(request: Request, job_id: str, user: User) -> Response:
    if not UUID.match(job_id):
        return Response(status_code=404)
    try:
        async with Api(request, user) as api:
            status = await api.data(f"/jobs/{job_id}/analysis-status")
    except ApiError as exc:
        if exc.status == 401:
            raise
        return render(
            request, "partials/alert.html", {"kind": "error", "message": exc.message}, status=286
        )
    return render(
        request,
        "partials/analysis.html",
        {"job_id": job_id, "a": status},
        status=200 if status.get("inProgress") else 286,
    )
