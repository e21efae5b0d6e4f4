"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

import structlog
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from talentsonar import __version__
from talentsonar.api import build_api_router
from talentsonar.auth.openapi import install_security_docs
from talentsonar.core.bodylimit import BodySizeLimitMiddleware, upload_body_limit
from talentsonar.core.config import Settings, get_settings
from talentsonar.core.docs import install_offline_docs
from talentsonar.core.handlers import install_error_handlers
from talentsonar.core.observability import RequestContextMiddleware, configure_logging
from talentsonar.core.operation_ids import operation_id
from talentsonar.core.routing import install_route_index
from talentsonar.core.runtime import Runtime
from talentsonar.core.telemetry import configure_tracing, instrument_app
from talentsonar.discovery import load_domains
from talentsonar.graphql_api.http import router as graphql_router
from talentsonar.health.endpoints import router as health_router
from talentsonar.web.routes import install_web

log = structlog.get_logger(__name__)

#: The one route whose body may be larger than REQUEST_MAX_BODY_BYTES.
UPLOAD_PATH = "/api/v1/candidates/upload"

DESCRIPTION = """
Talent Sonar: parse CVs, score every candidate against every job, explain each score.

Sign in with **Authorize** (the demo login is printed by `talentsonar serve`), or send an
`X-API-Key` header. Lists answer `{"data": [...], "pagination": {...}}`; errors answer
`{"error": {"code", "message", "details"}}`.
"""


def create_app(
    settings: Settings | None = None,
    *,
    database_url: str | None = None,
    run_worker: bool = False,
    runtime: Runtime | None = None,
) -> FastAPI:
    """Build the app. ``database_url`` defaults to ``DATABASE_URL``; the CLI resolves the
    embedded server first. With ``run_worker`` a worker runs in the same event loop."""
    settings = settings or get_settings()
    configure_logging(settings)
    configure_tracing(settings)
    load_domains()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        rt = runtime or Runtime(settings, database_url or settings.database_url or "")
        app.state.runtime = rt
        await rt.start()
        # Everything loaded so far (modules, models, taxonomy, routes) lives as long as the
        # process: keep it out of the cyclic GC's full collections, which otherwise walk
        # it again and again under load (long pauses in the latency tail).
        gc.collect()
        gc.freeze()
        worker_task: asyncio.Task[None] | None = None
        if run_worker:
            from talentsonar.worker import run_worker as worker_main

            worker_task = asyncio.create_task(
                worker_main(rt, install_signal_handlers=False, maintain=True),
                name="in-process-worker",
            )
        try:
            yield
        finally:
            if worker_task is not None:
                worker_task.cancel()
                with suppress(asyncio.CancelledError, Exception):
                    await worker_task
            if runtime is None:
                await rt.close()

    app = FastAPI(
        title="Talent Sonar",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        swagger_ui_parameters={"persistAuthorization": True},
        generate_unique_id_function=operation_id,
        docs_url=None,  # served by install_offline_docs, with its own assets
        redoc_url=None,
    )
    if runtime is not None:
        app.state.runtime = runtime
    install_error_handlers(app)
    app.add_middleware(
        BodySizeLimitMiddleware,
        default_limit=settings.request_max_body_bytes,
        path_limits={UPLOAD_PATH: upload_body_limit(settings)},
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
        expose_headers=["X-Request-ID", "RateLimit-Limit", "RateLimit-Remaining",
                        "RateLimit-Reset", "Retry-After"],
    )
    app.add_middleware(RequestContextMiddleware)
    install_web(app, settings)  # the pages at /: a web app of their own, in front
    install_offline_docs(app)
    app.include_router(health_router)
    app.include_router(build_api_router())
    app.include_router(graphql_router)
    install_route_index(app.router)
    install_security_docs(app)
    instrument_app(app)  # outermost: the request's span holds everything below it
    return app
