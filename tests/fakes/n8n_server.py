"""A fake N8N webhook server on 127.0.0.1: ``POST /webhook/<id>`` answers JSON, with
injectable faults (latency, 500, 429 + Retry-After, hang past the client timeout,
bad JSON)."""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes.threaded_server import ThreadedServer


@dataclass
class N8nFault:
    kind: str  # "status" | "retry_after" | "hang" | "bad_json" | "latency"
    status: int = 500
    seconds: float = 0.0


@dataclass
class FakeN8n:
    results: list[dict[str, Any]] = field(default_factory=list)
    faults: deque[N8nFault] = field(default_factory=deque)
    requests: list[tuple[str, Any]] = field(default_factory=list)
    server: ThreadedServer | None = None

    def fail_next(self, kind: str, n: int = 1, *, status: int = 500, seconds: float = 0.0) -> None:
        for _ in range(n):
            self.faults.append(N8nFault(kind, status, seconds))

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.url

    def start(self) -> FakeN8n:
        self.server = ThreadedServer(self.app()).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.stop()

    def app(self) -> Starlette:
        async def webhook(request: Request) -> Response:
            workflow = request.path_params["workflow"]
            try:
                body = await request.json()
            except ValueError:
                body = None
            self.requests.append((workflow, body))
            if self.faults:
                fault = self.faults.popleft()
                if fault.kind == "status":
                    return JSONResponse({"message": "Workflow failed"}, status_code=fault.status)
                if fault.kind == "retry_after":
                    return JSONResponse(
                        {"message": "Too many requests"},
                        status_code=429,
                        headers={"Retry-After": str(int(fault.seconds))},
                    )
                if fault.kind == "hang":
                    await asyncio.sleep(fault.seconds)
                if fault.kind == "bad_json":
                    return Response("{not json", media_type="application/json")
                if fault.kind == "latency":
                    await asyncio.sleep(fault.seconds)
            if workflow == "missing":
                return JSONResponse(
                    {"code": 404, "message": "webhook not registered"}, status_code=404
                )
            if workflow == "talent-search":
                return JSONResponse({"results": self.results})
            return JSONResponse({"ok": True, "workflow": workflow, "received": body})

        return Starlette(routes=[Route("/webhook/{workflow}", webhook, methods=["POST"])])
