"""The candidate's side of an assessment, at the link the invitation e-mail carries
(``/assess/{token}``): no account, the token is the credential. The pages call the API's
anonymous ``/assessments/take/{token}`` like any client; the timer is the server's (each
page and each saved answer brings the seconds left), answers are saved as they go."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from talentsonar.web.api import Api, ApiError
from talentsonar.web.render import is_htmx, render

router = APIRouter()

TITLES = {404: "No assessment here", 409: "Not started", 410: "This link no longer works"}


def _closed(request: Request, exc: ApiError) -> Response:
    """An expired, used or withdrawn link (410), an unknown one (404): a page of its own."""
    if exc.status not in TITLES:
        raise exc
    if is_htmx(request):
        return render(
            request,
            "partials/alert.html",
            {"kind": "error", "message": exc.message},
            status=exc.status,
        )
    return render(
        request,
        "take/closed.html",
        {"title": TITLES[exc.status], "message": exc.message, "code": exc.code},
        status=exc.status,
    )


def _valid(token: str) -> bool:
    return 10 <= len(token) <= 120 and token.isascii() and token.replace("_", "").isalnum()


@router.get("/assess/{token}")
async def take_page(request: Request, token: str) -> Response:
    if not _valid(token):
        return _closed(request, ApiError(404, "not_found", "No assessment at this link"))
    try:
        async with Api(request, None) as api:
            paper = await api.data(f"/assessments/take/{token}")
    except ApiError as exc:
        return _closed(request, exc)
    template = "take/paper.html" if paper.get("questions") else "take/intro.html"
    return render(request, template, {"p": paper, "token": token})


@router.post("/assess/{token}/start")
async def take_start(request: Request, token: str) -> Response:
    if not _valid(token):
        return _closed(request, ApiError(404, "not_found", "No assessment at this link"))
    try:
        async with Api(request, None) as api:
            await api.post(f"/assessments/take/{token}/start")
    except ApiError as exc:
        return _closed(request, exc)
    return RedirectResponse(f"/assess/{token}", status_code=303)


def _answer(kind: str, form: Any) -> dict[str, Any]:
    if kind in ("single", "multiple"):
        return {"choices": [str(v)[:20] for v in form.getlist("choice")][:10]}
    value = form.get("answer")
    text = value if isinstance(value, str) else ""
    return {"code": text} if kind == "code" else {"text": text}


@router.post("/assess/{token}/answers/{question_id}")
async def take_answer(request: Request, token: str, question_id: str) -> Response:
    """One answer (an htmx post on change): answers the saved indicator and the seconds
    left on the server's clock."""
    if not _valid(token):
        return _closed(request, ApiError(404, "not_found", "No assessment at this link"))
    form = await request.form()
    kind = str(form.get("kind") or "")
    if kind not in ("single", "multiple", "short", "code"):
        return render(
            request,
            "partials/alert.html",
            {"kind": "error", "message": "Unknown kind of question."},
            status=422,
        )
    try:
        async with Api(request, None) as api:
            saved = (
                await api.put(
                    f"/assessments/take/{token}/answers/{question_id}", json=_answer(kind, form)
                )
            )["data"]
    except ApiError as exc:
        return render(
            request,
            "take/saved.html",
            {"error": exc.message, "gone": exc.status in (409, 410)},
            status=exc.status if exc.status < 500 else 502,
        )
    return render(request, "take/saved.html", {"s": saved})


@router.post("/assess/{token}/submit")
async def take_submit(request: Request, token: str) -> Response:
    if not _valid(token):
        return _closed(request, ApiError(404, "not_found", "No assessment at this link"))
    try:
        async with Api(request, None) as api:
            done = (await api.post(f"/assessments/take/{token}/submit"))["data"]
    except ApiError as exc:
        return _closed(request, exc)
    return render(request, "take/done.html", {"done": done})
