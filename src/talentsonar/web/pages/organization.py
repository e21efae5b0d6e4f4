"""The organisation (members, roles, invitations, API keys, webhooks, audit log) and the
notifications (the bell's unread count, the list)."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from talentsonar.web.api import Api, ApiError, gather
from talentsonar.web.render import render
from talentsonar.web.session import User, WebUser

router = APIRouter()
ROLES = ("viewer", "recruiter", "admin", "owner")
UUID = re.compile(r"^[0-9a-f-]{36}$")


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


async def _page(request: Request, user: WebUser, **extra: Any) -> Response:
    async with Api(request, user) as api:
        calls = {
            "org": api.data("/organization"),
            "members": api.data("/organization/members", limit=100),
        }
        if user.is_admin:
            calls.update(
                {
                    "invitations": api.data("/organization/invitations", limit=50),
                    "api_keys": api.data("/organization/api-keys", limit=50),
                    "webhooks": api.data("/webhooks", limit=50),
                    "audit": api.data("/organization/audit", limit=20),
                }
            )
        data, errors = await gather(calls)
    return render(
        request,
        "org/page.html",
        {"active": "organization", "d": data, "errors": errors, "roles": ROLES, **extra},
        status=422 if extra.get("error") else 200,
    )


@router.get("/organization")
async def organization_page(request: Request, user: User) -> Response:
    return await _page(request, user)


async def _act(request: Request, user: WebUser, call: Any, done: str) -> Response:
    try:
        result = await call
    except ApiError as exc:
        if exc.status in (401, 403):
            raise
        return await _page(request, user, error=exc.message)
    if (
        isinstance(result, dict)
        and isinstance(result.get("data"), dict)
        and result["data"].get("key")
    ):
        return await _page(request, user, notice=done, new_key=result["data"]["key"])
    return RedirectResponse(f"/organization?done={done}", status_code=303)


@router.post("/organization/invitations")
async def invite(request: Request, user: User) -> Response:
    form = await _form(request)
    async with Api(request, user) as api:
        return await _act(
            request,
            user,
            api.post(
                "/organization/invitations",
                json={"email": form.get("email", ""), "role": form.get("role", "recruiter")},
            ),
            "invited",
        )


@router.post("/organization/members/{user_id}")
async def change_role(request: Request, user_id: str, user: User) -> Response:
    form = await _form(request)
    async with Api(request, user) as api:
        if form.get("action") == "remove":
            call = api.delete(f"/organization/members/{user_id}")
        else:
            call = api.patch(f"/organization/members/{user_id}", json={"role": form.get("role")})
        return await _act(request, user, call, "member")


@router.post("/organization/api-keys")
async def create_key(request: Request, user: User) -> Response:
    form = await _form(request)
    async with Api(request, user) as api:
        return await _act(
            request,
            user,
            api.post(
                "/organization/api-keys",
                json={"name": form.get("name", ""), "role": form.get("role", "recruiter")},
            ),
            "key",
        )


@router.post("/organization/api-keys/{key_id}/revoke")
async def revoke_key(request: Request, key_id: str, user: User) -> Response:
    async with Api(request, user) as api:
        return await _act(request, user, api.delete(f"/organization/api-keys/{key_id}"), "revoked")


@router.post("/organization/webhooks")
async def create_webhook(request: Request, user: User) -> Response:
    form = await _form(request)
    events = [e.strip() for e in form.get("events", "").split(",") if e.strip()] or ["*"]
    async with Api(request, user) as api:
        return await _act(
            request,
            user,
            api.post("/webhooks", json={"url": form.get("url", ""), "eventTypes": events}),
            "webhook",
        )


@router.post("/organization/webhooks/{endpoint_id}/delete")
async def delete_webhook(request: Request, endpoint_id: str, user: User) -> Response:
    async with Api(request, user) as api:
        return await _act(request, user, api.delete(f"/webhooks/{endpoint_id}"), "webhook")


@router.get("/notifications/bell")
async def bell(request: Request, user: User) -> Response:
    async with Api(request, user) as api:
        data, _ = await gather({"count": api.data("/notifications/unread-count")})
    unread = (data.get("count") or {}).get("unread", 0)
    return render(request, "partials/bell.html", {"unread": unread})


@router.get("/notifications")
async def notifications_page(request: Request, user: User) -> Response:
    async with Api(request, user) as api:
        data, errors = await gather({"items": api.data("/notifications", limit=50)})
    return render(
        request,
        "notifications.html",
        {"active": "", "items": data.get("items"), "error": errors.get("items")},
    )


@router.post("/notifications/read-all")
async def read_all(request: Request, user: User) -> Response:
    async with Api(request, user) as api:
        await api.post("/notifications/read-all")
    return RedirectResponse("/notifications", status_code=303)
