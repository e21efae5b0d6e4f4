"""Schema base: camelCase JSON, envelopes and pagination shared by every endpoint."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query, Response
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


async def _page_params(
    page: Annotated[int, Query(ge=1, le=100_000, description="1-based page number")] = 1,
    limit: Annotated[int, Query(ge=1, le=100, description="Items per page")] = 20,
) -> PageParams:
    return PageParams(page=page, limit=limit)


Paging = Annotated[PageParams, Depends(_page_params)]


def validated(model: BaseModel) -> Response:
    """``model`` as the JSON response, as it stands. FastAPI validates an endpoint's return
    value against its ``response_model`` once more before serialising it; a hot read that
    built the model from its rows in one validation answers with this instead (keep the
    ``response_model`` on the route for the OpenAPI document)."""
    return Response(model.__pydantic_serializer__.to_json(model), media_type="application/json")
