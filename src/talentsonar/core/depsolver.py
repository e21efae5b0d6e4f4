"""FastAPI's dependency solving as a flat plan, compiled once per route.

``fastapi.dependencies.utils.solve_dependencies`` walks a route's dependency tree
recursively on every request. Each node costs a recursive call, a result object, and four
parameter extractions (path, query, header, cookie) even when the node reads no parameter;
for a task poll that was about three quarters of the dependency work, more than the
dependencies themselves (authentication from cache, a pooled connection) and more than the
query. A :class:`Plan` is the same tree in the order FastAPI visits it (children before
their parent), with what each node reads decided in advance; :func:`run_plan` runs it in
one loop with the same semantics:

* a node runs only when its whole sub-tree (its own parameters included) validated;
* validation errors come in FastAPI's order (a node's sub-trees in order, then its own
  path, query, header, cookie and body parameters), and every node's parameters are
  validated even when a sibling failed, so one answer reports every problem;
* the request's dependency cache, generator dependencies (and their exit stacks by
  scope), sync dependencies in the thread pool, and the shared ``Response`` and
  ``BackgroundTasks`` behave as FastAPI's.

Anything a plan does not cover (dependency overrides, a route without a plan) goes to
FastAPI's own solver. :func:`install` puts :func:`solve_dependencies` in its place for the
request handlers FastAPI builds, and :func:`attach_plan` gives a dependant its plan.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from contextlib import AsyncExitStack
from copy import deepcopy
from dataclasses import dataclass
from enum import Enum
from typing import Any

import fastapi.routing
from fastapi import params as fastapi_params
from fastapi._compat import (
    field_annotation_is_sequence,
    get_missing_field_error,
    lenient_issubclass,
)
from fastapi.background import BackgroundTasks
from fastapi.dependencies import utils as fastapi_utils
from fastapi.dependencies.models import Dependant
from fastapi.security import SecurityScopes
from pydantic import BaseModel, Json
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, ImmutableMultiDict
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

_PLAN = "_talentsonar_plan"
_ORIGINAL = fastapi_utils.solve_dependencies


# --- parameters ------------------------------------------------------------------------
#
# FastAPI's ``request_params_to_args`` first walks every field to collect the request's
# values for a parameter model (``Query()`` on a Pydantic model), then walks them again to
# validate each one; for plain parameters the first walk is thrown away, and each field's
# alias and kind are worked out again on every request. :class:`Extraction` decides those
# once and does the second walk only. A parameter model or a ``Json`` parameter keeps
# FastAPI's own function.

_IMMUTABLE = (int, float, str, bytes, bool, type(None), Enum, frozenset, tuple)


@dataclass(frozen=True, slots=True)
class PlainParam:
    field: Any  # fastapi._compat.ModelField
    name: str
    alias: str  # the key looked up in the request (a header's with dashes)
    loc: tuple[str, ...]
    sequence: bool
    required: bool
    default: Any
    copy_default: bool


@dataclass(frozen=True, slots=True)
class Extraction:
    source: str  # "path", "query", "header", "cookie"
    fields: tuple[Any, ...]  # ModelFields, as FastAPI keeps them
    plain: tuple[PlainParam, ...] | None  # None: FastAPI's own function decides


def _plain_fields(source: str, fields: list[Any]) -> tuple[PlainParam, ...] | None:
    if len(fields) == 1 and lenient_issubclass(fields[0].field_info.annotation, BaseModel):
        return None  # a parameter model
    plain: list[PlainParam] = []
    for field in fields:
        info = field.field_info
        if any(type(item) is Json for item in info.metadata):
            return None
        if not isinstance(info, fastapi_params.Param):
            return None
        alias = fastapi_utils.get_validation_alias(field)
        converts = source == "header" and getattr(info, "convert_underscores", True)
        if converts and alias == field.name:
            alias = alias.replace("_", "-")
        default = field.default
        plain.append(
            PlainParam(
                field=field,
                name=field.name,
                alias=alias,
                loc=(info.in_.value, fastapi_utils.get_validation_alias(field)),
                sequence=field_annotation_is_sequence(info.annotation),  # type: ignore[arg-type]
                required=info.is_required(),
                default=default,
                copy_default=not isinstance(default, _IMMUTABLE),
            )
        )
    return tuple(plain)


def extract(
    extraction: Extraction, received: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Any]]:
    """``request_params_to_args(extraction.fields, received)``, the same values and errors."""
    if extraction.plain is None:
        return fastapi_utils.request_params_to_args(
            list(extraction.fields),
            received,
        )
    values: dict[str, Any] = {}
    errors: list[Any] = []
    multi = received if isinstance(received, ImmutableMultiDict | Headers) else None
    for field in extraction.plain:
        if field.sequence and multi is not None:
            value: Any = multi.getlist(field.alias)
        else:
            value = received.get(field.alias)
        if value is None or (field.sequence and len(value) == 0):
            if field.required:
                errors.append(get_missing_field_error(loc=field.loc))
                continue
            default = deepcopy(field.default) if field.copy_default else field.default
            if default is None:
                values[field.name] = default
                continue
            value = default
        validated, problems = field.field.validate(value, values, loc=field.loc)
        if problems:
            errors.extend(problems)
        else:
            values[field.name] = validated
    return values, errors


# --- the plan ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Step:
    """One node of the tree: how to gather its arguments and how to call it."""

    dependant: Dependant
    children: tuple[int, ...]  # steps of its direct sub-dependencies, in order
    call: Callable[..., Any] | None
    kind: str  # "generator", "coroutine", "sync" (a node FastAPI calls), or "root"
    use_cache: bool
    cache_key: Any
    function_scoped: bool
    params: tuple[Extraction, ...]  # path, query, header, cookie: those with fields
    body_params: tuple[Any, ...]
    connection_name: str | None
    request_name: str | None
    websocket_name: str | None
    background_tasks_name: str | None
    response_name: str | None
    security_scopes_name: str | None
    oauth_scopes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    steps: tuple[Step, ...]  # post-order: every child before its parent, the root last


def _kind(dependant: Dependant) -> str:
    if dependant.is_gen_callable or dependant.is_async_gen_callable:
        return "generator"
    return "coroutine" if dependant.is_coroutine_callable else "sync"


def compile_plan(root: Dependant) -> Plan:
    steps: list[Step] = []

    def visit(node: Dependant, is_root: bool) -> int:
        children = tuple(visit(sub, False) for sub in node.dependencies)
        params = tuple(
            Extraction(source, tuple(fields), _plain_fields(source, fields))
            for source, fields in (
                ("path", node.path_params),
                ("query", node.query_params),
                ("header", node.header_params),
                ("cookie", node.cookie_params),
            )
            if fields
        )
        steps.append(
            Step(
                dependant=node,
                children=children,
                call=node.call,
                kind="root" if is_root else _kind(node),
                use_cache=node.use_cache,
                cache_key=node.cache_key,
                function_scoped=node.scope == "function",
                params=params,
                body_params=tuple(node.body_params),
                connection_name=node.http_connection_param_name,
                request_name=node.request_param_name,
                websocket_name=node.websocket_param_name,
                background_tasks_name=node.background_tasks_param_name,
                response_name=node.response_param_name,
                security_scopes_name=node.security_scopes_param_name,
                oauth_scopes=tuple(node.oauth_scopes),
            )
        )
        return len(steps) - 1

    visit(root, True)
    return Plan(tuple(steps))


def attach_plan(dependant: Dependant) -> Plan:
    """Compile ``dependant``'s plan and keep it on the dependant for :func:`solve_dependencies`."""
    plan = compile_plan(dependant)
    dependant.__dict__[_PLAN] = plan
    return plan


