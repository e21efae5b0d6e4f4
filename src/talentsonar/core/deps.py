"""Request-scoped dependencies shared by every domain: runtime, sessions, settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.config import Settings
from talentsonar.core.runtime import Runtime


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


async def get_runtime(request: Request) -> Runtime:
    return runtime_of(request)


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


async def get_settings_dep(request: Request) -> Settings:
    return runtime_of(request).settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """The request's transaction: committed before the response is sent, or rolled back."""
    async with runtime_of(request).db.session() as session:
        yield session


async def get_read_session(request: Request) -> AsyncIterator[AsyncSession]:
    """The request's read-only transaction (on the read replica when ``DATABASE_READ_URL``
    is set): one snapshot, ``SET LOCAL`` settings hold until the response."""
    async with runtime_of(request).db.session(read_only=True) as session:
        yield session


# scope="function": the transaction commits when the endpoint returns, BEFORE the response
# is sent, so a failed commit is the client's error answer, never a 200 for lost data.
Session = Annotated[AsyncSession, Depends(get_session, scope="function")]
ReadSession = Annotated[AsyncSession, Depends(get_read_session, scope="function")]
