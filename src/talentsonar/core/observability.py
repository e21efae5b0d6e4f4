"""Logs (structlog), metrics (Prometheus) and the request middleware that feeds both."""

from __future__ import annotations

import logging
import sys
import time
import uuid
from typing import Any

import structlog
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from talentsonar.core.config import Settings
from talentsonar.core.telemetry import add_trace_ids

REGISTRY = CollectorRegistry(auto_describe=True)

REQUEST_DURATION = Histogram(
    "http_request_duration_seconds",
    "HTTP request duration by route template and status.",
    ["method", "route", "status"],
    registry=REGISTRY,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
REQUESTS_IN_FLIGHT = Gauge(
    "http_requests_in_flight", "HTTP requests being served.", registry=REGISTRY
)
CACHE_REQUESTS = Counter(
    "cache_requests_total", "Cache lookups by namespace and result.",
    ["namespace", "result"], registry=REGISTRY,
)
EXTERNAL_CALL_DURATION = Histogram(
    "external_call_duration_seconds", "Outbound call latency by provider and outcome.",
    ["provider", "outcome"], registry=REGISTRY,
)
EXTERNAL_CALL_ERRORS = Counter(
    "external_call_errors_total", "Outbound call errors by provider and reason.",
    ["provider", "reason"], registry=REGISTRY,
)
BREAKER_STATE = Gauge(
    "circuit_breaker_state", "Circuit breaker state: 0 closed, 1 half-open, 2 open.",
    ["provider"], registry=REGISTRY,
)
QUEUE_DEPTH = Gauge(
    "queue_jobs", "Background jobs by queue and status.", ["queue", "status"], registry=REGISTRY
)
RATE_LIMITED = Counter(
    "rate_limited_total", "Requests refused by rate limiting.", ["scope"], registry=REGISTRY
)

log = structlog.get_logger("talentsonar")


def configure_logging(settings: Settings) -> None:
    json_logs = settings.log_format == "json" or (
        settings.log_format == "auto" and not sys.stderr.isatty()
    )
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        add_trace_ids,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if json_logs
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    level = logging.getLevelName(settings.log_level.upper())
    structlog.configure(
        processors=[*shared, structlog.processors.format_exc_info, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(
            level if isinstance(level, int) else logging.INFO
        ),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(name)s %(message)s")


SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"strict-transport-security", b"max-age=63072000; includeSubDomains"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
# Swagger UI loads its assets from the page itself; API answers need no content.
API_CSP = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")


class RequestContextMiddleware:
    """Request id, security headers, duration histogram, in-flight gauge, access log.

    A plain ASGI middleware (no BaseHTTPMiddleware) to keep the hot path short.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope) or uuid.uuid4().hex
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        structlog.contextvars.bind_contextvars(request_id=request_id)
        path: str = scope["path"]
        add_csp = path.startswith("/api/")
        status_holder = [500]
        start = time.perf_counter()

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder[0] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                headers.extend(SECURITY_HEADERS)
                if add_csp:
                    headers.append(API_CSP)
                limits = state.get("rate_limit_headers")
                if limits and message["status"] != 429:
                    headers.extend((k.lower().encode(), v.encode()) for k, v in limits.items())
                message["headers"] = headers
            await send(message)

        REQUESTS_IN_FLIGHT.inc()
        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            REQUESTS_IN_FLIGHT.dec()
            elapsed = time.perf_counter() - start
            template = route_template(scope)
            REQUEST_DURATION.labels(scope["method"], template, str(status_holder[0])).observe(
                elapsed
            )
            if not path.startswith(("/health", "/metrics")):
                log.info(
                    "request",
                    method=scope["method"],
                    path=path,
                    status=status_holder[0],
                    ms=round(elapsed * 1000, 1),
                )
            structlog.contextvars.unbind_contextvars("request_id")


def route_template(scope: Scope) -> str:
    """``/api/v1/tasks/{task_id}`` for ``/api/v1/tasks/5f…``: the full path with each path
    parameter's segment put back as ``{name}`` (the matched route object only knows its
    path relative to its router), or ``unmatched`` (bounded metric label cardinality)."""
    if scope.get("route") is None:
        return "unmatched"
    path: str = scope.get("path", "")
    params: dict[str, Any] = scope.get("path_params") or {}
    if not params:
        return path
    by_value = {str(value): name for name, value in params.items()}
    return "/".join(
        "{" + by_value[segment] + "}" if segment in by_value else segment
        for segment in path.split("/")
    )


def _incoming_request_id(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            candidate: str = value.decode("latin-1")[:64]
            if candidate.replace("-", "").isalnum():
                return candidate
    return None
