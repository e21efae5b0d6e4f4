"""Database engines and sessions (SQLAlchemy 2 async + asyncpg).

The request or the task owns the transaction: :func:`session_scope` commits on
success and rolls back on error; services only ``flush``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import orjson
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from talentsonar.core.config import Settings
from talentsonar.core.errors import ServiceUnavailable


def _with_scheme(url: str, scheme: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((scheme, *parts[1:]))


def async_url(url: str) -> str:
    """``postgresql://…`` (any driver suffix) as an SQLAlchemy asyncpg URL."""
    return _with_scheme(url, "postgresql+asyncpg")


def libpq_url(url: str) -> str:
    """A plain libpq URL (for psycopg / procrastinate / psql)."""
    return _with_scheme(url, "postgresql")


def with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{database}", parts.query, parts.fragment))


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/") or "postgres"


def asyncpg_connect_args(url: str) -> tuple[str, dict[str, object]]:
    """Split ``?host=/socket/dir`` out of a URL for asyncpg, which wants it as a kwarg."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    kwargs: dict[str, object] = {}
    if "host" in query:
        kwargs["host"] = query.pop("host")
    return urlunsplit((*parts[:3], urlencode(query), parts.fragment)), kwargs


def _json_dumps(value: object) -> str:
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


SERVER_SETTINGS = {"application_name": "talentsonar", "jit": "off"}


def make_engine(url: str, settings: Settings, *, pool_size: int | None = None) -> AsyncEngine:
    clean, connect_args = asyncpg_connect_args(async_url(url))
    connect_args["server_settings"] = dict(SERVER_SETTINGS)
    return create_async_engine(
        clean,
        connect_args=connect_args,
        # Every connection opened is kept for reuse (the overflow too): SQLAlchemy closes
        # an overflow connection as soon as it is returned, so under a load above the pool
        # size every request past it paid for a new server connection (measured: 140
        # instead of 2,000 lists per second at 64 clients with 10 + 10). The sessions'
        # first-come, first-served line (`Database`) bounds how many are open at once.
        pool_size=(pool_size or settings.database_pool_size) + settings.database_max_overflow,
        max_overflow=0,
        # No pre-ping: it costs a round trip on every checkout. A connection the server
        # dropped fails one statement and is discarded by the pool (the request answers
        # 503 via the DBAPIError handler); pool_recycle retires idle ones.
        pool_pre_ping=False,
        pool_recycle=1800,
        # JSONB columns through orjson: several times faster than the stdlib on every row.
        json_serializer=_json_dumps,
        json_deserializer=orjson.loads,
    )


AFTER_COMMIT = "after_commit"
POOL_TIMEOUT_SECONDS = 30.0  # as SQLAlchemy's pool_timeout
#: ``session.info`` key of a read session's driver connection (in its transaction).
DRIVER_CONNECTION = "driver_connection"


def after_commit(session: AsyncSession, callback: Callable[[], Awaitable[object]]) -> None:
    """Run ``callback`` once ``session``'s transaction has committed (e.g. cache
    invalidation, which must not race ahead of the data it invalidates)."""
    session.info.setdefault(AFTER_COMMIT, []).append(callback)


#: ``session.info`` key of the runtime whose database opened the session (see
#: :func:`talentsonar.core.events.runtime_of`).
SESSION_RUNTIME = "talentsonar.runtime"


class Database:
    """The engine (one connection pool per process), an optional read-replica engine,
    and their session factories."""

    def __init__(
        self,
        url: str,
        settings: Settings,
        read_url: str | None = None,
        session_info: dict[str, Any] | None = None,
    ) -> None:
        """``session_info`` is copied into every session's ``info`` (the owning runtime)."""
        self.url = url
        self.engine = make_engine(url, settings)
        self.read_engine = make_engine(read_url, settings) if read_url else self.engine
        # Sessions wait for a connection in a first-come, first-served line. The pool's own
        # queue lets a newcomer take a connection that was just handed to a waiter, which
        # sends the waiter to the back of the line: under load a few requests wait many
        # times longer than the rest (p99 three to five times p50, measured).
        capacity = settings.database_pool_size + settings.database_max_overflow
        self._slots = asyncio.Semaphore(capacity)
        self._read_slots = asyncio.Semaphore(capacity) if read_url else self._slots
        self.sessionmaker = async_sessionmaker(
            self.engine, expire_on_commit=False, info=session_info
        )
        # Read sessions run in a read-only transaction (BEGIN READ ONLY ... COMMIT): one
        # snapshot for the request, `SET LOCAL` settings hold until its end (search sets
        # the HNSW scan's), and the server refuses a write. The transaction is the driver
        # connection's own; SQLAlchemy, told the connection is in autocommit, sends no
        # BEGIN/COMMIT of its own, so every statement of the session (ORM or compiled)
        # runs inside it, and a compiled select can run on the driver connection directly.
        self._read_autocommit = self.read_engine.execution_options(isolation_level="AUTOCOMMIT")
        self._primary_autocommit = (
            self.engine.execution_options(isolation_level="AUTOCOMMIT")
            if read_url
            else self._read_autocommit
        )
        self.read_sessionmaker = async_sessionmaker(expire_on_commit=False, info=session_info)

    @staticmethod
    async def _acquire(slots: asyncio.Semaphore) -> None:
        try:
            async with asyncio.timeout(POOL_TIMEOUT_SECONDS):
                await slots.acquire()
        except TimeoutError:
            raise ServiceUnavailable(
                "The database is busy; retry shortly", code="database_busy"
            ) from None

    @asynccontextmanager
    async def session(self, *, read_only: bool = False) -> AsyncIterator[AsyncSession]:
        """A session in a transaction committed on success, rolled back on error
        (``read_only``: a read-only transaction, on the replica when there is one)."""
        if read_only:
            async with self._read_session(self._read_autocommit, self._read_slots) as read_session:
                yield read_session
            return
        await self._acquire(self._slots)
        try:
            async with self.sessionmaker() as session:
                async with session.begin():
                    yield session
                callbacks = session.info.pop(AFTER_COMMIT, [])
        finally:
            self._slots.release()
        for callback in callbacks:
            await callback()

    def primary_session(self) -> AbstractAsyncContextManager[AsyncSession]:
        """A read-only session on the primary, even when a read replica is configured: for
        reads that must see every committed write (a revoked session, a new role), never a
        lagging replica. Same pool as the write sessions."""
        return self._read_session(self._primary_autocommit, self._slots)

    @asynccontextmanager
    async def _read_session(
        self, engine: AsyncEngine, slots: asyncio.Semaphore
    ) -> AsyncIterator[AsyncSession]:
        await self._acquire(slots)
        try:
            async with engine.connect() as connection:
                raw = await connection.get_raw_connection()
                driver = raw.driver_connection
                assert driver is not None, "a checked-out connection has its driver connection"
                async with (
                    driver.transaction(readonly=True),
                    self.read_sessionmaker(bind=connection) as session,
                ):
                    session.info[DRIVER_CONNECTION] = driver
                    yield session
        finally:
            slots.release()

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self.read_engine is not self.engine:
            await self.read_engine.dispose()
