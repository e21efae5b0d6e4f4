"""Repository base: all SQL lives in repositories; tenant repositories scope by org.

A tenant repository never returns another organisation's row: its base statement
filters on ``org_id`` and hides soft-deleted rows, so ``get`` of a foreign id is
``None`` and the endpoint answers 404.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.errors import NotFound
from talentsonar.core.models import Base, RecordModel, TenantModel, utcnow
from talentsonar.core.schemas import PageParams

B = TypeVar("B", bound=Base)
M = TypeVar("M", bound=RecordModel)
T = TypeVar("T", bound=TenantModel)


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
