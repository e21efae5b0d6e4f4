"""JobSwap for HR users: the swaps involving my company, with the estimated cost saving
and the resume links (when shared), to approve or reject."""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from talentsonar.web.api import Api, ApiError, gather
from talentsonar.web.pages.jobswap import page
from talentsonar.web.session import User

router = APIRouter()
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
STATUSES = ("hr_review", "approved", "rejected")


@router.get("/jobswap/hr")
async def hr_page(request: Request, user: User) -> Response:
    wanted = request.query_params.get("status", "")
    status = wanted if wanted in STATUSES else ""
    async with Api(request, user) as api:
        data, errors = await gather(
            {"requests": api.data("/jobswap/hr/requests", status=status, limit=100)}
        )
    return page(
        request,
        user,
        "jobswap/hr.html",
        {
            "active": "jobswap-hr",
            "requests": data.get("requests"),
            "error": errors.get("requests"),
            "status": status,
            "statuses": STATUSES,
        },
    )


@router.post("/jobswap/hr/{hr_request_id}/{action}")
async def decide(request: Request, hr_request_id: str, action: str, user: User) -> Response:
    if action not in ("approve", "reject") or not UUID.match(hr_request_id):
        raise ApiError(404, "not_found", "Not found")
    form = await request.form()
    note = form.get("note")
    body = {"note": note.strip()[:2000]} if isinstance(note, str) and note.strip() else {}
    async with Api(request, user) as api:
        await api.put(f"/jobswap/hr/requests/{hr_request_id}/{action}", json=body)
    return RedirectResponse("/jobswap/hr", status_code=303)
