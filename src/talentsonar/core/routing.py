"""The request's way to its endpoint, without FastAPI's and Starlette's repeated work.

Route lookup by path prefix: the same first match as Starlette's scan, without the scan.

Starlette tries every route's regular expression in order until one matches; with about a
hundred routes, a request to a router included late (``/api/v1/tasks``) pays for a hundred
failed matches. :class:`RouteIndex` groups the routes by the literal first segments of their
path and tries only the group of the request's path, in the routes' original order, so the
route chosen is the one the scan would choose. With no full match it answers as the router
would (405 for a path with other methods, the trailing-slash redirect, else 404) from the
same group, where Starlette scans every route twice; websocket and lifespan go to the
router. Measured with the app's 108 routes: the scan costs 200 to 430 us of CPU per
request to the routes included last (``/api/v1/tasks`` is the 107th), the index a few.

Public APIs only: ``Route.matches`` and ``Route.handle``, the router's ``routes``,
``redirect_slashes`` and ``default``, and its ``middleware_stack`` (the router's own entry
point, which this replaces only when the router has no middleware of its own).
"""

from __future__ import annotations

from starlette.datastructures import URL
from starlette.responses import RedirectResponse
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


def path_in_app(scope: Scope) -> str:
    """The request's path below the app's ``root_path`` (what routes are matched against)."""
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    if not root_path or not path.startswith(root_path) or path == root_path:
        return "" if root_path and path == root_path else path
    return path[len(root_path):] if path[len(root_path)] == "/" else path


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
        route_path = path_in_app(scope)
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
            for route in self.candidates(path_in_app(redirect_scope)):
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
