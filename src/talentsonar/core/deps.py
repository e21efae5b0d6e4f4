"""Request-scoped dependencies shared by every domain: runtime, sessions, settings."""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core.config import Settings
from talentsonar.core.db import RequestConnection
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


def _sessions_of(dependant: Any, found: set[object]) -> set[object]:
    for sub in dependant.dependencies:
        found.add(sub.call)
        _sessions_of(sub, found)
    return found


#: Per route (by id, with a weak reference to tell a route from a later one at the same
#: address; routes are not hashable): whether its endpoint opens a write session, a read
#: session. Computed once per route from the route's public ``dependant``.
_ROUTE_SESSIONS: dict[int, tuple[weakref.ref[object], tuple[bool, bool]]] = {}


def _route_sessions(request: Request) -> tuple[bool, bool]:
    route = request.scope.get("route")
    known = _ROUTE_SESSIONS.get(id(route))
    if known is not None and known[0]() is route:
        return known[1]
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return True, True
    calls = _sessions_of(dependant, set())
    sessions = (get_session in calls, get_read_session in calls)
    _ROUTE_SESSIONS[id(route)] = (weakref.ref(route), sessions)
    return sessions


async def get_request_db(request: Request) -> AsyncIterator[RequestConnection]:
    """The request's connection to the primary (checked out on first use): the caller's
    principal is read on it, and the request's read session runs on it. Kept checked out
    after the principal's read only when the endpoint opens a read session on it."""
    db = runtime_of(request).db
    _, reads = _route_sessions(request)
    connection = db.request_connection(keep=reads and not db.has_replica)
    try:
        yield connection
    finally:
        await connection.close()


# scope="function": the connection goes back to the pool when the endpoint returns.
RequestDb = Annotated[RequestConnection, Depends(get_request_db, scope="function")]


async def get_session(db: RequestDb) -> AsyncIterator[AsyncSession]:
    """The request's transaction: committed before the response is sent, or rolled back."""
    async with db.session() as session:
        yield session


async def get_read_session(db: RequestDb) -> AsyncIterator[AsyncSession]:
    """The request's read-only transaction (on the read replica when ``DATABASE_READ_URL``
    is set): one snapshot, ``SET LOCAL`` settings hold until the response."""
    async with db.session(read_only=True) as session:
        yield session


# scope="function": the transaction commits when the endpoint returns, BEFORE the response
# is sent, so a failed commit is the client's error answer, never a 200 for lost data.
Session = Annotated[AsyncSession, Depends(get_session, scope="function")]
ReadSession = Annotated[AsyncSession, Depends(get_read_session, scope="function")]
