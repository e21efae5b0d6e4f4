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
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        from talentsonar.graphql_api.loaders import Loaders

        self.loaders = Loaders(self)

    @property
    def org_id(self) -> uuid.UUID:
        return self.principal.org_id

    async def read(self, fn: Callable[[AsyncSession], Awaitable[R]]) -> R:
        """``fn(session)`` on the request's read session (one read-only transaction: one
        snapshot for the whole query), one at a time."""
        async with self._turn:
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
        await self._stack.aclose()


def context_of(info: Info[Any, Any]) -> GraphQLContext:
    context: GraphQLContext = info.context
    return context
