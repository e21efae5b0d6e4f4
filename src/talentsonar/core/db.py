"""Database engines and sessions (SQLAlchemy 2 async + asyncpg).

The request or the task owns the transaction: :func:`session_scope` commits on
success and rolls back on error; services only ``flush``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg
import orjson
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from talentsonar.core.config import Settings
from talentsonar.core.errors import ServiceUnavailable
from talentsonar.core.rows import DriverConnection


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
        pool_size=pool_size or settings.database_pool_size,
        max_overflow=settings.database_max_overflow,
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
IDLE_CONNECTION_SECONDS = 1800.0  # as pool_recycle


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Release hook of the driver pool: nothing to undo.

    asyncpg's default reset sends ``pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *;
    RESET ALL`` on every release, a second round trip per request. Connections of this pool
    only ever run :class:`~talentsonar.core.rows.RowQuery` SELECTs in autocommit, which
    change no session state; asyncpg still rolls back a transaction left open before
    calling this hook."""


def after_commit(session: AsyncSession, callback: Callable[[], Awaitable[object]]) -> None:
    """Run ``callback`` once ``session``'s transaction has committed (e.g. cache
    invalidation, which must not race ahead of the data it invalidates)."""
    session.info.setdefault(AFTER_COMMIT, []).append(callback)


class _DriverPool:
    """asyncpg's pool on one server, opened on demand, its waiters served in order.

    asyncpg's pool queue has the same unfairness as SQLAlchemy's (a newcomer takes the
    connection a waiter was just woken for): its waiters line up on a semaphore instead, so
    the pool itself always has a connection ready for whoever gets a slot."""

    def __init__(self, url: str, size: int) -> None:
        self.url = url
        self.size = size
        self._pool: asyncpg.Pool | None = None
        self._lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(size)

    async def _driver(self) -> asyncpg.Pool:
        if self._pool is None:
            async with self._lock:
                if self._pool is None:
                    dsn, kwargs = asyncpg_connect_args(libpq_url(self.url))
                    self._pool = await asyncpg.create_pool(
                        dsn,
                        min_size=0,
                        max_size=self.size,
                        max_inactive_connection_lifetime=IDLE_CONNECTION_SECONDS,
                        server_settings=dict(SERVER_SETTINGS),
                        reset=_keep_session,
                        **kwargs,
                    )
        return self._pool

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[DriverConnection]:
        await Database._acquire(self._slots)
        try:
            try:
                pool = await self._driver()
                conn = await pool.acquire(timeout=POOL_TIMEOUT_SECONDS)
            except TimeoutError:
                raise ServiceUnavailable(
                    "The database is busy; retry shortly", code="database_busy"
                ) from None
            except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
                raise ServiceUnavailable(
                    "The database is unavailable; retry shortly", code="database_unavailable"
                ) from exc
            try:
                yield cast(DriverConnection, conn)
            finally:
                await pool.release(conn)
        finally:
            self._slots.release()

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()


class Database:
    """The write engine, an optional read-replica engine, and their session factories."""

    def __init__(self, url: str, settings: Settings, read_url: str | None = None) -> None:
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
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)
        # Read-only sessions run in autocommit: no BEGIN/COMMIT round trips; each
        # statement sees its own consistent snapshot (lists count and page in one query).
        self.read_sessionmaker = async_sessionmaker(
            self.read_engine.execution_options(isolation_level="AUTOCOMMIT"),
            expire_on_commit=False,
        )
        # Hot reads take bare driver connections from asyncpg's own pool: checking one out
        # of SQLAlchemy's pool (greenlet hop, pool events, adapter) costs more CPU than the
        # query itself. Up to database_pool_size connections, opened on demand.
        self._reads = _DriverPool(read_url or url, settings.database_pool_size)
        # Reads that must see the latest commit (who may call: revocations, roles) go to
        # the primary: the same pool unless a read replica is configured.
        self._primary = (
            _DriverPool(url, settings.database_pool_size) if read_url else self._reads
        )

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
        """A session in a transaction committed on success, rolled back on error."""
        maker = self.read_sessionmaker if read_only else self.sessionmaker
        slots = self._read_slots if read_only else self._slots
        await self._acquire(slots)
        try:
            async with maker() as session:
                async with session.begin():
                    yield session
                callbacks = session.info.pop(AFTER_COMMIT, [])
        finally:
            slots.release()
        for callback in callbacks:
            await callback()

    def read_connection(self) -> AbstractAsyncContextManager[DriverConnection]:
        """A read-only pooled connection as the bare asyncpg driver, for a
        :class:`~talentsonar.core.rows.RowQuery`, on the read replica when there is one.
        Outside any transaction: each statement sees its own snapshot. Waiters are served
        first come, first served; a connection lost mid-request is discarded by the pool."""
        return self._reads.connection()

    def primary_connection(self) -> AbstractAsyncContextManager[DriverConnection]:
        """As :meth:`read_connection`, but always on the primary: for reads that must see
        every committed write (a revoked session, a new role), never a lagging replica."""
        return self._primary.connection()

    async def dispose(self) -> None:
        await self._reads.close()
        if self._primary is not self._reads:
            await self._primary.close()
        await self.engine.dispose()
        if self.read_engine is not self.engine:
            await self.read_engine.dispose()
