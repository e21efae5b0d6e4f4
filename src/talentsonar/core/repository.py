"""Repository base: all SQL lives in repositories; tenant repositories scope by org.

A tenant repository never returns another organisation's row: its base statement
filters on ``org_id`` and hides soft-deleted rows, so ``get`` of a foreign id is
``None`` and the endpoint answers 404.

Repository methods return ORM entities, or typed rows (a ``TypedDict`` or a dataclass) for
reads that select a few columns. A read asked on every page view may be a
:class:`CompiledSelect`: the same SQLAlchemy expressions, compiled once per process and
run on the session's connection, in its transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

import asyncpg
import orjson
import structlog
from sqlalchemy import JSON, Enum, Select, func, select
from sqlalchemy.dialects.postgresql import asyncpg as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.db import DRIVER_CONNECTION
from talentsonar.core.errors import DATA_EXCEPTION, NotFound, database_error
from talentsonar.core.models import Base, RecordModel, TenantModel, utcnow
from talentsonar.core.schemas import PageParams

log = structlog.get_logger(__name__)
_DIALECT = asyncpg_dialect.dialect()  # type: ignore[no-untyped-call]

B = TypeVar("B", bound=Base)
M = TypeVar("M", bound=RecordModel)
T = TypeVar("T", bound=TenantModel)


class CompiledSelect:
    """``stmt`` compiled once for asyncpg; run by :meth:`rows` on a session's connection.

    Asking SQLAlchemy to execute a statement computes its cache key and walks its result
    processors on every call, and an ORM query builds an entity per row; for a list asked
    on every page view that is more CPU than the query. The parameters are the statement's
    named ``bindparam``s; rows come back as dicts keyed by column label (JSON decoded), for
    a repository method to return as its typed rows."""

    def __init__(self, stmt: Select[*tuple[Any, ...]]) -> None:
        compiled = stmt.compile(dialect=_DIALECT)
        self.sql = str(compiled)
        self.params: tuple[str, ...] = tuple(compiled.positiontup or ())
        # Without the statement's result processors JSON arrives as text: decoded here.
        self.json_columns = frozenset(
            column.key
            for column in stmt.selected_columns
            if isinstance(column.type, JSON) and column.key is not None
        )
        self.enum_params = frozenset(
            name for name, bind in compiled.binds.items() if isinstance(bind.type, Enum)
        )
        # Literals in the statement (``literal(1)``, ``limit(20)``) are bound values too.
        self.fixed = {
            name: bind.effective_value for name, bind in compiled.binds.items() if not bind.required
        }

    def _args(self, given: Mapping[str, Any]) -> tuple[Any, ...]:
        values = {**self.fixed, **given}
        missing = [name for name in self.params if name not in values]
        if missing:
            raise TypeError(f"missing query parameters: {', '.join(missing)}")
        return tuple(
            getattr(values[name], "value", values[name])
            if name in self.enum_params
            else values[name]
            for name in self.params
        )

    async def rows(self, session: AsyncSession, **values: Any) -> list[dict[str, Any]]:
        """All rows, as dicts keyed by column label. In a read session the statement goes
        to the driver connection (in the session's read-only transaction), else through
        the session's connection (in its transaction)."""
        driver = session.info.get(DRIVER_CONNECTION)
        if driver is not None:
            return await self.fetch(driver, **values)
        connection = await session.connection()
        result = await connection.exec_driver_sql(self.sql, self._args(values))
        return self._decoded([dict(row) for row in result.mappings()])

    async def fetch(self, driver: asyncpg.Connection, **values: Any) -> list[dict[str, Any]]:
        """All rows, read on an asyncpg connection (in whatever transaction it is in)."""
        try:
            records = await driver.fetch(self.sql, *self._args(values))
        except asyncpg.DataError as exc:  # a value the driver cannot encode
            raise database_error(DATA_EXCEPTION) from exc
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
            error = database_error(getattr(exc, "sqlstate", None))
            if error.status_code >= 500:
                log.error("db_error", error=repr(exc))
            raise error from exc
        return self._decoded([dict(record) for record in records])

    def _decoded(self, out: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if self.json_columns:
            for row in out:
                for key in self.json_columns:
                    if isinstance(row[key], str):
                        row[key] = orjson.loads(row[key])
        return out

    async def page(
        self, session: AsyncSession, *, limit: int, offset: int, **values: Any
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of a statement that selects ``count(*) OVER () AS _total`` and takes
        ``limit`` and ``offset`` parameters: the rows and the total, in one round trip (a
        second, for the total, only when the page is past the end)."""
        rows = await self.rows(session, limit=limit, offset=offset, **values)
        if rows or offset == 0:
            return rows, int(rows[0]["_total"]) if rows else 0
        first = await self.rows(session, limit=1, offset=0, **values)
        return [], int(first[0]["_total"]) if first else 0


class BaseRepository(Generic[B]):
    """Listing, paging and writes for any mapped table, including ones without the
    record columns (``deleted_at``…), such as the append-only audit log."""

    model: type[B]
    label: str = "Resource"

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list(self, stmt: Select[B]) -> Sequence[B]:
        return (await self.session.execute(stmt)).scalars().all()

    async def paginate(
        self, stmt: Select[B], page: PageParams
    ) -> tuple[Sequence[B], int]:
        """One page of ``stmt`` and the total count, in one query (``count(*) OVER ()``);
        a second count query runs only when the page is past the end."""
        windowed = stmt.add_columns(func.count().over().label("_total"))
        result = await self.session.execute(windowed.limit(page.limit).offset(page.offset))
        pairs = result.all()
        if pairs:
            return [row[0] for row in pairs], int(pairs[0][-1])
        total_stmt = select(func.count()).select_from(stmt.order_by(None).subquery())
        return [], int((await self.session.execute(total_stmt)).scalar_one())

    def add(self, obj: B) -> B:
        self.session.add(obj)
        return obj

    async def create(self, obj: B) -> B:
        self.session.add(obj)
        await self.session.flush()
        return obj

    async def update(self, obj: B, values: dict[str, Any]) -> B:
        for key, value in values.items():
            setattr(obj, key, value)
        await self.session.flush()
        return obj


class Repository(BaseRepository[M]):
    """A table of :class:`RecordModel` rows: ``base`` hides soft-deleted rows."""

    def base(self, *, include_deleted: bool = False) -> Select[M]:
        stmt = select(self.model)
        if not include_deleted:
            stmt = stmt.where(self.model.deleted_at.is_(None))
        return stmt

    async def get(self, id: uuid.UUID, *, include_deleted: bool = False) -> M | None:
        stmt = self.base(include_deleted=include_deleted).where(self.model.id == id)
        result = await self.session.execute(stmt)
        return result.scalar_one_or_none()

    async def get_or_404(self, id: uuid.UUID) -> M:
        obj = await self.get(id)
        if obj is None:
            raise NotFound(self.label)
        return obj

    async def soft_delete(self, obj: M) -> None:
        obj.deleted_at = utcnow()
        await self.session.flush()


class TenantRepository(Repository[T]):
    """A repository bound to one organisation."""

    def __init__(self, session: AsyncSession, org_id: uuid.UUID) -> None:
        super().__init__(session)
        self.org_id = org_id

    def base(self, *, include_deleted: bool = False) -> Select[T]:
        return super().base(include_deleted=include_deleted).where(
            self.model.org_id == self.org_id
        )

    def add(self, obj: T) -> T:
        obj.org_id = self.org_id
        return super().add(obj)

    async def create(self, obj: T) -> T:
        obj.org_id = self.org_id
        return await super().create(obj)

    async def has_any(self, *, include_deleted: bool = True) -> bool:
        """Whether the organisation has (or ever had) a row in this table."""
        stmt = self.base(include_deleted=include_deleted).with_only_columns(self.model.id)
        return (await self.session.execute(stmt.limit(1))).first() is not None


async def windowed(
    session: AsyncSession, stmt: Select[Any], *, offset: int, limit: int
) -> tuple[list[Any], int]:
    """The ``limit`` entities of ``stmt`` from ``offset`` on (cursor pagination: any
    offset, not a page multiple) and the total, in one query (``count(*) OVER ()``); a
    second count query only when the window is past the end."""
    windowed_stmt = stmt.add_columns(func.count().over().label("_total"))
    rows = (await session.execute(windowed_stmt.limit(limit).offset(offset))).all()
    if rows:
        return [row[0] for row in rows], int(rows[0][-1])
    if offset == 0:
        return [], 0
    total_stmt = select(func.count()).select_from(stmt.order_by(None).subquery())
    return [], int((await session.execute(total_stmt)).scalar_one())
