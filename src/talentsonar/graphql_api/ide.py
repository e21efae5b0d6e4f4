"""GraphiQL at ``GET /graphql`` (a browser's request, outside production unless
``GRAPHQL_IDE`` says otherwise), served with its own assets: GraphiQL 3 and React 18 as
shipped in their npm packages (``static/VENDORED.txt``), so the page works with no network.

The page loads nothing from another host, holds no inline script or style, and is sent with
a Content-Security-Policy that allows only this server (fonts and icons that GraphiQL's CSS
embeds as ``data:`` URLs excepted). Each asset is a plain route of its own under
``/graphql/static/`` (as ``/docs`` serves Swagger UI's), answered 404 when GraphiQL is off.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from talentsonar.core.config import Settings
from talentsonar.core.deps import runtime_of
from talentsonar.core.errors import NotFound

STATIC = Path(__file__).resolve().parent / "static"
ASSET_PATH = "/graphql/static"
#: URL name under /graphql/static -> media type
ASSETS: dict[str, str] = {
    "react.production.min.js": "text/javascript; charset=utf-8",
    "react-dom.production.min.js": "text/javascript; charset=utf-8",
    "graphiql.min.js": "text/javascript; charset=utf-8",
    "graphiql.min.css": "text/css; charset=utf-8",
    "graphiql-page.js": "text/javascript; charset=utf-8",
    "graphiql-page.css": "text/css; charset=utf-8",
}
#: (``X-Content-Type-Options: nosniff`` and the other security headers come from the
#: request middleware, on every answer.)
ASSET_HEADERS = {"Cache-Control": "public, max-age=86400"}
#: Only this server: scripts, styles, the API calls. GraphiQL's CSS embeds its fonts and
#: icons as data: URLs (not a host); nothing may frame the page.
CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
))
PAGE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Cache-Control": "no-store",
}

PAGE = f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Talent Sonar GraphiQL</title>
    <link rel="stylesheet" href="{ASSET_PATH}/graphiql.min.css">
    <link rel="stylesheet" href="{ASSET_PATH}/graphiql-page.css">
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="{ASSET_PATH}/react.production.min.js"></script>
    <script src="{ASSET_PATH}/react-dom.production.min.js"></script>
    <script src="{ASSET_PATH}/graphiql.min.js"></script>
    <script src="{ASSET_PATH}/graphiql-page.js"></script>
  </body>
</html>
"""

router = APIRouter()


def ide_enabled(settings: Settings) -> bool:
    return (
        settings.graphql_ide if settings.graphql_ide is not None else (settings.env != "production")
    )


def graphiql_page() -> HTMLResponse:
    return HTMLResponse(PAGE, headers=PAGE_HEADERS)


def _serve(name: str, media_type: str) -> Callable[[Request], Awaitable[Response]]:
    path = STATIC / name

    async def graphiql_asset(request: Request) -> Response:
        if not ide_enabled(runtime_of(request).settings):
            raise NotFound("GraphiQL is turned off on this server")
        return FileResponse(path, media_type=media_type, headers=ASSET_HEADERS)

    return graphiql_asset


for _name, _media_type in ASSETS.items():
    router.add_api_route(f"{ASSET_PATH}/{_name}", _serve(_name, _media_type), methods=["GET"],
                         include_in_schema=False)
