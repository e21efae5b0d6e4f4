"""Schema base: camelCase JSON, envelopes and pagination shared by every endpoint."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import AfterValidator, BaseModel, ConfigDict
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


INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
#: Containers (objects and arrays) nested at most this deep, the outer object included.
JSON_MAX_DEPTH = 32


def _json_items(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        return ((f".{key}", item) for key, item in value.items())
    return ((f"[{index}]", item) for index, item in enumerate(value))


def check_json_object(value: dict[str, Any]) -> dict[str, Any]:
    """Refuse what PostgreSQL's ``jsonb`` or our JSON writer (orjson) cannot take back:
    integers outside 64 bits, NaN and Infinity (Python's JSON parser lets them in), NUL
    characters, and nesting deeper than :data:`JSON_MAX_DEPTH`. Walks without recursion."""
    stack: list[tuple[str, Any, int]] = [("", value, 1)]
    while stack:
        path, item, depth = stack.pop()
        where = path.lstrip(".") or "the object"
        if item is None or isinstance(item, bool):
            continue
        if isinstance(item, int):
            if not INT64_MIN <= item <= INT64_MAX:
                raise ValueError(f"{where}: integers must fit in 64 bits (signed)")
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise ValueError(f"{where}: NaN and Infinity are not JSON numbers")
        elif isinstance(item, str):
            if "\x00" in item:
                raise ValueError(f"{where}: text may not contain NUL characters")
        elif isinstance(item, dict | list):
            if depth > JSON_MAX_DEPTH:
                raise ValueError(f"{where}: nested deeper than {JSON_MAX_DEPTH} levels")
            for step, child in _json_items(item):
                if "\x00" in step:
                    raise ValueError(f"{where}: keys may not contain NUL characters")
                stack.append((path + step, child, depth + 1))
        else:
            raise ValueError(f"{where}: not a JSON value")
    return value


#: A free-form JSON object from a client (metadata, context, payloads): any JSON that
#: can be stored and answered again; anything else is a 422, never a 500.
JsonObject = Annotated[dict[str, Any], AfterValidator(check_json_object)]


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
