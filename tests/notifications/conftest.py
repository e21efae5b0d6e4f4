from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from talentsonar.core.config import Settings
from tests.conftest import make_settings
from tests.fakes.threaded_server import ThreadedServer, free_port


class Inbox:
    """An aiosmtpd handler keeping every message."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1; answers ``statuses`` in turn, then 200 (a 429
    with ``Retry-After: retry_after`` when that is set)."""

    statuses: list[int] = field(default_factory=list)
    retry_after: str | None = None
    received: list[tuple[bytes, dict[str, str]]] = field(default_factory=list)
    server: ThreadedServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"{self.server.url}/hook"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver()

    async def hook(request: Request) -> Response:
        rec.received.append((await request.body(), dict(request.headers)))
        status = rec.statuses.pop(0) if rec.statuses else 200
        headers = {"Retry-After": rec.retry_after} if status == 429 and rec.retry_after else None
        return JSONResponse({"ok": status < 300}, status_code=status, headers=headers)

    rec.server = ThreadedServer(Starlette(routes=[Route("/hook", hook, methods=["POST"])])).start()
    try:
        yield rec
    finally:
        rec.server.stop()


@pytest.fixture
def settings(tmp_path: Path, redis_prefix: str, smtp_server: tuple[Inbox, int]) -> Settings:
    return make_settings(
        tmp_path,
        redis_key_prefix=redis_prefix,
        smtp_url=f"smtp://127.0.0.1:{smtp_server[1]}",
        email_from="Talent Sonar <noreply@test.local>",
        # the webhook receivers here listen on 127.0.0.1, which is refused by default
        webhook_allowed_networks=["127.0.0.1/32"],
        # failed deliveries are queued again at once, so one queue run sees every attempt
        webhook_retry_wait_seconds=0,
    )
