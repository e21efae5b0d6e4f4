"""GraphiQL at GET /graphql works with no network: the page references no other host and
holds no inline script or style, its CSP allows only this server, every asset it names is
served from here (the vendored files, unchanged), and in a real browser it renders and
runs a query while every request to another host is blocked."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from talentsonar.app import create_app
from talentsonar.graphql_api.ide import ASSETS, STATIC
from tests.conftest import IN_CI, make_settings

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts = 0
        self.styles = 0
        self.style_attributes = 0
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.urls += [v for k, v in attrs if k in ("src", "href", "action") and v]
        self.style_attributes += "style" in values
        if tag == "script":
            self._in_script = True
            self.inline_scripts += "src" not in values
        self.styles += tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts += 1


def _directives(csp: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in csp.split(";"):
        name, *sources = part.split()
        out[name] = sources
    return out


async def test_the_page_names_only_this_server_and_its_assets_are_served(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    refs = _References()
    refs.feed(page.text)
    assert "http://" not in page.text
    assert "https://" not in page.text
    assert not [u for u in refs.urls if "//" in u or not u.startswith("/")]
    assert refs.inline_scripts == 0
    assert refs.styles == 0
    assert refs.style_attributes == 0
    assert sorted(refs.urls) == sorted(f"/graphql/static/{name}" for name in ASSETS)

    csp = _directives(page.headers["content-security-policy"])
    assert csp["default-src"] == ["'none'"]
    for directive in ("script-src", "style-src", "connect-src"):
        assert csp[directive] == ["'self'"], directive
    for directive in ("img-src", "font-src"):
        assert csp[directive] == ["'self'", "data:"], directive
    assert csp["frame-ancestors"] == ["'none'"]
    # no host anywhere in the policy: only keywords and data:
    assert all(s.startswith("'") or s == "data:" for sources in csp.values() for s in sources)

    for url in refs.urls:
        r = await client.get(url)
        assert r.status_code == 200, url
        name = url.rsplit("/", 1)[1]
        assert r.content == (STATIC / name).read_bytes(), url
        kind = "text/css" if name.endswith(".css") else "text/javascript"
        assert r.headers["content-type"].startswith(kind), url
        assert r.headers["x-content-type-options"] == "nosniff"
    # the vendored styles pull nothing in from elsewhere either
    css = (STATIC / "graphiql.min.css").read_text()
    assert "@import" not in css
    assert "url(http" not in css.replace(" ", "")
    assert "url(//" not in css.replace(" ", "")
    # the licences of what is vendored ship with it
    licences = (STATIC / "THIRD_PARTY_LICENSES.txt").read_text()
    assert licences.count("MIT License") == 3
    r = await client.get("/graphql/static/graphiql.min.js.map")
    assert r.status_code == 404


class _Server:
    def __init__(self, app: Any) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run,
                                       kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.socket.close()


@pytest.fixture
def chromium() -> Iterator[Any]:
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        if IN_CI:
            pytest.fail(f"Chromium is missing ({CHROMIUM}): .ci/run installs it")
        pytest.skip(f"Chromium is missing ({CHROMIUM})")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def test_graphiql_renders_and_runs_a_query_with_other_hosts_blocked(
    chromium: Any, tmp_path: Path, database_url: str, redis_prefix: str
) -> None:
    settings = make_settings(tmp_path, redis_key_prefix=redis_prefix)
    app = create_app(settings, database_url=database_url)
    with _Server(app) as server:
        owner = httpx.post(f"{server.url}/api/v1/auth/register", timeout=60, json={
            "email": "graphiql@example.com", "password": "correct-horse-1", "fullName": "G"})
        assert owner.status_code == 201, owner.text
        token = owner.json()["data"]["token"]
        context = chromium.new_context()
        elsewhere: list[str] = []
        local: list[str] = []

        def route(request: Any) -> None:
            url = request.request.url
            if url.startswith(server.url + "/") or url.startswith("data:"):
                local.append(url)
                request.continue_()
            else:
                elsewhere.append(url)
                request.abort()

        context.route("**/*", route)
        page = context.new_page()
        console: list[str] = []
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
        page.goto(f"{server.url}/graphql", wait_until="load")
        page.wait_for_selector(".graphiql-editors", timeout=30_000)
        # credentials go in the Headers tab; then run the default query's simpler cousin
        page.evaluate(
            """([token]) => {
              const editors = [...document.querySelectorAll('.CodeMirror')]
                .map(e => e.CodeMirror);
              const query = editors.find(e => e.getValue().includes('candidates(first: 5)'));
              const headers = editors.find(
                e => e !== query && e.getValue().includes('"Authorization"'));
              query.setValue('{ creditBalance { balance } candidates { totalCount } }');
              headers.setValue(JSON.stringify({Authorization: 'Bearer ' + token}));
            }""",
            [token],
        )
        # GraphiQL takes an editor's text in after a short debounce: run until the answer
        # is the one for the token (at most a few times)
        result = ""
        for _ in range(10):
            page.click(".graphiql-execute-button")
            page.wait_for_function(
                "() => /totalCount|unauthorized/.test("
                "document.querySelector('.result-window')?.textContent || '')",
                timeout=30_000,
            )
            result = page.inner_text(".result-window")
            if "totalCount" in result:
                break
            page.wait_for_timeout(300)
        context.close()
    assert elsewhere == []
    assert '"totalCount": 0' in result.replace("\u00a0", " ")
    assert not [m for m in console if "Content Security Policy" in m or "pageerror" in m], console
    assert any(u.endswith("/graphql/static/graphiql.min.js") for u in local)
