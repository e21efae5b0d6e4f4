"""The route index picks exactly the route Starlette's linear scan would pick."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any

import fastapi.dependencies.utils as fastapi_dependency_utils
import httpx
import pytest
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute, Match, Route

from talentsonar.app import create_app
from talentsonar.core.routing import RouteIndex, install_lean_dependencies, without_repeats
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


# --- dependencies solved without repeats --------------------------------------------------


def _walk(dependant: Dependant) -> list[Dependant]:
    """Every node FastAPI's solver visits, in its order (children before their parent)."""
    nodes: list[Dependant] = []
    for sub in dependant.dependencies:
        nodes += _walk(sub)
        nodes.append(sub)
    return nodes


def _first_occurrences(dependant: Dependant) -> list[Any]:
    keys: list[Any] = []
    for node in _walk(dependant):
        if node.cache_key not in keys:
            keys.append(node.cache_key)
    return keys


def test_every_route_solves_the_same_dependencies_in_the_same_order(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path))
    routes = [r for r in app.routes if isinstance(r, APIRoute)]
    visited_before = visited_after = 0
    for route in routes:
        lean = without_repeats(route.dependant)
        assert _first_occurrences(lean) == _first_occurrences(route.dependant), route.path
        with_subtrees = {n.cache_key for n in _walk(route.dependant) if n.dependencies}
        solved: set[Any] = set()
        for node in _walk(lean):
            if node.cache_key in with_subtrees and not node.dependencies:
                # a cut repeat takes its value from an occurrence solved before it
                assert node.cache_key in solved, route.path
            solved.add(node.cache_key)
        visited_before += len(_walk(route.dependant))
        visited_after += len(_walk(lean))
        if route.path == "/api/v1/tasks":
            assert (len(_walk(route.dependant)), len(_walk(lean))) == (20, 13)
    assert visited_after < 0.75 * visited_before


def test_the_openapi_document_still_sees_the_whole_tree(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path))
    security = app.openapi()["paths"]["/api/v1/tasks"]["get"]["security"]
    assert {name for requirement in security for name in requirement} == {
        "OAuth2PasswordBearer",
        "APIKeyHeader",
    }


CALLS: list[str] = []


async def _runtime(request: Request) -> str:
    CALLS.append("runtime")
    return "rt"


async def _caller(rt: Annotated[str, Depends(_runtime)], x_user: Annotated[str, Header()]) -> str:
    CALLS.append("caller")
    return f"{rt}:{x_user}"


async def _member(who: Annotated[str, Depends(_caller)]) -> str:
    CALLS.append("member")
    return who


async def _plain_caller(rt: Annotated[str, Depends(_runtime)]) -> str:
    CALLS.append("plain_caller")
    return rt


async def _guard(who: Annotated[str, Depends(_plain_caller)]) -> None:
    CALLS.append("guard")


async def _limit(
    who: Annotated[str, Depends(_member)], rt: Annotated[str, Depends(_runtime)]
) -> None:
    CALLS.append("limit")


async def _paging(page: Annotated[int, Query(ge=1)] = 1) -> int:
    CALLS.append("paging")
    return page


async def _connection(rt: Annotated[str, Depends(_runtime)]) -> AsyncIterator[str]:
    CALLS.append("connect")
    yield "conn"
    CALLS.append("release")


async def _items(
    who: Annotated[str, Depends(_member)],
    plain: Annotated[str, Depends(_plain_caller)],
    conn: Annotated[str, Depends(_connection)],
    page: Annotated[int, Depends(_paging)],
    rt: Annotated[str, Depends(_runtime)],
) -> dict[str, Any]:
    return {"who": who, "plain": plain, "conn": conn, "page": page, "rt": rt}


def _demo_app(lean: bool) -> FastAPI:
    """A guard, a rate check and the endpoint all need the caller (the rate check and the
    endpoint a member, resolved from a required header that validation can reject); paging
    is shared and validated; one dependency is a generator."""
    app = FastAPI()
    app.get("/items", dependencies=[Depends(_guard), Depends(_limit), Depends(_paging)])(_items)
    if lean:
        assert install_lean_dependencies(app) == 1
    return app


@pytest.mark.parametrize(
    ("query", "headers"),
    [("", {"x-user": "ada"}), ("page=3", {"x-user": "bo"}), ("page=0", {"x-user": "ada"}),
     ("page=abc", {}), ("", {})],
)
async def test_lean_solving_answers_and_calls_exactly_as_fastapi_does(
    query: str, headers: dict[str, str]
) -> None:
    answers = []
    for lean in (False, True):
        app = _demo_app(lean)
        CALLS.clear()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await client.get(f"/items?{query}", headers=headers)
        answers.append((response.status_code, response.json(), list(CALLS)))
    assert answers[0] == answers[1]
    status, _, calls = answers[1]
    if status == 200:  # each dependency ran once, the generator was closed
        assert sorted(calls) == sorted(
            ["runtime", "plain_caller", "guard", "caller", "member", "limit", "paging",
             "connect", "release"]
        )


def test_the_annotation_check_is_memoised_and_agrees() -> None:
    install_lean_dependencies(FastAPI())
    check = fastapi_dependency_utils.field_annotation_is_sequence
    original = check.__wrapped__
    for annotation in (int, str, list[int], set[str], int | None, list[str] | None, [1]):
        assert check(annotation) == original(annotation)
        assert check(annotation) == original(annotation)  # from the memo
