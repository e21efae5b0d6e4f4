"""/docs works without internet: every asset the page loads is served by the app itself."""

from __future__ import annotations

import re

import httpx

ASSET = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url\s*:\s*["']([^"']+)["']""")


def _assets(html: str) -> list[str]:
    return [a or b for a, b in ASSET.findall(html)]


async def test_swagger_ui_loads_every_asset_from_the_app(client: httpx.AsyncClient) -> None:
    page = await client.get("/docs")
    assert page.status_code == 200
    assets = _assets(page.text)
    assert any(a.endswith(".js") for a in assets), assets
    assert any(a.endswith(".css") for a in assets), assets
    outside = [a for a in assets if not a.startswith("/")]
    assert outside == [], f"/docs loads these from elsewhere: {outside}"
    for asset in assets:
        served = await client.get(asset)
        assert served.status_code == 200, asset
        assert served.content, asset
    script = next(a for a in assets if a.endswith("swagger-ui-bundle.js"))
    # Swagger UI 5 or later: 4.x cannot show the OpenAPI 3.1 document FastAPI writes
    assert (await client.get("/openapi.json")).json()["openapi"].startswith("3.1")
    assert "SwaggerUIBundle" in (await client.get(script)).text


async def test_the_oauth2_redirect_page_is_served(client: httpx.AsyncClient) -> None:
    page = await client.get("/docs/oauth2-redirect")
    assert page.status_code == 200
    assert [a for a in _assets(page.text) if not a.startswith("/")] == []


async def test_redoc_is_not_served_rather_than_blank(client: httpx.AsyncClient) -> None:
    """/redoc is not served (no bundled ReDoc): it must not be a blank page either."""
    redoc = await client.get("/redoc")
    assert redoc.status_code == 404
    assert redoc.json()["error"]["code"]
