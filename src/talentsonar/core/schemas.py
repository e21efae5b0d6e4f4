"""Schema base: camelCase JSON, envelopes and pagination shared by every endpoint."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

T = TypeVar("T")


class Schema(BaseModel):
    """Base of every API schema: camelCase on the wire, snake_case in Python."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        from_attributes=True,
        serialize_by_alias=True,
    )


class Pagination(Schema):
    page: int
    limit: int
    total: int
    total_pages: int


class Envelope(Schema, Generic[T]):
    data: T
    message: str | None = None


class Page(Schema, Generic[T]):
    data: list[T]
    pagination: Pagination


class Message(Schema):
    message: str


@dataclass(frozen=True, slots=True)
class PageParams:
    page: int
    limit: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit

    def pagination(self, total: int) -> Pagination:
        return Pagination(
            page=self.page,
            limit=self.limit,
            total=total,
            total_pages=math.ceil(total / self.limit) if total else 0,
        )


    def page_of(self, items: Sequence[T]) -> tuple[list[T], int]:
        """This page of a short list held whole in memory, and its length."""
        return list(items[self.offset:self.offset + self.limit]), len(items)


def page_params(*, default_limit: int = 20, max_limit: int = 100) -> Any:
    """The ``page`` and ``limit`` query parameters of a list (``Paging`` is the usual one)."""

    async def paging(page: int = 1, limit: int = default_limit) -> PageParams:
        return PageParams(page=page, limit=limit)

    # Real objects, not the strings this module's annotations are: FastAPI reads them.
    paging.__annotations__ = {
        "page": Annotated[int, Query(ge=1, le=100_000, description="1-based page number")],
        "limit": Annotated[int, Query(ge=1, le=max_limit, description="Items per page")],
        "return": PageParams,
    }
    return Depends(paging)


Paging = Annotated[PageParams, page_params()]
