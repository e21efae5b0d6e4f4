"""The route index picks exactly the route Starlette's linear scan would pick."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import httpx
from starlette.routing import BaseRoute, Match, Route

from talentsonar.app import create_app
from talentsonar.core.routing import RouteIndex
from tests.conftest import make_settings


def _concrete(path: str) -> str:
    """A request path for a route path: each ``{param}`` becomes a UUID."""
    return re.sub(r"\{[^}]+\}", str(uuid.UUID(int=7)), path)


def _scan(routes: list[BaseRoute], scope: dict[str, Any]) -> BaseRoute | None:
    for route in routes:
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return route
    return None


def _indexed(index: RouteIndex, scope: dict[str, Any]) -> BaseRoute | None:
    return _scan(index.candidates(scope["path"]), scope)


def test_index_agrees_with_the_scan_on_every_route(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path))
    assert isinstance(app.router.middleware_stack, RouteIndex)  # installed by the factory
    index = RouteIndex(app.router)
    paths = {_concrete(r.path) for r in app.routes if isinstance(r, Route)}
    paths |= {p + "/" for p in paths} | {"/", "/nope", "/api/v1/nope", "/api/v1/jobs/a/b/c/d"}
    checked = 0
    for path in sorted(paths):
        for method in ("GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS", "HEAD"):
            scope = {"type": "http", "path": path, "method": method, "root_path": ""}
            assert _indexed(index, scope) is _scan(app.router.routes, scope), (method, path)
            checked += 1
    assert checked > 500
    # the index actually narrows: a task poll tries its own few routes, not all of them
    assert len(index.candidates("/api/v1/tasks/x")) < len(app.router.routes) / 10


def test_routes_added_later_are_indexed(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path))
    index = RouteIndex(app.router)
    assert index.candidates("/api/v1/late") == []

    @app.get("/api/v1/late")
    async def late() -> dict[str, str]:
        return {"ok": "yes"}

    assert [getattr(r, "path", None) for r in index.candidates("/api/v1/late")] == [
        "/api/v1/late"
    ]


async def test_without_a_full_match_the_index_answers_as_the_router(tmp_path: Path) -> None:
    """404, 405 and trailing-slash redirects: the same answers as Starlette's own scans."""
    indexed = create_app(make_settings(tmp_path))
    scanned = create_app(make_settings(tmp_path))
    scanned.router.middleware_stack = scanned.router.app
    paths = {_concrete(r.path) for r in indexed.routes if isinstance(r, Route)}
    paths |= {p + "/" for p in paths} | {"/", "/nope", "/api/v1/nope/", "/api/v1/jobs/a/b/c/d",
                                        "/api/v1//tasks", "/docs/", "/health/live//"}
    answers: dict[str, int] = {}
    statuses: list[int] = []
    for app in (indexed, scanned):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            for path in sorted(paths):
                for method in ("GET", "POST", "PUT", "DELETE"):
                    scope = {"type": "http", "path": path, "method": method, "root_path": ""}
                    if _scan(app.router.routes, scope) is not None:
                        continue  # a full match: the endpoint answers (compared above)
                    response = await client.request(method, path)
                    key = f"{method} {path}"
                    answer = (response.status_code, response.headers.get("location"),
                              response.headers.get("allow"), response.content)
                    if app is indexed:
                        answers[key] = hash(answer)
                        statuses.append(response.status_code)
                    else:
                        assert answers.pop(key) == hash(answer), key
    assert not answers
    assert {status: statuses.count(status) > 10 for status in (404, 405, 307)} == {
        404: True, 405: True, 307: True
    }


async def test_unmatched_and_wrong_method_still_answer_404_and_405(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    missing = await client.get("/api/v1/no-such-thing", headers=user["headers"])
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    wrong = await client.put("/api/v1/tasks", headers=user["headers"])
    assert wrong.status_code == 405
    found = await client.get("/api/v1/tasks", headers=user["headers"])
    assert found.status_code == 200
