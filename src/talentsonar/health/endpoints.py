from __future__ import annotations

import asyncio
import hmac
import time
from typing import Annotated, Any

from fastapi import APIRouter, Header, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from talentsonar.core.deps import RuntimeDep
from talentsonar.core.errors import Unauthorized
from talentsonar.core.observability import QUEUE_DEPTH, REGISTRY
from talentsonar.core.runtime import Runtime
from talentsonar.worker import queue_depths

router = APIRouter(tags=["health"])

CHECK_TIMEOUT = 2.0


async def _timed(name: str, check: Any) -> tuple[str, dict[str, Any]]:
    start = time.perf_counter()
    try:
        detail = await asyncio.wait_for(check, CHECK_TIMEOUT)
        status = "ok"
    except Exception as exc:
        detail, status = {"error": f"{type(exc).__name__}: {exc}"[:300]}, "fail"
    result = {"status": status, "ms": round((time.perf_counter() - start) * 1000, 1)}
    if isinstance(detail, dict):
        result.update(detail)
    return name, result


async def _database(runtime: Runtime) -> dict[str, Any]:
    async with runtime.db.engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
    return {}


async def _redis(runtime: Runtime) -> dict[str, Any]:
    assert runtime.redis is not None
    await runtime.redis.ping()
    return {}


async def _queue(runtime: Runtime) -> dict[str, Any]:
    depths = await queue_depths(runtime)
    return {"todo": sum(n for (_, s), n in depths.items() if s == "todo"),
            "doing": sum(n for (_, s), n in depths.items() if s == "doing")}


@router.get("/health/live")
async def live() -> dict[str, str]:
    """The process is up and serving."""
    return {"status": "ok"}


@router.get("/health/ready", responses={503: {"description": "A dependency is failing"}})
async def ready(runtime: RuntimeDep) -> JSONResponse:
    """Database, Redis (when configured) and the queue answer: 200, else 503 with detail."""
    checks = [_timed("database", _database(runtime)), _timed("queue", _queue(runtime))]
    if runtime.redis is not None:
        checks.append(_timed("redis", _redis(runtime)))
    results = dict(await asyncio.gather(*checks))
    healthy = all(r["status"] == "ok" for r in results.values())
    return JSONResponse(
        {"status": "ok" if healthy else "fail", "checks": results},
        status_code=200 if healthy else 503,
    )


def _check_metrics_token(runtime: Runtime, authorization: str | None) -> None:
    expected = runtime.settings.metrics_token
    if expected is None or not expected.get_secret_value():
        return
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), expected.get_secret_value().encode()
    ):
        raise Unauthorized("The metrics need the METRICS_TOKEN bearer token")


@router.get(
    "/metrics",
    response_class=Response,
    responses={401: {"description": "METRICS_TOKEN is set and the bearer token is not it"}},
)
async def metrics(
    runtime: RuntimeDep,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    """Prometheus metrics of this process (with ``METRICS_TOKEN`` set: only with
    ``Authorization: Bearer <METRICS_TOKEN>``)."""
    _check_metrics_token(runtime, authorization)
    try:
        depths = await asyncio.wait_for(queue_depths(runtime), CHECK_TIMEOUT)
    except Exception:
        depths = {}
    QUEUE_DEPTH.clear()
    for (queue, status), count in depths.items():
        QUEUE_DEPTH.labels(queue, status).set(count)
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
