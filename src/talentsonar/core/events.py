"""In-process domain events: ``publish`` runs every subscriber in the caller's transaction.

Subscribers (``@subscribe("cv.parsed")``) receive ``(session, **kw)``; they must only
write rows and enqueue tasks (side effects after commit go through ``after_commit``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

Handler = Callable[..., Awaitable[None]]

_SUBSCRIBERS: dict[str, list[Handler]] = defaultdict(list)


def subscribe(name: str) -> Callable[[Handler], Handler]:
    """Register ``async def handler(session, **kw)`` for event ``name``."""

    def register(fn: Handler) -> Handler:
        if fn not in _SUBSCRIBERS[name]:
            _SUBSCRIBERS[name].append(fn)
        return fn

    return register


async def publish(session: AsyncSession, name: str, **kw: Any) -> None:
    """Call every subscriber of ``name`` in order, in ``session``'s transaction."""
    for handler in list(_SUBSCRIBERS.get(name, ())):
        await handler(session, **kw)
