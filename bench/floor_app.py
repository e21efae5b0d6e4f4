"""Floors for bench/api_throughput.py: the least a server can do to answer the service's
list from its database, so the target ratio can be read against what is possible.

``app``: a framework-free ASGI callable (no routing, no auth, no validation, no middleware)
that, per request, takes a connection from an asyncpg pool, runs the service's own task-list
SQL as the service sends it (``BEGIN READ ONLY``, the compiled select with its
``count(*) OVER ()``, ``COMMIT``: read sessions are read-only transactions, so ``SET LOCAL``
holds) for the organisation in ``FLOOR_ORG_ID``, and writes the rows with orjson.
``fastapi_app``: the same work in one FastAPI route with no
dependencies, middleware or response model (the framework the service is built on, and
nothing of the service). ``FLOOR_DATABASE_URL`` names the database.
"""

from __future__ import annotations

import os
import uuid
from typing import Any

import asyncpg
import orjson
from fastapi import FastAPI, Response

from talentsonar.tasks.repository import PAGE as _PAGE

SQL = _PAGE[(False, False)].sql
PARAMS = _PAGE[(False, False)].params
HEADERS = [(b"content-type", b"application/json")]

_pool: asyncpg.Pool | None = None


async def _keep_session(conn: asyncpg.Connection) -> None:
    return None


async def _get_pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        url = os.environ["FLOOR_DATABASE_URL"].replace("postgresql+asyncpg://", "postgresql://")
        # as the service's read pool: no reset round trip on release
        _pool = await asyncpg.create_pool(url, min_size=1, max_size=10, reset=_keep_session)
    return _pool


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    body = await _page()
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": body})


async def _page() -> bytes:
    values = {"org_id": uuid.UUID(os.environ["FLOOR_ORG_ID"]), "limit": 20, "offset": 0}
    pool = await _get_pool()
    async with pool.acquire() as conn, conn.transaction(readonly=True):
        records = await conn.fetch(SQL, *(values[name] for name in PARAMS))
    rows = [dict(r) for r in records]
    total = int(rows[0]["_total"]) if rows else 0
    return orjson.dumps(
        {"data": rows, "pagination": {"page": 1, "limit": 20, "total": total,
                                      "totalPages": (total + 19) // 20}},
        option=orjson.OPT_UTC_Z,
        default=str,
    )


fastapi_app = FastAPI()


@fastapi_app.get("/")
async def page() -> Response:
    return Response(await _page(), media_type="application/json")
