"""Factories for the generic tenancy tests (tests/core/test_isolation.py).

Those tests walk ``app.openapi()``: every path with a ``{param}`` is called, for every
method, with the id of a REAL object that belongs to ANOTHER organisation, and must
answer 404. They also call every write route as a viewer and expect 403. To do that they
need to create an object for each path parameter name — that is what this registry is.

**Adding a domain?** If your endpoints take a new path parameter (``{job_id}``,
``{candidate_id}``…), register a factory for it, either here or (to avoid merge
conflicts) in ``tests/<domain>/isolation.py``, which is imported automatically::

    from tests.isolation_factories import IsolationContext, factory

    @factory("job_id")
    async def make_job(ctx: IsolationContext) -> str:
        r = await ctx.client.post("/api/v1/jobs", json={...}, headers=ctx.owner["headers"])
        return r.json()["data"]["id"]

A factory creates the object in the organisation of ``ctx.owner`` (a signed-in owner,
same shape as ``tests.conftest.register_user``) and returns its id as a string. The test
FAILS for any path parameter without a factory, so new id-bearing endpoints are always
covered. Request bodies are generated from the OpenAPI schema (required fields only);
if that is not enough for a route, add an entry to ``BODIES`` keyed by
``(METHOD, path template)``.
"""

from __future__ import annotations

import importlib
import pkgutil
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from talentsonar.core.runtime import Runtime


@dataclass
class IsolationContext:
    client: httpx.AsyncClient
    runtime: Runtime
    owner: dict[str, Any]
    cache: dict[str, str] = field(default_factory=dict)

    @property
    def org_id(self) -> uuid.UUID:
        return uuid.UUID(self.owner["user"]["organization"]["id"])


Factory = Callable[[IsolationContext], Awaitable[str]]
FACTORIES: dict[str, Factory] = {}
#: Request bodies for routes whose schema-generated minimal body is not accepted.
BODIES: dict[tuple[str, str], Any] = {}


def factory(param: str) -> Callable[[Factory], Factory]:
    """Register ``fn`` as the maker of objects addressed by path parameter ``param``."""

    def register(fn: Factory) -> Factory:
        FACTORIES[param] = fn
        return fn

    return register


async def make_object(param: str, ctx: IsolationContext) -> str:
    """The id of an object for ``param`` in ``ctx.owner``'s organisation (made once)."""
    if param not in ctx.cache:
        ctx.cache[param] = await FACTORIES[param](ctx)
    return ctx.cache[param]


def load_domain_factories() -> None:
    """Import every ``tests/<domain>/isolation.py``."""
    root = Path(__file__).parent
    for info in pkgutil.iter_modules([str(root)]):
        if info.ispkg and (root / info.name / "isolation.py").exists():
            importlib.import_module(f"tests.{info.name}.isolation")


# --- the foundation's own path parameters --------------------------------------------


@factory("task_id")
async def make_task(ctx: IsolationContext) -> str:
    from talentsonar.core.queue import enqueue
    from talentsonar.worker import load_task_modules

    load_task_modules()
    async with ctx.runtime.db.session() as session:
        row = await enqueue(session, "system.selftest", org_id=ctx.org_id, args={"steps": 1})
    return str(row.id)


@factory("key_id")
async def make_api_key(ctx: IsolationContext) -> str:
    r = await ctx.client.post("/api/v1/organization/api-keys", json={"name": "isolation"},
                              headers=ctx.owner["headers"])
    assert r.status_code == 201, r.text
    return str(r.json()["data"]["id"])


@factory("user_id")
async def make_member(ctx: IsolationContext) -> str:
    from tests.conftest import member_of

    member = await member_of(ctx.client, ctx.owner, "recruiter")
    return str(member["user"]["id"])


# --- minimal request bodies from the OpenAPI schema ----------------------------------


def _resolve(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def example_value(schema: dict[str, Any], spec: dict[str, Any]) -> Any:
    """A small valid value for ``schema`` (required properties only)."""
    schema = _resolve(schema, spec)
    if "example" in schema:
        return schema["example"]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if _resolve(s, spec).get("type") != "null"]
            return example_value(options[0] if options else schema[key][0], spec)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: example_value(props[name], spec) for name in schema.get("required", [])}
    if kind == "array":
        return [example_value(schema.get("items", {}), spec)] * schema.get("minItems", 0)
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.0))
    if kind == "boolean":
        return False
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "email":
            return f"iso-{uuid.uuid4().hex[:6]}@example.com"
        if fmt == "uuid":
            return str(uuid.uuid4())
        if fmt == "date-time":
            return "2030-01-01T00:00:00Z"
        return "x" * max(1, int(schema.get("minLength", 1)))
    return None


def request_body(method: str, path: str, operation: dict[str, Any], spec: dict[str, Any]
                 ) -> dict[str, Any]:
    """httpx keyword arguments carrying a valid body for the operation (if it takes one)."""
    if (method.upper(), path) in BODIES:
        return {"json": BODIES[(method.upper(), path)]}
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        return {"json": example_value(content["application/json"]["schema"], spec)}
    if "application/x-www-form-urlencoded" in content:
        return {"data": example_value(
            content["application/x-www-form-urlencoded"]["schema"], spec)}
    if "multipart/form-data" in content:
        fields = example_value(content["multipart/form-data"]["schema"], spec)
        return {"files": {k: ("x.txt", b"x", "text/plain") for k in fields}}
    return {}
