"""Route lookup by path prefix: the same first match as Starlette's scan, without the scan.

Starlette tries every route's regular expression in order until one matches; with about a
hundred routes, a request to a router included late (``/api/v1/tasks``) pays for a hundred
failed matches. :class:`RouteIndex` groups the routes by the literal first segments of their
path and tries only the group of the request's path, in the routes' original order, so the
route chosen is the one the scan would choose. Anything it cannot decide alone (no full
match: 404, 405, a trailing-slash redirect; websocket; lifespan) goes to the router's scan.
"""

from __future__ import annotations

from starlette._utils import get_route_path
from starlette.routing import BaseRoute, Match, Route, Router, WebSocketRoute
from starlette.types import Receive, Scope, Send

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
        if scope["type"] == "http":
            for route in self.candidates(get_route_path(scope)):
                match, child_scope = route.matches(scope)
                if match is Match.FULL:
                    scope.setdefault("router", self.router)
                    scope["route"] = route
                    scope.update(child_scope)
                    await route.handle(scope, receive, send)
                    return
        await self.router.app(scope, receive, send)


def install_route_index(router: Router) -> RouteIndex | None:
    """Dispatch ``router``'s requests through a :class:`RouteIndex` (not when the router
    has middleware of its own, which would be bypassed)."""
    if router.middleware_stack != router.app:
        return None
    index = RouteIndex(router)
    router.middleware_stack = index
    return index
