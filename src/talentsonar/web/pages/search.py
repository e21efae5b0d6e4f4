"""Search: results with highlights, filters and suggestions."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from talentsonar.web.api import Api, gather
from talentsonar.web.render import render
from talentsonar.web.session import User

router = APIRouter()
TYPES = ("internal", "past", "uploaded", "sourced")
MARK, UNMARK = "<mark>", "</mark>"


def highlight_parts(fragment: str) -> list[tuple[str, bool]]:
    """A highlight fragment (``<mark>`` around matched words) as ``(text, marked)`` parts,
    so the template escapes every part and draws the marks itself: the text comes from a
    CV and is never trusted as HTML."""
    parts: list[tuple[str, bool]] = []
    rest = fragment
    while rest:
        start = rest.find(MARK)
        if start < 0:
            parts.append((rest, False))
            break
        end = rest.find(UNMARK, start)
        if end < 0:
            parts.append((rest, False))
            break
        if start:
            parts.append((rest[:start], False))
        parts.append((rest[start + len(MARK) : end], True))
        rest = rest[end + len(UNMARK) :]
    return parts


@router.get("/search")
async def search_page(request: Request, user: User) -> Response:
    params = request.query_params
    q = (params.get("q") or "").strip()[:300]
    skills = (params.get("skills") or "").strip()[:300]
    ctype = params.get("type") if params.get("type") in TYPES else ""
    page = params.get("page") or "1"
    data: dict[str, object] = {}
    errors: dict[str, str] = {}
    if q or skills:
        async with Api(request, user) as api:
            data, errors = await gather(
                {
                    "results": api.get(
                        "/candidates/search",
                        q=q or None,
                        skills=skills or None,
                        type=ctype or None,
                        page=page,
                        limit=20,
                    )
                }
            )
    query = urlencode({"q": q, "skills": skills, "type": ctype}) + "&"
    return render(
        request,
        "search.html",
        {
            "active": "search",
            "q": q,
            "skills": skills,
            "ctype": ctype,
            "types": TYPES,
            "results": data.get("results"),
            "error": errors.get("results"),
            "query": query,
            "parts": highlight_parts,
        },
    )
