"""One pooled connection per request: the caller's principal is read on it outside a
transaction, and the request's read session runs on it in a read-only transaction; write
sessions get a connection of their own."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import event, literal_column, select, text
from sqlalchemy.exc import DBAPIError

from talentsonar.core.db import after_commit
from talentsonar.core.repository import CompiledSelect
from talentsonar.core.runtime import Runtime
from tests.conftest import register_user

BACKEND = CompiledSelect(select(literal_column("pg_backend_pid()").label("pid")))


async def _pid(session: Any) -> int:
    return int((await session.execute(text("SELECT pg_backend_pid()"))).scalar_one())


@contextmanager
def counted_checkouts(runtime: Runtime) -> Iterator[list[object]]:
    """Every connection checked out of the pool while the block runs."""
    checkouts: list[object] = []
    pool = runtime.db.engine.sync_engine.pool

    def on_checkout(*args: object) -> None:
        checkouts.append(args)

    event.listen(pool, "checkout", on_checkout)
    try:
        yield checkouts
    finally:
        event.remove(pool, "checkout", on_checkout)


async def test_the_principal_and_the_sessions_share_one_connection(runtime: Runtime) -> None:
    request = runtime.db.request_connection()
    try:
        [row] = await request.rows(BACKEND)
        async with request.session(read_only=True) as session:
            assert await _pid(session) == row["pid"]
            assert (await session.execute(text("SHOW transaction_read_only"))).scalar_one() == "on"
            await session.execute(text("SET LOCAL statement_timeout = '4321ms'"))
            assert (await session.execute(text("SHOW statement_timeout"))).scalar_one() == "4321ms"
        async with request.session(read_only=True) as session:
            assert await _pid(session) == row["pid"]
            # the first read session's SET LOCAL ended with its transaction
            assert (await session.execute(text("SHOW statement_timeout"))).scalar_one() != "4321ms"
        async with request.session() as session:  # bound to the engine, as write sessions are
            assert session.bind is runtime.db.engine
    finally:
        await request.close()


async def test_a_write_session_commits_then_runs_its_callbacks(runtime: Runtime) -> None:
    slug = uuid.uuid4().hex
    seen: list[int] = []

    async def count() -> None:  # on another connection: sees only committed rows
        async with runtime.db.session(read_only=True) as other:
            seen.append(int((await other.execute(
                text("SELECT count(*) FROM organizations WHERE slug = :s"), {"s": slug}
            )).scalar_one()))

    request = runtime.db.request_connection()
    try:
        async with request.session() as session:
            await session.execute(
                text("INSERT INTO organizations (id, name, slug, settings, created_at,"
                     " updated_at) VALUES (:id, 'x', :slug, '{}', now(), now())"),
                {"id": uuid.uuid4(), "slug": slug})
            after_commit(session, count)
            await count()  # not committed yet
    finally:
        await request.close()
    assert seen == [0, 1]


async def test_a_failed_write_session_rolls_back_and_the_connection_stays_usable(
    runtime: Runtime,
) -> None:
    slug = uuid.uuid4().hex
    request = runtime.db.request_connection()

    async def insert_then_fail() -> None:
        async with request.session() as session:
            await session.execute(
                text("INSERT INTO organizations (id, name, slug, settings, created_at,"
                     " updated_at) VALUES (:id, 'x', :slug, '{}', now(), now())"),
                {"id": uuid.uuid4(), "slug": slug})
            await session.execute(text("SELECT 1 / 0"))

    try:
        with pytest.raises(DBAPIError):
            await insert_then_fail()
        async with request.session(read_only=True) as session:
            assert (await session.execute(
                text("SELECT count(*) FROM organizations WHERE slug = :s"), {"s": slug}
            )).scalar_one() == 0
    finally:
        await request.close()


async def test_a_second_session_at_once_gets_its_own_connection(runtime: Runtime) -> None:
    request = runtime.db.request_connection()
    try:
        async with (
            request.session(read_only=True) as first,
            request.session(read_only=True) as second,
        ):
            assert await _pid(first) != await _pid(second)
    finally:
        await request.close()


async def test_a_connection_not_kept_goes_back_after_the_principal(runtime: Runtime) -> None:
    capacity = runtime.settings.database_pool_size + runtime.settings.database_max_overflow
    requests = [runtime.db.request_connection(keep=False) for _ in range(capacity + 1)]
    try:
        for request in requests:  # one more than the pool holds: none waits
            await request.rows(BACKEND)
            await request.release_unless_kept()
    finally:
        for request in requests:
            await request.close()


async def test_an_authenticated_list_checks_out_one_connection(
    runtime: Runtime, client: httpx.AsyncClient
) -> None:
    user = await register_user(client)
    with counted_checkouts(runtime) as checkouts:
        answer = await client.get("/api/v1/tasks", headers=user["headers"])
    assert answer.status_code == 200, answer.text
    assert len(checkouts) == 1