def _source(request: Request | WebSocket, source: str) -> Any:
    if source == "query":
        return request.query_params
    if source == "header":
        return request.headers
    if source == "path":
        return request.path_params
    return request.cookies


async def run_plan(
    plan: Plan,
    *,
    request: Request | WebSocket,
    body: Any,
    embed_body_fields: bool,
) -> fastapi_utils.SolvedDependency:
    request_astack = request.scope.get("fastapi_inner_astack")
    function_astack = request.scope.get("fastapi_function_astack")
    assert isinstance(request_astack, AsyncExitStack), "fastapi_inner_astack missing"
    assert isinstance(function_astack, AsyncExitStack), "fastapi_function_astack missing"
    response = Response()
    del response.headers["content-length"]
    response.status_code = None  # type: ignore[assignment]  # as FastAPI does
    background_tasks: BackgroundTasks | None = None
    cache: dict[Any, Any] = {}
    errors: list[Any] = []
    steps = plan.steps
    values: list[Any] = [None] * len(steps)
    failed = [False] * len(steps)
    kwargs: dict[str, Any] = {}
    for index, step in enumerate(steps):
        kwargs = {}
        bad = False
        for child in step.children:
            if failed[child]:
                bad = True
                continue
            name = steps[child].dependant.name
            if name is not None:
                kwargs[name] = values[child]
        for extraction in step.params:
            found, problems = extract(extraction, _source(request, extraction.source))
            kwargs.update(found)
            if problems:
                errors += problems
                bad = True
        if step.body_params:
            found, problems = await fastapi_utils.request_body_to_args(
                body_fields=list(step.body_params),
                received_body=body,
                embed_body_fields=embed_body_fields,
            )
            kwargs.update(found)
            if problems:
                errors.extend(problems)
                bad = True
        if step.connection_name:
            kwargs[step.connection_name] = request
        if step.request_name and isinstance(request, Request):
            kwargs[step.request_name] = request
        elif step.websocket_name and isinstance(request, WebSocket):
            kwargs[step.websocket_name] = request
        if step.background_tasks_name:
            if background_tasks is None:
                background_tasks = BackgroundTasks()
            kwargs[step.background_tasks_name] = background_tasks
        if step.response_name:
            kwargs[step.response_name] = response
        if step.security_scopes_name:
            kwargs[step.security_scopes_name] = SecurityScopes(scopes=list(step.oauth_scopes))
        if bad:
            failed[index] = True
            continue
        if step.kind == "root":
            break
        if step.use_cache and step.cache_key in cache:
            solved = cache[step.cache_key]
        elif step.kind == "generator":
            solved = await fastapi_utils._solve_generator(
                dependant=step.dependant,
                stack=function_astack if step.function_scoped else request_astack,
                sub_values=kwargs,
            )
        elif step.kind == "coroutine":
            assert step.call is not None
            solved = await step.call(**kwargs)
        else:
            assert step.call is not None
            solved = await run_in_threadpool(step.call, **kwargs)
        values[index] = solved
        if step.cache_key not in cache:
            cache[step.cache_key] = solved
    return fastapi_utils.SolvedDependency(
        values=kwargs,
        errors=errors,
        background_tasks=background_tasks,
        response=response,
        dependency_cache=cache,
    )


