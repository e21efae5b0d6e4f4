"""RowQuery: a compiled Core SELECT on the bare driver connection (hot read paths)."""

from __future__ import annotations

import pytest
from sqlalchemy import Integer, bindparam, literal, select

from talentsonar.core.errors import BadRequest
from talentsonar.core.rows import RowQuery
from talentsonar.core.runtime import Runtime

QUOTIENT = RowQuery(
    select((bindparam("a", type_=Integer) / bindparam("b", type_=Integer)).label("q"))
)


async def test_parameters_by_name_and_rows_as_dicts(runtime: Runtime) -> None:
    query = RowQuery(select(literal(1).label("one"), bindparam("name", type_=Integer).label("n")))
    async with runtime.db.read_connection() as conn:
        assert await query.fetch(conn, name=7) == [{"one": 1, "n": 7}]
        assert await QUOTIENT.fetch(conn, a=9, b=3) == [{"q": 3}]
        with pytest.raises(TypeError, match="missing query parameters: b"):
            await QUOTIENT.fetch(conn, a=1)


async def test_client_data_errors_are_400(runtime: Runtime) -> None:
    async with runtime.db.read_connection() as conn:
        with pytest.raises(BadRequest):
            await QUOTIENT.fetch(conn, a=1, b=0)  # division_by_zero (SQLSTATE 22012)
        with pytest.raises(BadRequest):
            await QUOTIENT.fetch(conn, a="one", b=1)  # the driver cannot encode it
        assert await QUOTIENT.fetch(conn, a=4, b=2) == [{"q": 2}]  # still usable


async def test_a_connection_lost_mid_request_is_not_reused(runtime: Runtime) -> None:
    async with runtime.db.read_connection() as conn:
        await conn.close()  # type: ignore[attr-defined]
    for _ in range(3):  # the pool hands out working connections only
        async with runtime.db.read_connection() as conn:
            assert await QUOTIENT.fetch(conn, a=6, b=2) == [{"q": 3}]
