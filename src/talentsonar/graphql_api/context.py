"""What every resolver of one request shares: the caller, one read session, the loaders."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info

from talentsonar.auth.principal import Principal
from talentsonar.core.db import RequestConnection
from talentsonar.core.errors import Forbidden
from talentsonar.core.runtime import Runtime
from talentsonar.models.membership import Role

if TYPE_CHECKING:
    from talentsonar.graphql_api.loaders import Loaders

R = TypeVar("R")


@dataclass
class GraphQLContext:
    """One request's context. Sibling resolvers run concurrently, and one session runs
    one statement at a time: every read goes through :meth:`read`, which takes the
    session's turn."""

    runtime: Runtime
    principal: Principal
    db: RequestConnection
    _stack: AsyncExitStack = field(default_factory=AsyncExitStack)
    _session: AsyncSession | None = None
    _turn: asyncio.Lock = field(default_factory=asyncio.Lock)
    _closed: bool = False
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        from talentsonar.graphql_api.loaders import Loaders

        self.loaders = Loaders(self)

    @property
    def org_id(self) -> uuid.UUID:
        return self.principal.org_id

    async def read(self, fn: Callable[[AsyncSession], Awaitable[R]]) -> R:
        """``fn(session)`` on the request's read session (one read-only transaction: one
        snapshot for the whole query), one at a time.

        When a field fails, graphql-core cancels its siblings' resolvers; a statement cut
        off mid-way takes its connection down (and the request with it). So a read, once
        sent, finishes before the cancellation goes on (its result unused)."""
        async with self._turn:
            if self._closed:  # a loader's batch that started after the answer was made
                raise asyncio.CancelledError
            statement = asyncio.ensure_future(self._run(fn))
            try:
                return await asyncio.shield(statement)
            except asyncio.CancelledError:
                await asyncio.wait([statement])
                if not statement.cancelled():
                    statement.exception()  # retrieved: the field is cancelled anyway
                raise

    async def _run(self, fn: Callable[[AsyncSession], Awaitable[R]]) -> R:
        if self._session is None:
            self._session = await self._stack.enter_async_context(
                self.db.session(read_only=True)
            )
        return await fn(self._session)

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """A write session (its own connection), committed when the block ends: a
        mutation's changes are stored before its answer is sent."""
        self.require(Role.recruiter)
        async with self.runtime.db.session() as session:
            yield session

    def require(self, role: Role) -> None:
        if not self.principal.can(role):
            raise Forbidden(f"This needs the {role.value} role or above")

    async def close(self) -> None:
        """End the read session once no statement runs on it: the loaders' batches of
        fields cancelled by an error run in tasks of their own, and may still be going."""
        for _ in range(3):  # a load schedules its batch's task two loop turns later
            await asyncio.sleep(0)
        async with self._turn:
            self._closed = True
            await self._stack.aclose()


def context_of(info: Info[Any, Any]) -> GraphQLContext:
    context: GraphQLContext = info.context
    return context
