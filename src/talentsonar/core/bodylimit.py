"""A cap on request bodies, enforced before anything parses them.

A declared ``Content-Length`` over the cap answers 413 at once, without reading the body;
a body without one (chunked) is counted as the application reads it, and reading stops
with a 413 as soon as it passes the cap. So a 100 MB JSON body, signed in or not, costs
nothing but the first chunks. ``REQUEST_MAX_BODY_BYTES`` is the cap of every route but
the CV upload, whose cap follows ``UPLOAD_MAX_BYTES`` x ``UPLOAD_MAX_FILES``.
"""

from __future__ import annotations

import orjson
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from talentsonar.core.config import Settings

#: What a multipart body adds to its files: boundaries and part headers per file (a long
#: file name included), and the form fields (metadata, type, job id).
MULTIPART_OVERHEAD_PER_FILE = 16 * 1024
MULTIPART_OVERHEAD = 64 * 1024


def upload_body_limit(settings: Settings) -> int:
    """The largest body of a CV upload: every file at its largest, plus multipart framing."""
    files = settings.upload_max_files
    return (
        settings.upload_max_bytes * files + MULTIPART_OVERHEAD_PER_FILE * files + MULTIPART_OVERHEAD
    )


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` when a streamed body passes the cap. A Starlette
    ``HTTPException``, so the framework's body parsing lets it through to the error
    handlers (any other exception there becomes a 400)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than {limit} bytes")
        self.details = {"maxBytes": limit}


def too_large_body(limit: int) -> bytes:
    error = BodyTooLarge(limit)
    return orjson.dumps(
        {"error": {"code": "payload_too_large", "message": error.detail, "details": error.details}}
    )


class BodySizeLimitMiddleware:
    def __init__(
        self, app: ASGIApp, *, default_limit: int, path_limits: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.default_limit = default_limit
        self.path_limits = dict(path_limits or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.path_limits.get(scope["path"], self.default_limit)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _refuse(send, limit)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge:
            if started:
                raise
            await _refuse(send, limit)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the server refuses it; otherwise the counting applies
    return None


async def _refuse(send: Send, limit: int) -> None:
    body = too_large_body(limit)
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                # the rest of the body is not read: this connection cannot serve another
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
