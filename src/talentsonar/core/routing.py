"""The request's way to its endpoint, without FastAPI's and Starlette's repeated work.

Route lookup by path prefix: the same first match as Starlette's scan, without the scan.

Starlette tries every route's regular expression in order until one matches; with about a
hundred routes, a request to a router included late (``/api/v1/tasks``) pays for a hundred
failed matches. :class:`RouteIndex` groups the routes by the literal first segments of their
path and tries only the group of the request's path, in the routes' original order, so the
route chosen is the one the scan would choose. With no full match it answers as the router
would (405 for a path with other methods, the trailing-slash redirect, else 404) from the
same group, where Starlette scans every route twice; websocket and lifespan go to the
router.

Dependencies solved once, by a flat plan: :func:`install_lean_dependencies` (below) and
:mod:`talentsonar.core.depsolver`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import fastapi.dependencies.utils as fastapi_dependency_utils
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, request_response
from starlette._utils import get_route_path
from starlette.datastructures import URL
from starlette.responses import RedirectResponse
from starlette.routing import BaseRoute, Match, Route, Router, WebSocketRoute
from starlette.types import Receive, Scope, Send

from talentsonar.core import depsolver

#: Literal leading segments a route is indexed by ("/api/v1/tasks/{id}" -> api, v1, tasks).
DEPTH = 3

Key = tuple[str, ...]


def _literal_prefix(path: str) -> Key | None:
    """The first :data:`DEPTH` segments of a route's path, or ``None`` when a parameter
    appears among them (such a route may match paths of any group)."""
    segments = [s for s in path.split("/") if s][:DEPTH]
    if any("{" in s for s in segments):
        return None
    return tuple(segments)


def request_key(path: str) -> Key:
    segments = [s for s in path.split("/") if s]
    return tuple(segments[:DEPTH])


class RouteIndex:
    """An ASGI app dispatching for ``router`` (install as ``router.middleware_stack``)."""

    def __init__(self, router: Router) -> None:
        self.router = router
        self._count = -1
        self._groups: dict[Key, list[BaseRoute]] = {}
        self._anywhere: list[BaseRoute] = []

    def _build(self) -> None:
        routes = list(self.router.routes)
        keys: list[Key | None] = [
            _literal_prefix(r.path) if isinstance(r, Route | WebSocketRoute) else None
            for r in routes
        ]
        groups: dict[Key, list[BaseRoute]] = {}
        for key in {k for k in keys if k is not None}:
            # a path with this key can only match the routes of this key (whose literal
            # segments are the same) or routes with a parameter among them: keep both, in order
            groups[key] = [r for r, k in zip(routes, keys, strict=True) if k is None or k == key]
        self._groups = groups
        self._anywhere = [r for r, k in zip(routes, keys, strict=True) if k is None]
        self._count = len(routes)

    def candidates(self, path: str) -> list[BaseRoute]:
        if self._count != len(self.router.routes):  # routes added since: index again
            self._build()
        return self._groups.get(request_key(path), self._anywhere)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.router.app(scope, receive, send)
            return
        scope.setdefault("router", self.router)
        route_path = get_route_path(scope)
        partial: tuple[BaseRoute, Scope] | None = None
        for route in self.candidates(route_path):
            match, child_scope = route.matches(scope)
            if match is Match.FULL:
                scope["route"] = route
                scope.update(child_scope)
                await route.handle(scope, receive, send)
                return
            if match is Match.PARTIAL and partial is None:
                partial = (route, child_scope)
        # As Starlette's router from here on (a route outside the group cannot match the
        # path even partially), without its second scan of every route for a 404.
        if partial is not None:  # the path exists, the method does not: 405
            route, child_scope = partial
            scope["route"] = route
            scope.update(child_scope)
            await route.handle(scope, receive, send)
            return
        if self.router.redirect_slashes and route_path != "/":
            redirect_scope = dict(scope)
            if route_path.endswith("/"):
                redirect_scope["path"] = redirect_scope["path"].rstrip("/")
            else:
                redirect_scope["path"] = redirect_scope["path"] + "/"
            for route in self.candidates(get_route_path(redirect_scope)):
                match, _ = route.matches(redirect_scope)
                if match is not Match.NONE:
                    response = RedirectResponse(url=str(URL(scope=redirect_scope)))
                    await response(scope, receive, send)
                    return
        await self.router.default(scope, receive, send)


def install_route_index(router: Router) -> RouteIndex | None:
    """Dispatch ``router``'s requests through a :class:`RouteIndex` (not when the router
    has middleware of its own, which would be bypassed)."""
    if router.middleware_stack != router.app:
        return None
    index = RouteIndex(router)
    router.middleware_stack = index
    return index


# --- dependency solving without repeats ------------------------------------------------
#
# FastAPI solves a route's dependency tree recursively and walks every sub-tree again each
# time a dependency appears, although the value of a repeat comes from the request's cache:
# with an authorisation guard, a rate limit and the endpoint all asking for the caller,
# a task poll walked 20 nodes, 7 of them repeats whose whole work was thrown away.


def _has_params(dependant: Dependant) -> bool:
    """Whether the sub-tree reads anything from the request that validation can reject."""
    return bool(
        dependant.path_params
        or dependant.query_params
        or dependant.header_params
        or dependant.cookie_params
        or dependant.body_params
    ) or any(_has_params(sub) for sub in dependant.dependencies)


def _with_dependencies(dependant: Dependant, dependencies: list[Dependant]) -> Dependant:
    copy = dataclasses.replace(dependant, dependencies=dependencies)
    # the cache key depends on the sub-tree's security scopes: keep the original's
    copy.__dict__["cache_key"] = dependant.cache_key
    copy.__dict__["oauth_scopes"] = dependant.oauth_scopes
    return copy


def without_repeats(dependant: Dependant) -> Dependant:
    """A copy of ``dependant`` in which every repeat of a cached dependency is a leaf.

    FastAPI takes a repeat's value from the request's dependency cache, so its sub-tree is
    never used; only sub-trees without request parameters are cut, because the first
    occurrence is then certain to have succeeded and be cached (a sub-tree with parameters
    could have failed validation, which FastAPI reports rather than caches)."""
    seen: set[Any] = set()

    def walk(node: Dependant) -> Dependant:
        subs: list[Dependant] = []
        for sub in node.dependencies:
            if sub.use_cache and sub.cache_key in seen and not _has_params(sub):
                subs.append(_with_dependencies(sub, []))
            else:
                subs.append(walk(sub))
                seen.add(sub.cache_key)
        return _with_dependencies(node, subs)

    return walk(dependant)


#: FastAPI's per-parameter check, called twice per query parameter per request.
_SEQUENCE_CHECK = "field_annotation_is_sequence"


def _memoised(function: Callable[[Any], bool]) -> Callable[[Any], bool]:
    results: dict[Any, bool] = {}

    def lookup(annotation: Any) -> bool:
        try:
            return results[annotation]
        except KeyError:
            result = results[annotation] = function(annotation)
            return result
        except TypeError:  # an unhashable annotation
            return function(annotation)

    lookup.__wrapped__ = function  # type: ignore[attr-defined]
    return lookup


def install_lean_dependencies(app: FastAPI) -> int:
    """Give every API route of ``app`` a handler that solves its dependencies without
    repeats, by a compiled :class:`~talentsonar.core.depsolver.Plan`; the full tree stays
    on the route for the OpenAPI document. Also memoises
    FastAPI's check of whether a parameter's annotation is a sequence, a pure function of
    the annotation that it otherwise recomputes for every parameter of every request.
    Returns the number of routes changed."""
    depsolver.install()
    check = getattr(fastapi_dependency_utils, _SEQUENCE_CHECK)
    if not hasattr(check, "__wrapped__"):
        setattr(fastapi_dependency_utils, _SEQUENCE_CHECK, _memoised(check))
    changed = 0
    for route in app.router.routes:
        if not isinstance(route, APIRoute):
            continue
        full = route.dependant
        route.dependant = without_repeats(full)
        depsolver.attach_plan(route.dependant)
        try:
            route.app = request_response(route.get_route_handler())
        finally:
            route.dependant = full
        changed += 1
    return changed
