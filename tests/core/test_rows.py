"""RowQuery: a compiled Core SELECT on the bare driver connection (hot read paths)."""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack

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


async def test_hot_reads_share_a_bounded_driver_pool(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    from talentsonar.core import db
    from talentsonar.core.errors import ServiceUnavailable

    size = runtime.settings.database_pool_size
    monkeypatch.setattr(db, "POOL_TIMEOUT_SECONDS", 0.2)
    async with AsyncExitStack() as stack:
        held = [await stack.enter_async_context(runtime.db.read_connection()) for _ in range(size)]
        assert len({id(conn) for conn in held}) == size
        with pytest.raises(ServiceUnavailable) as busy:
            async with runtime.db.read_connection():
                pass
        assert busy.value.code == "database_busy"
    async with runtime.db.read_connection() as conn:  # released: usable again
        assert await QUOTIENT.fetch(conn, a=8, b=2) == [{"q": 4}]


async def test_a_transaction_left_open_is_rolled_back_on_release(runtime: Runtime) -> None:
    """The pool skips asyncpg's session reset query; an open transaction still ends."""
    in_tx = RowQuery(select(literal(1).label("one")))
    async with runtime.db.read_connection() as conn:
        await conn.fetch("BEGIN")
        # a marker no statement can trip over (a 1 ms timeout cancelled the next SELECT
        # whenever the machine was busy)
        await conn.fetch("SET LOCAL statement_timeout = '4321s'")
        assert await in_tx.fetch(conn) == [{"one": 1}]
    for _ in range(runtime.settings.database_pool_size + 1):
        async with runtime.db.read_connection() as conn:
            state = await conn.fetch("SELECT current_setting('statement_timeout') AS t")
            assert state[0]["t"] != "4321s"
            assert await QUOTIENT.fetch(conn, a=9, b=3) == [{"q": 3}]


async def test_a_waiter_is_not_overtaken_by_a_newcomer(runtime: Runtime) -> None:
    """A connection released while someone waits goes to that waiter, not to a request
    arriving in the same instant (which would send the waiter to the back of the line)."""
    served: list[str] = []

    async def use(name: str, release: asyncio.Event) -> None:
        async with runtime.db.read_connection():
            served.append(name)
            await release.wait()

    size = runtime.settings.database_pool_size
    events = [asyncio.Event() for _ in range(size)]
    holders = [asyncio.create_task(use(f"holder{i}", e)) for i, e in enumerate(events)]
    while len(served) < size:
        await asyncio.sleep(0.01)
    done = asyncio.Event()
    done.set()
    waiter = asyncio.create_task(use("waiter", done))
    await asyncio.sleep(0.05)  # the waiter is in line
    events[0].set()
    await asyncio.sleep(0)  # the holder runs up to its release ...
    newcomer = asyncio.create_task(use("newcomer", done))  # ... and someone new arrives
    for event in events[1:]:
        event.set()
    await asyncio.gather(waiter, newcomer, *holders)
    assert served[size:] == ["waiter", "newcomer"]
