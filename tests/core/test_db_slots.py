"""Sessions wait for a connection first come, first served, and give up with a clear 503
instead of hanging when the database stays busy."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import text

from talentsonar.core import db as db_module
from talentsonar.core.db import Database
from talentsonar.core.errors import ServiceUnavailable
from tests.conftest import make_settings


async def test_waiting_sessions_are_served_in_arrival_order(
    tmp_path: Path, database_url: str
) -> None:
    # One connection: each waiter holds it while it records its turn. (With two, the two
    # waiters served together race to record theirs, whatever order they were served in.)
    database = Database(database_url, make_settings(
        tmp_path, database_pool_size=1, database_max_overflow=0))
    release = asyncio.Event()
    order: list[int] = []
    holding: list[int] = []

    async def holder() -> None:
        async with database.session(read_only=True) as s:
            await s.execute(text("SELECT 1"))
            holding.append(1)
            await release.wait()

    async def waiter(n: int) -> None:
        async with database.session(read_only=True) as s:
            order.append(n)  # the moment it got a connection slot
            await s.execute(text("SELECT 1"))

    try:
        holders = [asyncio.create_task(holder())]
        while len(holding) < 1:  # the connection held, however long connecting takes
            await asyncio.sleep(0.01)
        waiters = []
        for n in range(6):
            waiters.append(asyncio.create_task(waiter(n)))
            await asyncio.sleep(0.01)
        assert order == []  # the connection is held
        release.set()
        await asyncio.gather(*holders, *waiters)
        # Slots are handed out in arrival order, two at a time (the capacity): two
        # waiters admitted together then race for the pool's connections, so within the
        # capacity their order may swap on a loaded machine, but no waiter is overtaken by
        # one that arrived more than a slot later (a LIFO or unfair queue would be).
        assert sorted(order) == list(range(6))
        assert all(abs(position - n) <= 1 for position, n in enumerate(order)), order
    finally:
        await database.dispose()


async def test_a_session_that_cannot_get_a_connection_answers_503(
    tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "POOL_TIMEOUT_SECONDS", 0.3)
    database = Database(database_url, make_settings(
        tmp_path, database_pool_size=1, database_max_overflow=0))
    try:
        async with database.session() as held:
            await held.execute(text("SELECT 1"))
            with pytest.raises(ServiceUnavailable) as caught:
                async with database.session():
                    pass
            assert caught.value.code == "database_busy"
        async with database.session() as again:  # the slot came back
            assert (await again.execute(text("SELECT 1"))).scalar_one() == 1
    finally:
        await database.dispose()
