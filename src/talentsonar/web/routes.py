"""Mounts the web app on the FastAPI application: pages at ``/``, assets at ``/static``,
security headers on every page, and the pages' error handling."""

from __future__ import annotations

from pathlib import Path

import structlog
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from talentsonar.core.bodylimit import BodySizeLimitMiddleware, upload_body_limit
from talentsonar.core.config import Settings
from talentsonar.core.handlers import install_error_handlers
from talentsonar.core.observability import RequestContextMiddleware
from talentsonar.web.api import ApiError
from talentsonar.web.pages import (
    account,
    assessments,
    billing,
    candidates,
    dashboard,
    github,
    jobs,
    jobswap,
    jobswap_hr,
    organization,
    pipeline,
    search,
    shortlist,
    skills,
    take,
    upload,
)
from talentsonar.web.render import is_htmx, render
from talentsonar.web.session import (
    CSRF_COOKIE,
    CsrfRejected,
    SignInRequired,
    check_csrf,
    login_url,
    optional_user,
)

log = structlog.get_logger(__name__)
STATIC = Path(__file__).parent / "static"

#: No inline script, no eval, nothing from elsewhere; the CV preview is framed from here.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'self'; frame-src 'self'; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'self'"
)
PAGE_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
REPLACED = {
    b"x-frame-options",
    b"referrer-policy",
    b"permissions-policy",
    b"x-content-type-options",
}
#: Paths that are not pages (the API and its documentation keep their own headers).
NOT_PAGES = ("/api/", "/docs", "/health/", "/metrics", "/graphql")

PAGE_MODULES = (
    pipeline,
    account,
    dashboard,
    jobs,
    upload,
    shortlist,
    candidates,
    search,
    billing,
    organization,
    assessments,
    skills,
    github,
    take,
    jobswap,
    jobswap_hr,
)

#: Pages the JobSwap roles (employee, HR) may open; every other page sends them to JobSwap.
OPEN_TO_ALL = (account, jobswap, jobswap_hr)


