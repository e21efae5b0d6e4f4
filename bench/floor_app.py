"""Floors for bench/api_throughput.py: the least a server can do to answer the service's
list from its database, so the target ratio can be read against what is possible.

``app``: a framework-free ASGI callable (no routing, no auth, no validation, no middleware)
that, per request, takes a connection from an asyncpg pool and sends the SQL the service
sends for ``GET /api/v1/tasks?limit=20`` signed in with a bearer token, as the service sends
it: the who-is-calling query (role, account and organisation state, whether the token's
sign-in session is live: the service's own compiled select, outside a transaction), then
``BEGIN READ ONLY``, the service's compiled task-list select with its ``count(*) OVER ()``,
``COMMIT`` (read sessions are read-only transactions, so ``SET LOCAL`` holds); and writes
the rows with orjson. ``fastapi_app``: the same work in one FastAPI route with no
dependencies, middleware or response model (the framework the service is built on, and
nothing of the service). Neither checks the answer of the first query: the service's work
on it (and on the token) is part of what the ratio measures.

Environment: ``FLOOR_DATABASE_URL`` names the database; ``FLOOR_ORG_ID``, ``FLOOR_USER_ID``
and ``FLOOR_SESSION_ID`` the bench user's organisation, user and sign-in session.
"""

from __future__ import annotations

import os
import uuid
from typing import Any

import asyncpg
import orjson
from fastapi import FastAPI, Response

from talentsonar.auth.repository import MEMBER_SESSION_ACCESS as _WHO
from talentsonar.tasks.repository import PAGE as _PAGE

SQL = _PAGE[(False, False)].sql
PARAMS = _PAGE[(False, False)].params
WHO_SQL = _WHO.sql
WHO_PARAMS = _WHO.params
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
    org_id = uuid.UUID(os.environ["FLOOR_ORG_ID"])
    who = {"org_id": org_id, "user_id": uuid.UUID(os.environ["FLOOR_USER_ID"]),
           "session_id": uuid.UUID(os.environ["FLOOR_SESSION_ID"])}
    values = {"org_id": org_id, "limit": 20, "offset": 0}
    pool = await _get_pool()
    async with pool.acquire() as conn:
        await conn.fetch(WHO_SQL, *(who[name] for name in WHO_PARAMS))
        async with conn.transaction(readonly=True):
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
