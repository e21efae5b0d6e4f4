"""Relay connections with opaque cursors (an offset in the list, base64-encoded)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import Generic, TypeVar

import strawberry

from talentsonar.core.errors import BadRequest

T = TypeVar("T")

_PREFIX = "ts1:"
#: The most nodes one connection answers (``first`` above is refused).
MAX_FIRST = 100
DEFAULT_FIRST = 20


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str | None) -> int:
    """The offset after ``cursor`` (0 when there is none); a cursor this API did not make
    is a bad request."""
    if cursor is None:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("ascii")
        if not text.startswith(_PREFIX):
            raise ValueError(cursor)
        offset = int(text[len(_PREFIX) :])
    except (ValueError, UnicodeError, binascii.Error):
        raise BadRequest("The cursor is not one this API gave", code="invalid_cursor") from None
    if offset < 0 or offset > 10_000_000:
        raise BadRequest("The cursor is not one this API gave", code="invalid_cursor")
    return offset + 1


def window(first: int | None, after: str | None) -> tuple[int, int]:
    """``(offset, limit)`` of the page that ``first`` and ``after`` ask for."""
    limit = DEFAULT_FIRST if first is None else first
    if limit < 0 or limit > MAX_FIRST:
        raise BadRequest(f"first must be between 0 and {MAX_FIRST}", code="invalid_argument")
    return decode_cursor(after), limit


@strawberry.type(description="Where a page of a connection sits in the whole list.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int


def connection_of(nodes: Sequence[T], *, offset: int, total: int) -> Connection[T]:
    """A connection of ``nodes``, the page starting at ``offset`` of a list of ``total``."""
    edges = [Edge(cursor=encode_cursor(offset + i), node=n) for i, n in enumerate(nodes)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=offset + len(edges) < total,
            has_previous_page=offset > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total,
    )
