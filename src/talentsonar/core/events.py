"""A tiny in-process domain-event registry.

Domains announce changes (``job.changed``, ``candidate.changed``) with :func:`publish`;
other domains react with ``@subscribe("job.changed")``. Handlers run in the publisher's
session and transaction, so whatever they write or enqueue commits (or rolls back)
atomically with the change itself::

    @subscribe("candidate.changed")
    async def rescore(session: AsyncSession, *, candidate_id, org_id, **_): ...

    await publish(session, "candidate.changed", candidate_id=c.id, org_id=c.org_id)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

EventHandler = Callable[..., Awaitable[None]]

_HANDLERS: dict[str, list[EventHandler]] = defaultdict(list)


def subscribe(event_name: str) -> Callable[[EventHandler], EventHandler]:
    """Register ``async handler(session, **payload)`` for ``event_name`` (idempotent)."""

    def register(handler: EventHandler) -> EventHandler:
        if handler not in _HANDLERS[event_name]:
            _HANDLERS[event_name].append(handler)
        return handler

    return register


def handlers(event_name: str) -> list[EventHandler]:
    return list(_HANDLERS.get(event_name, ()))


async def publish(session: AsyncSession, event_name: str, **payload: Any) -> None:
    """Run every handler of ``event_name`` in order, inside ``session``'s transaction."""
    for handler in handlers(event_name):
        await handler(session, **payload)