class PageHeaders:
    """Adds the pages' security headers (CSP …) to every answer outside the API."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(NOT_PAGES):
            await self.app(scope, receive, send)
            return

        # Versioned assets (``?v=`` the contents' hash) never change: cached for good.
        static = scope["path"].startswith("/static/") and scope.get("query_string", b"").startswith(
            b"v="
        )

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                has_csp = any(name.lower() == b"content-security-policy" for name, _ in headers)
                # The API's defaults (added inside: frames denied, no referrer) give way to
                # the pages' own; a page's own CSP (the CV frame's sandbox) is kept.
                kept = [(n, v) for n, v in headers if n.lower() not in REPLACED]
                extra = [
                    (n, v)
                    for n, v in PAGE_HEADERS
                    if not (has_csp and n == b"content-security-policy")
                ]
                if static:
                    kept = [(n, v) for n, v in kept if n.lower() != b"cache-control"]
                    extra.append((b"cache-control", b"public, max-age=31536000, immutable"))
                message["headers"] = kept + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


def build_router() -> APIRouter:
    router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])
    guard = [Depends(jobswap.recruiting_only)]
    for module in PAGE_MODULES:
        router.include_router(module.router, dependencies=[] if module in OPEN_TO_ALL else guard)
    return router


def _error_page(request: Request, status: int, title: str, message: str) -> Response:
    return render(
        request, "error.html", {"title": title, "message": message, "status": status}, status=status
    )


async def _with_user(request: Request) -> None:
    """The signed-in user for the error page's layout (its navigation); an error page
    never fails for want of it. For a visitor without a session or a CSRF cookie the page
    mints no token (it has no form): the same path answers the same bytes."""
    try:
        user = await optional_user(request)
    except Exception:  # the session store is what failed: the page still answers
        request.state.web_user = user = None
    if user is None and CSRF_COOKIE not in request.cookies:
        request.state.csrf = ""


HTTP_TITLES = {
    404: ("Page not found", "There is no page at this address. It may have moved, or the "
          "link may be mistyped."),
    405: ("Not allowed", "This page cannot be used that way."),
    413: ("Too large", "What you sent is larger than this page accepts."),
}


async def _http_error(request: Request, exc: Exception) -> Response:
    """An unknown page path (or a method it does not take) answers an HTML page in the
    app's layout, not the API's JSON (the API's own paths never come here)."""
    assert isinstance(exc, StarletteHTTPException)
    title, message = HTTP_TITLES.get(
        exc.status_code, ("Request refused", str(exc.detail or "The request was refused."))
    )
    await _with_user(request)
    if is_htmx(request):
        return render(
            request, "partials/alert.html", {"kind": "error", "message": message},
            status=exc.status_code, headers=dict(exc.headers or {}),
        )
    response = _error_page(request, exc.status_code, title, message)
    response.headers.update(exc.headers or {})
    return response


async def _server_error(request: Request, exc: Exception) -> Response:
    """A page that failed: an HTML error page with the request's id (logged)."""
    log.exception("page_error", path=request.url.path)
    request_id = getattr(request.state, "request_id", None) or ""
    message = "Something went wrong on our side. Try again in a moment" + (
        f" (request {request_id})." if request_id else "."
    )
    if is_htmx(request):
        return render(
            request, "partials/alert.html", {"kind": "error", "message": message}, status=500
        )
    await _with_user(request)
    return _error_page(request, 500, "Something went wrong", message)


async def _sign_in_required(request: Request, exc: Exception) -> Response:
    if is_htmx(request):
        return Response(status_code=204, headers={"HX-Redirect": login_url(request)})
    return RedirectResponse(login_url(request), status_code=303)


async def _jobswap_only(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, jobswap.JobSwapOnly)
    if is_htmx(request):
        return Response(status_code=204, headers={"HX-Redirect": exc.home})
    return RedirectResponse(exc.home, status_code=303)


async def _csrf_rejected(request: Request, exc: Exception) -> Response:
    return _error_page(
        request,
        403,
        "Request refused",
        "This form has expired or did not come from this site. Reload the page and try again.",
    )


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    if exc.status == 401:
        return await _sign_in_required(request, exc)
    titles = {
        403: "Not allowed",
        404: "Not found",
        402: "Not enough credits",
        429: "Too many requests",
    }
    title = titles.get(exc.status, "Something went wrong")
    if is_htmx(request):
        return render(
            request,
            "partials/alert.html",
            {"kind": "error", "message": exc.message},
            status=exc.status,
        )
    return _error_page(request, exc.status, title, exc.message)


class PagesApp:
    """Sends the pages' paths to the web app and everything else (the API, its docs,
    health, metrics) on to the API's own stack: the pages never enter the API's route
    table or its route index. The web app shares the API app's state (its runtime), and
    its pages call the API app (``request.state.api_app``) in-process."""

    def __init__(self, app: ASGIApp, *, web: FastAPI) -> None:
        self.app = app
        self.web = web

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        api_app = scope["app"]
        self.web.state = api_app.state
        scope.setdefault("state", {})["api_app"] = api_app
        await self.web(scope, receive, send)


#: Paths the API app answers itself (in its JSON, a 404 included).
API_PATHS = ("/api/", "/docs", "/redoc", "/health/", "/metrics", "/openapi.json", "/graphql")


def is_api_path(path: str) -> bool:
    return path.startswith(API_PATHS) or path in ("/api", "/health")


def build_web_app(settings: Settings) -> FastAPI:
    web = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    install_error_handlers(web)
    web.include_router(build_router())
    web.mount("/static", StaticFiles(directory=STATIC), name="static")
    web.add_exception_handler(SignInRequired, _sign_in_required)
    web.add_exception_handler(CsrfRejected, _csrf_rejected)
    web.add_exception_handler(jobswap.JobSwapOnly, _jobswap_only)
    web.add_exception_handler(ApiError, _api_error)
    web.add_exception_handler(StarletteHTTPException, _http_error)
    web.add_exception_handler(Exception, _server_error)
    web.add_middleware(
        BodySizeLimitMiddleware,
        default_limit=settings.request_max_body_bytes,
        path_limits={"/upload": upload_body_limit(settings)},
    )
    web.add_middleware(RequestContextMiddleware)
    web.add_middleware(PageHeaders)  # outermost: it sees (and replaces) the API's defaults
    return web


def install_web(app: FastAPI, settings: Settings) -> None:
    app.add_middleware(PagesApp, web=build_web_app(settings))
