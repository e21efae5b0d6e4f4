"""The browser's session and its protections.

- ``ts_session``: HttpOnly, SameSite=Lax, Secure outside development and tests; it holds
  the secret of the refresh token of a sign-in session made by the API's login or
  registration (stored hashed on the server). Each request looks the session up on the
  primary (``auth.service.browser_session``), so signing out, a removed membership or a
  suspension ends it at once, on every process, as for the API's own tokens.
- CSRF: a double-submit token. ``ts_csrf`` (HttpOnly, SameSite=Strict) holds a random
  value that each page also renders into its forms (``csrf_token``) and into
  ``hx-headers`` (``X-CSRF-Token``); every unsafe request must send it back, equal.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Request, Response

from talentsonar.auth import service as auth
from talentsonar.core.config import Settings
from talentsonar.core.deps import runtime_of
from talentsonar.models.membership import Role

SESSION_COOKIE = "ts_session"
CSRF_COOKIE = "ts_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class SignInRequired(Exception):
    """No live browser session: the page redirects to the sign-in page."""


class CsrfRejected(Exception):
    """An unsafe request without the page's CSRF token."""


@dataclass(frozen=True, slots=True)
class WebUser:
    session: auth.BrowserSession
    #: A short-lived access token of this session, for the in-process API calls.
    token: str

    @property
    def role(self) -> Role:
        return self.session.principal.role

    @property
    def can_write(self) -> bool:
        return self.role.at_least(Role.recruiter)

    @property
    def is_admin(self) -> bool:
        return self.role.at_least(Role.admin)

    @property
    def name(self) -> str:
        return self.session.full_name or self.session.email


def secure_cookies(settings: Settings) -> bool:
    return settings.env == "production" or settings.base_url.startswith("https://")


def set_session_cookie(response: Response, settings: Settings, secret: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        max_age=settings.jwt_refresh_ttl_seconds,
        path="/",
        httponly=True,
        samesite="lax",
        secure=secure_cookies(settings),
    )


def clear_session_cookie(response: Response, settings: Settings) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=secure_cookies(settings)
    )


def csrf_token(request: Request) -> str:
    """The request's CSRF token: the browser's, or a new one (set by ``render``)."""
    state = request.state
    token: str | None = getattr(state, "csrf", None)
    if token is None:
        token = request.cookies.get(CSRF_COOKIE) or ""
        if len(token) < 20:
            token = secrets.token_urlsafe(24)
            state.csrf_new = True
        state.csrf = token
    return token


def set_csrf_cookie(request: Request, response: Response) -> None:
    if getattr(request.state, "csrf_new", False):
        response.set_cookie(
            CSRF_COOKIE,
            request.state.csrf,
            path="/",
            httponly=True,
            samesite="strict",
            secure=secure_cookies(runtime_of(request).settings),
        )


async def check_csrf(request: Request) -> None:
    """Refuse an unsafe request whose token (header, or form field) differs from the
    cookie's. The form is parsed here only for form posts without the header (a plain
    multipart upload without JavaScript included; the body limit has already applied, and
    the page reads the same parsed form)."""
    if request.method in SAFE_METHODS:
        return
    expected = request.cookies.get(CSRF_COOKIE) or ""
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not expected or not sent or not hmac.compare_digest(expected, sent):
        raise CsrfRejected()


async def optional_user(request: Request) -> WebUser | None:
    """The signed-in browser's user (``None`` without a live session); the database is
    asked only when the request carries a session cookie."""
    state = request.state
    if hasattr(state, "web_user"):
        cached: WebUser | None = state.web_user
        return cached
    user = None
    secret = request.cookies.get(SESSION_COOKIE)
    if secret and len(secret) < 200:
        runtime = runtime_of(request)
        db = runtime.db.request_connection(keep=False)
        try:
            found = await auth.browser_session(db, secret)
        finally:
            await db.close()
        if found is not None:
            user = WebUser(found, auth.session_access_token(runtime, found))
    state.web_user = user
    return user


async def current_user(request: Request) -> WebUser:
    user = await optional_user(request)
    if user is None:
        raise SignInRequired()
    return user


def login_url(request: Request) -> str:
    target = request.url.path
    if request.url.query:
        target += "?" + request.url.query
    return "/login?next=" + quote(target, safe="/")


MaybeUser = Annotated[WebUser | None, Depends(optional_user)]
User = Annotated[WebUser, Depends(current_user)]
