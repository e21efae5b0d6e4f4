"""Read sessions are read-only transactions on the one pool; compiled selects run in them."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Integer, bindparam, literal, select, text
from sqlalchemy.exc import DBAPIError

from talentsonar.core.errors import BadRequest
from talentsonar.core.repository import CompiledSelect
from talentsonar.core.runtime import Runtime

QUOTIENT = CompiledSelect(
    select((bindparam("a", type_=Integer) / bindparam("b", type_=Integer)).label("q"))
)


async def test_set_local_holds_for_the_session_and_ends_with_it(runtime: Runtime) -> None:
    async with runtime.db.session(read_only=True) as session:
        await session.execute(text("SET LOCAL statement_timeout = '4321ms'"))
        shown = (await session.execute(text("SHOW statement_timeout"))).scalar_one()
        assert shown == "4321ms"
        read_only = (await session.execute(text("SHOW transaction_read_only"))).scalar_one()
        assert read_only == "on"
    for _ in range(runtime.settings.database_pool_size + 1):  # every pooled connection
        async with runtime.db.session(read_only=True) as session:
            shown = (await session.execute(text("SHOW statement_timeout"))).scalar_one()
            assert shown != "4321ms"


async def test_a_read_session_refuses_writes(runtime: Runtime) -> None:
    with pytest.raises(DBAPIError, match="read-only transaction"):
        async with runtime.db.session(read_only=True) as session:
            await session.execute(
                text("INSERT INTO organizations (id, name, slug, settings, created_at,"
                     " updated_at) VALUES (:id, 'x', :slug, '{}', now(), now())"),
                {"id": uuid.uuid4(), "slug": uuid.uuid4().hex})
    async with runtime.db.session(read_only=True) as session:  # the pool is still usable
        assert (await session.execute(text("SELECT 1"))).scalar_one() == 1


async def test_compiled_selects_by_name_in_both_kinds_of_session(runtime: Runtime) -> None:
    query = CompiledSelect(select(literal(1).label("one"),
                                  bindparam("n", type_=Integer).label("n")))
    for read_only in (True, False):
        async with runtime.db.session(read_only=read_only) as session:
            assert await query.rows(session, n=7) == [{"one": 1, "n": 7}]
            assert await QUOTIENT.rows(session, a=9, b=3) == [{"q": 3}]
            with pytest.raises(TypeError, match="missing query parameters: b"):
                await QUOTIENT.rows(session, a=1)


async def test_client_data_errors_in_a_read_session_are_400(runtime: Runtime) -> None:
    with pytest.raises(BadRequest):
        async with runtime.db.session(read_only=True) as session:
            await QUOTIENT.rows(session, a=1, b=0)  # division_by_zero (SQLSTATE 22012)
    with pytest.raises(BadRequest):
        async with runtime.db.session(read_only=True) as session:
            await QUOTIENT.rows(session, a="one", b=1)  # the driver cannot encode it
    async with runtime.db.session(read_only=True) as session:
        assert await QUOTIENT.rows(session, a=4, b=2) == [{"q": 2}]