async def solve_dependencies(
    *,
    request: Request | WebSocket,
    dependant: Dependant,
    body: Any = None,
    background_tasks: BackgroundTasks | None = None,
    response: Response | None = None,
    dependency_overrides_provider: Any | None = None,
    dependency_cache: dict[Any, Any] | None = None,
    async_exit_stack: AsyncExitStack,
    embed_body_fields: bool,
) -> fastapi_utils.SolvedDependency:
    """FastAPI's ``solve_dependencies``, by plan where the dependant has one."""
    plan: Plan | None = dependant.__dict__.get(_PLAN)
    if (
        plan is None
        or background_tasks is not None
        or response is not None
        or dependency_cache is not None
        or getattr(dependency_overrides_provider, "dependency_overrides", None)
    ):
        return await _ORIGINAL(
            request=request,
            dependant=dependant,
            body=body,
            background_tasks=background_tasks,
            response=response,
            dependency_overrides_provider=dependency_overrides_provider,
            dependency_cache=dependency_cache,
            async_exit_stack=async_exit_stack,
            embed_body_fields=embed_body_fields,
        )
    return await run_plan(plan, request=request, body=body, embed_body_fields=embed_body_fields)


_Solver = Callable[..., Coroutine[Any, Any, fastapi_utils.SolvedDependency]]


def install() -> None:
    """Route FastAPI's request handlers through :func:`solve_dependencies` (idempotent;
    dependants without a plan still get FastAPI's own solver)."""
    solver: _Solver = solve_dependencies
    fastapi.routing.solve_dependencies = solver  # type: ignore[attr-defined]
