"""The API, called in-process (an ASGI transport: no socket, no extra process) with the
browser session's credentials: the pages see exactly what any API client sees, with the
same roles, tenancy, validation, rate limits and errors."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Mapping
from typing import Any

import httpx
from fastapi import Request

from talentsonar.web.session import WebUser

API = "/api/v1"
#: What a path built from a page's URL may contain (ids are UUIDs; tokens are URL-safe).
SAFE_PATH = re.compile(r"^/[A-Za-z0-9/_.~%-]*$")


class ApiError(Exception):
    """An error answer of the API, in its format (``{"error": {code, message, details}}``)."""

    def __init__(self, status: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details


class Api:
    def __init__(self, request: Request, user: WebUser | None) -> None:
        client = request.client
        transport = httpx.ASGITransport(
            app=getattr(request.state, "api_app", request.app),
            client=(client.host, client.port) if client else ("127.0.0.1", 0),
        )
        headers = {"Accept": "application/json"}
        if user is not None:
            headers["Authorization"] = f"Bearer {user.token}"
        request_id = request.headers.get("x-request-id")
        if request_id:
            headers["X-Request-ID"] = request_id
        self._client = httpx.AsyncClient(
            transport=transport,
            base_url="http://api.internal",
            headers=headers,
            trust_env=False,
            timeout=120,
        )

    async def __aenter__(self) -> Api:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._client.aclose()

    async def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        if not SAFE_PATH.match(path) or "/../" in path or "/./" in path:
            # An id from a page's URL that is no id (``%3F``, ``..``): never another call.
            raise ApiError(404, "not_found", "Not found")
        params = kwargs.pop("params", None)
        if params:
            kwargs["params"] = {k: v for k, v in params.items() if v not in (None, "")}
        response = await self._client.request(method, API + path, **kwargs)
        if response.status_code >= 400:
            raise error_of(response)
        return response

    async def get(self, path: str, **params: Any) -> Any:
        return (await self.call("GET", path, params=params)).json()

    async def data(self, path: str, **params: Any) -> Any:
        """``data`` of a GET's envelope or page."""
        return (await self.get(path, **params))["data"]

    async def post(self, path: str, **kwargs: Any) -> Any:
        response = await self.call("POST", path, **kwargs)
        return response.json() if response.content else None

    async def patch(self, path: str, **kwargs: Any) -> Any:
        return (await self.call("PATCH", path, **kwargs)).json()

    async def put(self, path: str, **kwargs: Any) -> Any:
        return (await self.call("PUT", path, **kwargs)).json()

    async def delete(self, path: str, **kwargs: Any) -> None:
        await self.call("DELETE", path, **kwargs)


def error_of(response: httpx.Response) -> ApiError:
    try:
        error = response.json().get("error") or {}
    except ValueError:
        error = {}
    return ApiError(
        response.status_code,
        str(error.get("code") or "error"),
        str(error.get("message") or f"The request failed ({response.status_code})"),
        error.get("details"),
    )


def field_errors(error: ApiError) -> dict[str, str]:
    """Validation errors of a 422 by field (the last part of each location)."""
    out: dict[str, str] = {}
    if isinstance(error.details, list):
        for item in error.details:
            if isinstance(item, dict) and item.get("loc"):
                out.setdefault(str(item["loc"][-1]), str(item.get("msg", "")))
    return out


async def gather(
    calls: Mapping[str, Awaitable[Any]], *, required: tuple[str, ...] = ()
) -> tuple[dict[str, Any], dict[str, str]]:
    """Run the page's API calls at once; each section gets its data or its error message
    (a section's error state never blanks the whole page), except the ``required`` ones,
    whose error is the page's (a 404 …)."""
    names = list(calls)
    results = await asyncio.gather(*calls.values(), return_exceptions=True)
    data: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, result in zip(names, results, strict=True):
        if isinstance(result, ApiError):
            if result.status == 401 or name in required:
                raise result
            errors[name] = result.message
        elif isinstance(result, BaseException):
            raise result
        else:
            data[name] = result
    return data, errors
