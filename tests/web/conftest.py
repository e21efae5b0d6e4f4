"""One Talent Sonar server (API + pages + in-process worker, on a fresh database, beside a
fake SMTP server and a fake GitHub) per test session, shared by every browser test module
(each works in organisations of its own), and one headless Chromium per module.

Chromium is Debian's (``/usr/bin/chromium``, ``CHROMIUM`` to override), driven by
Playwright's Python client with ``executable_path``: nothing is downloaded. Without it the
browser tests are skipped, except under ``CI=true``, where they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from talentsonar.app import create_app
from tests.conftest import IN_CI, make_settings
from tests.fakes.github_server import FakeGitHub, FakeRepo
from tests.fakes.threaded_server import ThreadedServer, free_port
from tests.harness import FreshDatabases
from tests.notifications.conftest import Inbox

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


class AppServer:
    """The app under uvicorn on a free 127.0.0.1 port, lifespan on (its own runtime and
    its worker, in the server thread's event loop)."""

    def __init__(self, app: Any) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.port = int(self.socket.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="on",
            loop="asyncio",  # the sandbox's subprocess options (user, group) need asyncio's loop
        )
        self.app = app
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True
        )

    def start(self) -> AppServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the web server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.socket.close()


@pytest.fixture(scope="session")
def web_inbox() -> Iterator[Inbox]:
    """A fake SMTP server on 127.0.0.1 that keeps the web server's e-mails."""
    from aiosmtpd.controller import Controller

    box = Inbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    box.port = port  # type: ignore[attr-defined]
    try:
        yield box
    finally:
        controller.stop()


#: The fake GitHub's users: ``octo-web`` has Python and TypeScript code; any other name
#: is GitHub's 404.
GITHUB_USERS = {
    "octo-web": [
        FakeRepo(
            "api", "2026-11-20T10:00:00Z", {"Python": 300_000}, {"requirements.txt": "fastapi\n"}
        ),
        FakeRepo("site", "2026-10-01T10:00:00Z", {"TypeScript": 90_000}, {}),
    ]
}


@pytest.fixture(scope="session")
def web_github() -> Iterator[FakeGitHub]:
    fake = FakeGitHub()
    fake.users.update(GITHUB_USERS)
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture(scope="session")
def web_app_server(
    fresh_databases: FreshDatabases,
    tmp_path_factory: pytest.TempPathFactory,
    web_inbox: Inbox,
    web_github: FakeGitHub,
) -> Iterator[AppServer]:
    """The one server of the browser tests (its start, a model load and a worker, is what
    a browser test module used to pay for itself)."""
    database_url = fresh_databases.take()
    settings = make_settings(
        tmp_path_factory.mktemp("web"),
        redis_key_prefix=f"tsweb-{uuid.uuid4().hex[:8]}:",
        credits_signup_grant=1000,
        smtp_url=f"smtp://127.0.0.1:{web_inbox.port}",  # type: ignore[attr-defined]
        github_api_url=web_github.url,
        # CVs are parsed in the worker's process: a subprocess per file is what
        # tests/cvs/test_isolation.py is about, not the pages (and it is most of the cost
        # of seeding the JobSwap network's resumes)
        upload_isolate_extraction=False,
    )
    server = AppServer(create_app(settings, database_url=database_url, run_worker=True))
    server.start()
    try:
        yield server
    finally:
        server.stop()
        fresh_databases.give_back(database_url)


@pytest.fixture(scope="session")
def web_server(web_app_server: AppServer) -> str:
    return web_app_server.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Module-scoped: Playwright's sync API keeps its event loop marked running in this
    thread while it is open, which the async tests of other modules cannot share."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        if IN_CI:
            pytest.fail(f"Chromium is missing ({CHROMIUM}): .ci/run installs it")
        pytest.skip(f"Chromium is missing ({CHROMIUM})")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


AXE = Path(__file__).parent / "assets" / "axe.min.js"
#: axe-core run on a page: its serious and critical violations, as "rule: targets".
AXE_RUN = (
    "axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', values: "
    "['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']}}).then(r => r.violations"
    ".filter(v => ['serious', 'critical'].includes(v.impact))"
    ".map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))"
)


@pytest.fixture(scope="session")
def axe_url() -> Iterator[str]:
    """axe-core served over HTTP on 127.0.0.1 with a cache lifetime, for contexts that
    bypass the pages' CSP: Chromium loads it from its cache (and its compiled code cache)
    instead of receiving 650 kB through Playwright's pipe for every page."""
    from starlette.applications import Starlette
    from starlette.responses import FileResponse
    from starlette.routing import Route

    async def axe(request: Any) -> FileResponse:
        return FileResponse(
            AXE, media_type="text/javascript", headers={"Cache-Control": "max-age=3600"}
        )

    server = ThreadedServer(Starlette(routes=[Route("/axe.min.js", axe)])).start()
    try:
        yield f"{server.url}/axe.min.js"
    finally:
        server.stop()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
