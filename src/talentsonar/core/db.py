"""Database engines and sessions (SQLAlchemy 2 async + asyncpg).

The request or the task owns the transaction: :func:`session_scope` commits on
success and rolls back on error; services only ``flush``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import orjson
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from talentsonar.core.config import Settings
from talentsonar.core.errors import ServiceUnavailable

if TYPE_CHECKING:
    from talentsonar.core.repository import CompiledSelect


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
        if not slots.locked():  # a free slot and nobody waiting: taken without waiting
            await slots.acquire()
            return
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

    @property
    def has_replica(self) -> bool:
        return self.read_engine is not self.engine

    def request_connection(self, *, keep: bool = True) -> RequestConnection:
        """A request's connection to the primary (see :class:`RequestConnection`)."""
        return RequestConnection(self, keep=keep)

    @asynccontextmanager
    async def _read_session(
        self, engine: AsyncEngine, slots: asyncio.Semaphore
    ) -> AsyncIterator[AsyncSession]:
        await self._acquire(slots)
        try:
            async with engine.connect() as connection:
                driver = await _driver_of(connection)
                async with (
                    driver.transaction(readonly=True),
                    self.read_sessionmaker(bind=connection) as session,
                ):
                    session.info[DRIVER_CONNECTION] = driver
                    yield session
        finally:
            slots.release()

    async def _checkout_primary(self) -> AsyncConnection:
        """A connection to the primary in autocommit (no transaction of SQLAlchemy's),
        holding one of the sessions' slots until it is closed by :meth:`_checkin`."""
        await self._acquire(self._slots)
        try:
            return await self._primary_autocommit.connect()
        except BaseException:
            self._slots.release()
            raise

    async def _checkin(self, connection: AsyncConnection) -> None:
        try:
            await connection.close()
        finally:
            self._slots.release()

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self.read_engine is not self.engine:
            await self.read_engine.dispose()


async def _driver_of(connection: AsyncConnection) -> Any:
    """The asyncpg connection under a checked-out SQLAlchemy connection."""
    raw = await connection.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None, "a checked-out connection has its driver connection"
    return driver


class RequestConnection:
    """One pooled connection to the primary for one request: checked out on first use,
    given back by :meth:`close` (the request's ``RequestDb`` dependency closes it when the
    endpoint returns, before the response is sent).

    The caller's principal is read on it outside any transaction (:meth:`rows`, one round
    trip, and on the primary: a revoked session is seen at once). The request's read
    session then runs on the same connection, in a read-only transaction (one snapshot,
    ``SET LOCAL`` holds). Write sessions, read sessions when there is a read replica, and a
    session asked while another is open get a connection of their own
    (:meth:`Database.session`).

    ``keep``: whether the connection stays checked out after the principal's read, for the
    request's sessions; a request whose endpoint opens none gives it back at once
    (:meth:`release_unless_kept`) rather than holding it through the endpoint's work."""

    __slots__ = ("_connection", "_db", "_driver", "_in_session", "keep")

    def __init__(self, db: Database, *, keep: bool = True) -> None:
        self._db = db
        self._connection: AsyncConnection | None = None
        self._driver: Any = None
        self._in_session = False
        self.keep = keep

    async def _checked_out(self) -> tuple[AsyncConnection, Any]:
        if self._connection is None:
            connection = await self._db._checkout_primary()
            try:
                self._driver = await _driver_of(connection)
            except BaseException:
                await self._db._checkin(connection)
                raise
            self._connection = connection
        return self._connection, self._driver

    async def rows(self, query: CompiledSelect, **values: Any) -> list[dict[str, Any]]:
        """``query``'s rows, read on this connection outside any transaction."""
        _, driver = await self._checked_out()
        return await query.fetch(driver, **values)

    @asynccontextmanager
    async def session(self, *, read_only: bool = False) -> AsyncIterator[AsyncSession]:
        """A session committed on success and rolled back on error. A read session runs on
        this connection in a read-only transaction; a write session, a read session while
        another is open and any read session when there is a replica get their own
        connection (:meth:`Database.session`): write sessions stay bound to the engine,
        which the AI cache's event handlers look their runtime up by."""
        if not read_only or self._in_session or self._db.has_replica:
            async with self._db.session(read_only=read_only) as own:
                yield own
            return
        connection, driver = await self._checked_out()
        self._in_session = True
        try:
            async with (
                driver.transaction(readonly=True),
                self._db.read_sessionmaker(bind=connection) as session,
            ):
                session.info[DRIVER_CONNECTION] = driver
                yield session
        finally:
            self._in_session = False

    async def release_unless_kept(self) -> None:
        if not self.keep:
            await self.close()

    async def close(self) -> None:
        """Give the connection back to the pool (if it was checked out)."""
        connection, self._connection, self._driver = self._connection, None, None
        if connection is not None:
            await self._db._checkin(connection)
