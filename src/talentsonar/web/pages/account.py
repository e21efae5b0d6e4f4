"""Sign in, register, accept an invitation, sign out: the API's own endpoints, with the
sign-in session's refresh token kept in the HttpOnly session cookie."""

from __future__ import annotations

import re
import uuid
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from talentsonar.auth import service as auth
from talentsonar.core.deps import runtime_of
from talentsonar.web.api import Api, ApiError, field_errors
from talentsonar.web.render import render
from talentsonar.web.session import (
    MaybeUser,
    User,
    WebUser,
    clear_session_cookie,
    set_session_cookie,
)

router = APIRouter()
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _org(value: Any) -> str:
    """An organisation to sign in to (a user may belong to several), or ``""``."""
    text = str(value or "")
    return text if UUID.match(text) else ""


def safe_next(value: Any) -> str:
    """A local path to go back to after signing in (never another site)."""
    text = str(value or "/")
    if not text.startswith("/") or text.startswith(("//", "/\\")) or len(text) > 500:
        return "/"
    return text


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _signed_in(request: Request, result: dict[str, Any], target: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(response, runtime_of(request).settings, result["refreshToken"])
    return response


@router.get("/login")
async def login_page(request: Request, user: MaybeUser) -> Response:
    target = safe_next(request.query_params.get("next"))
    if user is not None:
        return RedirectResponse(target, status_code=303)
    return render(
        request,
        "login.html",
        {"next": target, "email": "", "org": _org(request.query_params.get("org"))},
    )


@router.post("/login")
async def login(request: Request) -> Response:
    form = await _form(request)
    target = safe_next(form.get("next"))
    email = form.get("email", "").strip()
    org = _org(form.get("org"))
    body = {"email": email, "password": form.get("password", "")}
    if org:
        body["organizationId"] = org
    try:
        async with Api(request, None) as api:
            answer = await api.post("/auth/login", json=body)
    except ApiError as exc:
        message = "Enter a valid email and password." if exc.status == 422 else exc.message
        return render(
            request,
            "login.html",
            {"next": target, "email": email, "error": message, "org": org},
            status=exc.status if exc.status in (401, 403, 429) else 400,
        )
    return _signed_in(request, answer["data"], target)


@router.get("/register")
async def register_page(request: Request) -> Response:
    return render(
        request, "register.html", {"next": safe_next(request.query_params.get("next")), "form": {}}
    )


@router.post("/register")
async def register(request: Request) -> Response:
    form = await _form(request)
    target = safe_next(form.get("next"))
    body = {
        "email": form.get("email", "").strip(),
        "password": form.get("password", ""),
        "fullName": form.get("full_name", "").strip(),
    }
    if form.get("organization_name", "").strip():
        body["organizationName"] = form["organization_name"].strip()
    try:
        async with Api(request, None) as api:
            answer = await api.post("/auth/register", json=body)
    except ApiError as exc:
        fields = field_errors(exc)
        message = "; ".join(f"{k}: {v}" for k, v in fields.items()) or exc.message
        return render(
            request,
            "register.html",
            {"next": target, "form": form, "error": message},
            status=exc.status,
        )
    return _signed_in(request, answer["data"], target)


@router.post("/logout")
async def logout(request: Request, user: MaybeUser) -> Response:
    """Sign out (the API's logout: every session of the user ends, on every process)."""
    if user is not None:
        async with Api(request, user) as api:
            await api.post("/auth/logout")
    org = _org(request.query_params.get("org"))
    response = RedirectResponse(f"/login?org={org}" if org else "/login", status_code=303)
    clear_session_cookie(response, runtime_of(request).settings)
    return response


@router.get("/invitations/{token}")
async def invitation_page(request: Request, token: str, user: MaybeUser) -> Response:
    return render(request, "invitation.html", {"token": token[:2000]})


async def _switch_organization(request: Request, user: WebUser, org_id: uuid.UUID) -> str:
    """A new sign-in session of the same person in the organisation they just joined
    (the secret of its refresh token); the browser's previous session ends. No password
    again: the person is signed in, and the API has made them a member."""
    runtime = runtime_of(request)
    user_id = user.session.principal.user_id
    assert user_id is not None  # a browser session is always a person's
    async with runtime.db.session() as session:
        account = await auth.get_user(session, user_id)
        result = await auth.issue_tokens(runtime, session, account, org_id)
        await auth.end_session(session, user.session.session_id)
    return result.refresh_token


@router.post("/invitations/{token}")
async def accept_invitation(request: Request, token: str, user: User) -> Response:
    """Accept (the API's accept, as the signed-in person), then continue signed in to the
    organisation joined: straight to its dashboard."""
    try:
        async with Api(request, user) as api:
            answer = await api.post(f"/invitations/{quote(token[:2000], safe='')}/accept")
    except ApiError as exc:
        if exc.status == 401:
            raise
        return render(
            request,
            "invitation.html",
            {"token": token[:2000], "error": exc.message},
            status=exc.status,
        )
    secret = await _switch_organization(request, user, uuid.UUID(answer["data"]["orgId"]))
    response = RedirectResponse("/?joined=1", status_code=303)
    set_session_cookie(response, runtime_of(request).settings, secret)
    return response
