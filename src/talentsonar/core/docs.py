"""The Swagger UI at ``/docs``, served with its own assets (no CDN: it works offline).

The JavaScript, CSS and favicon are the Swagger UI 5 dist files shipped by the
``swagger-ui-bundle-v2`` package, each served at a literal path of its own under
``/docs/`` (plain routes, so the route index files them under ``docs``: a catch-all
mount would be tried for every request). ReDoc is not served: no package ships it here,
and a page that loads from a CDN is blank offline.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import FileResponse, HTMLResponse
from swagger_ui_bundle import swagger_ui_path

DOCS_URL = "/docs"
#: URL under /docs -> file of the Swagger UI dist
ASSETS = {
    "swagger-ui-bundle.js": "swagger-ui-bundle.js",
    "swagger-ui.css": "swagger-ui.css",
    "favicon.png": "favicon-32x32.png",
}
ASSET_CACHE = {"Cache-Control": "public, max-age=86400"}


def _serve(file_name: str) -> Callable[[], Awaitable[FileResponse]]:
    path = swagger_ui_path / file_name

    async def asset() -> FileResponse:
        return FileResponse(path, headers=ASSET_CACHE)

    return asset


def install_offline_docs(app: FastAPI) -> None:
    """``/docs``, its assets and its OAuth2 redirect page; build the app with
    ``docs_url=None``."""
    openapi_url = app.openapi_url or "/openapi.json"
    redirect_url = app.swagger_ui_oauth2_redirect_url or f"{DOCS_URL}/oauth2-redirect"
    for url_name, file_name in ASSETS.items():
        app.add_api_route(f"{DOCS_URL}/{url_name}", _serve(file_name), methods=["GET"],
                          include_in_schema=False)

    @app.get(DOCS_URL, include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{app.title} - Swagger UI",
            swagger_js_url=f"{DOCS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_URL}/favicon.png",
            oauth2_redirect_url=redirect_url,
            init_oauth=app.swagger_ui_init_oauth,
            swagger_ui_parameters=app.swagger_ui_parameters,
        )

    @app.get(redirect_url, include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()
