"""The flat dependency plan answers, calls and fails exactly as FastAPI's own solver.

Every case runs against two copies of one demo app: stock FastAPI, and the same app after
``install_lean_dependencies`` (repeats cut, solved by a compiled plan). Status, body,
headers, cookies, the dependencies called (in order) and the background tasks run must be
identical.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Annotated, Any

import httpx
import pytest
from fastapi import (
    BackgroundTasks,
    Body,
    Cookie,
    Depends,
    FastAPI,
    Header,
    HTTPException,
    Query,
    Request,
    Response,
    Security,
)
from fastapi import (
    Path as PathParam,
)
from fastapi.routing import APIRoute
from fastapi.security import SecurityScopes
from pydantic import BaseModel, Field, Json

from talentsonar.app import create_app
from talentsonar.core import depsolver
from talentsonar.core.routing import install_lean_dependencies
from tests.conftest import make_settings

CALLS: list[str] = []


class Filters(BaseModel):
    colour: str = "red"
    size: int = Field(1, ge=1)


class Item(BaseModel):
    name: str = Field(min_length=1)
    price: float = Field(gt=0)


async def tenant(x_tenant: Annotated[str, Header()]) -> str:
    CALLS.append(f"tenant:{x_tenant}")
    return x_tenant


def sync_settings(request: Request) -> str:  # a sync dependency: run in the thread pool
    CALLS.append("settings")
    return "settings"


async def connection(t: Annotated[str, Depends(tenant)]) -> AsyncIterator[str]:
    CALLS.append("open")
    try:
        yield f"conn:{t}"
    finally:
        CALLS.append("close")


def sync_generator() -> Iterator[str]:
    CALLS.append("sync-open")
    yield "sync-gen"
    CALLS.append("sync-close")


async def user(
    t: Annotated[str, Depends(tenant)],
    scopes: SecurityScopes,
    token: Annotated[str | None, Header(convert_underscores=False)] = None,
) -> str:
    CALLS.append(f"user:{token}:{','.join(scopes.scopes)}")
    if token == "forbidden":
        raise HTTPException(403, "nope")
    return f"user:{t}"


async def paging(
    page: Annotated[int, Query(ge=1)] = 1,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
    sort: Annotated[str, Query(alias="sort-by")] = "name",
    scale: Annotated[float, Query()] = 2,  # FastAPI validates a default: 2.0
) -> dict[str, Any]:
    CALLS.append("paging")
    return {"page": page, "limit": limit, "sort": sort, "scale": scale}


async def counter(response: Response, background: BackgroundTasks) -> int:
    CALLS.append("counter")  # use_cache=False below: called every time it appears
    response.headers["x-counted"] = "yes"
    background.add_task(CALLS.append, "background")
    return len(CALLS)


async def guard(
    u: Annotated[str, Security(user, scopes=["items:read"])],
    c: Annotated[int, Depends(counter, use_cache=False)],
) -> None:
    CALLS.append("guard")


def build(lean: bool) -> FastAPI:
    app = FastAPI()

    @app.get("/items/{item_id}", dependencies=[Depends(guard)])
    async def read_item(
        item_id: Annotated[int, PathParam(ge=1)],
        u: Annotated[str, Security(user, scopes=["items:read", "admin"])],
        conn: Annotated[str, Depends(connection, scope="function")],
        settings: Annotated[str, Depends(sync_settings)],
        gen: Annotated[str, Depends(sync_generator)],
        pages: Annotated[dict[str, Any], Depends(paging)],
        response: Response,
        c: Annotated[int, Depends(counter, use_cache=False)],
        q: str | None = None,
        tags: Annotated[list[str], Query()] = [],  # noqa: B006
        x_tag: Annotated[list[str], Header()] = [],  # noqa: B006
        session: Annotated[str | None, Cookie()] = None,
        meta: Annotated[Json[int] | None, Query()] = None,
    ) -> dict[str, Any]:
        response.set_cookie("seen", str(item_id))
        response.status_code = 203
        return {"id": item_id, "user": u, "conn": conn, "settings": settings, "gen": gen,
                "pages": pages, "q": q, "tags": tags, "xTag": x_tag, "session": session,
                "meta": meta, "counted": c > 0}

    @app.get("/filtered")
    async def filtered(
        filters: Annotated[Filters, Query()], t: Annotated[str, Depends(tenant)]
    ) -> dict[str, Any]:
        return {"filters": filters.model_dump(), "tenant": t}

    @app.post("/items")
    async def create_item(
        item: Item,
        note: Annotated[str, Body(max_length=5)],
        pages: Annotated[dict[str, Any], Depends(paging)],
        t: Annotated[str, Depends(tenant)],
    ) -> dict[str, Any]:
        return {"item": item.model_dump(), "note": note, "pages": pages, "tenant": t}

    if lean:
        assert install_lean_dependencies(app) == 3
    return app


GOOD = {"x-tenant": "acme", "token": "t1"}
CASES: list[tuple[str, str, dict[str, str], Any]] = [
    ("GET", "/items/3?q=hi&tags=a&tags=b&sort-by=price&page=2", {**GOOD, "x-tag": "p"}, None),
    ("GET", "/items/3", {**GOOD, "cookie": "session=s1"}, None),
    ("GET", "/items/3?meta=41", GOOD, None),
    ("GET", "/items/3?meta=notjson", GOOD, None),
    ("GET", "/items/0?page=0&limit=99", GOOD, None),  # errors in path, paging (twice)
    ("GET", "/items/x?page=abc", {"token": "t1"}, None),  # missing header everywhere too
    ("GET", "/items/3", {"x-tenant": "acme", "token": "forbidden"}, None),
    ("GET", "/items/3", {}, None),
    ("GET", "/filtered?colour=blue&size=2", {"x-tenant": "a"}, None),
    ("GET", "/filtered?size=0", {"x-tenant": "a"}, None),
    ("GET", "/filtered", {}, None),
    ("POST", "/items", GOOD, {"item": {"name": "pen", "price": 2}, "note": "ok"}),
    ("POST", "/items?limit=0", GOOD, {"item": {"name": "", "price": -1}, "note": "too long"}),
    ("POST", "/items", {}, {"note": "ok"}),
    ("POST", "/items", GOOD, None),
]


async def _answer(app: FastAPI, method: str, url: str, headers: dict[str, str], body: Any
                  ) -> tuple[Any, ...]:
    CALLS.clear()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.request(method, url, headers=headers, json=body)
    kept = {k: v for k, v in response.headers.items() if k in ("x-counted", "set-cookie")}
    return response.status_code, response.json(), kept, list(CALLS), response.content


@pytest.mark.parametrize(("method", "url", "headers", "body"), CASES)
async def test_the_plan_answers_and_calls_exactly_as_fastapi(
    method: str, url: str, headers: dict[str, str], body: Any
) -> None:
    stock = await _answer(build(False), method, url, headers, body)
    planned = await _answer(build(True), method, url, headers, body)
    assert planned == stock


async def test_the_cases_reach_every_branch() -> None:
    """The cases above are worth comparing: successes with every kind of dependency, and
    validation errors from several nodes in one answer."""
    ok = await _answer(build(True), *CASES[0])
    assert ok[0] == 203
    assert ok[2] == {"x-counted": "yes", "set-cookie": "seen=3; Path=/; SameSite=lax"}
    assert ok[1]["tags"] == ["a", "b"]
    assert ok[1]["pages"]["sort"] == "price"
    assert b'"scale":2.0' in ok[4]
    calls = ok[3]
    assert calls.count("counter") == 2
    assert "background" in calls
    assert "close" in calls
    assert "sync-close" in calls
    assert "user:t1:items:read" in calls
    assert "user:t1:items:read,admin" in calls
    errors = (await _answer(build(True), *CASES[4]))[1]["detail"]
    assert [e["loc"] for e in errors] == [
        ["query", "page"], ["query", "limit"], ["path", "item_id"],
    ]
    assert (await _answer(build(True), *CASES[9]))[0] == 422  # a parameter model


async def test_dependency_overrides_fall_back_to_fastapi() -> None:
    async def other_tenant() -> str:
        CALLS.append("override")
        return "other"

    answers = []
    for lean in (False, True):
        app = build(lean)
        app.dependency_overrides[tenant] = other_tenant
        answers.append(await _answer(app, *CASES[8]))
    assert answers[0] == answers[1]
    assert answers[1][1]["tenant"] == "other"


def test_every_service_route_has_a_plan_covering_its_tree(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path))
    routes = [r for r in app.routes if isinstance(r, APIRoute)]
    assert len(routes) > 50
    for route in routes:
        handler_dependant = _handler_dependant(route)
        plan: depsolver.Plan = handler_dependant.__dict__["_talentsonar_plan"]
        assert plan.steps[-1].kind == "root"
        assert plan.steps[-1].dependant is handler_dependant
        # every parameter of the route is extracted somewhere in the plan
        wanted = {f.name for f in route.dependant.query_params + route.dependant.path_params}
        planned = {f.name for s in plan.steps for e in s.params for f in e.fields}
        assert wanted <= planned, route.path


def _handler_dependant(route: APIRoute) -> Any:
    """The dependant the route's request handler solves (a closure of FastAPI's handler)."""
    import inspect

    handler = inspect.getclosurevars(route.app).nonlocals["f"]
    return inspect.getclosurevars(handler).nonlocals["dependant"]
