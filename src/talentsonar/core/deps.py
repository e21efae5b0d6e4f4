"""Request-scoped dependencies shared by every domain: runtime, sessions, settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.config import Settings
from talentsonar.core.rows import DriverConnection
from talentsonar.core.runtime import Runtime


async def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


async def get_settings_dep(runtime: RuntimeDep) -> Settings:
    return runtime.settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


async def get_session(runtime: RuntimeDep) -> AsyncIterator[AsyncSession]:
    """The request's transaction: committed before the response is sent, or rolled back."""
    async with runtime.db.session() as session:
        yield session


async def get_read_session(runtime: RuntimeDep) -> AsyncIterator[AsyncSession]:
    """A session on the read replica when ``DATABASE_READ_URL`` is set."""
    async with runtime.db.session(read_only=True) as session:
        yield session


async def get_read_connection(runtime: RuntimeDep) -> AsyncIterator[DriverConnection]:
    """A bare driver connection for :class:`~talentsonar.core.rows.RowQuery` hot reads."""
    async with runtime.db.read_connection() as conn:
        yield conn


# scope="function": the transaction commits when the endpoint returns, BEFORE the response
# is sent, so a failed commit is the client's error answer, never a 200 for lost data.
Session = Annotated[AsyncSession, Depends(get_session, scope="function")]
ReadSession = Annotated[AsyncSession, Depends(get_read_session, scope="function")]
ReadConnection = Annotated[DriverConnection, Depends(get_read_connection, scope="function")]
