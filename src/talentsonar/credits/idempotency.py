"""``Idempotency-Key`` for money-moving POSTs: the first successful answer is stored
with the key, the organisation, the route and a hash of the body, and replayed for
every retry. The same key with another body (or route) is refused with 422.

The claim row is inserted first: a concurrent retry blocks on its primary key until the
first request commits, then replays its answer. A failed request rolls back its claim,
so a retry after an error runs again (e.g. after a top-up following a 402).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import orjson
from fastapi import Header
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.errors import Conflict, UnprocessableEntity
from talentsonar.models.idempotency_record import IdempotencyRecord

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=200,
        min_length=1,
        description="Retries with the same key replay the first answer.",
    ),
]


def request_hash(route: str, body: Any) -> str:
    return hashlib.sha256(
        route.encode() + b"\0" + orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
    ).hexdigest()


class IdempotencyRepository:
    def __init__(self, session: AsyncSession, org_id: uuid.UUID) -> None:
        self.session = session
        self.org_id = org_id

    async def claim(self, key: str, route: str, digest: str) -> bool:
        stmt = (
            insert(IdempotencyRecord)
            .values(org_id=self.org_id, key=key, route=route, request_hash=digest)
            .on_conflict_do_nothing(index_elements=["org_id", "key"])
            .returning(IdempotencyRecord.key)
        )
        return (await self.session.execute(stmt)).scalar_one_or_none() is not None

    async def get(self, key: str) -> IdempotencyRecord | None:
        stmt = select(IdempotencyRecord).where(
            IdempotencyRecord.org_id == self.org_id, IdempotencyRecord.key == key
        )
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def store(self, key: str, status_code: int, response: Any) -> None:
        await self.session.execute(
            update(IdempotencyRecord)
            .where(IdempotencyRecord.org_id == self.org_id, IdempotencyRecord.key == key)
            .values(status_code=status_code, response=response)
        )


async def idempotent(
    session: AsyncSession,
    org_id: uuid.UUID,
    key: str | None,
    route: str,
    body: Any,
    produce: Callable[[], Awaitable[tuple[int, BaseModel]]],
) -> JSONResponse:
    """Run ``produce`` once per key; replay its (status, JSON) for later retries."""
    if key is None:
        status, model = await produce()
        return JSONResponse(model.model_dump(mode="json", by_alias=True), status_code=status)
    repo = IdempotencyRepository(session, org_id)
    digest = request_hash(route, body)
    if not await repo.claim(key, route, digest):
        existing = await repo.get(key)
        if existing is None or existing.status_code is None:
            raise Conflict(
                "A request with this Idempotency-Key is still in progress",
                code="idempotency_in_progress",
            )
        if existing.request_hash != digest:
            raise UnprocessableEntity(
                "This Idempotency-Key was already used with a different request",
                code="idempotency_key_reused",
            )
        return JSONResponse(
            existing.response,
            status_code=existing.status_code,
            headers={"Idempotent-Replayed": "true"},
        )
    status, model = await produce()
    payload = model.model_dump(mode="json", by_alias=True)
    await repo.store(key, status, payload)
    return JSONResponse(payload, status_code=status)
