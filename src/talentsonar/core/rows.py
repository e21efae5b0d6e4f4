"""Hot read paths: a Core SELECT compiled once, run on the bare asyncpg connection.

The ORM path costs, per request, a statement compilation lookup, an identity map, an
entity per row and attribute instrumentation: about six times the CPU of the same query on
the bare driver for a 20-row list (measured in-process, session setup included).
Endpoints polled all the time, such as task progress, use a :class:`RowQuery` instead:
written with the same SQLAlchemy expressions as the repositories (so table and column names
stay checked), compiled to asyncpg's ``$n`` SQL once per process, and answered as plain
dicts ready for a response schema.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import asyncpg
import orjson
import structlog
from sqlalchemy import JSON, Enum, Select
from sqlalchemy.dialects.postgresql import asyncpg as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.errors import DATA_EXCEPTION, database_error

log = structlog.get_logger(__name__)
_DIALECT = asyncpg_dialect.dialect()  # type: ignore[no-untyped-call]


class DriverConnection(Protocol):
    """The part of ``asyncpg.Connection`` a :class:`RowQuery` uses."""

    async def fetch(self, query: str, *args: Any) -> list[Any]: ...

    def is_closed(self) -> bool: ...


async def session_connection(session: AsyncSession) -> DriverConnection:
    """The driver connection under ``session`` (in its transaction), so a :class:`RowQuery`
    can serve the ORM paths too: one SQL text per question, whichever path asks it."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None, "a checked-out connection has its driver connection"
    return driver  # type: ignore[no-any-return]


class RowQuery:
    """``stmt`` compiled for asyncpg; parameters are the statement's named ``bindparam``s."""

    def __init__(self, stmt: Select[*tuple[Any, ...]]) -> None:
        compiled = stmt.compile(dialect=_DIALECT)
        self.sql = str(compiled)
        self.params: tuple[str, ...] = tuple(compiled.positiontup or ())
        # The SQLAlchemy asyncpg dialect hands JSON back as text (its result processor
        # decodes it); here the columns are decoded directly.
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
            name: bind.effective_value
            for name, bind in compiled.binds.items()
            if not bind.required
        }

    def _args(self, given: Mapping[str, Any]) -> list[Any]:
        values = {**self.fixed, **given}
        missing = [name for name in self.params if name not in values]
        if missing:
            raise TypeError(f"missing query parameters: {', '.join(missing)}")
        return [
            getattr(values[name], "value", values[name])
            if name in self.enum_params
            else values[name]
            for name in self.params
        ]

    async def page(
        self, conn: DriverConnection, *, limit: int, offset: int, **values: Any
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of a statement that selects ``count(*) OVER () AS _total`` and takes
        ``limit`` and ``offset`` parameters: the rows and the total, in one round trip (a
        second, for the total, only when the page is past the end)."""
        rows = await self.fetch(conn, limit=limit, offset=offset, **values)
        if rows or offset == 0:
            return rows, int(rows[0]["_total"]) if rows else 0
        first = await self.fetch(conn, limit=1, offset=0, **values)
        return [], int(first[0]["_total"]) if first else 0

    async def fetch(self, conn: DriverConnection, **values: Any) -> list[dict[str, Any]]:
        """All rows, as dicts keyed by column label."""
        try:
            rows = await conn.fetch(self.sql, *self._args(values))
        except asyncpg.DataError as exc:  # a value the driver cannot encode
            raise database_error(DATA_EXCEPTION) from exc
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
            error = database_error(getattr(exc, "sqlstate", None))
            if error.status_code >= 500:
                log.error("db_error", error=repr(exc))
            raise error from exc
        out = [dict(row) for row in rows]
        if self.json_columns:
            for row in out:
                for key in self.json_columns:
                    if isinstance(row[key], str):
                        row[key] = orjson.loads(row[key])
        return out
